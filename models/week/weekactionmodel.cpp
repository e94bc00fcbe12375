#include "weekactionmodel.h"

#include "core/palette.h"
#include "weektext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

WeekActionModel::WeekActionModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void WeekActionModel::setPlan(const WeekPlan &plan)
{
    m_all = plan.actions;
    show(m_all);
}

void WeekActionModel::setShowPutAside(bool show)
{
    if (show == m_showPutAside)
        return;
    m_showPutAside = show;
    this->show(m_all);
}

void WeekActionModel::show(QList<SuggestedAction> actions)
{
    if (!m_showPutAside)
        actions.removeIf([](const SuggestedAction &action) { return !action.isVisible(); });
    const bool sameRows = actions.size() == m_rows.size() &&
                          std::equal(actions.begin(), actions.end(), m_rows.begin(),
                                     [](const SuggestedAction &a, const SuggestedAction &b) {
                                         return a.id() == b.id();
                                     });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(actions);
        endResetModel();
        return;
    }
    m_rows = std::move(actions);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

const SuggestedAction *WeekActionModel::actionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()];
}

QModelIndex WeekActionModel::indexOf(const QString &actionId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id() == actionId)
            return index(row);
    return {};
}

int WeekActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant WeekActionModel::data(const QModelIndex &index, int role) const
{
    const SuggestedAction *action = actionAt(index);
    if (!action)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return action->text();
    case Qt::ToolTipRole:
        return action->detail.isEmpty() ? action->text()
                                        : tr("%1\n%2").arg(action->text(), action->detail);
    case Qt::CheckStateRole:
        return action->state == ActionState::Done ? Qt::Checked : Qt::Unchecked;
    case Qt::ForegroundRole:
        if (!action->isVisible() || action->state == ActionState::Done)
            return QBrush(Palette::current().muted);
        return {};
    case Qt::FontRole:
        if (action->state == ActionState::Done) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case ActionIdRole:
        return action->id();
    case StateRole:
        return int(action->state);
    case DetailRole:
        return action->detail;
    case NoteRole:
        return WeekText::stateNote(*action);
    case RuleRole:
        return int(action->record.rule);
    case CustomRole:
        return action->record.isCustom();
    case LinkRole:
        return action->subject.isValid() ? action->subject.toLink() : QString();
    default:
        return {};
    }
}

bool WeekActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const SuggestedAction *action = actionAt(index);
    if (!action || role != Qt::CheckStateRole || !action->isVisible())
        return false;
    emit checkRequested(action->id(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags WeekActionModel::flags(const QModelIndex &index) const
{
    const SuggestedAction *action = actionAt(index);
    if (!action)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (action->isVisible())
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}
