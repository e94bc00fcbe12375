// Interviews at scale: week-view paint, agenda filter per keystroke, cadence heat map, and
// iCalendar export and import, on `cadence sample --scale N` (default 300, about 100,000
// interviews). Prints medians and ratios against references timed in the same run: an empty
// widget's paint, and sqlite3 reading the whole interview table.
#include "coverage/coveragerepository.h"
#include "formats/icalendar.h"
#include "interviews/interviewagendamodel.h"
#include "interviews/interviewhabitmodel.h"
#include "interviews/interviewrepository.h"
#include "interviews/weekview.h"
#include "sample/coveragesample.h"
#include "sample/interviewsample.h"
#include "workspace/workspacefactory.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

QList<double> repeat(int times, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < times; ++i)
        samples << timeMs(work);
    return samples;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, atoi(argv[1])) : 300;
    // "ics" as a second argument measures only the iCalendar parts (for profiling them).
    const bool onlyIcs = argc > 2 && qstrcmp(argv[2], "ics") == 0;
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto clock = std::make_shared<FixedClock>(
        QDateTime(QDate(2026, 11, 18), QTime(11, 0), QTimeZone::utc()));
    const QString path = dir.filePath(QStringLiteral("bench.cadence"));
    std::unique_ptr<WorkspaceSession> session;
    // The interview parts of `cadence sample --scale N` (starter data, sample coverage and
    // sample interviews), without the other panes' sample data, which is not measured here.
    const double createMs = timeMs([&] {
        auto created = WorkspaceFactory::create(path, clock, WorkspaceFactory::Content::Starter);
        if (!created)
            qFatal("%s", qPrintable(created.problem().text()));
        session = created.take();
        WriteTransaction transaction(session->workspace());
        Outcome problem = CoverageSample::generate(*session, scale);
        if (!problem)
            problem = InterviewSample::generate(*session, scale);
        if (!problem)
            problem = transaction.commit();
        if (problem)
            qFatal("%s", qPrintable(problem->text()));
    });
    const int count = session->interviews().count();
    out << "sample --scale " << scale << ": " << count << " interviews, "
        << session->coverage().pms().size() << " PMs, created in " << qRound(createMs) << " ms\n\n";

    // References.
    QWidget blank;
    blank.resize(1280, 800);
    QImage canvas(1280, 800, QImage::Format_ARGB32_Premultiplied);
    const double blankPaint = median(repeat(30, [&] {
        QPainter painter(&canvas);
        blank.render(&painter);
    }));
    double sqliteMs = 0;
    {
        QList<double> runs;
        for (int i = 0; i < 3; ++i)
            runs << timeMs([&] {
                QProcess sqlite;
                sqlite.setStandardOutputFile(QProcess::nullDevice());
                sqlite.start(QStringLiteral("sqlite3"),
                             {path, QStringLiteral("SELECT * FROM interview WHERE deleted = 0 "
                                                   "ORDER BY starts_at")});
                sqlite.waitForFinished(-1);
            });
        sqliteMs = median(runs);
    }

    WeekView week(*session);
    week.resize(1280, 800);
    week.setWeek(QDate(2026, 11, 18));
    const int views = onlyIcs ? 1 : 5;
    const double refreshWeek = median(repeat(4 * views, [&] { week.refresh(); }));
    const double paintWeek = median(repeat(10 * views, [&] {
        QPainter painter(&canvas);
        week.render(&painter);
    }));

    InterviewAgendaModel agenda(*session);
    const QStringList typed = {
        QStringLiteral("d"),       QStringLiteral("da"),       QStringLiteral("dan"),
        QStringLiteral("dana"),    QStringLiteral("dana "),    QStringLiteral("dana h"),
        QStringLiteral("dana ho"), QStringLiteral("dana hoo"), QString()};
    QList<double> keystrokes;
    for (int round = 0; round < views; ++round)
        for (const QString &text : typed)
            keystrokes << timeMs([&] { agenda.setSearchText(text); });
    const double loadAgenda = timeMs([&] { agenda.refresh(); });

    InterviewHabitModel cadence(*session);
    const double heatMap = median(repeat(views, [&] { cadence.refresh(); }));

    QByteArray ics;
    const QList<Pm> pms = session->coverage().pms();
    const QList<Team> teams = session->coverage().teams();
    double exportLoadMs = 0;
    const double exportMs = timeMs([&] {
        QList<Interview> all;
        exportLoadMs = timeMs([&] { all = session->interviews().interviews(); });
        ics = ICalendar::write(all, pms, teams, clock->now());
        QFile file(dir.filePath(QStringLiteral("all.ics")));
        file.open(QIODevice::WriteOnly);
        file.write(ics);
    });

    // Import into a fresh workspace: parse, resolve, and write every event in one transaction.
    auto fresh = WorkspaceFactory::create(dir.filePath(QStringLiteral("fresh.cadence")), clock,
                                          WorkspaceFactory::Content::Starter);
    if (!fresh)
        qFatal("%s", qPrintable(fresh.problem().text()));
    std::unique_ptr<WorkspaceSession> target = fresh.take();
    double parseMs = 0;
    int imported = 0;
    const double importMs = timeMs([&] {
        QElapsedTimer parse;
        parse.start();
        auto plan = ICalendar::planImport(*target, dir.filePath(QStringLiteral("all.ics")),
                                          QStringLiteral("Anna"));
        parseMs = parse.nsecsElapsed() / 1e6;
        if (!plan)
            qFatal("%s", qPrintable(plan.problem().text()));
        InterviewEdit edit = plan.value().change.after;
        imported = int(edit.interviews.size());
        if (Outcome problem = target->interviews().apply(edit))
            qFatal("%s", qPrintable(problem->text()));
    });
    const double reimportMs = timeMs([&] {
        auto plan = ICalendar::planImport(*target, dir.filePath(QStringLiteral("all.ics")),
                                          QStringLiteral("Anna"));
        if (!plan || plan.value().unchanged != imported)
            qFatal("re-import was not a no-op");
    });

    auto line = [&](const char *what, double ms, const char *goal, double reference,
                    const char *referenceName) {
        out << QString::fromLatin1(what).leftJustified(44)
            << QString::number(ms, 'f', 2).rightJustified(10) << " ms   target "
            << QString::fromLatin1(goal).leftJustified(10) << "  "
            << QString::number(ms / reference, 'f', 1).rightJustified(7) << "× " << referenceName
            << '\n';
    };
    out << "references: empty 1280×800 widget paint " << QString::number(blankPaint, 'f', 2)
        << " ms; sqlite3 reading all interviews " << QString::number(sqliteMs, 'f', 1) << " ms\n\n";
    line("week view paint (median of 50)", paintWeek, "< 16 ms", blankPaint, "empty paint");
    line("week view reload of the week (median)", refreshWeek, "-", blankPaint, "empty paint");
    line("agenda filter per keystroke (median of 45)", median(keystrokes), "< 16 ms", blankPaint,
         "empty paint");
    out << "  (slowest keystroke "
        << QString::number(*std::max_element(keystrokes.begin(), keystrokes.end()), 'f', 2)
        << " ms; loading the agenda once " << qRound(loadAgenda) << " ms)\n";
    line("cadence heat map refresh (median of 5)", heatMap, "-", sqliteMs, "sqlite3 read");
    line("ics export, all interviews", exportMs, "< 2000 ms", sqliteMs, "sqlite3 read");
    out << "  (of which reading the interviews from the workspace " << qRound(exportLoadMs)
        << " ms)\n";
    line("ics import into a fresh workspace", importMs, "< 2000 ms", sqliteMs, "sqlite3 read");
    out << "  (of which libical parse + plan " << qRound(parseMs) << " ms, database write "
        << qRound(importMs - parseMs) << " ms; " << imported << " events, "
        << ics.size() / (1024 * 1024) << " MiB)\n";
    line("ics re-import of the same file (no change)", reimportMs, "-", sqliteMs, "sqlite3 read");
    return 0;
}
