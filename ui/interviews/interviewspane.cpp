#include "interviewspane.h"

#include "commands/interviewcommand.h"
#include "core/ids.h"
#include "core/settings.h"
#include "coverage/coveragerepository.h"
#include "formats/icalendar.h"
#include "intervieweditor.h"
#include "interviews/interviewagendamodel.h"
#include "interviews/interviewedits.h"
#include "interviews/interviewhabit.h"
#include "interviews/interviewhabitmodel.h"
#include "interviews/interviewrepository.h"
#include "monthview.h"
#include "week/mepm.h"
#include "weekview.h"
#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>

#include "core/palette.h"
#include "widgets/errortext.h"
#include "widgets/filedialogs.h"
#include "widgets/panetoolbar.h"
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QToolButton *toolButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PaneInfo InterviewsPane::info()
{
    return {QStringLiteral("interviews"), tr("Interviews"),
            QIcon(QStringLiteral(":/cadence/icons/interviews.svg")), Area::Interviews};
}

InterviewsPane::InterviewsPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, info(), parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(createToolbar());

    auto *splitter = new QSplitter(this);
    auto *calendar = new QWidget(splitter);
    auto *calendarLayout = new QVBoxLayout(calendar);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(calendar);
    m_week = new WeekView(session, m_tabs);
    m_month = new MonthView(session, m_tabs);
    m_tabs->addTab(m_week, tr("Week"));
    m_tabs->addTab(m_month, tr("Month"));
    m_tabs->addTab(createAgenda(), tr("Agenda"));
    m_tabs->addTab(createCadence(), tr("Cadence"));
    // The editor opens beside the calendar only when an interview is selected, so that the
    // calendar has the whole width the rest of the time (a small window needs it).
    m_hint = new QLabel(tr("Select an interview to edit it, or double-click the calendar to "
                           "book one."),
                        calendar);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    calendarLayout->addWidget(m_tabs, 1);
    calendarLayout->addWidget(m_hint);
    m_side = new QScrollArea(splitter);
    m_editor = new InterviewEditor(m_side);
    m_side->setWidget(m_editor);
    m_side->setWidgetResizable(true);
    m_side->setMinimumWidth(300);
    m_side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_side->hide();
    splitter->addWidget(calendar);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    reloadChoices();
    session.changes().whenChanged(Area::Coverage, this, [this] { reloadChoices(); });
    session.changes().whenChanged(Area::Interviews, this, [this] {
        if (!m_editor->isDraft())
            select(m_editor->interview() ? m_editor->interview()->meta.id : QString());
        updateEmptyState();
    });

    connect(m_week, &WeekView::interviewSelected, this, &InterviewsPane::select);
    connect(m_week, &WeekView::createRequested, this, &InterviewsPane::startDraft);
    connect(m_week, &WeekView::moveRequested, this,
            [this](const QString &id, const QDateTime &start) {
                if (auto interview = this->session().interviews().interview(id))
                    record(InterviewEdits::move(*interview, start));
            });
    connect(m_month, &MonthView::dayActivated, this, &InterviewsPane::showWeekOf);
    connect(m_editor, &InterviewEditor::saveRequested, this, &InterviewsPane::save);
    connect(m_editor, &InterviewEditor::closeRequested, this, [this] {
        select(QString());
        m_week->setFocus();
    });
    connect(m_week, &WeekView::interviewActivated, this, [this](const QString &id) {
        select(id);
        m_editor->focusFirstField();
    });
    connect(m_week, &WeekView::deleteRequested, this, [this](const QString &id) {
        if (auto stored = this->session().interviews().interview(id)) {
            record(InterviewEdits::remove(*stored));
            select(QString());
        }
    });
    connect(m_editor, &InterviewEditor::deleteRequested, this, [this](const QString &id) {
        if (auto stored = this->session().interviews().interview(id)) {
            record(InterviewEdits::remove(*stored));
            select(QString());
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &InterviewsPane::updateWeekLabel);
    // A hidden view cannot scroll: the agenda finds today again when it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == AgendaTab)
            scrollAgendaToToday();
        // The heat map opens at its right end: the recent weeks, the plans, each PM's streak
        // and debt; the oldest weeks are the ones left to scroll to.
        if (tab == CadenceTab)
            m_cadenceView->scrollTo(m_cadence->index(0, m_cadence->columnCount() - 1));
    });
    updateWeekLabel();
    updateCadenceExtras();
}

