#include "conflictlistmodel.h"

#include "conflictrepository.h"
#include "recordlabels.h"

#include <QLocale>

namespace {

QString changedText(const QString &value, const QString &by, const QDateTime &at)
{
    return ConflictListModel::tr("%1\n%2, %3")
        .arg(value, by, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

QString stateText(Conflicts::State state)
{
    switch (state) {
    case Conflicts::State::Open:
        return ConflictListModel::tr("Open");
    case Conflicts::State::Kept:
        return ConflictListModel::tr("Current value kept");
    case Conflicts::State::Restored:
        return ConflictListModel::tr("Other value restored");
    }
    return {};
}

} // namespace

ConflictListModel::ConflictListModel(ConflictRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    // Every area: a conflict shows the current value of a record of any kind.
    repository.workspace().changes().whenChanged(Area::Coverage | Area::Interviews | Area::Metrics |
                                                     Area::Goals | Area::Week | Area::Settings |
                                                     Area::Conflicts,
                                                 this, [this] { refresh(); });
    refresh();
}

void ConflictListModel::setShowResolved(bool show)
{
    if (show == m_showResolved)
        return;
    m_showResolved = show;
    refresh();
}

void ConflictListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    Workspace &workspace = m_repository.workspace();
    for (Conflicts::Described &described : m_repository.described(m_showResolved)) {
        const Conflicts::Found &found = described.conflict.found;
        const RecordRef ref = RecordLabels::shownAt(workspace, found.table, found.recordId);
        m_rows.append({std::move(described), ref.isValid() ? ref.toLink() : QString()});
    }
    m_openCount = m_repository.openCount();
    endResetModel();
}

QModelIndex ConflictListModel::indexOf(const QString &conflictId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].described.conflict.id == conflictId)
            return index(row, 0);
    return {};
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const Conflicts::Described &described = row.described;
    const Conflicts::State state = described.conflict.state;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case RecordColumn:
            return described.record;
        case FieldColumn:
            return described.field;
        case CurrentColumn:
            return changedText(described.current, described.currentBy, described.currentAt);
        case OtherColumn:
            return changedText(described.lost, described.lostBy, described.lostAt);
        case StateColumn:
            return stateText(state);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RecordColumn && !row.link.isEmpty())
            return tr("Double-click to show it in its pane");
        return {};
    case ConflictIdRole:
        return described.conflict.id;
    case StateRole:
        return int(state);
    case LinkRole:
        return row.link;
    case RestorableRole:
        return state == Conflicts::State::Open && described.present;
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case CurrentColumn:
        return tr("Current value");
    case OtherColumn:
        return tr("Other value (lost)");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}
