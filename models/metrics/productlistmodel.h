#pragma once

#include "metricstypes.h"

#include <QAbstractTableModel>
#include <QHash>

class WorkspaceSession;

// The products as a table: name, team, whether it has product-market fit and the month its
// growth reviews start. Re-read after every batch that touched metrics or the teams.
class ProductListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TeamColumn, MarketFitColumn, ReviewsFromColumn, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole };

    explicit ProductListModel(WorkspaceSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<Product> &products() const { return m_products; }
    const Product *productAt(int row) const;
    void refresh();

private:
    WorkspaceSession &m_session;
    QList<Product> m_products;
    QHash<QString, QString> m_teamNames;
};
