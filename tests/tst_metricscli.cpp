// The metrics commands of the real `cadence` binary: import, chart and reviews.
#include "clitester.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString csv(const QString &name)
{
    return qEnvironmentVariable("CADENCE_TEST_DATA") + QStringLiteral("/csv/") + name;
}

} // namespace

class TestMetricsCli : public QObject
{
    Q_OBJECT

private:
    CliTester m_cli;
    QString m_workspace;

    CliTester::Run run(QStringList arguments)
    {
        return m_cli.run(QStringList{QStringLiteral("-w"), m_workspace} + arguments);
    }

private slots:
    void initTestCase()
    {
        m_workspace = m_cli.path(QStringLiteral("sample.cadence"));
        const CliTester::Run made = m_cli.run({QStringLiteral("sample"), m_workspace});
        QVERIFY2(made.status == 0, qPrintable(made.err));
    }

    void importAllOrNothing()
    {
        const CliTester::Run preview =
            run({QStringLiteral("metrics"), QStringLiteral("import"), QStringLiteral("--preview"),
                 csv(QStringLiteral("good_wide.csv"))});
        QCOMPARE(preview.status, 0);
        QVERIFY(preview.out.contains(QStringLiteral("wide form, 3 rows, 7 values")));
        QVERIFY(preview.out.contains(QStringLiteral("activation → values of activation")));

        const CliTester::Run first = run({QStringLiteral("metrics"), QStringLiteral("import"),
                                          csv(QStringLiteral("good_wide.csv"))});
        QCOMPARE(first.status, 0);
        // The sample has values on those days already: they change.
        QVERIFY2(first.out.contains(QStringLiteral("0 new, 7 changed, 0 unchanged")),
                 qPrintable(first.out));
        const CliTester::Run again = run({QStringLiteral("metrics"), QStringLiteral("import"),
                                          csv(QStringLiteral("good_wide.csv"))});
        QVERIFY2(again.out.contains(QStringLiteral("0 new, 0 changed, 7 unchanged")),
                 qPrintable(again.out));
        // The sample has a value a day: a file giving a month of it would overwrite the
        // month's first day.
        const CliTester::Run month = run({QStringLiteral("metrics"), QStringLiteral("import"),
                                          csv(QStringLiteral("good_long.csv"))});
        QCOMPARE(month.status, 1);
        QVERIFY2(month.err.contains(QStringLiteral(": line 7: Feature Flags / revenue is given "
                                                   "by day in this workspace (as on ")) &&
                     month.err.contains(QStringLiteral("), not by month; nothing was imported")),
                 qPrintable(month.err));

        const CliTester::Run bad = run({QStringLiteral("metrics"), QStringLiteral("import"),
                                        csv(QStringLiteral("bad_unknown_product.csv"))});
        QCOMPARE(bad.status, 1);
        QVERIFY2(bad.err.startsWith(QStringLiteral("cadence: ") +
                                    csv(QStringLiteral("bad_unknown_product.csv")) +
                                    QStringLiteral(": line 3: unknown product 'Heatmaps'")),
                 qPrintable(bad.err));
        const CliTester::Run missing =
            run({QStringLiteral("metrics"), QStringLiteral("import"), QStringLiteral("nope.csv")});
        QCOMPARE(missing.status, 1);
        QCOMPARE(run({QStringLiteral("metrics"), QStringLiteral("import")}).status, 2);
    }

