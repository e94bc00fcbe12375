#include "metricchart.h"

QColor metricBandColor(BandLevel level)
{
    switch (level) {
    case BandLevel::Poor:
        return QColor(220, 60, 60, 45);
    case BandLevel::Fair:
        return QColor(240, 180, 40, 40);
    case BandLevel::Good:
        return QColor(120, 200, 120, 45);
    case BandLevel::Great:
        break;
    }
    return QColor(40, 160, 80, 70);
}
