#include "weekpane.h"

#include "commands/weekactioncommand.h"
#include "core/palette.h"
#include "coverage/coveragerepository.h"
#include "formats/weekmarkdown.h"
#include "week/mepm.h"
#include "week/weekactionedits.h"
#include "week/weekactionmodel.h"
#include "week/weekactionrepository.h"
#include "week/weekoutline.h"
#include "week/weeksource.h"
#include "weekactiondelegate.h"
#include "widgets/datedialog.h"
#include "widgets/filedialogs.h"
#include "widgets/panetoolbar.h"
#include "widgets/printdialog.h"
#include "widgets/summaryline.h"
#include "workspace/workspacesession.h"

#include <QAbstractTextDocumentLayout>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace {

// Each list on the page stops after this many items; the exports list them all.
constexpr int pageListLimit = 8;
// Free stretches of today shrink as the day goes on: the plan is made again this often.
constexpr int refreshMinutes = 10;
// The column of the agenda's times: a tab stop, the text after it hanging at the same place
// when it wraps. A table was the page's dearest part to lay out and paint (bench_week under
// callgrind, switching everyone’s week: 112 -> 99 million instructions). At least 110 pixels,
// and wide enough for the widest time in the page's font.
int leadWidth(const QFont &font)
{
    return std::max(110, QFontMetrics(font).horizontalAdvance(QStringLiteral("00:00–00:00")) + 12);
}

QString linkScheme()
{
    return QStringLiteral("cadence");
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PaneInfo WeekPane::info()
{
    return {QStringLiteral("week"), tr("This week"),
            QIcon(QStringLiteral(":/cadence/icons/week.svg")), Area::Week};
}

WeekPane::WeekPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, info(), parent)
    , m_day(session.today())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(createToolbar());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(createChecklist());
    m_page = new QTextBrowser(splitter);
    m_page->setObjectName(QStringLiteral("weekPage"));
    m_page->setOpenLinks(false);
    m_page->setFrameShape(QFrame::NoFrame);
    // The scroll bar stays, so that the page does not move sideways as it grows past the
    // window, nor is laid out again each time it does: setHtml() empties the page, the bar
    // went, and the page was laid out at the wider width and again at the narrower one
    // (bench_week under callgrind, one PM: 63 -> 45 million instructions to switch the week,
    // 142 -> 133 to open the pane).
    m_page->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_page->document()->setDocumentMargin(8);
    const int lead = leadWidth(m_page->font());
    m_page->setTabStopDistance(lead);
    m_page->document()->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; text-decoration: none; } h3 { margin-top: 14px; } "
                       "li { margin-bottom: 2px; } .muted { color: %2; } "
                       ".label { margin-bottom: 2px; } "
                       ".lead { margin: 1px 0 1px %3px; text-indent: -%3px; }")
            .arg(palette().color(QPalette::Text).name(),
                 palette().color(QPalette::PlaceholderText).name(), QString::number(lead)));
    connect(m_page, &QTextBrowser::anchorClicked, this, &WeekPane::openLink);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);
    m_body = new QStackedWidget(this);
    m_body->addWidget(splitter);
    layout->addWidget(m_body, 1);

    // Every area feeds the plan: any committed change, from any pane, makes it again (when the
    // pane is next on screen, if it is hidden).
    session.changes().whenChanged(Area::Coverage | Area::Interviews | Area::Metrics | Area::Goals |
                                      Area::Week | Area::Settings,
                                  this, [this] { scheduleRefresh(); });
    session.changes().whenChanged(Area::Coverage, this, [this] { reloadPms(); });
    auto *timer = new QTimer(this);
    timer->setInterval(refreshMinutes * 60 * 1000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            scheduleRefresh();
    });
    timer->start();

    auto *previous = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), this);
    auto *next = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), this);
    auto *today = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Home), this);
    for (QShortcut *shortcut : {previous, next, today})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [this] { step(-1); });
    connect(next, &QShortcut::activated, this, [this] { step(1); });
    connect(today, &QShortcut::activated, this, [this] { showWeekOf(this->session().today()); });

    reloadPms();
    // First use asks whose week this is, and plans nothing before the answer: a large team's
    // plan for everyone is no quick thing to make, and it may not be the week wanted.
    const std::optional<QString> me = MePm::of(session);
    if (!me && m_pm->count() > 1)
        showQuestion(true);
    else
        setPmId(me.value_or(QString()));
}

