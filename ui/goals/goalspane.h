#pragma once

#include "core/problem.h"
#include "goals/goaledits.h"
#include "shell/pane.h"
#include "widgets/sidewayshint.h"

#include <array>

class GoalBoardModel;
class GoalEditor;
class GoalFilterProxy;
class QComboBox;
class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;

// The quarterly board: one column per status, a card per goal. Cards are dragged between
// columns and within one to reorder (Ctrl+arrow keys do the same), filtered by quarter, PM,
// team and kind, and edited in the detail editor that opens beside the board when a card is
// selected (Escape or Close folds it away again, giving the board its room). Every change is
// one step on the undo stack.
class GoalsPane final : public Pane
{
    Q_OBJECT

public:
    explicit GoalsPane(WorkspaceSession &session, QWidget *parent = nullptr);

    static PaneInfo info();
    bool showRecord(const RecordRef &ref) override;
    QStringList unsavedEdits() const override;
    bool saveUnsavedEdits() override;

    // For tests: the board, its columns and the filters.
    GoalBoardModel *board() const { return m_board; }
    QListView *columnView(GoalStatus status) const { return m_views[size_t(status)]; }
    GoalFilterProxy *column(GoalStatus status) const { return m_columns[size_t(status)]; }
    GoalEditor *editor() const { return m_editor; }
    QComboBox *quarterFilter() const { return m_quarter; }
    QComboBox *pmFilter() const { return m_pm; }
    QComboBox *teamFilter() const { return m_team; }
    QComboBox *kindFilter() const { return m_kind; }
    QString currentQuarter() const;
    // For tests: whether the editor is open beside the board, and the hint shown instead of
    // the columns when no goal matches.
    bool isEditorShown() const;
    QWidget *emptyState() const { return m_emptyState; }
    bool isEmptyStateShown() const;

    // Records an edit through the undo stack; false (and a status message) if it failed.
    bool record(GoalChange change);
    void addGoal();
    // Carries the unfinished goals of the shown quarter over to the next, as one step; the
    // Carry over button asks first, saying how many and that they are copied.
    void carryOver();
    void confirmCarryOver();
    // Selects a goal's card (switching the quarter if needed) and shows it in the editor.
    void selectGoal(const QString &goalId);
    // Moves the selected card one column left/right (columns = ±1) or one place up/down.
    void moveSelected(int columns, int places);
    // Clears the selection and folds the editor away.
    void closeEditor();
    // The shown quarter's goals (of the PM filtered on, or all) as Markdown in the handbook's
    // shape; and goals from such a file or text (the handbook page pasted, say), as one
    // undoable step, after a preview when interactive. Goals the text gives no quarter go
    // into the shown one. The problem, if any, names the source; a malformed text changes
    // nothing.
    Outcome exportMarkdown(const QString &path);
    Outcome importMarkdown(const QString &path, bool interactive = false);
    Outcome importMarkdownText(const QString &text, const QString &source,
                               bool interactive = false);
    // Goals ▸ Paste goals from text…: the clipboard's text, through the same preview.
    void pasteGoals();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createFilterBar();
    QWidget *createColumn(GoalStatus status);
    void refreshFilterChoices();
    void applyFilters();
    void updateCounts();
    // Counts and choices are brought up to date once per event loop pass, however many rows
    // a filter change moved.
    void scheduleRefresh(bool choices);
    int carryCandidateCount() const;
    void onCardSelected(GoalStatus status);
    QString selectedGoalId() const;
    void showEditor(bool shown);
    SidewaysHint::OutOfSight columnsOutOfSight() const;
    void clearFilters();
    void populateMarkdownMenu();

    GoalBoardModel *m_board;
    std::array<GoalFilterProxy *, 5> m_columns{};
    std::array<QListView *, 5> m_views{};
    std::array<QLabel *, 5> m_headers{};
    GoalEditor *m_editor;
    QWidget *m_editorSide = nullptr;
    QScrollArea *m_boardScroll = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_boardStack = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAction = nullptr;
    QLabel *m_hint = nullptr;
    SidewaysHint *m_moreColumns = nullptr;
    QComboBox *m_quarter = nullptr;
    QComboBox *m_pm = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_carry = nullptr;
    QMenu *m_markdownMenu = nullptr;
    QLabel *m_summary = nullptr;
    bool m_selecting = false;
    bool m_movingSelected = false; // the card being moved is the selected one
    // The left button went down on a card and may start a drag: the editor waits for the
    // click, because opening it narrows the columns under the pointer and the drop would land
    // one column off.
    bool m_pressOnCard = false;
    bool m_refreshScheduled = false;
    bool m_choicesStale = false;
    bool m_editorSized = false;
};
