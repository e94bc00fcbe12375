#include "goalcarddelegate.h"

#include "core/palette.h"
#include "goals/goalboardmodel.h"
#include "goals/goaltypes.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <QTextLayout>

namespace {

constexpr int margin = 4;
constexpr int padding = 8;

// The first lines of text that fit width, the last one elided.
QStringList wrapped(const QString &text, const QFontMetrics &metrics, int width, int maxLines)
{
    QStringList lines;
    QString rest = text;
    while (!rest.isEmpty() && lines.size() < maxLines) {
        // What fits goes in whole: elidedText() measures a little differently from
        // horizontalAdvance(), and would cut a line that just fits.
        if (metrics.horizontalAdvance(rest) <= width) {
            lines << rest;
            break;
        }
        if (lines.size() == maxLines - 1) {
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        qsizetype cut = rest.size();
        while (cut > 0 && metrics.horizontalAdvance(rest.left(cut)) > width)
            cut = rest.lastIndexOf(QLatin1Char(' '), cut - 1);
        if (cut <= 0) { // one long word
            lines << metrics.elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << rest.left(cut);
        rest = rest.mid(cut + 1);
    }
    return lines;
}

QColor kindColor(GoalKind kind)
{
    const Palette &palette = Palette::current();
    switch (kind) {
    case GoalKind::PmGoal:
        return palette.pmGoal;
    case GoalKind::Research:
        return palette.researchGoal;
    case GoalKind::SideProject:
        return palette.sideProject;
    }
    return palette.muted;
}

// The width of a card's text at a view width.
int innerWidth(int viewWidth)
{
    return viewWidth - 2 * margin - 2 * padding - 2;
}

} // namespace

GoalCardDelegate::GoalCardDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->viewport()->installEventFilter(this);
}

void GoalCardDelegate::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    emit sizeHintChanged({});
}

bool GoalCardDelegate::eventFilter(QObject *watched, QEvent *event)
{
    // A list view lays its items out again when it grows taller, not wider (as when its
    // scroll bar goes), but a card's height follows the width its title wraps in.
    if (event->type() == QEvent::Resize && watched == m_view->viewport()) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width() && !m_compact)
            emit sizeHintChanged({});
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

int GoalCardDelegate::titleLines(const QString &title, const QFont &font, int width) const
{
    if (width != m_cachedWidth) {
        m_lines.clear();
        m_cachedWidth = width;
    }
    auto found = m_lines.constFind(title);
    if (found != m_lines.constEnd())
        return *found;
    const int lines =
        std::max(1, int(wrapped(title, QFontMetrics(font), width, maxTitleLines).size()));
    m_lines.insert(title, lines);
    return lines;
}

void GoalCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(margin, margin, -margin, -margin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, palette.color(QPalette::Base));
    painter->setPen(
        QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
             selected || focused ? 2 : 1));
    painter->drawPath(path);

    const GoalKind kind = GoalKind(index.data(GoalBoardModel::KindRole).toInt());
    // A stripe in the kind's colour, so kinds can be told apart at a glance.
    painter->fillRect(QRectF(card.left() + 1, card.top() + 6, 3, card.height() - 12),
                      kindColor(kind));

    const QRect inner = card.toRect().adjusted(padding + 2, padding - 2, -padding, -padding);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(palette.color(QPalette::Text));
    int y = inner.top();
    for (const QString &line : wrapped(index.data().toString(), titleMetrics, inner.width(),
                                       m_compact ? compactTitleLines : maxTitleLines)) {
        // A little slack on the right, into the padding, for the same reason.
        painter->drawText(
            QRect(inner.left(), y, inner.width() + padding / 2, titleMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, line);
        y += titleMetrics.height();
    }

    QFont smallFont = option.font;
    smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics smallMetrics(smallFont);
    painter->setFont(smallFont);
    QColor muted = palette.color(QPalette::Text);
    muted.setAlphaF(0.7f);
    painter->setPen(muted);
    QString owner = index.data(GoalBoardModel::OwnerNameRole).toString();
    if (owner.isEmpty())
        owner = tr("no owner");
    const QString team = index.data(GoalBoardModel::TeamNameRole).toString();
    const QString who = team.isEmpty() ? owner : owner + QStringLiteral(" · ") + team;
    y += 2;
    painter->drawText(QRect(inner.left(), y, inner.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(who, Qt::ElideRight, inner.width()));
    y += smallMetrics.height() + 3;

    // The kind as a chip, then progress.
    const QString kindName = index.data(GoalBoardModel::KindNameRole).toString();
    const int chipWidth = smallMetrics.horizontalAdvance(kindName) + 10;
    const QRectF chip(inner.left(), y, chipWidth, smallMetrics.height() + 2);
    QColor chipColor = kindColor(kind);
    chipColor.setAlphaF(0.15f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(chipColor);
    painter->drawRoundedRect(chip, 4, 4);
    painter->setPen(kindColor(kind).darker(120));
    painter->drawText(chip, Qt::AlignCenter, kindName);

    const QVariant progress = index.data(GoalBoardModel::ProgressRole);
    const int count = index.data(GoalBoardModel::KeyResultCountRole).toInt();
    const int barLeft = int(chip.right()) + 8;
    const QRect barArea(barLeft, int(chip.top()), inner.right() - barLeft, int(chip.height()));
    if (progress.isValid() && barArea.width() > 40) {
        const double share = progress.toDouble();
        const QString label = QStringLiteral("%1%").arg(qRound(share * 100));
        const int labelWidth = smallMetrics.horizontalAdvance(QStringLiteral("100%")) + 4;
        const QRectF bar(barArea.left(), barArea.center().y() - 2, barArea.width() - labelWidth, 5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Midlight));
        painter->drawRoundedRect(bar, 2, 2);
        painter->setBrush(share >= 1 ? Palette::current().progressComplete
                                     : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()),
                                 2, 2);
        painter->setPen(muted);
        painter->drawText(
            QRect(barArea.right() - labelWidth, barArea.top(), labelWidth, barArea.height()),
            Qt::AlignRight | Qt::AlignVCenter, label);
    } else if (count == 0 && barArea.width() > 40) {
        painter->setPen(muted);
        painter->drawText(
            barArea, Qt::AlignRight | Qt::AlignVCenter,
            smallMetrics.elidedText(tr("no key results"), Qt::ElideRight, barArea.width()));
    }
    painter->restore();
}

QSize GoalCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_titleHeight == 0 || option.font != m_cachedFont) {
        m_cachedFont = option.font;
        m_titleFont = option.font;
        m_titleFont.setBold(true);
        m_titleHeight = QFontMetrics(m_titleFont).height();
        QFont smallFont = option.font;
        smallFont.setPointSizeF(option.font.pointSizeF() * 0.9);
        m_smallHeight = QFontMetrics(smallFont).height();
        m_lines.clear();
        m_cachedWidth = -1;
    }
    // The view lays cards out at its own width (the option's rect is not set yet here).
    const int width = innerWidth(m_view->viewport()->width());
    const int lines = m_compact   ? compactTitleLines
                      : width > 0 ? titleLines(index.data().toString(), m_titleFont, width)
                                  : 1;
    const int height = 2 * margin + 2 * padding + lines * m_titleHeight + 2 * m_smallHeight + 9;
    // Narrow: the view stretches cards to its width.
    return {60, height};
}
