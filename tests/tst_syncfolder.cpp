// The sync folder (models/sync/syncfolder.h): each replica writes its own export there and
// merges the others'; files still being written wait, foreign and broken ones are reported
// once and left alone, what was merged is not merged again, and three replicas editing at
// once through one folder end with the same content and nothing lost.
#include "clitester.h"
#include "coverage/coveragerepository.h"
#include "filetools.h"
#include "mergehistory.h"
#include "sync/syncfolder.h"
#include "sync/syncfolderwatcher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace MergeHistory;

namespace {

constexpr int RoundsPerHistory = 150;

QString exportOf(const QString &folder, Workspace &workspace)
{
    return QDir(folder).filePath(SyncFolder::exportName(workspace.replicaId()));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Makes a file look as if it was last written `seconds` ago.
bool age(const QString &path, int seconds)
{
    QFile file(path);
    const QDateTime then = QDateTime::currentDateTime().addSecs(-seconds);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(then, QFileDevice::FileModificationTime);
}

// Makes every file of the folder look written a while ago.
void settle(const QString &folder)
{
    for (const QString &file : QDir(folder).entryList(QDir::Files))
        age(QDir(folder).filePath(file), 10);
}

QStringList problemFiles(const SyncFolder::Pass &pass)
{
    QStringList files;
    for (const Problem &problem : pass.problems)
        files << QFileInfo(problem.file).fileName();
    files.sort();
    return files;
}

Pm pmNamed(const QString &name)
{
    Pm pm;
    pm.name = name;
    pm.joinedOn = QDate(2026, 1, 5);
    return pm;
}

} // namespace

class TestSyncFolder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_templatesDir{historiesRoot()};
    QStringList m_templates;

