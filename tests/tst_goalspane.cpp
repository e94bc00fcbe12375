// The Goals pane: cards dragged through the real views (offscreen), keyboard moves, filters,
// the detail editor and carry-over, each undone again.
#include "goals/goalboardmodel.h"
#include "goals/goaleditor.h"
#include "goals/goalfilterproxy.h"
#include "goals/goalrepository.h"
#include "goals/goalsimportdialog.h"
#include "goals/goalspane.h"
#include "sample/starterdata.h"
#include "support/testworkspace.h"
#include "widgets/problemlistview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace {

QStringList titles(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, 0).data().toString();
    return list;
}

// Drags the card at `row` of `from` and drops it on `to` at `position` (viewport coordinates),
// through the drag events the views get from a real drag.
void dragCard(QListView *from, int row, QListView *to, QPoint position)
{
    const QModelIndex index = from->model()->index(row, 0);
    QVERIFY(index.isValid());
    std::unique_ptr<QMimeData> data(from->model()->mimeData({index}));
    QVERIFY(data);
    QDragEnterEvent enter(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(position), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    drop.setDropAction(Qt::MoveAction);
    QApplication::sendEvent(to->viewport(), &drop);
}

QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *each : parent->findChildren<QPushButton *>())
        if (each->text().startsWith(text))
            return each;
    return nullptr;
}

} // namespace

class TestGoalsPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheLatestQuarterWithGoals();
    void dragBetweenColumnsAndWithinOneThenUndo();
    void keyboardMovesCards();
    void filtersNarrowEveryColumn();
    void editorAppliesOneUndoableStep();
    void carryOverAndAddGoal();
    void editorOpensOnSelectionAndCloses();
    void closingTheEditorKeepsItsCardSelected();
    void pressingACardLeavesTheColumnsWhereTheyAreForItsDrag();
    void emptyBoardShowsOneHint();
    void smallWindowKeepsColumnsReadable();
    void longTitlesWrapOverSeveralLines();
    void markdownExportAndUndoableImport();
    void pastedGoalsGoThroughThePreview();
    void previewShowsEveryProblemOnDemand();
    void editorReordersKeyResults();
    void editsAreKeptWhenAnotherCardIsSelected();

private:
    std::unique_ptr<TestWorkspace> m_workspace;
    std::unique_ptr<GoalsPane> m_pane;
};

void TestGoalsPane::init()
{
    m_workspace = std::make_unique<TestWorkspace>(WorkspaceFactory::Content::Starter);
    m_pane = std::make_unique<GoalsPane>(m_workspace->session());
    m_pane->resize(1280, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestGoalsPane::cleanup()
{
    m_pane.reset();
    m_workspace.reset();
}

void TestGoalsPane::showsTheLatestQuarterWithGoals()
{
    QCOMPARE(m_pane->paneId(), QStringLiteral("goals"));
    QCOMPARE(m_pane->currentQuarter(), QStringLiteral("2025-Q1"));
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 3);
    for (GoalStatus status :
         {GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::Done, GoalStatus::Dropped})
        QCOMPARE(m_pane->column(status)->rowCount(), 0);
    // This quarter and the next are offered even without goals.
    QVERIFY(m_pane->quarterFilter()->findData(QStringLiteral("2026-Q4")) >= 0);
    QVERIFY(m_pane->quarterFilter()->findData(QStringLiteral("2027-Q1")) >= 0);
}

void TestGoalsPane::dragBetweenColumnsAndWithinOneThenUndo()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    QListView *onTrack = m_pane->columnView(GoalStatus::OnTrack);
    const QStringList before = titles(todo->model());

    // The third card into the empty "on track" column.
    dragCard(todo, 2, onTrack, onTrack->viewport()->rect().center());
    QCOMPARE(titles(onTrack->model()), QStringList{before[2]});
    QCOMPARE(titles(todo->model()), (QStringList{before[0], before[1]}));

    // The first card onto the top half of that card: it goes before it.
    const QRect first = onTrack->visualRect(onTrack->model()->index(0, 0));
    dragCard(todo, 0, onTrack, QPoint(first.center().x(), first.top() + 3));
    QCOMPARE(titles(onTrack->model()), (QStringList{before[0], before[2]}));

    // Within a column: the last card above the first.
    const QRect top = onTrack->visualRect(onTrack->model()->index(0, 0));
    dragCard(onTrack, 1, onTrack, QPoint(top.center().x(), top.top() + 3));
    QCOMPARE(titles(onTrack->model()), (QStringList{before[2], before[0]}));
    // And it is saved so.
    QCOMPARE(m_workspace->session().goals().goal(m_pane->board()->goalAt(0).meta.id)->status,
             m_pane->board()->goalAt(0).status);

    QUndoStack &undo = m_workspace->session().undoStack();
    QCOMPARE(undo.count(), 3);
    undo.undo();
    undo.undo();
    undo.undo();
    QCOMPARE(titles(todo->model()), before);
    QCOMPARE(onTrack->model()->rowCount(), 0);
}

