#include "coveragecelldelegate.h"

#include "coverage/coveragematrixmodel.h"

#include <QBrush>
#include <QPainter>

void CoverageCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.column() < CoverageMatrixModel::FixedColumnCount ||
        option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        CachedTextDelegate::paint(painter, option, index);
        return;
    }
    // The view has drawn the row's (alternating) background already.
    if (const QVariant tint = index.data(Qt::BackgroundRole); tint.isValid())
        painter->fillRect(option.rect, qvariant_cast<QBrush>(tint));
    const QString word = index.data(Qt::DisplayRole).toString();
    if (word.isEmpty())
        return;
    const QStaticText &text = laidOut(word);
    painter->save();
    painter->setFont(option.font);
    painter->setPen(textColor(option));
    const QSizeF size = text.size();
    painter->drawStaticText(QPointF(option.rect.x() + (option.rect.width() - size.width()) / 2,
                                    option.rect.y() + (option.rect.height() - size.height()) / 2),
                            text);
    painter->restore();
}
