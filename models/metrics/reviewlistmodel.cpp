#include "reviewlistmodel.h"

#include "core/palette.h"
#include "metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QFont>
#include <QRegularExpression>

ReviewListModel::ReviewListModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    session.changes().whenChanged(Area::Metrics, this, [this] { refresh(); });
    refresh();
}

void ReviewListModel::refresh()
{
    beginResetModel();
    const QList<Product> products = m_session.metrics().products();
    m_hasProducts = !products.isEmpty();
    m_anyFit = std::any_of(products.begin(), products.end(),
                           [](const Product &p) { return p.productMarketFit; });
    m_schedule = ReviewSchedule::recent(products, m_session.metrics().reviews(), m_session.today());
    endResetModel();
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedule.size());
}

int ReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ScheduledReview *ReviewListModel::reviewAt(int row) const
{
    return row >= 0 && row < m_schedule.size() ? &m_schedule[row] : nullptr;
}

int ReviewListModel::overdueCount() const
{
    return int(std::count_if(m_schedule.begin(), m_schedule.end(), [](const ScheduledReview &r) {
        return r.status == ReviewStatus::Overdue;
    }));
}

namespace {

QColor statusColour(ReviewStatus status)
{
    const Palette &palette = Palette::current();
    switch (status) {
    case ReviewStatus::Overdue:
        return palette.error;
    case ReviewStatus::Due:
        return palette.warning;
    case ReviewStatus::Done:
        return palette.success;
    case ReviewStatus::Upcoming:
        break;
    }
    return palette.muted;
}

} // namespace

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    const ScheduledReview *entry = index.isValid() ? reviewAt(index.row()) : nullptr;
    if (!entry)
        return {};
    switch (role) {
    case MonthRole:
        return entry->month;
    case ProductIdRole:
        return entry->product.meta.id;
    case StatusRole:
        return int(entry->status);
    case Qt::DisplayRole:
        switch (index.column()) {
        case MonthColumn:
            return entry->month.toString(QStringLiteral("yyyy-MM"));
        case ProductColumn:
            return entry->product.name;
        case DueColumn:
            return entry->dueOn.toString(Qt::ISODate);
        case StatusColumn:
            return entry->status == ReviewStatus::Done
                       ? tr("done %1").arg(entry->review->doneOn.toString(Qt::ISODate))
                       : reviewStatusLabel(entry->status);
        case NotesColumn:
            return entry->review ? entry->review->notes : QString();
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == StatusColumn ? QVariant(statusColour(entry->status)) : QVariant();
    case Qt::FontRole:
        if (index.column() == StatusColumn &&
            (entry->status == ReviewStatus::Overdue || entry->status == ReviewStatus::Due)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        // The notes column is elided: the whole note and the link on hover.
        if (index.column() == NotesColumn && entry->review)
            return QStringList{entry->review->notes, entry->review->link}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QLatin1Char('\n'));
        return {};
    default:
        return {};
    }
}

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case ProductColumn:
        return tr("Product");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}