void TestGoalsPane::keyboardMovesCards()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    const QStringList before = titles(todo->model());
    todo->setFocus();
    todo->setCurrentIndex(todo->model()->index(0, 0));
    QTest::keyClick(todo, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(titles(todo->model()), (QStringList{before[1], before[0], before[2]}));
    QTest::keyClick(todo, Qt::Key_Right, Qt::ControlModifier);
    QListView *onTrack = m_pane->columnView(GoalStatus::OnTrack);
    QCOMPARE(titles(onTrack->model()), QStringList{before[0]});
    // The card stays selected in its new column, so moves can go on.
    QCOMPARE(onTrack->currentIndex().data().toString(), before[0]);
    QTest::keyClick(onTrack, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(titles(m_pane->column(GoalStatus::AtRisk)), QStringList{before[0]});
    // Nothing beyond the first column's left.
    QListView *first = m_pane->columnView(GoalStatus::NotStarted);
    first->setCurrentIndex(first->model()->index(0, 0));
    const int steps = m_workspace->session().undoStack().count();
    QTest::keyClick(first, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_workspace->session().undoStack().count(), steps);
    while (m_workspace->session().undoStack().canUndo())
        m_workspace->session().undoStack().undo();
    QCOMPARE(titles(todo->model()), before);
}

void TestGoalsPane::filtersNarrowEveryColumn()
{
    QComboBox *pm = m_pane->pmFilter();
    pm->setCurrentIndex(pm->findData(StarterData::pmId(QStringLiteral("raquel"))));
    QCOMPARE(titles(m_pane->column(GoalStatus::NotStarted)),
             QStringList{QStringLiteral("Bring growth and product thinking into teams")});
    pm->setCurrentIndex(pm->findData(StarterData::pmId(QStringLiteral("anna")))); // supports one
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 2);
    pm->setCurrentIndex(0);
    QComboBox *kind = m_pane->kindFilter();
    kind->setCurrentIndex(kind->findData(int(GoalKind::Research)));
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 0);
    kind->setCurrentIndex(0);
    QComboBox *team = m_pane->teamFilter();
    team->setCurrentIndex(team->findData(StarterData::teamId(QStringLiteral("surveys"))));
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 0);
    team->setCurrentIndex(0);
    QComboBox *quarter = m_pane->quarterFilter();
    quarter->setCurrentIndex(quarter->findData(QStringLiteral("2026-Q4")));
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 0);
}

