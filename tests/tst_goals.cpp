// The goals model layer: schema, repository, edits and their undo, carry-over, progress and
// the board model with its filters.
#include "commands/goalcommand.h"
#include "coverage/coveragerepository.h"
#include "goals/goalboardmodel.h"
#include "goals/goalcontext.h"
#include "goals/goalfilterproxy.h"
#include "goals/goalprogress.h"
#include "goals/goalrepository.h"
#include "metrics/metricsrepository.h"
#include "sample/goalsstarter.h"
#include "sample/starterdata.h"
#include "support/testworkspace.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace {

Goal draft(const QString &quarter, const QString &title, const QString &ownerId = {},
           GoalStatus status = GoalStatus::NotStarted)
{
    Goal goal;
    goal.quarter = quarter;
    goal.title = title;
    goal.ownerId = ownerId;
    goal.status = status;
    return goal;
}

KeyResult keyResult(const QString &text, bool done = false)
{
    KeyResult result;
    result.text = text;
    result.done = done;
    return result;
}

// Adds a goal through an undoable command and returns it as saved.
Goal addGoal(WorkspaceSession &session, Goal goal)
{
    // Read the quarter before the goal is moved: argument order is unspecified.
    const QList<Goal> quarterGoals = session.goals().goals(goal.quarter);
    GoalChange change = GoalEdits::add(std::move(goal), quarterGoals);
    const QString id = change.after.first().meta.id;
    session.undoStack().push(new GoalCommand(session.goals(), std::move(change)));
    return *session.goals().goal(id);
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data().toString();
    return list;
}

} // namespace

class TestGoals : public QObject
{
    Q_OBJECT

private slots:
    void quartersParseAndStep();
    void kindAndStatusKeysRoundTrip();
    void repositoryKeepsEveryField();
    void aPmsGoalsComeInTheQuartersOrder();
    void editRemovesKeyResultsAsTombstonesAndUndoes();
    void addAndRemoveUndo();
    void badRecordChangesNothing();
    void carryOverCopiesUnfinishedGoalsOnce();
    void moveBetweenColumnsAndReorder();
    void moveRenumbersWhenRanksRunOut();
    void progressTowardsTarget_data();
    void progressTowardsTarget();
    void goalProgressFollowsMetric();
    void starterHasHandbookGoals();
    void boardModelFollowsRepository();
    void filtersByQuarterPmTeamKind();
    void dropOnColumnMovesAndUndoes();
    void metricBoundKeyResultFollowsMetricsArea();
    void sampleHasSeveralQuartersMarkedSample();
};

void TestGoals::quartersParseAndStep()
{
    QCOMPARE(Quarter::parse(QStringLiteral("2025-Q1"))->key(), QStringLiteral("2025-Q1"));
    QCOMPARE(Quarter::parse(QStringLiteral("2025-Q4"))->next().key(), QStringLiteral("2026-Q1"));
    QCOMPARE(Quarter::parse(QStringLiteral("2026-Q1"))->previous().key(),
             QStringLiteral("2025-Q4"));
    QVERIFY(!Quarter::parse(QStringLiteral("2025-Q5")));
    QVERIFY(!Quarter::parse(QStringLiteral("Q1 2025")));
    QCOMPARE(Quarter::parse(QStringLiteral(" 2026-q3 "))->key(), QStringLiteral("2026-Q3"));
    for (const char *bad :
         {"2025-Q0", "2025-Q12", "20x5-Q1", "2025Q1", "2025-Q", "", "2025-W1", "0100-Q1"})
        QVERIFY2(!Quarter::parse(QString::fromLatin1(bad)), bad);
    // Digits of other scripts are not a year.
    QVERIFY(!Quarter::parse(QStringLiteral("\u0662\u0660\u0662\u0666-Q1")));
    QCOMPARE(Quarter::containing(QDate(2026, 11, 16)).key(), QStringLiteral("2026-Q4"));
    QCOMPARE(Quarter::parse(QStringLiteral("2025-Q1"))->lastDay(), QDate(2025, 3, 31));
}

void TestGoals::kindAndStatusKeysRoundTrip()
{
    for (GoalKind kind : allGoalKinds) {
        QCOMPARE(goalKindFromKey(goalKindKey(kind)), kind);
        QCOMPARE(goalKindFromText(goalKindName(kind).toUpper()), kind);
    }
    for (GoalStatus status : allGoalStatuses) {
        QCOMPARE(goalStatusFromKey(goalStatusKey(status)), status);
        QCOMPARE(goalStatusFromText(goalStatusName(status)), status);
    }
    QVERIFY(!goalStatusFromText(QStringLiteral("finished")));
}