WeekPane::~WeekPane() = default;

QWidget *WeekPane::createToolbar()
{
    auto *bar = new PaneToolbar(title(), this);
    QHBoxLayout *top = bar->top();

    m_pm = new QComboBox(bar);
    m_pm->setObjectName(QStringLiteral("weekPm"));
    m_pm->setToolTip(tr("Whose week"));
    m_pm->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_me = toolButton(tr("Me"), tr("Say which PM you are on this machine"), bar);
    m_me->setPopupMode(QToolButton::InstantPopup);
    auto *meMenu = new QMenu(m_me);
    m_me->setMenu(meMenu);
    connect(meMenu, &QMenu::aboutToShow, this, [this, meMenu] {
        meMenu->clear();
        const std::optional<QString> me = MePm::of(session());
        for (int i = 1; i < m_pm->count(); ++i) {
            const QString id = m_pm->itemData(i).toString();
            QAction *choice = meMenu->addAction(session().coverage().pm(id)->name, this,
                                                [this, id] { setMe(id); });
            choice->setCheckable(true);
            choice->setChecked(me && *me == id);
        }
        meMenu->addSeparator();
        QAction *none = meMenu->addAction(tr("None of them: plan everyone’s week"), this,
                                          [this] { setMe(QString()); });
        none->setCheckable(true);
        none->setChecked(me && me->isEmpty());
    });

    QToolButton *previous = toolButton(QStringLiteral("◀"), tr("Previous week (Alt+Left)"), bar);
    QToolButton *today = toolButton(tr("Today"), tr("This week (Alt+Home)"), bar);
    QToolButton *next = toolButton(QStringLiteral("▶"), tr("Next week (Alt+Right)"), bar);
    m_range = toolButton(QString(), tr("Pick a week"), bar);
    m_range->setObjectName(QStringLiteral("weekRange"));
    m_range->setPopupMode(QToolButton::InstantPopup);
    QFont bold = m_range->font();
    bold.setBold(true);
    m_range->setFont(bold);
    auto *calendarMenu = new QMenu(m_range);
    m_range->setMenu(calendarMenu);
    // Made when first asked for: a calendar is a good part of the cost of opening the pane.
    connect(calendarMenu, &QMenu::aboutToShow, this, [this, calendarMenu] {
        if (!m_calendar) {
            m_calendar = new QCalendarWidget(calendarMenu);
            m_calendar->setObjectName(QStringLiteral("weekCalendar"));
            m_calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
            auto *calendarAction = new QWidgetAction(calendarMenu);
            calendarAction->setDefaultWidget(m_calendar);
            calendarMenu->addAction(calendarAction);
            connect(m_calendar, &QCalendarWidget::clicked, this, [this, calendarMenu](QDate day) {
                calendarMenu->close();
                showWeekOf(day);
            });
        }
        m_calendar->setSelectedDate(m_day);
    });

    QToolButton *markdown = toolButton(tr("Markdown…"), tr("Export the week as Markdown"), bar);
    QToolButton *print = toolButton(tr("Print…"), tr("Print the week (File ▸ Print)"), bar);

    // Two rows, as on the other panes, so that a small window still shows every control
    // whole: whose week and what to do with it, then which week and how it stands.
    top->addSpacing(12);
    top->addWidget(m_pm);
    top->addWidget(m_me);
    top->addStretch(1);
    top->addWidget(markdown);
    top->addWidget(print);
    // Which week, and what to do with it, mean nothing before a plan.
    m_weekRow = new QWidget(bar);
    auto *second = new QHBoxLayout(m_weekRow);
    second->setContentsMargins(0, 0, 0, 0);
    bar->bottom()->addWidget(m_weekRow);
    m_planOnly = {m_weekRow, markdown, print};
    m_summary = new SummaryLine(bar);
    m_summary->setObjectName(QStringLiteral("weekSummary"));
    second->addWidget(previous);
    second->addWidget(today);
    second->addWidget(next);
    second->addWidget(m_range);
    second->addSpacing(16);
    second->addWidget(m_summary, 1);

    connect(m_pm, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { showWeekOf(session().today()); });
    connect(markdown, &QToolButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Export the week as Markdown"),
                                                   QStringLiteral("week-%1.md").arg(m_plan.period),
                                                   tr("Markdown (*.md);;All files (*)"));
        if (path.isEmpty())
            return;
        if (Outcome problem = exportMarkdown(path))
            QMessageBox::warning(this, tr("Export the week"), problem->text());
        else
            emit statusMessage(tr("Wrote %1").arg(path));
    });
    connect(print, &QToolButton::clicked, this, [this] {
        PrintDialog::run(this, tr("Print the week"),
                         [this](QPrinter &printer) { this->print(printer); });
    });
    return bar;
}