void TestGoalsPane::editorAppliesOneUndoableStep()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    todo->setCurrentIndex(todo->model()->index(1, 0)); // Hire a new PM
    GoalEditor *editor = m_pane->editor();
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Hire a new PM"));
    QCOMPARE(editor->keyResultList()->count(), 3);
    editor->titleEdit()->setText(QStringLiteral("Hire two new PMs"));
    editor->keyResultList()->item(1)->setCheckState(Qt::Checked);
    delete editor->keyResultList()->item(0);
    QVERIFY(editor->isModified());
    QPushButton *apply = button(editor, QStringLiteral("Apply"));
    QVERIFY(apply && apply->isEnabled());
    apply->click();
    const QString id = editor->goalId();
    Goal saved = *m_workspace->session().goals().goal(id);
    QCOMPARE(saved.title, QStringLiteral("Hire two new PMs"));
    QCOMPARE(saved.keyResults.size(), 2);
    QVERIFY(saved.keyResults[0].done);
    QCOMPARE(todo->model()->index(1, 0).data(GoalBoardModel::ProgressRole).toDouble(), 0.5);
    QVERIFY(!editor->isModified());
    m_workspace->session().undoStack().undo();
    saved = *m_workspace->session().goals().goal(id);
    QCOMPARE(saved.title, QStringLiteral("Hire a new PM"));
    QCOMPARE(saved.keyResults.size(), 3);
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Hire a new PM")); // follows undo
    QCOMPARE(editor->keyResultList()->count(), 3);

    button(editor, QStringLiteral("Delete goal"))->click();
    QCOMPARE(todo->model()->rowCount(), 2);
    QVERIFY(editor->goalId() != id); // the selection went to a neighbour
    QVERIFY(!m_workspace->session().goals().goals().contains(saved));
    m_workspace->session().undoStack().undo();
    QCOMPARE(todo->model()->rowCount(), 3);
}

void TestGoalsPane::carryOverAndAddGoal()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    QPushButton *carry = button(m_pane.get(), QStringLiteral("Carry over to 2025-Q2"));
    QVERIFY(carry && carry->isEnabled());
    // The button asks first (how many goals, copied or moved): carry them over.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (QAbstractButton *choice : box->buttons())
            if (box->buttonRole(choice) == QMessageBox::AcceptRole)
                choice->click();
    });
    carry->click();
    QCOMPARE(m_pane->currentQuarter(), QStringLiteral("2025-Q2"));
    QCOMPARE(todo->model()->rowCount(), 3);
    QCOMPARE(m_workspace->session().undoStack().count(), 1);
    m_workspace->session().undoStack().undo();
    QCOMPARE(todo->model()->rowCount(), 0);

    m_pane->addGoal();
    QCOMPARE(todo->model()->rowCount(), 1);
    QCOMPARE(m_pane->editor()->titleEdit()->text(), QStringLiteral("New goal"));
    QCOMPARE(todo->currentIndex().data().toString(), QStringLiteral("New goal"));
    m_workspace->session().undoStack().undo();
    QCOMPARE(todo->model()->rowCount(), 0);
}

void TestGoalsPane::editorOpensOnSelectionAndCloses()
{
    // Nothing selected: the board has the room, with a hint instead of a disabled form.
    QVERIFY(!m_pane->isEditorShown());
    QVERIFY(m_pane->findChild<QWidget *>(QStringLiteral("goalsHint"))->isVisible());
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    const int boardWidth = todo->width();
    todo->setFocus();
    todo->setCurrentIndex(todo->model()->index(0, 0));
    QVERIFY(m_pane->isEditorShown());
    QVERIFY(m_pane->editor()->isVisible());
    QVERIFY(m_pane->editor()->isEnabled());
    QVERIFY(!m_pane->findChild<QWidget *>(QStringLiteral("goalsHint"))->isVisible());
    QCOMPARE(m_pane->editor()->titleEdit()->text(), todo->currentIndex().data().toString());
    QTRY_VERIFY(todo->width() < boardWidth); // the editor takes its side of the board
    QVERIFY(m_pane->editor()->width() >= 280);

    // Escape on the board folds it away and clears the selection.
    QTest::keyClick(todo, Qt::Key_Escape);
    QVERIFY(!m_pane->isEditorShown());
    QVERIFY(!todo->selectionModel()->hasSelection());
    QVERIFY(m_pane->editor()->goalId().isEmpty());

    // So does its Close button.
    todo->setCurrentIndex(todo->model()->index(1, 0));
    QVERIFY(m_pane->isEditorShown());
    auto *close = m_pane->findChild<QToolButton *>(QStringLiteral("closeGoalEditor"));
    QVERIFY(close);
    close->click();
    QVERIFY(!m_pane->isEditorShown());
    QCOMPARE(m_workspace->session().undoStack().count(), 0);
}

