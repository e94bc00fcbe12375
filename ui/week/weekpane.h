#pragma once

#include "core/problem.h"
#include "shell/pane.h"
#include "week/weekplan.h"

class QCalendarWidget;
class QCheckBox;
class QComboBox;
class QStackedWidget;
class QLabel;
class QLineEdit;
class QListView;
class QPrinter;
class QTextBrowser;
class QTextDocument;
class QToolButton;
class SummaryLine;
class WeekActionDelegate;
class WeekActionModel;

// This week: one PM's week (or everyone's) on one page, where Cadence opens. The checklist of
// suggested actions on the left (tick off, snooze, dismiss, add one's own: each an undoable
// step), the agenda with its free stretches, the interview habit, growth reviews, goals,
// hiring and the team-wide picture on the right, every item a link to its record in its pane.
// The plan follows every change to the workspace, from any pane.
class WeekPane final : public Pane
{
    Q_OBJECT

public:
    explicit WeekPane(WorkspaceSession &session, QWidget *parent = nullptr);
    ~WeekPane() override;

    static PaneInfo info();
    // A PM: their week.
    bool showRecord(const RecordRef &ref) override;
    bool canPrint() const override { return true; }
    void print(QPrinter &printer) override;

    const WeekPlan &plan() const { return m_plan; }
    QString pmId() const;
    void setPmId(const QString &pmId); // empty: everyone
    void showWeekOf(QDate day);
    void step(int weeks);
    // Says which PM "me" is on this machine (empty: none of them), and shows their week.
    void setMe(const QString &pmId);

    // Edits of the checklist, each one undoable step; false if nothing changed.
    bool setDone(const QString &actionId, bool done);
    bool snooze(const QString &actionId, QDate until);
    bool dismiss(const QString &actionId);
    bool restore(const QString &actionId);
    bool addItem(const QString &text);
    // Opens what an item is about in its pane.
    void open(const QString &actionId);

    Outcome exportMarkdown(const QString &path) const;
    // The printout: the Markdown export laid out for paper.
    std::unique_ptr<QTextDocument> printDocument() const;

    // For tests: the parts of the pane.
    QComboBox *pmBox() const { return m_pm; }
    QListView *actionsView() const { return m_actionsView; }
    WeekActionModel *actions() const { return m_actions; }
    WeekActionDelegate *actionDelegate() const { return m_delegate; }
    QTextBrowser *page() const { return m_page; }
    // The first use's question, "whose week is this?", shown instead of a plan.
    bool isAsking() const;
    QComboBox *meChoice() const { return m_choice; }
    QLineEdit *addEdit() const { return m_add; }
    QCheckBox *putAsideBox() const { return m_putAside; }
    QToolButton *rangeButton() const { return m_range; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createQuestion();
    void showQuestion(bool asking);
    QWidget *createChecklist();
    void reloadPms();
    void scheduleRefresh();
    void refresh();
    void updatePage();
    void updateSummary();
    void updateRange();
    bool record(WeekActionChange change);
    const SuggestedAction *actionOf(const QString &actionId) const;
    void showSnoozeMenu(const QString &actionId, const QPoint &globalPosition);
    void showActionMenu(const QPoint &position);
    void openLink(const QUrl &url);

    WeekPlan m_plan;
    QDate m_day; // any day of the week shown
    bool m_refreshScheduled = false;
    bool m_stale = false; // the workspace changed while the pane was hidden
    QString m_selectNext; // an item just added

    QComboBox *m_pm = nullptr;
    QToolButton *m_me = nullptr;
    QToolButton *m_range = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    SummaryLine *m_summary = nullptr;
    QStackedWidget *m_body = nullptr; // the plan, or the question
    QWidget *m_question = nullptr;    // while asking whose week it is
    QWidget *m_weekRow = nullptr;
    QList<QWidget *> m_planOnly;   // hidden while asking whose week it is
    QComboBox *m_choice = nullptr; // on the question's page
    QLabel *m_actionsTitle = nullptr;
    QListView *m_actionsView = nullptr;
    WeekActionModel *m_actions = nullptr;
    WeekActionDelegate *m_delegate = nullptr;
    QLineEdit *m_add = nullptr;
    QCheckBox *m_putAside = nullptr;
    QLabel *m_nothing = nullptr;
    QTextBrowser *m_page = nullptr;
};
