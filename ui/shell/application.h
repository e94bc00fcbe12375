#pragma once

#include <QIcon>
#include <QString>

namespace Application {
// Cadence's icon: the installed theme's (sharp at every size) where there is one, else the
// built-in SVG.
QIcon icon();

// Sets the application's style (see ApplicationStyle) and the theme in the user's settings.
// Needs a QApplication, and comes before the first widget.
void installStyle();

// Shows the main window on path (or the last workspace, or the welcome page) and runs the
// event loop. Needs a QApplication. With CADENCE_EXIT_AFTER_FIRST_PAINT=1 in the environment it
// prints "cadence: first paint (PANE)" once the window has painted, and quits: the start-up
// benchmark's finish line.
int runMainWindow(const QString &path);
} // namespace Application
