#include "goalspane.h"

#include "commands/goalcommand.h"
#include "coverage/coveragerepository.h"
#include "goalcarddelegate.h"
#include "goaleditor.h"
#include "goals/goalboardmodel.h"
#include "goals/goalcontext.h"
#include "goals/goalfilterproxy.h"
#include "goals/goalrepository.h"
#include "goalsimportdialog.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include "widgets/filedialogs.h"
#include "widgets/panetoolbar.h"

#include <QClipboard>
#include <QComboBox>
#include <QDragMoveEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Above this many cards, a column lays its cards out as uniform rows.
constexpr int compactColumnSize = 300;
// A column wide enough for a title of a few words per line and a card's chips; narrower while
// the editor is open, so that the five columns still fit beside it at 1280 pixels.
constexpr int columnWidth = 190;
constexpr int columnWidthBesideEditor = 148;

} // namespace

PaneInfo GoalsPane::info()
{
    return {QStringLiteral("goals"), tr("Goals"),
            QIcon(QStringLiteral(":/cadence/icons/goals.svg")), Area::Goals};
}

GoalsPane::GoalsPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, info(), parent)
    , m_board(new GoalBoardModel(session.goals(), session.coverage(), &session.undoStack(),
                                 session.today(), this))
    , m_editor(new GoalEditor(session, this))
{
    m_board->setMetricLookup(GoalContext::metricLookup(session));

    // The columns keep a readable width; a narrow window scrolls the board sideways instead
    // of squeezing them into slivers.
    auto *columnsWidget = new QWidget;
    auto *columns = new QHBoxLayout(columnsWidget);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(8);
    for (GoalStatus status : allGoalStatuses)
        columns->addWidget(createColumn(status), 1);
    auto *boardScroll = m_boardScroll = new QScrollArea;
    boardScroll->setObjectName(QStringLiteral("goalsBoard"));
    boardScroll->setWidget(columnsWidget);
    boardScroll->setWidgetResizable(true);
    boardScroll->setFrameShape(QFrame::NoFrame);
    boardScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Instead of five empty boxes: one centred hint, with the step that fills the board.
    m_emptyState = new QWidget;
    m_emptyState->setObjectName(QStringLiteral("goalsEmptyState"));
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    m_emptyText = new QLabel;
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setEnabled(false);
    m_emptyAction = new QPushButton;
    auto *actionRow = new QHBoxLayout;
    actionRow->addStretch(1);
    actionRow->addWidget(m_emptyAction);
    actionRow->addStretch(1);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addLayout(actionRow);
    emptyLayout->addStretch(2);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_emptyAction->property("clears").toBool())
            clearFilters();
        else
            addGoal();
    });

    m_boardStack = new QStackedWidget;
    m_boardStack->addWidget(boardScroll);
    m_boardStack->addWidget(m_emptyState);

    m_hint = new QLabel(tr("Click a card to edit its goal. Drag cards between columns and "
                           "within one, or move the selected card with Ctrl+arrow keys."));
    m_hint->setObjectName(QStringLiteral("goalsHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    // A board wider than the window says which columns are out of sight, and where.
    m_moreColumns = new SidewaysHint(boardScroll, [this] { return columnsOutOfSight(); });
    m_moreColumns->setObjectName(QStringLiteral("goalsMoreColumns"));
    auto *boardSide = new QWidget;
    auto *boardLayout = new QVBoxLayout(boardSide);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->addWidget(m_moreColumns);
    boardLayout->addWidget(m_boardStack, 1);
    boardLayout->addWidget(m_hint);

    m_editorSide = m_editor;
    m_editorSide->setMinimumWidth(280);
    m_editorSide->hide();
    m_splitter = new QSplitter;
    m_splitter->addWidget(boardSide);
    m_splitter->addWidget(m_editorSide);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    // On a narrow screen the editor may be folded away, the board never.
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_splitter, 1);
    // Its Close button: the goal that was open stays the selected card and the board takes the
    // keyboard, so that the arrows go on from it (the selection was cleared, as by Escape on the
    // board, and the focus left in the hidden editor).
    connect(m_editor, &GoalEditor::closeRequested, this, [this] {
        const QString id = m_editor->goalId();
        closeEditor();
        const Goal *goal = m_board->goal(id);
        if (!goal)
            return;
        const auto at = size_t(goal->status);
        const QModelIndex index = m_columns[at]->mapFromSource(m_board->indexOf(id));
        if (!index.isValid())
            return;
        m_selecting = true; // selected, not opened again
        m_views[at]->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_selecting = false;
        m_views[at]->scrollTo(index);
        m_views[at]->setFocus();
    });

    connect(m_editor, &GoalEditor::applyRequested, this, [this](const Goal &edited) {
        const Goal *original = m_board->goal(edited.meta.id);
        // Shows what was saved (trimmed, with new key results' ids); if nothing was, the
        // user's edits stay on screen.
        if (original && record(GoalEdits::edit(*original, edited)))
            m_editor->setGoal(m_board->goal(edited.meta.id));
    });
    connect(m_editor, &GoalEditor::removeRequested, this, [this](const QString &id) {
        if (const Goal *goal = m_board->goal(id))
            record(GoalEdits::remove(*goal));
    });
    // Keep the editor on the saved goal after undo, redo or an edit elsewhere.
    connect(m_board, &QAbstractItemModel::dataChanged, this, [this] {
        const Goal *shown = m_board->goal(m_editor->goalId());
        if (shown && !m_editor->isModified() && !(*shown == m_editor->edited()))
            m_editor->setGoal(shown);
        scheduleRefresh(false);
    });
    connect(m_board, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_board->goal(m_editor->goalId())) {
            m_editor->setGoal(nullptr);
            showEditor(false);
        }
        scheduleRefresh(true);
    });
    connect(m_board, &QAbstractItemModel::rowsInserted, this, [this] { scheduleRefresh(true); });
    // A moved card stays the selected one: the rows that close up behind it must not take
    // the selection, or the next edit would change their goal.
    connect(m_board, &GoalBoardModel::aboutToMoveGoal, this, [this](const QString &id) {
        m_movingSelected = selectedGoalId() == id || m_editor->goalId() == id;
        m_selecting = true;
    });
    connect(m_board, &GoalBoardModel::goalMoved, this, [this](const QString &id) {
        m_selecting = false;
        if (m_movingSelected) {
            // A move, dragged or by key, leaves the editor as it was: a drag is not a click.
            const bool editorWasShown = isEditorShown();
            selectGoal(id);
            showEditor(editorWasShown);
        }
    });
    session.changes().whenChanged(Area::Coverage, this, [this] {
        refreshFilterChoices();
        m_editor->refreshChoices();
    });
    session.changes().whenChanged(Area::Metrics, this, [this] {
        m_board->setMetricLookup(GoalContext::metricLookup(this->session()));
        m_editor->refreshChoices();
    });
    refreshFilterChoices();
    applyFilters();
}

