#pragma once

#include "goaltypes.h"

// One user edit of goals, as the goals before and after it: redo saves `after`, undo saves
// `before`. A goal the edit creates is in `before` as a tombstone; so is a key result.
struct GoalChange {
    QString text; // for Edit ▸ Undo "…"
    QList<Goal> before;
    QList<Goal> after;

    bool isEmpty() const { return after.isEmpty(); }
};

// The rules of editing goals, free of storage so that they can be tested alone.
namespace GoalEdits {

// A description as saved: no blank lines around it and no spaces at its lines' ends, which
// Markdown (and most editors) would not keep, so that it survives a round trip through a file.
QString tidyDescription(const QString &text);

// Adds a goal at the end of its quarter's board; it and its key results get their ids here so
// that undo can remove them again.
GoalChange add(Goal goal, const QList<Goal> &quarterGoals);
// Replaces a goal's fields (not its rank, unless changed) with `edited`'s; key results that
// `edited` no longer has become tombstones. Titles and texts are trimmed. Empty if nothing
// changed.
GoalChange edit(const Goal &original, Goal edited);
GoalChange remove(const Goal &goal);
GoalChange setKeyResultDone(const Goal &goal, const QString &keyResultId, bool done);

// Moves a goal to `status`, placed just before the goal `beforeId` of that column (empty: at
// the column's end). `column` is the target column's goals in board order; the moved goal may
// be among them. Only the moved goal changes, unless its neighbours' ranks are too close to
// fit another between them: then the column is renumbered in the same change.
GoalChange move(const Goal &goal, GoalStatus status, const QString &beforeId,
                const QList<Goal> &column);

// Carries the unfinished goals of `goals` (not done, not dropped) into quarter `to` in one
// change: each gets a copy there that continues it (carriedFrom), with its key results, in
// the same order. A goal already carried into `to` is not carried again, so running it twice
// does no harm. Ids are derived from the original's, so two people carrying the same goal
// over create the same record.
GoalChange carryOver(const QList<Goal> &goals, const QString &to, const QList<Goal> &toGoals);

// The ids of goals that a carry-over into `to` would copy.
QStringList carryCandidates(const QList<Goal> &goals, const QString &to,
                            const QList<Goal> &toGoals);

} // namespace GoalEdits