QWidget *WeekPane::createQuestion()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("weekQuestion"));
    auto *box = new QWidget(page);
    const int boxWidth = 520;
    box->setFixedWidth(boxWidth);
    auto *heading = new QLabel(tr("Whose week is this?"), box);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(tr("Cadence plans one PM’s week: their interviews and the habit of one "
                               "a week, the growth reviews of their products, their goals and "
                               "hiring. Which PM are you on this machine? Cadence remembers it "
                               "for this workspace and opens on your week."),
                            box);
    text->setWordWrap(true);
    m_choice = new QComboBox(box);
    m_choice->setObjectName(QStringLiteral("weekMeChoice"));
    auto *confirm = new QPushButton(tr("That’s me"), box);
    confirm->setObjectName(QStringLiteral("weekThatsMe"));
    confirm->setDefault(true);
    auto *none = new QPushButton(tr("None of them: plan everyone’s week"), box);
    none->setObjectName(QStringLiteral("weekNoneOfThem"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_choice);
    row->addWidget(confirm);
    row->addStretch(1);
    auto *column = new QVBoxLayout(box);
    column->addWidget(heading);
    column->addWidget(text);
    column->addSpacing(8);
    column->addLayout(row);
    column->addWidget(none, 0, Qt::AlignLeft);
    // A box between stretches is not asked its height for its width: the wrapped text would
    // get the height of its lines in English, and a longer language's last line be cut off.
    const QMargins margins = column->contentsMargins();
    text->setMinimumHeight(text->heightForWidth(boxWidth - margins.left() - margins.right()));
    // Centred by stretches, not by an alignment, so that the wrapped text gets its height.
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(box);
    centre->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addLayout(centre);
    layout->addStretch(2);
    connect(confirm, &QPushButton::clicked, this, [this] {
        if (m_choice) // not once answered: the page goes later than the answer
            setMe(m_choice->currentData().toString());
    });
    connect(none, &QPushButton::clicked, this, [this] { setMe(QString()); });
    return page;
}

QWidget *WeekPane::createChecklist()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 8, 0);
    m_actionsTitle = new QLabel(side);
    QFont heading = m_actionsTitle->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_actionsTitle->setFont(heading);
    layout->addWidget(m_actionsTitle);

    m_actions = new WeekActionModel(this);
    m_actionsView = new QListView(side);
    m_actionsView->setObjectName(QStringLiteral("weekActions"));
    m_actionsView->setModel(m_actions);
    m_delegate = new WeekActionDelegate(m_actionsView);
    m_actionsView->setItemDelegate(m_delegate);
    m_actionsView->setMouseTracking(true);
    m_actionsView->setUniformItemSizes(true);
    m_actionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_actionsView, 1);
    // Said inside the list when it is empty, as the other panes' empty states are.
    m_nothing = new QLabel(m_actionsView->viewport());
    m_nothing->setObjectName(QStringLiteral("weekNothing"));
    m_nothing->setWordWrap(true);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setEnabled(false);
    auto *nothingLayout = new QVBoxLayout(m_actionsView->viewport());
    nothingLayout->addWidget(m_nothing);

    m_add = new QLineEdit(side);
    m_add->setObjectName(QStringLiteral("weekAdd"));
    m_add->setPlaceholderText(tr("Add an item of your own, then Enter"));
    m_add->setClearButtonEnabled(true);
    layout->addWidget(m_add);
    m_putAside = new QCheckBox(side);
    m_putAside->setObjectName(QStringLiteral("weekPutAside"));
    layout->addWidget(m_putAside);

    connect(m_actions, &WeekActionModel::checkRequested, this, &WeekPane::setDone);
    connect(m_delegate, &WeekActionDelegate::openRequested, this, [this](const QModelIndex &index) {
        open(index.data(WeekActionModel::ActionIdRole).toString());
    });
    connect(m_delegate, &WeekActionDelegate::snoozeRequested, this,
            [this](const QModelIndex &index, const QPoint &position) {
                showSnoozeMenu(index.data(WeekActionModel::ActionIdRole).toString(), position);
            });
    connect(m_delegate, &WeekActionDelegate::dismissRequested, this,
            [this](const QModelIndex &index) {
                dismiss(index.data(WeekActionModel::ActionIdRole).toString());
            });
    connect(m_delegate, &WeekActionDelegate::restoreRequested, this,
            [this](const QModelIndex &index) {
                restore(index.data(WeekActionModel::ActionIdRole).toString());
            });
    connect(m_actionsView, &QListView::activated, this, [this](const QModelIndex &index) {
        open(index.data(WeekActionModel::ActionIdRole).toString());
    });
    connect(m_actionsView, &QWidget::customContextMenuRequested, this, &WeekPane::showActionMenu);
    auto *remove = new QShortcut(QKeySequence::Delete, m_actionsView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        dismiss(m_actionsView->currentIndex().data(WeekActionModel::ActionIdRole).toString());
    });
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        // setText, not clear(): clearing is a text edit Ctrl+Z would take back, typing the
        // item again rather than undoing its adding.
        if (addItem(m_add->text()))
            m_add->setText(QString());
    });
    connect(m_putAside, &QCheckBox::toggled, this, [this](bool show) {
        m_actions->setShowPutAside(show);
        m_nothing->setVisible(m_actions->rowCount() == 0);
    });
    return side;
}

