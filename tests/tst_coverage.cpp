// Coverage: the handbook's history, coverage on any day, the edit rules, undo, and the models.
#include "commands/coveragecommand.h"
#include "coverage/coverageedits.h"
#include "coverage/coveragefilterproxy.h"
#include "coverage/coveragematrixmodel.h"
#include "coverage/coveragerepository.h"
#include "coverage/pmloadmodel.h"
#include "coverage/uncoveredteamsmodel.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {

QStringList namesOf(const QList<TeamCoverage> &teams)
{
    QStringList names;
    for (const TeamCoverage &team : teams)
        names << team.team.name;
    return names;
}

const TeamCoverage *teamNamed(const CoverageSnapshot &snapshot, const QString &name)
{
    for (const TeamCoverage &team : snapshot.teams())
        if (team.team.name == name)
            return &team;
    return nullptr;
}

Team makeTeam(CoverageRepository &repository, const QString &name, QDate created)
{
    Team team;
    team.name = name;
    team.createdOn = created;
    if (repository.save(team))
        qFatal("cannot save a team");
    return team;
}

Pm makePm(CoverageRepository &repository, const QString &name, QDate joined)
{
    Pm pm;
    pm.name = name;
    pm.joinedOn = joined;
    if (repository.save(pm))
        qFatal("cannot save a PM");
    return pm;
}