QWidget *GoalsPane::createFilterBar()
{
    // The quarter and what to do with it, then the filters and the summary.
    auto *bar = new PaneToolbar(title(), this);
    QHBoxLayout *top = bar->top();
    QHBoxLayout *bottom = bar->bottom();
    m_quarter = new QComboBox(bar);
    m_quarter->setObjectName(QStringLiteral("goalsQuarter"));
    m_pm = new QComboBox(bar);
    m_pm->setObjectName(QStringLiteral("goalsPm"));
    m_team = new QComboBox(bar);
    m_team->setObjectName(QStringLiteral("goalsTeam"));
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("goalsKind"));
    m_quarter->setToolTip(tr("Quarter"));
    m_pm->setToolTip(tr("Goals this PM owns or supports"));
    m_team->setToolTip(tr("Goals serving this team"));
    m_kind->setToolTip(tr("Kind of goal"));
    m_kind->addItem(tr("All kinds"), -1);
    for (GoalKind kind : allGoalKinds)
        m_kind->addItem(goalKindName(kind), int(kind));
    auto *add = new QPushButton(tr("New goal"), bar);
    add->setToolTip(tr("Add a goal to the quarter shown"));
    m_carry = new QPushButton(bar);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("goalsSummary"));
    // The summary gives way first when the window is narrow.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Quarter"), bar));
    top->addWidget(m_quarter);
    top->addWidget(m_carry);
    top->addStretch(1);
    auto *markdown = new QToolButton(bar);
    markdown->setObjectName(QStringLiteral("goalsMarkdown"));
    markdown->setText(tr("Markdown"));
    markdown->setToolTip(tr("Export the quarter as Markdown in the handbook's shape, or import "
                            "goals from such a file"));
    markdown->setPopupMode(QToolButton::InstantPopup);
    m_markdownMenu = new QMenu(markdown);
    markdown->setMenu(m_markdownMenu);
    connect(m_markdownMenu, &QMenu::aboutToShow, this, &GoalsPane::populateMarkdownMenu);
    top->addWidget(markdown);
    top->addWidget(add);
    bottom->addWidget(m_pm);
    bottom->addWidget(m_team);
    bottom->addWidget(m_kind);
    bottom->addSpacing(8);
    bottom->addWidget(m_summary, 1);
    for (QComboBox *combo : {m_quarter, m_pm, m_team, m_kind}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &GoalsPane::applyFilters);
    }
    connect(add, &QPushButton::clicked, this, &GoalsPane::addGoal);
    connect(m_carry, &QPushButton::clicked, this, &GoalsPane::confirmCarryOver);
    return bar;
}

