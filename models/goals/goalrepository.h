#pragma once

#include "goaltypes.h"
#include "workspace/repository.h"

#include <optional>

// The quarterly goals of the PM team and their key results.
class GoalRepository final : public Repository
{
    Q_OBJECT

public:
    using Repository::Repository;

    // Goals that are not tombstones, with their key results, by quarter then rank.
    QList<Goal> goals() const;
    QList<Goal> goals(const QString &quarter) const;
    // The goals of a quarter that a PM owns or supports (Goal::involves()).
    QList<Goal> goals(const QString &quarter, const QString &pmId) const;
    std::optional<Goal> goal(const QString &id) const; // tombstones too
    // The goals (tombstones too) whose goal or key-result rows have these rowids: what a
    // batch of writes touched (see WorkspaceChange).
    QList<Goal> goalsWritten(const QList<qint64> &goalRows,
                             const QList<qint64> &keyResultRows) const;
    // Brings `goals`, as goals(quarter) or goals(quarter, pmId) read them, up to date with
    // goals written since (goalsWritten()): what reading them again would give. False where
    // only a read can tell: a goal that ties with another on rank and title, whose place is
    // the order the rows are stored in.
    static bool update(QList<Goal> &goals, const QString &quarter, const QString &pmId,
                       const QList<Goal> &written);
    // Quarters that have goals, oldest first.
    QStringList quarters() const;

    // Saves the goals of one edit (each with its key results, tombstones included) in one
    // transaction, stamping each record, then announces them. Saved records come back
    // through goals.
    Outcome apply(QList<Goal> &goals);
    Outcome save(Goal &goal);

private:
    // The goals matching `where`, each with its key results, in the goals' order: by quarter,
    // rank and title, and as stored where those are the same (`order` says the same to SQLite
    // in other words, to pick its index).
    QList<Goal> select(const QString &where, const QVariantList &values,
                       const QString &order = QStringLiteral("quarter, rank, title, rowid")) const;
    Outcome write(Goal &goal);
    Outcome write(KeyResult &result, const QString &goalId, int position, bool sample);
};
