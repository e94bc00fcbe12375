#include "clock.h"

#include <QTimeZone>

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

QDateTime pinnedNow()
{
    const QString pin = qEnvironmentVariable("CADENCE_NOW");
    if (pin.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(pin, Qt::ISODate);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(pin, Qt::ISODate);
        if (day.isValid())
            when = QDateTime(day, QTime(9, 0), QTimeZone::utc());
    }
    return when;
}

} // namespace

std::shared_ptr<Clock> Clock::system()
{
    const QDateTime pinned = pinnedNow();
    if (pinned.isValid())
        return std::make_shared<FixedClock>(pinned);
    return std::make_shared<SystemClock>();
}