void WeekPane::reloadPms()
{
    const QString current = m_pm->currentData().toString();
    const std::optional<QString> me = MePm::of(session());
    const QSignalBlocker block(m_pm);
    m_pm->clear();
    if (m_choice)
        m_choice->clear();
    m_pm->addItem(tr("Everyone"), QString());
    for (const Pm &pm : session().coverage().pms()) {
        if (pm.isArchived())
            continue;
        const bool isMe = me && *me == pm.meta.id;
        m_pm->addItem(isMe ? tr("%1 (me)").arg(pm.name) : pm.name, pm.meta.id);
        if (m_choice)
            m_choice->addItem(pm.name, pm.meta.id);
    }
    m_pm->setCurrentIndex(std::max(0, m_pm->findData(current)));
}

bool WeekPane::showRecord(const RecordRef &ref)
{
    if (ref.table != QLatin1String("pm") || m_pm->findData(ref.id) < 0)
        return false;
    setPmId(ref.id);
    return true;
}

bool WeekPane::isAsking() const
{
    return m_question && m_body->currentWidget() == m_question;
}

QString WeekPane::pmId() const
{
    return m_pm->currentData().toString();
}

void WeekPane::setPmId(const QString &pmId)
{
    const QSignalBlocker block(m_pm);
    m_pm->setCurrentIndex(std::max(0, m_pm->findData(pmId)));
    refresh();
}

void WeekPane::setMe(const QString &pmId)
{
    MePm::set(session(), pmId);
    reloadPms();
    setPmId(pmId);
    emit statusMessage(
        pmId.isEmpty()
            ? tr("Cadence now opens on everyone’s week.")
            : tr("Cadence now opens on the week of %1.").arg(session().coverage().pm(pmId)->name));
}

void WeekPane::showWeekOf(QDate day)
{
    if (!day.isValid())
        return;
    m_day = day;
    refresh();
}

void WeekPane::step(int weeks)
{
    showWeekOf(m_plan.start.addDays(7 * weeks));
}

void WeekPane::showEvent(QShowEvent *event)
{
    // The workspace may have changed while another pane was on screen, the day turned, or the
    // limit of teams per PM been changed on the Coverage pane (a setting, which no workspace
    // change announces). Planned before the first paint, so that no stale plan shows.
    if (m_stale || m_plan.today != session().today() ||
        !(m_plan.policy == WeekPolicy::of(session()))) {
        if (!isAsking())
            refresh();
    }
    Pane::showEvent(event);
}

void WeekPane::scheduleRefresh()
{
    // Still asking whose week: nothing to plan yet.
    if (m_refreshScheduled || isAsking())
        return;
    // Behind another pane, the plan waits until it is shown: replanning everyone's week on each
    // edit in the Goals pane held that pane up (bench_week, the sample at scale 20: a goal's
    // edit with everyone's week behind it, 35 -> 0.08 ms; with one PM's, 4 -> 0.08 ms).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_refreshScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshScheduled)
            refresh();
    });
}

