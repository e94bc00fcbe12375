#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

// Paints a goal as a card of the board: title (wrapped over up to three lines, elided only
// beyond), owner and team, kind and progress. A card is as tall as its title needs at the
// width of its view, so short titles leave no gaps.
class GoalCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int maxTitleLines = 3;
    static constexpr int compactTitleLines = 2;

    explicit GoalCardDelegate(QAbstractItemView *view);

    // Compact: every card two title lines tall, so that the view can lay a column of
    // thousands out as uniform rows instead of measuring each card.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int titleLines(const QString &title, const QFont &font, int width) const;

    QAbstractItemView *m_view;
    bool m_compact = false;
    // Lines per title at m_cachedWidth: a board of thousands is laid out again on every
    // filter change, and wrapping each title anew would cost more than a frame.
    mutable QHash<QString, int> m_lines;
    mutable int m_cachedWidth = -1;
    // The fonts' line heights, measured once per font rather than once per card.
    mutable QFont m_cachedFont;
    mutable QFont m_titleFont;
    mutable int m_titleHeight = 0;
    mutable int m_smallHeight = 0;
};
