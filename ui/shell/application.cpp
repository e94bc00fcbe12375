#include "application.h"

#include "core/appidentity.h"
#include "core/settings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>

namespace Application {

int runMainWindow(const QString &path)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Cadence"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.cadence"));
    MainWindow window;
    window.restoreLayout();
    window.show();
    // An explicit file must open (or say why); otherwise reopen the last one if it still exists.
    const QString last = Settings().lastWorkspace();
    if (!path.isEmpty())
        window.openWorkspace(path);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        window.openWorkspace(last);
    else if (QFileInfo::exists(AppIdentity::defaultWorkspacePath()))
        window.openWorkspace(AppIdentity::defaultWorkspacePath());
    return QApplication::exec();
}

} // namespace Application
