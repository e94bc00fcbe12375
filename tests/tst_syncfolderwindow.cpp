// The sync folder in the window: Edit ▸ Sync Folder… points the open workspace at a folder,
// the window merges a teammate's export it finds there, writes its own after an edit, and the
// status line says with whom it is in step and since when.
#include "coverage/coveragerepository.h"
#include "shell/mainwindow.h"
#include "shell/syncfolderdialog.h"
#include "shell/syncfolderstatus.h"
#include "sync/syncfolder.h"
#include "sync/syncfolderwatcher.h"
#include "testworkspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QAction *editMenuEntry(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text().remove(u'&') == QLatin1String("Edit"))
            for (QAction *action : menu->menu()->actions())
                if (action->text().remove(u'&') == text)
                    return action;
    return nullptr;
}

QStringList pmNames(WorkspaceSession &session)
{
    QStringList names;
    for (const Pm &pm : session.coverage().pms())
        names << pm.name;
    return names;
}

} // namespace

class TestSyncFolderWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void theWindowSyncsThroughTheFolderItIsGiven()
    {
        QTemporaryDir folder;
        // Ben's workspace has already put its export in the folder.
        TestWorkspace ben(WorkspaceFactory::Content::Starter);
        Pm newcomer;
        newcomer.name = QStringLiteral("Ben");
        newcomer.joinedOn = QDate(2026, 11, 2);
        QVERIFY(!ben.session().coverage().save(newcomer));
        QVERIFY(!SyncFolder::configure(ben.session().workspace(), folder.path()));
        SyncFolder benFolder(ben.session().workspace(), folder.path(), ben.sharedClock());
        benFolder.setSettleMs(0);
        QVERIFY(!benFolder.sync().failure);

        TestWorkspace ana(WorkspaceFactory::Content::Starter);
        const QString path = ana.path();
        ana.close();
        MainWindow window;
        window.setPersistent(false);
        window.show();
        QVERIFY(window.openWorkspace(path));
        auto *status = window.statusBar()->findChild<SyncFolderStatus *>();
        QVERIFY(status);
        QVERIFY(!status->isVisibleTo(&window)); // no sync folder yet
        QVERIFY(!pmNames(*window.session()).contains(QStringLiteral("Ben")));

        QAction *entry = editMenuEntry(window, QStringLiteral("Sync Folder…"));
        QVERIFY(entry);
        QVERIFY(entry->isEnabled());
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SyncFolderDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            status->watcher()->setDelays(200, 100, 0);
            dialog->folderEdit()->setText(folder.path());
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            answered = true;
        });
        entry->trigger();
        QVERIFY(answered);
        QCOMPARE(SyncFolder::configured(window.session()->workspace()), folder.path());

        // Ben's export merged, Ana's written, and the status line says so.
        QTRY_VERIFY(pmNames(*window.session()).contains(QStringLiteral("Ben")));
        QVERIFY(status->isVisibleTo(&window));
        QTRY_COMPARE(status->text(), QStringLiteral("Synced with %1 · just now")
                                         .arg(ben.session().workspace().replicaName()));
        const QString anaExport =
            QDir(folder.path())
                .filePath(SyncFolder::exportName(window.session()->workspace().replicaId()));
        QVERIFY(QFileInfo::exists(anaExport));

        // An edit in the window reaches the folder, and from there Ben.
        Pm anna;
        anna.name = QStringLiteral("Anna");
        anna.joinedOn = QDate(2026, 11, 2);
        QVERIFY(!window.session()->coverage().save(anna));
        QTRY_VERIFY([&] {
            benFolder.sync();
            return pmNames(ben.session()).contains(QStringLiteral("Anna"));
        }());

        // Stop syncing: the status line goes, the folder keeps both exports.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SyncFolderDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (QPushButton *button : dialog->findChildren<QPushButton *>())
                if (button->text().remove(u'&') == QLatin1String("Stop Syncing"))
                    button->click();
        });
        entry->trigger();
        QVERIFY(SyncFolder::configured(window.session()->workspace()).isEmpty());
        QVERIFY(!status->isVisibleTo(&window));
        QVERIFY(QFileInfo::exists(anaExport));
    }
};

QTEST_MAIN(TestSyncFolderWindow)
#include "tst_syncfolderwindow.moc"
