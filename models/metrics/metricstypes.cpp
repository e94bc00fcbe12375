#include "metricstypes.h"

#include "core/ids.h"

#include <QLocale>

#include <cmath>

QString unitKey(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Percent:
        return QStringLiteral("percent");
    case MetricUnit::Count:
        return QStringLiteral("count");
    case MetricUnit::Currency:
        return QStringLiteral("currency");
    case MetricUnit::Ratio:
        return QStringLiteral("ratio");
    }
    return {};
}

std::optional<MetricUnit> unitFromKey(const QString &key)
{
    for (MetricUnit unit :
         {MetricUnit::Percent, MetricUnit::Count, MetricUnit::Currency, MetricUnit::Ratio})
        if (unitKey(unit) == key)
            return unit;
    return std::nullopt;
}

QString directionKey(GoodDirection direction)
{
    return direction == GoodDirection::Up ? QStringLiteral("up") : QStringLiteral("down");
}

std::optional<GoodDirection> directionFromKey(const QString &key)
{
    if (key == QLatin1String("up"))
        return GoodDirection::Up;
    if (key == QLatin1String("down"))
        return GoodDirection::Down;
    return std::nullopt;
}

QString formatMetricValue(double value, MetricUnit unit)
{
    // One fixed locale: numbers read the same in the pane, the CLI and exported charts.
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    switch (unit) {
    case MetricUnit::Percent:
        return locale.toString(value, 'f', 1) + QLatin1Char('%');
    case MetricUnit::Count:
        return std::abs(value) >= 100 ? locale.toString(qint64(std::llround(value)))
                                      : locale.toString(value, 'f', 1);
    case MetricUnit::Currency:
        return locale.toString(value, 'f', std::abs(value) >= 1000 ? 0 : 2);
    case MetricUnit::Ratio:
        return locale.toString(value, 'f', 2);
    }
    return QString::number(value);
}

namespace MetricIds {

QString product(const QString &name)
{
    return Ids::fromKey(QStringLiteral("product"), name.trimmed().toLower());
}

QString definition(const QString &key)
{
    return Ids::fromKey(QStringLiteral("metric"), key);
}

QString point(const QString &productId, const QString &metricKey, QDate day)
{
    return Ids::metricPoint(productId, metricKey, day);
}

QString review(const QString &productId, QDate month)
{
    return Ids::fromKey(QStringLiteral("growth-review"),
                        productId + QLatin1Char('|') + month.toString(QStringLiteral("yyyy-MM")));
}

} // namespace MetricIds
