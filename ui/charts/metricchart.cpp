#include "metricchart.h"

#include "core/palette.h"

QColor metricBandColor(BandLevel level)
{
    const Palette &palette = Palette::current();
    switch (level) {
    case BandLevel::Poor:
        return palette.bandPoorShade;
    case BandLevel::Fair:
        return palette.bandFairShade;
    case BandLevel::Good:
        return palette.bandGoodShade;
    case BandLevel::Great:
        break;
    }
    return palette.bandGreatShade;
}
