#include "goalspane.h"

#include "commands/goalcommand.h"
#include "coverage/coveragerepository.h"
#include "goalcarddelegate.h"
#include "goaleditor.h"
#include "goals/goalboardmodel.h"
#include "goals/goalfilterproxy.h"
#include "goals/goalrepository.h"
#include "goals/goalsworkspace.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

GoalsPane::GoalsPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, parent)
    , m_board(new GoalBoardModel(session.goals(), session.coverage(), &session.undoStack(),
                                 session.today(), this))
    , m_editor(new GoalEditor(session, this))
{
    m_board->setMetricLookup(GoalsWorkspace::metricLookup(session));

    auto *board = new QWidget(this);
    auto *columns = new QHBoxLayout(board);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(6);
    for (GoalStatus status : allGoalStatuses)
        columns->addWidget(createColumn(status), 1);

    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);

    editorScroll->setMinimumWidth(290);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(board);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // On a narrow screen the editor may be folded away, the board never.
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createFilterBar());
    layout->addWidget(splitter, 1);

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
        if (!m_board->goal(m_editor->goalId()))
            m_editor->setGoal(nullptr);
        scheduleRefresh(true);
    });
    connect(m_board, &QAbstractItemModel::rowsInserted, this, [this] { scheduleRefresh(true); });
    connect(&session.coverage(), &CoverageRepository::changed, this, [this] {
        refreshFilterChoices();
        m_editor->refreshChoices();
    });
    connect(&session.metrics(), &MetricsRepository::changed, this, [this] {
        m_board->setMetricLookup(GoalsWorkspace::metricLookup(this->session()));
        m_editor->refreshChoices();
    });
    refreshFilterChoices();
    applyFilters();
}

QWidget *GoalsPane::createFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_quarter = new QComboBox(bar);
    m_pm = new QComboBox(bar);
    m_team = new QComboBox(bar);
    m_kind = new QComboBox(bar);
    m_quarter->setToolTip(tr("Quarter"));
    m_pm->setToolTip(tr("Goals this PM owns or supports"));
    m_team->setToolTip(tr("Goals serving this team"));
    m_kind->addItem(tr("All kinds"), -1);
    for (GoalKind kind : allGoalKinds)
        m_kind->addItem(goalKindName(kind), int(kind));
    auto *add = new QPushButton(tr("New goal"), bar);
    m_carry = new QPushButton(bar);
    m_summary = new QLabel(bar);
    // The summary gives way first when the window is narrow.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_quarter);
    layout->addWidget(m_pm);
    layout->addWidget(m_team);
    layout->addWidget(m_kind);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_carry);
    layout->addWidget(add);
    for (QComboBox *combo : {m_quarter, m_pm, m_team, m_kind}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &GoalsPane::applyFilters);
    }
    connect(add, &QPushButton::clicked, this, &GoalsPane::addGoal);
    connect(m_carry, &QPushButton::clicked, this, &GoalsPane::carryOver);
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
    view->setUniformItemSizes(true);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setResizeMode(QListView::Adjust);
    view->setMinimumWidth(90);
    view->installEventFilter(this);
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
        m_headers[size_t(status)]->setText(
            QStringLiteral("%1 (%2)").arg(goalStatusName(status)).arg(count));
        total += count;
        if (isFinished(status))
            finished += count;
    }
    m_summary->setText(
        total ? tr("%n goal(s) shown", nullptr, total) + tr(", %1 still open").arg(total - finished)
              : tr("No goals here yet: add one with New goal, or carry a quarter's over."));
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
    // From the board in memory: this runs after every change, on boards of thousands.
    const std::optional<Quarter> quarter = Quarter::parse(currentQuarter());
    if (!quarter)
        return 0;
    const QString from = quarter->key();
    const QString to = quarter->next().key();
    QSet<QString> carried;
    for (int row = 0; row < m_board->rowCount(); ++row)
        if (const Goal &goal = m_board->goalAt(row);
            goal.quarter == to && !goal.carriedFrom.isEmpty())
            carried.insert(goal.carriedFrom);
    int count = 0;
    for (int row = 0; row < m_board->rowCount(); ++row) {
        const Goal &goal = m_board->goalAt(row);
        if (goal.quarter == from && !isFinished(goal.status) && !carried.contains(goal.meta.id))
            ++count;
    }
    return count;
}

bool GoalsPane::record(GoalChange change)
{
    if (change.isEmpty())
        return false;
    const QString text = change.text;
    auto *command = new GoalCommand(session().goals(), std::move(change));
    session().undoStack().push(command);
    const int last = session().undoStack().count() - 1;
    if (last < 0 || session().undoStack().command(last) != command) {
        emit statusMessage(tr("Nothing changed: the workspace could not be written."));
        return false;
    }
    emit statusMessage(text);
    return true;
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

void GoalsPane::selectGoal(const QString &goalId)
{
    const Goal *goal = m_board->goal(goalId);
    if (!goal)
        return;
    if (goal->quarter != currentQuarter()) {
        refreshFilterChoices();
        m_quarter->setCurrentIndex(m_quarter->findData(goal->quarter));
    }
    const auto at = size_t(goal->status);
    const QModelIndex index = m_columns[at]->mapFromSource(m_board->indexOf(goalId));
    if (!index.isValid()) { // hidden by a filter: show it in the editor anyway
        m_editor->setGoal(goal);
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
        if (id != m_editor->goalId() || !m_editor->isModified())
            m_editor->setGoal(m_board->goal(id));
    }
    m_selecting = false;
}

QString GoalsPane::selectedGoalId() const
{
    for (QListView *view : m_views)
        if (view->selectionModel()->hasSelection() && view->currentIndex().isValid())
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
    if (m_board->move(id, target, beforeId))
        selectGoal(id);
}

bool GoalsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        std::find(m_views.begin(), m_views.end(), watched) != m_views.end()) {
        auto *key = static_cast<QKeyEvent *>(event);
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
