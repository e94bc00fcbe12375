#include "panes.h"

#include "coverage/coveragepane.h"
#include "goals/goalspane.h"
#include "interviews/interviewspane.h"
#include "metrics/metricspane.h"

QList<Pane *> createPanes(WorkspaceSession &session, QWidget *parent)
{
    return {
        new CoveragePane(session, parent),
        new InterviewsPane(session, parent),
        new MetricsPane(session, parent),
        new GoalsPane(session, parent),
    };
}
