// What the real `cadence` says about a workspace it cannot use (issue 16): one line on stderr,
// "cadence: FILE: what is wrong", exit status 1, and the file as it was. Damaged in place,
// missing a table, a schema version that is none, a pipe, a loop of links, a lock held by
// another program, a read-only folder (as a user and as root), the workspace named as the
// command's own file.
#include "clitester.h"
#include "filetools.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

QString csv(const QString &name)
{
    return qEnvironmentVariable("CADENCE_TEST_DATA") + QStringLiteral("/csv/") + name;
}

QString line(const QString &file, const QString &what)
{
    return QStringLiteral("cadence: %1: %2\n").arg(file, what);
}

const QStringList coverage = {QStringLiteral("coverage"), QStringLiteral("--format"),
                              QStringLiteral("csv")};

QStringList importing(const QString &file)
{
    return {QStringLiteral("metrics"), QStringLiteral("import"), file};
}

} // namespace

class TestWorkspaceMessages : public QObject
{
    Q_OBJECT

    CliTester m_cli;
    QString m_sample; // made once, copied by the tests that need one

    QString copyOfSample(const QString &name)
    {
        const QString copy = m_cli.path(name);
        QFile::remove(copy);
        if (!QFile::copy(m_sample, copy))
            qFatal("cannot copy the sample workspace");
        return copy;
    }

    CliTester::Run run(const QString &workspace, const QStringList &arguments)
    {
        return m_cli.run(QStringList{QStringLiteral("-w"), workspace} + arguments);
    }

private slots:
    void initTestCase()
    {
        m_sample = m_cli.path(QStringLiteral("sample.cadence"));
        const CliTester::Run made = m_cli.run({QStringLiteral("sample"), m_sample});
        QVERIFY2(made.status == 0, qPrintable(made.err));
    }

