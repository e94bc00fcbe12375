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

    explicit GoalCardDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int titleLines(const QString &title, const QFont &font, int width) const;

    QAbstractItemView *m_view;
    // Lines per title at m_cachedWidth: a board of thousands is laid out again on every
    // filter change, and wrapping each title anew would cost more than a frame.
    mutable QHash<QString, int> m_lines;
    mutable int m_cachedWidth = -1;
};
