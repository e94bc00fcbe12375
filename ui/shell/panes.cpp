#include "panes.h"

#include "coverage/coveragepane.h"
#include "goals/goalspane.h"
#include "interviews/interviewspane.h"
#include "metrics/metricspane.h"

namespace {

template<typename P> PaneEntry entry()
{
    return {P::info(), [](WorkspaceSession &session, QWidget *parent) -> Pane * {
                return new P(session, parent);
            }};
}

} // namespace

QList<PaneEntry> paneEntries()
{
    return {entry<CoveragePane>(), entry<InterviewsPane>(), entry<MetricsPane>(),
            entry<GoalsPane>()};
}
