#include "palette.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace {

// Text colours read at 4.5:1 or more on the window and in cells, lines and marks at 3:1 or
// more on what they are drawn over (WCAG 2), in both sets: tst_theme computes it.
Palette makeLight()
{
    Palette p;
    // Qt's Fusion palette, for a dark desktop on which the user picked the light theme.
    p.window = QColor(0xef, 0xef, 0xef);
    p.windowText = Qt::black;
    p.base = Qt::white;
    p.alternateBase = QColor(0xf7, 0xf7, 0xf7);
    p.text = Qt::black;
    p.button = QColor(0xef, 0xef, 0xef);
    p.placeholderText = QColor(0x6a, 0x6a, 0x6a);
    p.disabledText = QColor(0xbe, 0xbe, 0xbe);
    p.highlight = QColor(0x2a, 0x6c, 0xb0); // Fusion's 0x308cc6 is 3.6:1 under white
    p.highlightedText = Qt::white;
    p.link = QColor(0x00, 0x00, 0xff);
    p.toolTipBase = QColor(0xff, 0xff, 0xdc);
    p.bevelLight = Qt::white;
    p.bevelMidlight = QColor(0xca, 0xca, 0xca);
    p.bevelMid = QColor(0xb8, 0xb8, 0xb8);
    p.bevelShadow = QColor(0x76, 0x76, 0x76);

    p.error = QColor(0xc0, 0x39, 0x2b);
    p.warning = QColor(0x8d, 0x5e, 0x17);
    p.success = QColor(0x2b, 0x7a, 0x52);
    p.muted = QColor(0x55, 0x55, 0x55);
    p.errorBackground = QColor(0xfd, 0xe2, 0xe1);
    p.attention = QColor(0x92, 0x5a, 0x0c);
    p.onTrack = QColor(0x2a, 0x63, 0xc0);
    p.bannerBackground = QColor(0xfd, 0xec, 0xea);
    p.bannerText = QColor(0x7b, 0x1f, 0x16);

    p.coverageNone = p.error;
    p.coverageLight = p.attention;
    p.coverageFull = p.success;
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
    p.chartBackground = Qt::white;
    p.chartText = QColor(0x40, 0x40, 0x40);
    p.chartGrid = QColor(0xe0, 0xe0, 0xe0);
    p.chartLines = {QColor(0x1d, 0x4a, 0xff), QColor(0xd0, 0x42, 0x00), QColor(0x23, 0x80, 0x3a),
                    QColor(0xa6, 0x1e, 0x9f), QColor(0x00, 0x7a, 0x8c), QColor(0xc9, 0x2a, 0x2a),
                    QColor(0x6b, 0x5b, 0x00), QColor(0x4c, 0x4c, 0x4c)};

    p.pms = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x62, 0x1e), QColor(0x2c, 0xa0, 0x2c),
             QColor(0x94, 0x67, 0xbd), QColor(0xc2, 0x3b, 0x5b), QColor(0x17, 0x9c, 0x9c),
             QColor(0x8c, 0x56, 0x4b), QColor(0x6b, 0x6e, 0x1f)};
    return p;
}

