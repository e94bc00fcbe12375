#include "coveragefilterproxy.h"

#include "coveragematrixmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

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

UncoveredTeamsProxy::UncoveredTeamsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    sort(0);
}

QVariant UncoveredTeamsProxy::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    if (role == Qt::DisplayRole) {
        const QDate since = source.data(CoverageMatrixModel::SinceRole).toDate();
        const auto *matrix = qobject_cast<const CoverageMatrixModel *>(sourceModel());
        const QDate day = matrix ? matrix->day() : since;
        return QCoreApplication::translate("UncoveredTeamsProxy", "%1\nno PM for %2")
            .arg(source.data().toString(), describeDuration(since, day));
    }
    if (role == Qt::ForegroundRole)
        return QColor(0xc0, 0x39, 0x2b); // as the summary's "no PM"
    if (role == Qt::ToolTipRole) {
        return QCoreApplication::translate("UncoveredTeamsProxy", "No PM since %1")
            .arg(QLocale().toString(source.data(CoverageMatrixModel::SinceRole).toDate(),
                                    QLocale::LongFormat));
    }
    return QSortFilterProxyModel::data(index, role);
}

bool UncoveredTeamsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()
               ->index(sourceRow, CoverageMatrixModel::TeamColumn, sourceParent)
               .data(CoverageMatrixModel::LevelRole)
               .toInt() == int(CoverageLevel::None);
}

bool UncoveredTeamsProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn == CoverageMatrixModel::TeamColumn;
}

bool UncoveredTeamsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return left.data(CoverageMatrixModel::SinceRole).toDate() <
           right.data(CoverageMatrixModel::SinceRole).toDate();
}
