#include "weekactiondelegate.h"

#include "week/weekactionmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int padding = 6;
constexpr int gap = 8;

QString snoozeText()
{
    return WeekActionDelegate::tr("Snooze");
}

QString dismissText()
{
    return QStringLiteral("✕");
}

QString restoreText()
{
    return WeekActionDelegate::tr("Bring back");
}

int buttonWidth(const QFontMetrics &metrics, const QString &text)
{
    return metrics.horizontalAdvance(text) + 2 * padding;
}

QFont detailFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}

} // namespace

WeekActionDelegate::WeekActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

bool WeekActionDelegate::isPutAside(const QModelIndex &index)
{
    const auto state = ActionState(index.data(WeekActionModel::StateRole).toInt());
    return state == ActionState::Snoozed || state == ActionState::Dismissed;
}

bool WeekActionDelegate::showsButtons(const QStyleOptionViewItem &option)
{
    return option.state & (QStyle::State_MouseOver | QStyle::State_Selected);
}

QRect WeekActionDelegate::partRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   Part part) const
{
    const QRect row = option.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int box = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const QRect check(row.left(), row.top() + (lineHeight - box) / 2 + 1, box, box);
    int right = row.right();
    QRect snooze;
    QRect dismiss;
    QRect restore;
    if (isPutAside(index)) {
        restore = QRect(right - buttonWidth(metrics, restoreText()) + 1, row.top(),
                        buttonWidth(metrics, restoreText()), lineHeight + 4);
        right = restore.left() - gap;
    } else {
        dismiss = QRect(right - buttonWidth(metrics, dismissText()) + 1, row.top(),
                        buttonWidth(metrics, dismissText()), lineHeight + 4);
        snooze = QRect(dismiss.left() - 2 - buttonWidth(metrics, snoozeText()), row.top(),
                       buttonWidth(metrics, snoozeText()), lineHeight + 4);
        right = snooze.left() - gap;
    }
    switch (part) {
    case Part::Check:
        return isPutAside(index) ? QRect() : check;
    case Part::Text: {
        const int left = check.right() + gap;
        const int width = metrics.horizontalAdvance(index.data().toString());
        return QRect(left, row.top(), std::min(width, right - left), lineHeight);
    }
    case Part::Snooze:
        return snooze;
    case Part::Dismiss:
        return dismiss;
    case Part::Restore:
        return restore;
    case Part::None:
        break;
    }
    return {};
}

WeekActionDelegate::Part WeekActionDelegate::partAt(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index,
                                                    const QPoint &point) const
{
    for (Part part : {Part::Check, Part::Text, Part::Snooze, Part::Dismiss, Part::Restore})
        if (partRect(option, index, part).contains(point))
            return part;
    return Part::None;
}

QSize WeekActionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height = QFontMetrics(option.font).height() +
                       QFontMetrics(detailFont(option.font)).height() + 2 * padding;
    return {200, height};
}

void WeekActionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    // The row's background: selection and hover as the style draws them.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const auto state = ActionState(index.data(WeekActionModel::StateRole).toInt());
    const bool putAside = isPutAside(index);

    if (!putAside) {
        QStyleOptionViewItem check = option;
        check.rect = partRect(option, index, Part::Check);
        check.state &= ~QStyle::State_HasFocus;
        check.state |= state == ActionState::Done ? QStyle::State_On : QStyle::State_Off;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, widget);
    }

    const QRect row = option.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const QRect buttonsStart = partRect(option, index, putAside ? Part::Restore : Part::Snooze);
    const int left = partRect(option, index, Part::Check).isNull()
                         ? row.left()
                         : partRect(option, index, Part::Check).right() + gap;
    const int right = (showsButtons(option) ? buttonsStart.left() - gap : row.right());
    const QFontMetrics metrics(option.font);
    QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.6);
    QFont font = option.font;
    if (state == ActionState::Done)
        font.setStrikeOut(true);
    painter->setFont(font);
    painter->setPen(state == ActionState::Open ? text : muted);
    const QRect textRect(left, row.top(), right - left, metrics.height());
    painter->drawText(
        textRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));

    QString detail = index.data(WeekActionModel::DetailRole).toString();
    const QString note = index.data(WeekActionModel::NoteRole).toString();
    if (!note.isEmpty())
        detail = detail.isEmpty() ? note : tr("%1 · %2").arg(note, detail);
    const QFont small = detailFont(option.font);
    const QFontMetrics smallMetrics(small);
    painter->setFont(small);
    painter->setPen(muted);
    const QRect detailRect(left, textRect.bottom() + 1, row.right() - left, smallMetrics.height());
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));

    if (showsButtons(option)) {
        painter->setFont(option.font);
        for (Part part : {Part::Snooze, Part::Dismiss, Part::Restore}) {
            const QRect rect = partRect(option, index, part);
            if (rect.isNull())
                continue;
            QStyleOptionButton button;
            button.rect = rect;
            button.text = part == Part::Snooze    ? snoozeText()
                          : part == Part::Dismiss ? dismissText()
                                                  : restoreText();
            button.state = QStyle::State_Enabled | QStyle::State_Raised;
            button.palette = option.palette;
            button.fontMetrics = metrics;
            style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
        }
    }
    painter->restore();
}

bool WeekActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Select) && !isPutAside(index)) {
            const bool done = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            return model->setData(index, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        }
        return false;
    }
    if (event->type() != QEvent::MouseButtonRelease && event->type() != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const Part part = partAt(option, index, mouse->position().toPoint());
    // A double click is two clicks: only the first of them acts.
    if (event->type() == QEvent::MouseButtonDblClick)
        return part != Part::None;
    switch (part) {
    case Part::Check: {
        const bool done = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
    case Part::Text:
        emit openRequested(index);
        return true;
    case Part::Snooze:
        emit snoozeRequested(index, mouse->globalPosition().toPoint());
        return true;
    case Part::Dismiss:
        emit dismissRequested(index);
        return true;
    case Part::Restore:
        emit restoreRequested(index);
        return true;
    case Part::None:
        break;
    }
    return false;
}
