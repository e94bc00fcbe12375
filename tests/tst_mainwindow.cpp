// The main window's shell: the welcome page, opening workspaces (and refusing bad ones),
// recent files, panes built on first show, the status line, and the remembered geometry.
#include "core/settings.h"
#include "coverage/coveragerepository.h"
#include "goals/goaleditor.h"
#include "goals/goalrepository.h"
#include "goals/goalspane.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "testworkspace.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

// Shows a window that remembers nothing (no recent files, no geometry) on the workspace at
// `path`; whether it opened it.
bool showOn(MainWindow &window, const QString &path)
{
    window.setPersistent(false);
    window.show();
    return window.openWorkspace(path);
}

} // namespace

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
        // Nothing recent yet: no heading over an empty list.
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY(!label->isVisibleTo(&window) ||
                    label->text() != QStringLiteral("Recent workspaces"));
        // To look at the page: CADENCE_TEST_SCREENSHOTS=FOLDER keeps it at two sizes.
        if (const QString folder = qEnvironmentVariable("CADENCE_TEST_SCREENSHOTS");
            !folder.isEmpty()) {
            for (const QSize size : {QSize(1280, 800), QSize(800, 560)}) {
                window.resize(size);
                QCoreApplication::processEvents();
                QVERIFY(window.grab().save(QStringLiteral("%1/welcome-%2x%3.png")
                                               .arg(folder)
                                               .arg(size.width())
                                               .arg(size.height())));
            }
        }
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
        QCOMPARE(entries,
                 (QStringList{QStringLiteral("New Workspace…"), QStringLiteral("Open…"),
                              QStringLiteral("Open Recent"), QStringLiteral("Export Workspace…"),
                              QStringLiteral("Merge From…"), QStringLiteral("Restore Backup…"),
                              QStringLiteral("Print…"), QStringLiteral("Quit")}));
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

    void panesAreBuiltWhenFirstShown()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const QString path = test.path();
        test.close();
        MainWindow window;
        QVERIFY(showOn(window, path));
        // Every pane is in the navigation, but only the one on screen has been built: This
        // week, where Cadence opens.
        const QStringList ids = window.paneIds();
        QCOMPARE(ids.first(), QStringLiteral("week"));
        QVERIFY(ids.size() > 1);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), ids.size());
        QCOMPARE(window.currentPane()->paneId(), QStringLiteral("week"));
        for (const QString &id : ids)
            QCOMPARE(window.builtPane(id) != nullptr, id == QStringLiteral("week"));

        // Choosing another entry builds its pane, shows it, and keeps the first one.
        navigation->setCurrentRow(1);
        QVERIFY(window.builtPane(ids[1]));
        QCOMPARE(window.currentPane()->paneId(), ids[1]);
        QCOMPARE(navigation->item(1)->text(), window.currentPane()->title());
        QVERIFY(window.builtPane(QStringLiteral("week")));
        // Ctrl+1 goes back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPane()->paneId(), QStringLiteral("week"));
        QVERIFY(!window.showPane(QStringLiteral("nope")));
        window.setSession(nullptr);
        QVERIFY(window.paneIds().isEmpty());
        QVERIFY(!window.currentPane());
    }

    void cadenceOpensOnThisWeekWhicheverPaneWasLast()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const QString path = test.path();
        test.close();
        QString second;
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(path));
            second = window.paneIds().at(1);
            QVERIFY(window.showPane(second));
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(again.openWorkspace(path));
        QCOMPARE(again.currentPane()->paneId(), QStringLiteral("week"));
        QVERIFY(!again.builtPane(second));
        again.setSession(nullptr);
    }

    void statusLineShowsTheWorkspaceFile()
    {
        TestWorkspace test(WorkspaceFactory::Content::Empty);
        const QString path = test.path();
        test.close();
        MainWindow window;
        QVERIFY(showOn(window, path));
        QStringList shown;
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            if (label->isVisibleTo(&window))
                shown << label->text();
        QVERIFY2(shown.contains(QDir::toNativeSeparators(path)), qPrintable(shown.join(u'|')));
        window.setSession(nullptr);
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            QVERIFY(!label->text().contains(QLatin1String("test.cadence")));
    }

    void statusLineShortensTheHomeFolder()
    {
        QTemporaryDir home;
        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Documents")));
        const QString path = home.filePath(QStringLiteral("Documents/team.cadence"));
        QVERIFY(WorkspaceFactory::create(path, Clock::system(), WorkspaceFactory::Content::Empty));
        {
            MainWindow window;
            QVERIFY(showOn(window, path));
            const QLabel *shown = nullptr;
            for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
                if (label->isVisibleTo(&window) && label->text().endsWith(u"team.cadence"))
                    shown = label;
            QVERIFY(shown);
            QCOMPARE(shown->text(),
                     QDir::toNativeSeparators(QStringLiteral("~/Documents/team.cadence")));
            QCOMPARE(shown->toolTip(),
                     QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
            window.setSession(nullptr);
        }
        qputenv("HOME", savedHome);
    }

    void firstLaunchCreatesAnEmptyWorkspaceFromTheWelcomePage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.cadence"));
        MainWindow window;
        window.setPersistent(false);
        window.show();
        QCommandLinkButton *empty = nullptr;
        for (auto *button : window.findChildren<QCommandLinkButton *>())
            if (button->text() == QStringLiteral("Start empty"))
                empty = button;
        QVERIFY(empty);
        // The welcome page's choice asks, in the page, where to keep the new workspace.
        QTest::mouseClick(empty, Qt::LeftButton);
        auto *form = window.findChild<QFrame *>(QStringLiteral("newWorkspaceForm"));
        QVERIFY(form && form->isVisible());
        form->findChild<QLineEdit *>()->setText(path);
        QPushButton *create = nullptr;
        for (auto *button : form->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Create"))
                create = button;
        QVERIFY(create);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(window.session());
        QCOMPARE(window.session()->path(), path);
        QVERIFY(window.session()->coverage().teams().isEmpty());
        QCOMPARE(window.currentPane()->paneId(), QStringLiteral("week"));
        window.setSession(nullptr);
        QVERIFY(QFileInfo::exists(path));
    }

    void openRecentListsAndOpensTheRecentFiles()
    {
        TestWorkspace first(WorkspaceFactory::Content::Empty);
        TestWorkspace second(WorkspaceFactory::Content::Empty);
        first.close();
        second.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(first.path()));
        QVERIFY(window.openWorkspace(second.path()));
        QMenu *file = window.menuBar()->actions().first()->menu();
        QMenu *recent = nullptr;
        for (QAction *action : file->actions())
            if (action->menu() && action->text().remove(u'&') == QStringLiteral("Open Recent"))
                recent = action->menu();
        QVERIFY(recent);
        emit recent->aboutToShow();
        const QList<QAction *> entries = recent->actions();
        QVERIFY(entries.size() >= 2);
        // The latest first.
        QCOMPARE(entries[0]->text(), QDir::toNativeSeparators(second.path()));
        QCOMPARE(entries[1]->text(), QDir::toNativeSeparators(first.path()));
        entries[1]->trigger();
        QCOMPARE(window.session()->path(), first.path());
        window.setSession(nullptr);
    }

    void aboutNamesTheVersionTheLicenceAndTheWorkspace()
    {
        TestWorkspace test(WorkspaceFactory::Content::Empty);
        const QString path = test.path();
        test.close();
        MainWindow window;
        QVERIFY(showOn(window, path));
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
                for (QAction *action : menu->menu()->actions())
                    if (action->text().remove(QLatin1Char('&')) == QLatin1String("About Cadence"))
                        about = action;
        QVERIFY(about);
        about->trigger();
        auto *box = window.findChild<QMessageBox *>();
        QVERIFY(box && box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("Cadence " CADENCE_VERSION)),
                 qPrintable(box->text()));
        QVERIFY(box->text().contains(QLatin1String("GPL-3.0-or-later")));
        QVERIFY(box->text().contains(QDir::toNativeSeparators(path).toHtmlEscaped()));
        QVERIFY(!box->iconPixmap().isNull());
        box->close();
        window.setSession(nullptr);
    }

    void editMenuUndoesWithTheStandardShortcuts()
    {
        MainWindow window;
        QMenu *edit = window.menuBar()->actions().at(1)->menu();
        QCOMPARE(edit->title().remove(u'&'), QStringLiteral("Edit"));
        const QList<QAction *> actions = edit->actions();
        QCOMPARE(actions.size(), 5); // Undo, Redo, a separator, Conflicts and Sync Folder…
        QCOMPARE(actions[3]->text().remove(u'&'), QStringLiteral("Conflicts"));
        QCOMPARE(actions[4]->text().remove(u'&'), QStringLiteral("Sync Folder…"));
        QCOMPARE(actions[0]->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(actions[1]->shortcut(), QKeySequence(QKeySequence::Redo));
        QVERIFY(!actions[0]->isEnabled());
        QVERIFY(actions[2]->isSeparator());
        // The workspace's settings: nothing to set without one.
        QVERIFY(!actions[4]->isEnabled());
    }

    void unsavedEditsAreAskedAboutBeforeClosing()
    {
        // Typed in an editor and not saved yet: closing the window asks; Cancel keeps the
        // window and the typing, Save saves it as an undoable edit, Discard drops it.
        TestWorkspace workspace(WorkspaceFactory::Content::Sample);
        const QString path = workspace.path();
        auto answer = [](QMessageBox::StandardButton button, QString *asked) {
            QTimer::singleShot(0, [button, asked] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != QLatin1String("unsavedEdits"))
                    return;
                *asked = box->text();
                box->button(button)->click();
            });
        };
        auto typeInto = [](MainWindow &window, GoalsPane *&pane, Goal &goal) {
            QVERIFY(window.showPane(QStringLiteral("goals")));
            pane = qobject_cast<GoalsPane *>(window.currentPane());
            QVERIFY(pane);
            goal = window.session()->goals().goals().first();
            QVERIFY(pane->showRecord({QStringLiteral("goal"), goal.meta.id, {}}));
            auto *description = pane->editor()->findChild<QPlainTextEdit *>();
            QVERIFY(description);
            description->setFocus();
            description->moveCursor(QTextCursor::End);
            QTest::keyClicks(description, QStringLiteral(" Typed, not saved."));
            QCOMPARE(pane->unsavedEdits().size(), 1);
        };
        QString asked;
        {
            MainWindow window;
            QVERIFY(showOn(window, path));
            GoalsPane *pane = nullptr;
            Goal goal;
            typeInto(window, pane, goal);
            answer(QMessageBox::Cancel, &asked);
            QVERIFY(!window.close());
            QCOMPARE(asked, QStringLiteral("Save your changes to the goal “%1”?").arg(goal.title));
            QVERIFY(window.isVisible());
            QCOMPARE(window.session()->goals().goal(goal.meta.id)->description, goal.description);
            answer(QMessageBox::Save, &asked);
            QVERIFY(window.close());
            QVERIFY(window.session()
                        ->goals()
                        .goal(goal.meta.id)
                        ->description.endsWith(QStringLiteral("Typed, not saved.")));
            QCOMPARE(window.session()->undoStack().count(), 1);
        }
        {
            MainWindow window;
            QVERIFY(showOn(window, path));
            GoalsPane *pane = nullptr;
            Goal goal;
            typeInto(window, pane, goal);
            asked.clear();
            answer(QMessageBox::Discard, &asked);
            QVERIFY(window.close());
            QVERIFY(!asked.isEmpty());
            QCOMPARE(window.session()->goals().goal(goal.meta.id)->description, goal.description);
        }
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
