#include "sidewayshint.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

SidewaysHint::SidewaysHint(QAbstractScrollArea *area, Finder finder, QWidget *parent)
    : QLabel(parent)
    , m_area(area)
    , m_finder(std::move(finder))
{
    setAlignment(Qt::AlignRight);
    setEnabled(false);
    hide();
    QScrollBar *sideways = area->horizontalScrollBar();
    connect(sideways, &QScrollBar::rangeChanged, this, &SidewaysHint::refresh);
    connect(sideways, &QScrollBar::valueChanged, this, &SidewaysHint::refresh);
}

void SidewaysHint::refresh()
{
    const OutOfSight out = m_area->horizontalScrollBar()->maximum() > 0 ? m_finder() : OutOfSight{};
    // A few names, then a count: a hundred PMs must not make a line wider than the window.
    auto names = [](const QStringList &all) {
        constexpr qsizetype shown = 3;
        return all.size() <= shown ? all.join(QStringLiteral(", "))
                                   : tr("%1 and %n more", nullptr, int(all.size() - shown + 1))
                                         .arg(all.first(shown - 1).join(QStringLiteral(", ")));
    };
    QStringList parts;
    if (!out.left.isEmpty())
        parts << tr("◀ %1").arg(names(out.left));
    if (!out.right.isEmpty())
        parts << tr("%1 ▶").arg(names(out.right));
    setText(tr("Scroll sideways for %1").arg(parts.join(tr(" and "))));
    setVisible(!parts.isEmpty());
}
