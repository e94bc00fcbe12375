// The `cadence` command line as scripts use it: the real executable, its output and exit status.
#include "clitester.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheCommands()
    {
        CliTester cli;
        const auto run = cli.run({QStringLiteral("--help")});
        QCOMPARE(run.status, 0);
        for (const char *command : {"init", "sample", "coverage", "screenshot"})
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
    }

    // A group word alone or with --help lists its commands instead of "not a command".
    void groupWordsListTheirCommands()
    {
        CliTester cli;
        for (const QString &group :
             {QStringLiteral("metrics"), QStringLiteral("goals"), QStringLiteral("interviews")}) {
            const auto help = cli.run({group, QStringLiteral("--help")});
            QCOMPARE(help.status, 0);
            QVERIFY2(help.out.contains(group + QStringLiteral(" import")) ||
                         help.out.contains(group + QStringLiteral(" export")),
                     qPrintable(help.out));
            QVERIFY(!help.err.contains(QLatin1String("not a command")));
            const auto alone = cli.run({group});
            QCOMPARE(alone.status, 2);
            QVERIFY(alone.err.startsWith(QLatin1String("cadence: ")));
            QVERIFY2(alone.err.contains(group + QLatin1Char(' ')), qPrintable(alone.err));
        }
    }

    // As a file manager starts it (Exec=cadence %f): the window opens on that workspace (here
    // by a relative path), and opens it again next time.
    void aWorkspaceAsTheOnlyArgumentOpensIt()
    {
        CliTester cli;
        QCOMPARE(cli.run({QStringLiteral("init"), cli.path(QStringLiteral("team.cadence"))}).status,
                 0);
        cli.setVariable(QStringLiteral("CADENCE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        const auto opened = cli.run({QStringLiteral("team.cadence")});
        QCOMPARE(opened.status, 0);
        QVERIFY2(opened.out.contains(QLatin1String("first paint (week)")), qPrintable(opened.err));
        // Started again with nothing: the workspace it opened last, not the welcome page.
        QVERIFY(cli.run({}).out.contains(QLatin1String("first paint (week)")));

        // A word that is no file stays a mistyped command, and a group word stays a command
        // even where a file of that name lies.
        const auto typo = cli.run({QStringLiteral("coverag")});
        QCOMPARE(typo.status, 2);
        QVERIFY(typo.err.contains(QLatin1String("not a command")));
        QFile metrics(cli.path(QStringLiteral("metrics")));
        QVERIFY(metrics.open(QIODevice::WriteOnly));
        metrics.close();
        const auto group = cli.run({QStringLiteral("metrics")});
        QCOMPARE(group.status, 2);
        QVERIFY(group.err.contains(QLatin1String("needs one of its commands")));
    }

    void coverageCsvOfQ1AndQ4_2025()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), file}).status, 0);

        const auto q1 = cli.run({QStringLiteral("coverage"), QStringLiteral("-w"), file,
                                 QStringLiteral("--as-of"), QStringLiteral("2025-01-15"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(q1.status, 0);
        QCOMPARE(q1.out, QStringLiteral("team,pm,support\n"
                                        "AI Product Manager,,none\n"
                                        "Data Warehouse,,none\n"
                                        "Error Tracking,,none\n"
                                        "Surveys,Annika Schmid,light\n"));

        const auto q4 = cli.run({QStringLiteral("--workspace"), file, QStringLiteral("coverage"),
                                 QStringLiteral("--as-of"), QStringLiteral("2025-12-01"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(q4.status, 0);
        const QStringList rows = q4.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 16);
        QVERIFY(rows.contains(QStringLiteral("Batch Exports,Abe Basu,light")));
        QVERIFY(rows.contains(QStringLiteral("Customer Analytics,,none")));
        QVERIFY(rows.contains(QStringLiteral("LLM Analytics,,none")));
        QVERIFY(rows.contains(QStringLiteral("Surveys,Cory Slater,full")));
    }

    void coverageJsonAndText()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), file}).status, 0);
        const auto json = cli.run({QStringLiteral("coverage"), QStringLiteral("-w"), file,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.status, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("as_of")).toString(), QStringLiteral("2026-11-16"));
        QCOMPARE(root.value(QLatin1String("teams")).toArray().size(), 16);

        const auto text = cli.run({QStringLiteral("coverage"), QStringLiteral("-w"), file});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains(
            QLatin1String("Teams with no PM: Customer Analytics, LLM Analytics")));
        QVERIFY(text.out.contains(QLatin1String("no PM for 13 months (since 2025-10-01)")));
    }

    // `week` and `screenshot --pane week` take --pm alike: a PM's name, or everyone.
    void theWeekAndItsScreenshotTakeAPmOrEveryone()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), file}).status, 0);
        auto whose = [&](const QString &pm) {
            const auto run =
                cli.run({QStringLiteral("week"), QStringLiteral("-w"), file, QStringLiteral("--pm"),
                         pm, QStringLiteral("--format"), QStringLiteral("json")});
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("pm"));
        };
        QCOMPARE(whose(QStringLiteral("Abe Basu")).toString(), QStringLiteral("Abe Basu"));
        QVERIFY(whose(QStringLiteral("Everyone")).isNull());
        const QString png = cli.path(QStringLiteral("week.png"));
        const auto everyone =
            cli.run({QStringLiteral("screenshot"), QStringLiteral("-w"), file,
                     QStringLiteral("--pane"), QStringLiteral("week"), QStringLiteral("--pm"),
                     QStringLiteral("everyone"), QStringLiteral("--out"), png});
        QCOMPARE(everyone.status, 0);
        QVERIFY(!QImage(png).isNull());
        QFile::remove(png);
        const QString unknown = QStringLiteral("cadence: %1: has no PM named “Nobody”\n").arg(file);
        const auto week = cli.run({QStringLiteral("week"), QStringLiteral("-w"), file,
                                   QStringLiteral("--pm"), QStringLiteral("Nobody")});
        QCOMPARE(week.status, 1);
        QCOMPARE(week.err, unknown);
        QVERIFY(week.out.isEmpty());
        const auto shot =
            cli.run({QStringLiteral("screenshot"), QStringLiteral("-w"), file,
                     QStringLiteral("--pane"), QStringLiteral("week"), QStringLiteral("--pm"),
                     QStringLiteral("Nobody"), QStringLiteral("--out"), png});
        QCOMPARE(shot.status, 1);
        QCOMPARE(shot.err, unknown);
        QVERIFY(!QFileInfo::exists(png));
    }

    void emptyWorkspaceHasNoTeams()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("empty.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), QStringLiteral("--empty"), file}).status, 0);
        const auto csv = cli.run({QStringLiteral("coverage"), QStringLiteral("-w"), file,
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.out, QStringLiteral("team,pm,support\n"));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad date") << QStringList{
            QStringLiteral("coverage"), QStringLiteral("--as-of"), QStringLiteral("2025-13-45")};
        QTest::newRow("bad format") << QStringList{
            QStringLiteral("coverage"), QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("coverage"), QStringLiteral("--colour")};
        QTest::newRow("bad scale")
            << QStringList{QStringLiteral("sample"), QStringLiteral("--scale"),
                           QStringLiteral("zero"), QStringLiteral("x.cadence")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        CliTester cli;
        const auto run = cli.run(arguments);
        QCOMPARE(run.status, 2);
        QVERIFY(run.err.startsWith(QLatin1String("cadence: ")));
    }

    void badWorkspaceExitsWithOneAndIsUntouched()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("notes.cadence"));
        {
            QFile notes(file);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write("These are my notes, not a workspace.\n");
        }
        const QByteArray before = digest(file);
        const auto run = cli.run({QStringLiteral("coverage"), QStringLiteral("-w"), file});
        QCOMPARE(run.status, 1);
        QCOMPARE(run.err, QStringLiteral("cadence: %1: is not a Cadence workspace (it is not an "
                                         "SQLite database)\n")
                              .arg(file));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(digest(file), before);

        const auto init = cli.run({QStringLiteral("init"), file});
        QCOMPARE(init.status, 1);
        QVERIFY(init.err.contains(QLatin1String("already exists")));
        QCOMPARE(digest(file), before);
    }

    void versionIsPrinted()
    {
        CliTester cli;
        const auto run = cli.run({QStringLiteral("--version")});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("cadence ")), qPrintable(run.out));
        QVERIFY(run.out.trimmed().section(u' ', 1).contains(u'.'));
    }

    void everyBadFileExitsWithOneNamingItAndIsUntouched_data() { addBadWorkspaceRows(); }

    void everyBadFileExitsWithOneNamingItAndIsUntouched()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        CliTester cli;
        const QString file = cli.path(name);
        QVERIFY(QFile::copy(qEnvironmentVariable("CADENCE_TEST_DATA") +
                                QStringLiteral("/workspaces/") + name,
                            file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = digest(file);
        // A reading command and a writing one.
        for (const QStringList &command :
             {QStringList{QStringLiteral("coverage")},
              QStringList{QStringLiteral("screenshot"), QStringLiteral("--pane"),
                          QStringLiteral("coverage"), QStringLiteral("--out"),
                          cli.path(QStringLiteral("x.png"))}}) {
            const auto run = cli.run(command + QStringList{QStringLiteral("-w"), file});
            QCOMPARE(run.status, 1);
            QVERIFY2(run.err.startsWith(QStringLiteral("cadence: %1: ").arg(file)),
                     qPrintable(run.err));
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(run.err.count(u'\n'), 1);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(digest(file), before);
        }
        QVERIFY(!QFileInfo::exists(cli.path(QStringLiteral("x.png"))));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

    void readOnlyAndMissingPathsAreNamed()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), file}).status, 0);
        QFile::setPermissions(file, QFile::ReadOwner);
        const QByteArray before = digest(file);
        const auto readOnly = cli.run({QStringLiteral("screenshot"), QStringLiteral("-w"), file,
                                       QStringLiteral("--out"), cli.path(QStringLiteral("x.png"))});
        QCOMPARE(readOnly.status, 1);
        QCOMPARE(
            readOnly.err,
            QStringLiteral("cadence: %1: is read-only; Cadence needs to write to it\n").arg(file));
        QCOMPARE(digest(file), before);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);

        const QString missing = cli.path(QStringLiteral("nope/none.cadence"));
        const auto absent = cli.run({QStringLiteral("coverage"), QStringLiteral("-w"), missing});
        QCOMPARE(absent.status, 1);
        QCOMPARE(absent.err, QStringLiteral("cadence: %1: no such file\n").arg(missing));
        const auto nowhere = cli.run({QStringLiteral("init"), missing});
        QCOMPARE(nowhere.status, 1);
        QVERIFY2(nowhere.err.startsWith(QStringLiteral("cadence: %1: ").arg(missing)),
                 qPrintable(nowhere.err));
        QVERIFY(nowhere.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void coverageAsOfQ1_2025ShowsTheHandbooksGaps()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("init"), file}).status, 0);
        const auto run = cli.run({QStringLiteral("-w"), file, QStringLiteral("coverage"),
                                  QStringLiteral("--as-of"), QStringLiteral("2025-02-01"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.status, 0);
        QStringList uncovered;
        QStringList light;
        for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.endsWith(QLatin1String(",,none")))
                uncovered << line.section(u',', 0, 0);
            if (line.endsWith(QLatin1String(",light")))
                light << line;
        }
        uncovered.sort();
        QCOMPARE(uncovered,
                 (QStringList{QStringLiteral("AI Product Manager"),
                              QStringLiteral("Data Warehouse"), QStringLiteral("Error Tracking")}));
        QCOMPARE(light.size(), 1);
        QVERIFY2(light.first().startsWith(QLatin1String("Surveys,Annika")),
                 qPrintable(light.first()));
    }

    void missingDefaultWorkspaceSaysHowToMakeOne()
    {
        CliTester cli;
        const auto run = cli.run({QStringLiteral("coverage")});
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.contains(QLatin1String("cadence init")));
    }

    void screenshotWritesAPng()
    {
        CliTester cli;
        const QString file = cli.path(QStringLiteral("team.cadence"));
        QCOMPARE(cli.run({QStringLiteral("sample"), file}).status, 0);
        const QString png = cli.path(QStringLiteral("coverage.png"));
        const auto run =
            cli.run({QStringLiteral("screenshot"), QStringLiteral("-w"), file,
                     QStringLiteral("--pane"), QStringLiteral("coverage"), QStringLiteral("--out"),
                     png, QStringLiteral("--size"), QStringLiteral("900x600")});
        QCOMPARE(run.status, 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 600));
        const auto badPane = cli.run({QStringLiteral("screenshot"), QStringLiteral("-w"), file,
                                      QStringLiteral("--pane"), QStringLiteral("nope"),
                                      QStringLiteral("--out"), png});
        QCOMPARE(badPane.status, 2);
        QVERIFY(badPane.err.contains(QLatin1String("coverage")));
        // The names need no workspace (there is no default one here).
        const auto names = cli.run({QStringLiteral("screenshot"), QStringLiteral("--list-panes")});
        QCOMPARE(names.status, 0);
        QVERIFY2(names.out.startsWith(QStringLiteral("week\ncoverage\ninterviews\n")),
                 qPrintable(names.out + names.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
