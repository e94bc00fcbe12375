#pragma once

#include "interviewtypes.h"
#include "workspace/repository.h"

#include <optional>

// Interviews: the only place their SQL runs. Saving raises an existing interview's
// iCalendar SEQUENCE, so that calendars that received an earlier export take the change.
class InterviewRepository final : public Repository
{
    Q_OBJECT

public:
    using Repository::Repository;

    // Live interviews (no tombstones), in start order.
    QList<Interview> interviews() const;
    // Live interviews starting in [from, to).
    QList<Interview> between(const QDateTime &from, const QDateTime &to) const;
    // Those of one PM.
    QList<Interview> ofPmBetween(const QString &pmId, const QDateTime &from,
                                 const QDateTime &to) const;
    // The candidate interviews (hiring), of every PM.
    QList<Interview> candidatesBetween(const QDateTime &from, const QDateTime &to) const;
    // The user interviews done or planned starting in [from, to), in start order, as the
    // interview habit counts them (InterviewHabit::compute): only their PM, team, status,
    // start, all-day flag and zone are read, every other field is left empty. The week plan
    // counts everyone's weeks this way, and reads whole interviews only for the PM it is for.
    QList<Interview> habitBetween(const QDateTime &from, const QDateTime &to) const;
    // Including tombstones: an undo or an import needs the record as stored.
    std::optional<Interview> interview(const QString &id) const;
    QList<Interview> withUid(const QString &icsUid) const;
    // Every record, tombstones too (imports compare against them).
    QList<Interview> allRecords() const;
    int count() const;

    // The last user interview held with the users of a team, starting before `before`.
    std::optional<Interview> lastDoneUserInterview(const QString &teamId,
                                                   const QDateTime &before) const;

    // Live interviews of the same PM that overlap this one (a double booking).
    QList<Interview> clashesWith(const Interview &interview) const;

    // Saves one batch in one transaction, then announces it. Records come back as saved.
    Outcome apply(InterviewEdit &edit);
    Outcome save(Interview &interview);

private:
    QList<Interview> read(Statement &statement) const;
    // SELECT … FROM interview followed by `where`, its ?N parameters bound to texts.
    QList<Interview> select(const QString &where, const QStringList &texts = {}) const;
};