    void aFileDamagedInPlaceIsNotWritten_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("a bulk import") << importing(csv(QStringLiteral("good_long.csv")));
        // Not only imports and merges: a command that writes one setting must not trust the
        // file's unchanged fingerprint either.
        QTest::newRow("one setting") << QStringList{QStringLiteral("sync-folder"),
                                                    QStringLiteral("set"), QStringLiteral("%sync")};
    }

    void aFileDamagedInPlaceIsNotWritten()
    {
        // Made by this Cadence and closed cleanly: it may open without its check, yet the
        // command checks it before it writes.
        QFETCH(QStringList, command);
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("sample"), file}).status, 0);
        QVERIFY(FileTools::damageIndexPageKeepingTheFingerprint(file));
        const QByteArray before = FileTools::digest(file);
        const QString folder = cli.path(QStringLiteral("sync"));
        QVERIFY(QDir().mkpath(folder));
        command.replaceInStrings(QStringLiteral("%sync"), folder);
        const auto run = cli.run(QStringList{QStringLiteral("-w"), file} + command);
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("cadence: %1: is damaged").arg(file)),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(FileTools::digest(file), before);
    }

    void readingOrRefusingLeavesNoFilesBeside()
    {
        // A read-only connection makes SQLite's -wal and -shm files and may not delete them:
        // reading a workspace, or refusing a damaged one, must not leave them behind.
        const auto besides = [](const QString &file) {
            QStringList left;
            for (const QString &companion :
                 {file + QStringLiteral("-wal"), file + QStringLiteral("-shm")})
                if (QFileInfo::exists(companion))
                    left << companion;
            return left;
        };
        const QString read = copyOfSample(QStringLiteral("read.cadence"));
        QCOMPARE(run(read, coverage).status, 0);
        QCOMPARE(besides(read), QStringList());

        const QString damaged = copyOfSample(QStringLiteral("refused.cadence"));
        QVERIFY(FileTools::damageIndexPageKeepingTheFingerprint(damaged));
        const QByteArray before = FileTools::digest(damaged);
        const auto refused = run(damaged, coverage);
        QCOMPARE(refused.status, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is damaged")), qPrintable(refused.err));
        QCOMPARE(besides(damaged), QStringList());
        QCOMPARE(FileTools::digest(damaged), before);
    }

    void aMissingTableIsOneLineNamingTheFile_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("command");
        QTest::newRow("goal") << QStringLiteral("goal")
                              << QStringList{QStringLiteral("goals"), QStringLiteral("export-md"),
                                             QStringLiteral("--quarter"),
                                             QStringLiteral("2025-Q1")};
        QTest::newRow("interview")
            << QStringLiteral("interview")
            << QStringList{QStringLiteral("interviews"), QStringLiteral("cadence")};
    }

    void aMissingTableIsOneLineNamingTheFile()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, command);
        const QString file = copyOfSample(table + QStringLiteral(".cadence"));
        QVERIFY(FileTools::runSql(file, {QStringLiteral("DROP TABLE %1").arg(table)}));
        const auto result = run(file, command);
        QCOMPARE(result.status, 1);
        QCOMPARE(result.err, line(file, QStringLiteral("is damaged: schema version %1 has the "
                                                       "table %2, which this file lacks")
                                            .arg(Workspace::currentSchemaVersion())
                                            .arg(table)));
        QVERIFY(result.out.isEmpty());
    }

    void aSchemaVersionThatIsNoVersionIsRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("-1") << QStringLiteral("-1");
        QTest::newRow("INT_MIN") << QStringLiteral("-2147483648");
    }

    void aSchemaVersionThatIsNoVersionIsRefused()
    {
        QFETCH(QString, version);
        const QString file = copyOfSample(QStringLiteral("version.cadence"));
        QVERIFY(FileTools::runSql(file, {QStringLiteral("PRAGMA user_version = ") + version}));
        const QByteArray before = FileTools::digest(file);
        for (const QStringList &command :
             {coverage, importing(csv(QStringLiteral("good_long.csv")))}) {
            const auto result = run(file, command);
            QCOMPARE(result.status, 1);
            QCOMPARE(result.err,
                     line(file, QStringLiteral("is damaged: its schema version (%1) is not a "
                                               "version")
                                    .arg(version)));
        }
        QCOMPARE(FileTools::digest(file), before);
    }

    void aPipeIsRefusedAtOnce()
    {
        const QString fifo = m_cli.path(QStringLiteral("pipe.cadence"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const auto result = run(fifo, coverage);
        QCOMPARE(result.status, 1);
        QCOMPARE(result.err, line(fifo, QStringLiteral("is not a regular file (it is a pipe, "
                                                       "socket or device); a workspace is a "
                                                       "file")));
    }

    void linksThatLeadNowhereSaySo()
    {
        const QString loop = m_cli.path(QStringLiteral("loop.cadence"));
        QVERIFY(QFile::link(loop, loop));
        const auto looped = run(loop, coverage);
        QCOMPARE(looped.status, 1);
        QCOMPARE(looped.err,
                 line(loop, QStringLiteral("is a symbolic link that leads back to itself (a "
                                           "loop)")));
        const QString dangling = m_cli.path(QStringLiteral("dangling.cadence"));
        const QString gone = m_cli.path(QStringLiteral("gone.cadence"));
        QVERIFY(QFile::link(gone, dangling));
        const auto nowhere = run(dangling, coverage);
        QCOMPARE(nowhere.status, 1);
        QCOMPARE(nowhere.err,
                 line(dangling,
                      QStringLiteral("is a symbolic link to %1, which does not exist").arg(gone)));
    }

    void aLockHeldByAnotherProgramIsNamed()
    {
        const QString file = copyOfSample(QStringLiteral("locked.cadence"));
        const QByteArray before = FileTools::digest(file);
        {
            // This test is the other program: it holds a write transaction open.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("other-program"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const auto result = run(file, importing(csv(QStringLiteral("good_long.csv"))));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            query.finish();
            db.close();
            QCOMPARE(result.status, 1);
            QCOMPARE(result.err, line(file, QStringLiteral("another program — perhaps Cadence's "
                                                           "window — is writing to it; try "
                                                           "again when it is done")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
        QCOMPARE(FileTools::digest(file), before);
    }

    void aReadOnlyFolderIsReadButNotWrittenByAUser()
    {
        // As a user who cannot write to the folder: readable (SQLite cannot make the -shm file
        // it needs, yet the file is whole), not writable, and never called damaged.
        CliTester cli;
        if (::geteuid() == 0)
            cli.setUser(65534, 65534); // nobody
        const QString folder = cli.path(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/team.cadence");
        QVERIFY(QFile::copy(m_sample, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::ReadOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const QByteArray before = FileTools::digest(file);
        const auto read = cli.run(QStringList{QStringLiteral("-w"), file} + coverage);
        QVERIFY2(read.status == 0, qPrintable(read.err));
        QVERIFY(read.out.startsWith(QLatin1String("team,pm,support\n")));
        const auto write = cli.run(QStringList{QStringLiteral("-w"), file} +
                                   importing(csv(QStringLiteral("good_long.csv"))));
        QCOMPARE(write.status, 1);
        QVERIFY2(!write.err.contains(QLatin1String("damaged")), qPrintable(write.err));
        QCOMPARE(write.err.count(u'\n'), 1);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(FileTools::digest(file), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("team.cadence")});
    }

    void aReadOnlyFolderIsRefusedEvenToRoot()
    {
        if (::geteuid() != 0)
            QSKIP("only root may write to a folder marked read-only");
        const QString folder = m_cli.path(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/team.cadence");
        QVERIFY(QFile::copy(m_sample, file));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const QByteArray before = FileTools::digest(file);
        const auto write = run(file, importing(csv(QStringLiteral("good_long.csv"))));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(write.status, 1);
        QCOMPARE(write.err, line(file, QStringLiteral("is in a read-only folder; Cadence needs to "
                                                      "write beside it")));
        QCOMPARE(FileTools::digest(file), before);
    }

    void theWorkspaceIsNeverTheCommandsOwnFile()
    {
        const QString file = copyOfSample(QStringLiteral("itself.cadence"));
        const QByteArray before = FileTools::digest(file);
        for (const QStringList &command :
             {importing(file),
              QStringList{QStringLiteral("goals"), QStringLiteral("export-md"),
                          QStringLiteral("--out"), file},
              QStringList{QStringLiteral("goals"), QStringLiteral("export-md"),
                          QStringLiteral("--out=") + file},
              QStringList{QStringLiteral("interviews"), QStringLiteral("export-ics"),
                          file + QStringLiteral("-wal")}}) {
            const auto result = run(file, command);
            QCOMPARE(result.status, 1);
            QVERIFY2(result.err.endsWith(QLatin1String(": is the workspace itself; name another "
                                                       "file\n")),
                     qPrintable(result.err));
            QCOMPARE(FileTools::digest(file), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceMessages)
#include "tst_workspacemessages.moc"
