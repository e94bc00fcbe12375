// Benchmark: the This week pane on `cadence sample --scale 20`: opening it (the pane built, its
// plan made, laid out and painted; at start-up, when the session has read none of the records
// yet, and once the session holds them) and switching the week (the next or previous week's
// plan, laid out and painted), for one PM and for everyone; then a goal's edit made while the
// pane is hidden, and coming back to the pane after it. Medians of many runs against the goal
// of one frame (16 ms), and against a reference timed in the same run: one SELECT of the
// interviews the plan's weeks hold, the least a plan must read. Prints figures; asserts nothing.
//
// Usage: bench_week [--workspace FILE] [--runs N]
// (default: a new sample at scale 20, 41 runs; a workspace given is copied, not changed)
#include "coverage/coveragerepository.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "quietoffscreen.h"
#include "testworkspace.h"
#include "week/mepm.h"
#include "week/weekpane.h"
#include "week/weekplan.h"
#include "week/weeksource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <vector>

namespace {

// This thread's processor time: on a machine shared with other builds, wall time also counts
// the time the scheduler gave to others.
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Figures {
    double median = 0; // wall time
    double slowest = 0;
    double cpu = 0; // median processor time
};

// `prepare`, when given, runs before each run, untimed.
Figures time(int runs, const std::function<void(int)> &work,
             const std::function<void(int)> &prepare = {})
{
    std::vector<double> times;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare(i);
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work(i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - cpuStart);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    return {times[times.size() / 2], times.back(), cpu[cpu.size() / 2]};
}

void report(const char *what, const Figures &figures, const Figures &reference)
{
    std::printf("%-36s median %7.2f ms (slowest %7.2f, processor %6.2f)  %5.1fx reference  %s\n",
                what, figures.median, figures.slowest, figures.cpu,
                figures.median / reference.median,
                figures.median <= 16.0 ? "within a frame" : "OVER a frame");
}

} // namespace

