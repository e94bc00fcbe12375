// Every file of the bad corpus (tests/data/csv/bad_*, ics/bad/*, markdown/*.md) through the
// real `cadence` binary, the way a user meets it: refused with exit status 1, every line on
// stderr naming the file, no more than about twenty of them, and the workspace byte for byte
// as it was.
#include "clitester.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QString data(const QString &path)
{
    return qEnvironmentVariable("CADENCE_TEST_DATA") + QLatin1Char('/') + path;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestBadCorpus : public QObject
{
    Q_OBJECT

private:
    CliTester m_cli;
    QString m_workspace;

private slots:
    void initTestCase()
    {
        m_cli.setNow(QStringLiteral("2026-11-16T09:00:00Z"));
        m_workspace = m_cli.path(QStringLiteral("w.cadence"));
        QCOMPARE(m_cli.run({QStringLiteral("init"), m_workspace}).status, 0);
        // Some values and products already there, for the bad files to leave alone.
        const CliTester::Run values = m_cli.run(
            {QStringLiteral("-w"), m_workspace, QStringLiteral("metrics"), QStringLiteral("import"),
             QStringLiteral("--add-products"), data(QStringLiteral("csv/good_long.csv"))});
        QVERIFY2(values.status == 0, qPrintable(values.err));
    }

    void refusedWithoutAChange_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("file");
        const QStringList csv = {QStringLiteral("metrics"), QStringLiteral("import")};
        const QStringList ics = {QStringLiteral("interviews"), QStringLiteral("import-ics")};
        const QStringList markdown = {QStringLiteral("goals"), QStringLiteral("import-md")};
        for (const QString &name :
             QDir(data(QStringLiteral("csv"))).entryList({QStringLiteral("bad_*.csv")}))
            QTest::newRow(qPrintable(name)) << csv << data(QStringLiteral("csv/") + name);
        for (const QString &name :
             QDir(data(QStringLiteral("ics/bad"))).entryList({QStringLiteral("*.ics")}))
            QTest::newRow(qPrintable(name)) << ics << data(QStringLiteral("ics/bad/") + name);
        for (const QString &name :
             QDir(data(QStringLiteral("markdown"))).entryList({QStringLiteral("*.md")}))
            QTest::newRow(qPrintable(name)) << markdown << data(QStringLiteral("markdown/") + name);
    }

    void refusedWithoutAChange()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, file);
        const QByteArray before = fileHash(m_workspace);
        const CliTester::Run run =
            m_cli.run(QStringList{QStringLiteral("-w"), m_workspace} + command + QStringList{file});
        QCOMPARE(run.status, 1);
        QVERIFY(run.out.isEmpty());
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.size() <= 21, qPrintable(run.err));
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("cadence: ") + file + QStringLiteral(": ")),
                     qPrintable(line));
        QCOMPARE(fileHash(m_workspace), before);
        QVERIFY(!QFile::exists(m_workspace + QStringLiteral("-wal")));
    }

    void verboseListsEveryProblem()
    {
        // Thirty distinct problems: twenty lines, or every one of them with --verbose.
        const QString file = m_cli.path(QStringLiteral("thirty.md"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("# Goals 2026-Q1\n\n");
        for (int i = 1; i <= 30; ++i)
            text.write("Goal " + QByteArray::number(i) + ": Goal -> Stranger " +
                       QByteArray::number(i) + "\n");
        text.close();
        const QStringList command = {QStringLiteral("-w"), m_workspace, QStringLiteral("goals"),
                                     QStringLiteral("import-md"), file};
        const CliTester::Run shortly = m_cli.run(command);
        QStringList lines = shortly.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines[19],
                 QStringLiteral("cadence: %1: and 11 more (--verbose lists them all)").arg(file));
        QCOMPARE(lines[20],
                 QStringLiteral("cadence: %1: 30 problems; nothing was imported").arg(file));
        const CliTester::Run verbose =
            m_cli.run(command + QStringList{QStringLiteral("--verbose")});
        lines = verbose.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 31);
        QVERIFY(lines[29].contains(QStringLiteral("line 32: no PM is named \"Stranger 30\"")));
    }
};

QTEST_MAIN(TestBadCorpus)
#include "tst_badcorpus.moc"
