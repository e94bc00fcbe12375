#include "summaryline.h"

#include <QPainter>

namespace {

const QString Dot = QStringLiteral("\u25CF");
constexpr int SpacesBetweenParts = 3;

} // namespace

SummaryLine::SummaryLine(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SummaryLine::setParts(const QList<Part> &parts)
{
    m_parts = parts;
    setAccessibleName(text());
    updateToolTip();
    updateGeometry();
    update();
}

void SummaryLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateToolTip();
}

void SummaryLine::updateToolTip()
{
    // What the ellipsis hides, on hovering.
    setToolTip(sizeHint().width() > width() ? text() : QString());
}

QString SummaryLine::text() const
{
    QStringList texts;
    for (const Part &part : m_parts)
        texts << (part.dot.isValid() ? Dot + QLatin1Char(' ') + part.text : part.text);
    return texts.join(QString(SpacesBetweenParts, QLatin1Char(' ')));
}

QSize SummaryLine::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()), fontMetrics().height()};
}

QSize SummaryLine::minimumSizeHint() const
{
    return {0, fontMetrics().height()};
}

void SummaryLine::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int space = metrics.horizontalAdvance(QLatin1Char(' '));
    const int baseline = (height() - metrics.height()) / 2 + metrics.ascent();
    const QColor textColor = palette().color(QPalette::WindowText);
    const QString ellipsis = QStringLiteral("…");
    int x = 0;
    for (const Part &part : m_parts) {
        const int dotWidth = part.dot.isValid() ? metrics.horizontalAdvance(Dot) + space : 0;
        const int width = metrics.horizontalAdvance(part.text);
        const bool fits = x + dotWidth + width <= this->width();
        // Too little room for a few letters: an ellipsis alone, not a dot with nothing after.
        if (!fits && this->width() - x - dotWidth < 3 * metrics.horizontalAdvance(ellipsis)) {
            painter.setPen(textColor);
            painter.drawText(x, baseline, ellipsis);
            break;
        }
        if (part.dot.isValid()) {
            painter.setPen(part.dot);
            painter.drawText(x, baseline, Dot);
            x += dotWidth;
        }
        painter.setPen(textColor);
        if (!fits) {
            painter.drawText(x, baseline,
                             metrics.elidedText(part.text, Qt::ElideRight, this->width() - x));
            break;
        }
        painter.drawText(x, baseline, part.text);
        x += width + SpacesBetweenParts * space;
    }
}
