#pragma once

#include "reviewschedule.h"

#include <QAbstractTableModel>

class WorkspaceSession;

// The growth reviews a PM looks at now (ReviewSchedule::recent): what needs doing on top, each
// with its month, product, due day, status (coloured, bold while it wants doing) and notes.
// Re-read after every batch that touched metrics.
class ReviewListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MonthColumn, ProductColumn, DueColumn, StatusColumn, NotesColumn, ColumnCount };
    enum Role { MonthRole = Qt::UserRole, ProductIdRole, StatusRole };

    explicit ReviewListModel(WorkspaceSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const ScheduledReview *reviewAt(int row) const;
    int overdueCount() const;
    // Whether any product has product-market fit (else the schedule is empty by definition).
    bool anyProductWithFit() const { return m_anyFit; }
    bool hasProducts() const { return m_hasProducts; }
    void refresh();

private:
    WorkspaceSession &m_session;
    QList<ScheduledReview> m_schedule;
    bool m_anyFit = false;
    bool m_hasProducts = false;
};
