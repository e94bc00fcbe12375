#include "metricstypes.h"

#include "core/ids.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

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

namespace {

// One fixed locale: numbers read the same in the pane, the CLI and exported charts.
const QLocale &numberLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

} // namespace

QString formatMetricValue(double value, MetricUnit unit)
{
    const QLocale &locale = numberLocale();
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

QStringList metricAxisLabels(double first, double step, int count, MetricUnit unit)
{
    const double largest = std::max(std::abs(first), std::abs(first + (count - 1) * step));
    // Like "%" after a percentage, k and M are part of the number's fixed format.
    const auto [divisor, suffix] = unit == MetricUnit::Percent ? std::pair(1.0, QStringLiteral("%"))
                                   : largest >= 1e6            ? std::pair(1e6, QStringLiteral("M"))
                                   : largest >= 1e4            ? std::pair(1e3, QStringLiteral("k"))
                                                               : std::pair(1.0, QString());
    const double scaledStep = step / divisor;
    // Enough decimals to write the step exactly, so that neighbouring ticks never read alike.
    int decimals = 0;
    while (decimals < 4 && std::abs(scaledStep * std::pow(10.0, decimals) -
                                    std::round(scaledStep * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    QStringList labels;
    for (int i = 0; i < count; ++i) {
        const double value = first + i * step;
        // A plain 0 where the axis crosses zero, never "-0.0" or "0.0M".
        const bool zero = std::abs(value) < std::abs(step) * 1e-6;
        labels << (zero ? QStringLiteral("0")
                        : numberLocale().toString(value / divisor, 'f', decimals)) +
                      (zero && divisor > 1 ? QString() : suffix);
    }
    return labels;
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
