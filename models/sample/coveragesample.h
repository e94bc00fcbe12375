#pragma once

#include "core/problem.h"

class WorkspaceSession;

// Demo coverage for `cadence sample`: at scale N > 1, (N-1)×12 more teams and (N-1)×3 more
// PMs with ten years of assignment history, all marked as sample.
namespace CoverageSample {
Outcome generate(WorkspaceSession &session, int scale);
}
