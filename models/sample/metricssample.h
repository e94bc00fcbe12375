#pragma once

#include "core/problem.h"

class WorkspaceSession;

// The metric catalogue of the starter workspace and the sample's products and series.
namespace MetricsSample {

// Starter: the per-product metrics the handbook names (activation, churn, retention,
// revenue), with definitions but no bands yet: agreeing on "what good looks like" is the
// handbook's open goal.
Outcome writeCatalogue(WorkspaceSession &session);

// Sample: products for some of the handbook's teams, illustrative benchmark bands, about three
// years of daily series up to today and the past growth reviews, all marked as sample. At
// scale N > 1, (N-1)×6 more products with the same series (scale 76 gives ~2 million points).
Outcome generate(WorkspaceSession &session, int scale);

} // namespace MetricsSample
