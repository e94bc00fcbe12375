#include "panes.h"

#include "coverage/coveragepane.h"

QList<Pane *> createPanes(WorkspaceSession &session, QWidget *parent)
{
    return {
        new CoveragePane(session, parent),
    };
}
