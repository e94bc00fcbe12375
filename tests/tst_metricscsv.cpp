// Importing metric series from CSV: both forms, the preview's column mapping, re-imports, and
// the corpus of bad files in tests/data/csv (each a clear problem, and nothing imported).
#include "formats/metricscsv.h"
#include "metrics/metricsedits.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

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

} // namespace

class TestMetricsCsv : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_workspace;

    MetricsRepository &metrics() { return m_workspace->session().metrics(); }

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
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("good_long.csv")),
                                            metrics().products(), metrics().definitions());
        QVERIFY2(preview, preview ? "" : qPrintable(preview.problem().text()));
        QVERIFY2(preview.value().ok(), qPrintable(preview.value().errors.join(u'\n')));
        QCOMPARE(preview.value().form, MetricsCsv::Form::Long);
        QStringList roles;
        for (const MetricsCsv::Column &column : preview.value().columns)
            roles << MetricsCsv::roleName(column);
        QCOMPARE(roles, (QStringList{QStringLiteral("date"), QStringLiteral("product"),
                                     QStringLiteral("metric"), QStringLiteral("value")}));
        QCOMPARE(preview.value().rowCount, 7);
        QCOMPARE(preview.value().points.size(), 7);

        auto imported = MetricsCsv::importFile(metrics(), csv(QStringLiteral("good_long.csv")));
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
        auto again = MetricsCsv::importFile(metrics(), csv(QStringLiteral("good_long.csv")));
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().updated, 0);
        QCOMPARE(again.value().unchanged, 7);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(fingerprint(metrics()), before);

        // An updated file updates only what changed.
        auto updated =
            MetricsCsv::importFile(metrics(), csv(QStringLiteral("good_long_updated.csv")));
        QCOMPARE(updated.value().added, 1);
        QCOMPARE(updated.value().updated, 1);
        QCOMPARE(updated.value().unchanged, 6);
        QCOMPARE(metrics().latestValue(replay, QStringLiteral("activation"), QDate(2025, 1, 2)),
                 std::optional<double>(33.0));
    }

    void wideForm()
    {
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("good_wide.csv")),
                                            metrics().products(), metrics().definitions());
        QVERIFY(preview);
        QVERIFY2(preview.value().ok(), qPrintable(preview.value().errors.join(u'\n')));
        QCOMPARE(preview.value().form, MetricsCsv::Form::Wide);
        QCOMPARE(preview.value().separator, QLatin1Char(';'));
        QCOMPARE(preview.value().columns.size(), 5);
        QCOMPARE(preview.value().columns[2].metricKey, QStringLiteral("activation"));
        QCOMPARE(preview.value().columns[4].metricKey, QStringLiteral("retention"));
        // Empty cells are no value: 3 + 2 + 2.
        QCOMPARE(preview.value().points.size(), 7);
        auto imported = MetricsCsv::importFile(metrics(), csv(QStringLiteral("good_wide.csv")));
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
    }

    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        // Some points already there: a bad file must leave them exactly as they were.
        QVERIFY(MetricsCsv::importFile(metrics(), csv(QStringLiteral("good_long.csv"))));
        const QStringList before = fingerprint(metrics());
        const qint64 count = metrics().pointCount();
        auto imported = MetricsCsv::importFile(metrics(), csv(file));
        QVERIFY(!imported);
        QCOMPARE(imported.problem().file, csv(file));
        QVERIFY2(imported.problem().what.contains(expected), qPrintable(imported.problem().what));
        QCOMPARE(metrics().pointCount(), count);
        QCOMPARE(fingerprint(metrics()), before);
    }

    void badRowsAreAllListed()
    {
        // A file with several bad rows lists every one, in order, and good rows do not land.
        auto preview = MetricsCsv::readFile(csv(QStringLiteral("bad_numbers.csv")),
                                            metrics().products(), metrics().definitions());
        QVERIFY(preview);
        QCOMPARE(preview.value().errors.size(), 3);
        QVERIFY(preview.value().errors[0].startsWith(QStringLiteral("line 3:")));
        QVERIFY(preview.value().errors[2].startsWith(QStringLiteral("line 5:")));
        QVERIFY(preview.value().problem().what.endsWith(QStringLiteral("nothing was imported")));
    }
};

QTEST_MAIN(TestMetricsCsv)
#include "tst_metricscsv.moc"
