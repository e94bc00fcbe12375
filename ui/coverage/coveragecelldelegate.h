#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints the coverage matrix's PM cells: most are empty, the others say "Full" or "Light" on
// a tint. The standard delegate asks the model for a dozen roles per cell and lays each text
// out anew, for a hundred cells and more at every paint; this asks for two and lays each word
// out once. Selected and focused cells, and the team and coverage columns, are painted the
// standard way.
class CoverageCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    mutable QHash<QString, QStaticText> m_texts; // laid out with the painter's font when drawn
};
