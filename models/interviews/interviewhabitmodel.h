#pragma once

#include "interviewhabit.h"

#include <QAbstractTableModel>

class WorkspaceSession;

// The interview-habit heat map (the Interviews pane's "Cadence" view): one row per PM, one column
// per week (the last weeksBack weeks, this one and the next four), then the PM's streak and debt. A
// cell's colour says how the week stands against the target: met, partly, missed, or only planned.
class InterviewHabitModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { DoneRole = Qt::UserRole, PlannedRole, ActiveRole, WeekStartRole, PmIdRole };

    InterviewHabitModel(WorkspaceSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const HabitReport &report() const { return m_report; }
    int weekCount() const { return int(m_report.weekStarts.size()); }
    int streakColumn() const { return weekCount(); }
    int debtColumn() const { return weekCount() + 1; }
    void setTarget(int target);
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    void refresh();

private:
    WorkspaceSession &m_session;
    HabitReport m_report;
    int m_target = 1;
    Qt::DayOfWeek m_firstDay = Qt::Monday;
};
