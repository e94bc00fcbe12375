// Two workspaces kept in step through a sync folder that real sync tools carry between two
// "machines" (two folders here), not mocks: git (two clones of one bare repository, committed,
// pulled and pushed by the test) and Syncthing (two instances on 127.0.0.1 only, with their own
// homes and ports, no discovery, relays, NAT or global announcements, that know each other only
// through the configuration the test writes). Both sides edit, the same field too; both end
// with the same content and the conflict listed on both.
#include "coverage/coveragerepository.h"
#include "mergehistory.h"
#include "sync/syncfolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <sys/prctl.h>

#include <array>
#include <csignal>

using MergeHistory::content;

namespace {

// One PM's workspace with the handbook's data and its sync folder.
struct Replica {
    TestWorkspace workspace{WorkspaceFactory::Content::Starter};
    std::unique_ptr<SyncFolder> folder;

    void syncThrough(const QString &path, qint64 settleMs)
    {
        QVERIFY(!SyncFolder::configure(workspace.session().workspace(), path));
        folder = std::make_unique<SyncFolder>(workspace.session().workspace(), path,
                                              workspace.sharedClock());
        folder->setSettleMs(settleMs);
    }
    void sync()
    {
        const SyncFolder::Pass pass = folder->sync();
        QVERIFY2(!pass.failure, qPrintable(pass.failure ? pass.failure->text() : QString()));
        QVERIFY2(pass.problems.isEmpty(),
                 qPrintable(pass.problems.isEmpty() ? QString() : pass.problems.first().text()));
    }
    Team team(const QString &id)
    {
        for (const Team &team : workspace.session().coverage().teams())
            if (team.meta.id == id)
                return team;
        return {};
    }
    // Renames a team (the same field on both sides: a conflict) and adds a PM, `minutes` from
    // the start.
    void edit(int minutes, const QString &teamId, const QString &teamName, const QString &pmName)
    {
        workspace.clock().advanceMs(minutes * 60 * 1000);
        CoverageRepository &coverage = workspace.session().coverage();
        Team renamed = team(teamId);
        QVERIFY(!renamed.meta.id.isEmpty());
        renamed.name = teamName;
        QVERIFY(!coverage.save(renamed));
        Pm pm;
        pm.name = pmName;
        pm.joinedOn = QDate(2026, 11, 2);
        QVERIFY(!coverage.save(pm));
    }
    Workspace &open() { return workspace.session().workspace(); }
};

// Ana renames a team, Ben renames it a minute later; each adds a PM.
QString editBothSides(Replica &ana, Replica &ben)
{
    const QString teamId = ana.workspace.session().coverage().teams().first().meta.id;
    ana.edit(1, teamId, QStringLiteral("Platform A"), QStringLiteral("Anna"));
    ben.edit(2, teamId, QStringLiteral("Platform B"), QStringLiteral("Ben"));
    return teamId;
}

void expectConverged(Replica &ana, Replica &ben, const QString &teamId)
{
    QCOMPARE(content(ana.open()), content(ben.open()));
    const QStringList names = [&] {
        QStringList list;
        for (const Pm &pm : ben.workspace.session().coverage().pms())
            list << pm.name;
        return list;
    }();
    QVERIFY(names.contains(QStringLiteral("Anna")));
    QVERIFY(names.contains(QStringLiteral("Ben")));
    // The later rename won on both sides; the other is kept as a conflict on both.
    QCOMPARE(ana.team(teamId).name, QStringLiteral("Platform B"));
    for (Replica *replica : {&ana, &ben}) {
        const QList<Conflicts::Conflict> conflicts = Conflicts::all(replica->open());
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().found.table, QStringLiteral("team"));
        QCOMPARE(conflicts.first().found.unit, QStringLiteral("name"));
    }
}

// A process the test runs and waits for, with what it printed on failure.
bool run(const QString &program, const QStringList &arguments, const QString &folder,
         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAll().constData());
        return false;
    }
    return true;
}

// A free TCP port on 127.0.0.1 is likely in this range; each test run picks its own.
quint16 somePort()
{
    return quint16(20000 + QRandomGenerator::global()->bounded(30000));
}

} // namespace

class TestSyncTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void gitCarriesTheFolder()
    {
        const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
        if (git.isEmpty())
            QSKIP("git is not installed (scripts/setup.sh installs it)");
        QTemporaryDir dir;
        // Git's settings of its own, not the user's.
        const QString config = dir.filePath(QStringLiteral("gitconfig"));
        QFile settings(config);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[user]\n\tname = Cadence test\n\temail = test@example.invalid\n"
                       "[init]\n\tdefaultBranch = main\n[pull]\n\trebase = false\n");
        settings.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GIT_CONFIG_GLOBAL"), config);
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        const auto gitIn = [&](const QString &folder, const QStringList &arguments) {
            return run(git, arguments, folder, environment);
        };

        // One repository; Ana's clone says its exports are binary, Ben clones after that.
        const QString remote = dir.filePath(QStringLiteral("team.git"));
        const QString anaFolder = dir.filePath(QStringLiteral("ana"));
        const QString benFolder = dir.filePath(QStringLiteral("ben"));
        QVERIFY(gitIn(dir.path(), {QStringLiteral("init"), QStringLiteral("--bare"), remote}));
        QVERIFY(gitIn(dir.path(), {QStringLiteral("clone"), remote, anaFolder}));
        QFile attributes(anaFolder + QStringLiteral("/.gitattributes"));
        QVERIFY(attributes.open(QIODevice::WriteOnly));
        attributes.write("*.cadence binary\n");
        attributes.close();
        QVERIFY(gitIn(anaFolder, {QStringLiteral("add"), QStringLiteral(".gitattributes")}));
        QVERIFY(gitIn(anaFolder, {QStringLiteral("commit"), QStringLiteral("-m"),
                                  QStringLiteral("Exports are binary")}));
        QVERIFY(
            gitIn(anaFolder, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"),
                              QStringLiteral("origin"), QStringLiteral("main")}));
        QVERIFY(gitIn(dir.path(), {QStringLiteral("clone"), remote, benFolder}));
        const auto commitAndPush = [&](const QString &folder, const QString &message) {
            return gitIn(folder, {QStringLiteral("add"), QStringLiteral("-A")}) &&
                   gitIn(folder,
                         {QStringLiteral("commit"), QStringLiteral("-q"),
                          QStringLiteral("--allow-empty"), QStringLiteral("-m"), message}) &&
                   gitIn(folder, {QStringLiteral("pull"), QStringLiteral("-q"),
                                  QStringLiteral("--no-edit")}) &&
                   gitIn(folder, {QStringLiteral("push"), QStringLiteral("-q")});
        };
        const auto pull = [&](const QString &folder) {
            return gitIn(folder, {QStringLiteral("pull"), QStringLiteral("-q"),
                                  QStringLiteral("--no-edit")});
        };

        Replica ana;
        Replica ben;
        // Files git writes on a pull settle at once: nothing writes them afterwards.
        ana.syncThrough(anaFolder, 0);
        ben.syncThrough(benFolder, 0);
        const QString teamId = editBothSides(ana, ben);

        ana.sync();
        QVERIFY(commitAndPush(anaFolder, QStringLiteral("Ana's edits")));
        ben.sync(); // Ben's export, before pulling Ana's
        QVERIFY(commitAndPush(benFolder, QStringLiteral("Ben's edits")));
        ben.sync(); // merges Ana's, writes Ben's export again
        QVERIFY(commitAndPush(benFolder, QStringLiteral("Ben merged Ana")));
        QVERIFY(pull(anaFolder));
        ana.sync();
        QVERIFY(commitAndPush(anaFolder, QStringLiteral("Ana merged Ben")));
        QVERIFY(pull(benFolder));
        ben.sync();
        expectConverged(ana, ben, teamId);

        // In step: another round commits nothing new.
        ana.sync();
        ben.sync();
        QProcess status;
        status.setProcessEnvironment(environment);
        status.setWorkingDirectory(benFolder);
        status.start(git, {QStringLiteral("status"), QStringLiteral("--porcelain")});
        QVERIFY(status.waitForFinished());
        QCOMPARE(status.readAll(), QByteArray());
    }

    void syncthingCarriesTheFolder()
    {
        const QString syncthing = QStandardPaths::findExecutable(QStringLiteral("syncthing"));
        if (syncthing.isEmpty())
            QSKIP("syncthing is not installed (scripts/setup.sh installs it)");
        QTemporaryDir dir;
        struct Instance {
            QString home;
            QString folder;
            QString deviceId;
            quint16 guiPort = 0;
            quint16 listenPort = 0;
            std::unique_ptr<QProcess> process;
        };
        std::array<Instance, 2> instances;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
        environment.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
        for (int i = 0; i < 2; ++i) {
            Instance &instance = instances[i];
            instance.home = dir.filePath(QStringLiteral("home%1").arg(i));
            instance.folder = dir.filePath(QStringLiteral("shared%1").arg(i));
            // Syncthing wants its folder marker before it shares a folder.
            QVERIFY(QDir().mkpath(instance.folder + QStringLiteral("/.stfolder")));
            QVERIFY(
                run(syncthing,
                    {QStringLiteral("generate"), QStringLiteral("--home=") + instance.home,
                     QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")},
                    dir.path(), environment));
            QProcess id;
            id.setProcessEnvironment(environment);
            id.start(syncthing, {QStringLiteral("serve"), QStringLiteral("--home=") + instance.home,
                                 QStringLiteral("--device-id")});
            QVERIFY(id.waitForFinished(30000));
            instance.deviceId = QString::fromLatin1(id.readAllStandardOutput()).trimmed();
            QVERIFY2(instance.deviceId.count(u'-') == 7, qPrintable(instance.deviceId));
        }
        instances[0].guiPort = somePort();
        instances[1].guiPort = quint16(instances[0].guiPort + 1);
        instances[0].listenPort = quint16(instances[0].guiPort + 2);
        instances[1].listenPort = quint16(instances[0].guiPort + 3);
        for (int i = 0; i < 2; ++i) {
            const Instance &me = instances[i];
            const Instance &other = instances[1 - i];
            // Everything on 127.0.0.1, and nothing that would look beyond it.
            const QString xml =
                QStringLiteral(
                    "<configuration version=\"36\">\n"
                    "  <folder id=\"cadence\" label=\"cadence\" path=\"%1\" type=\"sendreceive\" "
                    "rescanIntervalS=\"1\" fsWatcherEnabled=\"true\" fsWatcherDelayS=\"1\">\n"
                    "    <device id=\"%2\"></device>\n    <device id=\"%3\"></device>\n"
                    "  </folder>\n"
                    "  <device id=\"%2\" name=\"me\"><address>dynamic</address></device>\n"
                    "  <device id=\"%3\" name=\"other\"><address>tcp://127.0.0.1:%4</address>"
                    "</device>\n"
                    "  <gui enabled=\"true\" tls=\"false\"><address>127.0.0.1:%5</address>"
                    "<apikey>cadence-test</apikey></gui>\n"
                    "  <options>\n"
                    "    <listenAddress>tcp://127.0.0.1:%6</listenAddress>\n"
                    "    <globalAnnounceEnabled>false</globalAnnounceEnabled>\n"
                    "    <localAnnounceEnabled>false</localAnnounceEnabled>\n"
                    "    <relaysEnabled>false</relaysEnabled>\n"
                    "    <natEnabled>false</natEnabled>\n"
                    "    <stunKeepaliveStartS>0</stunKeepaliveStartS>\n"
                    "    <startBrowser>false</startBrowser>\n"
                    "    <urAccepted>-1</urAccepted>\n"
                    "    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>\n"
                    "    <crashReportingEnabled>false</crashReportingEnabled>\n"
                    "    <reconnectionIntervalS>1</reconnectionIntervalS>\n"
                    "  </options>\n"
                    "</configuration>\n")
                    .arg(me.folder, me.deviceId, other.deviceId)
                    .arg(other.listenPort)
                    .arg(me.guiPort)
                    .arg(me.listenPort);
            QFile config(me.home + QStringLiteral("/config.xml"));
            QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
            config.write(xml.toUtf8());
        }
        for (Instance &instance : instances) {
            instance.process = std::make_unique<QProcess>();
            instance.process->setProcessEnvironment(environment);
            instance.process->setProcessChannelMode(QProcess::MergedChannels);
            // Stopped with the test even if it dies: Syncthing's monitor passes the signal to
            // the instance it runs.
            instance.process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
            instance.process->start(
                syncthing, {QStringLiteral("serve"), QStringLiteral("--home=") + instance.home,
                            QStringLiteral("--no-browser"), QStringLiteral("--no-restart"),
                            QStringLiteral("--no-upgrade")});
            QVERIFY(instance.process->waitForStarted());
        }
        // Stopped here on success and on failure alike.
        const auto stop = qScopeGuard([&] {
            for (Instance &instance : instances)
                if (instance.process && instance.process->state() != QProcess::NotRunning) {
                    instance.process->terminate();
                    if (!instance.process->waitForFinished(10000))
                        instance.process->kill();
                    instance.process->waitForFinished();
                }
        });

        Replica ana;
        Replica ben;
        // Syncthing writes a temporary file and renames it; the settle time stays as in the app.
        ana.syncThrough(instances[0].folder, 1000);
        ben.syncThrough(instances[1].folder, 1000);
        const QString teamId = editBothSides(ana, ben);

        QElapsedTimer clock;
        clock.start();
        constexpr qint64 LimitMs = 60000;
        bool converged = false;
        while (!converged && clock.elapsed() < LimitMs) {
            ana.sync();
            ben.sync();
            converged = content(ana.open()) == content(ben.open()) &&
                        Conflicts::all(ana.open()).size() == 1 &&
                        Conflicts::all(ben.open()).size() == 1;
            if (!converged)
                QTest::qWait(250);
        }
        for (Instance &instance : instances)
            if (!converged)
                qWarning("%s", instance.process->readAll().constData());
        QVERIFY2(converged, "the two workspaces did not converge within 60 s");
        qInfo("converged through Syncthing in %lld ms", clock.elapsed());
        expectConverged(ana, ben, teamId);
    }
};

QTEST_GUILESS_MAIN(TestSyncTools)
#include "tst_synctools.moc"
