#pragma once

#include "goaltypes.h"

#include <functional>
#include <optional>

// How far goals and key results have come, free of storage so that it can be tested alone.
namespace GoalProgress {

enum class Direction { Up, Down }; // which way of the metric is good

// The good direction a binding implies: from its baseline towards its target.
Direction directionOf(const MetricBinding &binding);

// The share (0..1) of the way from baseline to target that current has covered, moving in the
// good direction. Going the wrong way counts as 0, overshooting as 1. When baseline and target
// are equal, the target is met (1) or not (0).
double towards(double baseline, double target, double current, Direction good);

// The latest value of a product's metric on or before a day, if there is one.
using MetricLookup = std::function<std::optional<double>(
    const QString &productId, const QString &metricKey, QDate onOrBefore)>;

// A checked key result is met; a metric-bound one follows its metric's latest value on `day`
// (0 while the metric has no value); an unchecked one without a metric has 0.
double keyResult(const KeyResult &result, const MetricLookup &lookup, QDate day);

// The mean progress of a goal's key results (tombstones aside); a goal without key results
// has none, unless it is done.
std::optional<double> goal(const Goal &goal, const MetricLookup &lookup, QDate day);

// The day a goal's metrics are read on: the end of its quarter, or today if that is earlier.
QDate readingDay(const Goal &goal, QDate today);

// The share (0..1) of a goal's quarter gone by at the end of `day`.
double quarterElapsed(const Goal &goal, QDate day);

// How far behind the quarter a metric-bound key result may be before it is off track: a
// quarter of the way, so that noise early on does not raise the alarm, yet a key result with
// half the quarter gone and no movement does.
constexpr double OffTrackLag = 0.25;

// A key result that follows a metric, is not checked off, and whose progress lags the share
// of its quarter gone by by more than OffTrackLag.
bool isOffTrack(const KeyResult &result, const Goal &goal, const MetricLookup &lookup, QDate day);

} // namespace GoalProgress