void TestGoalsPane::closingTheEditorKeepsItsCardSelected()
{
    // The editor's Close button leaves the goal it showed selected, with the board's keyboard,
    // so that the arrows go on from that card.
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    QVERIFY(todo->model()->rowCount() >= 3);
    todo->setFocus();
    todo->setCurrentIndex(todo->model()->index(1, 0));
    const QString edited = todo->currentIndex().data().toString();
    QVERIFY(m_pane->isEditorShown());
    QTest::mouseClick(m_pane->editor()->titleEdit(), Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(m_pane->editor()->titleEdit()));
    auto *close = m_pane->findChild<QToolButton *>(QStringLiteral("closeGoalEditor"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!m_pane->isEditorShown());
    QVERIFY(m_pane->editor()->goalId().isEmpty());
    QCOMPARE(todo->selectionModel()->selectedIndexes().size(), 1);
    QCOMPARE(todo->selectionModel()->selectedIndexes().first().data().toString(), edited);
    QCOMPARE(todo->currentIndex().data().toString(), edited);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(todo));

    // Down opens the next card, as it would have from the open one.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(m_pane->isEditorShown());
    QCOMPARE(m_pane->editor()->titleEdit()->text(), todo->model()->index(2, 0).data().toString());
    QCOMPARE(m_workspace->session().undoStack().count(), 0);
}

void TestGoalsPane::pressingACardLeavesTheColumnsWhereTheyAreForItsDrag()
{
    // Opening the editor narrows every column; on the press that starts a drag it would move
    // the columns under the pointer and the drop would land one column off.
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    QListView *onTrack = m_pane->columnView(GoalStatus::OnTrack);
    const int columnWidth = onTrack->width();
    const QString pressed = todo->model()->index(0, 0).data().toString();
    QTest::mousePress(todo->viewport(), Qt::LeftButton, {},
                      todo->visualRect(todo->model()->index(0, 0)).center());
    QCOMPARE(todo->currentIndex().data().toString(), pressed);
    QVERIFY(!m_pane->isEditorShown());
    QCOMPARE(onTrack->width(), columnWidth);

    // The drag goes on to its drop: the card moves, stays selected, and the editor stays shut.
    dragCard(todo, 0, onTrack, onTrack->viewport()->rect().center());
    QCOMPARE(titles(onTrack->model()), QStringList{pressed});
    QCOMPARE(onTrack->currentIndex().data().toString(), pressed);
    QVERIFY(!m_pane->isEditorShown());

    // Return opens the dragged card, as a click would.
    onTrack->setFocus();
    QTest::keyClick(onTrack, Qt::Key_Return);
    QVERIFY(m_pane->isEditorShown());
    QCOMPARE(m_pane->editor()->titleEdit()->text(), pressed);
    QTest::keyClick(onTrack, Qt::Key_Escape);
    QVERIFY(!m_pane->isEditorShown());

    // After a press whose drag was given up (no release comes back), keys still open it.
    QTest::mousePress(todo->viewport(), Qt::LeftButton, {},
                      todo->visualRect(todo->model()->index(0, 0)).center());
    QVERIFY(!m_pane->isEditorShown());
    QTest::keyClick(todo, Qt::Key_Down);
    QVERIFY(m_pane->isEditorShown());
    QCOMPARE(m_pane->editor()->titleEdit()->text(), todo->currentIndex().data().toString());
    QTest::keyClick(todo, Qt::Key_Escape);

    // A click, press and release on one card, opens it.
    const QModelIndex second = todo->model()->index(1, 0);
    QTest::mouseClick(todo->viewport(), Qt::LeftButton, {}, todo->visualRect(second).center());
    QVERIFY(m_pane->isEditorShown());
    QCOMPARE(m_pane->editor()->titleEdit()->text(), second.data().toString());
}

