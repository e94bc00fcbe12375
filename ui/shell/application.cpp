#include "application.h"

#include "applicationstyle.h"
#include "core/appidentity.h"
#include "core/settings.h"
#include "mainwindow.h"
#include "pane.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace {

// Watches the main window for its first paint, then reports it on stdout and quits. The
// start-up benchmark (tests/bench/bench_coverage) runs the real executable with
// CADENCE_EXIT_AFTER_FIRST_PAINT=1 and stops its clock when that line arrives.
class FirstPaintReporter final : public QObject
{
public:
    explicit FirstPaintReporter(MainWindow &window)
        : QObject(&window)
        , m_window(window)
    {
        window.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: the whole window finishes painting before the report and the quit.
            QTimer::singleShot(0, this, [this] {
                const Pane *pane = m_window.currentPane();
                std::printf("cadence: first paint (%s)\n",
                            pane ? qPrintable(pane->paneId()) : "welcome");
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow &m_window;
    bool m_seen = false;
};

} // namespace

namespace Application {

QIcon icon()
{
    return QIcon::fromTheme(AppIdentity::desktopId(),
                            QIcon(QStringLiteral(":/cadence/icons/cadence.svg")));
}

void installStyle()
{
    QApplication::setStyle(new ApplicationStyle);
    Theme::apply(Theme::chosen());
}

int runMainWindow(const QString &path)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Cadence"));
    QApplication::setDesktopFileName(AppIdentity::desktopId());
    QApplication::setWindowIcon(icon());
    MainWindow window;
    if (qEnvironmentVariableIntValue("CADENCE_EXIT_AFTER_FIRST_PAINT") == 1)
        new FirstPaintReporter(window);
    window.restoreLayout();
    // An explicit file must open (or say why); otherwise reopen the last one if it still exists.
    // Opened before the window shows, so that its first paint is the workspace, not the
    // welcome page.
    const QString last = Settings().lastWorkspace();
    if (!path.isEmpty())
        window.openWorkspace(path);
    else if (!last.isEmpty() && QFileInfo::exists(last))
        window.openWorkspace(last);
    else if (QFileInfo::exists(AppIdentity::defaultWorkspacePath()))
        window.openWorkspace(AppIdentity::defaultWorkspacePath());
    window.show();
    return QApplication::exec();
}

} // namespace Application
