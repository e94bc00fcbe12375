#include "coveragecelldelegate.h"

#include "coverage/coveragematrixmodel.h"

#include <QBrush>
#include <QPainter>

void CoverageCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.column() < CoverageMatrixModel::FixedColumnCount ||
        option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The view has drawn the row's (alternating) background already.
    if (const QVariant tint = index.data(Qt::BackgroundRole); tint.isValid())
        painter->fillRect(option.rect, qvariant_cast<QBrush>(tint));
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    auto found = m_texts.find(text);
    if (found == m_texts.end()) {
        found = m_texts.insert(text, QStaticText(text));
        found->setTextFormat(Qt::PlainText);
    }
    const QPalette::ColorGroup group = !(option.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : option.state & QStyle::State_Active   ? QPalette::Active
                                                                               : QPalette::Inactive;
    painter->save();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(group, QPalette::Text));
    const QSizeF size = found->size();
    painter->drawStaticText(QPointF(option.rect.x() + (option.rect.width() - size.width()) / 2,
                                    option.rect.y() + (option.rect.height() - size.height()) / 2),
                            *found);
    painter->restore();
}
