// A bulk import or a merge that is killed half-way, or an import that runs out of room, leaves
// the workspace as it was before or as it is after, never in between, and whole (SQLite's
// integrity_check). The kill points come from a seeded generator over the time the command
// takes, so every run tries the same spread of moments: while the files are read and backed
// up, while rows go in, while it commits.
#include "clitester.h"
#include "filetools.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <chrono>
#include <functional>

namespace {

// The state of the data an import changes, and whether the file is whole. Opening it for
// writing (as Cadence would) replays or drops what a killed process left in its log.
struct State {
    QString points; // count and sum of the metric values
    QString integrity;
};

State stateOf(const QString &path)
{
    return {FileTools::value(path, QStringLiteral("SELECT count(*) || '/' || total(value) FROM "
                                                  "metric_point")),
            FileTools::value(path, QStringLiteral("PRAGMA integrity_check"))};
}

// Three years of daily values of four metrics of three products of the sample: some 13,000
// rows, all new to it.
QByteArray largeImport()
{
    QByteArray csv = "date,product,metric,value\n";
    const char *products[] = {"Session Replay", "Experiments", "Surveys"};
    const char *metrics[] = {"activation", "churn", "retention", "revenue"};
    int n = 0;
    for (QDate day(2010, 1, 1); day < QDate(2013, 1, 1); day = day.addDays(1))
        for (const char *product : products)
            for (const char *metric : metrics)
                csv += day.toString(Qt::ISODate).toLatin1() + ',' + product + ',' + metric + ',' +
                       QByteArray::number(10 + (++n % 97) / 4.0) + '\n';
    return csv;
}

bool copyFile(const QString &from, const QString &to)
{
    for (const QString &stale : {to, to + QStringLiteral("-wal"), to + QStringLiteral("-shm")})
        QFile::remove(stale);
    return QFile::copy(from, to);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    CliTester m_cli;
    QString m_pristine;
    QString m_csv;
    State m_before;
    State m_after;
    std::chrono::milliseconds m_importTime{0};
    QString m_teammate; // a teammate's export holding the large import
    State m_merged;     // the pristine workspace with the teammate's export merged in
    std::chrono::milliseconds m_mergeTime{0};

    QStringList importInto(const QString &workspace) const
    {
        return {QStringLiteral("-w"), workspace, QStringLiteral("metrics"),
                QStringLiteral("import"), m_csv};
    }

    QStringList mergeInto(const QString &workspace) const
    {
        return {QStringLiteral("-w"), workspace, QStringLiteral("merge"), m_teammate};
    }

    // Runs the command on a copy of the pristine workspace, killed (SIGKILL: no handler, no
    // clean-up) at `points` moments spread over 1.1 times what it takes, and checks that each
    // leaves the state before or after, whole.
    void killAtRandomPoints(quint32 seed, int points, std::chrono::milliseconds takes,
                            const std::function<QStringList(const QString &)> &command,
                            const State &after)
    {
        QRandomGenerator kills(seed);
        int old = 0;
        int complete = 0;
        for (int i = 0; i < points; ++i) {
            const QString workspace = m_cli.path(QStringLiteral("killed.cadence"));
            QVERIFY(copyFile(m_pristine, workspace));
            const auto at =
                std::chrono::milliseconds(kills.bounded(qint64(takes.count() * 11 / 10) + 1));
            const auto process = m_cli.start(command(workspace));
            if (!process->waitForFinished(int(at.count()))) {
                process->kill();
                process->waitForFinished();
            }
            const State state = stateOf(workspace);
            QVERIFY2(
                state.integrity == QLatin1String("ok"),
                qPrintable(
                    QStringLiteral("killed at %1 ms: %2").arg(at.count()).arg(state.integrity)));
            QVERIFY2(state.points == m_before.points || state.points == after.points,
                     qPrintable(
                         QStringLiteral("killed at %1 ms: %2").arg(at.count()).arg(state.points)));
            ++(state.points == m_before.points ? old : complete);
        }
        qInfo("%d kill points over %lld ms: %d left the old state, %d the new", points,
              qlonglong(takes.count()), old, complete);
    }

private slots:
    void initTestCase()
    {
        m_pristine = m_cli.path(QStringLiteral("pristine.cadence"));
        const auto made = m_cli.run({QStringLiteral("sample"), m_pristine});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        m_csv = m_cli.path(QStringLiteral("large.csv"));
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(largeImport());
        csv.close();

        const QString whole = m_cli.path(QStringLiteral("whole.cadence"));
        QVERIFY(copyFile(m_pristine, whole));
        const auto started = std::chrono::steady_clock::now();
        const auto import = m_cli.run(importInto(whole));
        m_importTime = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        QVERIFY2(import.status == 0, qPrintable(import.err));
        m_before = stateOf(m_pristine);
        m_after = stateOf(whole);
        QCOMPARE(m_before.integrity, QStringLiteral("ok"));
        QVERIFY(m_before.points != m_after.points);
    }

    void aKilledImportLeavesTheOldOrTheNewState()
    {
        killAtRandomPoints(
            16, 32, m_importTime,
            [this](const QString &workspace) { return importInto(workspace); }, m_after);
    }

    void aKilledMergeLeavesTheOldOrTheNewState()
    {
        // A teammate's workspace with the large import, exported: merging it adds every row.
        const QString teammate = m_cli.path(QStringLiteral("teammate.cadence"));
        QCOMPARE(m_cli.run({QStringLiteral("init"), teammate}).status, 0);
        const auto imported =
            m_cli.run({QStringLiteral("-w"), teammate, QStringLiteral("metrics"),
                       QStringLiteral("import"), QStringLiteral("--add-products"), m_csv});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        m_teammate = m_cli.path(QStringLiteral("teammate-export.cadence"));
        QCOMPARE(m_cli.run({QStringLiteral("-w"), teammate, QStringLiteral("export"), m_teammate})
                     .status,
                 0);
        const QString whole = m_cli.path(QStringLiteral("merged.cadence"));
        QVERIFY(copyFile(m_pristine, whole));
        const auto started = std::chrono::steady_clock::now();
        const auto merged = m_cli.run(mergeInto(whole));
        m_mergeTime = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started);
        QVERIFY2(merged.status == 0, qPrintable(merged.err));
        m_merged = stateOf(whole);
        QVERIFY(m_merged.points != m_before.points);

        killAtRandomPoints(
            30, 32, m_mergeTime, [this](const QString &workspace) { return mergeInto(workspace); },
            m_merged);
    }

    void aFullDiskFailsCleanly_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::newRow("no room for the log") << qint64(64 * 1024);
        QTest::newRow("room for part of it") << qint64(256 * 1024);
    }

    void aFullDiskFailsCleanly()
    {
        // A limit on the size of every file the import writes (as `ulimit -f` sets it): its
        // write-ahead log cannot grow past it, as on a full disk.
        QFETCH(qint64, limit);
        CliTester cli;
        cli.setFileSizeLimit(limit);
        const QString workspace = cli.path(QStringLiteral("full.cadence"));
        QVERIFY(copyFile(m_pristine, workspace));
        const auto import = cli.run(importInto(workspace));
        QCOMPARE(import.status, 1);
        QVERIFY2(import.err.startsWith(QStringLiteral("cadence: %1: ").arg(workspace)),
                 qPrintable(import.err));
        QCOMPARE(import.err.count(u'\n'), 1);
        const State state = stateOf(workspace);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QCOMPARE(state.points, m_before.points);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
