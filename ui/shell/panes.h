#pragma once

#include "workspace/recordtables.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>

class Pane;
class QWidget;
class WorkspaceSession;

// One entry of the main window's navigation: what it shows before the pane exists, and how to
// build it. Panes are built on first show, so that opening a large workspace only pays for the
// pane on screen (the others read their data when the user first goes to them).
struct PaneEntry {
    QString id; // equals the built pane's paneId()
    QString title;
    QIcon icon;
    Area area; // the records it shows: where a record of that area is opened
    std::function<Pane *(WorkspaceSession &session, QWidget *parent)> create;
};

// The panes of the main window, in navigation order. Only built panes are listed here.
QList<PaneEntry> paneEntries();
