#pragma once

#include "pane.h"

#include <QList>

#include <functional>

// One entry of the main window's navigation: what it shows before the pane exists, and how to
// build it. Panes are built on first show, so that opening a large workspace only pays for the
// pane on screen (the others read their data when the user first goes to them).
struct PaneEntry : PaneInfo {
    std::function<Pane *(WorkspaceSession &session, QWidget *parent)> create;
    // Listed in the navigation only while it has something to show (MainWindow::setPaneListed),
    // and reached from the menus at any time.
    bool onDemand = false;
};

// The panes of the main window, in navigation order. Only built panes are listed here.
QList<PaneEntry> paneEntries();
