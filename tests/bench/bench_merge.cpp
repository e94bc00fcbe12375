// Benchmark of sync by export (figures only, no assertions): two teammates' workspaces of
// 100,000 interviews and 1 million metric points, every command run as its own process with
// its wall time and peak memory, beside the sqlite3 shell dumping and reloading the same
// export in the same run (the least any tool must do to take a file of that size in):
// 1. `cadence export` of the first workspace;
// 2. a teammate's first merge of it (everything is new to them);
// 3. both edit a tenth of the interviews (a hundredth on both sides: conflicts) and a
//    twentieth of the points (some on both sides), then the first merges the second's export (the
//    weekly case).
// Targets: each merge within the time of the dump and reload (<= 1x), and a peak memory that
// does not grow with the other file (the merge streams it). Then the bytes each record type
// takes in the export (SQLite's dbstat: table and indexes), what a sync tool carries.
// Usage: bench_merge [--interviews N] [--points N] [--keep DIR]
#include "core/clock.h"
#include "metrics/metricsrepository.h"
#include "processrun.h"
#include "sample/coveragesample.h"
#include "sample/interviewsample.h"
#include "sample/metricssample.h"
#include "testworkspace.h"
#include "workspace/bulkwrite.h"
#include "workspace/recordstore.h"
#include "workspace/recordtables.h"
#include "workspace/workspacefactory.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <cstdio>

