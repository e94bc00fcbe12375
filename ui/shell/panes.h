#pragma once

#include <QList>

class Pane;
class QWidget;
class WorkspaceSession;

// The panes of the main window, in navigation order. Only built panes are listed here.
QList<Pane *> createPanes(WorkspaceSession &session, QWidget *parent);
