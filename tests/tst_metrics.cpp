// The arithmetic of metric series (rolling averages, down-sampling, bands), the growth-review
// schedule, and the metrics repository with its undoable edits.
#include "commands/metricscommand.h"
#include "coverage/coveragerepository.h"
#include "metrics/metricsedits.h"
#include "metrics/metricseries.h"
#include "metrics/metricsrepository.h"
#include "metrics/reviewschedule.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

#include <QTest>

#include <cmath>

namespace {

Series daily(QDate from, int days, const std::function<double(int)> &value)
{
    Series series;
    for (int i = 0; i < days; ++i)
        series.append({from.addDays(i), value(i)});
    return series;
}

std::optional<double> valueOn(const Series &series, QDate day)
{
    for (const SeriesPoint &point : series)
        if (point.day == day)
            return point.value;
    return std::nullopt;
}

Product pmfProduct(const QString &name, QDate since)
{
    Product product;
    product.meta.id = MetricIds::product(name);
    product.name = name;
    product.productMarketFit = true;
    product.pmfSince = since;
    return product;
}

// The handbook's teams and the metric catalogue, without the other panes' starter parts.
void writeStarter(WorkspaceSession &session)
{
    if (Outcome problem = StarterData::writeCoverage(session))
        qFatal("%s", qPrintable(problem->text()));
    if (Outcome problem = MetricsSample::writeCatalogue(session))
        qFatal("%s", qPrintable(problem->text()));
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void rollingAverageOfDailyData()
    {
        // Constant 10 then constant 40: the 3-month average moves between them smoothly.
        const Series series =
            daily(QDate(2025, 1, 1), 365, [](int i) { return i < 181 ? 10.0 : 40.0; });
        const Series averaged = MetricSeries::rollingAverage(series, 3);
        // No value until the window is full: 2025-01-01 .. 2025-03-31 is the first full one.
        QVERIFY(!valueOn(averaged, QDate(2025, 3, 30)));
        QCOMPARE(valueOn(averaged, QDate(2025, 3, 31)).value(), 10.0);
        QCOMPARE(averaged.first().day, QDate(2025, 3, 31));
        // 2025-07-01 is day 181: the window (04-01, 07-01] holds 90 tens and one forty.
        QCOMPARE(valueOn(averaged, QDate(2025, 7, 1)).value(), (90 * 10.0 + 40.0) / 91.0);
        QCOMPARE(valueOn(averaged, QDate(2025, 12, 31)).value(), 40.0);
    }

    void rollingAverageOfMonthlyData()
    {
        Series series;
        for (int m = 0; m < 12; ++m)
            series.append({QDate(2025, 1, 1).addMonths(m), double(m + 1)});
        const Series averaged = MetricSeries::rollingAverage(series, 3);
        // The first full window of monthly points is the third month.
        QCOMPARE(averaged.size(), 10);
        QCOMPARE(averaged.first().day, QDate(2025, 3, 1));
        QCOMPARE(averaged.first().value, 2.0); // (1 + 2 + 3) / 3
        QCOMPARE(averaged.last().value, 11.0); // (10 + 11 + 12) / 3
        QCOMPARE(MetricSeries::granularity(series), Granularity::Monthly);
    }

    void weeklyPointsStandForTheirWeek()
    {
        // A weekly series as a PostHog export stores it, on each week's Monday: its rolling
        // average holds the thirteen weeks of a quarter, and a point is named by its week.
        Series series;
        for (int w = 0; w < 26; ++w)
            series.append({QDate(2025, 1, 6).addDays(7 * w), double(w)});
        QCOMPARE(MetricSeries::granularity(series), Granularity::Weekly);
        const Series averaged = MetricSeries::rollingAverage(series, 3);
        QCOMPARE(averaged.first().day, QDate(2025, 3, 31));
        QCOMPARE(averaged.first().value, 6.0); // weeks 0 to 12
        QCOMPARE(MetricSeries::periodName(QDate(2025, 10, 6), Granularity::Weekly),
                 QStringLiteral("week of 2025-10-06"));
        QCOMPARE(MetricSeries::periodName(QDate(2025, 10, 1), Granularity::Monthly),
                 QStringLiteral("October 2025"));
        QCOMPARE(MetricSeries::periodName(QDate(2025, 10, 1), Granularity::Daily),
                 QStringLiteral("2025-10-01"));
    }

    void rollingAverageSkipsGaps()
    {
        // A month with no data is left out, not counted as zeros.
        Series series = daily(QDate(2025, 1, 1), 200, [](int) { return 5.0; });
        series.erase(std::remove_if(series.begin(), series.end(),
                                    [](const SeriesPoint &p) { return p.day.month() == 5; }),
                     series.end());
        const Series averaged = MetricSeries::rollingAverage(series, 3);
        for (const SeriesPoint &point : averaged)
            QCOMPARE(point.value, 5.0);
        QVERIFY(valueOn(averaged, QDate(2025, 6, 10)).has_value());
        QCOMPARE(MetricSeries::granularity(series), Granularity::Daily);
    }

    void rollingAverageOfWeeklyDataAndEmpty()
    {
        Series weekly;
        for (int w = 0; w < 30; ++w)
            weekly.append({QDate(2025, 1, 6).addDays(7 * w), double(w)});
        QCOMPARE(MetricSeries::granularity(weekly), Granularity::Weekly);
        const Series averaged = MetricSeries::rollingAverage(weekly, 3);
        QVERIFY(!averaged.isEmpty());
        QVERIFY(averaged.first().day >= QDate(2025, 3, 31));
        QVERIFY(MetricSeries::rollingAverage({}, 3).isEmpty());
        QVERIFY(MetricSeries::rollingAverage(weekly, 0).isEmpty());
    }

    void lttbKeepsPeaksAndEnds()
    {
        QVector<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append({double(i), std::sin(i / 300.0)});
        points[4321].setY(50);  // a spike
        points[7777].setY(-40); // a dip
        const QVector<QPointF> sampled = MetricSeries::lttb(points, 500);
        QCOMPARE(sampled.size(), 500);
        QCOMPARE(sampled.first(), points.first());
        QCOMPARE(sampled.last(), points.last());
        QVERIFY(sampled.contains(points[4321]));
        QVERIFY(sampled.contains(points[7777]));
        for (qsizetype i = 1; i < sampled.size(); ++i)
            QVERIFY(sampled[i].x() > sampled[i - 1].x());
        // Fewer points than the threshold are returned as they are.
        QCOMPARE(MetricSeries::lttb(points.mid(0, 100), 500), points.mid(0, 100));
        QCOMPARE(MetricSeries::lttb(points, 2).size(), 2);
    }

    void bandsWhenUpIsGood()
    {
        const BenchmarkBands bands{20, 40, 60, QStringLiteral("test"), QDate(2025, 1, 1)};
        QCOMPARE(MetricSeries::classify(10, bands, GoodDirection::Up), BandLevel::Poor);
        QCOMPARE(MetricSeries::classify(20, bands, GoodDirection::Up), BandLevel::Poor);
        QCOMPARE(MetricSeries::classify(30, bands, GoodDirection::Up), BandLevel::Fair);
        QCOMPARE(MetricSeries::classify(40, bands, GoodDirection::Up), BandLevel::Good);
        QCOMPARE(MetricSeries::classify(59.9, bands, GoodDirection::Up), BandLevel::Good);
        QCOMPARE(MetricSeries::classify(75, bands, GoodDirection::Up), BandLevel::Great);
    }

    void bandsWhenDownIsGood()
    {
        // Churn: 8% is poor, 4% good, 2% great.
        const BenchmarkBands bands{8, 4, 2, QStringLiteral("test"), QDate(2025, 1, 1)};
        QCOMPARE(MetricSeries::classify(12, bands, GoodDirection::Down), BandLevel::Poor);
        QCOMPARE(MetricSeries::classify(8, bands, GoodDirection::Down), BandLevel::Poor);
        QCOMPARE(MetricSeries::classify(6, bands, GoodDirection::Down), BandLevel::Fair);
        QCOMPARE(MetricSeries::classify(4, bands, GoodDirection::Down), BandLevel::Good);
        QCOMPARE(MetricSeries::classify(1.5, bands, GoodDirection::Down), BandLevel::Great);
    }

    void monthOverMonthAndYearOverYear()
    {
        const Series series =
            daily(QDate(2024, 1, 1), 731, [](int i) { return i < 366 ? 10.0 : 12.0; });
        QCOMPARE(MetricSeries::changeOverMonths(series, QDate(2025, 1, 15), 12).value(), 0.2);
        QCOMPARE(MetricSeries::changeOverMonths(series, QDate(2025, 2, 1), 1).value(), 0.0);
        QVERIFY(!MetricSeries::changeOverMonths(series, QDate(2024, 1, 1), 1));
        QCOMPARE(MetricSeries::monthlyMeans(series).size(), 24);
        QCOMPARE(MetricSeries::slice(series, QDate(2024, 2, 1), QDate(2024, 2, 29)).size(), 29);
    }

    void reviewFiguresReadTheLastFullMonth()
    {
        // 2025: 10 a day; 2026: 12 a day, except 15 a day in October 2026.
        const Series series = daily(QDate(2025, 1, 1), 700, [](int i) {
            const QDate day = QDate(2025, 1, 1).addDays(i);
            return day.year() == 2025 ? 10.0 : day.month() == 10 ? 15.0 : 12.0;
        });
        MetricDefinition definition;
        definition.goodDirection = GoodDirection::Up;
        definition.bands = BenchmarkBands{10, 12.5, 14, QStringLiteral("t"), QDate(2025, 1, 1)};
        const MetricSeries::ReviewFigures figures =
            MetricSeries::reviewFigures(series, definition, QDate(2026, 11, 3));
        QCOMPARE(figures.month, QDate(2026, 10, 1));
        QCOMPARE(figures.mean.value(), 15.0);
        QCOMPARE(figures.monthOverMonth.value(), 0.25); // 15 against September's 12
        QCOMPARE(figures.yearOverYear.value(), 0.5);    // 15 against October 2025's 10
        // The 3-month average on 2026-10-31 (Aug 12, Sep 12, Oct 15) is 13: good, not great.
        QVERIFY(std::abs(figures.smoothed.value() - (31 * 12.0 + 30 * 12 + 31 * 15) / 92) < 1e-9);
        QCOMPARE(figures.band, std::optional<BandLevel>(BandLevel::Good));
        // Without data for the month, no figures and no band.
        const MetricSeries::ReviewFigures none =
            MetricSeries::reviewFigures(series, definition, QDate(2027, 6, 1));
        QVERIFY(!none.mean && !none.band && !none.monthOverMonth);
    }

    void reviewSchedule()
    {
        // Due on the first weekday of the month, overdue a week later, done when recorded.
        QCOMPARE(ReviewSchedule::dueDate(QDate(2026, 11, 20)), QDate(2026, 11, 2)); // 1st: Sun
        QCOMPARE(ReviewSchedule::dueDate(QDate(2026, 12, 1)), QDate(2026, 12, 1));
        const Product replay = pmfProduct(QStringLiteral("Replay"), QDate(2026, 9, 10));
        const Product flags = pmfProduct(QStringLiteral("Flags"), QDate(2020, 1, 1));
        Product noFit = pmfProduct(QStringLiteral("Logs"), QDate(2020, 1, 1));
        noFit.productMarketFit = false;
        GrowthReview done;
        done.productId = flags.meta.id;
        done.month = QDate(2026, 10, 1);
        done.doneOn = QDate(2026, 10, 2);
        const QList<ScheduledReview> schedule =
            ReviewSchedule::compute({replay, flags, noFit}, {done}, QDate(2026, 8, 1),
                                    QDate(2026, 12, 1), QDate(2026, 11, 5));
        QStringList lines;
        for (const ScheduledReview &entry : schedule)
            lines << QStringLiteral("%1 %2 %3")
                         .arg(entry.month.toString(QStringLiteral("yyyy-MM")), entry.product.name,
                              reviewStatusKey(entry.status));
        QCOMPARE(lines, (QStringList{
                            QStringLiteral("2026-08 Flags overdue"),
                            QStringLiteral("2026-09 Flags overdue"),
                            QStringLiteral("2026-09 Replay overdue"),
                            QStringLiteral("2026-10 Flags done"),
                            QStringLiteral("2026-10 Replay overdue"),
                            QStringLiteral("2026-11 Flags due"),
                            QStringLiteral("2026-11 Replay due"),
                            QStringLiteral("2026-12 Flags upcoming"),
                            QStringLiteral("2026-12 Replay upcoming"),
                        }));
        // A week after the due date it is overdue.
        QCOMPARE(ReviewSchedule::statusOn(QDate(2026, 11, 2), std::nullopt, QDate(2026, 11, 8)),
                 ReviewStatus::Due);
        QCOMPARE(ReviewSchedule::statusOn(QDate(2026, 11, 2), std::nullopt, QDate(2026, 11, 9)),
                 ReviewStatus::Overdue);
    }

    void repositoryRoundTripAndUndo()
    {
        TestWorkspace workspace;
        writeStarter(workspace.session());
        WorkspaceSession &session = workspace.session();
        MetricsRepository &metrics = session.metrics();
        const int definitionsBefore = int(metrics.definitions().size());
        QVERIFY(definitionsBefore >= 4); // the handbook's activation, churn, retention, revenue

        auto push = [&](MetricsChange change) {
            auto *command = new MetricsCommand(metrics, std::move(change));
            session.undoStack().push(command);
            const QString problem = command->problem() ? command->problem()->text() : QString();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        };
        push(MetricsEdits::addProduct(QStringLiteral("Surveys"),
                                      StarterData::teamId(QStringLiteral("surveys")), true,
                                      QDate(2025, 1, 1)));
        QCOMPARE(metrics.products().size(), 1);
        const Product product = metrics.products().first();
        QCOMPARE(product.teamId, StarterData::teamId(QStringLiteral("surveys")));
        QVERIFY(product.productMarketFit);
        QCOMPARE(metrics.findProduct(QStringLiteral("surveys"))->meta.id, product.meta.id);

        MetricDefinition nps;
        nps.key = QStringLiteral("nps");
        nps.name = QStringLiteral("Net promoter score");
        nps.unit = MetricUnit::Ratio;
        nps.bands = BenchmarkBands{0, 30, 50, QStringLiteral("Survey vendors"), QDate(2025, 3, 1)};
        push(MetricsEdits::saveDefinition(std::nullopt, nps));
        QCOMPARE(metrics.definitions().size(), definitionsBefore + 1);
        QCOMPARE(metrics.definition(QStringLiteral("nps"))->bands->source,
                 QStringLiteral("Survey vendors"));
        MetricDefinition renamed = *metrics.definition(QStringLiteral("nps"));
        renamed.name = QStringLiteral("NPS");
        renamed.bands.reset();
        push(MetricsEdits::saveDefinition(metrics.definition(QStringLiteral("nps")), renamed));
        QCOMPARE(metrics.definition(QStringLiteral("nps"))->name, QStringLiteral("NPS"));
        QVERIFY(!metrics.definition(QStringLiteral("nps"))->bands);

        session.undoStack().undo();
        QCOMPARE(metrics.definition(QStringLiteral("nps"))->name,
                 QStringLiteral("Net promoter score"));
        QCOMPARE(metrics.definition(QStringLiteral("nps"))->bands->great, 50.0);
        session.undoStack().undo();
        QVERIFY(!metrics.definition(QStringLiteral("nps")));
        session.undoStack().undo();
        QVERIFY(metrics.products().isEmpty());
        session.undoStack().redo();
        QCOMPARE(metrics.products().size(), 1);

        push(MetricsEdits::recordReview(std::nullopt, product.meta.id, QDate(2026, 11, 3),
                                        QDate(2026, 11, 3), QStringLiteral("Activation up"),
                                        QStringLiteral("https://example.org/r/1")));
        QCOMPARE(metrics.reviews().size(), 1);
        QCOMPARE(metrics.reviews().first().month, QDate(2026, 11, 1));
        QCOMPARE(metrics.reviews().first().meta.id,
                 MetricIds::review(product.meta.id, QDate(2026, 11, 1)));
        session.undoStack().undo();
        QVERIFY(metrics.reviews().isEmpty());
    }

    void pointsImportAndLatestValue()
    {
        TestWorkspace workspace;
        writeStarter(workspace.session());
        MetricsRepository &metrics = workspace.session().metrics();
        MetricsEdit edit;
        Product product = pmfProduct(QStringLiteral("Replay"), QDate(2025, 1, 1));
        edit.products = {product};
        QVERIFY(!metrics.apply(edit));
        QList<MetricPoint> points;
        for (int i = 0; i < 10; ++i)
            points.append({{},
                           product.meta.id,
                           QStringLiteral("activation"),
                           QDate(2026, 1, 1).addDays(i * 2),
                           double(i)});
        auto first = metrics.importPoints(points);
        QVERIFY(first);
        QCOMPARE(first.value().added, 10);
        auto again = metrics.importPoints(points);
        QCOMPARE(again.value().unchanged, 10);
        QCOMPARE(again.value().added + again.value().updated, 0);
        points[3].value = 99;
        auto updated = metrics.importPoints(points);
        QCOMPARE(updated.value().updated, 1);
        QCOMPARE(updated.value().unchanged, 9);
        QCOMPARE(metrics.pointCount(), 10);
        QCOMPARE(metrics.series(product.meta.id, QStringLiteral("activation")).size(), 10);
        QCOMPARE(metrics
                     .series(product.meta.id, QStringLiteral("activation"), QDate(2026, 1, 3),
                             QDate(2026, 1, 7))
                     .size(),
                 3);
        // 2026-01-07 is point 3 (changed to 99); on 2026-01-08 the last value is still that one.
        QCOMPARE(
            metrics.latestValue(product.meta.id, QStringLiteral("activation"), QDate(2026, 1, 8)),
            std::optional<double>(99));
        QVERIFY(!metrics.latestValue(product.meta.id, QStringLiteral("activation"),
                                     QDate(2025, 12, 31)));
        QVERIFY(!metrics.latestValue(product.meta.id, QStringLiteral("churn"), QDate(2027, 1, 1)));
        QCOMPARE(metrics.seriesKeys(product.meta.id), QStringList{QStringLiteral("activation")});
        // Same natural key, same id: independent imports of one file make the same rows.
        QCOMPARE(
            MetricIds::point(product.meta.id, QStringLiteral("activation"), QDate(2026, 1, 1)),
            MetricIds::point(product.meta.id, QStringLiteral("activation"), QDate(2026, 1, 1)));
    }
};

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