    void chartFormats()
    {
        for (const QString &suffix :
             {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
            const QString out = m_cli.path(QStringLiteral("chart.") + suffix);
            const CliTester::Run made = run(
                {QStringLiteral("metrics"), QStringLiteral("chart"), QStringLiteral("--product"),
                 QStringLiteral("Session Replay"), QStringLiteral("--metric"),
                 QStringLiteral("activation"), QStringLiteral("--range"), QStringLiteral("1y"),
                 QStringLiteral("--compare"), QStringLiteral("--out"), out});
            QVERIFY2(made.status == 0, qPrintable(made.err));
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray head = file.read(8);
            if (suffix == QLatin1String("png")) {
                const QImage image(out);
                QCOMPARE(image.size(), QSize(1200, 800));
                // Not blank: the lines and bands make many colours.
                QSet<QRgb> colours;
                for (int x = 0; x < image.width(); x += 7)
                    for (int y = 0; y < image.height(); y += 7)
                        colours.insert(image.pixel(x, y));
                QVERIFY(colours.size() > 20);
            } else if (suffix == QLatin1String("svg")) {
                QVERIFY(head.startsWith("<?xml"));
                file.seek(0);
                QVERIFY(file.readAll().contains("<svg"));
            } else {
                QVERIFY(head.startsWith("%PDF"));
            }
        }
        const CliTester::Run unknown = run(
            {QStringLiteral("metrics"), QStringLiteral("chart"), QStringLiteral("--product"),
             QStringLiteral("Heatmaps"), QStringLiteral("--metric"), QStringLiteral("activation"),
             QStringLiteral("--out"), m_cli.path(QStringLiteral("x.png"))});
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("has no product 'Heatmaps'")));
        QCOMPARE(
            run({QStringLiteral("metrics"), QStringLiteral("chart"), QStringLiteral("--product"),
                 QStringLiteral("Surveys"), QStringLiteral("--metric"), QStringLiteral("churn"),
                 QStringLiteral("--out"), m_cli.path(QStringLiteral("x.gif"))})
                .status,
            2);
    }

    void chartWithoutTheChartsModule()
    {
        // A copy of the program in a folder of its own: no cadence-charts.so beside it.
        QTemporaryDir alone;
        const QString program = alone.filePath(QStringLiteral("cadence"));
        QVERIFY(QFile::copy(qEnvironmentVariable("CADENCE_BINARY"), program));
        CliTester cli;
        cli.setProgram(program);
        const QString out = m_cli.path(QStringLiteral("alone.png"));
        const CliTester::Run chart = cli.run(
            {QStringLiteral("-w"), m_workspace, QStringLiteral("metrics"), QStringLiteral("chart"),
             QStringLiteral("--product"), QStringLiteral("Surveys"), QStringLiteral("--metric"),
             QStringLiteral("churn"), QStringLiteral("--out"), out});
        QCOMPARE(chart.status, 1);
        QVERIFY2(chart.err.startsWith(QStringLiteral("cadence: ")) &&
                     chart.err.contains(QStringLiteral("cadence-charts.so: ")) &&
                     chart.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(chart.err));
        QVERIFY(!QFile::exists(out));
        // Everything else works without it.
        const CliTester::Run reviews =
            cli.run({QStringLiteral("-w"), m_workspace, QStringLiteral("reviews")});
        QCOMPARE(reviews.status, 0);
    }

    void reviews()
    {
        const CliTester::Run text = run({QStringLiteral("reviews")});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains(QStringLiteral("Growth reviews for November 2026")));
        // The sample leaves October's Surveys review and November's Experiments one undone.
        QVERIFY2(text.out.contains(QRegularExpression(
                     QStringLiteral("2026-10  Surveys +! overdue since 2026-10-01"))),
                 qPrintable(text.out));
        QVERIFY(text.out.contains(QRegularExpression(
            QStringLiteral("2026-11  Experiments +! overdue since 2026-11-02"))));
        QVERIFY(text.out.contains(
            QRegularExpression(QStringLiteral("2026-11  Session Replay +done on 2026-11-"))));

        const CliTester::Run csvRun =
            run({QStringLiteral("reviews"), QStringLiteral("--month"), QStringLiteral("2026-09"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csvRun.status, 0);
        QVERIFY(csvRun.out.startsWith(
            QStringLiteral("month,product,due,status,done_on,notes,link\n2026-09,")));
        QVERIFY(csvRun.out.contains(QStringLiteral(",2026-09-01,done,")));

        const CliTester::Run json =
            run({QStringLiteral("reviews"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("month")).toString(), QStringLiteral("2026-11"));
        const QJsonArray list = root.value(QStringLiteral("reviews")).toArray();
        QCOMPARE(list.size(), 6); // five products with fit this month, and October's Surveys
        QCOMPARE(
            run({QStringLiteral("reviews"), QStringLiteral("--month"), QStringLiteral("November")})
                .status,
            2);
    }
};

QTEST_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
