#include "pmloadmodel.h"

#include "core/palette.h"

#include <QColor>
#include <QCoreApplication>
#include <QMimeData>

#include <algorithm>
#include <numeric>

PmLoadModel::PmLoadModel(CoverageMatrixModel &matrix, QObject *parent)
    : QAbstractTableModel(parent)
    , m_matrix(matrix)
{
    m_order = sortedLoads();
    connect(&matrix, &QAbstractItemModel::modelAboutToBeReset, this, &PmLoadModel::beginResetModel);
    connect(&matrix, &QAbstractItemModel::modelReset, this, [this] {
        m_order = sortedLoads();
        endResetModel();
    });
    connect(&matrix, &QAbstractItemModel::headerDataChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

QList<qsizetype> PmLoadModel::sortedLoads() const
{
    const QList<PmLoad> &loads = m_matrix.snapshot().loads();
    QList<qsizetype> order(loads.size());
    std::iota(order.begin(), order.end(), 0);
    // The loads come by name, in the locale's order.
    if (m_sortColumn == TeamsColumn)
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return m_sortOrder == Qt::AscendingOrder ? loads[a].teams() < loads[b].teams()
                                                     : loads[a].teams() > loads[b].teams();
        });
    else if (m_sortColumn == NameColumn && m_sortOrder == Qt::DescendingOrder)
        std::reverse(order.begin(), order.end());
    return order;
}

void PmLoadModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qsizetype> loadsBefore;
    for (const QModelIndex &index : before)
        loadsBefore << m_order.value(index.row(), -1);
    m_sortColumn = column;
    m_sortOrder = order;
    m_order = sortedLoads();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(int(m_order.indexOf(loadsBefore[i])), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const PmLoad *PmLoadModel::loadAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_order.size())
        return nullptr;
    return m_matrix.pmAt(CoverageMatrixModel::FixedColumnCount + int(m_order[index.row()]));
}

int PmLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int PmLoadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PmLoadModel::data(const QModelIndex &index, int role) const
{
    const PmLoad *load = loadAt(index);
    if (!load)
        return {};
    const bool overLimit = load->teams() > m_matrix.pmTeamLimit();
    switch (role) {
    case PmIdRole:
        return load->pm.meta.id;
    case OverLimitRole:
        return overLimit;
    case Qt::ToolTipRole:
        return QCoreApplication::translate("PmLoadModel",
                                           "%1: %2 full, %3 light. Drag onto a team to assign.")
            .arg(load->pm.name)
            .arg(load->fullTeams)
            .arg(load->lightTeams);
    default:
        break;
    }
    if (index.column() == NameColumn) {
        if (role == Qt::DisplayRole)
            return load->pm.name;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (load->lightTeams == 0)
            return QString::number(load->fullTeams);
        return QCoreApplication::translate("PmLoadModel", "%1 (%2 light)")
            .arg(load->teams())
            .arg(load->lightTeams);
    case Qt::ForegroundRole:
        return overLimit ? QVariant(Palette::current().error) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PmLoadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? QCoreApplication::translate("PmLoadModel", "PM")
                                 : QCoreApplication::translate("PmLoadModel", "Teams");
}

Qt::ItemFlags PmLoadModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList PmLoadModel::mimeTypes() const
{
    return {QLatin1String(CoverageMatrixModel::PmMimeType)};
}

QMimeData *PmLoadModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    const PmLoad *load = loadAt(indexes.first());
    if (!load)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(CoverageMatrixModel::PmMimeType), load->pm.meta.id.toUtf8());
    data->setText(load->pm.name);
    return data;
}

Qt::DropActions PmLoadModel::supportedDragActions() const
{
    return Qt::CopyAction;
}
