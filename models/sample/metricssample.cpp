#include "metricssample.h"

#include "coverage/coveragerepository.h"
#include "metrics/metricsrepository.h"
#include "metrics/reviewschedule.h"
#include "starterdata.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cmath>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricsSample)
};

MetricDefinition makeDefinition(const char *key, const QString &name, const QString &text,
                                MetricUnit unit, GoodDirection direction)
{
    MetricDefinition definition;
    definition.key = QLatin1String(key);
    definition.meta.id = MetricIds::definition(definition.key);
    definition.name = name;
    definition.definition = text;
    definition.unit = unit;
    definition.goodDirection = direction;
    definition.smoothingMonths = 3;
    return definition;
}

QList<MetricDefinition> catalogue()
{
    return {
        makeDefinition("activation", Text::tr("Activation rate"),
                       Text::tr("Share of new organizations that reach the product's activation "
                                "event within 30 days of their first event."),
                       MetricUnit::Percent, GoodDirection::Up),
        makeDefinition("churn", Text::tr("Churn rate"),
                       Text::tr("Share of paying customers at the start of the month who stopped "
                                "paying for the product by its end (tracked as a rolling 3-month "
                                "average)."),
                       MetricUnit::Percent, GoodDirection::Down),
        makeDefinition("retention", Text::tr("3-month retention"),
                       Text::tr("Share of organizations active in a month that are still active "
                                "three months later."),
                       MetricUnit::Percent, GoodDirection::Up),
        makeDefinition(
            "revenue", Text::tr("Monthly recurring revenue"),
            Text::tr("Recurring revenue of the product, annualized subscriptions divided "
                     "by twelve, in USD."),
            MetricUnit::Currency, GoodDirection::Up),
    };
}

struct SampleProduct {
    const char *name;
    const char *team;
    bool fit;
    int pmfYear;
    double size; // scales revenue
};

// Series shapes: a level, a yearly trend, weekly seasonality and noise, with a step change
// (a launch or a pricing change) somewhere in the history.
struct Shape {
    double level;
    double trendPerYear; // fraction of the level
    double weekly;       // amplitude, fraction of the level
    double noise;        // fraction of the level
    double floor;
    double ceiling;
};

Shape shapeOf(const QString &key, double size)
{
    if (key == QLatin1String("activation"))
        return {28, 0.15, 0.04, 0.05, 2, 95};
    if (key == QLatin1String("churn"))
        return {5.5, -0.12, 0.02, 0.08, 0.3, 40};
    if (key == QLatin1String("retention"))
        return {42, 0.06, 0.01, 0.03, 5, 95};
    return {40000 * size, 0.45, 0.01, 0.01, 0, 1e12};
}

Outcome writeSeries(MetricsRepository &metrics, const QString &productId, QDate from, QDate to,
                    quint32 seed)
{
    QRandomGenerator random(seed);
    QList<MetricPoint> points;
    for (const MetricDefinition &definition : catalogue()) {
        const Shape shape = shapeOf(definition.key, 0.5 + random.generateDouble() * 2);
        const double start = shape.level * (0.8 + random.generateDouble() * 0.4);
        const qint64 days = from.daysTo(to);
        const qint64 stepDay = days / 3 + random.bounded(int(std::max<qint64>(days / 2, 1)));
        const double step = (random.generateDouble() - 0.3) * 0.15;
        double drift = 0;
        for (qint64 i = 0; i <= days; ++i) {
            const QDate day = from.addDays(i);
            const double years = double(i) / 365.0;
            double value = start * std::pow(1 + shape.trendPerYear, years);
            if (i >= stepDay)
                value *= 1 + step;
            // Slow wandering, so that trends are not straight lines.
            drift = 0.995 * drift + (random.generateDouble() - 0.5) * 0.01;
            value *= 1 + drift;
            const double weekend = day.dayOfWeek() >= 6 ? -1.0 : 0.4;
            value *= 1 + shape.weekly * weekend;
            value *= 1 + (random.generateDouble() - 0.5) * 2 * shape.noise;
            value = std::clamp(value, shape.floor, shape.ceiling);
            MetricPoint point;
            point.meta.sample = true;
            point.productId = productId;
            point.metricKey = definition.key;
            point.day = day;
            point.value = std::round(value * 100) / 100;
            points.append(point);
        }
    }
    auto written = metrics.importPoints(points, false);
    return written ? Outcome{} : Outcome{written.problem()};
}

} // namespace

