#pragma once

#include "core/importdiff.h"
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
// What a calendar of interviews holds at most, so that a hostile file is refused at once: a
// file's size (98,168 interviews export to 90 MB), a property's (notes and findings
// included), a property's parameters, a UID's length.
constexpr qint64 MaxFileBytes = qint64(256) << 20;
constexpr qsizetype MaxPropertyBytes = qsizetype(1) << 20;
constexpr int MaxParameters = 100;
constexpr qsizetype MaxUidBytes = 1000;

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

// What an import would do: its counts and the change to apply (one batch, undoable).
struct ImportPlan : ImportCounts {
    InterviewChange change;
};

Outcome exportFile(WorkspaceSession &session, const QString &path);
// defaultPmName: a PM (name or first name) for events whose organizer is not one.
Result<ImportPlan> planImport(WorkspaceSession &session, const QString &path,
                              const QString &defaultPmName = QString());

} // namespace ICalendar
