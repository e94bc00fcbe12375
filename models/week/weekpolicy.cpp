#include "weekpolicy.h"

#include "core/settings.h"

WeekPolicy WeekPolicy::of(WorkspaceSession &)
{
    const Settings settings;
    WeekPolicy policy;
    policy.interviewTarget = settings.weeklyInterviewTarget();
    policy.pmTeamLimit = settings.pmTeamLimit();
    return policy;
}
