#pragma once

#include "coverage/coveragetypes.h"
#include "interviewtypes.h"

// The weekly interview habit: PMs × weeks of user interviews done and planned against the
// target, each PM's streak and debt, and how long each covered team's users have gone
// without an interview. Weeks start on a given day (the locale's first day in the UI); an
// interview falls in the week of its date where it was booked.
struct HabitWeek {
    QDate start;
    bool active = false; // the PM was on the team for at least one day of it
    int done = 0;
    int planned = 0;
};

struct PmHabit {
    Pm pm;
    QList<HabitWeek> weeks; // one per report week
    // Full weeks in a row, back from last week, whose done interviews met the target (this
    // week counts too once it is met). Weeks before the PM joined end it without breaking it.
    int streak = 0;
    // Interviews missing against the target over the active past weeks of the window (this
    // week excluded: it is not over).
    int debt = 0;
};

struct TeamRecency {
    Team team;
    QDate lastInterview; // invalid: never in the record
    int weeksSince = -1; // -1: never
};

struct HabitReport {
    QDate today;
    int target = 1;
    QList<QDate> weekStarts;
    int currentWeek = 0; // index of the week holding today
    QList<PmHabit> pms;
    QList<TeamRecency> teams; // teams covered today, longest without an interview first
};

namespace InterviewHabit {

QDate weekStart(QDate day, Qt::DayOfWeek firstDay);

// Counts user-research interviews only (candidate interviews are hiring, not the habit).
HabitReport compute(const QList<Pm> &pms, const QList<Team> &teams,
                    const QList<Assignment> &assignments, const QList<Interview> &interviews,
                    QDate today, int target, int weeksBack = 12, int weeksAhead = 4,
                    Qt::DayOfWeek firstDay = Qt::Monday);

// Pairs of live interviews of one PM that overlap, each pair once, in time order.
QList<std::pair<Interview, Interview>> doubleBookings(QList<Interview> interviews);

} // namespace InterviewHabit