int main(int argc, char **argv)
{
    hideOffscreenSizeHintWarnings();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    isolateUserFolders();
    const QStringList args = app.arguments();
    int runs = 41;
    QString path;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(3, args[at + 1].toInt());
    if (const qsizetype at = args.indexOf(QStringLiteral("--workspace"));
        at > 0 && at + 1 < args.size())
        path = args[at + 1];
    // One plan only, to profile it alone: "me" (Annika Schmid) or "everyone".
    QString only;
    if (const qsizetype at = args.indexOf(QStringLiteral("--only")); at > 0 && at + 1 < args.size())
        only = args[at + 1];
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("Usage: bench_week [--workspace FILE] [--runs N] [--only me|everyone]\n"
                    "  --workspace FILE   a workspace made by `cadence sample --scale 20` "
                    "(default: make one, about a minute)\n"
                    "  --runs N           runs of each measure (default 41)\n"
                    "  --only me|everyone one PM's plan (Annika Schmid's) or everyone's\n");
        return 0;
    }

    // "Now" as the sample was made: Monday 16 November 2026 (CADENCE_NOW of the screenshots).
    auto clock = std::make_shared<FixedClock>(
        QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::systemTimeZone()));
    QTemporaryDir folder;
    std::unique_ptr<WorkspaceSession> session;
    if (path.isEmpty()) {
        path = folder.filePath(QStringLiteral("week.cadence"));
        QElapsedTimer made;
        made.start();
        auto created = WorkspaceFactory::create(path, clock, WorkspaceFactory::Content::Sample, 20);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.problem().text()));
            return 1;
        }
        session = created.take();
        std::printf("sample --scale 20 made in %.0f s\n", double(made.elapsed()) / 1000);
    } else {
        // The bench edits a goal: it works on a copy, and leaves the file it was given alone.
        const QString copy = folder.filePath(QStringLiteral("week.cadence"));
        if (!QFile::copy(path, copy)) {
            std::fprintf(stderr, "%s: cannot be copied to %s\n", qPrintable(path),
                         qPrintable(copy));
            return 1;
        }
        auto opened = WorkspaceSession::open(copy, clock);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.problem().text()));
            return 1;
        }
        session = opened.take();
    }
    // The workspace opened again: a new session, holding none of its records yet.
    const QString working = session->path();
    auto reopen = [&] {
        session.reset();
        auto opened = WorkspaceSession::open(working, clock);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.problem().text()));
            std::exit(1);
        }
        session = opened.take();
    };
    const std::optional<Pm> annika = session->coverage().findPm(QStringLiteral("Annika Schmid"));
    if (!annika) {
        std::fprintf(stderr, "%s has no Annika Schmid: not a sample workspace\n", qPrintable(path));
        return 1;
    }
    std::printf("%s: %lld PMs, %lld teams, %d interviews\n", qPrintable(path),
                qint64(session->coverage().pms().size()),
                qint64(session->coverage().teams().size()), session->interviews().count());

    // The reference: the interviews of the habit's thirteen weeks, one SELECT, every column.
    const QDateTime from = clock->now().addDays(-7 * 13);
    const QDateTime to = clock->now().addDays(7);
    const Figures reference = time(runs, [&](int) {
        QSqlQuery query(session->workspace().database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT * FROM interview WHERE deleted = 0 AND "
                                     "starts_at >= ? AND starts_at < ? ORDER BY starts_at"));
        query.addBindValue(interviewTimeKey(from));
        query.addBindValue(interviewTimeKey(to));
        query.exec();
        qint64 rows = 0;
        while (query.next())
            rows += query.value(0).toString().size() > 0;
        if (rows < 0)
            std::puts("");
    });
    std::printf("reference: one SELECT of 13 weeks of interviews: median %.2f ms (processor "
                "%.2f)\n",
                reference.median, reference.cpu);

    const QString annikasQuarter = Quarter::containing(clock->now().date()).key();
    for (const QString &pmId : {annika->meta.id, QString()}) {
        const QByteArray who = pmId.isEmpty() ? "everyone" : "Annika Schmid";
        if (!only.isEmpty() && only != QLatin1String(pmId.isEmpty() ? "everyone" : "me"))
            continue;
        MePm::set(*session, pmId);
        std::printf("\n%s\n", who.constData());
        {
            // What the pane draws on: the plan alone, as the command line makes it.
            WeekSource source(*session);
            const WeekRequest request = WeekRequest::of(*session, pmId);
            const WeekPlan plan = WeekPlanner::plan(source, request);
            std::printf("  the plan: %lld actions, %lld reviews, %lld goals\n",
                        qint64(plan.actions.size()), qint64(plan.reviews.size()),
                        qint64(plan.goals.size()));
            report("  plan, cold (new caches)",
                   time(runs,
                        [&](int) {
                            WeekSource cold(*session);
                            WeekPlanner::plan(cold, request);
                        }),
                   reference);
        }
        // Opening the pane: built, shown, painted. At start-up, the session's records are read
        // first (the workspace is opened again before each run, untimed); after that, the
        // session holds them (WorkspaceSession::weekSource()) for every pane opened.
        auto openPane = [&](int) {
            WeekPane pane(*session);
            pane.resize(1110, 760);
            pane.show();
            pane.grab();
        };
        // (Each measure its own lambda, for callgrind to tell them apart.)
        report(("  open the pane at start-up (" + who + ")").constData(),
               time(
                   runs, [&](int i) { openPane(i); }, [&](int) { reopen(); }),
               reference);
        report(("  open the pane, records held (" + who + ")").constData(),
               time(runs, [&](int i) { openPane(i); }), reference);
        auto shown = std::make_unique<WeekPane>(*session);
        WeekPane &pane = *shown;
        pane.resize(1110, 760);
        pane.show();
        pane.grab();
        report(("  switch the week (" + who + ")").constData(),
               time(runs,
                    [&](int i) {
                        pane.step(i % 2 ? -1 : 1);
                        pane.grab();
                    }),
               reference);
        // An edit in another pane while this one is hidden: the goal's save, and whatever
        // the pane does about it before the application is idle again. The reference here is
        // the save with no pane open.
        pane.hide();
        Goal goal = session->goals().goals(annikasQuarter, annika->meta.id).first();
        const QString title = goal.title;
        auto editGoal = [&](int i) {
            goal.title = i % 2 ? title : title + QStringLiteral(" (edited)");
            session->goals().save(goal);
            QCoreApplication::processEvents();
        };
        report(("  an edit elsewhere, pane hidden (" + who + ")").constData(), time(runs, editGoal),
               reference);
        // Then coming back to the pane: its plan made again after the edit, laid out, painted.
        report(("  back to the pane after the edit (" + who + ")").constData(),
               time(
                   runs,
                   [&](int) {
                       pane.show();
                       pane.grab();
                   },
                   [&](int i) {
                       pane.hide();
                       editGoal(i);
                   }),
               reference);
        shown.reset();
        // (The session's records still follow the edit.)
        std::printf("  %-34s median %7.2f ms\n", "the same edit with no pane open",
                    time(runs, editGoal).median);
    }
    return 0;
}
