// Benchmarks of the importers (figures only, no assertions), each beside a reference timed in
// the same run, every program run as its own process with its wall time and peak memory:
// 1. `cadence metrics import` of a long-form CSV of N rows (default 1,000,000), against the
//    sqlite3 shell's `.import` of the same file into a new table; target: within 2x. The same
//    at N/10 rows shows whether memory grows with the file (it must not).
// 2. `cadence goals import-md` of 40,000 goals, against `cadence goals export-md` writing
//    them back out.
// 3. Hostile iCalendar files (a 10 MB property, a 10 MB UID, 40,000 and 200,000 parameters on
//    one property), against a one-event file: each must be refused in well under a second.
// Usage: bench_import [--rows N] [--goals N] [--cadence BINARY]
#include "processrun.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Five products × four metrics, a value a day, in the long form.
void writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const char *products[] = {"Session Replay", "Feature Flags", "Experiments", "Surveys",
                              "Web Analytics"};
    const char *metrics[] = {"activation", "churn", "retention", "revenue"};
    const int perSeries = std::max(1, rows / 20);
    QByteArray chunk = "date,product,metric,value\n";
    int written = 0;
    for (int s = 0; s < 20 && written < rows; ++s)
        for (int d = 0; d < perSeries && written < rows; ++d, ++written) {
            chunk += QDate(1960, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + ',' +
                     products[s / 4] + ',' + metrics[s % 4] + ',' +
                     QByteArray::number((d * 7919 + s) % 10000 / 100.0) + '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
    file.write(chunk);
}

// --cadence BINARY times another build of the program (say, before and after a change).
QString cadenceBinary = QStringLiteral(CADENCE_BINARY);

QString cadence()
{
    return cadenceBinary;
}

void printRun(const char *what, const ProcessRun &run)
{
    std::printf("  %-44s %8.2f s %9.1f MB%s\n", what, run.seconds, double(run.peakKb) / 1024.0,
                run.status == 0 ? "" : "  (failed)");
}

void csvImport(const QTemporaryDir &dir, int rows)
{
    const QString csv = dir.filePath(QStringLiteral("rows-%1.csv").arg(rows));
    writeCsv(csv, rows);
    const QString workspace = dir.filePath(QStringLiteral("rows-%1.cadence").arg(rows));
    const QString reference = dir.filePath(QStringLiteral("rows-%1.db").arg(rows));
    // The starter workspace: its catalogue has the file's metrics (an empty workspace has no
    // metric, and refuses every row).
    if (ProcessRun::of(cadence(), {QStringLiteral("init"), workspace}).status)
        qFatal("cannot make a workspace");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    std::printf("CSV import, %d rows (%.1f MB):\n", rows,
                double(QFile(csv).size()) / (1024.0 * 1024.0));
    ProcessRun shell;
    if (!sqlite3.isEmpty()) {
        shell = ProcessRun::of(sqlite3,
                               {reference, QStringLiteral(".import --csv %1 points").arg(csv)});
        printRun("sqlite3 .import (reference)", shell);
    } else {
        std::printf("  sqlite3 is not installed: no reference\n");
    }
    const ProcessRun run = ProcessRun::of(
        cadence(), {QStringLiteral("-w"), workspace, QStringLiteral("metrics"),
                    QStringLiteral("import"), QStringLiteral("--add-products"), csv});
    printRun("cadence metrics import", run);
    if (run.status != 0)
        std::printf("  no ratio: the import was refused\n");
    else if (shell.seconds > 0)
        std::printf("  ratio: %.2fx (target: within 2x)\n", run.seconds / shell.seconds);
}

void goalsImport(const QTemporaryDir &dir, int goals)
{
    QByteArray text = "# Goals 2026-Q1\n\n";
    for (int i = 1; i <= goals; ++i)
        text += "Goal " + QByteArray::number(i) + ": Goal number " + QByteArray::number(i) +
                " -> Anna\n- Kind: PM goal\n- Status: on track\n- Support: Annika\n- Key "
                "results:\n  - [ ] First step\n  - [x] Second step\n\n";
    const QString markdown = dir.filePath(QStringLiteral("goals.md"));
    writeFile(markdown, text);
    const QString workspace = dir.filePath(QStringLiteral("goals.cadence"));
    if (ProcessRun::of(cadence(), {QStringLiteral("init"), workspace}).status)
        qFatal("cannot make a workspace");
    std::printf("Goals from Markdown, %d goals (%.1f MB):\n", goals,
                double(text.size()) / (1024.0 * 1024.0));
    const ProcessRun run =
        ProcessRun::of(cadence(), {QStringLiteral("-w"), workspace, QStringLiteral("goals"),
                                   QStringLiteral("import-md"), markdown});
    printRun("cadence goals import-md", run);
    const ProcessRun again =
        ProcessRun::of(cadence(), {QStringLiteral("-w"), workspace, QStringLiteral("goals"),
                                   QStringLiteral("import-md"), markdown});
    printRun("the same file again (nothing to change)", again);
    const ProcessRun out =
        ProcessRun::of(cadence(), {QStringLiteral("-w"), workspace, QStringLiteral("goals"),
                                   QStringLiteral("export-md"), QStringLiteral("--quarter"),
                                   QStringLiteral("2026-Q1"), QStringLiteral("--out"),
                                   dir.filePath(QStringLiteral("out.md"))});
    printRun("cadence goals export-md (reference)", out);
    std::printf("  ratio: %.2fx the export\n", run.seconds / out.seconds);
}

QByteArray calendar(const QByteArray &properties, const QByteArray &uid = "x@example.com")
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//EN\r\nBEGIN:VEVENT\r\nUID:" + uid +
           "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261118T100000Z\r\n"
           "DTEND:20261118T110000Z\r\nSUMMARY:Hostile\r\n"
           "ORGANIZER;CN=Anna Szell:mailto:anna@example.com\r\n" +
           properties + "END:VEVENT\r\nEND:VCALENDAR\r\n";
}