void TestGoals::repositoryKeepsEveryField()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    Goal goal = draft(QStringLiteral("2026-Q4"), QStringLiteral("  Find the biggest unknown  "),
                      StarterData::pmId(QStringLiteral("anna")), GoalStatus::AtRisk);
    goal.kind = GoalKind::Research;
    goal.supporterIds = {StarterData::pmId(QStringLiteral("annika"))};
    goal.teamId = StarterData::teamId(QStringLiteral("surveys"));
    goal.description = QStringLiteral("Why do users leave?\nSecond line.");
    goal.findingsUrl = QStringLiteral("https://github.com/org/repo/pull/1");
    goal.keyResults = {keyResult(QStringLiteral("Ten interviews"), true),
                       keyResult(QStringLiteral("Activation up"))};
    goal.keyResults[1].metric =
        MetricBinding{QStringLiteral("product-1"), QStringLiteral("activation"), 0.3, 0.4};
    const Goal saved = addGoal(session, goal);
    QCOMPARE(saved.title, QStringLiteral("Find the biggest unknown"));
    QCOMPARE(saved.kind, GoalKind::Research);
    QCOMPARE(saved.status, GoalStatus::AtRisk);
    QCOMPARE(saved.supporterIds, goal.supporterIds);
    QCOMPARE(saved.teamId, goal.teamId);
    QCOMPARE(saved.description, goal.description);
    QCOMPARE(saved.findingsUrl, goal.findingsUrl);
    QCOMPARE(saved.keyResults.size(), 2);
    QCOMPARE(saved.keyResults[0].text, QStringLiteral("Ten interviews"));
    QVERIFY(saved.keyResults[0].done);
    QVERIFY(!saved.keyResults[0].metric);
    QCOMPARE(saved.keyResults[1].metric, goal.keyResults[1].metric);
    QVERIFY(saved.meta.hlc > 0);

    workspace.reopen();
    const std::optional<Goal> reread = workspace.session().goals().goal(saved.meta.id);
    QVERIFY(reread);
    QCOMPARE(*reread, saved);
    QVERIFY(workspace.session().goals().quarters().contains(QStringLiteral("2026-Q4")));
}

void TestGoals::aPmsGoalsComeInTheQuartersOrder()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    GoalRepository &goals = workspace.session().goals();
    const QString anna = StarterData::pmId(QStringLiteral("anna"));
    const QString annika = StarterData::pmId(QStringLiteral("annika"));
    // The same quarter, rank and title, owned by one and supported by the other, both ways
    // round: the order they were stored in decides, for one PM's goals as for the quarter's.
    QStringList stored;
    for (int i = 0; i < 4; ++i) {
        Goal goal = draft(QStringLiteral("2027-Q2"), QStringLiteral("Same"), i % 3 ? anna : annika);
        goal.supporterIds = {i % 3 ? annika : anna};
        Goal saved = addGoal(workspace.session(), goal);
        saved.rank = 1;
        QVERIFY(!goals.save(saved));
        stored << saved.meta.id;
    }
    const auto idsOf = [](const QList<Goal> &list) {
        QStringList ids;
        for (const Goal &goal : list)
            ids << goal.meta.id;
        return ids;
    };
    QCOMPARE(idsOf(goals.goals(QStringLiteral("2027-Q2"))), stored);
    QCOMPARE(idsOf(goals.goals(QStringLiteral("2027-Q2"), anna)), stored);
    QCOMPARE(idsOf(goals.goals(QStringLiteral("2027-Q2"), annika)), stored);
}

