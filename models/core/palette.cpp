#include "palette.h"

#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace {

// A colour role and its colour in each set, side by side so that the two sets keep the same
// roles.
struct Role {
    QColor Palette::*colour;
    QColor light;
    QColor dark;
};

struct Sequence {
    QList<QColor> Palette::*colours;
    QList<QColor> light;
    QList<QColor> dark;
};

// Text colours read at 4.5:1 or more on the window and in cells, lines and marks at 3:1 or
// more on what they are drawn over (WCAG 2), in both sets: tst_theme computes it. The dark set
// has the same roles for light text on dark surfaces: states and lines brighter, tints deeper.
Palette makePalette(bool dark)
{
    const Role roles[] = {
        // The window's surfaces, as ui/shell/theme.cpp gives them to Qt when the theme is not the
        // desktop's own; the light set is Qt's Fusion palette.
        {&Palette::window, QColor(0xef, 0xef, 0xef), QColor(0x2b, 0x2b, 0x2b)},
        {&Palette::windowText, QColor(Qt::black), QColor(0xe6, 0xe6, 0xe6)},
        {&Palette::base, QColor(Qt::white), QColor(0x1e, 0x1e, 0x1e)},
        {&Palette::alternateBase, QColor(0xf7, 0xf7, 0xf7), QColor(0x26, 0x26, 0x26)},
        {&Palette::text, QColor(Qt::black), QColor(0xe6, 0xe6, 0xe6)},
        {&Palette::button, QColor(0xef, 0xef, 0xef), QColor(0x35, 0x35, 0x35)},
        {&Palette::placeholderText, QColor(0x6a, 0x6a, 0x6a), QColor(0x9a, 0x9a, 0x9a)},
        {&Palette::disabledText, QColor(0xbe, 0xbe, 0xbe), QColor(0x6e, 0x6e, 0x6e)},
        // Fusion's 0x308cc6 is 3.6:1 under white.
        {&Palette::highlight, QColor(0x2a, 0x6c, 0xb0), QColor(0x2f, 0x6f, 0xb0)},
        {&Palette::highlightedText, QColor(Qt::white), QColor(Qt::white)},
        {&Palette::link, QColor(0x00, 0x00, 0xff), QColor(0x7a, 0xb4, 0xff)},
        {&Palette::toolTipBase, QColor(0xff, 0xff, 0xdc), QColor(0x3a, 0x3a, 0x3a)},
        {&Palette::bevelLight, QColor(Qt::white), QColor(0x50, 0x50, 0x50)},
        {&Palette::bevelMidlight, QColor(0xca, 0xca, 0xca), QColor(0x42, 0x42, 0x42)},
        {&Palette::bevelMid, QColor(0xb8, 0xb8, 0xb8), QColor(0x5a, 0x5a, 0x5a)},
        {&Palette::bevelShadow, QColor(0x76, 0x76, 0x76), QColor(0x12, 0x12, 0x12)},
        // States, for text and marks on the window's background.
        {&Palette::error, QColor(0xc0, 0x39, 0x2b), QColor(0xf0, 0x71, 0x67)},
        {&Palette::warning, QColor(0x8d, 0x5e, 0x17), QColor(0xe0, 0xa8, 0x4a)},
        {&Palette::success, QColor(0x2b, 0x7a, 0x52), QColor(0x5c, 0xc9, 0x8a)},
        {&Palette::muted, QColor(0x55, 0x55, 0x55), QColor(0xa8, 0xa8, 0xa8)},
        {&Palette::errorBackground, QColor(0xfd, 0xe2, 0xe1), QColor(0x5a, 0x24, 0x22)},
        {&Palette::attention, QColor(0x92, 0x5a, 0x0c), QColor(0xe8, 0xa0, 0x50)},
        {&Palette::onTrack, QColor(0x2a, 0x63, 0xc0), QColor(0x7a, 0xab, 0xff)},
        {&Palette::bannerBackground, QColor(0xfd, 0xec, 0xea), QColor(0x4a, 0x23, 0x20)},
        {&Palette::bannerText, QColor(0x7b, 0x1f, 0x16), QColor(0xff, 0xd9, 0xd4)},
        // Coverage levels (none and full are the states' colours; light is `attention` in the
        // light set) and the cells' tints.
        {&Palette::coverageLight, QColor(0x92, 0x5a, 0x0c), QColor(0xf0, 0xb4, 0x50)},
        {&Palette::fullCellTint, QColor(60, 160, 90, 70), QColor(60, 170, 95, 90)},
        {&Palette::lightCellTint, QColor(225, 150, 40, 60), QColor(230, 160, 50, 80)},
        // Growth-review bands (poor, fair and good are the states' colours).
        {&Palette::bandGreat, QColor(0x1c, 0x6b, 0x3a), QColor(0x8f, 0xe0, 0xa8)},
        {&Palette::bandNone, QColor(0x66, 0x66, 0x66), QColor(0x9a, 0x9a, 0x9a)},
        {&Palette::bandPoorShade, QColor(220, 60, 60, 45), QColor(230, 80, 80, 55)},
        {&Palette::bandFairShade, QColor(240, 180, 40, 40), QColor(240, 180, 40, 45)},
        {&Palette::bandGoodShade, QColor(120, 200, 120, 45), QColor(120, 200, 120, 45)},
        {&Palette::bandGreatShade, QColor(40, 160, 80, 70), QColor(60, 190, 100, 70)},
        // The interview habit heat map.
        {&Palette::habitInactive, QColor(0xee, 0xee, 0xee), QColor(0x3a, 0x3a, 0x3a)},
        {&Palette::habitExceeded, QColor(0x1b, 0x8a, 0x4b), QColor(0x3f, 0xb2, 0x6f)},
        {&Palette::habitMet, QColor(0x5c, 0xb8, 0x7a), QColor(0x2b, 0x7a, 0x4b)},
        {&Palette::habitPlanned, QColor(0xb9, 0xd8, 0xf3), QColor(0x2d, 0x5a, 0x85)},
        {&Palette::habitShort, QColor(0xf6, 0xd3, 0x8a), QColor(0x8a, 0x6a, 0x24)},
        {&Palette::habitNone, QColor(0xee, 0x9a, 0x8f), QColor(0x8a, 0x3b, 0x33)},
        // Calendars.
        {&Palette::todayTint, QColor(255, 244, 214), QColor(0x46, 0x3e, 0x22)},
        {&Palette::unknownPm, QColor(0x60, 0x7d, 0x8b), QColor(0x8a, 0xa4, 0xb0)},
        {&Palette::dropTarget, QColor(0, 120, 215, 60), QColor(80, 160, 255, 80)},
        // Goals.
        {&Palette::pmGoal, QColor(0x2f, 0x6f, 0xd6), QColor(0x6f, 0x9f, 0xf0)},
        {&Palette::researchGoal, QColor(0x8a, 0x4f, 0xc7), QColor(0xb4, 0x8a, 0xe6)},
        {&Palette::sideProject, QColor(0x1f, 0x8a, 0x6b), QColor(0x4f, 0xc0, 0xa0)},
        {&Palette::progressComplete, QColor(0x1f, 0x8a, 0x4b), QColor(0x4c, 0xc0, 0x7f)},
        // Charts.
        {&Palette::previousPeriod, QColor(120, 120, 120), QColor(0x9a, 0x9a, 0x9a)},
        {&Palette::reviewMark, QColor(0x6a, 0x3d, 0x9a), QColor(0xb4, 0x8a, 0xe6)},
        {&Palette::chartText, QColor(0x40, 0x40, 0x40), QColor(0xd0, 0xd0, 0xd0)},
        {&Palette::chartGrid, QColor(0xe0, 0xe0, 0xe0), QColor(0x3c, 0x3c, 0x3c)},
    };
    // Lines of series and PMs, in the order they are handed out.
    const Sequence sequences[] = {
        {&Palette::chartLines,
         {QColor(0x1d, 0x4a, 0xff), QColor(0xd0, 0x42, 0x00), QColor(0x23, 0x80, 0x3a),
          QColor(0xa6, 0x1e, 0x9f), QColor(0x00, 0x7a, 0x8c), QColor(0xc9, 0x2a, 0x2a),
          QColor(0x6b, 0x5b, 0x00), QColor(0x4c, 0x4c, 0x4c)},
         {QColor(0x6e, 0x9b, 0xff), QColor(0xff, 0x8a, 0x4c), QColor(0x5f, 0xd1, 0x7a),
          QColor(0xe0, 0x70, 0xdc), QColor(0x3c, 0xc8, 0xdc), QColor(0xff, 0x6b, 0x6b),
          QColor(0xd4, 0xc0, 0x4a), QColor(0xc0, 0xc0, 0xc0)}},
        {&Palette::pms,
         {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x62, 0x1e), QColor(0x2c, 0xa0, 0x2c),
          QColor(0x94, 0x67, 0xbd), QColor(0xc2, 0x3b, 0x5b), QColor(0x17, 0x9c, 0x9c),
          QColor(0x8c, 0x56, 0x4b), QColor(0x6b, 0x6e, 0x1f)},
         {QColor(0x5a, 0xa9, 0xe6), QColor(0xf0, 0x8a, 0x4b), QColor(0x5c, 0xc9, 0x5c),
          QColor(0xb6, 0x94, 0xe0), QColor(0xe7, 0x6f, 0x8f), QColor(0x40, 0xc4, 0xc4),
          QColor(0xc0, 0x8f, 0x80), QColor(0xb5, 0xb8, 0x4a)}},
    };
    Palette p;
    p.lightOnDark = dark;
    for (const Role &role : roles)
        p.*role.colour = dark ? role.dark : role.light;
    for (const Sequence &sequence : sequences)
        p.*sequence.colours = dark ? sequence.dark : sequence.light;
    // The same colour as another role in both sets.
    p.coverageNone = p.error;
    p.coverageFull = p.success;
    p.bandPoor = p.error;
    p.bandFair = p.warning;
    p.bandGood = p.success;
    p.chartBackground = p.base;
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
    static const Palette palette = makePalette(false);
    return palette;
}

const Palette &Palette::dark()
{
    static const Palette palette = makePalette(true);
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
