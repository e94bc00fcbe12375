// Benchmark: start-up and the Coverage pane on a large sample workspace, with references timed
// in the same run so that the figures mean something on a shared, noisy machine:
//  - start-up: the real `cadence -w big.cadence`, from exec to its first painted window (it
//    prints a line then, under CADENCE_EXIT_AFTER_FIRST_PAINT=1), against a minimal Qt Widgets
//    program (bench_reference_window) from exec to its first painted window; medians of
//    interleaved runs. The target: within 3x of the minimal window.
//  - writing the sample: `cadence sample --scale N` against sqlite3 loading a dump of the same
//    file;
//  - the coverage data: reads, one day's coverage, an as-of change, against the sqlite3 shell
//    reading the same rows.
// Usage: bench_coverage [--scale N] [--runs R] [--workspace FILE] [--cadence BINARY]  (default
// scale 50: 606 teams, 152 PMs, ten years of assignment history; 21 runs).
#include "coverage/coveragematrixmodel.h"
#include "coverage/coveragerepository.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double median(std::vector<double> times)
{
    if (times.empty())
        return 0;
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double quantile(std::vector<double> times, double q)
{
    if (times.empty())
        return 0;
    std::sort(times.begin(), times.end());
    return times[std::min(times.size() - 1, size_t(q * double(times.size())))];
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void report(const char *what, double ms, const char *reference, double referenceMs)
{
    std::printf("%-40s %9.2f ms   %-34s %9.2f ms   ratio %.2f\n", what, ms, reference, referenceMs,
                referenceMs > 0 ? ms / referenceMs : 0.0);
}

// Runs program until it says it has painted its first window; the time from exec to that line
// (negative if it never came). The process is then left to quit on its own.
double timeToFirstPaint(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &environment, QString *line)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    QByteArray out;
    double ms = -1;
    while (process.waitForReadyRead(60000)) {
        out += process.readAllStandardOutput();
        if (out.contains("first paint")) {
            ms = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(60000))
        process.kill();
    out += process.readAllStandardOutput();
    *line = QString::fromUtf8(out).trimmed();
    if (ms < 0)
        std::fprintf(stderr, "%s never painted: %s\n%s\n", qPrintable(program), qPrintable(*line),
                     process.readAllStandardError().constData());
    return ms;
}

bool runQuietly(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment, const QString &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!input.isEmpty())
        process.setStandardInputFile(input);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int scale = 50;
    // The reference window's timings come in two bands on a shared machine: a few runs would
    // put the ratio's denominator in either.
    int runs = 21;
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        std::printf("Usage: bench_coverage [--scale N] [--runs R] [--workspace FILE] "
                    "[--cadence BINARY]\n"
                    "Times cadence's start-up and the Coverage data against references timed in "
                    "the same run.\n"
                    "  --scale N          sample workspace to make (default 50: 606 teams, 152 "
                    "PMs, ten years)\n"
                    "  --runs R           start-ups of each program (default 21)\n"
                    "  --workspace FILE   use this workspace instead of making one (about a "
                    "minute)\n"
                    "  --cadence BINARY   time another build of cadence\n");
        return 0;
    }
    if (const qsizetype at = args.indexOf(QStringLiteral("--scale"));
        at >= 0 && at + 1 < args.size())
        scale = args[at + 1].toInt();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs"));
        at >= 0 && at + 1 < args.size())
        runs = std::max(1, args[at + 1].toInt());

    // The child processes get folders of their own: no settings or recent files of the user.
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"),
                       QString::fromLocal8Bit(qgetenv("QT_QPA_PLATFORM")));
    environment.insert(QStringLiteral("CADENCE_NOW"), QStringLiteral("2026-11-16"));
    // --cadence BINARY times another build of the app (say, before and after a change).
    QString cadence = QStringLiteral(CADENCE_BINARY);
    if (const qsizetype at = args.indexOf(QStringLiteral("--cadence"));
        at >= 0 && at + 1 < args.size())
        cadence = args[at + 1];
    const QString reference = QStringLiteral(REFERENCE_WINDOW_BINARY);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    // --workspace FILE reuses a workspace made before (and skips timing its writing).
    QString path = dir.filePath(QStringLiteral("big.cadence"));
    double sampleMs = -1;
    if (const qsizetype at = args.indexOf(QStringLiteral("--workspace"));
        at >= 0 && at + 1 < args.size()) {
        path = args[at + 1];
    } else {
        QElapsedTimer made;
        made.start();
        if (!runQuietly(
                cadence,
                {QStringLiteral("sample"), QStringLiteral("--scale"), QString::number(scale), path},
                environment))
            return 1;
        sampleMs = double(made.nsecsElapsed()) / 1e6;
    }
    const QString workspaceName =
        sampleMs >= 0 ? QStringLiteral("sample --scale %1").arg(scale) : path;

    auto clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc()));
    auto session = WorkspaceSession::open(path, clock, Workspace::Access::ReadOnly);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.problem().text()));
        return 1;
    }
    CoverageRepository &coverage = session.value()->coverage();
    const QList<Assignment> assignments = coverage.assignments();
    QDate firstDay = QDate(2026, 11, 16);
    for (const Assignment &assignment : assignments)
        firstDay = std::min(firstDay, assignment.startOn);
    const double years = double(firstDay.daysTo(QDate(2026, 11, 16))) / 365.25;
    const qsizetype teams = coverage.teams().size();
    const qsizetype pms = coverage.pms().size();
    std::printf("%s: %lld teams, %lld PMs, %lld assignments over %.1f years, "
                "%.1f MB\n\n",
                qPrintable(workspaceName), qlonglong(teams), qlonglong(pms),
                qlonglong(assignments.size()), years, double(QFile(path).size()) / 1e6);
    if (teams < 500 || pms < 80 || years < 9.9)
        std::printf("(smaller than the issue's workspace of 500 teams, 80 PMs and ten years)\n\n");

    // Writing the sample, against sqlite3 loading the same rows from a dump.
    double loadDumpMs = 0;
    if (!sqlite3.isEmpty() && sampleMs >= 0) {
        const QString dump = dir.filePath(QStringLiteral("dump.sql"));
        QProcess dumper;
        dumper.setStandardOutputFile(dump);
        dumper.start(sqlite3, {path, QStringLiteral(".dump")});
        dumper.waitForFinished(-1);
        QFile::remove(dir.filePath(QStringLiteral("copy.db")));
        QElapsedTimer timer;
        timer.start();
        if (runQuietly(sqlite3, {dir.filePath(QStringLiteral("copy.db"))}, environment, dump))
            loadDumpMs = double(timer.nsecsElapsed()) / 1e6;
    }
    if (sampleMs >= 0)
        report("cadence sample (whole process)", sampleMs, "sqlite3 loading its dump", loadDumpMs);

    // The coverage data in this process.
    double shellRead = 0;
    if (!sqlite3.isEmpty()) {
        shellRead = medianMs(9, [&] {
            QProcess shell;
            shell.start(sqlite3, {path, QStringLiteral("SELECT * FROM pm; SELECT * FROM team; "
                                                       "SELECT * FROM assignment;")});
            shell.waitForFinished();
        });
    }
    const double readRows = medianMs(9, [&] {
        coverage.pms();
        coverage.teams();
        coverage.assignments();
    });
    report("read PMs, teams, assignments", readRows, "sqlite3 shell, same rows", shellRead);
    const double snapshot = medianMs(9, [&] { coverage.coverageOn(QDate(2026, 11, 16)); });
    report("coverage on a day (read + compute)", snapshot, "sqlite3 shell, same rows", shellRead);
    CoverageMatrixModel matrix(coverage, QDate(2026, 11, 16));
    int flip = 0;
    const double dayChange =
        medianMs(9, [&] { matrix.setDay(QDate(2026, 11, 16).addDays(-(++flip % 300) - 1)); });
    report("as-of day change (model reset)", dayChange, "sqlite3 shell, same rows", shellRead);
    session.value().reset();

    // Start-up: whole processes, interleaved so that both see the same machine.
    QProcessEnvironment startup = environment;
    startup.insert(QStringLiteral("CADENCE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    std::vector<double> referenceTimes;
    std::vector<double> cadenceTimes;
    QString referenceLine;
    QString cadenceLine;
    for (int i = 0; i < runs; ++i) {
        referenceTimes.push_back(timeToFirstPaint(reference, {}, startup, &referenceLine));
        cadenceTimes.push_back(
            timeToFirstPaint(cadence, {QStringLiteral("-w"), path}, startup, &cadenceLine));
        if (referenceTimes.back() < 0 || cadenceTimes.back() < 0)
            return 1;
    }
    std::printf("\ncadence said: %s\n", qPrintable(cadenceLine));
    // The spread says how far to trust the ratio on a shared machine.
    std::printf("quartiles: cadence %.1f–%.1f ms, minimal window %.1f–%.1f ms (%d runs each)\n",
                quantile(cadenceTimes, 0.25), quantile(cadenceTimes, 0.75),
                quantile(referenceTimes, 0.25), quantile(referenceTimes, 0.75), runs);
    report("cadence -w big.cadence, to first paint", median(cadenceTimes),
           "minimal Qt window, to first paint", median(referenceTimes));
    const double ratio = median(cadenceTimes) / median(referenceTimes);
    std::printf("start-up ratio %.2f (target: within 3x): %s\n", ratio,
                ratio <= 3.0 ? "met" : "NOT met");
    return 0;
}