QWidget *InterviewsPane::createToolbar()
{
    // The title and the actions, then the week, the PM filter and the colour legend.
    auto *bar = new PaneToolbar(title(), this);
    QHBoxLayout *row = bar->top();
    QHBoxLayout *second = bar->bottom();
    QToolButton *previous = toolButton(QStringLiteral("◀"), bar);
    previous->setToolTip(tr("Previous week"));
    QToolButton *today = toolButton(tr("Today"), bar);
    QToolButton *next = toolButton(QStringLiteral("▶"), bar);
    next->setToolTip(tr("Next week"));
    m_weekLabel = new QLabel(bar);
    QFont bold = m_weekLabel->font();
    bold.setBold(true);
    m_weekLabel->setFont(bold);
    m_pmFilter = new QComboBox(bar);
    m_pmFilter->setObjectName(QStringLiteral("interviewsPmFilter"));
    m_pmFilter->setToolTip(tr("Show one PM's interviews"));
    m_legend = new QLabel(bar);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setMinimumWidth(120);
    QToolButton *add = toolButton(tr("New interview"), bar);
    QToolButton *import = toolButton(tr("Import .ics…"), bar);
    QToolButton *exportButton = toolButton(tr("Export .ics…"), bar);
    row->addStretch(1);
    row->addWidget(add);
    row->addWidget(import);
    row->addWidget(exportButton);
    second->addWidget(previous);
    second->addWidget(today);
    second->addWidget(next);
    second->addSpacing(8);
    second->addWidget(m_weekLabel);
    second->addSpacing(16);
    second->addWidget(m_pmFilter);
    second->addSpacing(12);
    second->addWidget(m_legend, 1);

    auto step = [this](int direction) {
        if (m_tabs->currentIndex() == MonthTab)
            m_month->setMonth(m_month->month().addMonths(direction));
        else
            m_week->setWeek(m_week->weekStart().addDays(7 * direction));
        updateWeekLabel();
    };
    connect(previous, &QToolButton::clicked, this, [step] { step(-1); });
    connect(next, &QToolButton::clicked, this, [step] { step(1); });
    connect(today, &QToolButton::clicked, this, [this] { showWeekOf(session().today()); });
    connect(add, &QToolButton::clicked, this, [this] {
        // The next whole hour from now (or 10:00 on the first day of a week ahead of now).
        QDateTime start = session().clock().now().toLocalTime().addSecs(3600);
        start = QDateTime(start.date(), QTime(start.time().hour(), 0));
        if (m_week->weekStart() > start.date())
            start = QDateTime(m_week->weekStart(), QTime(10, 0));
        startDraft(start);
    });
    connect(m_pmFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString pmId = m_pmFilter->currentData().toString();
        m_week->setPmFilter(pmId);
        m_month->setPmFilter(pmId);
        updateAgendaFilter();
    });
    connect(import, &QToolButton::clicked, this, &InterviewsPane::importIcs);
    connect(exportButton, &QToolButton::clicked, this, &InterviewsPane::exportIcs);
    return bar;
}

