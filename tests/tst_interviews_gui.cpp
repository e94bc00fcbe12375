// The Interviews pane in the real main window: book by double-clicking the week, drag to
// move, undo both; the agenda's search and filters; the item models under the model tester.
#include "core/ids.h"
#include "coverage/coveragerepository.h"
#include "interviews/interviewagendamodel.h"
#include "interviews/intervieweditor.h"
#include "interviews/interviewhabitmodel.h"
#include "interviews/interviewrepository.h"
#include "interviews/interviewspane.h"
#include "interviews/weekview.h"
#include "sample/starterdata.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "week/mepm.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

namespace {

QAction *actionFor(QWidget &window, QKeySequence::StandardKey key)
{
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcuts().contains(QKeySequence(key)))
            return action;
    return nullptr;
}

} // namespace

class TestInterviewsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        qputenv("CADENCE_NOW", "2026-11-16T09:00:00Z");
    }

    void bookDragAndUndoInTheWeek()
    {
        QTemporaryDir dir;
        auto created =
            WorkspaceFactory::create(dir.filePath(QStringLiteral("w.cadence")), Clock::system(),
                                     WorkspaceFactory::Content::Starter);
        QVERIFY(created);
        MainWindow window;
        window.setPersistent(false);
        window.setSession(created.take());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPane(QStringLiteral("interviews")));
        auto *pane = qobject_cast<InterviewsPane *>(window.currentPane());
        QVERIFY(pane);
        WeekView *week = pane->weekView();
        QVERIFY(week->isVisible());
        QCOMPARE(week->weekStart().daysTo(QDate(2026, 11, 16)) % 7, 0);
        WorkspaceSession &session = *window.session();
        InterviewRepository &repository = session.interviews();

        // Double-click Tuesday at 10:00 (a little below the line, inside the slot): a draft,
        // for "me", saved by Save only; Escape on it leaves nothing behind.
        const Pm me = session.coverage().pms().last();
        MePm::set(session, me.meta.id);
        const QDateTime tuesday(QDate(2026, 11, 17), QTime(10, 0));
        QTest::mouseDClick(week, Qt::LeftButton, {}, week->pointAt(tuesday) + QPoint(20, 4));
        QCOMPARE(repository.count(), 0);
        QVERIFY(pane->editor()->isDraft());
        QCOMPARE(pane->editor()->edited().pmId, me.meta.id);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!pane->editor()->interview());
        QCOMPARE(repository.count(), 0);
        QCOMPARE(session.undoStack().count(), 0);
        QTest::mouseDClick(week, Qt::LeftButton, {}, week->pointAt(tuesday) + QPoint(20, 4));
        QCOMPARE(repository.count(), 0);
        QTest::mouseClick(pane->editor()->findChild<QPushButton *>(QStringLiteral("saveInterview")),
                          Qt::LeftButton);
        QCOMPARE(repository.count(), 1);
        const Interview booked = repository.interviews().first();
        QCOMPARE(booked.pmId, me.meta.id);
        QCOMPARE(booked.start.toLocalTime(), tuesday);
        // Typed and not saved: what the window asks about before it closes, and saves.
        QVERIFY(pane->unsavedEdits().isEmpty());
        auto *who = pane->editor()->findChild<QLineEdit *>(QStringLiteral("interviewee"));
        who->setFocus();
        QTest::keyClicks(who, QStringLiteral("Jane Doe"));
        QCOMPARE(pane->unsavedEdits(), QStringList{QStringLiteral("the interview with Jane Doe")});
        QVERIFY(pane->saveUnsavedEdits());
        QCOMPARE(repository.interview(booked.meta.id)->interviewee, QStringLiteral("Jane Doe"));
        QVERIFY(pane->unsavedEdits().isEmpty());
        QAction *undo = actionFor(window, QKeySequence::Undo);
        undo->trigger();
        QCOMPARE(repository.interview(booked.meta.id)->interviewee, QString());
        QCOMPARE(booked.minutes, 30);
        QCOMPARE(booked.status, InterviewStatus::Planned);
        QCOMPARE(pane->editor()->interview()->meta.id, booked.meta.id);
        const QRect drawn = week->itemRect(booked.meta.id);
        QVERIFY(drawn.isValid());

        // Drag it to Thursday 14:00: press where it is drawn, move in steps, release.
        const QPoint grab = drawn.topLeft() + QPoint(10, 6);
        const QPoint drop =
            week->pointAt(QDateTime(QDate(2026, 11, 19), QTime(14, 0))) + QPoint(10, 6);
        QTest::mousePress(week, Qt::LeftButton, {}, grab);
        for (int step = 1; step <= 5; ++step) {
            QMouseEvent move(QEvent::MouseMove, grab + (drop - grab) * step / 5,
                             week->mapToGlobal(grab + (drop - grab) * step / 5), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(week, &move);
        }
        QTest::mouseRelease(week, Qt::LeftButton, {}, drop);
        const Interview moved = *repository.interview(booked.meta.id);
        QCOMPARE(moved.start.toLocalTime(), QDateTime(QDate(2026, 11, 19), QTime(14, 0)));
        QCOMPARE(moved.minutes, 30);
        QVERIFY(week->itemRect(booked.meta.id).left() > drawn.left());

        // Edit ▸ Undo twice: back to Tuesday, then no interview at all.
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(repository.interview(booked.meta.id)->start.toLocalTime(), tuesday);
        QCOMPARE(week->itemRect(booked.meta.id), drawn);
        undo->trigger();
        QCOMPARE(repository.count(), 0);
        QVERIFY(!week->itemRect(booked.meta.id).isValid());
        actionFor(window, QKeySequence::Redo)->trigger();
        QCOMPARE(repository.count(), 1);
    }

    // A write the workspace refuses leaves nothing behind: no interview, no undo step, and
    // the status line says so (the refused command is deleted by the stack, never read).
    void aRefusedWriteChangesNothing()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        {
            // Another connection to the same file makes every new interview fail.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refuser"));
            other.setDatabaseName(workspace.path());
            QVERIFY(other.open());
            QSqlQuery trigger(other);
            QVERIFY(trigger.exec(
                QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON interview "
                               "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refuser"));

        InterviewsPane pane(workspace.session());
        QSignalSpy messages(&pane, &Pane::statusMessage);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        WeekView *week = pane.weekView();
        MePm::set(workspace.session(), workspace.session().coverage().pms().first().meta.id);
        const QDateTime tuesday(QDate(2026, 11, 17), QTime(10, 0));
        QTest::mouseDClick(week, Qt::LeftButton, {}, week->pointAt(tuesday) + QPoint(20, 4));
        QTest::mouseClick(pane.editor()->findChild<QPushButton *>(QStringLiteral("saveInterview")),
                          Qt::LeftButton);

        QCOMPARE(workspace.session().interviews().count(), 0);
        QCOMPARE(workspace.session().undoStack().count(), 0);
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().first().toString().startsWith(QStringLiteral("Nothing changed")));
        // What was typed stays in the editor, to save again.
        QVERIFY(pane.editor()->isDraft());
    }

    void theEditorFitsTheNarrowestPanel()
    {
        // At 900x600 the editor's panel is its narrowest (300 px): every field, a candidate's
        // scorecard too, fits inside it rather than running off its right edge.
        InterviewEditor editor;
        Interview candidate;
        candidate.meta.id = Ids::random();
        candidate.kind = InterviewKind::Candidate;
        candidate.interviewee = QStringLiteral("Yusuf E.");
        editor.setInterview(candidate);
        editor.show();
        QVERIFY2(editor.minimumSizeHint().width() <= 300 - 20,
                 qPrintable(QString::number(editor.minimumSizeHint().width())));
    }

    void agendaSearchAndFilters()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        WorkspaceSession &session = workspace.session();
        InterviewEdit edit;
        const QString anna = StarterData::pmId(QStringLiteral("anna"));
        const QString cory = StarterData::pmId(QStringLiteral("cory"));
        for (int i = 0; i < 6; ++i) {
            Interview interview;
            interview.meta.id = Ids::random();
            interview.pmId = i % 2 ? cory : anna;
            interview.kind = i == 5 ? InterviewKind::Candidate : InterviewKind::User;
            interview.interviewee =
                i == 3 ? QStringLiteral("Zoë Quinn") : QStringLiteral("Dana %1").arg(i);
            interview.organisation = i == 4 ? QStringLiteral("Hooli") : QStringLiteral("Acme");
            interview.start = QDateTime(QDate(2026, 11, 10 + i), QTime(10, 0), QTimeZone::utc());
            interview.timeZone = QStringLiteral("UTC");
            interview.status = i < 4 ? InterviewStatus::Done : InterviewStatus::Planned;
            interview.findings = i == 2 ? QStringLiteral("wants SQL exports") : QString();
            edit.interviews.append(interview);
        }
        QVERIFY(!session.interviews().apply(edit));

        InterviewsPane pane(session);
        pane.resize(1100, 700);
        pane.show();
        pane.tabs()->setCurrentIndex(InterviewsPane::AgendaTab);
        InterviewAgendaModel *agenda = pane.agenda();
        QAbstractItemModelTester tester(agenda,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(agenda->rowCount(), 6);
        QTest::keyClicks(pane.searchEdit(), QStringLiteral("sql"));
        QCOMPARE(agenda->rowCount(), 1);
        QCOMPARE(agenda->interviewAt(agenda->index(0, 0))->interviewee, QStringLiteral("Dana 2"));
        pane.searchEdit()->clear();
        QTest::keyClicks(pane.searchEdit(), QStringLiteral("ZOË"));
        QCOMPARE(agenda->rowCount(), 1);
        QTest::keyClicks(pane.searchEdit(), QStringLiteral(" nobody"));
        QCOMPARE(agenda->rowCount(), 0);
        pane.searchEdit()->clear();
        QCOMPARE(agenda->rowCount(), 6);

        // Typing on narrows the rows shown; deleting a character or changing another filter
        // searches every interview again.
        QTest::keyClicks(pane.searchEdit(), QStringLiteral("dana"));
        QCOMPARE(agenda->rowCount(), 5);
        QTest::keyClicks(pane.searchEdit(), QStringLiteral(" 4"));
        QCOMPARE(agenda->rowCount(), 1);
        QTest::keyClick(pane.searchEdit(), Qt::Key_Backspace);
        QCOMPARE(agenda->rowCount(), 5);
        InterviewAgendaModel::Filter typed = agenda->filter();
        typed.pmId = cory;
        agenda->setFilter(typed);
        QCOMPARE(agenda->rowCount(), 2); // Dana 1 and Dana 5 (Zoë is Cory's, not a Dana)
        typed.pmId.clear();
        agenda->setFilter(typed);
        QCOMPARE(agenda->rowCount(), 5);
        pane.searchEdit()->clear();
        QCOMPARE(agenda->rowCount(), 6);

        InterviewAgendaModel::Filter filter;
        filter.pmId = cory;
        agenda->setFilter(filter);
        QCOMPARE(agenda->rowCount(), 3);
        filter.status = InterviewStatus::Planned;
        agenda->setFilter(filter);
        QCOMPARE(agenda->rowCount(), 1); // Cory's 15 November
        filter = {};
        filter.kind = InterviewKind::Candidate;
        agenda->setFilter(filter);
        QCOMPARE(agenda->rowCount(), 1);
        filter = {};
        filter.from = QDate(2026, 11, 12);
        filter.to = QDate(2026, 11, 13);
        agenda->setFilter(filter);
        QCOMPARE(agenda->rowCount(), 2);
        QCOMPARE(agenda->data(agenda->index(0, InterviewAgendaModel::Pm)).toString(),
                 QStringLiteral("Anna Szell"));

        // An edit elsewhere refreshes the agenda.
        agenda->setFilter({});
        Interview removed = edit.interviews.first();
        removed.meta.deleted = true;
        QVERIFY(!session.interviews().save(removed));
        QCOMPARE(agenda->rowCount(), 5);
    }

    void cadenceModel()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        InterviewHabitModel model(workspace.session());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 17 + 2);
        QCOMPARE(model.rowCount(), int(workspace.session().coverage().pms().size()));
        Interview done;
        done.pmId = StarterData::pmId(QStringLiteral("anna"));
        done.start = QDateTime(QDate(2026, 11, 10), QTime(10, 0), QTimeZone::utc());
        done.timeZone = QStringLiteral("UTC");
        done.status = InterviewStatus::Done;
        QVERIFY(!workspace.session().interviews().save(done));
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.data(model.index(r, 0), InterviewHabitModel::PmIdRole).toString() ==
                done.pmId)
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex lastWeek = model.index(row, 11);
        QCOMPARE(model.data(lastWeek, InterviewHabitModel::WeekStartRole).toDate(),
                 QDate(2026, 11, 9));
        QCOMPARE(model.data(lastWeek, InterviewHabitModel::DoneRole).toInt(), 1);
        QCOMPARE(model.data(lastWeek).toString(), QStringLiteral("1"));
        QVERIFY(model.data(lastWeek, Qt::BackgroundRole).value<QColor>().green() > 100);
        QCOMPARE(model.data(model.index(row, model.streakColumn())).toInt(), 1);
        QCOMPARE(model.data(model.index(row, model.debtColumn())).toInt(), 11);
    }
};

QTEST_MAIN(TestInterviewsGui)
#include "tst_interviews_gui.moc"
