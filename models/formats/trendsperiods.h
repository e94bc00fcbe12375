#pragma once

#include "core/problem.h"
#include "metrics/metricseries.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// The period columns of a PostHog trends export, labelled as PostHog labels them: a day
// "1-Oct-2025", a month "Oct 2025", a week by its days "6–12 Oct", "29-Sep – 5-Oct" or
// "29-Dec-2024 – 4-Jan-2025" (the year only where the week crosses one, and a first or last
// week cut to the insight's range, "1–5 Oct" or even "1-Oct-2025"). Each column becomes the
// first day of its period, where Cadence stores the period's value: a week's first day
// (Sunday or Monday, as the project's weeks start), a month's first.
namespace TrendsPeriods {

// Whether a header looks like a period label (so the file is a trends export).
bool isLabel(const QString &header);

struct Periods {
    Granularity granularity = Granularity::Daily;
    QList<QDate> starts; // one per label, in order
};

// The periods of the labels, in order. Weeks that do not say their year are dated in the
// latest year, not after `today`, in which they start on a Sunday or a Monday. A label that
// is no period, an hourly one, one of another kind than the rest, or a period twice is a
// problem naming the label (`what` only; the caller adds the file and line).
Result<Periods> read(const QStringList &labels, QDate today);

} // namespace TrendsPeriods
