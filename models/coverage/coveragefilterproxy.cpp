#include "coveragefilterproxy.h"

#include "coveragematrixmodel.h"

CoverageFilterProxy::CoverageFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CoverageMatrixModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CoverageFilterProxy::setLevel(std::optional<CoverageLevel> level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void CoverageFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool CoverageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex team =
        sourceModel()->index(sourceRow, CoverageMatrixModel::TeamColumn, sourceParent);
    if (m_level && team.data(CoverageMatrixModel::LevelRole).toInt() != int(*m_level))
        return false;
    return m_text.isEmpty() || team.data().toString().contains(m_text, Qt::CaseInsensitive);
}

bool CoverageFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The matrix lists its teams by name in the locale's order already (see
    // CoverageSnapshot::teams()): sorting by name keeps that order, without asking the model
    // for every name several times over, which was a large part of opening the pane.
    if (left.column() == CoverageMatrixModel::TeamColumn &&
        right.column() == CoverageMatrixModel::TeamColumn)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}
