#include "weekactiondelegate.h"

#include "week/weekactionmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace {

constexpr int padding = 6;
constexpr int gap = 8;
// Lines kept laid out: a week's checklist and a few weeks either side, at a width or two.
constexpr qsizetype lineCacheSize = 2000;

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

QFont detailFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}

bool isPutAside(const QModelIndex &index)
{
    const auto state = ActionState(index.data(WeekActionModel::StateRole).toInt());
    return state == ActionState::Snoozed || state == ActionState::Dismissed;
}

bool showsButtons(const QStyleOptionViewItem &option)
{
    return option.state & (QStyle::State_MouseOver | QStyle::State_Selected);
}

// The item's line and, under it, the reason (with its state, for an item ticked off).
QString detailOf(const QModelIndex &index)
{
    const QString detail = index.data(WeekActionModel::DetailRole).toString();
    const QString note = index.data(WeekActionModel::NoteRole).toString();
    if (note.isEmpty())
        return detail;
    return detail.isEmpty() ? note : WeekActionDelegate::tr("%1 · %2").arg(note, detail);
}

} // namespace

WeekActionDelegate::WeekActionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int WeekActionDelegate::buttonWidth(const QFont &font, const QString &text) const
{
    const QString key = font.key() + QLatin1Char('\x1f') + text;
    auto found = m_buttonWidths.constFind(key);
    if (found == m_buttonWidths.constEnd())
        found =
            m_buttonWidths.insert(key, QFontMetrics(font).horizontalAdvance(text) + 2 * padding);
    return *found;
}

const QStaticText &WeekActionDelegate::line(const QString &text, const QFont &font, int width) const
{
    const QString key =
        font.key() + QLatin1Char('\x1f') + QString::number(width) + QLatin1Char('\x1f') + text;
    auto found = m_lines.constFind(key);
    if (found != m_lines.constEnd())
        return *found;
    if (m_lines.size() >= lineCacheSize)
        m_lines.clear();
    QStaticText laidOut(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), font);
    return *m_lines.insert(key, laidOut);
}

WeekActionDelegate::Layout WeekActionDelegate::layoutOf(const QStyleOptionViewItem &option,
                                                        const QModelIndex &index) const
{
    Layout layout;
    const QRect row = option.rect.adjusted(padding, padding / 2, -padding, -padding / 2);
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int box = style->pixelMetric(QStyle::PM_IndicatorWidth, &option, option.widget);
    const int lineHeight = QFontMetrics(option.font).height();
    const int buttonHeight = lineHeight + 4;
    int right = row.right();
    if (isPutAside(index)) {
        const int width = buttonWidth(option.font, restoreText());
        layout.restore = QRect(right - width + 1, row.top(), width, buttonHeight);
        right = layout.restore.left() - gap;
    } else {
        const int dismiss = buttonWidth(option.font, dismissText());
        const int snooze = buttonWidth(option.font, snoozeText());
        layout.dismiss = QRect(right - dismiss + 1, row.top(), dismiss, buttonHeight);
        layout.snooze = QRect(layout.dismiss.left() - 2 - snooze, row.top(), snooze, buttonHeight);
        right = layout.snooze.left() - gap;
        layout.check = QRect(row.left(), row.top() + (lineHeight - box) / 2 + 1, box, box);
    }
    const int left = layout.check.isNull() ? row.left() : layout.check.right() + gap;
    // The buttons take their room only on the row that shows them.
    const int textRight = showsButtons(option) ? right : row.right();
    layout.text = QRect(left, row.top(), textRight - left, lineHeight);
    layout.detail = QRect(left, layout.text.bottom() + 1, row.right() - left,
                          QFontMetrics(detailFont(option.font)).height());
    return layout;
}

QRect WeekActionDelegate::partRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                   Part part) const
{
    QStyleOptionViewItem shown = option;
    shown.state |= QStyle::State_MouseOver; // the buttons are there to be clicked
    const Layout layout = layoutOf(shown, index);
    switch (part) {
    case Part::Check:
        return layout.check;
    case Part::Text: {
        // The text itself, not the empty space after it.
        const QSizeF size = line(index.data().toString(), option.font, layout.text.width()).size();
        return QRect(layout.text.topLeft(), QSize(int(size.width()), layout.text.height()));
    }
    case Part::Snooze:
        return layout.snooze;
    case Part::Dismiss:
        return layout.dismiss;
    case Part::Restore:
        return layout.restore;
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
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    // The row's background: selection and hover as the style draws them.
    QStyleOptionViewItem background = option;
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    const Layout layout = layoutOf(option, index);
    const auto state = ActionState(index.data(WeekActionModel::StateRole).toInt());
    if (!layout.check.isNull()) {
        QStyleOptionViewItem check = option;
        check.rect = layout.check;
        check.state &= ~QStyle::State_HasFocus;
        check.state |= state == ActionState::Done ? QStyle::State_On : QStyle::State_Off;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, widget);
    }

    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.6);
    QFont font = option.font;
    font.setStrikeOut(state == ActionState::Done);
    painter->setFont(font);
    painter->setPen(state == ActionState::Open ? text : muted);
    if (font.strikeOut()) {
        // QStaticText draws a struck-out line offset from its text (Qt 6.4): drawn plain.
        painter->drawText(layout.text, Qt::AlignLeft | Qt::AlignTop,
                          QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight,
                                                        layout.text.width()));
    } else {
        painter->drawStaticText(layout.text.topLeft(),
                                line(index.data().toString(), font, layout.text.width()));
    }
    const QFont small = detailFont(option.font);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawStaticText(layout.detail.topLeft(),
                            line(detailOf(index), small, layout.detail.width()));

    if (showsButtons(option)) {
        painter->setFont(option.font);
        for (const auto &[rect, label] :
             {std::pair{layout.snooze, snoozeText()}, std::pair{layout.dismiss, dismissText()},
              std::pair{layout.restore, restoreText()}}) {
            if (rect.isNull())
                continue;
            QStyleOptionButton button;
            button.rect = rect;
            button.text = label;
            button.state = QStyle::State_Enabled | QStyle::State_Raised;
            button.palette = option.palette;
            button.fontMetrics = option.fontMetrics;
            style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
        }
    }
    painter->restore();
}

bool WeekActionDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    auto toggle = [&] {
        const bool done = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        return model->setData(index, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    };
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Select) && !isPutAside(index))
            return toggle();
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
    case Part::Check:
        return toggle();
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