QWidget *GoalsPane::createColumn(GoalStatus status)
{
    const auto at = size_t(status);
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_headers[at] = new QLabel(column);
    QFont font = m_headers[at]->font();
    font.setBold(true);
    m_headers[at]->setFont(font);
    m_columns[at] = new GoalFilterProxy(*m_board, this);
    m_columns[at]->setStatus(status);
    auto *view = new QListView(column);
    view->setObjectName(QStringLiteral("goals-column-") + goalStatusKey(status));
    view->setModel(m_columns[at]);
    view->setItemDelegate(new GoalCardDelegate(view));
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setResizeMode(QListView::Adjust);
    view->setMinimumWidth(columnWidth);
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this); // drags near the board's edges scroll it
    view->setAccessibleName(goalStatusName(status));
    m_views[at] = view;
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, status] { onCardSelected(status); });
    connect(view, &QListView::clicked, this, [this, status] { onCardSelected(status); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_columns[at], signal, this, [this] { scheduleRefresh(false); });
    connect(m_columns[at], &QAbstractItemModel::modelReset, this,
            [this] { scheduleRefresh(false); });
    layout->addWidget(m_headers[at]);
    layout->addWidget(view, 1);
    return column;
}

QString GoalsPane::currentQuarter() const
{
    return m_quarter->currentData().toString();
}

void GoalsPane::refreshFilterChoices()
{
    const QString quarter = m_quarter->currentData().toString();
    const QString pm = m_pm->currentData().toString();
    const QString team = m_team->currentData().toString();
    const QSignalBlocker blockQuarter(m_quarter);
    const QSignalBlocker blockPm(m_pm);
    const QSignalBlocker blockTeam(m_team);
    QStringList quarters = session().goals().quarters();
    const Quarter now = Quarter::containing(session().today());
    for (const Quarter &each : {now, now.next()})
        if (!quarters.contains(each.key()))
            quarters << each.key();
    if (!quarter.isEmpty() && !quarters.contains(quarter))
        quarters << quarter;
    std::sort(quarters.begin(), quarters.end());
    m_quarter->clear();
    for (const QString &each : quarters)
        m_quarter->addItem(each, each);
    // At first: this quarter if it has goals, else the latest quarter that has some.
    QString wanted = quarter;
    if (wanted.isEmpty()) {
        const QStringList withGoals = session().goals().quarters();
        wanted =
            withGoals.contains(now.key()) || withGoals.isEmpty() ? now.key() : withGoals.last();
    }
    m_quarter->setCurrentIndex(std::max(0, m_quarter->findData(wanted)));

    m_pm->clear();
    m_pm->addItem(tr("All PMs"), QString());
    for (const Pm &each : session().coverage().pms())
        m_pm->addItem(each.name, each.meta.id);
    m_pm->setCurrentIndex(std::max(0, m_pm->findData(pm)));
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const Team &each : session().coverage().teams())
        m_team->addItem(each.name, each.meta.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));
    if (m_quarter->currentData().toString() != quarter)
        applyFilters();
}

