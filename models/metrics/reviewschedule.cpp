#include "reviewschedule.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewSchedule)
};

} // namespace

QString reviewStatusKey(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Upcoming:
        return QStringLiteral("upcoming");
    case ReviewStatus::Due:
        return QStringLiteral("due");
    case ReviewStatus::Overdue:
        return QStringLiteral("overdue");
    case ReviewStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString reviewStatusLabel(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Upcoming:
        return Text::tr("upcoming");
    case ReviewStatus::Due:
        return Text::tr("due");
    case ReviewStatus::Overdue:
        return Text::tr("overdue");
    case ReviewStatus::Done:
        return Text::tr("done");
    }
    return {};
}

namespace ReviewSchedule {

QDate dueDate(QDate month)
{
    QDate day(month.year(), month.month(), 1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

ReviewStatus statusOn(QDate dueOn, const std::optional<GrowthReview> &review, QDate today)
{
    if (review && review->isDone() && !review->meta.deleted)
        return ReviewStatus::Done;
    if (today < dueOn)
        return ReviewStatus::Upcoming;
    if (dueOn.daysTo(today) < GraceDays)
        return ReviewStatus::Due;
    return ReviewStatus::Overdue;
}

QList<ScheduledReview> compute(const QList<Product> &products, const QList<GrowthReview> &reviews,
                               QDate from, QDate to, QDate today)
{
    // A review is found by what its id is made of (MetricIds::review: the product and the
    // month) rather than by the id: a name-based UUID is a SHA-1, and a team's schedule asks
    // for one per product and month (bench_week under callgrind, everyone: the schedule 13.7
    // -> 2.5 million instructions a plan).
    const auto monthKey = [](const QString &productId, QDate month) {
        return std::pair(productId, month.year() * 12 + month.month());
    };
    QHash<std::pair<QString, int>, GrowthReview> byMonth;
    for (const GrowthReview &review : reviews)
        if (!review.meta.deleted)
            byMonth.insert(monthKey(review.productId, review.month), review);
    QList<Product> sorted;
    for (const Product &product : products)
        if (product.productMarketFit && !product.meta.deleted)
            sorted.append(product);
    std::sort(sorted.begin(), sorted.end(), [](const Product &a, const Product &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    QList<ScheduledReview> schedule;
    const QDate last(to.year(), to.month(), 1);
    for (QDate month(from.year(), from.month(), 1); month <= last; month = month.addMonths(1)) {
        for (const Product &product : sorted) {
            if (product.pmfSince.isValid() &&
                month < QDate(product.pmfSince.year(), product.pmfSince.month(), 1))
                continue;
            ScheduledReview entry;
            entry.product = product;
            entry.month = month;
            entry.dueOn = dueDate(month);
            const auto found = byMonth.constFind(monthKey(product.meta.id, month));
            if (found != byMonth.constEnd())
                entry.review = *found;
            entry.status = statusOn(entry.dueOn, entry.review, today);
            schedule.append(entry);
        }
    }
    return schedule;
}

void orderByAttention(QList<ScheduledReview> &schedule)
{
    std::reverse(schedule.begin(), schedule.end());
    auto rank = [](ReviewStatus status) {
        return status == ReviewStatus::Overdue ? 0 : status == ReviewStatus::Due ? 1 : 2;
    };
    std::stable_sort(schedule.begin(), schedule.end(),
                     [rank](const ScheduledReview &a, const ScheduledReview &b) {
                         return rank(a.status) < rank(b.status);
                     });
}

QList<ScheduledReview> recent(const QList<Product> &products, const QList<GrowthReview> &reviews,
                              QDate today)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    QList<ScheduledReview> schedule =
        compute(products, reviews, thisMonth.addMonths(-6), thisMonth.addMonths(1), today);
    orderByAttention(schedule);
    return schedule;
}

} // namespace ReviewSchedule
