#pragma once

#include "interviews/interviewtypes.h"
#include "shell/pane.h"

#include <QHash>

class InterviewHabitModel;
class InterviewAgendaModel;
class InterviewEditor;
class MonthView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QTabWidget;
class QTableView;
class WeekView;

// Interviews: the week (a time grid), the month and the agenda; the cadence of each PM
// against the weekly target; an editor with the candidate scorecard; iCalendar import and
// export. Every change goes through the undo stack.
class InterviewsPane final : public Pane
{
    Q_OBJECT

public:
    enum Tab { WeekTab, MonthTab, AgendaTab, CadenceTab };

    explicit InterviewsPane(WorkspaceSession &session, QWidget *parent = nullptr);

    static PaneInfo info();
    // An interview, in the week view with its editor open; no id: the week of the day.
    bool showRecord(const RecordRef &ref) override;
    QStringList unsavedEdits() const override;
    bool saveUnsavedEdits() override;

    WeekView *weekView() const { return m_week; }
    MonthView *monthView() const { return m_month; }
    QTableView *agendaView() const { return m_agendaView; }
    InterviewAgendaModel *agenda() const { return m_agenda; }
    InterviewHabitModel *cadence() const { return m_cadence; }
    InterviewEditor *editor() const { return m_editor; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchEdit() const { return m_search; }

    // Records an edit through the undo stack; false (and a status message) if it failed.
    bool record(InterviewChange change);
    // New interview (or a double-click on the calendar): a draft in the editor, for
    // newInterviewPm(), saved only by Save.
    void startDraft(const QDateTime &localStart);
    // The editor's interview, as a new one or over the stored one; false if it cannot be.
    bool save(const Interview &edited);
    QString newInterviewPm() const;
    void select(const QString &interviewId);
    void showWeekOf(QDate day);

private:
    QWidget *createToolbar();
    QWidget *createAgenda();
    QWidget *createCadence();
    void reloadChoices();
    void updateWeekLabel();
    void updateEmptyState();
    void scrollAgendaToToday();
    void updateAgendaFilter();
    void updateCadenceExtras();
    void importIcs();
    void exportIcs();

    QHash<QString, QColor> m_colours;
    QTabWidget *m_tabs = nullptr;
    WeekView *m_week = nullptr;
    MonthView *m_month = nullptr;
    QTableView *m_agendaView = nullptr;
    InterviewAgendaModel *m_agenda = nullptr;
    InterviewHabitModel *m_cadence = nullptr;
    QTableView *m_cadenceView = nullptr;
    QListWidget *m_teams = nullptr;
    QLabel *m_doubleBookings = nullptr;
    InterviewEditor *m_editor = nullptr;
    QLabel *m_weekLabel = nullptr;
    QComboBox *m_pmFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_agendaCount = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_hint = nullptr;      // shown instead of the editor when nothing is selected
    QScrollArea *m_side = nullptr; // the editor beside the calendar
    bool m_agendaSized = false;
};
