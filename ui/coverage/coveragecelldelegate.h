#pragma once

#include "widgets/cachedtextdelegate.h"

// The coverage matrix's cells. PM cells, mostly empty, the others "Full" or "Light" on a tint,
// are painted from two roles instead of the dozen the standard delegate asks for, for the
// hundred cells and more of every paint; the others as CachedTextDelegate paints them.
class CoverageCellDelegate final : public CachedTextDelegate
{
    Q_OBJECT

public:
    using CachedTextDelegate::CachedTextDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
