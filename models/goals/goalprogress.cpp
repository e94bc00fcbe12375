#include "goalprogress.h"

#include <algorithm>

namespace GoalProgress {

Direction directionOf(const MetricBinding &binding)
{
    return binding.target >= binding.baseline ? Direction::Up : Direction::Down;
}

double towards(double baseline, double target, double current, Direction good)
{
    const double sign = good == Direction::Up ? 1.0 : -1.0;
    const double distance = sign * (target - baseline);
    if (distance <= 0) // nothing to cover: met once current is at target on the good side
        return sign * (current - target) >= 0 ? 1.0 : 0.0;
    return std::clamp(sign * (current - baseline) / distance, 0.0, 1.0);
}

double keyResult(const KeyResult &result, const MetricLookup &lookup, QDate day)
{
    if (result.done)
        return 1.0;
    if (!result.metric || !lookup)
        return 0.0;
    const MetricBinding &binding = *result.metric;
    const std::optional<double> current = lookup(binding.productId, binding.metricKey, day);
    if (!current)
        return 0.0;
    return towards(binding.baseline, binding.target, *current, directionOf(binding));
}

std::optional<double> goal(const Goal &goal, const MetricLookup &lookup, QDate day)
{
    double sum = 0;
    int count = 0;
    for (const KeyResult &result : goal.keyResults) {
        if (result.meta.deleted)
            continue;
        sum += keyResult(result, lookup, day);
        ++count;
    }
    if (count == 0)
        return goal.status == GoalStatus::Done ? std::optional<double>(1.0) : std::nullopt;
    return sum / count;
}

QDate readingDay(const Goal &goal, QDate today)
{
    const std::optional<Quarter> quarter = Quarter::parse(goal.quarter);
    if (!quarter)
        return today;
    return std::min(today, quarter->lastDay());
}

double quarterElapsed(const Goal &goal, QDate day)
{
    const std::optional<Quarter> quarter = Quarter::parse(goal.quarter);
    if (!quarter)
        return 0;
    const double length = double(quarter->firstDay().daysTo(quarter->lastDay()) + 1);
    return std::clamp(double(quarter->firstDay().daysTo(day) + 1) / length, 0.0, 1.0);
}

bool isOffTrack(const KeyResult &result, const Goal &goal, const MetricLookup &lookup, QDate day)
{
    if (!result.metric || result.done || result.meta.deleted)
        return false;
    const QDate reading = readingDay(goal, day);
    return keyResult(result, lookup, reading) + OffTrackLag < quarterElapsed(goal, reading);
}

} // namespace GoalProgress
