#include "cachedtextdelegate.h"

#include <QApplication>
#include <QPainter>

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (item.features & QStyleOptionViewItem::HasCheckIndicator) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // As QCommonStyle's text of an item: inside a margin, its lines stacked, then aligned as a
    // block, each line aligned within it.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget)
                               .adjusted(margin, 0, -margin, 0);
    const QStringList lines = item.text.split(QLatin1Char('\n'));
    QList<const QStaticText *> laidOutLines;
    QSizeF block(0, 0);
    for (const QString &line : lines) {
        const QStaticText &text = laidOut(line);
        laidOutLines << &text;
        block = QSizeF(std::max(block.width(), text.size().width()),
                       block.height() + text.size().height());
    }
    if (block.width() > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    painter->save();
    if (item.backgroundBrush.style() != Qt::NoBrush) {
        painter->setBrushOrigin(item.rect.topLeft());
        painter->fillRect(item.rect, item.backgroundBrush);
    }
    if (item.features & QStyleOptionViewItem::HasDecoration)
        item.icon.paint(painter,
                        style->subElementRect(QStyle::SE_ItemViewItemDecoration, &item, widget),
                        item.decorationAlignment,
                        item.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);
    painter->setFont(item.font);
    painter->setPen(textColor(item));
    // The block as tall as its lines, cut to whole pixels, aligned in the text's rectangle;
    // each line aligned across the rectangle's width.
    const QRect aligned =
        QStyle::alignedRect(item.direction, item.displayAlignment,
                            QSize(textRect.width(), int(block.height())), textRect);
    const Qt::Alignment horizontal =
        QStyle::visualAlignment(item.direction, item.displayAlignment) & Qt::AlignHorizontal_Mask;
    qreal y = aligned.top();
    for (const QStaticText *text : std::as_const(laidOutLines)) {
        const qreal room = textRect.width() - text->size().width();
        const qreal x = horizontal & Qt::AlignRight     ? room
                        : horizontal & Qt::AlignHCenter ? room / 2
                                                        : 0;
        painter->drawStaticText(QPointF(textRect.left() + x, y), *text);
        y += text->size().height();
    }
    painter->restore();
}

const QStaticText &CachedTextDelegate::laidOut(const QString &line) const
{
    // Durations and counts make new texts as days go by; a few hundred fill several screens.
    if (m_lines.size() > 512)
        m_lines.clear();
    auto found = m_lines.find(line);
    if (found == m_lines.end()) {
        found = m_lines.insert(line, QStaticText(line));
        found->setTextFormat(Qt::PlainText);
    }
    return *found;
}

QColor CachedTextDelegate::textColor(const QStyleOptionViewItem &option)
{
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : option.state & QStyle::State_Active   ? QPalette::Active
                                                                               : QPalette::Inactive;
    return option.palette.color(group, QPalette::Text);
}