void GoalsPane::applyFilters()
{
    const int kind = m_kind->currentData().toInt();
    for (GoalFilterProxy *column : m_columns)
        column->setFilters(currentQuarter(), m_pm->currentData().toString(),
                           m_team->currentData().toString(),
                           kind < 0 ? std::nullopt : std::optional<GoalKind>(GoalKind(kind)));
    const std::optional<Quarter> quarter = Quarter::parse(currentQuarter());
    m_carry->setText(quarter ? tr("Carry over to %1").arg(quarter->next().key())
                             : tr("Carry over"));
    updateCounts();
}

void GoalsPane::updateCounts()
{
    int total = 0;
    int finished = 0;
    for (GoalStatus status : allGoalStatuses) {
        const int count = m_columns[size_t(status)]->rowCount();
        // Measuring every card of a column of thousands would cost more than a frame on each
        // filter change or move; such columns show uniform two-line cards instead.
        QListView *view = m_views[size_t(status)];
        auto *delegate = static_cast<GoalCardDelegate *>(view->itemDelegate());
        if (const bool compact = count > compactColumnSize; compact != delegate->isCompact()) {
            delegate->setCompact(compact);
            view->setUniformItemSizes(compact);
        }
        m_headers[size_t(status)]->setText(
            QStringLiteral("%1 (%2)").arg(goalStatusName(status)).arg(count));
        total += count;
        if (isFinished(status))
            finished += count;
    }
    m_summary->setText(total ? tr("%n goal(s) shown", nullptr, total) +
                                   tr(", %1 still open").arg(total - finished)
                             : QString());
    const bool filtered =
        m_pm->currentIndex() > 0 || m_team->currentIndex() > 0 || m_kind->currentIndex() > 0;
    if (filtered) {
        m_emptyText->setText(tr("No goal of %1 matches these filters.").arg(currentQuarter()));
        m_emptyAction->setText(tr("Show every goal"));
    } else {
        const std::optional<Quarter> quarter = Quarter::parse(currentQuarter());
        m_emptyText->setText(
            tr("No goals for %1 yet.\nAdd the first one, or open %2 and carry its unfinished "
               "goals over.")
                .arg(currentQuarter(), quarter ? quarter->previous().key() : tr("a quarter")));
        m_emptyAction->setText(tr("New goal"));
    }
    m_emptyAction->setProperty("clears", filtered);
    m_boardStack->setCurrentWidget(total ? m_boardStack->widget(0) : m_emptyState);
    m_moreColumns->refresh();
    m_hint->setVisible(total > 0 && !isEditorShown());
    if (!m_carry)
        return;
    const int candidates = carryCandidateCount();
    m_carry->setEnabled(candidates > 0);
    m_carry->setToolTip(tr("Copy the %n unfinished goal(s) of this quarter into the next one",
                           nullptr, candidates));
}

void GoalsPane::scheduleRefresh(bool choices)
{
    m_choicesStale = m_choicesStale || choices;
    if (m_refreshScheduled)
        return;
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshScheduled = false;
        if (m_choicesStale)
            refreshFilterChoices();
        m_choicesStale = false;
        updateCounts();
    });
}