void TestGoals::editRemovesKeyResultsAsTombstonesAndUndoes()
{
    TestWorkspace workspace;
    WorkspaceSession &session = workspace.session();
    Goal goal = draft(QStringLiteral("2026-Q4"), QStringLiteral("Goal"));
    goal.keyResults = {keyResult(QStringLiteral("one")), keyResult(QStringLiteral("two"))};
    const Goal saved = addGoal(session, goal);

    Goal edited = saved;
    edited.title = QStringLiteral("Renamed");
    edited.keyResults.removeFirst();
    edited.keyResults.append(keyResult(QStringLiteral("three")));
    GoalChange change = GoalEdits::edit(saved, edited);
    QVERIFY(!change.isEmpty());
    session.undoStack().push(new GoalCommand(session.goals(), change));
    Goal now = *session.goals().goal(saved.meta.id);
    QCOMPARE(now.title, QStringLiteral("Renamed"));
    QCOMPARE(now.keyResults.size(), 2);
    QCOMPARE(now.keyResults[0].text, QStringLiteral("two"));
    QCOMPARE(now.keyResults[1].text, QStringLiteral("three"));

    session.undoStack().undo();
    now = *session.goals().goal(saved.meta.id);
    QCOMPARE(now.title, QStringLiteral("Goal"));
    QCOMPARE(now.keyResults.size(), 2);
    QCOMPARE(now.keyResults[0].text, QStringLiteral("one"));
    QCOMPARE(now.keyResults[1].text, QStringLiteral("two"));

    session.undoStack().redo();
    QCOMPARE(session.goals().goal(saved.meta.id)->keyResults.size(), 2);
    // An edit that changes nothing is no step.
    QVERIFY(GoalEdits::edit(saved, saved).isEmpty());
    // Checking a key result off.
    const Goal current = *session.goals().goal(saved.meta.id);
    GoalChange check = GoalEdits::setKeyResultDone(current, current.keyResults[1].meta.id, true);
    session.undoStack().push(new GoalCommand(session.goals(), check));
    QVERIFY(session.goals().goal(saved.meta.id)->keyResults[1].done);
    session.undoStack().undo();
    QVERIFY(!session.goals().goal(saved.meta.id)->keyResults[1].done);
}

void TestGoals::addAndRemoveUndo()
{
    TestWorkspace workspace;
    WorkspaceSession &session = workspace.session();
    Goal goal = draft(QStringLiteral("2026-Q4"), QStringLiteral("Goal"));
    goal.keyResults = {keyResult(QStringLiteral("one"))};
    const Goal saved = addGoal(session, goal);
    QCOMPARE(session.goals().goals().size(), 1);
    session.undoStack().push(new GoalCommand(session.goals(), GoalEdits::remove(saved)));
    QVERIFY(session.goals().goals().isEmpty());
    QVERIFY(session.goals().goal(saved.meta.id)->meta.deleted); // a tombstone stays
    session.undoStack().undo();
    QCOMPARE(session.goals().goals().size(), 1);
    QCOMPARE(session.goals().goals().first().keyResults.size(), 1);
    session.undoStack().undo(); // the add
    QVERIFY(session.goals().goals().isEmpty());
    session.undoStack().redo();
    QCOMPARE(session.goals().goals().first().keyResults.first().text, QStringLiteral("one"));
}

void TestGoals::badRecordChangesNothing()
{
    TestWorkspace workspace;
    WorkspaceSession &session = workspace.session();
    QList<Goal> goals{draft(QStringLiteral("2026-Q4"), QStringLiteral("fine")),
                      draft(QStringLiteral("2026-Q9"), QStringLiteral("bad quarter"))};
    QSignalSpy saved(&session.changes(), &ChangeFeed::changed);
    const Outcome problem = session.goals().apply(goals);
    QVERIFY(problem);
    QCOMPARE(problem->file, session.path());
    QVERIFY(session.goals().goals().isEmpty());
    QCOMPARE(saved.count(), 0);
}

