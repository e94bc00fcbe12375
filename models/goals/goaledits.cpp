#include "goaledits.h"

#include "core/ids.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GoalEdits)
};

// A goal's tombstone takes its key results with it.
Goal goalTombstone(Goal goal)
{
    for (KeyResult &result : goal.keyResults)
        result = tombstoneOf(result);
    return tombstoneOf(goal);
}

void tidy(Goal &goal)
{
    // Titles and key results are one line each: the Markdown export has them so.
    goal.title = goal.title.simplified();
    goal.description = GoalEdits::tidyDescription(goal.description);
    goal.findingsUrl = goal.findingsUrl.trimmed();
    goal.supporterIds.removeAll(goal.ownerId);
    goal.supporterIds.removeDuplicates();
    for (KeyResult &result : goal.keyResults) {
        result.text = result.text.simplified();
        if (result.meta.id.isEmpty())
            result.meta.id = Ids::random();
        result.meta.sample = result.meta.sample || goal.meta.sample;
    }
}

double lastRank(const QList<Goal> &goals)
{
    double rank = 0;
    for (const Goal &goal : goals)
        if (!goal.meta.deleted)
            rank = std::max(rank, goal.rank);
    return rank;
}

} // namespace

namespace GoalEdits {

QString tidyDescription(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

GoalChange add(Goal goal, const QList<Goal> &quarterGoals)
{
    if (goal.meta.id.isEmpty())
        goal.meta.id = Ids::random();
    goal.meta.deleted = false;
    tidy(goal);
    goal.rank = lastRank(quarterGoals) + 1;
    return {Text::tr("Add goal \"%1\"").arg(goal.title), {goalTombstone(goal)}, {goal}};
}

GoalChange edit(const Goal &original, Goal edited)
{
    edited.meta = original.meta;
    tidy(edited);
    // Key results the edit dropped stay as tombstones, so that undo and a merge see them go.
    for (const KeyResult &result : original.keyResults) {
        const bool kept =
            std::any_of(edited.keyResults.cbegin(), edited.keyResults.cend(),
                        [&](const KeyResult &other) { return other.meta.id == result.meta.id; });
        if (!kept)
            edited.keyResults.append(tombstoneOf(result));
    }
    // A key result new in the edit is a tombstone before it.
    Goal before = original;
    for (const KeyResult &result : edited.keyResults) {
        const bool existed =
            std::any_of(original.keyResults.cbegin(), original.keyResults.cend(),
                        [&](const KeyResult &other) { return other.meta.id == result.meta.id; });
        if (!existed)
            before.keyResults.append(tombstoneOf(result));
    }
    if (edited == original)
        return {};
    return {Text::tr("Edit goal \"%1\"").arg(edited.title), {before}, {edited}};
}

GoalChange remove(const Goal &goal)
{
    return {Text::tr("Remove goal \"%1\"").arg(goal.title), {goal}, {goalTombstone(goal)}};
}

GoalChange setKeyResultDone(const Goal &goal, const QString &keyResultId, bool done)
{
    Goal after = goal;
    for (KeyResult &result : after.keyResults)
        if (result.meta.id == keyResultId && result.done != done) {
            result.done = done;
            return {done ? Text::tr("Check key result") : Text::tr("Uncheck key result"),
                    {goal},
                    {after}};
        }
    return {};
}

GoalChange move(const Goal &goal, GoalStatus status, const QString &beforeId,
                const QList<Goal> &column)
{
    QList<Goal> others;
    for (const Goal &other : column)
        if (other.meta.id != goal.meta.id && !other.meta.deleted)
            others.append(other);
    qsizetype at = others.size();
    for (qsizetype i = 0; i < others.size(); ++i)
        if (others[i].meta.id == beforeId)
            at = i;
    // Already there: the same status, and the same neighbours as before.
    if (goal.status == status) {
        qsizetype current = -1;
        for (qsizetype i = 0; i < column.size(); ++i)
            if (column[i].meta.id == goal.meta.id)
                current = i;
        // Its index in the column is also its place among the others.
        if (current == at)
            return {};
    }
    const QString text =
        goal.status == status
            ? Text::tr("Reorder goal \"%1\"").arg(goal.title)
            : Text::tr("Move goal \"%1\" to %2").arg(goal.title, goalStatusName(status));
    const bool hasPrevious = at > 0;
    const bool hasNext = at < others.size();
    double rank;
    if (!hasPrevious && !hasNext)
        rank = goal.rank;
    else if (!hasPrevious)
        rank = others[at].rank - 1;
    else if (!hasNext)
        rank = others[at - 1].rank + 1;
    else
        rank = (others[at - 1].rank + others[at].rank) / 2;
    const bool fits = !hasPrevious || !hasNext ||
                      (rank > others[at - 1].rank && rank < others[at].rank &&
                       others[at].rank - others[at - 1].rank > 1e-9);
    GoalChange change{text, {goal}, {}};
    Goal moved = goal;
    moved.status = status;
    if (fits) {
        moved.rank = rank;
        change.after.append(moved);
        return change;
    }
    // Renumber the column, keeping the rank range it had, with the goal in its new place.
    QList<Goal> ordered = others;
    ordered.insert(at, moved);
    const double start = ordered.first().rank;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        Goal &entry = ordered[i];
        const double newRank = start + double(i);
        if (entry.meta.id == goal.meta.id) {
            entry.rank = newRank;
            change.after.append(entry);
        } else if (entry.rank != newRank) {
            change.before.append(entry);
            entry.rank = newRank;
            change.after.append(entry);
        }
    }
    return change;
}

QStringList carryCandidates(const QList<Goal> &goals, const QString &to, const QList<Goal> &toGoals)
{
    QSet<QString> carried;
    for (const Goal &goal : toGoals)
        if (!goal.carriedFrom.isEmpty())
            carried.insert(goal.carriedFrom);
    QStringList ids;
    for (const Goal &goal : goals)
        if (!goal.meta.deleted && !isFinished(goal.status) && goal.quarter != to &&
            !carried.contains(goal.meta.id))
            ids << goal.meta.id;
    return ids;
}

GoalChange carryOver(const QList<Goal> &goals, const QString &to, const QList<Goal> &toGoals)
{
    const QStringList ids = carryCandidates(goals, to, toGoals);
    QList<Goal> sorted = goals;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Goal &a, const Goal &b) { return a.rank < b.rank; });
    GoalChange change{QCoreApplication::translate("GoalEdits", "Carry %n goal(s) over to %1",
                                                  nullptr, int(ids.size()))
                          .arg(to),
                      {},
                      {}};
    double rank = lastRank(toGoals);
    for (const Goal &goal : sorted) {
        if (!ids.contains(goal.meta.id))
            continue;
        Goal copy = goal;
        copy.meta = RecordMeta{};
        copy.meta.id = Ids::fromKey(QStringLiteral("goal-carry"), goal.meta.id + to);
        copy.meta.sample = goal.meta.sample;
        copy.quarter = to;
        copy.carriedFrom = goal.meta.id;
        copy.rank = ++rank;
        copy.keyResults.clear();
        for (const KeyResult &result : goal.keyResults) {
            if (result.meta.deleted)
                continue;
            KeyResult kept = result;
            kept.meta = RecordMeta{};
            kept.meta.id = Ids::fromKey(QStringLiteral("key-result-carry"), result.meta.id + to);
            kept.meta.sample = result.meta.sample;
            copy.keyResults.append(kept);
        }
        change.before.append(goalTombstone(copy));
        change.after.append(copy);
    }
    return change;
}

} // namespace GoalEdits