void WeekPane::showQuestion(bool asking)
{
    // The question's page is made when it is asked, and goes once it is answered: kept in the
    // stack, its wrapped text was asked its size at every layout of the pane (bench_week under
    // callgrind, opening one PM's week: 130 -> 122 million instructions).
    if (asking && !m_question) {
        m_question = createQuestion();
        m_body->addWidget(m_question);
        reloadPms();
    }
    m_body->setCurrentWidget(asking ? m_question : m_body->widget(0));
    if (!asking && m_question) {
        m_body->removeWidget(m_question);
        m_question->deleteLater();
        m_question = nullptr;
        m_choice = nullptr;
    }
    for (QWidget *widget : std::as_const(m_planOnly))
        widget->setVisible(!asking);
}

void WeekPane::refresh()
{
    m_refreshScheduled = false;
    m_stale = false;
    showQuestion(false);
    const QString selected =
        m_selectNext.isEmpty()
            ? m_actionsView->currentIndex().data(WeekActionModel::ActionIdRole).toString()
            : std::exchange(m_selectNext, QString());
    m_plan = WeekPlanner::plan(session().weekSource(), WeekRequest::of(session(), pmId(), m_day));
    m_actions->setPlan(m_plan);
    if (const QModelIndex index = m_actions->indexOf(selected); index.isValid()) {
        m_actionsView->setCurrentIndex(index);
        m_actionsView->scrollTo(index);
    }
    const int open = m_plan.count(ActionState::Open);
    m_actionsTitle->setText(
        open > 0 ? tr("%1 (%2 to do)").arg(WeekText::heading(WeekText::Section::Actions)).arg(open)
                 : WeekText::heading(WeekText::Section::Actions));
    const int putAside = m_plan.count(ActionState::Snoozed) + m_plan.count(ActionState::Dismissed);
    m_putAside->setText(tr("Show %n item(s) snoozed or dismissed", nullptr, putAside));
    m_putAside->setVisible(putAside > 0 || m_putAside->isChecked());
    m_nothing->setText(WeekText::nothing(WeekText::Section::Actions, m_plan));
    m_nothing->setVisible(m_actions->rowCount() == 0);
    updateRange();
    updateSummary();
    updatePage();
}

void WeekPane::updateRange()
{
    QString text = WeekText::weekRange(m_plan);
    const QDate thisWeek = WeekPlanner::weekStart(m_plan.today, QLocale().firstDayOfWeek());
    if (m_plan.start == thisWeek)
        text = tr("This week, %1").arg(text);
    else if (m_plan.start == thisWeek.addDays(7))
        text = tr("Next week, %1").arg(text);
    else if (m_plan.start == thisWeek.addDays(-7))
        text = tr("Last week, %1").arg(text);
    m_range->setText(text);
    m_range->setToolTip(tr("Week %1; pick another").arg(m_plan.period));
}

void WeekPane::updateSummary()
{
    const QColor attention = Palette::current().error;
    const QColor calm = Palette::current().success;
    QList<SummaryLine::Part> parts;
    const HabitSummary &habit = m_plan.habit;
    if (habit.active) {
        const bool met = habit.done >= habit.target;
        const bool covered = habit.done + habit.planned >= habit.target;
        parts.append({tr("interviews: %1 done, %2 booked of %3")
                          .arg(habit.done)
                          .arg(habit.planned)
                          .arg(habit.target),
                      met       ? calm
                      : covered ? Palette::current().onTrack
                                : attention});
    }
    int overdue = 0;
    for (const ReviewItem &item : m_plan.reviews)
        overdue += item.review.status == ReviewStatus::Overdue;
    const int due =
        int(std::count_if(m_plan.reviews.begin(), m_plan.reviews.end(), [](const ReviewItem &item) {
            return item.review.status != ReviewStatus::Done;
        }));
    if (due > 0)
        parts.append({tr("%n growth review(s) to run", nullptr, due),
                      overdue > 0 ? attention : Palette::current().attention});
    if (!m_plan.goals.isEmpty())
        parts.append({tr("%n goal(s) to look at", nullptr, int(m_plan.goals.size())),
                      Palette::current().attention});
    if (!m_plan.missingScorecards.isEmpty())
        parts.append({tr("%n scorecard(s) missing", nullptr, int(m_plan.missingScorecards.size())),
                      attention});
    if (!m_plan.uncoveredTeams.isEmpty())
        parts.append(
            {tr("%n team(s) with no PM", nullptr, int(m_plan.uncoveredTeams.size())), attention});
    if (parts.isEmpty())
        parts.append({tr("Nothing needs you this week."), calm});
    m_summary->setParts(parts);
}

