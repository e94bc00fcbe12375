#pragma once

#include <QDate>
#include <QTimeZone>

#include <utility>
#include <vector>

// The local day of many instants in one zone. QDateTime::fromMSecsSinceEpoch(ms, zone) looks
// the zone's rules up for every instant; this reads the zone's transitions over a span once
// and finds each instant's offset among them. Outside the span, or in a zone that lists no
// transitions, each instant is converted as QDateTime converts it.
class ZoneDays
{
public:
    ZoneDays(const QTimeZone &zone, qint64 fromMSecs, qint64 toMSecs);

    QDate dayOf(qint64 msecsSinceEpoch) const;

private:
    QTimeZone m_zone;
    qint64 m_from;
    qint64 m_to;
    // From each instant on (milliseconds since the epoch), the zone's offset (seconds); the
    // first entry is the offset at the span's start. Empty: no transitions known.
    std::vector<std::pair<qint64, int>> m_offsets;
};