int GoalsPane::carryCandidateCount() const
{
    // From the board in memory, not the file: this runs after every change, on boards of
    // thousands.
    const std::optional<Quarter> quarter = Quarter::parse(currentQuarter());
    if (!quarter)
        return 0;
    const QString from = quarter->key();
    const QString to = quarter->next().key();
    QList<Goal> fromGoals;
    QList<Goal> toGoals;
    for (const Goal &goal : m_board->goals())
        if (goal.quarter == from)
            fromGoals.append(goal);
        else if (goal.quarter == to)
            toGoals.append(goal);
    return int(GoalEdits::carryCandidates(fromGoals, to, toGoals).size());
}

QStringList GoalsPane::unsavedEdits() const
{
    if (!m_editor->isModified())
        return {};
    return {tr("the goal “%1”").arg(m_editor->edited().title.simplified())};
}

bool GoalsPane::saveUnsavedEdits()
{
    if (!m_editor->isModified())
        return true;
    const Goal edited = m_editor->edited();
    const Goal *original = m_board->goal(edited.meta.id);
    if (!original)
        return true; // removed meanwhile (by a merge, an undo): nothing to save it over
    if (edited.title.trimmed().isEmpty()) {
        emit statusMessage(tr("A goal needs a title: give it one, or Revert."));
        return false;
    }
    return record(GoalEdits::edit(*original, edited));
}

bool GoalsPane::record(GoalChange change)
{
    if (change.isEmpty())
        return false;
    return pushEdit(new GoalCommand(session().goals(), std::move(change)));
}

void GoalsPane::addGoal()
{
    Goal goal;
    goal.quarter = currentQuarter();
    goal.title = tr("New goal");
    goal.ownerId = m_pm->currentData().toString();
    goal.teamId = m_team->currentData().toString();
    const int kind = m_kind->currentData().toInt();
    goal.kind = kind < 0 ? GoalKind::PmGoal : GoalKind(kind);
    GoalChange change = GoalEdits::add(goal, session().goals().goals(goal.quarter));
    const QString id = change.after.first().meta.id;
    if (!record(std::move(change)))
        return;
    selectGoal(id);
    m_editor->titleEdit()->setFocus();
    m_editor->titleEdit()->selectAll();
}

void GoalsPane::confirmCarryOver()
{
    const std::optional<Quarter> from = Quarter::parse(currentQuarter());
    const int count = carryCandidateCount();
    if (!from || count == 0)
        return carryOver(); // says why there is nothing to carry
    const QString to = from->next().key();
    QMessageBox box(QMessageBox::Question, tr("Carry over"),
                    tr("Carry the %n unfinished goal(s) of %1 over to %2?", nullptr, count)
                        .arg(from->key(), to),
                    QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("This copies them: %1 keeps its goals as they are, and each copy in %2 continues "
           "its original, with its key results. Undo removes the copies again.")
            .arg(from->key(), to));
    QPushButton *carry = box.addButton(tr("Carry over"), QMessageBox::AcceptRole);
    box.setDefaultButton(carry);
    box.exec();
    if (box.clickedButton() == carry)
        carryOver();
}

void GoalsPane::carryOver()
{
    const std::optional<Quarter> from = Quarter::parse(currentQuarter());
    if (!from)
        return;
    const QString to = from->next().key();
    GoalChange change =
        GoalEdits::carryOver(session().goals().goals(from->key()), to, session().goals().goals(to));
    if (change.isEmpty()) {
        emit statusMessage(
            tr("Every goal of %1 is finished or carried over already.").arg(from->key()));
        return;
    }
    if (record(std::move(change))) {
        refreshFilterChoices();
        m_quarter->setCurrentIndex(m_quarter->findData(to));
    }
}

bool GoalsPane::showRecord(const RecordRef &ref)
{
    if (ref.table != QLatin1String("goal") || !m_board->goal(ref.id))
        return false;
    selectGoal(ref.id);
    return true;
}

