#pragma once

#include <QDate>
#include <QDateTime>

#include <memory>

// The wall clock, injectable so that tests, sample data and screenshots are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    // The system clock, unless CADENCE_NOW (ISO 8601 date or date-time) pins "now";
    // that pin is how the README's screenshots and scripted runs stay reproducible.
    static std::shared_ptr<Clock> system();
};

// A clock that stands still until told to move.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};
