#pragma once

#include "goals/goaltypes.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class WorkspaceSession;

// The detail editor of one goal: every field, and its key results as a checklist where each
// may be bound to a metric. Nothing is saved until Apply, which hands the edited goal over
// (the pane records it as one undoable step); Revert shows the goal as saved again.
class GoalEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit GoalEditor(WorkspaceSession &session, QWidget *parent = nullptr);

    // Shows a goal (nullptr: none); unsaved edits of the previous one are dropped.
    void setGoal(const Goal *goal);
    QString goalId() const { return m_goal ? m_goal->meta.id : QString(); }
    // The goal with the editor's fields.
    Goal edited() const;
    bool isModified() const;
    void refreshChoices(); // PMs, teams and products changed

    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *keyResultList() const { return m_keyResults; }

signals:
    void applyRequested(const Goal &edited);
    void removeRequested(const QString &goalId);
    // The user is done with this goal: the pane folds the editor away (unapplied edits go).
    void closeRequested();

private:
    void addKeyResult();
    void removeKeyResult();
    void showMetricOf(QListWidgetItem *item);
    void storeMetric();
    void updateButtons();

    WorkspaceSession &m_session;
    std::optional<Goal> m_goal;
    bool m_loading = false;
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_owner;
    QListWidget *m_supporters;
    QComboBox *m_team;
    QPlainTextEdit *m_description;
    QLineEdit *m_findings;
    QListWidget *m_keyResults;
    QPushButton *m_removeKeyResult;
    QComboBox *m_product;
    QComboBox *m_metricKey;
    QDoubleSpinBox *m_baseline;
    QDoubleSpinBox *m_target;
    QWidget *m_metricRow;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_remove;
};