void GoalsPane::selectGoal(const QString &goalId)
{
    m_pressOnCard = false; // whatever the last press began, this goal is to be shown
    const Goal *goal = m_board->goal(goalId);
    if (!goal)
        return;
    if (goal->quarter != currentQuarter()) {
        refreshFilterChoices();
        m_quarter->setCurrentIndex(m_quarter->findData(goal->quarter));
    }
    const auto at = size_t(goal->status);
    const QModelIndex index = m_columns[at]->mapFromSource(m_board->indexOf(goalId));
    // The board, not the empty state, if this is the quarter's first goal.
    if (isEmptyStateShown())
        updateCounts();
    if (!index.isValid()) { // hidden by a filter: show it in the editor anyway
        m_editor->setGoal(goal);
        showEditor(true);
        return;
    }
    m_views[at]->setCurrentIndex(index);
    m_views[at]->scrollTo(index);
    m_views[at]->setFocus();
    onCardSelected(goal->status);
}

void GoalsPane::onCardSelected(GoalStatus status)
{
    if (m_selecting)
        return;
    m_selecting = true;
    const QModelIndex current = m_views[size_t(status)]->currentIndex();
    // One selected card on the whole board.
    for (GoalStatus other : allGoalStatuses)
        if (other != status)
            m_views[size_t(other)]->selectionModel()->clear();
    if (current.isValid()) {
        const QString id = current.data(GoalBoardModel::GoalIdRole).toString();
        // Moving on to another card keeps what was typed for the previous one: it is saved,
        // as one undoable step, rather than silently dropped.
        if (id != m_editor->goalId() && m_editor->isModified())
            saveUnsavedEdits();
        if (id != m_editor->goalId() || !m_editor->isModified())
            m_editor->setGoal(m_board->goal(id));
        if (!m_pressOnCard)
            showEditor(true);
        // The editor took room from the board: keep the selected card's column in sight.
        QTimer::singleShot(0, this, [this, status] {
            m_boardScroll->ensureWidgetVisible(m_views[size_t(status)], 0, 0);
        });
    }
    m_selecting = false;
}

void GoalsPane::resizeEvent(QResizeEvent *event)
{
    Pane::resizeEvent(event);
    // In a window made smaller, the editor gives way before the board does.
    if (isEditorShown()) {
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        const int most = std::max(m_editorSide->minimumWidth(), total / 2);
        if (sizes.value(1) > most)
            m_splitter->setSizes({total - most, most});
    }
}

SidewaysHint::OutOfSight GoalsPane::columnsOutOfSight() const
{
    SidewaysHint::OutOfSight out;
    if (isEmptyStateShown())
        return out; // no board
    const QWidget *viewport = m_boardScroll->viewport();
    for (GoalStatus status : allGoalStatuses) {
        const QListView *view = m_views[size_t(status)];
        const int x = view->mapTo(viewport, QPoint(0, 0)).x();
        // Cut off at an edge counts as out of sight: its cards are not whole.
        if (x < 0)
            out.left << goalStatusName(status);
        else if (x + view->width() > viewport->width())
            out.right << goalStatusName(status);
    }
    return out;
}

bool GoalsPane::isEditorShown() const
{
    return !m_editorSide->isHidden();
}

bool GoalsPane::isEmptyStateShown() const
{
    return m_boardStack->currentWidget() == m_emptyState;
}

void GoalsPane::showEditor(bool shown)
{
    if (shown == isEditorShown())
        return;
    for (QListView *view : m_views)
        view->setMinimumWidth(shown ? columnWidthBesideEditor : columnWidth);
    m_editorSide->setVisible(shown);
    m_hint->setVisible(!shown && !isEmptyStateShown());
    // The first time, a width that leaves the board its five columns if the window allows;
    // later, whatever the user dragged.
    if (shown && !m_editorSized && m_splitter->width() > 0) {
        m_editorSized = true;
        const int board =
            int(m_views.size()) * (columnWidthBesideEditor + 8) + m_splitter->handleWidth();
        const int editor =
            std::max(m_editorSide->minimumWidth(), std::min(380, m_splitter->width() - board));
        m_splitter->setSizes({m_splitter->width() - editor, editor});
    }
}

void GoalsPane::closeEditor()
{
    m_selecting = true;
    for (QListView *view : m_views)
        view->selectionModel()->clear();
    m_selecting = false;
    m_editor->setGoal(nullptr);
    showEditor(false);
}

