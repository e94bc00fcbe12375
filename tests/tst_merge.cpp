#include "clitester.h"
#include "coverage/coveragerepository.h"
#include "formats/icalendar.h"
#include "formats/metricscsv.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "metrics/metricsrepository.h"
#include "sync/conflicts.h"
#include "sync/merge.h"
#include "testworkspace.h"
#include "workspace/recordstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

namespace {

// One teammate's workspace: a starter workspace (the same records everywhere, as `init`
// makes them) with its own replica id and clock.
class Teammate
{
public:
    explicit Teammate(const QString &name, qint64 minutesLater = 0)
        : m_workspace(WorkspaceFactory::Content::Starter,
                      TestWorkspace::defaultNow().addSecs(minutesLater * 60))
        , m_name(name)
    {}

    WorkspaceSession &session() { return m_workspace.session(); }
    Workspace &workspace() { return session().workspace(); }
    FixedClock &clock() { return m_workspace.clock(); }
    void later(int minutes = 1) { clock().advanceMs(qint64(minutes) * 60000); }

    QString exportFile()
    {
        const QString path = m_workspace.filePath(m_name + QStringLiteral("-export.cadence"));
        if (Outcome problem = Merge::exportTo(workspace(), path))
            qFatal("export: %s", qPrintable(problem->text()));
        return path;
    }
    // Merges the other's export into this workspace and returns what it did.
    Merge::Report mergeFrom(Teammate &other, bool dryRun = false)
    {
        auto merged = Merge::mergeFiles(workspace(), {other.exportFile()},
                                        m_workspace.sharedClock(), Merge::Options{dryRun, {}});
        if (!merged)
            qFatal("merge: %s", qPrintable(merged.problem().text()));
        return merged.value().first();
    }
    QString path() const { return m_workspace.path(); }
    QString filePath(const QString &name) const { return m_workspace.filePath(name); }
    TestWorkspace &test() { return m_workspace; }

    Goal goal(const QString &title)
    {
        for (const Goal &goal : session().goals().goals())
            if (goal.title.startsWith(title))
                return goal;
        qFatal("no goal %s", qPrintable(title));
    }
    // Saves the goal whose title starts with `title` with another status.
    void setStatus(const QString &title, GoalStatus status)
    {
        Goal edited = goal(title);
        edited.status = status;
        save(edited);
    }
    void save(Goal goal)
    {
        later();
        if (Outcome problem = session().goals().save(goal))
            qFatal("save: %s", qPrintable(problem->text()));
    }
    Team team(const QString &name) { return *session().coverage().findTeam(name); }
    void save(Team team)
    {
        later();
        if (Outcome problem = session().coverage().save(team))
            qFatal("save: %s", qPrintable(problem->text()));
    }
    QList<Conflicts::Conflict> conflicts() { return Conflicts::all(workspace()); }

private:
    TestWorkspace m_workspace;
    QString m_name;
};

// The content of every record table, merge columns left out: what must agree.
QStringList content(Workspace &workspace)
{
    QStringList lines;
    for (const RecordTable &table : RecordTables::all()) {
        workspace.records().forEach(table, [&](const StoredRecord &record) {
            QStringList values;
            for (const SqlValue &value : record.values)
                values << QString::fromUtf8(value.text) + QString::number(value.integer) +
                              QString::number(value.real);
            // When a conflict was found, and what it lost to then, depend on who found it.
            if (table.name == Conflicts::Table)
                values = values.mid(0, 6) + values.mid(9);
            lines << table.name + u' ' + record.meta.id + u' ' +
                         QString::number(record.meta.deleted) + u' ' + values.join(u'|');
            return true;
        });
    }
    lines.sort();
    return lines;
}

// The product "Feature Flags", added on one side; false if it could not be.
bool addFeatureFlags(Teammate &side)
{
    MetricsEdit edit;
    Product product;
    product.meta.id = MetricIds::product(QStringLiteral("Feature Flags"));
    product.name = QStringLiteral("Feature Flags");
    edit.products = {product};
    return !side.session().metrics().apply(edit);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void twoStarterWorkspacesMergeWithoutDuplicates()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"), 5);
        const int goals = int(ana.session().goals().goals().size());
        const Merge::Report report = ana.mergeFrom(bob);
        QCOMPARE(report.total().added, 0);
        QCOMPARE(report.total().updated, 0);
        QCOMPARE(report.total().conflicts, 0);
        QCOMPARE(ana.session().goals().goals().size(), goals);
        QCOMPARE(content(ana.workspace()), content(bob.workspace()));
    }

