#pragma once

#include "core/problem.h"

class WorkspaceSession;

// Demo interviews for `cadence sample`: a year of user research (most PMs keep the weekly
// habit, with the odd missed week, no-show and cancellation) and candidate interviews with
// scorecards, plus the next four weeks planned; all marked as sample. About 340×N interviews
// at scale N, spread over every PM (so --scale 300 gives about 100,000).
namespace InterviewSample {
Outcome generate(WorkspaceSession &session, int scale);
}