void GoalsPane::clearFilters()
{
    {
        const QSignalBlocker blockPm(m_pm);
        const QSignalBlocker blockTeam(m_team);
        const QSignalBlocker blockKind(m_kind);
        m_pm->setCurrentIndex(0);
        m_team->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
    }
    applyFilters();
}

QString GoalsPane::selectedGoalId() const
{
    // The selected card, or the current one of the column that has the keyboard.
    for (QListView *view : m_views)
        if (view->currentIndex().isValid() &&
            (view->selectionModel()->hasSelection() || view->hasFocus()))
            return view->currentIndex().data(GoalBoardModel::GoalIdRole).toString();
    return {};
}

void GoalsPane::moveSelected(int columns, int places)
{
    const QString id = selectedGoalId();
    const Goal *goal = m_board->goal(id);
    if (!goal)
        return;
    const int status = int(goal->status) + columns;
    if (status < 0 || status >= int(allGoalStatuses.size()))
        return;
    const auto target = GoalStatus(status);
    QString beforeId;
    if (places != 0) {
        // Reordering works on what the column shows, so the card passes its visible neighbour.
        GoalFilterProxy *column = m_columns[size_t(target)];
        const int row = column->mapFromSource(m_board->indexOf(id)).row();
        const int wanted = row + (places > 0 ? 2 : -1);
        if (row < 0 || wanted < 0 || (places > 0 && row + 1 >= column->rowCount()))
            return;
        if (wanted < column->rowCount())
            beforeId = column->index(wanted, 0).data(GoalBoardModel::GoalIdRole).toString();
    }
    m_board->move(id, target, beforeId); // the card stays selected (see GoalBoardModel::goalMoved)
}

bool GoalsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease) {
        // Seen before the view handles the event: the press selects the card (see
        // m_pressOnCard) and the release's click then opens the editor.
        const bool onViewport = std::any_of(m_views.begin(), m_views.end(), [watched](auto *view) {
            return view->viewport() == watched;
        });
        if (onViewport && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton)
            m_pressOnCard = event->type() == QEvent::MouseButtonPress;
    }
    if (event->type() == QEvent::DragMove) {
        // A card dragged to the edge of the visible board scrolls it sideways, so every
        // column can be reached however narrow the window.
        auto *widget = qobject_cast<QWidget *>(watched);
        QScrollBar *bar = m_boardScroll->horizontalScrollBar();
        if (widget && bar->maximum() > 0) {
            const auto *drag = static_cast<QDragMoveEvent *>(event);
            const int x = widget->mapTo(m_boardScroll->viewport(), drag->position().toPoint()).x();
            const int edge = 40;
            if (x < edge)
                bar->setValue(bar->value() - bar->singleStep() * 2);
            else if (x > m_boardScroll->viewport()->width() - edge)
                bar->setValue(bar->value() + bar->singleStep() * 2);
        }
    }
    if (event->type() == QEvent::KeyPress &&
        std::find(m_views.begin(), m_views.end(), watched) != m_views.end()) {
        m_pressOnCard = false; // a drag given up leaves no release behind; keys show the editor
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && isEditorShown()) {
            closeEditor();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            // Opens the selected card, as a click does (a dragged card is selected, not open).
            const auto at = std::find(m_views.begin(), m_views.end(), watched) - m_views.begin();
            onCardSelected(allGoalStatuses[size_t(at)]);
            return true;
        }
        if (key->modifiers() & Qt::ControlModifier) {
            switch (key->key()) {
            case Qt::Key_Left:
                moveSelected(-1, 0);
                return true;
            case Qt::Key_Right:
                moveSelected(1, 0);
                return true;
            case Qt::Key_Up:
                moveSelected(0, -1);
                return true;
            case Qt::Key_Down:
                moveSelected(0, 1);
                return true;
            default:
                break;
            }
        }
    }
    return Pane::eventFilter(watched, event);
}

