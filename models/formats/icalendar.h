#pragma once

#include "core/problem.h"
#include "coverage/coveragetypes.h"
#include "interviews/interviewtypes.h"

#include <QByteArray>
#include <QDateTime>

class WorkspaceSession;

// iCalendar (RFC 5545) export and import of interviews, through libical. An export is one
// VEVENT per interview: a stable UID, SEQUENCE (raised on each edit), DTSTAMP, the PM as
// ORGANIZER, kind and team in CATEGORIES, and the Cadence fields no standard property holds
// packed into one X-CADENCE property, so that export → import gives the same interviews
// back (files with the earlier X-CADENCE-* properties, one per field, are read too). Events
// from other calendars (time zones, UTC, floating, all-day, recurring) are read too. Ids come
// from the event (Cadence's UID or id, else UID and recurrence), so importing again updates.
namespace ICalendar {

// Recurring events are expanded up to this many instances within a year of "now"; more is
// refused (a rule that fires every minute is not a series of interviews).
constexpr int MaxOccurrences = 1000;

struct ReadContext {
    QList<Pm> pms;
    QList<Team> teams;
    QString defaultPmId; // for events whose organizer is not a PM (empty: refuse them)
    QDateTime now;       // past foreign events are marked done
    QString fileName;    // for problems
};

QByteArray write(const QList<Interview> &interviews, const QList<Pm> &pms, const QList<Team> &teams,
                 const QDateTime &stamp);
// Everything in data, or the first Problem (with the line it is on); never a part of it.
Result<QList<Interview>> read(const QByteArray &data, const ReadContext &context);

// What an import would do: the change to apply (one batch, undoable) and its counts.
struct ImportPlan {
    InterviewChange change;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QString summary() const;
};

Outcome exportFile(WorkspaceSession &session, const QString &path);
// defaultPmName: a PM (name or first name) for events whose organizer is not one.
Result<ImportPlan> planImport(WorkspaceSession &session, const QString &path,
                              const QString &defaultPmName = QString());

} // namespace ICalendar