QWidget *InterviewsPane::createAgenda()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search people, organisations, notes, findings…"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter = new QComboBox(page);
    m_kindFilter->addItem(tr("All kinds"), -1);
    m_kindFilter->addItem(interviewKindLabel(InterviewKind::User), int(InterviewKind::User));
    m_kindFilter->addItem(interviewKindLabel(InterviewKind::Candidate),
                          int(InterviewKind::Candidate));
    m_statusFilter = new QComboBox(page);
    m_statusFilter->addItem(tr("Any status"), -1);
    for (InterviewStatus status : {InterviewStatus::Planned, InterviewStatus::Done,
                                   InterviewStatus::Cancelled, InterviewStatus::NoShow})
        m_statusFilter->addItem(interviewStatusLabel(status), int(status));
    m_teamFilter = new QComboBox(page);
    m_from = new QDateEdit(page);
    m_to = new QDateEdit(page);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(edit == m_from ? tr("from any day") : tr("to any day"));
        edit->setDate(edit->minimumDate());
    }
    // The search has a row of its own, so that a small window does not squeeze it to nothing.
    layout->addWidget(m_search);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_teamFilter);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    layout->addLayout(filters);
    m_agenda = new InterviewAgendaModel(session(), page);
    m_agendaView = new QTableView(page);
    m_agendaView->setModel(m_agenda);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->verticalHeader()->hide();
    // The organisation takes the width that is left and gives way first in a narrow window
    // ("Umbrella Analyt…", whole in the tooltip), so that Team and Status stay in sight.
    m_agendaView->horizontalHeader()->setSectionResizeMode(InterviewAgendaModel::Organisation,
                                                           QHeaderView::Stretch);
    m_agendaView->setAlternatingRowColors(true);
    m_agendaView->verticalHeader()->setDefaultSectionSize(m_agendaView->fontMetrics().height() + 8);
    // Columns fit what the first rows show (measuring a hundred thousand would cost seconds);
    // names too long for theirs end in "…", whole in the tooltip.
    m_agendaView->horizontalHeader()->setResizeContentsPrecision(64);
    m_agendaView->setTextElideMode(Qt::ElideRight);
    m_agendaView->setWordWrap(false);
    layout->addWidget(m_agendaView, 1);
    m_agendaCount = new QLabel(page);
    layout->addWidget(m_agendaCount);

    connect(m_search, &QLineEdit::textChanged, this, &InterviewsPane::updateAgendaFilter);
    for (QComboBox *box : {m_kindFilter, m_statusFilter, m_teamFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &InterviewsPane::updateAgendaFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &InterviewsPane::updateAgendaFilter);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const Interview *interview = m_agenda->interviewAt(current))
                    select(interview->meta.id);
            });
    connect(m_agendaView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const Interview *interview = m_agenda->interviewAt(index)) {
            showWeekOf(interview->localDate());
            m_tabs->setCurrentIndex(WeekTab);
        }
    });
    auto sizeColumns = [this] {
        if (m_agendaSized || m_agenda->rowCount() == 0)
            return;
        m_agendaSized = true; // then the user's widths, not a jump on every keystroke
        for (int column = 0; column < InterviewAgendaModel::ColumnCount; ++column)
            if (column != InterviewAgendaModel::Organisation)
                m_agendaView->resizeColumnToContents(column);
    };
    sizeColumns();
    connect(m_agenda, &QAbstractItemModel::modelReset, this, [this, sizeColumns] {
        sizeColumns();
        scrollAgendaToToday();
        m_agendaCount->setText(
            tr("%1 of %n interview(s)", nullptr, m_agenda->totalCount()).arg(m_agenda->rowCount()));
    });
    return page;
}

QWidget *InterviewsPane::createCadence()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_cadence = new InterviewHabitModel(session(), page);
    m_cadence->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    m_cadence->setTarget(Settings().weeklyInterviewTarget());
    auto *explain =
        new QLabel(tr("User interviews done (+ planned) per week against the target of %n per PM. "
                      "Green: met; blue: planned to meet; amber: short; red: none.",
                      nullptr, Settings().weeklyInterviewTarget()),
                   page);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_cadenceView = new QTableView(page);
    m_cadenceView->setModel(m_cadence);
    m_cadenceView->horizontalHeader()->setDefaultSectionSize(50);
    m_cadenceView->horizontalHeader()->setMinimumSectionSize(40);
    m_cadenceView->setSelectionMode(QAbstractItemView::NoSelection);
    m_cadenceView->setShowGrid(true);
    layout->addWidget(m_cadenceView, 2);
    m_doubleBookings = new QLabel(page);
    m_doubleBookings->setWordWrap(true);
    showAsError(m_doubleBookings);
    layout->addWidget(m_doubleBookings);
    layout->addWidget(
        new QLabel(tr("Weeks since a user of each covered team was interviewed"), page));
    m_teams = new QListWidget(page);
    layout->addWidget(m_teams, 1);
    connect(m_cadence, &QAbstractItemModel::modelReset, this, &InterviewsPane::updateCadenceExtras);
    return page;
}

void InterviewsPane::reloadChoices()
{
    const QList<Pm> pms = session().coverage().pms();
    const QList<Team> teams = session().coverage().teams();
    m_colours.clear();
    QStringList legend;
    for (int i = 0; i < pms.size(); ++i) {
        const QColor colour = Palette::current().pmColour(i);
        m_colours.insert(pms[i].meta.id, colour);
        if (!pms[i].isArchived() && legend.size() < 8)
            // Non-breaking spaces: the legend wraps between PMs, never inside a name.
            legend << QStringLiteral("<span style='color:%1'>●</span>&nbsp;%2")
                          .arg(colour.name(), pms[i].name.toHtmlEscaped().replace(
                                                  QLatin1Char(' '), QStringLiteral("&nbsp;")));
    }
    m_legend->setText(legend.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_week->setPmColours(m_colours);
    m_month->setPmColours(m_colours);
    updateEmptyState();
    m_editor->setChoices(pms, teams);

    const QString pmId = m_pmFilter->currentData().toString();
    m_pmFilter->blockSignals(true);
    m_pmFilter->clear();
    m_pmFilter->addItem(tr("Everyone"), QString());
    for (const Pm &pm : pms)
        m_pmFilter->addItem(pm.name, pm.meta.id);
    m_pmFilter->setCurrentIndex(std::max(0, m_pmFilter->findData(pmId)));
    m_pmFilter->blockSignals(false);

    const QString teamId = m_teamFilter->currentData().toString();
    m_teamFilter->blockSignals(true);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("All teams"), QString());
    for (const Team &team : teams)
        m_teamFilter->addItem(team.name, team.meta.id);
    m_teamFilter->setCurrentIndex(std::max(0, m_teamFilter->findData(teamId)));
    m_teamFilter->blockSignals(false);
}

