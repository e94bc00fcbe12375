// SQLite's locks on the open workspace survive everything the process does beside SQLite: the
// checks that stat, read the header of or fingerprint the file, and every file dialog, which
// shows the workspace's folder. POSIX locks belong to the process and any close() of any
// descriptor of the file drops them; another program then deletes the write-ahead log the app
// is still writing to, and edits are lost (issue 16, item 1).
#include "charts/chartmodule.h"
#include "charts/chartmoduleapi.h"
#include "clitester.h"
#include "coverage/coveragerepository.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "testworkspace.h"
#include "workspace/integritycheck.h"
#include "workspace/verifiedworkspaces.h"
#include "workspace/workspacefile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCompleter>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <qplatformdefs.h>

#include <functional>

namespace {

quint64 inodeOf(const QString &path)
{
    QT_STATBUF status;
    return QT_STAT(QFile::encodeName(path).constData(), &status) == 0 ? quint64(status.st_ino) : 0;
}

// The inodes on which this process holds a POSIX lock, as the kernel lists them.
QSet<quint64> lockedInodes()
{
    QSet<quint64> inodes;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return inodes;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    // "1: POSIX  ADVISORY  READ 11858 fe:00:10960954 128 128"; waiters have a "->" first.
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields[1] == "POSIX" && fields[4] == pid)
            inodes.insert(fields[5].split(':').value(2).toULongLong());
    }
    return inodes;
}

// A WAL connection that has read holds a shared lock on the file and one on its -shm (the
// "dead man switch" that tells other processes the log is in use).
bool holdsLocks(const QString &path)
{
    const QSet<quint64> locked = lockedInodes();
    return locked.contains(inodeOf(path)) &&
           locked.contains(inodeOf(path + QStringLiteral("-shm")));
}

QAbstractButton *buttonNamed(QWidget *root, const QString &text)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons)
        if (button->text() == text && button->isVisible() && button->isEnabled())
            return button;
    return nullptr;
}

} // namespace

class TestWorkspaceLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        ChartModule::useLinkedIn(cadence_chart_module());
    }

    void checksThatStatReadOrFingerprintTheFileKeepTheLocks()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const QString path = test.path();
        Workspace &workspace = test.session().workspace();
        QVERIFY(!test.session().coverage().teams().isEmpty());
        QVERIFY(holdsLocks(path));
        const std::vector<std::pair<const char *, std::function<void()>>> steps = {
            {"inspect for writing",
             [&] { Workspace::inspect(path, Workspace::Access::ReadWrite); }},
            {"inspect for reading", [&] { Workspace::inspect(path, Workspace::Access::ReadOnly); }},
            {"regular file", [&] { WorkspaceFile::checkIsRegularFile(path); }},
            {"header", [&] { WorkspaceFile::readHeader(path); }},
            {"fingerprint", [&] { WorkspaceFile::fingerprint(path); }},
            {"writable", [&] { WorkspaceFile::checkWritable(path); }},
            {"known intact", [&] { VerifiedWorkspaces::isUnchangedSinceCheck(path); }},
            {"noted intact", [&] { VerifiedWorkspaces::noteChecked(path); }},
            {"integrity check", [&] { IntegrityCheck::run(path); }},
            {"verify", [&] { workspace.verify(); }},
            {"is open", [&] { Workspace::isOpenWorkspaceFile(path); }},
            {"backup", [&] { QVERIFY(workspace.backup(QStringLiteral("test"))); }},
            {"second opening for reading",
             [&] {
                 auto other = Workspace::open(path, Clock::system(), Workspace::Access::ReadOnly);
                 QVERIFY2(other, other ? "" : qPrintable(other.problem().text()));
             }},
            {"second opening for writing",
             [&] {
                 auto other = Workspace::open(path, Clock::system());
                 QVERIFY2(other, other ? "" : qPrintable(other.problem().text()));
             }},
        };
        for (const auto &[name, step] : steps) {
            step();
            QVERIFY2(holdsLocks(path), name);
        }
    }

    void everyFileDialogKeepsTheLocks_data()
    {
        QTest::addColumn<QString>("pane");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("inner"); // a button of the modal dialog that opens first
        QTest::newRow("File ▸ Open…") << QString() << QString() << QString();
        QTest::newRow("New Workspace: Browse…")
            << QString() << QStringLiteral("new") << QStringLiteral("Browse…");
        QTest::newRow("Metrics: Import…")
            << QStringLiteral("metrics") << QStringLiteral("Import…") << QString();
        QTest::newRow("Metrics: Export…")
            << QStringLiteral("metrics") << QStringLiteral("Export…") << QString();
        QTest::newRow("Metrics: Review…, Export PDF…")
            << QStringLiteral("metrics") << QStringLiteral("Review…")
            << QStringLiteral("Export PDF…");
        QTest::newRow("Interviews: Import .ics…")
            << QStringLiteral("interviews") << QStringLiteral("Import .ics…") << QString();
        QTest::newRow("Interviews: Export .ics…")
            << QStringLiteral("interviews") << QStringLiteral("Export .ics…") << QString();
        QTest::newRow("Goals: Markdown import")
            << QStringLiteral("goals") << QStringLiteral("Import…") << QString();
        QTest::newRow("Goals: Markdown export")
            << QStringLiteral("goals") << QStringLiteral("Export") << QString();
        QTest::newRow("File ▸ Print…, output file …")
            << QStringLiteral("week") << QStringLiteral("print") << QStringLiteral("...");
    }

    void everyFileDialogKeepsTheLocks()
    {
        QFETCH(QString, pane);
        QFETCH(QString, button);
        QFETCH(QString, inner);
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const QString path = test.path();
        test.close();
        // Dialogs without a folder of their own start in the working folder.
        const QString workingFolder = QDir::currentPath();
        QDir::setCurrent(test.folder());
        MainWindow window;
        window.setPersistent(false);
        window.resize(1280, 800);
        QVERIFY(window.openWorkspace(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!pane.isEmpty())
            QVERIFY(window.showPane(pane));
        QVERIFY(!window.session()->coverage().teams().isEmpty());
        QVERIFY(holdsLocks(path));

        // Watches for the file dialog; once it lists the workspace's folder (with the types and
        // icons of its files), notes whether the locks held, and closes it.
        bool seen = false;
        bool heldWhileOpen = false;
        bool innerClicked = false;
        int settled = 0;
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                if (dialog->directory().absolutePath() !=
                    QFileInfo(test.folder()).absoluteFilePath())
                    dialog->setDirectory(test.folder());
                // The listing's own work (types and icons of every file, shown or filtered
                // out) runs as the folder loads: asked for here, then given time to finish.
                auto *model = dialog->findChild<QFileSystemModel *>();
                const QModelIndex file = model ? model->index(path) : QModelIndex();
                if (file.isValid()) {
                    for (int column = 0; column < model->columnCount(file.parent()); ++column)
                        model->data(file.siblingAtColumn(column));
                    model->data(file, Qt::DecorationRole);
                }
                if (++settled < 40)
                    return;
                seen = true;
                heldWhileOpen = holdsLocks(path);
                dialog->reject();
            } else if (modal && seen) {
                QMetaObject::invokeMethod(modal, "reject", Qt::QueuedConnection);
            } else if (modal && !innerClicked && !inner.isEmpty()) {
                // A file name completed from the file system (the print dialog's output file):
                // its listing of the workspace's folder must not read the files either.
                for (auto *line : modal->findChildren<QLineEdit *>())
                    if (QCompleter *completer = line->completer())
                        if (auto *files = qobject_cast<QFileSystemModel *>(completer->model())) {
                            const QModelIndex file = files->index(path);
                            for (int column = 0; column < files->columnCount(file.parent());
                                 ++column)
                                files->data(file.siblingAtColumn(column));
                            files->data(file, Qt::DecorationRole);
                        }
                if (QAbstractButton *open = buttonNamed(modal, inner)) {
                    innerClicked = true;
                    QTimer::singleShot(0, open, &QAbstractButton::click);
                }
            }
        });
        watch.start();
        if (button.isEmpty()) {
            window.openWorkspaceDialog();
        } else if (button == QLatin1String("new")) {
            window.newWorkspace();
        } else if (button == QLatin1String("print")) {
            window.print();
        } else if (pane == QLatin1String("goals")) {
            auto *markdown = window.findChild<QToolButton *>(QStringLiteral("goalsMarkdown"));
            QVERIFY(markdown && markdown->menu());
            emit markdown->menu()->aboutToShow();
            const auto actions = markdown->menu()->actions();
            const auto action = std::find_if(actions.begin(), actions.end(), [&](QAction *a) {
                return a->text().startsWith(button);
            });
            QVERIFY(action != actions.end());
            (*action)->trigger();
        } else {
            QAbstractButton *opener = buttonNamed(window.currentPane(), button);
            QVERIFY2(opener, qPrintable(button));
            opener->click();
        }
        QTRY_VERIFY(!QApplication::activeModalWidget());
        watch.stop();
        QDir::setCurrent(workingFolder);
        QVERIFY(seen);
        QVERIFY(heldWhileOpen);
        QVERIFY(holdsLocks(path));
    }

    void editsAfterAFileDialogReachOtherPrograms()
    {
        // The steps: a dialog, another program writing (and closing: it deletes the log
        // when it thinks it was the last to use it), an edit in the window. The other program
        // must see that edit; with the locks gone it read a file without it.
        CliTester cli;
        const QString path = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("sample"), path}).status, 0);
        const QString csv = cli.path(QStringLiteral("one.csv"));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("date,product,metric,value\n2026-11-01,Experiments,activation,0.5\n");
        }
        const QString workingFolder = QDir::currentPath();
        QDir::setCurrent(QFileInfo(path).absolutePath());
        MainWindow window;
        window.setPersistent(false);
        QVERIFY(window.openWorkspace(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPane(QStringLiteral("metrics")));
        QVERIFY(!window.session()->coverage().teams().isEmpty());

        QTimer::singleShot(300, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                QMetaObject::invokeMethod(modal, "reject", Qt::QueuedConnection);
        });
        buttonNamed(window.currentPane(), QStringLiteral("Import…"))->click();
        QDir::setCurrent(workingFolder);

        const auto import = cli.run(
            {QStringLiteral("-w"), path, QStringLiteral("metrics"), QStringLiteral("import"), csv});
        QVERIFY2(import.status == 0, qPrintable(import.err));
        Team team;
        team.name = QStringLiteral("Lock Keepers");
        team.createdOn = QDate(2026, 1, 1);
        QVERIFY(!window.session()->coverage().save(team));
        const auto coverage = cli.run({QStringLiteral("-w"), path, QStringLiteral("coverage"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(coverage.status, 0);
        QVERIFY2(coverage.out.contains(QLatin1String("Lock Keepers,,none")),
                 qPrintable(coverage.out));
    }

    void fileDialogsAreOpenedOnlyThroughTheSharedHelper()
    {
        // Every file dialog, now and to come, must be the one of ui/widgets/filedialogs.h: Qt's
        // default dialog and icon provider read the files they list.
        const QString root = qEnvironmentVariable("CADENCE_SOURCE_DIR");
        static const QRegularExpression direct(
            QStringLiteral("QFileDialog|QFileSystemModel|QFileIconProvider|QMimeDatabase"));
        QStringList offenders;
        for (const char *folder : {"ui", "app", "models"}) {
            QDirIterator files(root + QLatin1Char('/') + QLatin1String(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                if (file.endsWith(QLatin1String("ui/widgets/filedialogs.cpp")))
                    continue;
                QFile source(file);
                QVERIFY(source.open(QIODevice::ReadOnly));
                if (direct.match(QString::fromUtf8(source.readAll())).hasMatch())
                    offenders << file.mid(root.size() + 1);
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestWorkspaceLocks)
#include "tst_workspacelocks.moc"
