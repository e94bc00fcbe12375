#include "palette.h"

#include <cmath>

namespace {

Palette makeLight()
{
    Palette p;
    p.error = QColor(0xc0, 0x39, 0x2b);
    p.warning = QColor(0xb7, 0x79, 0x1f);
    p.success = QColor(0x2f, 0x85, 0x5a);
    p.muted = QColor(0x55, 0x55, 0x55);
    p.errorBackground = QColor(0xfd, 0xe2, 0xe1);

    p.coverageNone = p.error;
    p.coverageLight = QColor(225, 150, 40);
    p.coverageFull = QColor(60, 160, 90);
    p.fullCellTint = QColor(60, 160, 90, 70);
    p.lightCellTint = QColor(225, 150, 40, 60);

    p.bandPoor = p.error;
    p.bandFair = p.warning;
    p.bandGood = p.success;
    p.bandGreat = QColor(0x1c, 0x6b, 0x3a);
    p.bandNone = QColor(0x66, 0x66, 0x66);
    p.bandPoorShade = QColor(220, 60, 60, 45);
    p.bandFairShade = QColor(240, 180, 40, 40);
    p.bandGoodShade = QColor(120, 200, 120, 45);
    p.bandGreatShade = QColor(40, 160, 80, 70);

    p.habitInactive = QColor(0xee, 0xee, 0xee);
    p.habitExceeded = QColor(0x1b, 0x8a, 0x4b);
    p.habitMet = QColor(0x5c, 0xb8, 0x7a);
    p.habitPlanned = QColor(0xb9, 0xd8, 0xf3);
    p.habitShort = QColor(0xf6, 0xd3, 0x8a);
    p.habitNone = QColor(0xee, 0x9a, 0x8f);

    p.todayTint = QColor(255, 244, 214);
    p.unknownPm = QColor(0x60, 0x7d, 0x8b);
    p.dropTarget = QColor(0, 120, 215, 60);

    p.pmGoal = QColor(0x2f, 0x6f, 0xd6);
    p.researchGoal = QColor(0x8a, 0x4f, 0xc7);
    p.sideProject = QColor(0x1f, 0x8a, 0x6b);
    p.progressComplete = QColor(0x1f, 0x8a, 0x4b);

    p.previousPeriod = QColor(120, 120, 120);
    p.reviewMark = QColor(0x6a, 0x3d, 0x9a);
    p.chartLines = {QColor(0x1d, 0x4a, 0xff), QColor(0xf5, 0x4e, 0x00), QColor(0x2f, 0x9e, 0x44),
                    QColor(0xa6, 0x1e, 0x9f), QColor(0x00, 0x8a, 0x9e), QColor(0xc9, 0x2a, 0x2a),
                    QColor(0x6b, 0x5b, 0x00), QColor(0x4c, 0x4c, 0x4c)};

    p.pms = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x62, 0x1e), QColor(0x2c, 0xa0, 0x2c),
             QColor(0x94, 0x67, 0xbd), QColor(0xc2, 0x3b, 0x5b), QColor(0x17, 0x9c, 0x9c),
             QColor(0x8c, 0x56, 0x4b), QColor(0x6b, 0x6e, 0x1f)};
    return p;
}

// WCAG 2: the relative luminance of an sRGB colour.
double luminance(const QColor &colour)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

} // namespace

const Palette &Palette::light()
{
    static const Palette palette = makeLight();
    return palette;
}

const Palette &Palette::current()
{
    return light();
}

double Palette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Palette::over(const QColor &colour, const QColor &under)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + under.redF() * (1 - a)),
                            float(colour.greenF() * a + under.greenF() * (1 - a)),
                            float(colour.blueF() * a + under.blueF() * (1 - a)));
}

QColor Palette::textOn(const QColor &background, const QColor &under)
{
    const QColor solid = over(background, under);
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(solid, black) >= contrastRatio(solid, white) ? black : white;
}