void TestGoalsPane::emptyBoardShowsOneHint()
{
    QVERIFY(!m_pane->isEmptyStateShown());
    QComboBox *quarter = m_pane->quarterFilter();
    quarter->setCurrentIndex(quarter->findData(QStringLiteral("2026-Q4")));
    QVERIFY(m_pane->isEmptyStateShown());
    QVERIFY(m_pane->emptyState()->isVisible());
    QVERIFY(!m_pane->columnView(GoalStatus::NotStarted)->isVisible());
    // Its button adds the quarter's first goal, and the board comes back with it.
    QPushButton *action = m_pane->emptyState()->findChild<QPushButton *>();
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("New goal"));
    action->click();
    QVERIFY(!m_pane->isEmptyStateShown());
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 1);
    m_workspace->session().undoStack().undo();
    QTRY_VERIFY(m_pane->isEmptyStateShown());

    // Filters that hide every goal say so, and offer to clear them.
    quarter->setCurrentIndex(quarter->findData(QStringLiteral("2025-Q1")));
    QVERIFY(!m_pane->isEmptyStateShown());
    QComboBox *kind = m_pane->kindFilter();
    kind->setCurrentIndex(kind->findData(int(GoalKind::Research)));
    QVERIFY(m_pane->isEmptyStateShown());
    QCOMPARE(action->text(), QStringLiteral("Show every goal"));
    action->click();
    QCOMPARE(kind->currentIndex(), 0);
    QVERIFY(!m_pane->isEmptyStateShown());
    QCOMPARE(m_pane->column(GoalStatus::NotStarted)->rowCount(), 3);
}

void TestGoalsPane::smallWindowKeepsColumnsReadable()
{
    m_pane->resize(640, 480);
    QTest::qWait(0);
    QApplication::processEvents();
    // Columns keep a readable width and the board scrolls sideways instead.
    for (GoalStatus status : allGoalStatuses)
        QVERIFY2(m_pane->columnView(status)->width() >= 190, qPrintable(goalStatusName(status)));
    auto *board = m_pane->findChild<QScrollArea *>(QStringLiteral("goalsBoard"));
    QVERIFY(board);
    QVERIFY(board->horizontalScrollBar()->maximum() > 0);
    // A card dragged to the right edge of the visible board scrolls it towards the last
    // columns.
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    const QPoint edge = todo->viewport()->mapFrom(
        board->viewport(), QPoint(board->viewport()->width() - 5, board->viewport()->height() / 2));
    std::unique_ptr<QMimeData> data(todo->model()->mimeData({todo->model()->index(0, 0)}));
    QDragEnterEvent enter(edge, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(todo->viewport(), &enter);
    QCOMPARE(board->horizontalScrollBar()->value(), 0);
    QDragMoveEvent move(edge, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(todo->viewport(), &move);
    QVERIFY(board->horizontalScrollBar()->value() > 0);
    QDragLeaveEvent leave;
    QApplication::sendEvent(todo->viewport(), &leave);
    // Every button of the toolbar is shown whole.
    for (QAbstractButton *button : m_pane->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() || button->parentWidget() == m_pane->editor())
            continue;
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY2(m_pane->rect().contains(
                     QRect(button->mapTo(m_pane.get(), QPoint(0, 0)), button->size())),
                 qPrintable(button->text()));
    }
}

void TestGoalsPane::longTitlesWrapOverSeveralLines()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    QModelIndex shortTitle;
    QModelIndex longTitle;
    for (int row = 0; row < todo->model()->rowCount(); ++row) {
        const QModelIndex index = todo->model()->index(row, 0);
        if (index.data().toString() == QStringLiteral("Hire a new PM"))
            shortTitle = index;
        else if (index.data().toString().startsWith(QStringLiteral("Identify benchmarks")))
            longTitle = index;
    }
    QVERIFY(shortTitle.isValid() && longTitle.isValid());
    // A long title takes more lines (so a taller card) than a short one, in the same column.
    QVERIFY(todo->visualRect(longTitle).height() > todo->visualRect(shortTitle).height());
    QCOMPARE(todo->visualRect(longTitle).width(), todo->visualRect(shortTitle).width());
}