void InterviewsPane::scrollAgendaToToday()
{
    // The agenda opens on today: the past is above, the plans below.
    const QDateTime now = session().clock().now();
    for (int row = 0; row < m_agenda->rowCount(); ++row)
        if (m_agenda->interviewAt(m_agenda->index(row, 0))->start >= now) {
            m_agendaView->scrollTo(m_agenda->index(row, 0), QAbstractItemView::PositionAtTop);
            break;
        }
}

void InterviewsPane::updateEmptyState()
{
    // A new workspace: say what to do first rather than show a bare grid.
    const bool noPm = session().coverage().pms().isEmpty();
    const int total = session().interviews().count();
    m_week->setEmptyText(
        noPm ? tr("No PMs yet. Add the PMs on the Coverage pane, then book their interviews "
                  "here.")
        : total == 0
            ? tr("No interviews yet. Double-click a time to book one, or import a calendar "
                 "(.ics) from Google Calendar, Thunderbird or Outlook.")
            : tr("No interviews this week. Double-click a time to book one."));
}

void InterviewsPane::updateWeekLabel()
{
    const QLocale locale;
    if (m_tabs->currentIndex() == MonthTab) {
        m_weekLabel->setText(locale.toString(m_month->month(), QStringLiteral("MMMM yyyy")));
        return;
    }
    const QDate start = m_week->weekStart();
    const QDate end = start.addDays(6);
    m_weekLabel->setText(tr("%1 – %2").arg(locale.toString(start, QStringLiteral("d MMM")),
                                           locale.toString(end, QStringLiteral("d MMM yyyy"))));
}

void InterviewsPane::updateAgendaFilter()
{
    InterviewAgendaModel::Filter filter;
    filter.text = m_search->text();
    filter.pmId = m_pmFilter->currentData().toString();
    if (m_kindFilter->currentData().toInt() >= 0)
        filter.kind = InterviewKind(m_kindFilter->currentData().toInt());
    if (m_statusFilter->currentData().toInt() >= 0)
        filter.status = InterviewStatus(m_statusFilter->currentData().toInt());
    filter.teamId = m_teamFilter->currentData().toString();
    if (m_from->date() != m_from->minimumDate())
        filter.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        filter.to = m_to->date();
    m_agenda->setFilter(filter);
}

void InterviewsPane::updateCadenceExtras()
{
    if (!m_teams)
        return;
    m_teams->clear();
    const HabitReport &report = m_cadence->report();
    for (const TeamRecency &team : report.teams) {
        auto *item = new QListWidgetItem(
            team.weeksSince < 0
                ? tr("%1: no user interviewed yet").arg(team.team.name)
                : tr("%1: %n week(s) (last on %2)", nullptr, team.weeksSince)
                      .arg(team.team.name, team.lastInterview.toString(Qt::ISODate)),
            m_teams);
        if (team.weeksSince < 0 || team.weeksSince >= 4)
            item->setForeground(Palette::current().error);
    }
    const QDateTime from = QDateTime(session().today(), QTime(0, 0)).toUTC();
    const auto clashes = InterviewHabit::doubleBookings(
        session().interviews().between(from.addDays(-1), from.addDays(7 * 5)));
    QStringList lines;
    for (const auto &[first, second] : clashes) {
        QString name;
        for (int i = 0; i < m_pmFilter->count(); ++i)
            if (m_pmFilter->itemData(i).toString() == first.pmId)
                name = m_pmFilter->itemText(i);
        lines << tr("⚠ %1 is booked twice on %2: %3 and %4")
                     .arg(name,
                          first.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          first.interviewee, second.interviewee);
    }
    m_doubleBookings->setText(lines.join(QLatin1Char('\n')));
    m_doubleBookings->setVisible(!lines.isEmpty());
}

bool InterviewsPane::save(const Interview &edited)
{
    if (auto stored = session().interviews().interview(edited.meta.id))
        return record(InterviewEdits::update(*stored, edited));
    if (edited.pmId.isEmpty()) {
        emit statusMessage(tr("Choose the PM of the interview first."));
        m_editor->focusFirstField();
        return false;
    }
    if (!record(InterviewEdits::create(edited)))
        return false;
    select(edited.meta.id);
    return true;
}