// The same roles for light text on dark surfaces: states and lines brighter, tints deeper.
Palette makeDark()
{
    Palette p;
    p.lightOnDark = true;
    p.window = QColor(0x2b, 0x2b, 0x2b);
    p.windowText = QColor(0xe6, 0xe6, 0xe6);
    p.base = QColor(0x1e, 0x1e, 0x1e);
    p.alternateBase = QColor(0x26, 0x26, 0x26);
    p.text = QColor(0xe6, 0xe6, 0xe6);
    p.button = QColor(0x35, 0x35, 0x35);
    p.placeholderText = QColor(0x9a, 0x9a, 0x9a);
    p.disabledText = QColor(0x6e, 0x6e, 0x6e);
    p.highlight = QColor(0x2f, 0x6f, 0xb0);
    p.highlightedText = Qt::white;
    p.link = QColor(0x7a, 0xb4, 0xff);
    p.toolTipBase = QColor(0x3a, 0x3a, 0x3a);
    p.bevelLight = QColor(0x50, 0x50, 0x50);
    p.bevelMidlight = QColor(0x42, 0x42, 0x42);
    p.bevelMid = QColor(0x5a, 0x5a, 0x5a);
    p.bevelShadow = QColor(0x12, 0x12, 0x12);

    p.error = QColor(0xf0, 0x71, 0x67);
    p.warning = QColor(0xe0, 0xa8, 0x4a);
    p.success = QColor(0x5c, 0xc9, 0x8a);
    p.muted = QColor(0xa8, 0xa8, 0xa8);
    p.errorBackground = QColor(0x5a, 0x24, 0x22);
    p.attention = QColor(0xe8, 0xa0, 0x50);
    p.onTrack = QColor(0x7a, 0xab, 0xff);
    p.bannerBackground = QColor(0x4a, 0x23, 0x20);
    p.bannerText = QColor(0xff, 0xd9, 0xd4);

    p.coverageNone = p.error;
    p.coverageLight = QColor(0xf0, 0xb4, 0x50);
    p.coverageFull = QColor(0x5c, 0xc9, 0x8a);
    p.fullCellTint = QColor(60, 170, 95, 90);
    p.lightCellTint = QColor(230, 160, 50, 80);

    p.bandPoor = p.error;
    p.bandFair = p.warning;
    p.bandGood = p.success;
    p.bandGreat = QColor(0x8f, 0xe0, 0xa8);
    p.bandNone = QColor(0x9a, 0x9a, 0x9a);
    p.bandPoorShade = QColor(230, 80, 80, 55);
    p.bandFairShade = QColor(240, 180, 40, 45);
    p.bandGoodShade = QColor(120, 200, 120, 45);
    p.bandGreatShade = QColor(60, 190, 100, 70);

    p.habitInactive = QColor(0x3a, 0x3a, 0x3a);
    p.habitExceeded = QColor(0x3f, 0xb2, 0x6f);
    p.habitMet = QColor(0x2b, 0x7a, 0x4b);
    p.habitPlanned = QColor(0x2d, 0x5a, 0x85);
    p.habitShort = QColor(0x8a, 0x6a, 0x24);
    p.habitNone = QColor(0x8a, 0x3b, 0x33);

    p.todayTint = QColor(0x46, 0x3e, 0x22);
    p.unknownPm = QColor(0x8a, 0xa4, 0xb0);
    p.dropTarget = QColor(80, 160, 255, 80);

    p.pmGoal = QColor(0x6f, 0x9f, 0xf0);
    p.researchGoal = QColor(0xb4, 0x8a, 0xe6);
    p.sideProject = QColor(0x4f, 0xc0, 0xa0);
    p.progressComplete = QColor(0x4c, 0xc0, 0x7f);

    p.previousPeriod = QColor(0x9a, 0x9a, 0x9a);
    p.reviewMark = QColor(0xb4, 0x8a, 0xe6);
    p.chartBackground = p.base;
    p.chartText = QColor(0xd0, 0xd0, 0xd0);
    p.chartGrid = QColor(0x3c, 0x3c, 0x3c);
    p.chartLines = {QColor(0x6e, 0x9b, 0xff), QColor(0xff, 0x8a, 0x4c), QColor(0x5f, 0xd1, 0x7a),
                    QColor(0xe0, 0x70, 0xdc), QColor(0x3c, 0xc8, 0xdc), QColor(0xff, 0x6b, 0x6b),
                    QColor(0xd4, 0xc0, 0x4a), QColor(0xc0, 0xc0, 0xc0)};

    p.pms = {QColor(0x5a, 0xa9, 0xe6), QColor(0xf0, 0x8a, 0x4b), QColor(0x5c, 0xc9, 0x5c),
             QColor(0xb6, 0x94, 0xe0), QColor(0xe7, 0x6f, 0x8f), QColor(0x40, 0xc4, 0xc4),
             QColor(0xc0, 0x8f, 0x80), QColor(0xb5, 0xb8, 0x4a)};
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

const Palette &Palette::dark()
{
    static const Palette palette = makeDark();
    return palette;
}

bool Palette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

const Palette &Palette::current()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return light();
    return isDark(QGuiApplication::palette()) ? dark() : light();
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
