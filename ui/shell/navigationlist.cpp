#include "navigationlist.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace {

constexpr int ItemMargin = 6;    // between an item's tint and the list's edges
constexpr int ItemHPadding = 13; // between the tint's edges and the icon or the text
constexpr int ItemVPadding = 9;
constexpr int IconTextGap = 8;
constexpr int TintRadius = 6;
const QColor Accent(59, 91, 219);

class NavigationDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const bool current = option.state & QStyle::State_Selected;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const QRect item = option.rect.adjusted(ItemMargin, 0, -ItemMargin, 0);
        painter->save();
        if (current || hovered) {
            QColor tint = Accent;
            tint.setAlphaF(current ? 0.16f : 0.08f);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(tint);
            painter->drawRoundedRect(item, TintRadius, TintRadius);
        }
        const QRect content = item.adjusted(ItemHPadding, 0, -ItemHPadding, 0);
        const QSize iconSize = option.decorationSize;
        const QRect iconRect(content.left(), content.center().y() - iconSize.height() / 2 + 1,
                             iconSize.width(), iconSize.height());
        index.data(Qt::DecorationRole).value<QIcon>().paint(painter, iconRect);
        QFont font = option.font;
        font.setBold(current);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::WindowText));
        const QRect textRect = content.adjusted(iconSize.width() + IconTextGap, 0, 0, 0);
        const QString text = QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(),
                                                           Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int height = std::max(option.decorationSize.height(), option.fontMetrics.height());
        return {option.rect.width(), height + 2 * ItemVPadding};
    }
};

// A one-pixel line in the palette's Mid colour.
class Rule final : public QWidget
{
public:
    using QWidget::QWidget;

protected:
    void paintEvent(QPaintEvent *) override { QPainter(this).fillRect(rect(), palette().mid()); }
};

} // namespace

NavigationList::NavigationList(QWidget *parent)
    : QListWidget(parent)
    , m_rule(new Rule(this))
{
    setFrameShape(QFrame::NoFrame);
    setItemDelegate(new NavigationDelegate(this));
    setIconSize(QSize(20, 20));
    setSpacing(2);
    // The window's colour, as the rest of the window around the pane.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    viewport()->setAttribute(Qt::WA_Hover);
    setViewportMargins(0, 8, 1, 0);
}

void NavigationList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    m_rule->setGeometry(width() - 1, 0, 1, height());
}
