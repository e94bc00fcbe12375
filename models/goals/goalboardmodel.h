#pragma once

#include "goalprogress.h"
#include "goaltypes.h"
#include "workspace/workspacechange.h"

#include <QAbstractListModel>
#include <QHash>

class CoverageRepository;
class GoalRepository;
class QUndoStack;

// Every goal of the workspace as one flat list, for the board: GoalFilterProxy picks a
// quarter, a PM, a team, a kind and one status column out of it. It follows the repository
// goal by goal (the rows a change names), so that moving one card on a board of thousands stays
// cheap. Cards are dragged as the goal ids (mimeType()); drops and keyboard moves go through
// move(), which pushes an undoable command.
class GoalBoardModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        GoalIdRole = Qt::UserRole,
        QuarterRole,
        StatusRole, // GoalStatus as int
        KindRole,   // GoalKind as int
        OwnerIdRole,
        TeamIdRole,
        RankRole,
        OwnerNameRole,
        TeamNameRole,
        KindNameRole,
        SupporterNamesRole, // QStringList
        ProgressRole,       // double 0..1, or invalid when the goal has no key results
        KeyResultCountRole,
        KeyResultsDoneRole,
        SampleRole,
    };

    // undoStack may be null: moves are then applied directly.
    GoalBoardModel(GoalRepository &goals, CoverageRepository &coverage, QUndoStack *undoStack,
                   QDate today, QObject *parent = nullptr);

    static QString mimeType() { return QStringLiteral("application/x-cadence-goal-ids"); }
    static QStringList idsFromMime(const QMimeData *data);

    // Reads metrics for metric-bound key results; recomputes every card's progress.
    void setMetricLookup(GoalProgress::MetricLookup lookup);
    void reload();

    const Goal &goalAt(int row) const { return m_goals.at(row); }
    const QList<Goal> &goals() const { return m_goals; }
    const Goal *goal(const QString &id) const;
    QModelIndex indexOf(const QString &id) const;
    std::optional<double> progressAt(int row) const { return m_progress.at(row); }
    QString pmName(const QString &id) const { return m_pmNames.value(id); }
    QString teamName(const QString &id) const { return m_teamNames.value(id); }
    // The goals of one column (quarter and status), in board order.
    QList<Goal> column(const QString &quarter, GoalStatus status) const;

    // Moves a goal to a status column, before the goal beforeId (empty: to the end), as one
    // undoable step. Returns false if the goal is unknown or nothing would change.
    bool move(const QString &goalId, GoalStatus status, const QString &beforeId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QHash<int, QByteArray> roleNames() const override;

signals:
    // Around a move (drag, keys, and a change of column or quarter by undo, redo or a merge):
    // a view may hold on to the moved card instead of following the row that takes its place.
    void aboutToMoveGoal(const QString &goalId);
    void goalMoved(const QString &goalId);

private:
    void onWorkspaceChanged(const WorkspaceChange &change);
    // Takes goals as stored (tombstones included) into their rows, adding or removing rows.
    void updateGoals(const QList<Goal> &goals);
    void reloadNames();
    std::optional<double> progressOf(const Goal &goal) const;
    void reindexFrom(int row);

    GoalRepository &m_repository;
    CoverageRepository &m_coverage;
    QUndoStack *m_undoStack;
    QDate m_today;
    GoalProgress::MetricLookup m_lookup;
    QList<Goal> m_goals;
    QList<std::optional<double>> m_progress;
    QHash<QString, int> m_rowById;
    QHash<QString, QString> m_pmNames;
    QHash<QString, QString> m_teamNames;
};