namespace MetricsSample {

Outcome writeCatalogue(WorkspaceSession &session)
{
    MetricsEdit edit;
    edit.definitions = catalogue();
    return session.metrics().apply(edit);
}

Outcome generate(WorkspaceSession &session, int scale)
{
    MetricsRepository &metrics = session.metrics();
    const QDate today = session.today();

    // Illustrative bands, so that charts show what the shading means; marked as sample.
    MetricsEdit catalogueEdit;
    const BenchmarkBands activation{15, 30, 45, Text::tr("Illustrative sample benchmarks"),
                                    QDate(2025, 3, 1)};
    const BenchmarkBands churn{8, 4, 2, Text::tr("Illustrative sample benchmarks"),
                               QDate(2025, 3, 1)};
    const BenchmarkBands retention{30, 45, 60, Text::tr("Illustrative sample benchmarks"),
                                   QDate(2025, 3, 1)};
    for (MetricDefinition definition : catalogue()) {
        if (auto stored = metrics.definition(definition.key))
            definition = *stored;
        definition.meta.sample = true;
        if (definition.key == QLatin1String("activation"))
            definition.bands = activation;
        else if (definition.key == QLatin1String("churn"))
            definition.bands = churn;
        else if (definition.key == QLatin1String("retention"))
            definition.bands = retention;
        catalogueEdit.definitions.append(definition);
    }
    if (Outcome problem = metrics.apply(catalogueEdit))
        return problem;

    static const SampleProduct handbookProducts[] = {
        {"Product Analytics", "product-analytics", true, 2021, 3.0},
        {"Session Replay", "session-replay", true, 2021, 2.0},
        {"Feature Flags", "feature-flags", true, 2022, 1.5},
        {"Experiments", "experiments", true, 2023, 0.8},
        {"Surveys", "surveys", true, 2024, 0.5},
        {"Error Tracking", "error-tracking", false, 0, 0.3},
        {"LLM Analytics", "llm-analytics", false, 0, 0.2},
    };
    MetricsEdit productEdit;
    QList<int> historyDays;
    for (const SampleProduct &sample : handbookProducts) {
        Product product;
        product.name = QLatin1String(sample.name);
        product.meta.id = MetricIds::product(product.name);
        product.meta.sample = true;
        product.teamId = StarterData::teamId(QLatin1String(sample.team));
        product.productMarketFit = sample.fit;
        // Reviews start with the sample's history (the handbook's practice is recent).
        const QDate historyStart = today.addDays(-3 * 365);
        if (sample.fit)
            product.pmfSince =
                std::max(QDate(sample.pmfYear, 1, 1),
                         QDate(historyStart.year(), historyStart.month(), 1).addMonths(1));
        productEdit.products.append(product);
        historyDays.append(sample.fit ? 3 * 365 : 400);
    }
    const QList<Team> teams = session.coverage().teams();
    for (int i = 0; i < (scale - 1) * 6; ++i) {
        Product product;
        product.name = QStringLiteral("Sample Product %1").arg(i + 1);
        product.meta.id = MetricIds::product(product.name);
        product.meta.sample = true;
        if (!teams.isEmpty())
            product.teamId = teams[i % teams.size()].meta.id;
        product.productMarketFit = i % 3 != 0;
        if (product.productMarketFit)
            product.pmfSince = today.addYears(-2);
        productEdit.products.append(product);
        historyDays.append(3 * 365);
    }
    if (Outcome problem = metrics.apply(productEdit))
        return problem;

    for (qsizetype i = 0; i < productEdit.products.size(); ++i)
        if (Outcome problem =
                writeSeries(metrics, productEdit.products[i].meta.id,
                            today.addDays(-historyDays[i]), today.addDays(-1), quint32(1000 + i)))
            return problem;

    // Past reviews, done in their first days, with a note; last month's review of one product
    // and this month's of another are left undone, so that the schedule shows overdue ones.
    static const char *notes[] = {
        QT_TRANSLATE_NOOP("MetricsSample", "Activation up after the onboarding checklist; "
                                           "churn flat."),
        QT_TRANSLATE_NOOP("MetricsSample", "Revenue ahead of plan; retention dipped after the "
                                           "pricing change, interviews planned."),
        QT_TRANSLATE_NOOP("MetricsSample", "Churn above the good band: follow up with the "
                                           "largest churned accounts."),
        QT_TRANSLATE_NOOP("MetricsSample", "Steady month. Next: instrument the new setup "
                                           "flow."),
    };
    QRandomGenerator random(4242);
    MetricsEdit reviewEdit;
    const QDate thisMonth(today.year(), today.month(), 1);
    const QList<ScheduledReview> past =
        ReviewSchedule::compute(productEdit.products.mid(0, std::size(handbookProducts)), {},
                                thisMonth.addMonths(-36), thisMonth, today);
    for (const ScheduledReview &entry : past) {
        if (entry.month == thisMonth.addMonths(-1) &&
            entry.product.name == QLatin1String("Surveys"))
            continue;
        if (entry.month == thisMonth &&
            (entry.product.name == QLatin1String("Experiments") || entry.dueOn.addDays(4) > today))
            continue;
        GrowthReview review;
        review.meta.sample = true;
        review.productId = entry.product.meta.id;
        review.month = entry.month;
        review.doneOn = entry.dueOn.addDays(random.bounded(4));
        review.notes = Text::tr(notes[random.bounded(int(std::size(notes)))]);
        review.link = QStringLiteral("https://github.com/PostHog/product-internal/pull/%1")
                          .arg(100 + random.bounded(900));
        reviewEdit.reviews.append(review);
    }
    return metrics.apply(reviewEdit);
}

} // namespace MetricsSample