QStringList InterviewsPane::unsavedEdits() const
{
    if (!m_editor->isModified())
        return {};
    const Interview edited = m_editor->edited();
    const QString who = edited.interviewee.isEmpty() ? tr("someone") : edited.interviewee;
    return {m_editor->isDraft() ? tr("the new interview with %1").arg(who)
                                : tr("the interview with %1").arg(who)};
}

bool InterviewsPane::saveUnsavedEdits()
{
    return !m_editor->isModified() || save(m_editor->edited());
}

bool InterviewsPane::record(InterviewChange change)
{
    if (change.isEmpty())
        return true;
    return pushEdit(new InterviewCommand(session().interviews(), std::move(change)));
}

QString InterviewsPane::newInterviewPm() const
{
    // The PM whose calendar the filter shows; on everyone's, "me" (the This week pane asks who
    // that is); nobody when neither is known: the editor then asks for one.
    const QString shown = m_pmFilter->currentData().toString();
    return shown.isEmpty() ? MePm::of(session()).value_or(QString()) : shown;
}

void InterviewsPane::startDraft(const QDateTime &localStart)
{
    Interview draft;
    draft.meta.id = Ids::random();
    draft.pmId = newInterviewPm();
    draft.start = localStart.toUTC();
    draft.minutes = 30;
    draft.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_editor->setInterview(draft, true);
    m_editor->setWarning(QString());
    m_side->setVisible(true);
    m_hint->setVisible(false);
    m_week->setSelected(QString());
    m_editor->focusFirstField();
    emit statusMessage(tr("A new interview: fill in who and when, then Save (Escape drops it)."));
}

void InterviewsPane::select(const QString &interviewId)
{
    std::optional<Interview> interview;
    if (!interviewId.isEmpty())
        interview = session().interviews().interview(interviewId);
    if (interview && interview->meta.deleted)
        interview.reset();
    m_editor->setInterview(interview);
    m_side->setVisible(interview.has_value());
    m_hint->setVisible(!interview);
    m_week->setSelected(interview ? interview->meta.id : QString());
    QString warning;
    if (interview) {
        const QList<Interview> clashes = session().interviews().clashesWith(*interview);
        if (!clashes.isEmpty())
            warning =
                tr("⚠ Double-booked: this PM also has “%1” at %2.")
                    .arg(clashes.first().title(),
                         clashes.first().start.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    m_editor->setWarning(warning);
}

bool InterviewsPane::showRecord(const RecordRef &ref)
{
    if (ref.table != QLatin1String("interview"))
        return false;
    std::optional<Interview> interview;
    if (!ref.id.isEmpty()) {
        interview = session().interviews().interview(ref.id);
        if (!interview || interview->meta.deleted)
            return false;
    }
    m_tabs->setCurrentIndex(WeekTab);
    showWeekOf(interview           ? interview->localDate()
               : ref.day.isValid() ? ref.day
                                   : session().today());
    if (interview)
        select(interview->meta.id);
    return true;
}

void InterviewsPane::showWeekOf(QDate day)
{
    m_week->setWeek(day);
    m_month->setMonth(day);
    if (m_tabs->currentIndex() == MonthTab)
        m_tabs->setCurrentIndex(WeekTab);
    updateWeekLabel();
}

void InterviewsPane::importIcs()
{
    const QString path = FileDialogs::openFile(this, tr("Import interviews"), QString(),
                                               tr("iCalendar (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Outcome problem = session().verify()) { // a bulk write: on a file checked whole first
        QMessageBox::warning(this, tr("Import interviews"),
                             tr("Nothing was imported.\n\n%1").arg(problem->text()));
        return;
    }
    const QString pm = m_pmFilter->currentIndex() > 0 ? m_pmFilter->currentText() : QString();
    Result<ICalendar::ImportPlan> plan = ICalendar::planImport(session(), path, pm);
    if (!plan) {
        QMessageBox::warning(this, tr("Import interviews"),
                             tr("Nothing was imported.\n\n%1").arg(plan.problem().text()));
        return;
    }
    if (!plan.value().change.isEmpty())
        record(plan.value().change);
    emit statusMessage(tr("Imported %1: %2").arg(path, plan.value().summary()));
}

void InterviewsPane::exportIcs()
{
    const QString path = FileDialogs::saveFile(
        this, tr("Export interviews"), QStringLiteral("interviews.ics"), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (Outcome problem = ICalendar::exportFile(session(), path))
        QMessageBox::warning(this, tr("Export interviews"), problem->text());
    else
        emit statusMessage(tr("Exported the interviews to %1").arg(path));
}