void TestGoals::carryOverCopiesUnfinishedGoalsOnce()
{
    TestWorkspace workspace;
    WorkspaceSession &session = workspace.session();
    const QString q3 = QStringLiteral("2026-Q3");
    const QString q4 = QStringLiteral("2026-Q4");
    Goal open = draft(q3, QStringLiteral("open"), {}, GoalStatus::OnTrack);
    open.keyResults = {keyResult(QStringLiteral("half"), true), keyResult(QStringLiteral("rest"))};
    addGoal(session, open);
    addGoal(session, draft(q3, QStringLiteral("risky"), {}, GoalStatus::AtRisk));
    addGoal(session, draft(q3, QStringLiteral("done"), {}, GoalStatus::Done));
    addGoal(session, draft(q3, QStringLiteral("dropped"), {}, GoalStatus::Dropped));
    addGoal(session, draft(q4, QStringLiteral("already there")));
    const int steps = session.undoStack().count();

    GoalChange change =
        GoalEdits::carryOver(session.goals().goals(q3), q4, session.goals().goals(q4));
    QCOMPARE(change.after.size(), 2);
    session.undoStack().push(new GoalCommand(session.goals(), change));
    QCOMPARE(session.undoStack().count(), steps + 1); // one step
    const QList<Goal> carried = session.goals().goals(q4);
    QStringList carriedTitles;
    for (const Goal &goal : carried)
        carriedTitles << goal.title;
    QCOMPARE(carriedTitles, (QStringList{QStringLiteral("already there"), QStringLiteral("open"),
                                         QStringLiteral("risky")}));
    QCOMPARE(carried[1].keyResults.size(), 2);
    QVERIFY(carried[1].keyResults[0].done);
    QVERIFY(!carried[1].carriedFrom.isEmpty());
    QCOMPARE(session.goals().goals(q3).size(), 4); // the old quarter keeps its history

    // Again: nothing left to carry.
    QVERIFY(
        GoalEdits::carryOver(session.goals().goals(q3), q4, session.goals().goals(q4)).isEmpty());
    session.undoStack().undo();
    QCOMPARE(session.goals().goals(q4).size(), 1);
}

void TestGoals::moveBetweenColumnsAndReorder()
{
    Goal a = draft(QStringLiteral("2026-Q4"), QStringLiteral("a"));
    a.meta.id = QStringLiteral("a");
    a.rank = 1;
    Goal b = a;
    b.meta.id = QStringLiteral("b");
    b.rank = 2;
    Goal c = a;
    c.meta.id = QStringLiteral("c");
    c.rank = 3;
    const QList<Goal> column{a, b, c};
    // c before a: one record changes, ranked below a.
    GoalChange change = GoalEdits::move(c, GoalStatus::NotStarted, QStringLiteral("a"), column);
    QCOMPARE(change.after.size(), 1);
    QVERIFY(change.after.first().rank < 1);
    // a between b and c.
    change = GoalEdits::move(a, GoalStatus::NotStarted, QStringLiteral("c"), column);
    QVERIFY(change.after.first().rank > 2 && change.after.first().rank < 3);
    // Where it already is: nothing.
    QVERIFY(GoalEdits::move(b, GoalStatus::NotStarted, QStringLiteral("c"), column).isEmpty());
    QVERIFY(GoalEdits::move(c, GoalStatus::NotStarted, {}, column).isEmpty());
    // Into another column's end.
    Goal d = a;
    d.meta.id = QStringLiteral("d");
    d.status = GoalStatus::Done;
    change = GoalEdits::move(d, GoalStatus::NotStarted, {}, column);
    QCOMPARE(change.after.first().status, GoalStatus::NotStarted);
    QVERIFY(change.after.first().rank > 3);
    QCOMPARE(change.before.first().status, GoalStatus::Done);
}

void TestGoals::moveRenumbersWhenRanksRunOut()
{
    Goal a = draft(QStringLiteral("2026-Q4"), QStringLiteral("a"));
    a.meta.id = QStringLiteral("a");
    a.rank = 1;
    Goal b = a;
    b.meta.id = QStringLiteral("b");
    b.rank = 1 + 1e-12;
    Goal c = a;
    c.meta.id = QStringLiteral("c");
    c.rank = 5;
    GoalChange change = GoalEdits::move(c, GoalStatus::NotStarted, QStringLiteral("b"), {a, b, c});
    QVERIFY(change.after.size() >= 2);
    QHash<QString, double> ranks;
    for (const Goal &goal : change.after)
        ranks.insert(goal.meta.id, goal.rank);
    const double rankA = ranks.value(QStringLiteral("a"), a.rank);
    const double rankB = ranks.value(QStringLiteral("b"), b.rank);
    QVERIFY(rankA < ranks.value(QStringLiteral("c")));
    QVERIFY(ranks.value(QStringLiteral("c")) < rankB);
    QCOMPARE(change.before.size(), change.after.size());
}

void TestGoals::progressTowardsTarget_data()
{
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("current");
    QTest::addColumn<double>("expected");
    QTest::newRow("half way up") << 30.0 << 40.0 << 35.0 << 0.5;
    QTest::newRow("at baseline") << 30.0 << 40.0 << 30.0 << 0.0;
    QTest::newRow("wrong way up") << 30.0 << 40.0 << 20.0 << 0.0;
    QTest::newRow("overshoot up") << 30.0 << 40.0 << 55.0 << 1.0;
    QTest::newRow("down a quarter") << 10.0 << 2.0 << 8.0 << 0.25;
    QTest::newRow("down overshoot") << 10.0 << 2.0 << 1.0 << 1.0;
    QTest::newRow("down wrong way") << 10.0 << 2.0 << 12.0 << 0.0;
}

