// The main window's shell: the welcome page, opening workspaces (and refusing bad ones),
// recent files, and the remembered geometry.
#include "core/settings.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "testworkspace.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void welcomePageOffersTheStartingPoints()
    {
        MainWindow window;
        window.setPersistent(false);
        window.show();
        QVERIFY(!window.session());
        QVERIFY(window.paneIds().isEmpty());
        QStringList choices;
        for (auto *button : window.findChildren<QCommandLinkButton *>())
            if (button->isVisibleTo(&window))
                choices << button->text();
        QCOMPARE(choices.size(), 4);
        QVERIFY(choices.contains(QStringLiteral("Start from the handbook")));
        QVERIFY(choices.contains(QStringLiteral("Start empty")));
        QVERIFY(choices.contains(QStringLiteral("Explore sample data")));
        QVERIFY(
            !window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisibleTo(&window));
    }

    void fileMenuHasTheUsualEntries()
    {
        MainWindow window;
        QStringList entries;
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        for (QAction *action : menus.first()->menu()->actions())
            if (!action->isSeparator())
                entries << action->text().remove(QLatin1Char('&'));
        QCOMPARE(entries, (QStringList{QStringLiteral("New Workspace…"), QStringLiteral("Open…"),
                                       QStringLiteral("Open Recent"), QStringLiteral("Quit")}));
    }

    void openingShowsThePanesAndRemembersTheFile()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const QString path = test.path();
        test.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        QVERIFY(window.paneIds().contains(QStringLiteral("coverage")));
        QVERIFY(window.showPane(QStringLiteral("coverage")));
        QCOMPARE(window.currentPane()->paneId(), QStringLiteral("coverage"));
        QCOMPARE(Settings().recentWorkspaces().first(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window.windowTitle().contains(QLatin1String("test.cadence")));
        window.setSession(nullptr);
    }

    void aBadFileIsRefusedAndTheOpenWorkspaceStays()
    {
        TestWorkspace good(WorkspaceFactory::Content::Starter);
        const QString goodPath = good.path();
        good.close();
        const QString bad = good.filePath(QStringLiteral("notes.cadence"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a workspace");
        file.close();

        MainWindow window;
        window.setPersistent(false);
        window.show();
        QVERIFY(window.openWorkspace(goodPath));
        QString shown;
        QTimer::singleShot(0, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(!window.openWorkspace(bad));
        QVERIFY(shown.contains(QLatin1String("notes.cadence")));
        QVERIFY(shown.contains(QLatin1String("not a Cadence workspace")));
        QCOMPARE(window.session()->path(), goodPath);
        window.setSession(nullptr);
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.resize(900, 640);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again;
        again.restoreLayout();
        QCOMPARE(again.size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
