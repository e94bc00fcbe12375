#pragma once

#include "shell/pane.h"

class ConflictListModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class SummaryLine;

// Conflicts: every value that lost a merge to a concurrent edit, kept, with the record, the
// field and both values side by side (who changed each, and when). For each, keep the current
// value (the conflict is dismissed) or restore the other one: either is one undoable edit that
// merges onward, so that resolving it here resolves it on every teammate's workspace.
class ConflictsPane final : public Pane
{
    Q_OBJECT

public:
    explicit ConflictsPane(WorkspaceSession &session, QWidget *parent = nullptr);

    static PaneInfo info();
    // A conflict record: selects it.
    bool showRecord(const RecordRef &ref) override;

    // The two resolutions of the selected conflict (or the one given); false if nothing changed.
    bool keepCurrent(const QString &conflictId);
    bool restoreOther(const QString &conflictId);
    QString currentConflictId() const;

    // For tests: the parts of the pane.
    ConflictListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QCheckBox *resolvedBox() const { return m_showResolved; }
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    bool resolve(const QString &conflictId, bool restore);
    void updateState();
    void openRecord();

    ConflictListModel *m_model;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    SummaryLine *m_summary;
    QCheckBox *m_showResolved;
    QPushButton *m_keep;
    QPushButton *m_restore;
    QPushButton *m_show;
    int m_rowBeforeReset = -1;
};
