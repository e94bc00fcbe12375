#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// An item delegate for views whose texts repeat ("Covered", "3", "no PM for 2 months"): each
// distinct line of text is laid out once and drawn from then on, where the standard delegate
// lays every cell's text out anew at every paint (most of the time of a view's first paint).
// Icons, tints, fonts, colours and alignment are the model's and the style's, as the standard
// delegate has them. Selected or focused cells, check boxes and texts too long for their cell
// (which the standard delegate elides) are painted the standard way.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    // The line, laid out (with the painter's font when first drawn).
    const QStaticText &laidOut(const QString &line) const;
    static QColor textColor(const QStyleOptionViewItem &option);

private:
    mutable QHash<QString, QStaticText> m_lines;
};
