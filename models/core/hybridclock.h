#pragma once

#include "clock.h"

#include <QtGlobal>

#include <memory>

// A hybrid logical clock: stamps are milliseconds since the epoch shifted left 16 bits plus a
// counter, so they follow the wall clock yet never repeat or go backwards, even when the wall
// clock does or when a merge brings in stamps from a faster machine.
class HybridClock
{
public:
    explicit HybridClock(std::shared_ptr<Clock> clock, qint64 lastSeen = 0);

    // A stamp greater than every stamp made or observed so far.
    qint64 next();
    // Remember a stamp from elsewhere (a merged record) so later stamps exceed it.
    void observe(qint64 stamp);
    qint64 lastSeen() const { return m_last; }
    const Clock &wallClock() const { return *m_clock; }
    std::shared_ptr<Clock> wallClockShared() const { return m_clock; }

    static qint64 physicalPart(qint64 stamp) { return stamp >> 16; }
    static qint64 fromMs(qint64 ms) { return ms << 16; }

private:
    std::shared_ptr<Clock> m_clock;
    qint64 m_last = 0;
};
