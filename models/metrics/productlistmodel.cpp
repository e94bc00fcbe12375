#include "productlistmodel.h"

#include "coverage/coveragerepository.h"
#include "coverage/coveragetypes.h"
#include "metricsrepository.h"
#include "workspace/workspacesession.h"

ProductListModel::ProductListModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    session.changes().whenChanged(Area::Metrics | Area::Coverage, this, [this] { refresh(); });
    refresh();
}

void ProductListModel::refresh()
{
    beginResetModel();
    m_products = m_session.metrics().products();
    m_teamNames.clear();
    for (const Team &team : m_session.coverage().teams())
        m_teamNames.insert(team.meta.id, team.name);
    endResetModel();
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Product *ProductListModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products[row] : nullptr;
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const Product *p = index.isValid() ? productAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == ProductIdRole)
        return p->meta.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p->name;
    case TeamColumn:
        return m_teamNames.value(p->teamId);
    case MarketFitColumn:
        return p->productMarketFit ? tr("yes") : tr("no");
    case ReviewsFromColumn:
        return p->productMarketFit && p->pmfSince.isValid()
                   ? p->pmfSince.toString(QStringLiteral("yyyy-MM"))
                   : QString();
    }
    return {};
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product");
    case TeamColumn:
        return tr("Team");
    case MarketFitColumn:
        return tr("Product-market fit");
    case ReviewsFromColumn:
        return tr("Reviews from");
    }
    return {};
}
