// What opening a workspace checks, and what follows from it (issue 16): the integrity check of
// a file that opened before it (in the background, before bulk writes) and the read-only
// session of a damaged one; the schema every version promises; schema versions that are not
// versions; pipes and links that are not files; backups kept per workspace; references.
#include "coverage/coveragerepository.h"
#include "filetools.h"
#include "shell/damagebanner.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "workspace/bulkwrite.h"
#include "workspace/verifiedworkspaces.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

namespace {

Team newTeam(const QString &name)
{
    Team team;
    team.name = name;
    team.createdOn = QDate(2026, 1, 1);
    return team;
}

QStringList tablesOf(const QString &path)
{
    QStringList tables;
    auto opened = Workspace::open(path, Clock::system(), Workspace::Access::ReadOnly);
    if (!opened)
        return tables;
    QSqlQuery query(opened.value()->database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

} // namespace

class TestWorkspaceChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void aFileThatOpensBeforeItsCheckIsCheckedBeforeABulkWrite()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        test.close(); // closed cleanly after it was made: it may open without waiting
        QVERIFY(FileTools::damageIndexPageKeepingTheFingerprint(test.path()));
        const QByteArray before = FileTools::digest(test.path());

        auto opened = Workspace::open(test.path(), Clock::system());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.problem().text()));
        Workspace &workspace = *opened.value();
        QCOMPARE(workspace.integrity(), Workspace::Integrity::Unchecked);
        QVERIFY(!workspace.isReadOnly());
        BulkWrite bulk(workspace, {QStringLiteral("team")});
        QVERIFY(!bulk.isOpen());
        QVERIFY2(bulk.problem()->what.contains(QLatin1String("damaged")),
                 qPrintable(bulk.problem()->what));
        // From now on nothing writes to it, bulk or not.
        QCOMPARE(workspace.integrity(), Workspace::Integrity::Damaged);
        QVERIFY(workspace.isReadOnly());
        QVERIFY(workspace.mayWrite().has_value());
        WriteTransaction small(workspace);
        QVERIFY(!small.isOpen());
        QVERIFY(small.problem()->what.contains(QLatin1String("will not write")));
        opened.value().reset();
        QCOMPARE(FileTools::digest(test.path()), before);
        // And it is no longer trusted: the next opening checks it first, and refuses it.
        auto again = Workspace::open(test.path(), Clock::system());
        QVERIFY(!again);
        QVERIFY2(again.problem().what.contains(QLatin1String("damaged")),
                 qPrintable(again.problem().what));
        QCOMPARE(FileTools::digest(test.path()), before);
    }

    void theBackgroundCheckTurnsADamagedSessionReadOnly()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        test.close();
        QVERIFY(FileTools::damageIndexPageKeepingTheFingerprint(test.path()));
        auto opened = WorkspaceSession::open(test.path(), Clock::system());
        QVERIFY(opened);
        WorkspaceSession &session = *opened.value();
        QSignalSpy damaged(&session, &WorkspaceSession::damaged);
        session.checkInBackground();
        QVERIFY(damaged.wait(20000));
        QVERIFY(session.workspace().isReadOnly());
        QCOMPARE(session.workspace().mayWrite()->file, test.path());
        Team team = newTeam(QStringLiteral("Written anyway"));
        QVERIFY(session.coverage().save(team).has_value());
    }

    void theBackgroundCheckPassesAnIntactFile()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        test.reopen(); // known intact: opens before its check
        WorkspaceSession &session = test.session();
        QCOMPARE(session.workspace().integrity(), Workspace::Integrity::Unchecked);
        QSignalSpy damaged(&session, &WorkspaceSession::damaged);
        session.checkInBackground();
        QTRY_COMPARE_WITH_TIMEOUT(session.workspace().integrity(), Workspace::Integrity::Intact,
                                  20000);
        QVERIFY(damaged.isEmpty());
        Team team = newTeam(QStringLiteral("Growth"));
        QVERIFY(!session.coverage().save(team));
    }

    void theTrustedListKeepsTheFilesNotedLast()
    {
        // Every workspace, export and copy ever closed would otherwise stay on it.
        QTemporaryDir dir;
        const auto clock = std::make_shared<FixedClock>(TestWorkspace::defaultNow());
        QStringList paths;
        for (int i = 0; i < 70; ++i) {
            paths << dir.filePath(QStringLiteral("w%1.cadence").arg(i));
            QVERIFY(Workspace::create(paths.last(), clock));
        }
        QVERIFY(!VerifiedWorkspaces::isUnchangedSinceCheck(paths.first()));
        QVERIFY(VerifiedWorkspaces::isUnchangedSinceCheck(paths.last()));
        VerifiedWorkspaces::noteChecked(paths.first());
        QVERIFY(VerifiedWorkspaces::isUnchangedSinceCheck(paths.first()));
        QVERIFY(!VerifiedWorkspaces::isUnchangedSinceCheck(paths[6]));
    }

    void aTrustedSessionClosedCleanlyStaysTrusted()
    {
        // Edits made before the background check finished do not cost the next start its
        // fast opening: the file is trusted as long as no check finds it damaged.
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        test.reopen();
        QCOMPARE(test.session().workspace().integrity(), Workspace::Integrity::Unchecked);
        Team team = newTeam(QStringLiteral("Growth"));
        QVERIFY(!test.session().coverage().save(team));
        test.reopen();
        QCOMPARE(test.session().workspace().integrity(), Workspace::Integrity::Unchecked);
    }

    void theWindowSaysSoAndOffersTheLatestBackup()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        QVERIFY(test.session().workspace().backup(QStringLiteral("before-merge")));
        Team later = newTeam(QStringLiteral("Made after the backup"));
        QVERIFY(!test.session().coverage().save(later));
        test.close();
        QVERIFY(FileTools::damageIndexPageKeepingTheFingerprint(test.path()));
        const QByteArray damagedBytes = FileTools::digest(test.path());

        MainWindow window;
        window.setPersistent(false);
        QVERIFY(window.openWorkspace(test.path()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<DamageBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        QVERIFY(window.session()->workspace().isReadOnly());
        auto *restore = banner->findChild<QAbstractButton *>(QStringLiteral("restoreBackup"));
        QVERIFY(restore && restore->isVisible());

        QTimer::singleShot(0, this, [] {
            auto *question = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (question)
                question->button(QMessageBox::Ok)->click();
        });
        restore->click();
        QVERIFY(window.session());
        QVERIFY(!window.session()->workspace().isReadOnly());
        QVERIFY(!banner->isVisible());
        QVERIFY(!window.session()->coverage().findTeam(later.name));
        // The damaged file is kept beside it, as it was.
        const QStringList aside = QDir(test.folder()).entryList({QStringLiteral("*.damaged-*")});
        QVERIFY2(!aside.isEmpty(), qPrintable(QDir(test.folder()).entryList().join(u' ')));
        QVERIFY(std::any_of(aside.begin(), aside.end(), [&](const QString &name) {
            return FileTools::digest(test.filePath(name)) == damagedBytes;
        }));
    }

    void everyTableTheSchemaPromisesIsChecked()
    {
        TestWorkspace test;
        test.close();
        const QStringList tables = tablesOf(test.path());
        QVERIFY(tables.contains(QStringLiteral("goal")));
        for (const QString &table : tables) {
            const QString copy = test.filePath(table + QStringLiteral(".cadence"));
            QVERIFY(QFile::copy(test.path(), copy));
            QVERIFY(FileTools::runSql(copy, {QStringLiteral("DROP TABLE %1").arg(table)}));
            auto opened = Workspace::open(copy, Clock::system(), Workspace::Access::ReadOnly);
            QVERIFY2(!opened, qPrintable(table));
            QCOMPARE(opened.problem().file, copy);
            QVERIFY2(opened.problem().what.contains(QStringLiteral("the table %1,").arg(table)),
                     qPrintable(opened.problem().what));
        }
    }

    void everyColumnTheSchemaPromisesIsChecked()
    {
        TestWorkspace test;
        test.close();
        QVERIFY(FileTools::runSql(test.path(),
                                  {QStringLiteral("ALTER TABLE goal DROP COLUMN findings_url")}));
        auto opened = Workspace::open(test.path(), Clock::system());
        QVERIFY(!opened);
        QCOMPARE(opened.problem().what,
                 QStringLiteral("is damaged: schema version %1 has the column goal.findings_url, "
                                "which this file lacks")
                     .arg(Workspace::currentSchemaVersion()));
    }

    void anOlderSchemaIsCheckedBeforeItIsUpgraded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cadence"));
        QVERIFY(QFile::copy(qEnvironmentVariable("CADENCE_TEST_DATA") +
                                QStringLiteral("/workspaces/schema-1.cadence"),
                            path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(FileTools::runSql(path, {QStringLiteral("DROP TABLE assignment")}));
        const QByteArray before = FileTools::digest(path);
        auto opened = Workspace::open(path, Clock::system());
        QVERIFY(!opened);
        QVERIFY2(opened.problem().what.contains(
                     QLatin1String("schema version 1 has the table assignment")),
                 qPrintable(opened.problem().what));
        QCOMPARE(FileTools::digest(path), before);
    }

    void aSchemaVersionThatIsNoVersionIsRefused_data()
    {
        QTest::addColumn<qint64>("version");
        QTest::newRow("-1") << qint64(-1);
        QTest::newRow("INT_MIN") << qint64(std::numeric_limits<qint32>::min());
    }

    void aSchemaVersionThatIsNoVersionIsRefused()
    {
        QFETCH(qint64, version);
        TestWorkspace test;
        test.close();
        QVERIFY(FileTools::runSql(test.path(),
                                  {QStringLiteral("PRAGMA user_version = %1").arg(version)}));
        const QByteArray before = FileTools::digest(test.path());
        auto opened = Workspace::open(test.path(), Clock::system());
        QVERIFY(!opened);
        QCOMPARE(
            opened.problem().what,
            QStringLiteral("is damaged: its schema version (%1) is not a version").arg(version));
        QCOMPARE(FileTools::digest(test.path()), before);
    }

    void whatIsNotARegularFileIsRefusedAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.cadence"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Reading a pipe waits for a writer that never comes: it must not be opened at all.
        auto piped = Workspace::open(fifo, Clock::system(), Workspace::Access::ReadOnly);
        QVERIFY(!piped);
        QVERIFY2(piped.problem().what.contains(QLatin1String("not a regular file")),
                 qPrintable(piped.problem().what));
        auto device = Workspace::open(QStringLiteral("/dev/zero"), Clock::system(),
                                      Workspace::Access::ReadOnly);
        QVERIFY(!device);
        QVERIFY(device.problem().what.contains(QLatin1String("not a regular file")));
    }

    void backupsAreKeptPerWorkspaceNotPerName()
    {
        // Two workspaces of the same name in two folders: each keeps its own backups.
        TestWorkspace first;
        TestWorkspace second;
        QCOMPARE(QFileInfo(first.path()).fileName(), QFileInfo(second.path()).fileName());
        Workspace &one = first.session().workspace();
        Workspace &other = second.session().workspace();
        QVERIFY(one.replicaId() != other.replicaId());
        const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(other.backup(QStringLiteral("before-merge")));
            QTest::qWait(2);
        }
        for (int i = 0; i < 7; ++i) {
            QVERIFY(one.backup(i % 2 ? QStringLiteral("before-merge")
                                     : QStringLiteral("before-upgrade")));
            QTest::qWait(2);
        }
        const QDateTime end = QDateTime::currentDateTimeUtc().addMSecs(1);
        const QList<Backup> ones = one.backups();
        const QList<Backup> others = other.backups();
        QCOMPARE(ones.size(), 5); // the two oldest pruned
        QCOMPARE(others.size(), 2);
        for (const QList<Backup> &list : {ones, others}) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                QVERIFY(list[i].takenAt >= start && list[i].takenAt <= end);
                QCOMPARE(list[i].takenAt.timeSpec(), Qt::UTC);
                QVERIFY(QFileInfo(list[i].path).isFile());
                if (i > 0)
                    QVERIFY(list[i - 1].takenAt > list[i].takenAt); // newest first
            }
        }
        QCOMPARE(ones.first().reason, QStringLiteral("before-upgrade")); // the 7th
        QCOMPARE(ones.last().reason, QStringLiteral("before-upgrade"));  // the 3rd
        QCOMPARE(others.first().reason, QStringLiteral("before-merge"));
        // A backup is a workspace of its own, of the same replica.
        auto copy =
            Workspace::open(ones.first().path, Clock::system(), Workspace::Access::ReadOnly);
        QVERIFY(copy);
        QCOMPARE(copy.value()->replicaId(), one.replicaId());
    }

    void referencesToMissingRecordsAreFound()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        test.close();
        QVERIFY(FileTools::runSql(
            test.path(),
            {QStringLiteral("INSERT INTO assignment (id, team_id, pm_id, support, start_on, hlc, "
                            "origin) SELECT 'orphan', 'no-such-team', id, 'full', '2026-01-01', "
                            "1, 'x' FROM pm LIMIT 1")}));
        test.reopen();
        Workspace &workspace = test.session().workspace();
        const Outcome found = workspace.checkReferences();
        QVERIFY(found);
        QCOMPARE(found->what, QStringLiteral("has records that refer to missing ones: 1 assignment "
                                             "record with a missing team"));
        QVERIFY(!workspace.checkReferences({QStringLiteral("interview")}));

        // A bulk write over that table lands nothing.
        {
            BulkWrite bulk(workspace, {QStringLiteral("assignment")});
            QVERIFY(bulk.isOpen());
            Team team = newTeam(QStringLiteral("In the bulk"));
            QVERIFY(!test.session().coverage().save(team));
            QVERIFY(bulk.commit().has_value());
        }
        QVERIFY(!test.session().coverage().findTeam(QStringLiteral("In the bulk")));
    }
};

QTEST_MAIN(TestWorkspaceChecks)
#include "tst_workspacechecks.moc"