QByteArray parameters(int count)
{
    QByteArray line = "X-HOSTILE";
    for (int i = 0; i < count; ++i)
        line += ";P" + QByteArray::number(i) + "=a";
    return line + ":v\r\n";
}

void hostileCalendars(const QTemporaryDir &dir)
{
    const QString workspace = dir.filePath(QStringLiteral("ics.cadence"));
    if (ProcessRun::of(cadence(), {QStringLiteral("init"), workspace}).status)
        qFatal("cannot make a workspace");
    const std::pair<const char *, QByteArray> files[] = {
        {"one event (reference)", calendar({})},
        {"a 10 MB DESCRIPTION on one line",
         calendar("DESCRIPTION:" + QByteArray(10 << 20, 'a') + "\r\n")},
        {"a 10 MB UID", calendar({}, QByteArray(10 << 20, 'u'))},
        {"40,000 parameters", calendar(parameters(40000))},
        {"200,000 parameters", calendar(parameters(200000))},
    };
    std::printf("Hostile iCalendar files, refused:\n");
    for (const auto &[what, bytes] : files) {
        const QString path = dir.filePath(QStringLiteral("hostile.ics"));
        writeFile(path, bytes);
        const ProcessRun run = ProcessRun::of(
            cadence(), {QStringLiteral("-w"), workspace, QStringLiteral("interviews"),
                        QStringLiteral("import-ics"), QStringLiteral("--dry-run"), path});
        std::printf("  %-44s %8.3f s  (%s)\n", what, run.seconds,
                    run.status == 0 ? "read" : "refused");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int rows = 1000000;
    int goals = 40000;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--goals"))
            goals = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--cadence"))
            cadenceBinary = args[i + 1];
    }
    QTemporaryDir dir;
    // Its own home, so that the programs keep their settings and backups in the folder.
    qputenv("HOME", dir.path().toLocal8Bit());
    csvImport(dir, rows / 10);
    csvImport(dir, rows);
    goalsImport(dir, goals);
    hostileCalendars(dir);
    return 0;
}
