#pragma once

#include "coveragesnapshot.h"

#include <QAbstractListModel>

class CoverageMatrixModel;

// The teams with no PM on the matrix's day, longest uncovered first, as the list beside the
// matrix shows them: "Search\nno PM for 5 months". A list of its own, refreshed with the
// matrix, rather than a filtering proxy over the matrix's hundreds of rows: a proxy's set-up,
// filtering and sorting through the matrix's roles were a noticeable part of opening the pane.
class UncoveredTeamsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { TeamIdRole = Qt::UserRole + 1 };

    explicit UncoveredTeamsModel(const CoverageMatrixModel &matrix, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    const CoverageMatrixModel &m_matrix;
    QList<TeamCoverage> m_teams;
};
