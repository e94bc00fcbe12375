#include "goalboardmodel.h"

#include "commands/goalcommand.h"
#include "coverage/coveragerepository.h"
#include "goalrepository.h"

#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

GoalBoardModel::GoalBoardModel(GoalRepository &goals, CoverageRepository &coverage,
                               QUndoStack *undoStack, QDate today, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(goals)
    , m_coverage(coverage)
    , m_undoStack(undoStack)
    , m_today(today)
{
    connect(&goals.workspace().changes(), &ChangeFeed::changed, this,
            &GoalBoardModel::onWorkspaceChanged);
    reloadNames();
    reload();
}

QStringList GoalBoardModel::idsFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    return QString::fromUtf8(data->data(mimeType())).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void GoalBoardModel::setMetricLookup(GoalProgress::MetricLookup lookup)
{
    m_lookup = std::move(lookup);
    for (qsizetype row = 0; row < m_goals.size(); ++row)
        m_progress[row] = progressOf(m_goals[row]);
    if (!m_goals.isEmpty())
        emit dataChanged(index(0), index(int(m_goals.size()) - 1), {ProgressRole});
}

void GoalBoardModel::reload()
{
    beginResetModel();
    m_goals = m_repository.goals();
    m_progress.clear();
    m_progress.reserve(m_goals.size());
    for (const Goal &goal : std::as_const(m_goals))
        m_progress.append(progressOf(goal));
    m_rowById.clear();
    reindexFrom(0);
    endResetModel();
}

void GoalBoardModel::reindexFrom(int row)
{
    for (qsizetype i = row; i < m_goals.size(); ++i)
        m_rowById.insert(m_goals[i].meta.id, int(i));
}

void GoalBoardModel::reloadNames()
{
    m_pmNames.clear();
    m_teamNames.clear();
    for (const Pm &pm : m_coverage.pms())
        m_pmNames.insert(pm.meta.id, pm.name);
    for (const Team &team : m_coverage.teams())
        m_teamNames.insert(team.meta.id, team.name);
}

std::optional<double> GoalBoardModel::progressOf(const Goal &goal) const
{
    return GoalProgress::goal(goal, m_lookup, GoalProgress::readingDay(goal, m_today));
}

void GoalBoardModel::onWorkspaceChanged(const WorkspaceChange &change)
{
    if (change.touches(Area::Coverage)) {
        reloadNames();
        if (!m_goals.isEmpty())
            emit dataChanged(index(0), index(int(m_goals.size()) - 1),
                             {Qt::DisplayRole, OwnerNameRole, TeamNameRole, SupporterNamesRole});
    }
    if (!change.touches(Area::Goals))
        return;
    // Moving one card on a board of thousands re-reads that goal alone.
    const std::optional<QList<qint64>> goalRows = change.rowsOf(QStringLiteral("goal"));
    const std::optional<QList<qint64>> resultRows = change.rowsOf(QStringLiteral("key_result"));
    if (!goalRows || !resultRows) {
        reload();
        return;
    }
    updateGoals(m_repository.goalsWritten(*goalRows, *resultRows));
}

void GoalBoardModel::updateGoals(const QList<Goal> &goals)
{
    for (Goal goal : goals) {
        // The repository never hands out tombstoned key results: neither does the model.
        goal.keyResults.removeIf([](const KeyResult &result) { return result.meta.deleted; });
        const auto found = m_rowById.constFind(goal.meta.id);
        if (goal.meta.deleted) {
            if (found == m_rowById.constEnd())
                continue;
            const int row = *found;
            beginRemoveRows({}, row, row);
            m_goals.removeAt(row);
            m_progress.removeAt(row);
            m_rowById.remove(goal.meta.id);
            reindexFrom(row);
            endRemoveRows();
        } else if (found != m_rowById.constEnd()) {
            const int row = *found;
            // Undo, redo, a merge or another window moving a card to another column or
            // quarter is a move as much as a drag is: announced, so that the card stays
            // selected instead of the one that takes its place.
            const bool moves =
                m_goals[row].status != goal.status || m_goals[row].quarter != goal.quarter;
            const QString id = goal.meta.id;
            if (moves)
                emit aboutToMoveGoal(id);
            m_goals[row] = goal;
            m_progress[row] = progressOf(goal);
            emit dataChanged(index(row), index(row));
            if (moves)
                emit goalMoved(id);
        } else {
            const int row = int(m_goals.size());
            beginInsertRows({}, row, row);
            m_progress.append(progressOf(goal));
            m_goals.append(std::move(goal));
            m_rowById.insert(m_goals.last().meta.id, row);
            endInsertRows();
        }
    }
}

const Goal *GoalBoardModel::goal(const QString &id) const
{
    const auto found = m_rowById.constFind(id);
    return found == m_rowById.constEnd() ? nullptr : &m_goals.at(*found);
}

QModelIndex GoalBoardModel::indexOf(const QString &id) const
{
    const auto found = m_rowById.constFind(id);
    return found == m_rowById.constEnd() ? QModelIndex() : index(*found);
}

QList<Goal> GoalBoardModel::column(const QString &quarter, GoalStatus status) const
{
    QList<Goal> goals;
    for (const Goal &goal : m_goals)
        if (goal.quarter == quarter && goal.status == status)
            goals.append(goal);
    std::stable_sort(goals.begin(), goals.end(),
                     [](const Goal &a, const Goal &b) { return a.rank < b.rank; });
    return goals;
}

bool GoalBoardModel::move(const QString &goalId, GoalStatus status, const QString &beforeId)
{
    const Goal *moved = goal(goalId);
    if (!moved || goalId == beforeId)
        return false;
    GoalChange change = GoalEdits::move(*moved, status, beforeId, column(moved->quarter, status));
    if (change.isEmpty())
        return false;
    auto command = std::make_unique<GoalCommand>(m_repository, std::move(change));
    const QString id = goalId; // the reference may point into what the move rewrites
    emit aboutToMoveGoal(id);
    bool done = true;
    if (m_undoStack) {
        m_undoStack->push(command.release());
    } else {
        command->redo();
        done = !command->problem();
    }
    emit goalMoved(id);
    return done;
}

int GoalBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

QVariant GoalBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal &goal = m_goals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return goal.title;
    case Qt::ToolTipRole:
        return goal.description.isEmpty() ? goal.title
                                          : goal.title + QStringLiteral("\n\n") + goal.description;
    case GoalIdRole:
        return goal.meta.id;
    case QuarterRole:
        return goal.quarter;
    case StatusRole:
        return int(goal.status);
    case KindRole:
        return int(goal.kind);
    case OwnerIdRole:
        return goal.ownerId;
    case TeamIdRole:
        return goal.teamId;
    case RankRole:
        return goal.rank;
    case OwnerNameRole:
        return m_pmNames.value(goal.ownerId);
    case TeamNameRole:
        return m_teamNames.value(goal.teamId);
    case KindNameRole:
        return goalKindName(goal.kind);
    case SupporterNamesRole: {
        QStringList names;
        for (const QString &id : goal.supporterIds)
            names << m_pmNames.value(id);
        return names;
    }
    case ProgressRole: {
        const std::optional<double> progress = m_progress.at(index.row());
        return progress ? QVariant(*progress) : QVariant();
    }
    case KeyResultCountRole:
        return int(goal.keyResults.size());
    case KeyResultsDoneRole:
        return int(std::count_if(goal.keyResults.cbegin(), goal.keyResults.cend(),
                                 [](const KeyResult &result) { return result.done; }));
    case SampleRole:
        return goal.meta.sample;
    default:
        return {};
    }
}

Qt::ItemFlags GoalBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

QStringList GoalBoardModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *GoalBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.model() == this)
            ids << m_goals.at(index.row()).meta.id;
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return data;
}

QHash<int, QByteArray> GoalBoardModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(GoalIdRole, "goalId");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    return names;
}
