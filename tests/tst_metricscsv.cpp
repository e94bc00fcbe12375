// Importing metric series from CSV: both forms, the preview's column mapping, re-imports, and
// the corpus of bad files in tests/data/csv (each a clear problem, and nothing imported).
#include "formats/metricscsv.h"
#include "metrics/metricsedits.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace {

QString csv(const QString &name)
{
    return qEnvironmentVariable("CADENCE_TEST_DATA") + QStringLiteral("/csv/") + name;
}

// Every point of the workspace with its stamp: an import that changes nothing leaves this.
QStringList fingerprint(MetricsRepository &metrics)
{
    QStringList rows;
    for (const Product &product : metrics.products())
        for (const MetricDefinition &definition : metrics.definitions())
            for (const SeriesPoint &point : metrics.series(product.meta.id, definition.key))
                rows << QStringLiteral("%1 %2 %3 %4")
                            .arg(product.name, definition.key, point.day.toString(Qt::ISODate))
                            .arg(point.value);
    return rows;
}

// A problem's summary and every line of its details.
QString everything(const Problem &problem)
{
    return (QStringList{problem.what} + problem.details).join(u'\n');
}

} // namespace

class TestMetricsCsv : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_workspace;

    MetricsRepository &metrics() { return m_workspace->session().metrics(); }
    MetricsCsv::Catalogue catalogue() { return MetricsCsv::catalogue(m_workspace->session()); }

