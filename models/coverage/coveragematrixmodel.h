#pragma once

#include "coveragesnapshot.h"

#include <QAbstractTableModel>

class CoverageRepository;

// Teams × PMs on one day: a row per team, a column per PM whose cell says how that PM
// supports the team. Refreshes itself when the repository changes.
class CoverageMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // PM columns follow the fixed ones, one per PM active on the day.
    enum Column { TeamColumn, CoverageColumn, FixedColumnCount };
    enum Role {
        TeamIdRole = Qt::UserRole,
        PmIdRole,    // PM columns (data and header)
        LevelRole,   // CoverageLevel of the row's team, as int
        SinceRole,   // QDate: the day the team reached its level
        SupportRole, // PM cells: "full", "light" or ""
        SortRole,
        OverLimitRole, // PM headers: bool
    };
    static constexpr auto PmMimeType = "application/x-cadence-pm-id";

    CoverageMatrixModel(CoverageRepository &repository, QDate day, QObject *parent = nullptr);

    void setDay(QDate day);
    QDate day() const { return m_snapshot.day(); }
    void setPmTeamLimit(int limit);
    int pmTeamLimit() const { return m_limit; }
    const CoverageSnapshot &snapshot() const { return m_snapshot; }

    // Typed access from an index of this model.
    const TeamCoverage *teamAt(const QModelIndex &index) const;
    const PmLoad *pmAt(int column) const;
    int columnOfPm(const QString &pmId) const;
    int rowOfTeam(const QString &teamId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // A PM dragged onto a team's row asks for an assignment; the pane decides and records it.
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void pmDropped(const QString &teamId, const QString &pmId);

private:
    void refresh();

    CoverageRepository &m_repository;
    CoverageSnapshot m_snapshot;
    int m_limit = 4;
};
