#include "uncoveredteamsmodel.h"

#include "core/palette.h"
#include "coveragematrixmodel.h"

#include <QColor>
#include <QLocale>

UncoveredTeamsModel::UncoveredTeamsModel(const CoverageMatrixModel &matrix, QObject *parent)
    : QAbstractListModel(parent)
    , m_matrix(matrix)
    , m_teams(matrix.snapshot().uncoveredTeams())
{
    connect(&matrix, &QAbstractItemModel::modelReset, this, &UncoveredTeamsModel::reload);
}

void UncoveredTeamsModel::reload()
{
    beginResetModel();
    m_teams = m_matrix.snapshot().uncoveredTeams();
    endResetModel();
}

int UncoveredTeamsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

QVariant UncoveredTeamsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamCoverage &team = m_teams[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\nno PM for %2")
            .arg(team.team.name, describeDuration(team.levelSince, m_matrix.day()));
    case Qt::ToolTipRole:
        return tr("No PM since %1").arg(QLocale().toString(team.levelSince, QLocale::LongFormat));
    case Qt::ForegroundRole:
        return Palette::current().coverageNone;
    case TeamIdRole:
        return team.team.meta.id;
    default:
        return {};
    }
}
