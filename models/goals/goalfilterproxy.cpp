#include "goalfilterproxy.h"

#include "goalboardmodel.h"

#include <QMimeData>

GoalFilterProxy::GoalFilterProxy(GoalBoardModel &board, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_board(board)
{
    setSourceModel(&board);
    setDynamicSortFilter(true);
    sort(0);
}

void GoalFilterProxy::setQuarter(const QString &quarter)
{
    setFilters(quarter, m_pmId, m_teamId, m_kind);
}

void GoalFilterProxy::setPmId(const QString &pmId)
{
    setFilters(m_quarter, pmId, m_teamId, m_kind);
}

void GoalFilterProxy::setTeamId(const QString &teamId)
{
    setFilters(m_quarter, m_pmId, teamId, m_kind);
}

void GoalFilterProxy::setKind(std::optional<GoalKind> kind)
{
    setFilters(m_quarter, m_pmId, m_teamId, kind);
}

void GoalFilterProxy::setStatus(std::optional<GoalStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void GoalFilterProxy::setFilters(const QString &quarter, const QString &pmId, const QString &teamId,
                                 std::optional<GoalKind> kind)
{
    if (quarter == m_quarter && pmId == m_pmId && teamId == m_teamId && kind == m_kind)
        return;
    m_quarter = quarter;
    m_pmId = pmId;
    m_teamId = teamId;
    m_kind = kind;
    invalidateFilter();
}

const Goal &GoalFilterProxy::goalAt(const QModelIndex &index) const
{
    return m_board.goalAt(mapToSource(index).row());
}

bool GoalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Goal &goal = m_board.goalAt(sourceRow);
    if (m_status && goal.status != *m_status)
        return false;
    if (!m_quarter.isEmpty() && goal.quarter != m_quarter)
        return false;
    if (m_kind && goal.kind != *m_kind)
        return false;
    if (!m_teamId.isEmpty() && goal.teamId != m_teamId)
        return false;
    if (!m_pmId.isEmpty() && !goal.involves(m_pmId))
        return false;
    return true;
}

bool GoalFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Goal &a = m_board.goalAt(left.row());
    const Goal &b = m_board.goalAt(right.row());
    if (a.quarter != b.quarter)
        return a.quarter < b.quarter;
    if (a.rank != b.rank)
        return a.rank < b.rank;
    return a.meta.id < b.meta.id;
}

bool GoalFilterProxy::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const
{
    // A card dropped on the board always moves: there is no copying a goal by dragging.
    return m_status && action != Qt::IgnoreAction && !GoalBoardModel::idsFromMime(data).isEmpty();
}

bool GoalFilterProxy::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a card: before it; between cards: before the next one; else at the end.
    QString beforeId;
    if (parent.isValid())
        beforeId = goalAt(parent).meta.id;
    else if (row >= 0 && row < rowCount())
        beforeId = goalAt(index(row, 0)).meta.id;
    const QStringList ids = GoalBoardModel::idsFromMime(data);
    bool moved = false;
    for (const QString &id : ids) {
        if (id == beforeId)
            continue;
        moved = m_board.move(id, *m_status, beforeId) || moved;
    }
    return moved;
}