private slots:
    void initTestCase() { isolateUserFolders(); }

    void init()
    {
        m_workspace = std::make_unique<TestWorkspace>();
        WorkspaceSession &session = m_workspace->session();
        QVERIFY(!StarterData::writeCoverage(session));
        QVERIFY(!MetricsSample::writeCatalogue(session));
        MetricsEdit edit;
        for (const auto &[name, team] :
             {std::pair{"Session Replay", "session-replay"}, {"Feature Flags", "feature-flags"}}) {
            MetricsChange change = MetricsEdits::addProduct(
                QLatin1String(name), StarterData::teamId(QLatin1String(team)), true,
                QDate(2024, 1, 1));
            edit.products.append(change.after.products);
        }
        QVERIFY(!metrics().apply(edit));
    }

    void cleanup() { m_workspace.reset(); }

    void longFormPreviewAndImport()
    {
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("good_long.csv")), catalogue());
        QVERIFY2(preview, preview ? "" : qPrintable(preview.problem().text()));
        QVERIFY2(preview.value().ok(), qPrintable(preview.value().problems.lines().join(u'\n')));
        QCOMPARE(preview.value().form, MetricsCsv::Form::Long);
        QStringList roles;
        for (const MetricsCsv::Column &column : preview.value().columns)
            roles << MetricsCsv::roleName(column);
        QCOMPARE(roles, (QStringList{QStringLiteral("date"), QStringLiteral("product"),
                                     QStringLiteral("metric"), QStringLiteral("value")}));
        QCOMPARE(preview.value().rowCount, 7);
        QCOMPARE(preview.value().valueCount, 7);

        auto imported =
            MetricsCsv::importFile(m_workspace->session(), csv(QStringLiteral("good_long.csv")));
        QVERIFY(imported);
        QCOMPARE(imported.value().added, 7);
        const QString flags = metrics().findProduct(QStringLiteral("Feature Flags"))->meta.id;
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        // Timestamps keep their day, months their first day, "12,345.50" and "4.1%" are read.
        QCOMPARE(metrics().series(flags, QStringLiteral("revenue")),
                 (Series{{QDate(2025, 1, 1), 12345.5}, {QDate(2025, 2, 1), 13000}}));
        QCOMPARE(metrics().series(replay, QStringLiteral("churn")),
                 (Series{{QDate(2025, 1, 1), 4.1}}));
        QCOMPARE(metrics().series(flags, QStringLiteral("activation")).size(), 1);

        // Re-importing the same file changes nothing, not even stamps.
        const QStringList before = fingerprint(metrics());
        QSignalSpy changed(&metrics().workspace().changes(), &ChangeFeed::changed);
        auto again =
            MetricsCsv::importFile(m_workspace->session(), csv(QStringLiteral("good_long.csv")));
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().updated, 0);
        QCOMPARE(again.value().unchanged, 7);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(fingerprint(metrics()), before);

        // An updated file updates only what changed.
        auto updated = MetricsCsv::importFile(m_workspace->session(),
                                              csv(QStringLiteral("good_long_updated.csv")));
        QCOMPARE(updated.value().added, 1);
        QCOMPARE(updated.value().updated, 1);
        QCOMPARE(updated.value().unchanged, 6);
        QCOMPARE(metrics().latestValue(replay, QStringLiteral("activation"), QDate(2025, 1, 2)),
                 std::optional<double>(33.0));
    }

    void wideForm()
    {
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("good_wide.csv")), catalogue());
        QVERIFY(preview);
        QVERIFY2(preview.value().ok(), qPrintable(preview.value().problems.lines().join(u'\n')));
        QCOMPARE(preview.value().form, MetricsCsv::Form::Wide);
        QCOMPARE(preview.value().separator, QLatin1Char(';'));
        QCOMPARE(preview.value().columns.size(), 5);
        QCOMPARE(preview.value().columns[2].metricKey, QStringLiteral("activation"));
        QCOMPARE(preview.value().columns[4].metricKey, QStringLiteral("retention"));
        // Empty cells are no value: 3 + 2 + 2.
        QCOMPARE(preview.value().valueCount, 7);
        auto imported =
            MetricsCsv::importFile(m_workspace->session(), csv(QStringLiteral("good_wide.csv")));
        QCOMPARE(imported.value().added, 7);
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        QCOMPARE(metrics().series(replay, QStringLiteral("retention")),
                 (Series{{QDate(2025, 1, 1), 40}, {QDate(2025, 1, 8), 41}}));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong columns") << "bad_wrong_columns.csv"
                                       << "line 1 has no product column";
        QTest::newRow("unknown wide column") << "bad_wide_unknown_column.csv"
                                             << "column 'nps_score' is not a metric";
        QTest::newRow("metric without value") << "bad_metric_without_value.csv"
                                              << "has a metric column but no value column";
        QTest::newRow("bad dates") << "bad_dates.csv"
                                   << "line 3: '03/04/2025' is not a date";
        QTest::newRow("impossible date") << "bad_dates.csv"
                                         << "line 4: '2025-02-30' is not a date";
        QTest::newRow("non-numbers") << "bad_numbers.csv"
                                     << "line 3: 'twelve' is not a number";
        QTest::newRow("decimal comma") << "bad_numbers.csv"
                                       << "line 4: '12,5' is not a number";
        QTest::newRow("no value") << "bad_numbers.csv"
                                  << "line 5: no value";
        QTest::newRow("wide non-number") << "bad_wide_numbers.csv"
                                         << "line 3: 'n/a' in column activation is not a number";
        QTest::newRow("unknown product") << "bad_unknown_product.csv"
                                         << "line 3: unknown product 'Heatmaps'";
        QTest::newRow("unknown metric") << "bad_unknown_metric.csv"
                                        << "line 3: unknown metric 'nps'";
        QTest::newRow("duplicate rows") << "bad_duplicate_rows.csv"
                                        << "line 4: repeats Session Replay / activation on "
                                           "2025-01-01 (first on line 2)";
        QTest::newRow("field count") << "bad_field_count.csv"
                                     << "line 3: has 5 fields";
        QTest::newRow("unclosed quote") << "bad_unclosed_quote.csv"
                                        << "line 2: a quoted field is never closed";
        QTest::newRow("latin-1") << "bad_latin1.csv"
                                 << "line 3 is not UTF-8 text";
        QTest::newRow("utf-16") << "bad_utf16.csv"
                                << "is UTF-16 text";
        QTest::newRow("utf-16 without bom") << "bad_utf16_no_bom.csv"
                                            << "contains NUL bytes";
        QTest::newRow("empty") << "bad_empty.csv"
                               << "is empty";
        QTest::newRow("header only") << "bad_header_only.csv"
                                     << "no rows after it";
        QTest::newRow("time of day") << "bad_time_of_day.csv"
                                     << "line 3: '2025-01-01T10:00:00' is a time of day, not a "
                                        "date";
        QTest::newRow("year 1") << "bad_years.csv"
                                << "line 2: '0001-01-01' is outside the years 1900\u20132200";
        QTest::newRow("year 9999") << "bad_years.csv"
                                   << "line 3: '9999-12-31' is outside the years 1900\u20132200";
        QTest::newRow("product typo") << "bad_product_typo.csv"
                                      << "lines 2\u20133: unknown product 'Sesion Replay': did "
                                         "you mean 'Session Replay'?";
        QTest::newRow("month and day") << "bad_month_and_day.csv"
                                       << "line 3: Feature Flags / churn is given by month (as "
                                          "on line 3), and by day on line 2";
        QTest::newRow("trends period") << "bad_trends_label.csv"
                                       << "line 1: column 'Octember 2' is not a period";
        QTest::newRow("trends series") << "bad_trends_series.csv"
                                       << "line 2: series 'Sign-ups' is no metric of the catalogue";
        QTest::newRow("trends years") << "bad_trends_years.csv"
                                      << "line 1: column '1-Oct-1899' is outside the years "
                                         "1900\u20132200";
        QTest::newRow("trends periods twice") << "bad_trends_duplicate_periods.csv"
                                              << "line 1: columns 'Oct 2025' and 'Oct 2025' are "
                                                 "the same period";
    }

    void everyBadFileIsListed()
    {
        // A new file in the bad corpus must be listed in badFiles_data, so that its reason is
        // checked.
        QCOMPARE(QDir(csv(QString())).entryList({QStringLiteral("bad_*.csv")}).size(), 24);
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        // Some points already there: a bad file must leave them exactly as they were.
        QVERIFY(
            MetricsCsv::importFile(m_workspace->session(), csv(QStringLiteral("good_long.csv"))));
        const QStringList before = fingerprint(metrics());
        const qint64 count = metrics().pointCount();
        auto imported = MetricsCsv::importFile(m_workspace->session(), csv(file));
        QVERIFY(!imported);
        QCOMPARE(imported.problem().file, csv(file));
        const QString said = everything(imported.problem());
        QVERIFY2(said.contains(expected), qPrintable(said));
        QCOMPARE(metrics().pointCount(), count);
        QCOMPARE(fingerprint(metrics()), before);
    }

    void postHogTrendsByDay()
    {
        // A row per series and breakdown, a column per day, a total at the end (skipped); an
        // empty cell is a missing value, not zero.
        auto imported =
            MetricsCsv::importFile(m_workspace->session(), csv(QStringLiteral("trends_day.csv")));
        QVERIFY2(imported, imported ? "" : qPrintable(everything(imported.problem())));
        QCOMPARE(imported.value().added, 8);
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        const QString flags = metrics().findProduct(QStringLiteral("Feature Flags"))->meta.id;
        QCOMPARE(metrics().series(replay, QStringLiteral("activation")),
                 (Series{{QDate(2025, 10, 1), 31.5}, {QDate(2025, 10, 2), 32}}));
        QCOMPARE(metrics().series(flags, QStringLiteral("activation")).size(), 3);
        QCOMPARE(metrics().series(replay, QStringLiteral("churn")).last(),
                 (SeriesPoint{QDate(2025, 10, 3), 4.0}));
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("trends_day.csv")), catalogue());
        QCOMPARE(preview.value().form, MetricsCsv::Form::Trends);
        QCOMPARE(preview.value().period, Granularity::Daily);
        QCOMPARE(preview.value().columns.last().role, MetricsCsv::ColumnRole::Total);
        // What the file leaves to Cadence, as guessed: each series and each breakdown.
        QStringList mappings;
        for (const MetricsCsv::Mapping &mapping : preview.value().mappings)
            mappings << mapping.label + QStringLiteral(" → ") + mapping.target;
        QCOMPARE(mappings, (QStringList{QStringLiteral("Activation rate → activation"),
                                        QStringLiteral("Session Replay → Session Replay"),
                                        QStringLiteral("Feature Flags → Feature Flags"),
                                        QStringLiteral("churn → churn")}));
    }

    void postHogTrendsByWeek()
    {
        // Weeks as PostHog labels them, without their year, the first one cut to the range:
        // each value lands on its week's Monday. The custom name is the metric; the product,
        // which the file does not say, is given.
        MetricsCsv::Options options;
        options.productName = QStringLiteral("Session Replay");
        auto preview =
            MetricsCsv::readFile(csv(QStringLiteral("trends_week.csv")), catalogue(), options);
        QVERIFY(preview);
        QVERIFY2(preview.value().ok(), qPrintable(preview.value().problems.lines().join(u'\n')));
        QCOMPARE(preview.value().period, Granularity::Weekly);
        QList<QDate> starts;
        for (const MetricsCsv::Column &column : preview.value().columns)
            if (column.role == MetricsCsv::ColumnRole::Period)
                starts << column.period;
        QCOMPARE(starts, (QList<QDate>{QDate(2025, 9, 29), QDate(2025, 10, 6), QDate(2025, 10, 13),
                                       QDate(2025, 10, 20), QDate(2025, 10, 27)}));
        auto imported = MetricsCsv::importFile(m_workspace->session(),
                                               csv(QStringLiteral("trends_week.csv")), options);
        QVERIFY2(imported, imported ? "" : qPrintable(everything(imported.problem())));
        QCOMPARE(imported.value().added, 9);
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        QCOMPARE(metrics().series(replay, QStringLiteral("activation")).size(), 4);
        QCOMPARE(metrics().series(replay, QStringLiteral("retention")).first(),
                 (SeriesPoint{QDate(2025, 9, 29), 40}));
        // The rolling average and the previous period see a weekly series.
        const Series retention = metrics().series(replay, QStringLiteral("retention"));
        QCOMPARE(MetricSeries::granularity(retention), Granularity::Weekly);
        QCOMPARE(MetricSeries::previousPeriod(retention, 1)->day, QDate(2025, 9, 29));
        // Without the product, each series says it has none.
        auto unknown = MetricsCsv::readFile(csv(QStringLiteral("trends_week.csv")), catalogue());
        QCOMPARE(unknown.value().problems.lines(),
                 QStringList{QStringLiteral("lines 2\u20133: no product")});
    }

    void postHogRowsWithoutABreakdownTakeTheGivenProduct()
    {
        // PostHog labels the rows whose breakdown is not set "$$_posthog_breakdown_null_$$":
        // no product of that name, new or known, but the one given.
        const QString file = csv(QStringLiteral("trends_null_breakdown.csv"));
        auto unnamed = MetricsCsv::readFile(file, catalogue());
        QVERIFY(unnamed);
        QVERIFY(unnamed.value().newProducts.isEmpty());
        QCOMPARE(unnamed.value().problems.lines(),
                 QStringList{QStringLiteral("line 2: no product")});
        MetricsCsv::Options options;
        options.productName = QStringLiteral("Session Replay");
        auto imported = MetricsCsv::importFile(m_workspace->session(), file, options);
        QVERIFY2(imported, imported ? "" : qPrintable(everything(imported.problem())));
        QCOMPARE(imported.value().added, 4);
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        QCOMPARE(metrics().series(replay, QStringLiteral("activation")),
                 (Series{{QDate(2025, 10, 1), 10}, {QDate(2025, 10, 2), 11}}));
    }

    void postHogTrendsByMonthWithANewProduct()
    {
        // A breakdown naming a product the catalogue does not have yet: refused with a hint,
        // or added (with the team of its name) when asked to.
        const QString file = csv(QStringLiteral("trends_month.csv"));
        MetricsCsv::Options options;
        options.hints.addProducts = QStringLiteral("add it with --add-products");
        auto refused = MetricsCsv::importFile(m_workspace->session(), file, options);
        QVERIFY(!refused);
        QCOMPARE(refused.problem().what,
                 QStringLiteral("line 3: unknown product 'Web Analytics'; add it with "
                                "--add-products; nothing was imported"));
        auto preview = MetricsCsv::readFile(file, catalogue(), options);
        QCOMPARE(preview.value().newProducts.size(), 1);
        QCOMPARE(preview.value().newProducts.first().name, QStringLiteral("Web Analytics"));
        QCOMPARE(preview.value().newProducts.first().teamId,
                 StarterData::teamId(QStringLiteral("web-analytics")));

        options.addProducts = true;
        auto imported = MetricsCsv::importFile(m_workspace->session(), file, options);
        QVERIFY2(imported, imported ? "" : qPrintable(everything(imported.problem())));
        QCOMPARE(imported.value().added, 6);
        QCOMPARE(imported.value().products.size(), 1);
        const std::optional<Product> web = metrics().findProduct(QStringLiteral("Web Analytics"));
        QVERIFY(web);
        QCOMPARE(web->teamId, StarterData::teamId(QStringLiteral("web-analytics")));
        QCOMPARE(metrics().series(web->meta.id, QStringLiteral("revenue")),
                 (Series{{QDate(2025, 8, 1), 500},
                         {QDate(2025, 9, 1), 700},
                         {QDate(2025, 10, 1), 900}}));
    }

    void newProductsAreOneProblemEach()
    {
        // 200 rows of a product the catalogue lacks: one line, its lines summarised.
        auto imported = MetricsCsv::importFile(m_workspace->session(),
                                               csv(QStringLiteral("good_new_product.csv")));
        QVERIFY(!imported);
        QCOMPARE(imported.problem().what,
                 QStringLiteral("lines 2\u2013201: unknown product 'Web Analytics'; nothing was "
                                "imported"));
        QCOMPARE(metrics().pointCount(), 0);
        MetricsCsv::Options add;
        add.addProducts = true;
        imported = MetricsCsv::importFile(m_workspace->session(),
                                          csv(QStringLiteral("good_new_product.csv")), add);
        QVERIFY(imported);
        QCOMPARE(imported.value().added, 201);
        // A typo of a known product is refused even then.
        auto typo = MetricsCsv::importFile(m_workspace->session(),
                                           csv(QStringLiteral("bad_product_typo.csv")), add);
        QVERIFY(!typo);
        QVERIFY(typo.problem().what.contains(QStringLiteral("did you mean 'Session Replay'?")));
    }

    void aSeriesKeepsItsPeriodAcrossImports()
    {
        // A file may not give by month a series the workspace has by day: the month's value
        // would overwrite that of its first day. Nor the other way round.
        auto write = [&](const QString &name, const QByteArray &rows) {
            const QString path = m_workspace->filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            file.write("date,product,metric,value\n" + rows);
            return path;
        };
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        QVERIFY(MetricsCsv::importFile(m_workspace->session(),
                                       write(QStringLiteral("days.csv"),
                                             "2025-10-01,Session Replay,activation,1\n"
                                             "2025-10-02,Session Replay,activation,2\n")));
        const QString months =
            write(QStringLiteral("months.csv"), "2025-09,Session Replay,activation,8\n"
                                                "2025-10,Session Replay,activation,9\n"
                                                "2025-10,Session Replay,churn,3\n");
        auto refused = MetricsCsv::importFile(m_workspace->session(), months);
        QVERIFY(!refused);
        QCOMPARE(refused.problem().what,
                 QStringLiteral("lines 2\u20133: Session Replay / activation is given by day in "
                                "this workspace (as on 2025-10-02), not by month; nothing was "
                                "imported"));
        QCOMPARE(metrics().series(replay, QStringLiteral("activation")),
                 (Series{{QDate(2025, 10, 1), 1}, {QDate(2025, 10, 2), 2}}));

        QVERIFY(MetricsCsv::importFile(m_workspace->session(),
                                       write(QStringLiteral("churn.csv"),
                                             "2025-09,Session Replay,churn,4\n"
                                             "2025-10,Session Replay,churn,5\n")));
        auto byDay = MetricsCsv::importFile(m_workspace->session(),
                                            write(QStringLiteral("churn-days.csv"),
                                                  "2025-11-01,Session Replay,churn,6\n"
                                                  "2025-11-14,Session Replay,churn,7\n"));
        QVERIFY(!byDay);
        QCOMPARE(byDay.problem().what,
                 QStringLiteral("line 3: Session Replay / churn is given by month in this "
                                "workspace, not by day; nothing was imported"));
        // A month, or the first day of one, adds to the monthly series.
        auto more = MetricsCsv::importFile(m_workspace->session(),
                                           write(QStringLiteral("churn-more.csv"),
                                                 "2025-11,Session Replay,churn,6\n"
                                                 "2025-12-01,Session Replay,churn,7\n"));
        QVERIFY2(more, more ? "" : qPrintable(everything(more.problem())));
        QCOMPARE(metrics().series(replay, QStringLiteral("churn")).size(), 4);
    }

    void pointsBeforeAfterAndAmongTheStoredOnes()
    {
        // The import looks a point up only when it may be stored (at or before its series'
        // last stored day): new, changed and unchanged points in any order are counted and
        // saved as they are.
        const QString path = m_workspace->filePath(QStringLiteral("order.csv"));
        auto write = [&](const QByteArray &rows) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                qFatal("cannot write %s", qPrintable(path));
            file.write("date,product,metric,value\n" + rows);
        };
        write("2025-01-10,Session Replay,activation,1\n2025-01-11,Session Replay,activation,2\n"
              "2025-01-12,Session Replay,activation,3\n");
        QCOMPARE(MetricsCsv::importFile(m_workspace->session(), path).value().added, 3);
        write("2025-01-15,Session Replay,activation,7\n2025-01-05,Session Replay,activation,6\n"
              "2025-01-11,Session Replay,activation,9\n2025-01-12,Session Replay,activation,3\n"
              "2025-01-13,Session Replay,activation,8\n");
        auto imported = MetricsCsv::importFile(m_workspace->session(), path);
        QVERIFY(imported);
        QCOMPARE(imported.value().added, 3);
        QCOMPARE(imported.value().updated, 1);
        QCOMPARE(imported.value().unchanged, 1);
        const QString replay = metrics().findProduct(QStringLiteral("Session Replay"))->meta.id;
        QCOMPARE(metrics().series(replay, QStringLiteral("activation")),
                 (Series{{QDate(2025, 1, 5), 6},
                         {QDate(2025, 1, 10), 1},
                         {QDate(2025, 1, 11), 9},
                         {QDate(2025, 1, 12), 3},
                         {QDate(2025, 1, 13), 8},
                         {QDate(2025, 1, 15), 7}}));
    }

    void streamsInBatchesAllOrNothing()
    {
        // More rows than one batch holds, a bad row after the first batches went to the
        // database: nothing lands. A day given twice far apart names its first line.
        const QString path = m_workspace->filePath(QStringLiteral("many.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,product,metric,value\n");
        for (int i = 0; i < 30000; ++i)
            file.write(QStringLiteral("%1,Session Replay,activation,%2\n")
                           .arg(QDate(1960, 1, 1).addDays(i).toString(Qt::ISODate))
                           .arg(i % 100)
                           .toUtf8());
        file.write("1960-01-05,Session Replay,activation,7\n");
        file.close();
        auto imported = MetricsCsv::importFile(m_workspace->session(), path);
        QVERIFY(!imported);
        QCOMPARE(imported.problem().what,
                 QStringLiteral("line 30002: repeats Session Replay / activation on 1960-01-05 "
                                "(first on line 6); nothing was imported"));
        QCOMPARE(metrics().pointCount(), 0);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write("1970-01-01,Session Replay,activation,x\n");
        file.close();
        imported = MetricsCsv::importFile(m_workspace->session(), path);
        QCOMPARE(imported.problem().details,
                 (QStringList{QStringLiteral("line 30002: repeats Session Replay / activation on "
                                             "1960-01-05 (first on line 6)"),
                              QStringLiteral("line 30003: 'x' is not a number")}));
        QCOMPARE(metrics().pointCount(), 0);
        // Without them, every row lands, in one transaction.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("date,product,metric,value\n");
        for (int i = 0; i < 30000; ++i)
            file.write(QStringLiteral("%1,Session Replay,activation,%2\n")
                           .arg(QDate(1960, 1, 1).addDays(i).toString(Qt::ISODate))
                           .arg(i % 100)
                           .toUtf8());
        file.close();
        imported = MetricsCsv::importFile(m_workspace->session(), path);
        QVERIFY(imported);
        QCOMPARE(imported.value().added, 30000);
        QCOMPARE(metrics().pointCount(), 30000);
    }

    void manyBadLinesStayAFewLines()
    {
        // Ten thousand rows, each with the same two problems and one of its own: the refusal
        // is grouped, the distinct ones capped.
        QByteArray text = "date,product,metric,value\n";
        for (int i = 0; i < 10000; ++i)
            text += "2025-01-01,Nope,activation,v" + QByteArray::number(i) + "\n";
        auto preview = MetricsCsv::read(text, QStringLiteral("bad.csv"), catalogue());
        QVERIFY(preview);
        const QStringList lines = preview.value().problems.lines();
        QCOMPARE(lines.first(), QStringLiteral("lines 2\u201310001: unknown product 'Nope'"));
        QCOMPARE(lines[1], QStringLiteral("line 2: 'v0' is not a number"));
        QCOMPARE(lines.size(), ProblemList::MaxDistinct + 1);
        QVERIFY(lines.last().startsWith(QStringLiteral("and ")));
    }

    void echoedInputStaysOnOneLine()
    {
        // A name with a line break, quoted in a message, does not split it.
        const QByteArray text =
            "date,product,metric,value\n2025-01-01,\"Evil\nProduct\",activation,1\n";
        auto preview = MetricsCsv::read(text, QStringLiteral("bad.csv"), catalogue());
        QCOMPARE(preview.value().problems.lines(),
                 QStringList{QStringLiteral("line 2: unknown product 'Evil\\nProduct'")});
    }

    void badRowsAreAllListed()
    {
        // A file with several bad rows lists every one, in order, and good rows do not land.
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("bad_numbers.csv")), catalogue());
        QVERIFY(preview);
        const QStringList lines = preview.value().problems.lines();
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("line 3:")));
        QVERIFY(lines[2].startsWith(QStringLiteral("line 5:")));
        QVERIFY(preview.value().problem().what.endsWith(QStringLiteral("nothing was imported")));
    }
};

QTEST_MAIN(TestMetricsCsv)
#include "tst_metricscsv.moc"
