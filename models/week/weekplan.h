#pragma once

#include "core/recordref.h"
#include "coverage/coveragesnapshot.h"
#include "goals/goaltypes.h"
#include "interviews/interviewhabit.h"
#include "metrics/metricseries.h"
#include "metrics/reviewschedule.h"
#include "weekaction.h"
#include "weekpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

class WeekSource;
class WorkspaceSession;

// What to plan: whose week, which week, and the clock and calendar to plan it by. Everything
// that depends on "now" or on the machine comes in here, so that a plan is reproducible.
struct WeekRequest {
    QString pmId; // empty: everyone (the team's week)
    QDate day;    // any day of the week
    QDateTime now;
    Qt::DayOfWeek firstDay = Qt::Monday;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the days and hours of the agenda
    QList<Qt::DayOfWeek> workdays = {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                     Qt::Friday};
    WeekPolicy policy;

    QDate today() const { return now.toTimeZone(zone).date(); }

    // The week of pmId holding `day` (today if invalid), by the session's clock, this
    // machine's zone and locale, and the workspace's policy.
    static WeekRequest of(WorkspaceSession &session, const QString &pmId, QDate day = {});
};

// One line of a day of the agenda: an interview, or a free stretch of the working day.
struct AgendaSlot {
    QDateTime start; // in the request's zone
    QDateTime end;
    std::optional<Interview> interview; // none: free
    bool isFree() const { return !interview; }
};

struct AgendaDay {
    QDate day;
    bool workday = true;
    QList<AgendaSlot> entries; // in time order; all-day interviews first
};

// The interview habit of the week: the PM's (or everyone's added up).
struct HabitSummary {
    bool active = true; // the PM is on the team in this week
    int done = 0;
    int planned = 0;
    int target = 1; // for everyone: the target times the PMs on the team
    int streak = 0; // weeks in a row at the target (a PM's only)
    int debt = 0;   // interviews short over the past weeks
    int weeksBack = 12;
    bool coversTeams = false;
    QList<TeamRecency> teams; // the teams covered, longest without a user interview first
};

// A metric whose band changed between two growth reviews.
struct BandMove {
    MetricDefinition metric;
    BandLevel from = BandLevel::Fair;
    BandLevel to = BandLevel::Fair;
    QDate since;    // the month the earlier band was read for (the review month)
    double value{}; // what it reads now (smoothed where the metric is)
};

// A product's growth review to run: the most recent one not done, with how many earlier ones
// are still open, and what moved since the last review that was done.
struct ReviewItem {
    ScheduledReview review;
    int earlierOpen = 0;
    QDate lastDoneMonth; // invalid: never reviewed
    QList<BandMove> moves;
};

// A key result following a metric that lags its quarter (see GoalProgress::isOffTrack).
struct OffTrackResult {
    KeyResult result;
    double progress = 0; // share of the way from baseline to target
    double expected = 0; // share of the quarter gone by
};

// A goal that needs the PM this week, and why.
struct GoalItem {
    Goal goal;
    QDate lastChanged;     // the day of its (or a key result's) last change
    int untouchedDays = 0; // days since, when that is too long; 0 otherwise
    bool missingFindings = false;
    QList<OffTrackResult> offTrack;

    bool isAtRisk() const { return goal.status == GoalStatus::AtRisk; }
};

// One item of the checklist, as the plan shows it.
struct SuggestedAction {
    // The record its state is kept in: stored, or new (hlc 0) with the id derived from what it
    // is about. An added item is its own record.
    WeekAction record;
    // Where its snoozes are kept: across periods, so that a suggestion snoozed into next week
    // stays away until the day (for one-off suggestions and added items, `record` itself).
    WeekAction snoozeRecord;
    ActionState state = ActionState::Open; // as it stands on the plan's day
    QDate snoozedUntil;
    QString detail; // why: "no user interview for 6 weeks"
    RecordRef subject;

    QString text() const { return record.text; }
    QString id() const { return record.meta.id; }
    bool isVisible() const { return state == ActionState::Open || state == ActionState::Done; }
};

// The week of one PM (or of everyone) on one page: computed from the workspace by
// WeekPlanner::plan(), shown by the This week pane, printed by `cadence week`, exported as
// Markdown.
struct WeekPlan {
    QString pmId; // empty: everyone
    QString pmName;
    QDate start; // the week's first day, the locale's
    QDate today;
    QDate asOf; // the day statuses are read on: today, or the week's nearer end
    QString period;
    Quarter quarter; // of asOf: the goals the plan looks at
    QTimeZone zone;  // the agenda's days and hours
    WeekPolicy policy;

    QList<AgendaDay> days;
    HabitSummary habit;
    QList<ReviewItem> reviews;
    QList<GoalItem> goals;
    QList<Interview> candidateInterviews; // this week's
    QList<Interview> missingScorecards;   // held, and no scorecard yet
    // The team-wide picture.
    qsizetype teamCount = 0;            // active teams
    QList<TeamCoverage> uncoveredTeams; // longest without a PM first
    QList<PmLoad> overloadedPms;        // most teams first
    QList<PmHabit> pmsBehind;           // most interviews short first
    QList<SuggestedAction> actions;     // open first, then done, snoozed, dismissed

    QHash<QString, QString> pmNames; // id → name, for every PM and team the plan mentions
    QHash<QString, QString> teamNames;

    QDate end() const { return start.addDays(6); }
    bool isEveryone() const { return pmId.isEmpty(); }
    bool isPast() const { return end() < today; }
    int count(ActionState state) const;
    const SuggestedAction *action(const QString &id) const;
};

namespace WeekPlanner {

// The first day of the week holding `day`.
QDate weekStart(QDate day, Qt::DayOfWeek firstDay);
// The day a week's statuses are read on: today while it lasts, else its nearer end.
QDate asOf(QDate weekStart, QDate today);
// The instants the agenda of the week covers in `zone` (DST-safe: local midnights).
std::pair<QDateTime, QDateTime> weekBounds(QDate weekStart, const QTimeZone &zone);

WeekPlan plan(WeekSource &source, const WeekRequest &request);

} // namespace WeekPlanner
