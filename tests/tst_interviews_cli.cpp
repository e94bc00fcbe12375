// The interviews commands, through the real executable.
#include "clitester.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QString corpus(const QString &name)
{
    return QDir(qEnvironmentVariable("CADENCE_TEST_DATA")).filePath(QStringLiteral("ics/") + name);
}

} // namespace

class TestInterviewsCli : public QObject
{
    Q_OBJECT

private slots:
    void cadenceExportImport()
    {
        CliTester cli;
        cli.setNow(QStringLiteral("2026-11-16T09:00:00Z"));
        const QString workspace = cli.path(QStringLiteral("w.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), workspace}).status, 0);

        const QString google = corpus(QStringLiteral("google-vtimezone.ics"));
        CliTester::Run imported =
            cli.run({QStringLiteral("interviews"), QStringLiteral("import-ics"),
                     QStringLiteral("-w"), workspace, google});
        QCOMPARE(imported.status, 0);
        QVERIFY2(imported.out.contains(QLatin1String("2 added, 0 updated, 0 unchanged")),
                 qPrintable(imported.out + imported.err));
        imported = cli.run({QStringLiteral("interviews"), QStringLiteral("import-ics"),
                            QStringLiteral("-w"), workspace, google});
        QVERIFY(imported.out.contains(QLatin1String("0 added, 0 updated, 2 unchanged")));

        // The summer interview is done and 18 Nov is planned: Anna's weeks show both.
        CliTester::Run json =
            cli.run({QStringLiteral("interviews"), QStringLiteral("cadence"), QStringLiteral("-w"),
                     workspace, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.status, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-16"));
        QCOMPARE(root.value(QStringLiteral("current_week")).toString(),
                 QStringLiteral("2026-11-16"));
        QCOMPARE(root.value(QStringLiteral("weeks")).toArray().size(), 17);
        bool sawAnna = false;
        for (const QJsonValue &pm : root.value(QStringLiteral("pms")).toArray()) {
            if (pm[QStringLiteral("pm")].toString() != QLatin1String("Anna Szell"))
                continue;
            sawAnna = true;
            const QJsonArray weeks = pm[QStringLiteral("weeks")].toArray();
            QCOMPARE(weeks[12][QStringLiteral("planned")].toInt(), 1);
            QCOMPARE(pm[QStringLiteral("debt")].toInt(), 12);
            QCOMPARE(pm[QStringLiteral("streak")].toInt(), 0);
        }
        QVERIFY(sawAnna);

        CliTester::Run csv =
            cli.run({QStringLiteral("interviews"), QStringLiteral("cadence"), QStringLiteral("-w"),
                     workspace, QStringLiteral("--weeks"), QStringLiteral("2"),
                     QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.status, 0);
        QVERIFY(
            csv.out.startsWith(QLatin1String("pm,week,done,planned,target,active,streak,debt\n")));
        QVERIFY(csv.out.contains(QLatin1String("Anna Szell,2026-11-16,0,1,1,1,0,2\n")));

        CliTester::Run text = cli.run({QStringLiteral("interviews"), QStringLiteral("cadence"),
                                       QStringLiteral("-w"), workspace});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains(QLatin1String("Interview cadence on 2026-11-16")));
        QVERIFY(text.out.contains(QLatin1String("[11-16]")));

        const QString exported = cli.path(QStringLiteral("out.ics"));
        CliTester::Run exportRun =
            cli.run({QStringLiteral("interviews"), QStringLiteral("export-ics"),
                     QStringLiteral("-w"), workspace, exported});
        QCOMPARE(exportRun.status, 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
        QVERIFY(ics.contains("UID:7kukuqrfedlm2f9t0vr2g0bpk8@google.com"));

        // A fresh workspace takes the export back whole.
        const QString other = cli.path(QStringLiteral("other.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), other}).status, 0);
        imported = cli.run({QStringLiteral("interviews"), QStringLiteral("import-ics"),
                            QStringLiteral("-w"), other, exported});
        QVERIFY(imported.out.contains(QLatin1String("2 added")));
    }

    void badInput()
    {
        CliTester cli;
        cli.setNow(QStringLiteral("2026-11-16T09:00:00Z"));
        const QString workspace = cli.path(QStringLiteral("w.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), workspace}).status, 0);
        const QString truncated = corpus(QStringLiteral("bad/truncated.ics"));
        const CliTester::Run bad =
            cli.run({QStringLiteral("interviews"), QStringLiteral("import-ics"),
                     QStringLiteral("-w"), workspace, truncated});
        QCOMPARE(bad.status, 1);
        QCOMPARE(bad.err, QStringLiteral("cadence: %1: line 12: BEGIN:VEVENT is never closed: "
                                         "the file is truncated\n")
                              .arg(truncated));
        const CliTester::Run stranger = cli.run(
            {QStringLiteral("interviews"), QStringLiteral("import-ics"), QStringLiteral("-w"),
             workspace, corpus(QStringLiteral("unknown-organizer.ics"))});
        QCOMPARE(stranger.status, 1);
        QVERIFY(stranger.err.contains(QLatin1String("--pm NAME")));
        const CliTester::Run json =
            cli.run({QStringLiteral("interviews"), QStringLiteral("cadence"), QStringLiteral("-w"),
                     workspace, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(json.out.contains(QLatin1String("\"double_bookings\": [\n    ]")) ||
                json.out.contains(QLatin1String("\"double_bookings\": []")));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        for (const QJsonValue &pm : root.value(QStringLiteral("pms")).toArray())
            for (const QJsonValue &week : pm[QStringLiteral("weeks")].toArray())
                QCOMPARE(week[QStringLiteral("done")].toInt() +
                             week[QStringLiteral("planned")].toInt(),
                         0);

        QCOMPARE(
            cli.run({QStringLiteral("interviews"), QStringLiteral("cadence"), QStringLiteral("-w"),
                     workspace, QStringLiteral("--weeks"), QStringLiteral("zero")})
                .status,
            2);
        QCOMPARE(
            cli.run({QStringLiteral("interviews"), QStringLiteral("cadence"), QStringLiteral("-w"),
                     workspace, QStringLiteral("--format"), QStringLiteral("xml")})
                .status,
            2);
        QCOMPARE(cli.run({QStringLiteral("interviews"), QStringLiteral("export-ics"),
                          QStringLiteral("-w"), workspace})
                     .status,
                 2);
        const CliTester::Run unwritable =
            cli.run({QStringLiteral("interviews"), QStringLiteral("export-ics"),
                     QStringLiteral("-w"), workspace, QStringLiteral("/nonexistent-folder/x.ics")});
        QCOMPARE(unwritable.status, 1);
        QVERIFY(unwritable.err.startsWith(QLatin1String("cadence: /nonexistent-folder/x.ics: ")));
    }
};

QTEST_MAIN(TestInterviewsCli)
#include "tst_interviews_cli.moc"
