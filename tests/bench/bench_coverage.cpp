// Benchmark: the Coverage pane on a large sample workspace. Prints medians and ratios against
// references timed in the same run: a minimal Qt window for start-up, the sqlite3 command-line
// shell reading the same rows for the data, so that the figures mean something on a shared,
// noisy machine. Usage: bench_coverage [--scale N] (default 50: 600+ teams, 150+ PMs).
#include "coverage/coveragematrixmodel.h"
#include "coverage/coveragerepository.h"
#include "sample/workspacefactory.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char *what, double ms, const char *reference, double referenceMs)
{
    std::printf("%-44s %9.2f ms   %-30s %9.2f ms   ratio %.2f\n", what, ms, reference, referenceMs,
                referenceMs > 0 ? ms / referenceMs : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int scale = 50;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--scale"));
        at >= 0 && at + 1 < args.size())
        scale = args[at + 1].toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cadence"));
    auto clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc()));
    QElapsedTimer made;
    made.start();
    {
        auto created =
            WorkspaceFactory::create(path, clock, WorkspaceFactory::Content::Sample, scale);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.problem().text()));
            return 1;
        }
    }
    std::printf("sample --scale %d written in %.0f ms\n", scale, double(made.elapsed()));

    auto session = WorkspaceSession::open(path, clock);
    CoverageRepository &coverage = session.value()->coverage();
    std::printf("%lld teams, %lld PMs, %lld assignments\n\n", qlonglong(coverage.teams().size()),
                qlonglong(coverage.pms().size()), qlonglong(coverage.assignments().size()));

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const double readRows = medianMs(9, [&] {
        coverage.pms();
        coverage.teams();
        coverage.assignments();
    });
    double shellRead = 0;
    if (!sqlite3.isEmpty()) {
        shellRead = medianMs(9, [&] {
            QProcess shell;
            shell.start(sqlite3, {path, QStringLiteral("SELECT * FROM pm; SELECT * FROM team; "
                                                       "SELECT * FROM assignment;")});
            shell.waitForFinished();
        });
    }
    report("read PMs, teams, assignments", readRows, "sqlite3 shell, same rows", shellRead);
    const double snapshot = medianMs(9, [&] { coverage.coverageOn(QDate(2026, 11, 16)); });
    report("coverage on a day (read + compute)", snapshot, "sqlite3 shell, same rows", shellRead);

    CoverageMatrixModel matrix(coverage, QDate(2026, 11, 16));
    int flip = 0;
    const double dayChange =
        medianMs(9, [&] { matrix.setDay(QDate(2026, 11, 16).addDays(-(++flip % 300) - 1)); });
    report("as-of day change (model reset)", dayChange, "sqlite3 shell, same rows", shellRead);

    const double minimalWindow = medianMs(5, [] {
        QWidget window;
        window.resize(1280, 800);
        window.show();
        window.grab();
    });
    const double paneWindow = medianMs(5, [&] {
        MainWindow window;
        window.setPersistent(false);
        auto opened = WorkspaceSession::open(path, clock);
        window.setSession(opened.take());
        window.showPane(QStringLiteral("coverage"));
        window.resize(1280, 800);
        window.show();
        window.grab();
        window.setSession(nullptr);
    });
    report("open workspace, show + paint Coverage", paneWindow, "minimal Qt window, show + paint",
           minimalWindow);
    return 0;
}