// A sample workspace with three times the starter's teams and years of generated history.
std::unique_ptr<WorkspaceSession> makeSample(const QTemporaryDir &dir)
{
    auto session =
        WorkspaceFactory::create(dir.filePath(QStringLiteral("s.cadence")),
                                 std::make_shared<FixedClock>(TestWorkspace::defaultNow()),
                                 WorkspaceFactory::Content::Sample, 3);
    if (!session)
        qFatal("cannot make a sample workspace: %s", qPrintable(session.problem().text()));
    return session.take();
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void q1_2025FromTheHandbook()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const CoverageSnapshot q1 = test.session().coverage().coverageOn(QDate(2025, 2, 15));
        QCOMPARE(namesOf(q1.uncoveredTeams()),
                 (QStringList{QStringLiteral("AI Product Manager"),
                              QStringLiteral("Data Warehouse"), QStringLiteral("Error Tracking")}));
        const TeamCoverage *surveys = teamNamed(q1, QStringLiteral("Surveys"));
        QVERIFY(surveys);
        QCOMPARE(surveys->level, CoverageLevel::Light);
        QCOMPARE(surveys->assignments.size(), 1);
        QCOMPARE(q1.load(surveys->assignments.first().pmId)->pm.name,
                 QStringLiteral("Annika Schmid"));
        QCOMPARE(q1.loads().size(), 3); // Anna, Annika and Raquel; Cory and Abe came later
    }

    void q4_2025FromTheHandbook()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        const CoverageSnapshot q4 = test.session().coverage().coverageOn(QDate(2025, 11, 1));
        QCOMPARE(namesOf(q4.uncoveredTeams()), (QStringList{QStringLiteral("Customer Analytics"),
                                                            QStringLiteral("LLM Analytics")}));
        QCOMPARE(q4.teams().size(), 16);
        QCOMPARE(teamNamed(q4, QStringLiteral("Batch Exports"))->level, CoverageLevel::Light);
        QCOMPARE(teamNamed(q4, QStringLiteral("Surveys"))->level, CoverageLevel::Full);
        QVERIFY(!teamNamed(q4, QStringLiteral("Data Warehouse"))); // not on the Q4 page
        QMap<QString, int> loads;
        for (const PmLoad &load : q4.loads())
            loads.insert(load.pm.name, load.teams());
        QCOMPARE(loads.value(QStringLiteral("Anna Szell")), 4);
        QCOMPARE(loads.value(QStringLiteral("Annika Schmid")), 3);
        QCOMPARE(loads.value(QStringLiteral("Cory Slater")), 3);
        QCOMPARE(loads.value(QStringLiteral("Abe Basu")), 4);
        // Error Tracking had no PM from Q1 until Cory took it on in Q4.
        const TeamCoverage *errors = teamNamed(q4, QStringLiteral("Error Tracking"));
        QCOMPARE(errors->levelSince, QDate(2025, 10, 1));
    }

    void uncoveredSinceTheLastPmLeft()
    {
        TestWorkspace test;
        CoverageRepository &repository = test.session().coverage();
        const Team team = makeTeam(repository, QStringLiteral("Growth"), QDate(2024, 1, 1));
        const Pm pm = makePm(repository, QStringLiteral("Ada"), QDate(2024, 1, 1));
        CoverageCommand(repository,
                        CoverageEdits::setSupport(team, pm, Support::Full, QDate(2024, 3, 1), {}))
            .redo();
        CoverageCommand(repository,
                        CoverageEdits::setSupport(team, pm, std::nullopt, QDate(2024, 9, 1),
                                                  repository.assignments()))
            .redo();
        const CoverageSnapshot before = repository.coverageOn(QDate(2024, 2, 1));
        QCOMPARE(before.teams().first().level, CoverageLevel::None);
        QCOMPARE(before.teams().first().levelSince, QDate(2024, 1, 1));
        const CoverageSnapshot during = repository.coverageOn(QDate(2024, 5, 1));
        QCOMPARE(during.teams().first().level, CoverageLevel::Full);
        QCOMPARE(during.teams().first().levelSince, QDate(2024, 3, 1));
        const CoverageSnapshot after = repository.coverageOn(QDate(2025, 1, 1));
        QCOMPARE(after.teams().first().level, CoverageLevel::None);
        QCOMPARE(after.teams().first().levelSince, QDate(2024, 9, 1));
        QCOMPARE(describeDuration(QDate(2024, 9, 1), QDate(2025, 1, 1)),
                 QStringLiteral("4 months"));
    }

    // A snapshot reads the last year of history first: levels unchanged for longer are
    // found in the team's whole history.
    void levelsUnchangedForYears()
    {
        TestWorkspace test;
        CoverageRepository &repository = test.session().coverage();
        const Team steady = makeTeam(repository, QStringLiteral("Billing"), QDate(2015, 1, 1));
        const Team left = makeTeam(repository, QStringLiteral("Growth"), QDate(2015, 1, 1));
        const Team never = makeTeam(repository, QStringLiteral("Search"), QDate(2016, 5, 1));
        const Pm ada = makePm(repository, QStringLiteral("Ada"), QDate(2015, 1, 1));
        const Pm bo = makePm(repository, QStringLiteral("Bo"), QDate(2015, 1, 1));
        auto assign = [&](const Team &team, const Pm &pm, std::optional<Support> support,
                          QDate from) {
            CoverageCommand(repository, CoverageEdits::setSupport(team, pm, support, from,
                                                                  repository.assignments()))
                .redo();
        };
        assign(steady, ada, Support::Full, QDate(2016, 1, 1));
        // Bo's light support comes and goes; Ada's full support holds throughout.
        assign(steady, bo, Support::Light, QDate(2017, 3, 1));
        assign(steady, bo, std::nullopt, QDate(2018, 3, 1));
        assign(left, bo, Support::Full, QDate(2016, 1, 1));
        assign(left, bo, std::nullopt, QDate(2019, 7, 1));

        const CoverageSnapshot snapshot = repository.coverageOn(QDate(2026, 1, 1));
        QCOMPARE(snapshot.team(steady.meta.id)->level, CoverageLevel::Full);
        QCOMPARE(snapshot.team(steady.meta.id)->levelSince, QDate(2016, 1, 1));
        QCOMPARE(snapshot.team(left.meta.id)->level, CoverageLevel::None);
        QCOMPARE(snapshot.team(left.meta.id)->levelSince, QDate(2019, 7, 1));
        QCOMPARE(snapshot.team(never.meta.id)->level, CoverageLevel::None);
        QCOMPARE(snapshot.team(never.meta.id)->levelSince, QDate(2016, 5, 1));
    }

    void archivedPmCoversNobody()
    {
        TestWorkspace test;
        CoverageRepository &repository = test.session().coverage();
        const Team team = makeTeam(repository, QStringLiteral("Growth"), QDate(2024, 1, 1));
        Pm pm = makePm(repository, QStringLiteral("Ada"), QDate(2024, 1, 1));
        CoverageCommand(repository,
                        CoverageEdits::setSupport(team, pm, Support::Full, QDate(2024, 1, 1), {}))
            .redo();
        CoverageCommand archive(repository, CoverageEdits::archivePm(*repository.pm(pm.meta.id),
                                                                     QDate(2024, 6, 1),
                                                                     repository.assignments()));
        archive.redo();
        QCOMPARE(repository.assignments().first().endOn, QDate(2024, 6, 1));
        const CoverageSnapshot after = repository.coverageOn(QDate(2024, 7, 1));
        QVERIFY(after.loads().isEmpty());
        QCOMPARE(after.teams().first().level, CoverageLevel::None);
        QCOMPARE(after.teams().first().levelSince, QDate(2024, 6, 1));
        archive.undo();
        QVERIFY(!repository.assignments().first().endOn.isValid());
        QVERIFY(!repository.pm(pm.meta.id)->isArchived());
    }

    void switchingSupportSplitsTheHistory()
    {
        TestWorkspace test;
        CoverageRepository &repository = test.session().coverage();
        const Team team = makeTeam(repository, QStringLiteral("Growth"), QDate(2024, 1, 1));
        const Pm pm = makePm(repository, QStringLiteral("Ada"), QDate(2024, 1, 1));
        CoverageCommand(repository,
                        CoverageEdits::setSupport(team, pm, Support::Full, QDate(2024, 1, 1), {}))
            .redo();
        const CoverageChange toLight = CoverageEdits::setSupport(
            team, pm, Support::Light, QDate(2024, 4, 1), repository.assignments());
        QCOMPARE(toLight.after.assignments.size(), 2);
        CoverageCommand command(repository, toLight);
        command.redo();
        QCOMPARE(repository.coverageOn(QDate(2024, 3, 31)).teams().first().level,
                 CoverageLevel::Full);
        QCOMPARE(repository.coverageOn(QDate(2024, 4, 1)).teams().first().level,
                 CoverageLevel::Light);
        // Same support again changes nothing; switching on the day it started edits in place.
        QVERIFY(CoverageEdits::setSupport(team, pm, Support::Light, QDate(2024, 5, 1),
                                          repository.assignments())
                    .isEmpty());
        const CoverageChange back = CoverageEdits::setSupport(
            team, pm, Support::Full, QDate(2024, 4, 1), repository.assignments());
        QCOMPARE(back.after.assignments.size(), 1);
        command.undo();
        QCOMPARE(repository.assignments().size(), 1);
        QCOMPARE(repository.coverageOn(QDate(2024, 6, 1)).teams().first().level,
                 CoverageLevel::Full);
    }

    void newAssignmentStopsBeforeALaterOne()
    {
        TestWorkspace test;
        CoverageRepository &repository = test.session().coverage();
        const Team team = makeTeam(repository, QStringLiteral("Growth"), QDate(2024, 1, 1));
        const Pm pm = makePm(repository, QStringLiteral("Ada"), QDate(2024, 1, 1));
        CoverageCommand(repository,
                        CoverageEdits::setSupport(team, pm, Support::Light, QDate(2024, 6, 1), {}))
            .redo();
        const CoverageChange earlier = CoverageEdits::setSupport(
            team, pm, Support::Full, QDate(2024, 2, 1), repository.assignments());
        QCOMPARE(earlier.after.assignments.last().endOn, QDate(2024, 6, 1));
    }

    void undoStackRestoresEveryEdit()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        WorkspaceSession &session = test.session();
        CoverageRepository &repository = session.coverage();
        const QDate day(2025, 11, 1);
        const QList<Assignment> original = repository.assignments();
        const Team llm = *repository.findTeam(QStringLiteral("LLM Analytics"));
        const Pm cory = *repository.findPm(QStringLiteral("Cory"));
        session.undoStack().push(new CoverageCommand(
            repository, CoverageEdits::setSupport(llm, cory, Support::Full, day, original)));
        session.undoStack().push(new CoverageCommand(
            repository, CoverageEdits::renameTeam(llm, QStringLiteral("LLM Observability"))));
        session.undoStack().push(
            new CoverageCommand(repository, CoverageEdits::addPm(QStringLiteral("Dana"), day)));
        QCOMPARE(repository.coverageOn(day).uncoveredTeams().size(), 1);
        QVERIFY(repository.findTeam(QStringLiteral("LLM Observability")));
        QVERIFY(repository.findPm(QStringLiteral("Dana")));

        session.undoStack().undo();
        session.undoStack().undo();
        session.undoStack().undo();
        QVERIFY(!repository.findPm(QStringLiteral("Dana")));
        QVERIFY(repository.findTeam(QStringLiteral("LLM Analytics")));
        QCOMPARE(repository.coverageOn(day).uncoveredTeams().size(), 2);
        // Undo leaves tombstones, never removes rows, so that undone records sync too.
        QCOMPARE(repository.assignments().size(), original.size());

        session.undoStack().redo();
        QCOMPARE(repository.coverageOn(day).uncoveredTeams().size(), 1);
    }

    void findPmByFullOrFirstName()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        CoverageRepository &repository = test.session().coverage();
        QCOMPARE(repository.findPm(QStringLiteral("annika"))->name,
                 QStringLiteral("Annika Schmid"));
        QCOMPARE(repository.findPm(QStringLiteral("Anna Szell"))->name,
                 QStringLiteral("Anna Szell"));
        QVERIFY(!repository.findPm(QStringLiteral("Nobody")));
    }

    void matrixModel()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        CoverageRepository &repository = test.session().coverage();
        CoverageMatrixModel matrix(repository, QDate(2025, 11, 1));
        QAbstractItemModelTester tester(&matrix,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(matrix.rowCount(), 16);
        QCOMPARE(matrix.columnCount(), CoverageMatrixModel::FixedColumnCount + 5);

        const int abe = matrix.columnOfPm(StarterData::pmId(QStringLiteral("abe")));
        const int batch = matrix.rowOfTeam(StarterData::teamId(QStringLiteral("batch-exports")));
        QCOMPARE(matrix.index(batch, abe).data(CoverageMatrixModel::SupportRole).toString(),
                 QStringLiteral("light"));
        QCOMPARE(matrix.headerData(abe, Qt::Horizontal).toString(),
                 QStringLiteral("Abe Basu\n4 teams"));
        QVERIFY(
            !matrix.headerData(abe, Qt::Horizontal, CoverageMatrixModel::OverLimitRole).toBool());
        matrix.setPmTeamLimit(3);
        QVERIFY(
            matrix.headerData(abe, Qt::Horizontal, CoverageMatrixModel::OverLimitRole).toBool());

        // The model follows the repository and the day.
        const Team llm = *repository.findTeam(QStringLiteral("LLM Analytics"));
        const Pm abePm = *repository.findPm(QStringLiteral("Abe"));
        QSignalSpy reset(&matrix, &QAbstractItemModel::modelReset);
        CoverageCommand(repository,
                        CoverageEdits::setSupport(llm, abePm, Support::Full, QDate(2025, 11, 1),
                                                  repository.assignments()))
            .redo();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(matrix.headerData(abe, Qt::Horizontal).toString(),
                 QStringLiteral("Abe Basu\n5 teams"));
        matrix.setDay(QDate(2025, 2, 1));
        QCOMPARE(matrix.rowCount(), 4);
        QCOMPARE(matrix.columnCount(), CoverageMatrixModel::FixedColumnCount + 3);
    }

    void droppingAPmOnATeamAsksForAnAssignment()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        CoverageMatrixModel matrix(test.session().coverage(), QDate(2025, 11, 1));
        PmLoadModel loads(matrix);
        QAbstractItemModelTester tester(&loads,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(loads.rowCount(), 5);
        std::unique_ptr<QMimeData> data(loads.mimeData({loads.index(0, 0)}));
        QVERIFY(data);
        const int row = matrix.rowOfTeam(StarterData::teamId(QStringLiteral("logs")));
        QSignalSpy dropped(&matrix, &CoverageMatrixModel::pmDropped);
        QVERIFY(matrix.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, matrix.index(row, 0)));
        matrix.dropMimeData(data.get(), Qt::CopyAction, -1, -1, matrix.index(row, 0));
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.first().at(0).toString(), StarterData::teamId(QStringLiteral("logs")));
        QCOMPARE(dropped.first().at(1).toString(),
                 loads.index(0, 0).data(PmLoadModel::PmIdRole).toString());
    }

    void pmLoadSortsAndKeepsItsOrder()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        CoverageMatrixModel matrix(test.session().coverage(), QDate(2025, 11, 1));
        PmLoadModel loads(matrix);
        QAbstractItemModelTester tester(&loads,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto names = [&loads] {
            QStringList shown;
            for (int row = 0; row < loads.rowCount(); ++row)
                shown << loads.index(row, PmLoadModel::NameColumn).data().toString();
            return shown;
        };
        const QStringList byName = names();
        QCOMPARE(byName.first(), QStringLiteral("Abe Basu"));
        loads.sort(PmLoadModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names().first(), byName.last());

        // Most teams first; a selected PM stays selected while rows move.
        const QPersistentModelIndex selected(loads.index(0, PmLoadModel::NameColumn));
        const QString name = selected.data().toString();
        loads.sort(PmLoadModel::TeamsColumn, Qt::DescendingOrder);
        QCOMPARE(selected.data().toString(), name);
        QVERIFY(selected.row() != 0);
        auto mostTeamsFirst = [&loads] {
            QList<int> teams;
            for (int row = 0; row < loads.rowCount(); ++row)
                teams << loads.loadAt(loads.index(row, 0))->teams();
            return std::is_sorted(teams.rbegin(), teams.rend());
        };
        QVERIFY(mostTeamsFirst());
        // The order holds through the matrix's refresh.
        matrix.setDay(QDate(2025, 2, 1));
        QVERIFY(mostTeamsFirst());
    }

    void filterProxyAndUncoveredList()
    {
        TestWorkspace test(WorkspaceFactory::Content::Starter);
        CoverageMatrixModel matrix(test.session().coverage(), QDate(2025, 11, 1));
        CoverageFilterProxy filter;
        filter.setSourceModel(&matrix);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setLevel(CoverageLevel::None);
        QCOMPARE(filter.rowCount(), 2);
        filter.setLevel(CoverageLevel::Light);
        QCOMPARE(filter.rowCount(), 1);
        filter.setLevel(std::nullopt);
        filter.setText(QStringLiteral("analytics"));
        QCOMPARE(filter.rowCount(), 5);

        UncoveredTeamsModel uncovered(matrix);
        QAbstractItemModelTester uncoveredTester(
            &uncovered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(uncovered.rowCount(), 2);
        QVERIFY(uncovered.index(0, 0).data().toString().startsWith(
            QLatin1String("Customer Analytics")));
        QVERIFY(uncovered.index(0, 0).data().toString().contains(QLatin1String("4 weeks")));
        // Refreshed with the matrix: on 2025-02-01 three teams had no PM.
        matrix.setDay(QDate(2025, 2, 1));
        QCOMPARE(uncovered.rowCount(), 3);
    }

    void sampleScalesCoverage()
    {
        QTemporaryDir dir;
        const std::unique_ptr<WorkspaceSession> session = makeSample(dir);
        CoverageRepository &repository = session->coverage();
        QCOMPARE(repository.teams().size(), 18 + 24);
        QCOMPARE(repository.pms().size(), 5 + 6);
        int sampleTeams = 0;
        for (const Team &team : repository.teams())
            sampleTeams += team.meta.sample;
        QCOMPARE(sampleTeams, 24);
    }

    // The snapshot finds each team's level and the day it reached it from the days on which
    // assignments and PMs start and end; here the same is read day by day, the slow way, over
    // years of generated history.
    void snapshotAgreesWithADayByDayReading()
    {
        QTemporaryDir dir;
        const std::unique_ptr<WorkspaceSession> session = makeSample(dir);
        CoverageRepository &repository = session->coverage();
        const QList<Pm> pms = repository.pms();
        const QList<Assignment> history = repository.assignments();
        QVERIFY(history.size() > 100);
        QHash<QString, const Pm *> pmById;
        for (const Pm &pm : pms)
            pmById.insert(pm.meta.id, &pm);
        auto levelOn = [&](const QString &teamId, QDate day) {
            CoverageLevel level = CoverageLevel::None;
            for (const Assignment &assignment : history) {
                const Pm *pm = pmById.value(assignment.pmId);
                if (assignment.teamId != teamId || !assignment.isActiveOn(day) || !pm ||
                    !pm->isActiveOn(day))
                    continue;
                if (assignment.support == Support::Full)
                    return CoverageLevel::Full;
                level = CoverageLevel::Light;
            }
            return level;
        };
        const QDate first = history.first().startOn;
        int compared = 0;
        for (QDate day = first.addDays(40); day <= TestWorkspace::defaultNow().date();
             day = day.addDays(173)) {
            const CoverageSnapshot snapshot = repository.coverageOn(day);
            for (const TeamCoverage &team : snapshot.teams()) {
                const QString id = team.team.meta.id;
                QCOMPARE(team.level, levelOn(id, day));
                QDate since = day;
                while (since > team.team.createdOn && levelOn(id, since.addDays(-1)) == team.level)
                    since = since.addDays(-1);
                QCOMPARE(team.levelSince, since);
                QStringList supporting;
                for (const Assignment &assignment : history) {
                    const Pm *pm = pmById.value(assignment.pmId);
                    if (assignment.teamId == id && assignment.isActiveOn(day) && pm &&
                        pm->isActiveOn(day))
                        supporting << assignment.meta.id;
                }
                QStringList shown;
                for (const Assignment &assignment : team.assignments)
                    shown << assignment.meta.id;
                supporting.sort();
                shown.sort();
                QCOMPARE(shown, supporting);
                ++compared;
            }
        }
        QVERIFY(compared > 200);
    }
};

QTEST_MAIN(TestCoverage)
#include "tst_coverage.moc"