void TestGoalsPane::markdownExportAndUndoableImport()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("q1.md"));
    QVERIFY(!m_pane->exportMarkdown(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY(text.startsWith(QStringLiteral("# Goals 2025-Q1\n")));
    QVERIFY(text.contains(QStringLiteral("Goal 2: Hire a new PM -> Annika Schmid")));

    // Importing what was exported changes nothing.
    QVERIFY(!m_pane->importMarkdown(path));
    QCOMPARE(m_workspace->session().undoStack().count(), 0);

    // An edited file: one undoable step.
    text.replace(QStringLiteral("- Status: not started\n- Support: Anna Szell"),
                 QStringLiteral("- Status: on track\n- Support: Anna Szell"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
    file.close();
    QVERIFY(!m_pane->importMarkdown(path));
    QCOMPARE(m_workspace->session().undoStack().count(), 1);
    QCOMPARE(titles(m_pane->column(GoalStatus::OnTrack)),
             QStringList{QStringLiteral("Hire a new PM")});
    m_workspace->session().undoStack().undo();
    QCOMPARE(m_pane->column(GoalStatus::OnTrack)->rowCount(), 0);

    // A malformed file: a line-numbered problem naming it, and nothing changed.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("# Goals 2025-Q1\n\nGoal 1: Grow -> Nobody Known\n");
    file.close();
    const Outcome problem = m_pane->importMarkdown(path);
    QVERIFY(problem);
    QCOMPARE(problem->file, path);
    QVERIFY2(problem->what.startsWith(QStringLiteral("line 3: ")), qPrintable(problem->what));
    QCOMPARE(m_workspace->session().undoStack().count(), 1);
    QCOMPARE(m_workspace->session().undoStack().index(), 0);
}

void TestGoalsPane::pastedGoalsGoThroughThePreview()
{
    // The handbook's way of listing goals, with no quarter: Goals ▸ Paste goals from text…
    // shows what it reads and asks the quarter, then imports it as one undoable step.
    QGuiApplication::clipboard()->setText(QStringLiteral(
        "Our plans for later.\nGoal 1: Run a pricing review -> Abe, with support from Cory\n"
        "- Write the plan\n- Share it\n"));
    auto *markdown = m_pane->findChild<QToolButton *>(QStringLiteral("goalsMarkdown"));
    QVERIFY(markdown);
    emit markdown->menu()->aboutToShow();
    QAction *paste = markdown->menu()->findChild<QAction *>(QStringLiteral("pasteGoals"));
    QVERIFY(paste);
    bool previewed = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<GoalsImportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(dialog->quarterChoice()->isVisible());
        QCOMPARE(dialog->quarterChoice()->currentText(), QStringLiteral("2025-Q1"));
        dialog->quarterChoice()->setCurrentText(QStringLiteral("2025-Q2"));
        QCOMPARE(dialog->table()->rowCount(), 1);
        QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("2025-Q2"));
        QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("Abe Basu"));
        QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("2"));
        QVERIFY(dialog->canImport());
        previewed = true;
        dialog->accept();
    });
    paste->trigger();
    QVERIFY(previewed);
    QCOMPARE(m_workspace->session().undoStack().count(), 1);
    const QList<Goal> goals = m_workspace->session().goals().goals(QStringLiteral("2025-Q2"));
    QCOMPARE(goals.size(), 1);
    QCOMPARE(goals.first().ownerId, StarterData::pmId(QStringLiteral("abe")));
    QCOMPARE(goals.first().supporterIds, QStringList{StarterData::pmId(QStringLiteral("cory"))});
    QCOMPARE(m_pane->currentQuarter(), QStringLiteral("2025-Q2"));
    m_workspace->session().undoStack().undo();
    QVERIFY(m_workspace->session().goals().goals(QStringLiteral("2025-Q2")).isEmpty());
}

