// The goals commands through the real cadence binary.
#include "support/clitester.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestGoalsCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportsAQuarter();
    void exportsOnePmToAFile();
    void exportDefaultsToThisQuarter();
    void importRoundTripsAndChangesNothingTwice();
    void badMarkdownChangesNothing();
    void usageErrors();

private:
    std::unique_ptr<CliTester> m_cli;
    QString m_workspace;
};

void TestGoalsCli::init()
{
    m_cli = std::make_unique<CliTester>();
    m_workspace = m_cli->path(QStringLiteral("w.cadence"));
    QCOMPARE(m_cli->run({QStringLiteral("init"), m_workspace}).status, 0);
}

void TestGoalsCli::exportsAQuarter()
{
    const CliTester::Run run = m_cli->run({QStringLiteral("-w"), m_workspace,
                                           QStringLiteral("goals"), QStringLiteral("export-md"),
                                           QStringLiteral("--quarter"), QStringLiteral("2025-Q1")});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("# Goals 2025-Q1\n\nGoal 1: Bring growth and "
                                              "product thinking into teams -> Raquel\n")));
    QVERIFY(run.out.contains(QStringLiteral("Goal 2: Hire a new PM -> Annika Schmid\n")));
    QVERIFY(run.out.contains(QStringLiteral("  - [ ] Hire a third PM\n")));
    QVERIFY(run.err.isEmpty());
}

void TestGoalsCli::exportsOnePmToAFile()
{
    const QString out = m_cli->path(QStringLiteral("anna.md"));
    const CliTester::Run run = m_cli->run(
        {QStringLiteral("-w"), m_workspace, QStringLiteral("goals"), QStringLiteral("export-md"),
         QStringLiteral("--quarter"), QStringLiteral("2025-Q1"), QStringLiteral("--pm"),
         QStringLiteral("anna"), QStringLiteral("--out"), out});
    QCOMPARE(run.status, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Goal 1: Hire a new PM")));
    QVERIFY(text.contains(QStringLiteral("Goal 2: Identify benchmarks")));
    QVERIFY(!text.contains(QStringLiteral("Raquel")));

    const CliTester::Run unknown =
        m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                    QStringLiteral("export-md"), QStringLiteral("--pm"), QStringLiteral("Zoe")});
    QCOMPARE(unknown.status, 1);
    QCOMPARE(unknown.err,
             QStringLiteral("cadence: %1: has no PM named \"Zoe\"\n").arg(m_workspace));
}

void TestGoalsCli::exportDefaultsToThisQuarter()
{
    const CliTester::Run run = m_cli->run(
        {QStringLiteral("-w"), m_workspace, QStringLiteral("goals"), QStringLiteral("export-md")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("# Goals 2026-Q4\n")); // CADENCE_NOW is 2026-11-16
}

void TestGoalsCli::importRoundTripsAndChangesNothingTwice()
{
    const QString file = m_cli->path(QStringLiteral("q2.md"));
    writeFile(file, "# Goals 2026-Q1\n\n"
                    "Goal 1: Research the biggest unknown of Surveys -> Annika\n"
                    "- Kind: research goal\n"
                    "- Status: on track\n"
                    "- Team: Surveys\n"
                    "- Support: Anna\n"
                    "- Findings: https://github.com/org/repo/pull/1\n"
                    "- Description:\n"
                    "  Why do people abandon surveys?\n"
                    "- Key results:\n"
                    "  - [x] Ten interviews\n"
                    "  - [ ] Share findings in #product-internal\n");
    CliTester::Run run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                                     QStringLiteral("import-md"), file});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("1 goal read: 1 added, 0 updated.\n"));
    run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                      QStringLiteral("export-md"), QStringLiteral("--quarter"),
                      QStringLiteral("2026-Q1")});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("# Goals 2026-Q1\n\n"
                                     "Goal 1: Research the biggest unknown of Surveys -> Annika "
                                     "Schmid\n"
                                     "- Kind: research goal\n"
                                     "- Status: on track\n"
                                     "- Team: Surveys\n"
                                     "- Support: Anna Szell\n"
                                     "- Findings: https://github.com/org/repo/pull/1\n"
                                     "- Description:\n"
                                     "  Why do people abandon surveys?\n"
                                     "- Key results:\n"
                                     "  - [x] Ten interviews\n"
                                     "  - [ ] Share findings in #product-internal\n"));
    writeFile(file, run.out.toUtf8());
    const QByteArray before = fileHash(m_workspace);
    run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                      QStringLiteral("import-md"), file});
    QCOMPARE(run.status, 0);
    QCOMPARE(run.out, QStringLiteral("1 goal read; the workspace already has them as they are.\n"));
    QCOMPARE(fileHash(m_workspace), before);
}

void TestGoalsCli::badMarkdownChangesNothing()
{
    const QString file = m_cli->path(QStringLiteral("bad.md"));
    writeFile(file, "# Goals 2026-Q1\n\n"
                    "Goal 1: Fine goal -> Anna\n\n"
                    "Goal 2: Bad goal -> Zoe\n"
                    "- Status: finished\n");
    const QByteArray before = fileHash(m_workspace);
    CliTester::Run run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                                     QStringLiteral("import-md"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.err, QStringLiteral("cadence: %1: line 5: no PM is named \"Zoe\" (PMs: Abe "
                                     "Basu, Anna Szell, Annika Schmid, Cory Slater and Raquel)\n"
                                     "cadence: %1: line 6: \"finished\" is no status (write one "
                                     "of: not started, on track, at risk, done, dropped)\n"
                                     "cadence: %1: 2 problems; nothing was imported\n")
                          .arg(file));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(fileHash(m_workspace), before);

    writeFile(file, "# Goals 2026-Q1\n\nGoal 1: \xff\xfe -> Anna\n");
    run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                      QStringLiteral("import-md"), file});
    QCOMPARE(run.status, 1);
    QCOMPARE(run.err, QStringLiteral("cadence: %1: is not UTF-8 text\n").arg(file));

    const QString missing = m_cli->path(QStringLiteral("missing.md"));
    run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                      QStringLiteral("import-md"), missing});
    QCOMPARE(run.status, 1);
    QVERIFY(run.err.startsWith(QStringLiteral("cadence: %1: cannot be read").arg(missing)));
    QCOMPARE(fileHash(m_workspace), before);
}

void TestGoalsCli::usageErrors()
{
    CliTester::Run run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                                     QStringLiteral("export-md"), QStringLiteral("--quarter"),
                                     QStringLiteral("Q1")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(QStringLiteral("--quarter wants a quarter like 2025-Q1")));
    run = m_cli->run(
        {QStringLiteral("-w"), m_workspace, QStringLiteral("goals"), QStringLiteral("import-md")});
    QCOMPARE(run.status, 2);
    run = m_cli->run({QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                      QStringLiteral("export-md"), QStringLiteral("extra")});
    QCOMPARE(run.status, 2);
}

QTEST_MAIN(TestGoalsCli)
#include "tst_goalscli.moc"
