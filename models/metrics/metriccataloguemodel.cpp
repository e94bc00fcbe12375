#include "metriccataloguemodel.h"

#include "metricsrepository.h"

MetricCatalogueModel::MetricCatalogueModel(MetricsRepository &metrics, QObject *parent)
    : QAbstractTableModel(parent)
    , m_metrics(metrics)
{
    metrics.workspace().changes().whenChanged(Area::Metrics, this, [this] { refresh(); });
    refresh();
}

void MetricCatalogueModel::refresh()
{
    beginResetModel();
    m_definitions = m_metrics.definitions();
    endResetModel();
}

int MetricCatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int MetricCatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MetricDefinition *MetricCatalogueModel::definitionAt(int row) const
{
    return row >= 0 && row < m_definitions.size() ? &m_definitions[row] : nullptr;
}

QVariant MetricCatalogueModel::data(const QModelIndex &index, int role) const
{
    const MetricDefinition *d = index.isValid() ? definitionAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == KeyRole)
        return d->key;
    if (role == Qt::ToolTipRole)
        return index.column() == NameColumn ? d->definition : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return d->key;
    case NameColumn:
        return d->name;
    case UnitColumn:
        return unitKey(d->unit);
    case BetterColumn:
        return d->goodDirection == GoodDirection::Up ? tr("higher") : tr("lower");
    case SmoothingColumn:
        return d->smoothingMonths > 0 ? tr("%n-month average", nullptr, d->smoothingMonths)
                                      : tr("none");
    case BandsColumn:
        return d->bands ? QStringLiteral("%1 / %2 / %3")
                              .arg(formatMetricValue(d->bands->poor, d->unit),
                                   formatMetricValue(d->bands->good, d->unit),
                                   formatMetricValue(d->bands->great, d->unit))
                        : tr("—");
    case SourceColumn:
        return d->bands
                   ? tr("%1, %2").arg(d->bands->source, d->bands->takenOn.toString(Qt::ISODate))
                   : QString();
    }
    return {};
}

QVariant MetricCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Name");
    case UnitColumn:
        return tr("Unit");
    case BetterColumn:
        return tr("Better");
    case SmoothingColumn:
        return tr("Smoothing");
    case BandsColumn:
        return tr("Bands (poor / good / great)");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}