    void differentFieldsOfOneRecordBothSurvive()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        bob.mergeFrom(ana);
        ana.setStatus(QStringLiteral("Hire"), GoalStatus::AtRisk);
        Goal described = bob.goal(QStringLiteral("Hire"));
        described.description = QStringLiteral("Two candidates in the superday");
        bob.save(described);

        QCOMPARE(ana.mergeFrom(bob).total().conflicts, 0);
        QCOMPARE(bob.mergeFrom(ana).total().conflicts, 0);
        for (Teammate *side : {&ana, &bob}) {
            const Goal goal = side->goal(QStringLiteral("Hire"));
            QCOMPARE(goal.status, GoalStatus::AtRisk);
            QCOMPARE(goal.description, QStringLiteral("Two candidates in the superday"));
            QVERIFY(side->conflicts().isEmpty());
        }
        QCOMPARE(content(ana.workspace()), content(bob.workspace()));
    }

    void renameAgainstArchiveKeepsBoth()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        bob.mergeFrom(ana);
        Team renamed = ana.team(QStringLiteral("Surveys"));
        renamed.name = QStringLiteral("Surveys & Feedback");
        ana.save(renamed);
        Team archived = bob.team(QStringLiteral("Surveys"));
        archived.archivedOn = QDate(2026, 11, 1);
        bob.save(archived);

        QCOMPARE(ana.mergeFrom(bob).of(QStringLiteral("team")).updated, 1);
        bob.mergeFrom(ana);
        for (Teammate *side : {&ana, &bob}) {
            const Team team = *side->session().coverage().team(renamed.meta.id);
            QCOMPARE(team.name, QStringLiteral("Surveys & Feedback"));
            QCOMPARE(team.archivedOn, QDate(2026, 11, 1));
        }
    }

    void theSameFieldChangedOnBothSidesKeepsTheLoser()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        bob.mergeFrom(ana);
        ana.setStatus(QStringLiteral("Hire"), GoalStatus::AtRisk);
        Goal bobs = bob.goal(QStringLiteral("Hire"));
        bobs.status = GoalStatus::Done;
        bob.later(5);
        bob.save(bobs); // later: Bob's wins

        const Merge::Report report = ana.mergeFrom(bob);
        QCOMPARE(report.of(QStringLiteral("goal")).conflicts, 1);
        QCOMPARE(ana.goal(QStringLiteral("Hire")).status, GoalStatus::Done);
        const QList<Conflicts::Conflict> kept = ana.conflicts();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().found.unit, QStringLiteral("status"));
        QCOMPARE(Conflicts::valuesText(kept.first().found.lost), QStringLiteral("[\"at_risk\"]"));
        QCOMPARE(kept.first().found.lostStamp.origin, ana.workspace().replicaId());
        QCOMPARE(kept.first().state, Conflicts::State::Open);

        // Bob takes the conflict in with the rest: one record, on both sides.
        QCOMPARE(bob.mergeFrom(ana).of(Conflicts::Table).added, 1);
        QCOMPARE(bob.conflicts().size(), 1);
        QCOMPARE(bob.conflicts().first().id, kept.first().id);
        ana.mergeFrom(bob);
        QCOMPARE(content(ana.workspace()), content(bob.workspace()));

        // The command line lists it.
        CliTester cli;
        const auto listed =
            cli.run({QStringLiteral("-w"), ana.path(), QStringLiteral("conflicts")});
        QVERIFY2(listed.status == 0, qPrintable(listed.err));
        QVERIFY2(listed.out.contains(QStringLiteral("Hire a new PM")), qPrintable(listed.out));
        QVERIFY(listed.out.contains(QStringLiteral("at_risk")));
    }

    void anEditAfterSeeingTheOtherIsNoConflict()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        bob.mergeFrom(ana);
        ana.setStatus(QStringLiteral("Hire"), GoalStatus::AtRisk);
        bob.mergeFrom(ana);
        bob.setStatus(QStringLiteral("Hire"), GoalStatus::OnTrack);
        QCOMPARE(ana.mergeFrom(bob).total().conflicts, 0);
        QCOMPARE(ana.goal(QStringLiteral("Hire")).status, GoalStatus::OnTrack);
    }

    void deletions_data()
    {
        QTest::addColumn<bool>("anaDeletes");
        QTest::addColumn<bool>("bobDeletes");
        QTest::addColumn<bool>("bobEdits");
        QTest::addColumn<bool>("bobSawTheDeletion"); // merged Ana's deletion before his edit
        QTest::addColumn<bool>("anaSawTheEdit");     // merged Bob's edit before deleting
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<int>("conflicts");
        QTest::newRow("deleted on both sides")
            << true << true << false << false << false << true << 0;
        QTest::newRow("deleted here, untouched there")
            << true << false << false << false << false << true << 0;
        QTest::newRow("deleted here, edited there before seeing it")
            << true << false << true << false << false << true << 1;
        QTest::newRow("deleted here after seeing the edit there")
            << true << false << true << false << true << true << 0;
        QTest::newRow("deleted there, edited here before seeing it")
            << false << true << false << false << false << true << 0;
    }

    void deletions()
    {
        QFETCH(bool, anaDeletes);
        QFETCH(bool, bobDeletes);
        QFETCH(bool, bobEdits);
        QFETCH(bool, anaSawTheEdit);
        QFETCH(bool, deleted);
        QFETCH(int, conflicts);
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        bob.mergeFrom(ana);
        if (bobEdits) {
            Goal edited = bob.goal(QStringLiteral("Hire"));
            edited.description = QStringLiteral("edited by Bob");
            bob.save(edited);
        }
        if (anaSawTheEdit)
            ana.mergeFrom(bob);
        if (anaDeletes) {
            Goal gone = ana.goal(QStringLiteral("Hire"));
            gone.meta.deleted = true;
            ana.save(gone);
        }
        if (bobDeletes) {
            Goal gone = bob.goal(QStringLiteral("Hire"));
            gone.meta.deleted = true;
            bob.save(gone);
        }
        const QString id = Teammate(QStringLiteral("x")).goal(QStringLiteral("Hire")).meta.id;
        // Either way round, the same outcome.
        ana.mergeFrom(bob);
        bob.mergeFrom(ana);
        ana.mergeFrom(bob);
        for (Teammate *side : {&ana, &bob}) {
            const std::optional<Goal> goal = side->session().goals().goal(id);
            QVERIFY(goal);
            QCOMPARE(goal->meta.deleted, deleted);
            const QList<Conflicts::Conflict> kept = side->conflicts();
            QCOMPARE(int(kept.size()), conflicts);
            if (conflicts) {
                QVERIFY(kept.first().isEditAfterDeletion());
                // The edit is kept in the deleted record, for a restore to bring back.
                QCOMPARE(goal->description, QStringLiteral("edited by Bob"));
            }
        }
        QCOMPARE(content(ana.workspace()), content(bob.workspace()));
    }

    void mergingTwiceChangesNothing()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        ana.setStatus(QStringLiteral("Hire"), GoalStatus::AtRisk);
        bob.setStatus(QStringLiteral("Hire"), GoalStatus::Done);
        QVERIFY(!ana.mergeFrom(bob).total().isEmpty());
        const QStringList once = content(ana.workspace());
        QVERIFY(ana.mergeFrom(bob).total().isEmpty());
        QCOMPARE(content(ana.workspace()), once);
    }

    void aDryRunCountsWhatTheMergeDoesAndChangesNothing()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        bob.setStatus(QStringLiteral("Hire"), GoalStatus::Done);
        ana.setStatus(QStringLiteral("Hire"), GoalStatus::AtRisk);
        const QString exported = bob.exportFile();
        ana.test().close();
        const QByteArray before = fileHash(ana.path());
        CliTester cli;
        const auto dry = cli.run({QStringLiteral("-w"), ana.path(), QStringLiteral("merge"),
                                  QStringLiteral("--dry-run"), QStringLiteral("--format"),
                                  QStringLiteral("json"), exported});
        QCOMPARE(dry.status, 0);
        QCOMPARE(fileHash(ana.path()), before);
        QVERIFY2(dry.out.contains(QStringLiteral("\"conflicts\": 1")), qPrintable(dry.out));
        const auto real = cli.run({QStringLiteral("-w"), ana.path(), QStringLiteral("merge"),
                                   QStringLiteral("--format"), QStringLiteral("json"), exported});
        QCOMPARE(real.status, 0);
        // The same counts, but for the flag.
        QCOMPARE(QString(real.out).replace(QStringLiteral("\"dryRun\": false"), QString()),
                 QString(dry.out).replace(QStringLiteral("\"dryRun\": true"), QString()));
    }

    void theOtherFileIsReadAsItWasWhenTheMergeBegan()
    {
        // A workspace may be written while it is merged from (a teammate's own file, open in
        // their window): the merge takes it in as it was when the merge began, not part of
        // each state.
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        QVERIFY(addFeatureFlags(bob));
        const QString productId = MetricIds::product(QStringLiteral("Feature Flags"));
        // Enough points that the merge reports its progress (every 1,024 records) before it
        // reaches the goals.
        QList<MetricPoint> points;
        for (int day = 0; day < 1500; ++day) {
            MetricPoint point;
            point.productId = productId;
            point.metricKey = QStringLiteral("activation");
            point.day = QDate(2022, 1, 1).addDays(day);
            point.value = day;
            points.append(point);
        }
        QVERIFY(bob.session().metrics().importPoints(points).ok());

        const QString during = QStringLiteral("Written during the merge");
        bool written = false;
        Merge::Options options;
        options.progress = [&](qint64, qint64) {
            if (written)
                return true;
            written = true;
            Goal goal = bob.session().goals().goals().first();
            goal.title = during;
            bob.save(goal);
            return true;
        };
        auto titles = [&] {
            QStringList all;
            for (const Goal &goal : ana.session().goals().goals())
                all << goal.title;
            return all;
        };
        QVERIFY(
            Merge::mergeFiles(ana.workspace(), {bob.path()}, ana.test().sharedClock(), options));
        QVERIFY(written);
        QCOMPARE(ana.session().metrics().pointCount(), 1500);
        QVERIFY(!titles().contains(during));
        // The next merge takes in what was written meanwhile.
        QVERIFY(Merge::mergeFiles(ana.workspace(), {bob.path()}, ana.test().sharedClock()));
        QVERIFY(titles().contains(during));
    }

    void theSameCsvOnBothSidesMakesNoDuplicates()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        const QString csv = ana.filePath(QStringLiteral("points.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,product,metric,value\n2025-01-01,Feature Flags,activation,0.4\n"
                   "2025-01-02,Feature Flags,activation,0.5\n");
        file.close();
        QVERIFY(addFeatureFlags(ana));
        QVERIFY(addFeatureFlags(bob));
        QVERIFY(MetricsCsv::importFile(ana.session(), csv));
        bob.later(3);
        QVERIFY(MetricsCsv::importFile(bob.session(), csv));
        const Merge::Report report = ana.mergeFrom(bob);
        QCOMPARE(report.of(QStringLiteral("metric_point")).added, 0);
        QCOMPARE(report.total().conflicts, 0);
        QCOMPARE(ana.session().metrics().pointCount(), 2);
        bob.mergeFrom(ana);
        QCOMPARE(content(ana.workspace()), content(bob.workspace()));
    }

    void theSameIcsOnBothSidesMakesNoDuplicates()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate bob(QStringLiteral("bob"));
        const QString ics = QString::fromLocal8Bit(qgetenv("CADENCE_TEST_DATA")) +
                            QStringLiteral("/ics/google-vtimezone.ics");
        QVERIFY(QFile::exists(ics));
        auto import = [&](Teammate &side) {
            auto plan = ICalendar::planImport(side.session(), ics, QStringLiteral("Anna"));
            QVERIFY2(plan, plan ? "" : qPrintable(plan.problem().text()));
            InterviewEdit edit = plan.value().change.after;
            QVERIFY(!side.session().interviews().apply(edit));
        };
        import(ana);
        bob.later(3);
        import(bob);
        const int count = ana.session().interviews().count();
        QVERIFY(count > 0);
        QCOMPARE(ana.mergeFrom(bob).total().conflicts, 0);
        QCOMPARE(ana.session().interviews().count(), count);
    }

    void theClockMovesPastEveryStampTakenIn()
    {
        Teammate ana(QStringLiteral("ana"));
        Teammate ahead(QStringLiteral("ahead"));
        ahead.clock().advanceMs(qint64(365) * 24 * 3600 * 1000); // a year ahead
        Goal future = ahead.goal(QStringLiteral("Hire"));
        future.status = GoalStatus::Done;
        ahead.save(future);
        const Merge::Report report = ana.mergeFrom(ahead);
        QVERIFY(report.futureStamps > 0);
        // Ana's next edit, on her slower clock, still wins over the future stamp.
        Goal now = ana.goal(QStringLiteral("Hire"));
        now.status = GoalStatus::AtRisk;
        ana.save(now);
        QVERIFY(ana.session().goals().goal(now.meta.id)->meta.hlc > future.meta.hlc);
        ahead.mergeFrom(ana);
        QCOMPARE(ahead.goal(QStringLiteral("Hire")).status, GoalStatus::AtRisk);
    }

    void badFilesAreRefusedAndChangeNothing_data()
    {
        addBadWorkspaceRows();
        QTest::newRow("broken references") << "merge/broken-references.cadence"
                                           << "refer to missing ones";
    }

    void badFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString data = QString::fromLocal8Bit(qgetenv("CADENCE_TEST_DATA"));
        const QString source = data + (name.contains(u'/') ? QStringLiteral("/") + name
                                                           : QStringLiteral("/workspaces/") + name);
        Teammate ana(QStringLiteral("ana"));
        const QString bad = ana.filePath(QStringLiteral("bad.cadence"));
        QVERIFY(QFile::copy(source, bad));
        ana.test().close();
        const QByteArray before = fileHash(ana.path());
        const QByteArray badBefore = fileHash(bad);
        CliTester cli;
        const auto run = cli.run({QStringLiteral("-w"), ana.path(), QStringLiteral("merge"), bad});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.err.startsWith(QStringLiteral("cadence: ") + bad));
        QCOMPARE(fileHash(ana.path()), before);
        QCOMPARE(fileHash(bad), badBefore);
    }

    void itselfAndCopiesOfItselfAreRefused()
    {
        Teammate ana(QStringLiteral("ana"));
        const QString copy = ana.filePath(QStringLiteral("copy.cadence"));
        ana.test().close();
        QVERIFY(QFile::copy(ana.path(), copy));
        const QByteArray before = fileHash(ana.path());
        CliTester cli;
        const auto self =
            cli.run({QStringLiteral("-w"), ana.path(), QStringLiteral("merge"), ana.path()});
        QCOMPARE(self.status, 1);
        QVERIFY2(self.err.contains(QStringLiteral("itself")), qPrintable(self.err));
        const auto copied =
            cli.run({QStringLiteral("-w"), ana.path(), QStringLiteral("merge"), copy});
        QCOMPARE(copied.status, 1);
        QVERIFY2(copied.err.contains(QStringLiteral("same replica id")), qPrintable(copied.err));
        QCOMPARE(fileHash(ana.path()), before);
    }

    void anOlderFileIsUpgradedInACopyAndMerged()
    {
        Teammate ana(QStringLiteral("ana"));
        const QString older = ana.filePath(QStringLiteral("older.cadence"));
        QVERIFY(QFile::copy(QString::fromLocal8Bit(qgetenv("CADENCE_TEST_DATA")) +
                                QStringLiteral("/workspaces/schema-1.cadence"),
                            older));
        const QByteArray before = fileHash(older);
        auto merged = Merge::mergeFiles(ana.workspace(), {older}, ana.test().sharedClock());
        QVERIFY2(merged, merged ? "" : qPrintable(merged.problem().text()));
        QCOMPARE(fileHash(older), before);
    }

    void exportReplacesTheOldExportWhole()
    {
        Teammate ana(QStringLiteral("ana"));
        const QString path = ana.exportFile();
        const QByteArray first = fileHash(path);
        ana.setStatus(QStringLiteral("Hire"), GoalStatus::Done);
        QCOMPARE(ana.exportFile(), path);
        QVERIFY(fileHash(path) != first);
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        auto opened = Workspace::open(path, ana.test().sharedClock(), Workspace::Access::ReadOnly);
        QVERIFY(opened);
        QCOMPARE(opened.value()->replicaId(), ana.workspace().replicaId());
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