    // Two replicas of one history (no steps yet) and a folder between them.
    struct Pair {
        History history;
        QTemporaryDir folder;
        SyncFolder first;
        SyncFolder second;
        explicit Pair(const QStringList &templates)
            : history(templates, TestWorkspace::defaultNow())
            , first(history.replica(0), folder.path(),
                    std::make_shared<FixedClock>(TestWorkspace::defaultNow()))
            , second(history.replica(1), folder.path(),
                     std::make_shared<FixedClock>(TestWorkspace::defaultNow()))
        {
            first.setSettleMs(0);
            second.setSettleMs(0);
        }
        void edit(int replica, int goal, int value)
        {
            history.run({Step::Edit, replica, 0, goal, 0, value, 0});
        }
    };

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        // Two histories of RoundsPerHistory steps each; the seed is fixed.
        if (qEnvironmentVariableIsEmpty("RC_PARAMS"))
            qputenv("RC_PARAMS", "seed=20261202 max_success=2");
        m_templates = makeTemplates(m_templatesDir.path());
        QCOMPARE(m_templates.size(), Replicas);
    }

    void eachWritesItsOwnExportAndMergesTheOther()
    {
        Pair pair(m_templates);
        pair.edit(0, 0, 1);
        pair.edit(1, 1, 2);

        const SyncFolder::Pass first = pair.first.sync();
        QVERIFY2(!first.failure, qPrintable(first.failure ? first.failure->text() : QString()));
        QVERIFY(first.exported);
        QVERIFY(first.merged.isEmpty());
        QVERIFY(QFileInfo::exists(exportOf(pair.folder.path(), pair.history.replica(0))));

        const SyncFolder::Pass second = pair.second.sync();
        QVERIFY(!second.failure);
        QCOMPARE(second.merged.size(), 1);
        QCOMPARE(second.merged.first().replicaId, pair.history.replica(0).replicaId());
        QVERIFY(second.exported);
        QCOMPARE(pair.second.peers(), QStringList{pair.history.replica(0).replicaName()});

        QVERIFY(!pair.first.sync().failure);
        QCOMPARE(content(pair.history.replica(0)), content(pair.history.replica(1)));
        // Only the two exports: no half-written file, no SQLite log left in the folder.
        QCOMPARE(QDir(pair.folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void whatWasMergedIsNotMergedAgain()
    {
        Pair pair(m_templates);
        pair.edit(0, 0, 1);
        pair.edit(1, 0, 2); // the same field: a conflict on both sides
        for (int round = 0; round < 2; ++round) {
            QVERIFY(!pair.first.sync().failure);
            QVERIFY(!pair.second.sync().failure);
        }
        QCOMPARE(content(pair.history.replica(0)), content(pair.history.replica(1)));
        QCOMPARE(Conflicts::all(pair.history.replica(0)).size(), 1);
        QCOMPARE(Conflicts::all(pair.history.replica(1)).size(), 1);

        // In step: neither merges nor exports, however often it looks, and a new SyncFolder
        // (the app started again) remembers what it merged.
        const int backups = int(pair.history.replica(0).backups().size());
        const QString newest = pair.history.replica(0).backups().first().path;
        SyncFolder restarted(pair.history.replica(0), pair.folder.path(),
                             std::make_shared<FixedClock>(TestWorkspace::defaultNow()));
        restarted.setSettleMs(0);
        for (SyncFolder *folder : {&pair.first, &pair.second, &restarted}) {
            const SyncFolder::Pass pass = folder->sync();
            QVERIFY(!pass.failure);
            QVERIFY(pass.merged.isEmpty());
            QVERIFY(!pass.exported);
        }
        QCOMPARE(int(pair.history.replica(0).backups().size()), backups);
        QCOMPARE(pair.history.replica(0).backups().first().path, newest);
        QCOMPARE(restarted.peers(), QStringList{pair.history.replica(1).replicaName()});

        // A new edit travels, once.
        pair.edit(1, 2, 3);
        QVERIFY(pair.second.sync().exported);
        QCOMPARE(restarted.sync().merged.size(), 1);
        QVERIFY(restarted.sync().merged.isEmpty());
        QCOMPARE(content(pair.history.replica(0)), content(pair.history.replica(1)));
    }

    void foreignAndBrokenFilesAreReportedOnceAndLeftAlone()
    {
        Pair pair(m_templates);
        pair.edit(1, 0, 1);
        QVERIFY(!pair.second.sync().failure);
        const QString folder = pair.folder.path();
        const QString good = exportOf(folder, pair.history.replica(1));
        QFile source(good);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        source.close();
        QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "minutes of Monday\n"));
        QVERIFY(
            writeFile(folder + QStringLiteral("/cadence-garbage.cadence"), QByteArray(8192, 'x')));
        // Half of an export, long enough ago that nobody is still writing it.
        const QString truncated = folder + QStringLiteral("/cadence-truncated.cadence");
        QVERIFY(writeFile(truncated, bytes.left(bytes.size() / 2)));
        QVERIFY(age(truncated, 120));
        QStringList files = QDir(folder).entryList(QDir::Files);
        QList<QByteArray> digests;
        for (const QString &file : std::as_const(files))
            digests << FileTools::digest(QDir(folder).filePath(file));
        const QStringList before = content(pair.history.replica(0));

        const SyncFolder::Pass pass = pair.first.sync();
        QVERIFY2(!pass.failure, qPrintable(pass.failure ? pass.failure->text() : QString()));
        QCOMPARE(problemFiles(pass), (QStringList{QStringLiteral("cadence-garbage.cadence"),
                                                  QStringLiteral("cadence-truncated.cadence"),
                                                  QStringLiteral("notes.txt")}));
        for (const Problem &problem : pass.problems)
            QVERIFY2(!problem.text().contains(u'\n') && !problem.what.isEmpty(),
                     qPrintable(problem.text()));
        // The good export merged all the same, and only it.
        QCOMPARE(pass.merged.size(), 1);
        QVERIFY(content(pair.history.replica(0)) != before);
        QCOMPARE(content(pair.history.replica(0)), content(pair.history.replica(1)));

        // Once: the next pass is quiet about them; nothing was deleted or touched.
        QVERIFY(pair.first.sync().problems.isEmpty());
        for (int i = 0; i < files.size(); ++i)
            QCOMPARE(FileTools::digest(QDir(folder).filePath(files[i])), digests[i]);
        // A file that changes is looked at again.
        QVERIFY(writeFile(folder + QStringLiteral("/notes.txt"), "minutes of Tuesday\n"));
        QCOMPARE(problemFiles(pair.first.sync()), QStringList{QStringLiteral("notes.txt")});
    }

    void filesStillBeingWrittenWait()
    {
        Pair pair(m_templates);
        pair.edit(1, 0, 1);
        QVERIFY(!pair.second.sync().failure);
        pair.first.setSettleMs(2000);
        const QString folder = pair.folder.path();
        const QString good = exportOf(folder, pair.history.replica(1));
        // A teammate's export arriving under another name (a copy, not a sync tool's rename):
        // just written, so perhaps not finished.
        const QString arriving = folder + QStringLiteral("/cadence-arriving.cadence");
        QVERIFY(QFile::copy(good, arriving));
        QFile::remove(good);
        QVERIFY(age(arriving, 0));
        SyncFolder::Pass pass = pair.first.sync();
        QCOMPARE(pass.pending, QStringList{arriving});
        QVERIFY(pass.merged.isEmpty());
        QVERIFY(pass.problems.isEmpty());

        // Shorter than its header says, a few seconds old: a copy still under way.
        QFile file(arriving);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        file.close();
        QVERIFY(writeFile(arriving, whole.left(whole.size() - 4096)));
        QVERIFY(age(arriving, 5));
        pass = pair.first.sync();
        QCOMPARE(pass.pending, QStringList{arriving});
        QVERIFY(pass.problems.isEmpty());

        // Finished and settled: merged.
        QVERIFY(writeFile(arriving, whole));
        QVERIFY(age(arriving, 5));
        pass = pair.first.sync();
        QVERIFY(pass.pending.isEmpty());
        QCOMPARE(pass.merged.size(), 1);
        QCOMPARE(content(pair.history.replica(0)), content(pair.history.replica(1)));
    }

    void syncToolFilesAreHandled()
    {
        Pair pair(m_templates);
        pair.edit(0, 0, 1);
        pair.edit(1, 1, 1);
        QVERIFY(!pair.first.sync().failure);
        QVERIFY(!pair.second.sync().failure);
        const QString folder = pair.folder.path();
        const QString mine = exportOf(folder, pair.history.replica(0));
        const QString theirs = exportOf(folder, pair.history.replica(1));
        const QString stem = QFileInfo(theirs).completeBaseName();
        // Syncthing's and Dropbox's temporary files, git's folder, SQLite's companions, and
        // a conflict copy of this replica's own export: nothing to say, nothing to merge.
        QVERIFY(QDir(folder).mkdir(QStringLiteral(".git")));
        QVERIFY(QFile::copy(theirs, folder + QStringLiteral("/.syncthing.") + stem +
                                        QStringLiteral(".cadence.tmp")));
        QVERIFY(QFile::copy(theirs, folder + QStringLiteral("/.~dropbox.cadence")));
        QVERIFY(QFile::copy(theirs, theirs + QStringLiteral("-wal")));
        QVERIFY(QFile::copy(mine,
                            folder + u'/' + QFileInfo(mine).completeBaseName() +
                                QStringLiteral(".sync-conflict-20261202-101010-ABCDEFG.cadence")));
        // A teammate's edit that reached this machine only as a conflict copy of their export
        // (Dropbox's name): an export of theirs like any other.
        pair.edit(1, 2, 2);
        QVERIFY(!pair.second.sync().failure);
        QVERIFY(QFile::rename(theirs,
                              folder + u'/' + stem +
                                  QStringLiteral(" (Ben's conflicted copy 2026-12-02).cadence")));
        for (const QString &file : QDir(folder).entryList(QDir::Files | QDir::Hidden))
            QVERIFY(age(QDir(folder).filePath(file), 5));

        const SyncFolder::Pass pass = pair.first.sync();
        QVERIFY2(pass.problems.isEmpty(),
                 qPrintable(pass.problems.isEmpty() ? QString() : pass.problems.first().text()));
        QVERIFY(!pass.failure);
        QCOMPARE(pass.merged.size(), 1);
        QVERIFY(pass.merged.first().file.contains(QStringLiteral("conflicted copy")));
        QCOMPARE(content(pair.history.replica(0)), content(pair.history.replica(1)));
    }

    void threeReplicasEditingAtOnceConverge()
    {
        // A few hundred rounds of edits, deletions, points and clock skew on three replicas
        // whose merges all go through one folder: each merge step has both replicas sync.
        const QStringList templates = m_templates;
        int rounds = 0;
        const bool ok = rc::check("three replicas through a sync folder", [&] {
            const auto steps = *rc::gen::container<std::vector<Step>>(RoundsPerHistory,
                                                                      rc::gen::arbitrary<Step>());
            History history(templates, TestWorkspace::defaultNow().addSecs(60));
            QTemporaryDir shared;
            std::vector<std::unique_ptr<SyncFolder>> folders;
            for (int i = 0; i < Replicas; ++i) {
                folders.push_back(std::make_unique<SyncFolder>(
                    history.replica(i), shared.path(),
                    std::make_shared<FixedClock>(TestWorkspace::defaultNow())));
                folders.back()->setSettleMs(0);
            }
            const auto sync = [&](int replica) {
                const SyncFolder::Pass pass = folders[replica]->sync();
                RC_ASSERT(!pass.failure);
                RC_ASSERT(pass.problems.isEmpty());
                RC_ASSERT(pass.pending.isEmpty());
            };
            history.mergeThrough([&](int into, int from) {
                sync(from);
                sync(into);
            });
            for (const Step &step : steps) {
                history.run(step);
                history.checkClocks();
            }
            rounds += int(steps.size());
            for (int round = 0; round < 2; ++round)
                for (int replica = 0; replica < Replicas; ++replica)
                    sync(replica);
            history.checkClocks();
            const QStringList everywhere = content(history.replica(0));
            RC_ASSERT(content(history.replica(1)) == everywhere);
            RC_ASSERT(content(history.replica(2)) == everywhere);
            // In step: a pass now changes nothing anywhere (it may still take in the
            // exports written last, which hold nothing new), and the next one merges
            // nothing at all.
            for (int replica = 0; replica < Replicas; ++replica) {
                const SyncFolder::Pass pass = folders[replica]->sync();
                RC_ASSERT(!pass.changed());
                RC_ASSERT(!pass.exported);
            }
            for (int replica = 0; replica < Replicas; ++replica) {
                const SyncFolder::Pass pass = folders[replica]->sync();
                RC_ASSERT(pass.merged.isEmpty());
                RC_ASSERT(!pass.exported);
                checkNothingLost(history, history.replica(replica));
            }
        });
        QVERIFY(ok);
        qInfo("%d rounds", rounds);
        QVERIFY(rounds >= 300);
    }

    void theWindowsWatcherExportsAfterEditsAndMergesWhatArrives()
    {
        QTemporaryDir folder;
        TestWorkspace ana;
        TestWorkspace ben;
        QVERIFY(!SyncFolder::configure(ana.session().workspace(), folder.path()));
        QVERIFY(!SyncFolder::configure(ben.session().workspace(), folder.path()));
        SyncFolderWatcher anaWatcher(ana.session());
        SyncFolderWatcher benWatcher(ben.session());
        QVERIFY(anaWatcher.isActive());
        for (SyncFolderWatcher *watcher : {&anaWatcher, &benWatcher})
            watcher->setDelays(300, 100, 0);
        QSignalSpy anaPasses(&anaWatcher, &SyncFolderWatcher::synced);
        QSignalSpy benPasses(&benWatcher, &SyncFolderWatcher::synced);
        // Both write their exports at start.
        QTRY_VERIFY(QFileInfo::exists(exportOf(folder.path(), ana.session().workspace())));
        QTRY_VERIFY(QFileInfo::exists(exportOf(folder.path(), ben.session().workspace())));

        QTest::qWait(500); // the passes the first exports set off
        // Typing: five edits in quick succession make one export, after the quiet time.
        const QString path = exportOf(folder.path(), ana.session().workspace());
        const QByteArray before = FileTools::digest(path);
        anaPasses.clear();
        for (int i = 0; i < 5; ++i) {
            Pm pm = pmNamed(QStringLiteral("Anna %1").arg(i));
            QVERIFY(!ana.session().coverage().save(pm));
            QTest::qWait(50);
        }
        QCOMPARE(FileTools::digest(path), before);
        QTRY_VERIFY(FileTools::digest(path) != before);
        int exports = 0;
        QTest::qWait(500);
        for (const QList<QVariant> &pass : std::as_const(anaPasses))
            exports += pass.first().value<SyncFolder::Pass>().exported ? 1 : 0;
        QCOMPARE(exports, 1);

        // Ben's watcher sees the new export and merges it, then the other way round.
        QTRY_COMPARE(content(ben.session().workspace()), content(ana.session().workspace()));
        Pm ben1 = pmNamed(QStringLiteral("Ben"));
        QVERIFY(!ben.session().coverage().save(ben1));
        QTRY_COMPARE(content(ana.session().workspace()), content(ben.session().workspace()));
        QCOMPARE(anaWatcher.peers(), QStringList{ben.session().workspace().replicaName()});
        QVERIFY(anaWatcher.lastSynced().isValid());
        QVERIFY(!benPasses.isEmpty());
    }

    void theCommandLine()
    {
        CliTester cli;
        const QString ana = cli.path(QStringLiteral("ana.cadence"));
        const QString ben = cli.path(QStringLiteral("ben.cadence"));
        const QString folder = cli.path(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(cli.run({QStringLiteral("init"), ana}).status, 0);
        QCOMPARE(cli.run({QStringLiteral("init"), QStringLiteral("--empty"), ben}).status, 0);

        auto run = cli.run({QStringLiteral("-w"), ana, QStringLiteral("sync")});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, QStringLiteral("cadence: %1: has no sync folder; set one with 'cadence "
                                         "sync-folder set DIR'\n")
                              .arg(ana));
        run = cli.run({QStringLiteral("-w"), ana, QStringLiteral("sync-folder"),
                       QStringLiteral("set"), folder + QStringLiteral("/missing")});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.contains(QStringLiteral("no such folder")));
        run = cli.run({QStringLiteral("-w"), ana, QStringLiteral("sync-folder"),
                       QStringLiteral("set"), QFileInfo(ana).absolutePath()});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("holds this workspace itself")),
                 qPrintable(run.err));
        for (const QString &workspace : {ana, ben}) {
            run = cli.run({QStringLiteral("-w"), workspace, QStringLiteral("sync-folder"),
                           QStringLiteral("set"), folder});
            QVERIFY2(run.status == 0, qPrintable(run.err));
        }
        run = cli.run(
            {QStringLiteral("-w"), ana, QStringLiteral("sync-folder"), QStringLiteral("show")});
        QCOMPARE(run.out, folder + u'\n');

        run = cli.run({QStringLiteral("-w"), ana, QStringLiteral("sync")});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Exported cadence-")), qPrintable(run.out));
        QVERIFY(QFile::copy(ana, folder + QStringLiteral("/notes.cadence.txt")));
        // The exports were written a moment ago: made to look settled, or the command gives
        // them two seconds first (the window's own waiting is tested above).
        settle(folder);
        run = cli.run({QStringLiteral("-w"), ben, QStringLiteral("sync"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("merged")).toArray().size(), 1);
        const QJsonObject total = json.value(QStringLiteral("merged"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("total"))
                                      .toObject();
        QVERIFY(total.value(QStringLiteral("added")).toInt() > 10);
        QVERIFY(json.value(QStringLiteral("exported")).toBool());
        QCOMPARE(json.value(QStringLiteral("skipped")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("skipped"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("file"))
                     .toString(),
                 folder + QStringLiteral("/notes.cadence.txt"));

        settle(folder);
        run = cli.run({QStringLiteral("-w"), ana, QStringLiteral("sync")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(QStringLiteral("In step with")), qPrintable(run.out));
        QCOMPARE(run.err.count(u'\n'), 1); // the foreign file, named
        QVERIFY(run.err.startsWith(QStringLiteral("cadence: %1/notes.cadence.txt: ").arg(folder)));

        // Another writer holds the workspace (here: this test, as the window would): the sync
        // waits a moment, then says so in one line, and the workspace is as it was.
        {
            const QString other = cli.path(QStringLiteral("other.cadence"));
            QCOMPARE(cli.run({QStringLiteral("init"), QStringLiteral("--empty"), other}).status, 0);
            QCOMPARE(cli.run({QStringLiteral("-w"), other, QStringLiteral("export"),
                              folder + QStringLiteral("/cadence-other.cadence")})
                         .status,
                     0);
            settle(folder);
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(ana);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const QByteArray before = FileTools::digest(ana);
            run = cli.run({QStringLiteral("-w"), ana, QStringLiteral("sync")});
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            query.finish();
            db.close();
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.endsWith(QStringLiteral("cadence: %1: another program — perhaps "
                                                     "Cadence's window — is writing to it; try "
                                                     "again when it is done\n")
                                          .arg(ana)),
                     qPrintable(run.err));
            QCOMPARE(FileTools::digest(ana), before);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));

        run = cli.run(
            {QStringLiteral("-w"), ana, QStringLiteral("sync-folder"), QStringLiteral("unset")});
        QCOMPARE(run.status, 0);
        run = cli.run(
            {QStringLiteral("-w"), ana, QStringLiteral("sync-folder"), QStringLiteral("show")});
        QVERIFY(run.out.startsWith(QStringLiteral("No sync folder")));
    }
};

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "tst_syncfolder.moc"