void TestGoalsPane::previewShowsEveryProblemOnDemand()
{
    // Thirty goals of unknown owners: the preview lists the first problems, and all of them
    // on demand; nothing can be imported.
    QString text = QStringLiteral("# Goals 2025-Q1\n\n");
    for (int i = 1; i <= 30; ++i)
        text += QStringLiteral("Goal %1: Goal %1 -> Stranger %1\n").arg(i);
    GoalsImportDialog dialog(m_workspace->session(), text, QStringLiteral("goals.md"),
                             QStringLiteral("2025-Q1"));
    QVERIFY(!dialog.canImport());
    QListWidget *list = dialog.problems()->list();
    QCOMPARE(list->count(), 19);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("line 3: no PM is named \"Stranger "
                                                            "1\"")));
    QVERIFY(dialog.problems()->showAllButton()->isVisibleTo(&dialog));
    dialog.problems()->showAllButton()->click();
    QCOMPARE(list->count(), 30);
    QVERIFY(!dialog.problems()->showAllButton()->isVisibleTo(&dialog));
}

void TestGoalsPane::editorReordersKeyResults()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    todo->setCurrentIndex(todo->model()->index(1, 0)); // Hire a new PM, three key results
    GoalEditor *editor = m_pane->editor();
    QListWidget *list = editor->keyResultList();
    const QStringList before = {list->item(0)->text(), list->item(1)->text(),
                                list->item(2)->text()};
    // The last key result dragged to the top, as InternalMove does it.
    QVERIFY(list->model()->moveRow({}, 2, {}, 0));
    QCOMPARE(list->item(0)->text(), before[2]);
    QVERIFY(editor->isModified());
    button(editor, QStringLiteral("Apply"))->click();
    const QString id = editor->goalId();
    const auto savedTexts = [&] {
        QStringList texts;
        const std::optional<Goal> goal = m_workspace->session().goals().goal(id);
        for (const KeyResult &result : goal->keyResults)
            texts << result.text;
        return texts;
    };
    QCOMPARE(savedTexts(), (QStringList{before[2], before[0], before[1]}));
    m_workspace->session().undoStack().undo();
    QCOMPARE(savedTexts(), before);
    QCOMPARE(list->item(0)->text(), before[0]);
}

void TestGoalsPane::editsAreKeptWhenAnotherCardIsSelected()
{
    QListView *todo = m_pane->columnView(GoalStatus::NotStarted);
    todo->setCurrentIndex(todo->model()->index(0, 0));
    GoalEditor *editor = m_pane->editor();
    const QString first = editor->goalId();
    editor->titleEdit()->setText(QStringLiteral("Growth thinking in every team"));
    QVERIFY(editor->isModified());
    // Another card, without pressing Apply: the edit is saved, as one step, and the editor
    // moves on.
    const QRect second = todo->visualRect(todo->model()->index(1, 0));
    QTest::mouseClick(todo->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY(editor->goalId() != first);
    QCOMPARE(m_workspace->session().goals().goal(first)->title,
             QStringLiteral("Growth thinking in every team"));
    QCOMPARE(m_workspace->session().undoStack().count(), 1);
    m_workspace->session().undoStack().undo();
    QCOMPARE(m_workspace->session().goals().goal(first)->title,
             QStringLiteral("Bring growth and product thinking into teams"));
}

QTEST_MAIN(TestGoalsPane)
#include "tst_goalspane.moc"
