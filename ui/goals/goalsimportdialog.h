#pragma once

#include "goals/goalcontext.h"

#include <QDialog>

#include <functional>

class ProblemListView;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
class WorkspaceSession;

// The preview of goals read from Markdown (a file, or text pasted from the clipboard) before
// importing them: each goal with its quarter, owner and key results and whether it is new,
// updates a goal of the board or is there already, or every problem with its line. A text
// that names no quarter for its goals gets one here. Import lands them all as one undoable
// step, or nothing.
class GoalsImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `text`: the Markdown; `source`: where it came from, for the title and problems.
    GoalsImportDialog(WorkspaceSession &session, QString text, QString source,
                      const QString &defaultQuarter, QWidget *parent = nullptr);

    const GoalContext::MarkdownImport &plan() const { return m_plan; }
    bool canImport() const;
    // For tests.
    QTableWidget *table() const { return m_table; }
    QComboBox *quarterChoice() const { return m_quarter; }
    ProblemListView *problems() const { return m_problems; }

private:
    void replan();

    WorkspaceSession &m_session;
    QString m_text;
    QString m_source;
    GoalContext::MarkdownImport m_plan;
    QLabel *m_summary;
    QWidget *m_quarterRow;
    QComboBox *m_quarter;
    QTableWidget *m_table;
    ProblemListView *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};