namespace {

QString linked(const OutlineLine &line, const QString &text)
{
    if (!line.ref.isValid())
        return text;
    return QStringLiteral("<a href=\"%1:%2\">%3</a>")
        .arg(linkScheme(), html(line.ref.toLink()), text);
}

// The text of a line in its tone: on the text itself, so that an item's sub-items keep theirs.
QString toned(const OutlineLine &line, const QString &text)
{
    switch (line.tone) {
    case OutlineLine::Tone::Attention:
        return QStringLiteral("<span style=\"color: %1\">%2</span>")
            .arg(Palette::current().error.name(), text);
    case OutlineLine::Tone::Free:
        return QStringLiteral("<span style=\"color: %1\">%2</span>")
            .arg(Palette::current().success.name(), text);
    case OutlineLine::Tone::Plain:
        break;
    }
    return text;
}

QString lineHtml(const OutlineLine &line, const QString &text)
{
    return linked(line, toned(line, html(text)));
}

// One section of the page: labels and remarks as paragraphs, items as lists (an item's
// sub-items nested in it), items with a lead (the agenda's times) as paragraphs with the lead
// before a tab stop.
QString sectionHtml(const OutlineSection &section)
{
    QString text = QStringLiteral("<h3>%1</h3>").arg(html(section.heading));
    enum class Open { Nothing, List } open = Open::Nothing;
    bool subList = false;
    auto close = [&] {
        if (subList)
            text += QStringLiteral("</ul>");
        subList = false;
        if (open == Open::List)
            text += QStringLiteral("</li></ul>");
        open = Open::Nothing;
    };
    for (const OutlineLine &line : section.lines) {
        if (line.kind != OutlineLine::Kind::Item) {
            close();
            text += line.kind == OutlineLine::Kind::Label
                        ? QStringLiteral("<p class=\"label\"><b>%1</b></p>").arg(html(line.text))
                        : QStringLiteral("<p class=\"muted\">%1</p>").arg(html(line.text));
            continue;
        }
        if (!line.lead.isEmpty()) {
            close();
            // Only the tab is kept as it is: the text's own white space collapses, as HTML's.
            text += QStringLiteral(
                        "<p class=\"lead\">%1<span style=\"white-space: pre\">\t</span>%2</p>")
                        .arg(toned(line, html(line.lead)), lineHtml(line, line.text));
            continue;
        }
        if (line.depth > 0 && open == Open::List) {
            if (!subList)
                text += QStringLiteral("<ul>");
            subList = true;
            text += QStringLiteral("<li>%1</li>").arg(lineHtml(line, line.text));
            continue;
        }
        if (open == Open::List) {
            if (subList)
                text += QStringLiteral("</ul>");
            subList = false;
            text += QStringLiteral("</li>");
        } else {
            close();
            text += QStringLiteral("<ul>");
            open = Open::List;
        }
        text += QStringLiteral("<li>%1").arg(lineHtml(line, line.text));
    }
    close();
    if (section.hidden > 0)
        text += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(html(WeekPane::tr("… and %1 more (the Markdown export lists them all)")
                                  .arg(section.hidden)));
    return text;
}

} // namespace

void WeekPane::updatePage()
{
    QString text;
    for (const OutlineSection &section : WeekOutline::of(m_plan, pageListLimit))
        if (section.section != WeekText::Section::Actions)
            text += sectionHtml(section);
    // A live update keeps the reader's place on the page.
    const int scroll = m_page->verticalScrollBar()->value();
    m_page->setHtml(text);
    m_page->verticalScrollBar()->setValue(scroll);
}

bool WeekPane::record(WeekActionChange change)
{
    if (change.isEmpty())
        return false;
    return pushEdit(new WeekActionCommand(session().weekActions(), std::move(change)));
}

