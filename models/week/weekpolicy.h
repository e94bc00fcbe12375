#pragma once

#include <QTime>

class WorkspaceSession;

// The numbers the week plan judges by: the handbook's rules of thumb, as the user set them,
// and the hours in which a free gap in the agenda is worth booking.
struct WeekPolicy {
    int interviewTarget = 1; // user interviews per PM per week
    int pmTeamLimit = 4;     // teams per PM before the load is flagged
    QTime workdayStart = QTime(9, 0);
    QTime workdayEnd = QTime(17, 0);
    int shortestGapMinutes = 60;
    int untouchedDays = 14; // a goal nobody changed for this long needs an update

    // The policy of a workspace. The one place the week plan reads these from: the target and
    // the limit are per-user settings today, and may become the workspace's own.
    static WeekPolicy of(WorkspaceSession &session);
    bool operator==(const WeekPolicy &) const = default;
};