void TestGoals::progressTowardsTarget()
{
    QFETCH(double, baseline);
    QFETCH(double, target);
    QFETCH(double, current);
    QFETCH(double, expected);
    const MetricBinding binding{{}, {}, baseline, target};
    QCOMPARE(GoalProgress::towards(baseline, target, current, GoalProgress::directionOf(binding)),
             expected);
}

void TestGoals::goalProgressFollowsMetric()
{
    // Equal baseline and target: met on the good side only.
    QCOMPARE(GoalProgress::towards(5, 5, 5, GoalProgress::Direction::Up), 1.0);
    QCOMPARE(GoalProgress::towards(5, 5, 4, GoalProgress::Direction::Up), 0.0);
    QCOMPARE(GoalProgress::towards(5, 5, 4, GoalProgress::Direction::Down), 1.0);

    Goal goal = draft(QStringLiteral("2025-Q1"), QStringLiteral("g"));
    QVERIFY(!GoalProgress::goal(goal, {}, QDate(2025, 3, 1)));
    goal.keyResults = {keyResult(QStringLiteral("manual"), true), keyResult(QStringLiteral("m"))};
    goal.keyResults[1].metric =
        MetricBinding{QStringLiteral("p"), QStringLiteral("activation"), 0.2, 0.4};
    QDate asked;
    const GoalProgress::MetricLookup lookup = [&](const QString &product, const QString &key,
                                                  QDate day) -> std::optional<double> {
        asked = day;
        if (product == QLatin1String("p") && key == QLatin1String("activation"))
            return 0.3;
        return std::nullopt;
    };
    const QDate day = GoalProgress::readingDay(goal, QDate(2026, 11, 16));
    QCOMPARE(day, QDate(2025, 3, 31)); // a past quarter is judged at its end
    QCOMPARE(*GoalProgress::goal(goal, lookup, day), 0.75);
    QCOMPARE(asked, QDate(2025, 3, 31));
    // Without data the metric-bound result counts as not yet started.
    QCOMPARE(*GoalProgress::goal(goal, {}, day), 0.5);
    QCOMPARE(GoalProgress::readingDay(goal, QDate(2025, 2, 1)), QDate(2025, 2, 1));
}

void TestGoals::starterHasHandbookGoals()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    const QList<Goal> goals = workspace.session().goals().goals(QStringLiteral("2025-Q1"));
    QCOMPARE(goals.size(), 3);
    QCOMPARE(goals[0].title, QStringLiteral("Bring growth and product thinking into teams"));
    QCOMPARE(goals[0].ownerId, StarterData::pmId(QStringLiteral("raquel")));
    QCOMPARE(goals[1].title, QStringLiteral("Hire a new PM"));
    QCOMPARE(goals[1].ownerId, StarterData::pmId(QStringLiteral("annika")));
    QCOMPARE(goals[1].supporterIds, QStringList{StarterData::pmId(QStringLiteral("anna"))});
    QCOMPARE(goals[1].keyResults.size(), 3);
    QCOMPARE(goals[2].keyResults.size(), 4);
    QCOMPARE(goals[2].keyResults[1].text,
             QStringLiteral("Based on industry benchmarks, define what \"good\" looks like"));
    for (const Goal &goal : goals) {
        QCOMPARE(goal.kind, GoalKind::SideProject);
        QVERIFY(!goal.meta.sample);
        QVERIFY(workspace.session().coverage().pm(goal.ownerId));
    }
    QCOMPARE(goals[0].meta.id, GoalsStarter::goalId(QStringLiteral("2025-Q1-goal-1")));
}

