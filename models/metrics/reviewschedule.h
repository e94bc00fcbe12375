#pragma once

#include "metricstypes.h"

#include <QList>

// Where a month's growth review of a product stands on a given day.
enum class ReviewStatus { Upcoming, Due, Overdue, Done };
QString reviewStatusKey(ReviewStatus status);   // "upcoming", "due", "overdue", "done"
QString reviewStatusLabel(ReviewStatus status); // the same, as the window shows it

struct ScheduledReview {
    Product product;
    QDate month; // first day of the month
    QDate dueOn; // the first weekday of the month
    ReviewStatus status = ReviewStatus::Upcoming;
    std::optional<GrowthReview> review; // the record, once one exists
};

// The growth-review schedule: the handbook asks for one review per product with
// product-market fit at the beginning of every month. A review is due from the month's first
// weekday, and overdue once a week has passed without it being done.
namespace ReviewSchedule {

constexpr int GraceDays = 7;

QDate dueDate(QDate month);
ReviewStatus statusOn(QDate dueOn, const std::optional<GrowthReview> &review, QDate today);
// Every review of the months from..to (inclusive, any day of the month) for the products
// with product-market fit (from their pmfSince month on), ordered by month then product name.
QList<ScheduledReview> compute(const QList<Product> &products, const QList<GrowthReview> &reviews,
                               QDate from, QDate to, QDate today);
// The schedule as a to-do list: what needs doing on top (overdue, then due), each group with
// the most recent month first.
void orderByAttention(QList<ScheduledReview> &schedule);
// The reviews a PM looks at on `today`: the last six months, this one and the next, by
// attention.
QList<ScheduledReview> recent(const QList<Product> &products, const QList<GrowthReview> &reviews,
                              QDate today);

} // namespace ReviewSchedule
