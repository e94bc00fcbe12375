#include "hybridclock.h"

#include <algorithm>

HybridClock::HybridClock(std::shared_ptr<Clock> clock, qint64 lastSeen)
    : m_clock(std::move(clock))
    , m_last(lastSeen)
{}

qint64 HybridClock::next()
{
    m_last = std::max(fromMs(m_clock->nowMs()), m_last + 1);
    return m_last;
}

void HybridClock::observe(qint64 stamp)
{
    m_last = std::max(m_last, stamp);
}
