#pragma once

#include "core/problem.h"

class WorkspaceSession;

// Believable goals for the quarters around today, marked sample: each active PM's own goals,
// research goals for the teams they support, a few PM-team side projects, and some unfinished
// goals carried into the next quarter. `scale` multiplies the goals per PM.
namespace GoalsSample {

Outcome generate(WorkspaceSession &session, int scale);

} // namespace GoalsSample
