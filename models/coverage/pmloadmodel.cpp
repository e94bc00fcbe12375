#include "pmloadmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QMimeData>

PmLoadModel::PmLoadModel(CoverageMatrixModel &matrix, QObject *parent)
    : QAbstractTableModel(parent)
    , m_matrix(matrix)
{
    connect(&matrix, &QAbstractItemModel::modelAboutToBeReset, this, &PmLoadModel::beginResetModel);
    connect(&matrix, &QAbstractItemModel::modelReset, this, &PmLoadModel::endResetModel);
    connect(&matrix, &QAbstractItemModel::headerDataChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

const PmLoad *PmLoadModel::loadAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return m_matrix.pmAt(CoverageMatrixModel::FixedColumnCount + index.row());
}

int PmLoadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.snapshot().loads().size());
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
        if (role == Qt::DisplayRole || role == SortRole)
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
    case SortRole:
        return load->teams();
    case Qt::ForegroundRole:
        return overLimit ? QVariant(QColor(220, 70, 60)) : QVariant();
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
