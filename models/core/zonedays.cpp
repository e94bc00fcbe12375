#include "zonedays.h"

#include <QDateTime>

#include <algorithm>

ZoneDays::ZoneDays(const QTimeZone &zone, qint64 fromMSecs, qint64 toMSecs)
    : m_zone(zone)
    , m_from(fromMSecs)
    , m_to(toMSecs)
{
    if (!zone.isValid() || !zone.hasTransitions() || fromMSecs > toMSecs)
        return;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMSecs, QTimeZone::utc());
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMSecs, QTimeZone::utc());
    m_offsets.emplace_back(fromMSecs, zone.offsetFromUtc(from));
    for (const QTimeZone::OffsetData &transition : zone.transitions(from, to))
        m_offsets.emplace_back(transition.atUtc.toMSecsSinceEpoch(), transition.offsetFromUtc);
}

QDate ZoneDays::dayOf(qint64 msecs) const
{
    if (m_offsets.empty() || msecs < m_from || msecs > m_to)
        return QDateTime::fromMSecsSinceEpoch(msecs, m_zone).date();
    // The last offset that starts at or before the instant.
    const auto after = std::upper_bound(
        m_offsets.begin(), m_offsets.end(), msecs,
        [](qint64 at, const std::pair<qint64, int> &offset) { return at < offset.first; });
    const qint64 local = msecs + qint64(std::prev(after)->second) * 1000;
    constexpr qint64 day = 24 * 60 * 60 * 1000;
    constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
    const qint64 days = local >= 0 ? local / day : -((-local + day - 1) / day);
    return QDate::fromJulianDay(epochJulianDay + days);
}