const SuggestedAction *WeekPane::actionOf(const QString &actionId) const
{
    return actionId.isEmpty() ? nullptr : m_plan.action(actionId);
}

bool WeekPane::setDone(const QString &actionId, bool done)
{
    const SuggestedAction *action = actionOf(actionId);
    return action && record(WeekActionEdits::setDone(action->record, done, m_plan.asOf));
}

bool WeekPane::snooze(const QString &actionId, QDate until)
{
    const SuggestedAction *action = actionOf(actionId);
    return action && record(WeekActionEdits::snooze(action->snoozeRecord, until, m_plan.today));
}

bool WeekPane::dismiss(const QString &actionId)
{
    const SuggestedAction *action = actionOf(actionId);
    return action && record(WeekActionEdits::dismiss(action->record));
}

bool WeekPane::restore(const QString &actionId)
{
    const SuggestedAction *action = actionOf(actionId);
    if (!action)
        return false;
    return record(WeekActionEdits::restore(
        action->state == ActionState::Snoozed ? action->snoozeRecord : action->record));
}

bool WeekPane::addItem(const QString &text)
{
    WeekActionChange change = WeekActionEdits::add(m_plan.pmId, text, m_plan.asOf);
    if (change.isEmpty())
        return false;
    // The new item is the list's last: shown and selected once the plan has it.
    m_selectNext = change.after.first().meta.id;
    return record(std::move(change));
}

void WeekPane::open(const QString &actionId)
{
    const SuggestedAction *action = actionOf(actionId);
    if (action && action->subject.isValid())
        emit recordRequested(action->subject);
}

void WeekPane::openLink(const QUrl &url)
{
    if (url.scheme() != linkScheme())
        return;
    const RecordRef ref = RecordRef::fromLink(url.path());
    if (ref.isValid())
        emit recordRequested(ref);
}

void WeekPane::showSnoozeMenu(const QString &actionId, const QPoint &globalPosition)
{
    const QDate from = std::max(m_plan.today, m_plan.start);
    QMenu menu(this);
    auto until = [&](const QString &text, QDate day) {
        menu.addAction(tr("%1 (%2)").arg(text, WeekText::shortDate(day)), this,
                       [this, actionId, day] { snooze(actionId, day); });
    };
    until(tr("Until tomorrow"), from.addDays(1));
    until(tr("Until next week"), m_plan.start.addDays(7));
    until(tr("For two weeks"), m_plan.start.addDays(14));
    menu.addAction(tr("Until a day…"), this, [this, actionId, from] {
        if (const std::optional<QDate> day =
                DateDialog::ask(this, tr("Snooze"), tr("Bring it back on:"), from.addDays(7)))
            snooze(actionId, *day);
    });
    menu.exec(globalPosition);
}

void WeekPane::showActionMenu(const QPoint &position)
{
    const QModelIndex index = m_actionsView->indexAt(position);
    const SuggestedAction *action = m_actions->actionAt(index);
    if (!action)
        return;
    const QString id = action->id();
    const QPoint global = m_actionsView->viewport()->mapToGlobal(position);
    QMenu menu(this);
    if (action->subject.isValid())
        menu.addAction(tr("Open"), this, [this, id] { open(id); });
    if (action->isVisible()) {
        menu.addAction(
            action->state == ActionState::Done ? tr("Open again") : tr("Tick off"), this,
            [this, id, done = action->state != ActionState::Done] { setDone(id, done); });
        menu.addAction(tr("Snooze…"), this, [this, id, global] { showSnoozeMenu(id, global); });
        menu.addAction(action->record.isCustom() ? tr("Remove") : tr("Dismiss"), this,
                       [this, id] { dismiss(id); });
    } else {
        menu.addAction(tr("Bring back"), this, [this, id] { restore(id); });
    }
    menu.exec(global);
}

Outcome WeekPane::exportMarkdown(const QString &path) const
{
    return WeekMarkdown::save(m_plan, path);
}

std::unique_ptr<QTextDocument> WeekPane::printDocument() const
{
    auto document = std::make_unique<QTextDocument>();
    QFont font = this->font();
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setMarkdown(WeekMarkdown::write(m_plan));
    return document;
}

void WeekPane::print(QPrinter &printer)
{
    std::unique_ptr<QTextDocument> document = printDocument();
    printer.setDocName(WeekText::title(m_plan));
    document->print(&printer);
}