void TestGoals::boardModelFollowsRepository()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    GoalBoardModel board(session.goals(), session.coverage(), &session.undoStack(),
                         session.today());
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GoalFilterProxy column(board);
    QAbstractItemModelTester columnTester(&column,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    column.setQuarter(QStringLiteral("2025-Q1"));
    column.setStatus(GoalStatus::NotStarted);
    QCOMPARE(board.rowCount(), 3);
    const QModelIndex hire = board.indexOf(GoalsStarter::goalId(QStringLiteral("2025-Q1-goal-2")));
    QCOMPARE(hire.data().toString(), QStringLiteral("Hire a new PM"));
    QCOMPARE(hire.data(GoalBoardModel::OwnerNameRole).toString(), QStringLiteral("Annika Schmid"));
    QCOMPARE(hire.data(GoalBoardModel::SupporterNamesRole).toStringList(),
             QStringList{QStringLiteral("Anna Szell")});
    QCOMPARE(hire.data(GoalBoardModel::KindRole).toInt(), int(GoalKind::SideProject));
    QCOMPARE(hire.data(GoalBoardModel::ProgressRole).toDouble(), 0.0);
    QVERIFY(!board.index(0).data(GoalBoardModel::ProgressRole).isValid()); // no key results

    Goal added = addGoal(session, draft(QStringLiteral("2025-Q1"), QStringLiteral("New")));
    QCOMPARE(board.rowCount(), 4);
    QCOMPARE(titles(column).last(), QStringLiteral("New"));
    // Moving to "done" takes it out of this column; undo brings it back in place.
    QVERIFY(board.move(added.meta.id, GoalStatus::Done, {}));
    QCOMPARE(column.rowCount(), 3);
    QCOMPARE(board.indexOf(added.meta.id).data(GoalBoardModel::StatusRole).toInt(),
             int(GoalStatus::Done));
    QCOMPARE(board.indexOf(added.meta.id).data(GoalBoardModel::ProgressRole).toDouble(), 1.0);
    session.undoStack().undo();
    QCOMPARE(column.rowCount(), 4);
    // Removing the goal removes its row.
    session.undoStack().push(
        new GoalCommand(session.goals(), GoalEdits::remove(*board.goal(added.meta.id))));
    QCOMPARE(board.rowCount(), 3);
    QVERIFY(!board.indexOf(added.meta.id).isValid());
    session.undoStack().undo();
    QCOMPARE(board.rowCount(), 4);
    // A renamed PM shows under the new name.
    Pm annika = *session.coverage().pm(StarterData::pmId(QStringLiteral("annika")));
    annika.name = QStringLiteral("Annika B");
    QVERIFY(!session.coverage().save(annika));
    QCOMPARE(board.indexOf(hire.data(GoalBoardModel::GoalIdRole).toString())
                 .data(GoalBoardModel::OwnerNameRole)
                 .toString(),
             QStringLiteral("Annika B"));
    // A metric lookup feeds metric-bound key results.
    board.setMetricLookup([](const QString &, const QString &, QDate) { return 1.0; });
    board.reload();
    QCOMPARE(board.rowCount(), 4);
}

