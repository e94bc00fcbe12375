#include "panes.h"

#include "coverage/coveragepane.h"
#include "goals/goalspane.h"
#include "interviews/interviewspane.h"
#include "metrics/metricspane.h"
#include "sync/conflictspane.h"
#include "week/weekpane.h"

namespace {

template<typename P> PaneEntry entry(bool onDemand = false)
{
    return {
        P::info(),
        [](WorkspaceSession &session, QWidget *parent) -> Pane * { return new P(session, parent); },
        onDemand};
}

} // namespace

QList<PaneEntry> paneEntries()
{
    // This week first: Cadence opens on it.
    return {entry<WeekPane>(),    entry<CoveragePane>(), entry<InterviewsPane>(),
            entry<MetricsPane>(), entry<GoalsPane>(),    entry<ConflictsPane>(true)};
}
