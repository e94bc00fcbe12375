#include "coveragematrixmodel.h"

#include "coveragerepository.h"

#include "core/palette.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace {

QColor levelColor(CoverageLevel level)
{
    const Palette &palette = Palette::current();
    switch (level) {
    case CoverageLevel::None:
        return palette.coverageNone;
    case CoverageLevel::Light:
        return palette.coverageLight;
    case CoverageLevel::Full:
        break;
    }
    return palette.coverageFull;
}

} // namespace

CoverageMatrixModel::CoverageMatrixModel(CoverageRepository &repository, QDate day, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_snapshot(repository.coverageOn(day))
{
    repository.workspace().changes().whenChanged(Area::Coverage, this, [this] { refresh(); });
}

void CoverageMatrixModel::setDay(QDate day)
{
    if (day == m_snapshot.day())
        return;
    beginResetModel();
    m_snapshot = m_repository.coverageOn(day);
    endResetModel();
}

void CoverageMatrixModel::setPmTeamLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    if (columnCount() > FixedColumnCount)
        emit headerDataChanged(Qt::Horizontal, FixedColumnCount, columnCount() - 1);
}

void CoverageMatrixModel::refresh()
{
    beginResetModel();
    m_snapshot = m_repository.coverageOn(m_snapshot.day());
    endResetModel();
}

const TeamCoverage *CoverageMatrixModel::teamAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_snapshot.teams().size())
        return nullptr;
    return &m_snapshot.teams()[index.row()];
}

const PmLoad *CoverageMatrixModel::pmAt(int column) const
{
    const int i = column - FixedColumnCount;
    if (i < 0 || i >= m_snapshot.loads().size())
        return nullptr;
    return &m_snapshot.loads()[i];
}

int CoverageMatrixModel::columnOfPm(const QString &pmId) const
{
    for (int i = 0; i < m_snapshot.loads().size(); ++i)
        if (m_snapshot.loads()[i].pm.meta.id == pmId)
            return FixedColumnCount + i;
    return -1;
}

int CoverageMatrixModel::rowOfTeam(const QString &teamId) const
{
    for (int i = 0; i < m_snapshot.teams().size(); ++i)
        if (m_snapshot.teams()[i].team.meta.id == teamId)
            return i;
    return -1;
}

int CoverageMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.teams().size());
}

int CoverageMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_snapshot.loads().size());
}

QVariant CoverageMatrixModel::data(const QModelIndex &index, int role) const
{
    const TeamCoverage *team = teamAt(index);
    if (!team)
        return {};
    const QDate day = m_snapshot.day();
    switch (role) {
    case TeamIdRole:
        return team->team.meta.id;
    case LevelRole:
        return int(team->level);
    case SinceRole:
        return team->levelSince;
    default:
        break;
    }

    if (index.column() == TeamColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
            return team->team.name;
        case Qt::ToolTipRole:
            return team->team.note.isEmpty() ? QVariant() : team->team.note;
        case Qt::FontRole:
            if (team->level == CoverageLevel::None) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    if (index.column() == CoverageColumn) {
        const QString duration = describeDuration(team->levelSince, day);
        switch (role) {
        case Qt::DisplayRole:
            switch (team->level) {
            case CoverageLevel::None:
                return tr("No PM · %1").arg(duration);
            case CoverageLevel::Light:
                return tr("Light only · %1").arg(duration);
            case CoverageLevel::Full:
                return team->assignments.size() > 1 ? tr("%1 PMs").arg(team->assignments.size())
                                                    : tr("Covered");
            }
            return {};
        case Qt::ToolTipRole:
            return tr("At this level since %1")
                .arg(QLocale().toString(team->levelSince, QLocale::LongFormat));
        case Qt::ForegroundRole:
            return team->level == CoverageLevel::Full ? QVariant()
                                                      : QVariant(levelColor(team->level));
        case Qt::DecorationRole:
            return levelColor(team->level);
        case SortRole:
            // Least covered first, and among them the longest uncovered first.
            return QStringLiteral("%1-%2")
                .arg(int(team->level))
                .arg(team->levelSince.toString(Qt::ISODate));
        default:
            return {};
        }
    }

    const PmLoad *load = pmAt(index.column());
    if (!load)
        return {};
    const std::optional<Support> support = team->supportBy(load->pm.meta.id);
    switch (role) {
    case PmIdRole:
        return load->pm.meta.id;
    case SupportRole:
    case SortRole:
        return support ? supportKey(*support) : QString();
    case Qt::DisplayRole:
        if (!support)
            return {};
        return *support == Support::Full ? tr("Full") : tr("Light");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!support)
            return {};
        return *support == Support::Full ? Palette::current().fullCellTint
                                         : Palette::current().lightCellTint;
    case Qt::ToolTipRole:
        for (const Assignment &assignment : team->assignments)
            if (assignment.pmId == load->pm.meta.id)
                return tr("%1 supports %2 (%3) since %4")
                    .arg(load->pm.name, team->team.name,
                         assignment.support == Support::Full ? tr("full") : tr("light"),
                         QLocale().toString(assignment.startOn, QLocale::ShortFormat));
        return tr("%1 does not support %2").arg(load->pm.name, team->team.name);
    default:
        return {};
    }
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == TeamColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Team")) : QVariant();
    if (section == CoverageColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Coverage")) : QVariant();
    const PmLoad *load = pmAt(section);
    if (!load)
        return {};
    const bool overLimit = load->teams() > m_limit;
    switch (role) {
    case Qt::DisplayRole:
        // Two lines keep PM columns narrow enough for a laptop screen.
        return tr("%1\n%n team(s)", nullptr, load->teams()).arg(load->pm.name);
    case Qt::ToolTipRole:
        return tr("%1: %2 full, %3 light%4")
            .arg(load->pm.name)
            .arg(load->fullTeams)
            .arg(load->lightTeams)
            .arg(overLimit ? tr(" — more than %n team(s)", nullptr, m_limit) : QString());
    case Qt::ForegroundRole:
        return overLimit ? QVariant(levelColor(CoverageLevel::None)) : QVariant();
    case PmIdRole:
        return load->pm.meta.id;
    case OverLimitRole:
        return overLimit;
    default:
        return {};
    }
}

Qt::ItemFlags CoverageMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
}

QStringList CoverageMatrixModel::mimeTypes() const
{
    return {QLatin1String(PmMimeType)};
}

Qt::DropActions CoverageMatrixModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool CoverageMatrixModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                          const QModelIndex &parent) const
{
    const int target = parent.isValid() ? parent.row() : row;
    return data && data->hasFormat(QLatin1String(PmMimeType)) && target >= 0 && target < rowCount();
}

bool CoverageMatrixModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    const QString pmId = QString::fromUtf8(data->data(QLatin1String(PmMimeType)));
    emit pmDropped(m_snapshot.teams()[target].team.meta.id, pmId);
    // The assignment lands through an undo command; nothing moves in this model directly.
    return false;
}