void TestGoals::filtersByQuarterPmTeamKind()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    const QString anna = StarterData::pmId(QStringLiteral("anna"));
    const QString surveys = StarterData::teamId(QStringLiteral("surveys"));
    Goal research = draft(QStringLiteral("2025-Q2"), QStringLiteral("Research"), anna);
    research.kind = GoalKind::Research;
    research.teamId = surveys;
    addGoal(session, research);
    GoalBoardModel board(session.goals(), session.coverage(), &session.undoStack(),
                         session.today());
    GoalFilterProxy proxy(board);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setQuarter(QStringLiteral("2025-Q1"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setPmId(anna); // owner of goal 3, supporter of goal 2
    QCOMPARE(titles(proxy),
             (QStringList{QStringLiteral("Hire a new PM"),
                          QStringLiteral("Identify benchmarks for metrics we should care about to "
                                         "make them more actionable")}));
    proxy.setQuarter({});
    proxy.setKind(GoalKind::Research);
    QCOMPARE(titles(proxy), QStringList{QStringLiteral("Research")});
    proxy.setKind({});
    proxy.setPmId({});
    proxy.setTeamId(surveys);
    QCOMPARE(titles(proxy), QStringList{QStringLiteral("Research")});
    proxy.setFilters(QStringLiteral("2025-Q1"), {}, {}, std::nullopt);
    QCOMPARE(proxy.rowCount(), 3);
}

void TestGoals::dropOnColumnMovesAndUndoes()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    GoalBoardModel board(session.goals(), session.coverage(), &session.undoStack(),
                         session.today());
    GoalFilterProxy todo(board);
    todo.setQuarter(QStringLiteral("2025-Q1"));
    todo.setStatus(GoalStatus::NotStarted);
    GoalFilterProxy onTrack(board);
    onTrack.setQuarter(QStringLiteral("2025-Q1"));
    onTrack.setStatus(GoalStatus::OnTrack);
    QAbstractItemModelTester tester(&onTrack,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString third = todo.index(2, 0).data(GoalBoardModel::GoalIdRole).toString();
    // Reorder within the column: the third card before the first.
    std::unique_ptr<QMimeData> data(todo.mimeData({todo.index(2, 0)}));
    QVERIFY(todo.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(todo.index(0, 0).data(GoalBoardModel::GoalIdRole).toString(), third);
    // Across columns.
    data.reset(todo.mimeData({todo.index(1, 0)}));
    QVERIFY(onTrack.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(todo.rowCount(), 2);
    QCOMPARE(onTrack.rowCount(), 1);
    QCOMPARE(session.goals().goals(QStringLiteral("2025-Q1"))[0].meta.id, third);
    session.undoStack().undo();
    session.undoStack().undo();
    QCOMPARE(todo.rowCount(), 3);
    QCOMPARE(onTrack.rowCount(), 0);
    QCOMPARE(todo.index(2, 0).data(GoalBoardModel::GoalIdRole).toString(), third);
    // A column without a status takes no drops.
    GoalFilterProxy all(board);
    data.reset(todo.mimeData({todo.index(0, 0)}));
    QVERIFY(!all.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
}

void TestGoals::metricBoundKeyResultFollowsMetricsArea()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    MetricsEdit products;
    Product product;
    product.name = QStringLiteral("Surveys");
    products.products.append(product);
    QVERIFY(!session.metrics().apply(products));
    const QString productId = products.products.first().meta.id;
    Goal goal = draft(QStringLiteral("2026-Q4"), QStringLiteral("Activation up"));
    KeyResult result = keyResult(QStringLiteral("Activation from 20% to 40%"));
    result.metric = MetricBinding{productId, QStringLiteral("activation"), 20, 40};
    goal.keyResults = {result};
    const Goal saved = addGoal(session, goal);

    GoalBoardModel board(session.goals(), session.coverage(), &session.undoStack(),
                         session.today());
    QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
    board.setMetricLookup(GoalContext::metricLookup(session));
    // No data yet: nothing achieved.
    QCOMPARE(board.indexOf(saved.meta.id).data(GoalBoardModel::ProgressRole).toDouble(), 0.0);
    MetricPoint early{{}, productId, QStringLiteral("activation"), QDate(2026, 10, 1), 25};
    MetricPoint latest{{}, productId, QStringLiteral("activation"), QDate(2026, 11, 1), 35};
    MetricPoint future{{}, productId, QStringLiteral("activation"), QDate(2026, 12, 1), 40};
    QVERIFY(session.metrics().importPoints({early, latest, future}).ok());
    board.setMetricLookup(GoalContext::metricLookup(session));
    // Today is 2026-11-16: the latest value on or before it is 35, three quarters of the way.
    QCOMPARE(board.indexOf(saved.meta.id).data(GoalBoardModel::ProgressRole).toDouble(), 0.75);
}

void TestGoals::sampleHasSeveralQuartersMarkedSample()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Sample);
    const QList<Goal> goals = workspace.session().goals().goals();
    const QStringList quarters = workspace.session().goals().quarters();
    QVERIFY(quarters.size() >= 5);
    QVERIFY(quarters.contains(QStringLiteral("2026-Q4")));
    int sample = 0;
    int carried = 0;
    int metricBound = 0;
    for (const Goal &goal : goals) {
        QCOMPARE(goal.meta.sample, goal.quarter != QLatin1String("2025-Q1"));
        sample += goal.meta.sample ? 1 : 0;
        carried += goal.carriedFrom.isEmpty() ? 0 : 1;
        QVERIFY(!goal.title.contains(QLatin1String("the the")));
        QStringList texts; // a goal names each step once
        for (const KeyResult &result : goal.keyResults) {
            QCOMPARE(result.meta.sample, goal.meta.sample);
            metricBound += result.metric ? 1 : 0;
            QVERIFY2(!texts.contains(result.text),
                     qPrintable(goal.title + QStringLiteral(": ") + result.text));
            texts << result.text;
        }
    }
    QVERIFY(sample > 20);
    QVERIFY(carried > 0);
    QVERIFY(metricBound > 0);
}

QTEST_MAIN(TestGoals)
#include "tst_goals.moc"
