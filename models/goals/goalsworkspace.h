#pragma once

#include "formats/goalsmarkdown.h"
#include "goalprogress.h"

class WorkspaceSession;

// Goals meet the rest of the workspace here: PM and team names from coverage, products and
// metric values from the metrics area. Shared by the pane and the command line.
namespace GoalsWorkspace {

GoalsMarkdown::Names markdownNames(WorkspaceSession &session);
GoalsMarkdown::Resolver markdownResolver(WorkspaceSession &session);
GoalProgress::MetricLookup metricLookup(WorkspaceSession &session);

// The goals of a quarter in board order, of one PM (owner or supporter) if pmId is not empty.
QList<Goal> quarterGoals(WorkspaceSession &session, const QString &quarter,
                         const QString &pmId = {});

} // namespace GoalsWorkspace
