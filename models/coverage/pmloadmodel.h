#pragma once

#include "coveragematrixmodel.h"

#include <QAbstractTableModel>

// Each PM's load on the matrix's day: how many teams, full and light, and whether that is
// above the limit. Follows a CoverageMatrixModel; PMs can be dragged from it onto teams.
// Sorts itself (by name, or by teams with names breaking ties), keeping the order through
// the matrix's refreshes: a sorting proxy's set-up was a noticeable part of opening the pane.
class PmLoadModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TeamsColumn, ColumnCount };
    enum Role { PmIdRole = Qt::UserRole, OverLimitRole };

    explicit PmLoadModel(CoverageMatrixModel &matrix, QObject *parent = nullptr);

    const PmLoad *loadAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The matrix's PM columns, in this model's order: row → position among the loads.
    QList<qsizetype> sortedLoads() const;

    CoverageMatrixModel &m_matrix;
    QList<qsizetype> m_order;
    int m_sortColumn = -1; // -1: the matrix's order (by name)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
