#pragma once

#include <QColor>
#include <QList>

class QPalette;

// Every colour Cadence draws with, in one place, so that the panes, the item models and the
// charts agree: a light set and a dark set of the same names. Palette::current() is what every
// reader asks; it follows the application's QPalette (dark when its window is darker than its
// text), which the theme (ui/shell/theme.h) sets or leaves to the desktop. The charts module
// compiles its own copy of this file, and reads the same application palette.
struct Palette {
    bool lightOnDark = false;

    // The window's surfaces, as ui/shell/theme.cpp gives them to Qt when the theme is not the
    // desktop's own.
    QColor window;
    QColor windowText;
    QColor base;
    QColor alternateBase;
    QColor text;
    QColor button;
    QColor placeholderText;
    QColor disabledText;
    QColor highlight;
    QColor highlightedText;
    QColor link;
    QColor toolTipBase;
    QColor bevelLight;
    QColor bevelMidlight;
    QColor bevelMid;
    QColor bevelShadow;

    // States, for text and marks on the window's background. `error` is the one red of
    // problems, overdue reviews, teams with no PM, PMs above the limit, today and now.
    QColor error;
    QColor warning;
    QColor success;
    QColor muted;
    QColor errorBackground; // behind a bad cell of an import preview
    QColor attention; // a summary's part that wants the PM soon (due reviews, goals to look at)
    QColor onTrack;   // interviews booked to meet the target, not done yet
    QColor bannerBackground; // the damaged-workspace banner
    QColor bannerText;

    // Coverage levels: the team's coverage column and summary, and the cells' tints.
    QColor coverageNone;
    QColor coverageLight;
    QColor coverageFull;
    QColor fullCellTint;
    QColor lightCellTint;

    // Growth-review bands, as words (review mode) and as shades behind a chart's lines.
    QColor bandPoor;
    QColor bandFair;
    QColor bandGood;
    QColor bandGreat;
    QColor bandNone;
    QColor bandPoorShade;
    QColor bandFairShade;
    QColor bandGoodShade;
    QColor bandGreatShade;

    // The interview habit heat map: weeks met (and more), planned to meet, short, none.
    QColor habitInactive;
    QColor habitExceeded;
    QColor habitMet;
    QColor habitPlanned;
    QColor habitShort;
    QColor habitNone;

    // Calendars: today's column, an interview whose PM has no colour, where a drag lands.
    QColor todayTint;
    QColor unknownPm;
    QColor dropTarget;

    // Goals: the kind chips and a key result's bar once it is met.
    QColor pmGoal;
    QColor researchGoal;
    QColor sideProject;
    QColor progressComplete;

    // Charts: the previous period (compare), the growth-review marks and the lines of series.
    QColor previousPeriod;
    QColor reviewMark;
    QColor chartBackground;
    QColor chartText;
    QColor chartGrid;
    QList<QColor> chartLines;

    // One colour per PM, distinct and stable as long as the PM list (by name) stays the same.
    QList<QColor> pms;

    static const Palette &light();
    static const Palette &dark();
    // The set in use: dark() when the application's palette is dark, else light() (and light()
    // without a GUI application: files written from the command line).
    static const Palette &current();
    // Whether Qt's palette reads light on dark.
    static bool isDark(const QPalette &palette);

    QColor pmColour(qsizetype index) const { return pms.at(index % pms.size()); }
    QColor chartLine(qsizetype index) const { return chartLines.at(index % chartLines.size()); }

    // WCAG 2 contrast of two opaque colours: 1 (none) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
    // Black or white, whichever reads better on `background` (WCAG contrast); a translucent
    // background is taken as drawn over `under`.
    static QColor textOn(const QColor &background, const QColor &under = Qt::white);
    // `colour` drawn with its alpha over the opaque `under`.
    static QColor over(const QColor &colour, const QColor &under);
};
