#pragma once

#include "goaltypes.h"

#include <QSortFilterProxyModel>

#include <optional>

class GoalBoardModel;

// One view of the board: the goals of a quarter, optionally of one PM (owner or supporter),
// one team, one kind and one status, in board order. A column of the board is one of these
// with its status set; dropping cards on it moves them into that column.
class GoalFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GoalFilterProxy(GoalBoardModel &board, QObject *parent = nullptr);

    void setQuarter(const QString &quarter); // empty: every quarter
    void setPmId(const QString &pmId);       // empty: every PM
    void setTeamId(const QString &teamId);   // empty: every team
    void setKind(std::optional<GoalKind> kind);
    void setStatus(std::optional<GoalStatus> status);
    // Sets every filter at once, re-filtering once.
    void setFilters(const QString &quarter, const QString &pmId, const QString &teamId,
                    std::optional<GoalKind> kind);

    QString quarter() const { return m_quarter; }
    std::optional<GoalStatus> status() const { return m_status; }
    const Goal &goalAt(const QModelIndex &index) const;

    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    GoalBoardModel &m_board;
    QString m_quarter;
    QString m_pmId;
    QString m_teamId;
    std::optional<GoalKind> m_kind;
    std::optional<GoalStatus> m_status;
};