void GoalsPane::populateMarkdownMenu()
{
    m_markdownMenu->clear();
    const QString who = m_pm->currentIndex() > 0 ? m_pm->currentText() : tr("all PMs");
    QAction *exportAction =
        m_markdownMenu->addAction(tr("Export %1 (%2)…").arg(currentQuarter(), who));
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString suggested =
            m_pm->currentIndex() > 0
                ? QStringLiteral("goals-%1-%2.md").arg(currentQuarter(), m_pm->currentText())
                : QStringLiteral("goals-%1.md").arg(currentQuarter());
        const QString path = FileDialogs::saveFile(this, tr("Export goals as Markdown"), suggested,
                                                   tr("Markdown (*.md)"));
        if (path.isEmpty())
            return;
        if (Outcome problem = exportMarkdown(path))
            QMessageBox::warning(this, tr("Export goals"), problem->text());
    });
    QAction *importAction = m_markdownMenu->addAction(tr("Import…"));
    connect(importAction, &QAction::triggered, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("Import goals from Markdown"), {},
                                                   tr("Markdown (*.md *.markdown);;All files (*)"));
        if (path.isEmpty())
            return;
        if (Outcome problem = importMarkdown(path, true))
            QMessageBox::warning(this, tr("Import goals"),
                                 tr("Nothing was imported.\n\n%1").arg(problem->text()));
    });
    QAction *pasteAction = m_markdownMenu->addAction(tr("Paste goals from text…"));
    pasteAction->setObjectName(QStringLiteral("pasteGoals"));
    connect(pasteAction, &QAction::triggered, this, &GoalsPane::pasteGoals);
}

Outcome GoalsPane::exportMarkdown(const QString &path)
{
    if (Outcome problem = GoalContext::exportMarkdown(session(), currentQuarter(),
                                                      m_pm->currentData().toString(), path))
        return problem;
    emit statusMessage(tr("Goals of %1 written to %2").arg(currentQuarter(), path));
    return {};
}

Outcome GoalsPane::importMarkdown(const QString &path, bool interactive)
{
    const Result<QString> text = GoalContext::readMarkdownFile(path);
    if (!text)
        return text.problem();
    return importMarkdownText(text.value(), path, interactive);
}

Outcome GoalsPane::importMarkdownText(const QString &text, const QString &source, bool interactive)
{
    if (Outcome problem = session().verify()) // a bulk write: on a file checked whole first
        return problem;
    GoalContext::MarkdownImport plan;
    if (interactive) {
        GoalsImportDialog dialog(session(), text, QFileInfo(source).fileName(), currentQuarter(),
                                 this);
        if (dialog.exec() != QDialog::Accepted)
            return {};
        plan = dialog.plan();
    } else {
        plan = GoalContext::planMarkdown(session(), text, currentQuarter());
    }
    if (!plan.reading.ok())
        return plan.reading.problem(source);
    GoalChange change = std::move(plan.import.change);
    if (change.isEmpty()) {
        emit statusMessage(tr("%n goal(s) read; the workspace has them already.", nullptr,
                              int(plan.reading.goals.size())));
        return {};
    }
    QString firstQuarter;
    for (const Goal &goal : std::as_const(change.after))
        if (firstQuarter.isEmpty() || goal.quarter < firstQuarter)
            firstQuarter = goal.quarter;
    if (!record(std::move(change)))
        return Problem{source, tr("could not be imported: the workspace could not be written")};
    // Show what came in.
    if (!firstQuarter.isEmpty() && firstQuarter != currentQuarter()) {
        refreshFilterChoices();
        m_quarter->setCurrentIndex(std::max(0, m_quarter->findData(firstQuarter)));
    }
    return {};
}

void GoalsPane::pasteGoals()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Paste goals"),
                                 tr("The clipboard holds no text. Copy the goals (the "
                                    "handbook's list, or Markdown in Cadence's shape) and paste "
                                    "them again."));
        return;
    }
    if (Outcome problem = importMarkdownText(text, tr("the clipboard"), true))
        QMessageBox::warning(this, tr("Paste goals"),
                             tr("Nothing was imported.\n\n%1").arg(problem->text()));
}