namespace {

QString cadence()
{
    return QStringLiteral(CADENCE_BINARY);
}

std::shared_ptr<FixedClock> clockAt(int dayOffset)
{
    return std::make_shared<FixedClock>(
        QDateTime(QDate(2026, 11, 16).addDays(dayOffset), QTime(9, 0), QTimeZone::utc()));
}

void printRun(const char *what, const ProcessRun &run)
{
    std::printf("  %-46s %8.2f s %9.1f MB%s\n", what, run.seconds, double(run.peakKb) / 1024.0,
                run.status == 0 ? "" : "  (FAILED)");
}

double megabytes(const QString &path)
{
    return double(QFile(path).size()) / (1024.0 * 1024.0);
}

// The sample's interviews and metric series, scaled to about the counts asked for.
void makeFirst(const QString &path, int interviews, int points)
{
    QElapsedTimer timer;
    timer.start();
    auto created = WorkspaceFactory::create(path, clockAt(0), WorkspaceFactory::Content::Starter);
    if (!created)
        qFatal("%s", qPrintable(created.problem().text()));
    WorkspaceSession &session = *created.value();
    // About 340 interviews per unit of scale, over the PMs the coverage sample adds at the same
    // scale; about 25,900 points per unit.
    const int interviewScale = std::max(1, int(std::lround(interviews / 340.0)));
    const int pointScale = std::max(1, int(std::lround(points / 25900.0)));
    if (Outcome problem = CoverageSample::generate(session, interviewScale))
        qFatal("%s", qPrintable(problem->text()));
    if (Outcome problem = InterviewSample::generate(session, interviewScale))
        qFatal("%s", qPrintable(problem->text()));
    if (Outcome problem = MetricsSample::generate(session, pointScale))
        qFatal("%s", qPrintable(problem->text()));
    std::printf("first workspace made in %.0f s (%.1f MB)\n", double(timer.elapsed()) / 1000,
                megabytes(path));
}

qint64 count(Workspace &workspace, const RecordTable &table)
{
    qint64 records = 0;
    workspace.records().forEach(table, [&](const StoredRecord &) {
        ++records;
        return true;
    });
    return records;
}

// One teammate's week: every `every`th interview's notes from `offset` on, and every 20th
// point (from `offset` % 20) a new value, saved as this replica's edits in one bulk write each.
void edit(const QString &path, int dayOffset, int every, int offset, const QString &who)
{
    auto opened = WorkspaceSession::open(path, clockAt(dayOffset));
    if (!opened)
        qFatal("%s", qPrintable(opened.problem().text()));
    Workspace &workspace = opened.value()->workspace();
    const RecordTable &interviews = RecordTables::get(u"interview");
    QList<StoredRecord> edited;
    qint64 index = 0;
    workspace.records().forEach(interviews, [&](const StoredRecord &record) {
        if (!record.meta.deleted && index++ % every == offset)
            edited.append(record);
        return true;
    });
    const int notes = interviews.fieldIndex(QStringLiteral("notes"));
    {
        BulkWrite write(workspace, {interviews.name});
        RecordStore::Batch batch(workspace.records(), interviews, edited.size());
        for (StoredRecord &record : edited) {
            record.values[notes] = SqlValue::of(QStringLiteral("Notes by %1").arg(who));
            RecordMeta meta = record.meta;
            if (Outcome problem = batch.save(meta, record.values, record))
                qFatal("%s", qPrintable(problem->text()));
        }
        if (Outcome problem = batch.finish())
            qFatal("%s", qPrintable(problem->text()));
        if (Outcome problem = write.commit())
            qFatal("%s", qPrintable(problem->text()));
    }
    const RecordTable &pointTable = RecordTables::get(u"metric_point");
    QList<MetricPoint> points;
    index = 0;
    workspace.records().forEach(pointTable, [&](const StoredRecord &record) {
        if (!record.meta.deleted && index++ % 20 == offset % 20) {
            MetricPoint point;
            point.productId = QString::fromUtf8(record.values[0].text);
            point.metricKey = QString::fromUtf8(record.values[1].text);
            point.day = QDate::fromString(QString::fromUtf8(record.values[2].text), Qt::ISODate);
            point.value = record.values[3].real + 1.0;
            points.append(point);
        }
        return true;
    });
    MetricsRepository metrics(workspace);
    if (auto imported = metrics.importPoints(points); !imported)
        qFatal("%s", qPrintable(imported.problem().text()));
    std::printf("  %s edited %lld interviews and %lld points\n", qPrintable(who),
                qint64(edited.size()), qint64(points.size()));
}

// sqlite3 dumping the file to SQL text and loading it into a new database: the reference.
ProcessRun dumpAndReload(const QString &sqlite3, const QString &file, const QTemporaryDir &dir)
{
    const QString dump = dir.filePath(QStringLiteral("dump.sql"));
    const QString copy = dir.filePath(QStringLiteral("reloaded.db"));
    QFile::remove(copy);
    const ProcessRun out = ProcessRun::of(sqlite3, {file, QStringLiteral(".dump")}, dump);
    const ProcessRun in = ProcessRun::of(sqlite3, {copy}, QString(), dump);
    return {out.seconds + in.seconds, std::max(out.peakKb, in.peakKb),
            out.status != 0 ? out.status : in.status};
}

void compare(const char *what, const ProcessRun &run, const ProcessRun &reference)
{
    printRun(what, run);
    if (reference.seconds > 0)
        std::printf("  %-46s %8.2fx the dump and reload (target <= 1x)\n", "",
                    run.seconds / reference.seconds);
}

// Bytes per record in the export: each table's pages with its indexes', by SQLite's dbstat.
void bytesPerRecord(const QString &sqlite3, const QString &file)
{
    QProcess shell;
    shell.start(sqlite3,
                {QStringLiteral("-readonly"), QStringLiteral("-separator"), QStringLiteral("\t"),
                 file,
                 QStringLiteral("SELECT m.tbl_name, SUM(s.pgsize) FROM dbstat s JOIN "
                                "sqlite_master m ON m.name = s.name GROUP BY m.tbl_name")});
    shell.waitForFinished(-1);
    QHash<QString, qint64> bytes;
    for (const QByteArray &line : shell.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 2)
            bytes.insert(QString::fromUtf8(fields[0]), fields[1].toLongLong());
    }
    auto opened = Workspace::open(file, clockAt(0), Workspace::Access::ReadOnly);
    if (!opened)
        qFatal("%s", qPrintable(opened.problem().text()));
    std::printf("\nbytes per record in the export (%.1f MB):\n", megabytes(file));
    for (const RecordTable &table : RecordTables::all()) {
        const qint64 records = count(*opened.value(), table);
        if (records == 0)
            continue;
        std::printf("  %-16s %9lld records %10.1f MB %8.0f bytes each\n", qPrintable(table.name),
                    records, double(bytes.value(table.name)) / (1024.0 * 1024.0),
                    double(bytes.value(table.name)) / double(records));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int interviews = 100000;
    int points = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--interviews"))
            interviews = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--points"))
            points = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    QTemporaryDir scratch;
    const QString folder = keep.isEmpty() ? scratch.path() : keep;
    // Its own home, so that the programs keep their settings and backups in the folder.
    qputenv("HOME", folder.toLocal8Bit());
    isolateUserFolders();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        std::printf("sqlite3 is not installed: no reference\n");
    auto file = [&](const char *name) { return folder + u'/' + QLatin1String(name); };

    makeFirst(file("anna.cadence"), interviews, points);
    {
        auto opened =
            Workspace::open(file("anna.cadence"), clockAt(0), Workspace::Access::ReadOnly);
        if (!opened)
            qFatal("%s", qPrintable(opened.problem().text()));
        std::printf("  %lld interviews, %lld metric points\n",
                    count(*opened.value(), RecordTables::get(u"interview")),
                    count(*opened.value(), RecordTables::get(u"metric_point")));
    }

    std::printf("\nexport and a teammate's first merge:\n");
    printRun("cadence export",
             ProcessRun::of(cadence(), {QStringLiteral("-w"), file("anna.cadence"),
                                        QStringLiteral("export"), file("anna.export")}));
    const ProcessRun firstReference =
        sqlite3.isEmpty() ? ProcessRun{} : dumpAndReload(sqlite3, file("anna.export"), scratch);
    printRun("sqlite3 .dump | sqlite3 (reference)", firstReference);
    if (ProcessRun::of(cadence(), {QStringLiteral("init"), file("ben.cadence")}).status)
        qFatal("cannot make the second workspace");
    compare("cadence merge (everything new)",
            ProcessRun::of(cadence(), {QStringLiteral("-w"), file("ben.cadence"),
                                       QStringLiteral("merge"), file("anna.export")}),
            firstReference);

    std::printf("\na week of edits on both sides, then a merge:\n");
    edit(file("anna.cadence"), 1, 10, 0, QStringLiteral("Anna"));
    edit(file("ben.cadence"), 2, 100, 0, QStringLiteral("Ben")); // also Anna's: conflicts
    edit(file("ben.cadence"), 3, 10, 5, QStringLiteral("Ben"));
    printRun("cadence export (the second)",
             ProcessRun::of(cadence(), {QStringLiteral("-w"), file("ben.cadence"),
                                        QStringLiteral("export"), file("ben.export")}));
    const ProcessRun reference =
        sqlite3.isEmpty() ? ProcessRun{} : dumpAndReload(sqlite3, file("ben.export"), scratch);
    printRun("sqlite3 .dump | sqlite3 (reference)", reference);
    compare("cadence merge --dry-run",
            ProcessRun::of(cadence(),
                           {QStringLiteral("-w"), file("anna.cadence"), QStringLiteral("merge"),
                            QStringLiteral("--dry-run"), file("ben.export")}),
            reference);
    compare("cadence merge (diverged)",
            ProcessRun::of(cadence(), {QStringLiteral("-w"), file("anna.cadence"),
                                       QStringLiteral("merge"), file("ben.export")}),
            reference);
    printRun("cadence merge (the same file again)",
             ProcessRun::of(cadence(), {QStringLiteral("-w"), file("anna.cadence"),
                                        QStringLiteral("merge"), file("ben.export")}));

    if (!sqlite3.isEmpty())
        bytesPerRecord(sqlite3, file("ben.export"));
    return 0;
}
