#pragma once

#include "metricstypes.h"

#include <QAbstractTableModel>

class MetricsRepository;

// The metric catalogue as a table: each definition's key, name (its written definition on
// hover), unit, better direction, smoothing, bands and their source. Re-read after every batch
// that touched metrics.
class MetricCatalogueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KeyColumn,
        NameColumn,
        UnitColumn,
        BetterColumn,
        SmoothingColumn,
        BandsColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { KeyRole = Qt::UserRole };

    explicit MetricCatalogueModel(MetricsRepository &metrics, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QList<MetricDefinition> &definitions() const { return m_definitions; }
    const MetricDefinition *definitionAt(int row) const;
    void refresh();

private:
    MetricsRepository &m_metrics;
    QList<MetricDefinition> m_definitions;
};
