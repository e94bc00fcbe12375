#pragma once

#include <QColor>
#include <QList>

// Every colour Cadence draws with, in one place, so that the panes, the item models and the
// charts agree, and so that a dark theme is one more set of these values rather than a hunt
// through every file. Only the light set exists today: Palette::current() is what every
// reader asks, and the one place that would pick a dark set.
struct Palette {
    // States, for text and marks on the window's background. `error` is the one red of
    // problems, overdue reviews, teams with no PM, PMs above the limit, today and now.
    QColor error;
    QColor warning;
    QColor success;
    QColor muted;
    QColor errorBackground; // behind a bad cell of an import preview

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
    QList<QColor> chartLines;

    // One colour per PM, distinct and stable as long as the PM list (by name) stays the same.
    QList<QColor> pms;

    // The light set.
    static const Palette &light();
    // The set in use.
    static const Palette &current();

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
