#pragma once

#include <QString>

namespace Application {
// Shows the main window on path (or the last workspace, or the welcome page) and runs the
// event loop. Needs a QApplication.
int runMainWindow(const QString &path);
} // namespace Application
