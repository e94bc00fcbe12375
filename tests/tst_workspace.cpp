// The workspace file: creation, the checks on open, refusals that leave files untouched,
// schema upgrades with a backup, transactions and the hybrid logical clock.
#include "coverage/coveragerepository.h"
#include "testworkspace.h"
#include "workspace/migrations.h"
#include "workspace/repository.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString corpus(const QString &name)
{
    return qEnvironmentVariable("CADENCE_TEST_DATA") + QStringLiteral("/workspaces/") + name;
}

int pragma(Workspace &workspace, const char *name)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void createdWorkspaceIsIdentifiedAndConfigured()
    {
        TestWorkspace test;
        Workspace &workspace = test.session().workspace();
        QCOMPARE(quint32(pragma(workspace, "application_id")), Workspace::ApplicationId);
        QCOMPARE(pragma(workspace, "user_version"), Workspace::currentSchemaVersion());
        QCOMPARE(pragma(workspace, "foreign_keys"), 1);
        QSqlQuery mode(workspace.database());
        mode.exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(!workspace.replicaId().isEmpty());
    }

    void replicaIdSurvivesReopening()
    {
        TestWorkspace test;
        const QString replica = test.session().workspace().replicaId();
        test.reopen();
        QCOMPARE(test.session().workspace().replicaId(), replica);
    }

    void createRefusesAnExistingFile()
    {
        TestWorkspace test;
        const QByteArray before = fileDigest(test.path());
        test.close();
        const QByteArray closed = fileDigest(test.path());
        auto again = Workspace::create(test.path(), Clock::system());
        QVERIFY(!again);
        QVERIFY(again.problem().what.contains(QLatin1String("already exists")));
        QCOMPARE(fileDigest(test.path()), closed);
        Q_UNUSED(before);
    }

    void badFilesAreRefusedAndUntouched_data() { addBadWorkspaceRows(); }

    void badFilesAreRefusedAndUntouched()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(QFile::copy(corpus(name), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileDigest(path);

        auto opened = Workspace::open(path, Clock::system());
        QVERIFY(!opened);
        QCOMPARE(opened.problem().file, path);
        QVERIFY2(opened.problem().what.contains(expected), qPrintable(opened.problem().what));
        QCOMPARE(fileDigest(path), before);
        // Nothing was made beside it either (no -wal, no journal).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name});
    }

    void aCheckedFileChangedSinceIsCheckedAgain()
    {
        // Closed cleanly by Cadence, the file's next opening may skip the integrity check; a
        // file damaged since (other bytes, so another fingerprint) is checked and refused.
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        test.reopen();
        test.close();
        {
            QFile file(test.path());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 3 * 4096);
            file.seek(2 * 4096 + 16);
            file.write(QByteArray(2048, '\x5a'));
        }
        const QByteArray before = fileDigest(test.path());
        auto opened = Workspace::open(test.path(), Clock::system());
        QVERIFY(!opened);
        QVERIFY2(opened.problem().what.contains(QLatin1String("damaged")),
                 qPrintable(opened.problem().what));
        QCOMPARE(fileDigest(test.path()), before);
    }

    void storedDatesAreReadBackExactly_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("a day") << QVariant(QStringLiteral("2025-02-01")) << QDate(2025, 2, 1);
        QTest::newRow("leap day") << QVariant(QStringLiteral("2024-02-29")) << QDate(2024, 2, 29);
        QTest::newRow("no such day") << QVariant(QStringLiteral("2025-02-30")) << QDate();
        QTest::newRow("month 13") << QVariant(QStringLiteral("2025-13-01")) << QDate();
        QTest::newRow("not digits") << QVariant(QStringLiteral("2025-0a-01")) << QDate();
        QTest::newRow("null") << QVariant(QMetaType(QMetaType::QString)) << QDate();
        QTest::newRow("empty") << QVariant(QString()) << QDate();
        QTest::newRow("with a time")
            << QVariant(QStringLiteral("2025-02-01T10:00:00"))
            << QDate::fromString(QStringLiteral("2025-02-01T10:00:00"), Qt::ISODate);
    }

    void storedDatesAreReadBackExactly()
    {
        QFETCH(QVariant, stored);
        QFETCH(QDate, expected);
        QCOMPARE(Repository::dateFrom(stored), expected);
    }

    void missingFolderAndFileAreNamed()
    {
        QTemporaryDir dir;
        auto missing =
            Workspace::open(dir.filePath(QStringLiteral("nope.cadence")), Clock::system());
        QVERIFY(!missing);
        QVERIFY(missing.problem().what.contains(QLatin1String("no such file")));
        auto folder = Workspace::open(dir.path(), Clock::system());
        QVERIFY(!folder);
        QVERIFY(folder.problem().what.contains(QLatin1String("folder")));
        auto nowhere = Workspace::create(dir.filePath(QStringLiteral("no/such/dir/x.cadence")),
                                         Clock::system());
        QVERIFY(!nowhere);
        QVERIFY(nowhere.problem().what.contains(QLatin1String("does not exist")));
    }

    void readOnlyFileIsRefusedForWritingButReadable()
    {
        TestWorkspace test;
        test.close();
        QFile::setPermissions(test.path(), QFile::ReadOwner);
        const QByteArray before = fileDigest(test.path());
        auto writable = Workspace::open(test.path(), Clock::system());
        QVERIFY(!writable);
        QVERIFY(writable.problem().what.contains(QLatin1String("read-only")));
        auto readable = Workspace::open(test.path(), Clock::system(), Workspace::Access::ReadOnly);
        QVERIFY(readable);
        readable.value().reset();
        QCOMPARE(fileDigest(test.path()), before);
    }

    void olderSchemaIsUpgradedAfterABackup()
    {
        if (Workspace::currentSchemaVersion() <= 1)
            QSKIP("there is only one schema step so far");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cadence"));
        QVERIFY(QFile::copy(corpus(QStringLiteral("schema-1.cadence")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = fileDigest(path);

        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
             QStringLiteral("/backups"))
            .removeRecursively();
        auto opened = WorkspaceSession::open(path, Clock::system());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.problem().text()));
        QCOMPARE(pragma(opened.value()->workspace(), "user_version"),
                 Workspace::currentSchemaVersion());
        // The teams of the old file are all still there.
        QCOMPARE(opened.value()->coverage().teams().size(), 18);

        const QList<Backup> saved = opened.value()->workspace().backups();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().reason, QStringLiteral("before-upgrade"));
        auto backup =
            Workspace::open(saved.first().path, Clock::system(), Workspace::Access::ReadOnly);
        // The backup is the file as it was: schema 1, which a read-only opening will not upgrade.
        QVERIFY(!backup);
        QVERIFY(backup.problem().what.contains(QLatin1String("upgrade")));
        Q_UNUSED(original);
    }

    void failedTransactionLeavesNothing()
    {
        TestWorkspace test;
        CoverageRepository &coverage = test.session().coverage();
        CoverageEdit edit;
        Team team;
        team.name = QStringLiteral("Growth");
        team.createdOn = QDate(2026, 1, 1);
        edit.teams.append(team);
        Assignment orphan; // refers to a PM that does not exist
        orphan.teamId = QStringLiteral("no-such-team");
        orphan.pmId = QStringLiteral("no-such-pm");
        orphan.startOn = QDate(2026, 1, 1);
        orphan.endOn = QDate(2025, 1, 1); // and ends before it starts
        edit.assignments.append(orphan);
        QVERIFY(coverage.apply(edit).has_value());
        QVERIFY(coverage.teams().isEmpty());
    }

    void nestedTransactionsLandTogether()
    {
        TestWorkspace test;
        CoverageRepository &coverage = test.session().coverage();
        {
            WriteTransaction outer(test.session().workspace());
            Team first;
            first.name = QStringLiteral("One");
            first.createdOn = QDate(2026, 1, 1);
            QVERIFY(!coverage.save(first));
            Team second = first;
            second.meta = {};
            second.name = QStringLiteral("Two");
            QVERIFY(!coverage.save(second));
            outer.rollback();
        }
        QVERIFY(coverage.teams().isEmpty());
    }

    void stampsGrowEvenWhenTheClockStandsStillOrGoesBack()
    {
        TestWorkspace test;
        Workspace &workspace = test.session().workspace();
        const qint64 first = workspace.nextStamp();
        const qint64 second = workspace.nextStamp();
        QVERIFY(second > first);
        test.clock().advanceMs(-3'600'000);
        QVERIFY(workspace.nextStamp() > second);
        workspace.observeStamp(HybridClock::fromMs(test.clock().nowMs() + 86'400'000));
        const qint64 afterMerge = workspace.nextStamp();
        QVERIFY(HybridClock::physicalPart(afterMerge) >= test.clock().nowMs() + 86'400'000);
    }

    void clockIsPersistedAcrossSessions()
    {
        TestWorkspace test;
        Team team;
        team.name = QStringLiteral("Growth");
        team.createdOn = QDate(2026, 1, 1);
        test.session().workspace().observeStamp(
            HybridClock::fromMs(test.clock().nowMs() + 10'000'000));
        QVERIFY(!test.session().coverage().save(team));
        const qint64 saved = team.meta.hlc;
        test.reopen();
        QVERIFY(test.session().workspace().nextStamp() > saved);
    }

    void savedRecordsCarryTheMergeColumns()
    {
        TestWorkspace test;
        Team team;
        team.name = QStringLiteral("Growth");
        team.createdOn = QDate(2026, 1, 1);
        QVERIFY(!test.session().coverage().save(team));
        QVERIFY(!team.meta.id.isEmpty());
        QCOMPARE(team.meta.origin, test.session().workspace().replicaId());
        QCOMPARE(HybridClock::physicalPart(team.meta.hlc), test.clock().nowMs());
        const auto stored = test.session().coverage().team(team.meta.id);
        QVERIFY(stored);
        QCOMPARE(*stored, team);
    }

    void migrationScriptsSplitIntoStatements()
    {
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "-- a comment; with a semicolon\nCREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON "
            "a "
            "BEGIN\n  UPDATE a SET x = 1;\n  UPDATE a SET x = 2;\nEND;\n-- trailing comment\n"));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements[1].contains(QLatin1String("x = 2")));
        for (const Migration &step : Migrations::all())
            QVERIFY2(!step.statements.isEmpty(), qPrintable(step.name));
    }

    void copyIsAWorkspaceItself()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const QString copy = test.filePath(QStringLiteral("copy.cadence"));
        QVERIFY(!test.session().workspace().copyTo(copy));
        auto opened = WorkspaceSession::open(copy, Clock::system(), Workspace::Access::ReadOnly);
        QVERIFY(opened);
        QCOMPARE(opened.value()->coverage().teams().size(), 18);
        QCOMPARE(opened.value()->workspace().replicaId(), test.session().workspace().replicaId());
    }

    void replacedWorkspaceHoldsTheSourcesRecordsAndReplica()
    {
        TestWorkspace source(WorkspaceFactory::Content::Starter);
        TestWorkspace target;
        Workspace &into = target.session().workspace();
        auto clock = std::make_shared<FixedClock>(TestWorkspace::defaultNow().addDays(1));
        QVERIFY(!into.replaceWith(source.session().workspace(), clock));
        QCOMPARE(into.replicaId(), source.session().workspace().replicaId());
        // Repositories cache what they read: one made on the replaced workspace reads the source.
        CoverageRepository coverage(into);
        QCOMPARE(coverage.teams().size(), 18);
        QCOMPARE(HybridClock::physicalPart(into.nextStamp()), clock->nowMs());
    }

    void replacingRefusesAReadOnlyWorkspaceOrAnOpenChange()
    {
        TestWorkspace source(WorkspaceFactory::Content::Starter);
        TestWorkspace target;
        Workspace &into = target.session().workspace();
        {
            WriteTransaction open(into);
            const Outcome refused = into.replaceWith(source.session().workspace(), Clock::system());
            QVERIFY(refused);
            QVERIFY(refused->what.contains(QLatin1String("being written")));
        }
        QCOMPARE(target.session().coverage().teams().size(), 0);
        target.close();
        auto readOnly =
            Workspace::open(target.path(), Clock::system(), Workspace::Access::ReadOnly);
        QVERIFY(readOnly);
        QVERIFY(readOnly.value()->replaceWith(source.session().workspace(), Clock::system()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspace.moc"
