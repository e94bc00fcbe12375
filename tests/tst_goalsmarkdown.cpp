// Goals as Markdown: export, import, the lossless round trip and a corpus of bad files.
#include "commands/goalcommand.h"
#include "coverage/coveragerepository.h"
#include "formats/goalsmarkdown.h"
#include "goals/goalcontext.h"
#include "goals/goalrepository.h"
#include "metrics/metricsrepository.h"
#include "sample/starterdata.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

QString dataDir()
{
    return qEnvironmentVariable("CADENCE_TEST_DATA") + QStringLiteral("/markdown");
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString productId(WorkspaceSession &session, const QString &name)
{
    MetricsEdit edit;
    Product product;
    product.name = name;
    edit.products.append(product);
    if (Outcome problem = session.metrics().apply(edit))
        qFatal("%s", qPrintable(problem->text()));
    return edit.products.first().meta.id;
}

// A quarter with every field in use, including a metric-bound key result.
QList<Goal> richQuarter(WorkspaceSession &session)
{
    const QString analytics = productId(session, QStringLiteral("Product analytics"));
    Goal research;
    research.quarter = QStringLiteral("2026-Q4");
    research.title = QStringLiteral("Find out why trials stall -> a research goal");
    research.kind = GoalKind::Research;
    research.ownerId = StarterData::pmId(QStringLiteral("anna"));
    research.supporterIds = {StarterData::pmId(QStringLiteral("annika")),
                             StarterData::pmId(QStringLiteral("raquel"))};
    research.teamId = StarterData::teamId(QStringLiteral("surveys"));
    research.status = GoalStatus::AtRisk;
    // Spaces at line ends and a line of spaces, which no Markdown file keeps.
    research.description =
        QStringLiteral("First paragraph.  \n   \n  - an indented list\t\nLast line.");
    research.findingsUrl = QStringLiteral("https://github.com/PostHog/posthog.com/pull/10000");
    KeyResult interviews;
    interviews.text = QStringLiteral("Ten interviews [done by Friday]");
    interviews.done = true;
    KeyResult activation;
    activation.text = QStringLiteral("Activation from 0.3 to 0.45");
    activation.metric = MetricBinding{analytics, QStringLiteral("activation"), 0.3, 0.45};
    KeyResult churn;
    churn.text = QStringLiteral("Churn down");
    churn.metric = MetricBinding{analytics, QStringLiteral("churn"), 12.5, 8};
    research.keyResults = {interviews, activation, churn};

    Goal side;
    side.quarter = research.quarter;
    side.title = QStringLiteral("Untitled owner -> arrows");
    side.kind = GoalKind::SideProject;
    side.status = GoalStatus::Done;

    Goal own;
    own.quarter = research.quarter;
    own.title = QStringLiteral("Ship the onboarding survey");
    own.ownerId = StarterData::pmId(QStringLiteral("cory"));
    own.status = GoalStatus::Dropped;

    // Two goals of one owner with one title, told apart only by their team and status.
    Goal unknownA;
    unknownA.quarter = research.quarter;
    unknownA.title = QStringLiteral("Answer the team's biggest unknown");
    unknownA.kind = GoalKind::Research;
    unknownA.ownerId = StarterData::pmId(QStringLiteral("abe"));
    unknownA.teamId = StarterData::teamId(QStringLiteral("surveys"));
    unknownA.status = GoalStatus::OnTrack;
    Goal unknownB = unknownA;
    unknownB.teamId = StarterData::teamId(QStringLiteral("data-warehouse"));
    unknownB.status = GoalStatus::NotStarted;
    return {research, side, own, unknownA, unknownB};
}

void addAll(WorkspaceSession &session, const QList<Goal> &goals)
{
    for (const Goal &goal : goals)
        session.undoStack().push(new GoalCommand(
            session.goals(), GoalEdits::add(goal, session.goals().goals(goal.quarter))));
}

// A goal without what only its workspace knows (ids, stamps, rank), for comparing copies.
Goal content(Goal goal)
{
    goal.meta = {};
    goal.rank = 0;
    for (KeyResult &result : goal.keyResults)
        result.meta = {};
    return goal;
}

} // namespace

class TestGoalsMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void writesTheHandbookShape();
    void roundTripIsLossless();
    void importUpdatesInPlaceAndKeepsOthers();
    void readsTheHandbookPage();
    void quarterFromHeadingsOrGiven();
    void firstNamesResolveOrListTheCandidates();
    void manyGoalsReadInOnePass();
    void badFilesGiveLineNumberedProblems_data();
    void badFilesGiveLineNumberedProblems();
};

void TestGoalsMarkdown::writesTheHandbookShape()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    const QString text = GoalsMarkdown::write(
        QStringLiteral("2025-Q1"), GoalContext::quarterGoals(session, QStringLiteral("2025-Q1")),
        GoalContext::markdownNames(session));
    QVERIFY(text.startsWith(QStringLiteral("# Goals 2025-Q1\n\n"
                                           "Goal 1: Bring growth and product thinking into teams "
                                           "-> Raquel\n- Kind: side project\n")));
    QVERIFY(text.contains(QStringLiteral("Goal 2: Hire a new PM -> Annika Schmid\n"
                                         "- Kind: side project\n- Status: not started\n"
                                         "- Support: Anna Szell\n- Key results:\n"
                                         "  - [ ] Update the superday task to make it more data "
                                         "analysis heavy\n")));
    QVERIFY(text.endsWith(QStringLiteral("  - [ ] Update Product Metrics with agreed-upon "
                                         "definitions\n")));
    // One PM: the goals they own or support.
    const QString anna =
        GoalsMarkdown::write(QStringLiteral("2025-Q1"),
                             GoalContext::quarterGoals(session, QStringLiteral("2025-Q1"),
                                                       StarterData::pmId(QStringLiteral("anna"))),
                             GoalContext::markdownNames(session));
    QVERIFY(anna.contains(QStringLiteral("Goal 1: Hire a new PM")));
    QVERIFY(anna.contains(QStringLiteral("Goal 2: Identify benchmarks")));
    QVERIFY(!anna.contains(QStringLiteral("Raquel")));
    // An empty quarter is just its heading.
    QCOMPARE(GoalsMarkdown::write(QStringLiteral("2030-Q2"), {}, {}),
             QStringLiteral("# Goals 2030-Q2\n"));
}

void TestGoalsMarkdown::roundTripIsLossless()
{
    TestWorkspace from(WorkspaceFactory::Content::Starter);
    const QList<Goal> goals = richQuarter(from.session());
    addAll(from.session(), goals);
    const QString quarter = QStringLiteral("2026-Q4");
    const QList<Goal> exported = GoalContext::quarterGoals(from.session(), quarter);
    const QString text =
        GoalsMarkdown::write(quarter, exported, GoalContext::markdownNames(from.session()));
    QVERIFY2(text.contains(QStringLiteral("(metric: Product analytics / activation, baseline "
                                          "0.3, target 0.45)")),
             qPrintable(text));

    // Into another workspace that knows the same PMs, teams and product.
    TestWorkspace to(WorkspaceFactory::Content::Starter);
    MetricsEdit products;
    products.products = from.session().metrics().products();
    QVERIFY(!to.session().metrics().apply(products));
    const GoalsMarkdown::Reading read =
        GoalsMarkdown::read(text, GoalContext::markdownResolver(to.session()));
    QVERIFY2(read.ok(), qPrintable(read.problems.lines().join(u'\n')));
    // Exported and read back into the same workspace: nothing to change, even for the goals
    // that share a title and an owner.
    const GoalsMarkdown::Reading home =
        GoalsMarkdown::read(text, GoalContext::markdownResolver(from.session()));
    QVERIFY2(home.ok(), qPrintable(home.problems.lines().join(u'\n')));
    QVERIFY(
        GoalsMarkdown::importChange(home.goals, from.session().goals().goals()).change.isEmpty());

    GoalChange change =
        GoalsMarkdown::importChange(read.goals, to.session().goals().goals()).change;
    QCOMPARE(change.after.size(), 5);
    QVERIFY(!to.session().goals().apply(change.after));
    const QList<Goal> imported = GoalContext::quarterGoals(to.session(), quarter);
    QCOMPARE(imported.size(), exported.size());
    for (qsizetype i = 0; i < imported.size(); ++i)
        QCOMPARE(content(imported[i]), content(exported[i]));
    // And out again: the same text.
    QCOMPARE(GoalsMarkdown::write(quarter, imported, GoalContext::markdownNames(to.session())),
             text);
    // Importing the same file again changes nothing.
    const GoalsMarkdown::Reading again =
        GoalsMarkdown::read(text, GoalContext::markdownResolver(to.session()));
    QVERIFY(
        GoalsMarkdown::importChange(again.goals, to.session().goals().goals()).change.isEmpty());
}

void TestGoalsMarkdown::importUpdatesInPlaceAndKeepsOthers()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    const QList<Goal> before = session.goals().goals(QStringLiteral("2025-Q1"));
    const QString text = QStringLiteral("# Goals 2025-Q1\n\n"
                                        "Goal 1: Hire a new PM -> Annika\n"
                                        "- Status: done\n"
                                        "- Kind: side project\n"
                                        "- Support: Anna\n"
                                        "- Key results:\n"
                                        "  - [x] Hire a third PM\n"
                                        "  - [ ] Write the onboarding plan\n\n"
                                        "Goal 2: Something new -> Cory\n");
    const GoalsMarkdown::Reading read =
        GoalsMarkdown::read(text, GoalContext::markdownResolver(session));
    QVERIFY(read.ok());
    const GoalsMarkdown::Import import =
        GoalsMarkdown::importChange(read.goals, session.goals().goals());
    QCOMPARE(import.counts.added, 1);
    QCOMPARE(import.counts.updated, 1);
    QCOMPARE(import.actions, (QList<ImportAction>{ImportAction::Update, ImportAction::Add}));
    GoalChange change = import.change;
    QCOMPARE(change.after.size(), 2);
    session.undoStack().push(new GoalCommand(session.goals(), change));
    const QList<Goal> after = session.goals().goals(QStringLiteral("2025-Q1"));
    QCOMPARE(after.size(), 4); // the goals the file leaves out are kept
    const Goal hire = *session.goals().goal(before[1].meta.id);
    QCOMPARE(hire.status, GoalStatus::Done);
    QCOMPARE(hire.keyResults.size(), 2);
    QCOMPARE(hire.keyResults[0].meta.id, before[1].keyResults[1].meta.id); // same text, same id
    QVERIFY(hire.keyResults[0].done);
    QCOMPARE(after.last().title, QStringLiteral("Something new"));
    QVERIFY(after.last().rank > before.last().rank);
    session.undoStack().undo();
    const QList<Goal> undone = session.goals().goals(QStringLiteral("2025-Q1"));
    QCOMPARE(undone.size(), before.size());
    for (qsizetype i = 0; i < undone.size(); ++i) {
        QCOMPARE(undone[i].meta.id, before[i].meta.id);
        QCOMPARE(content(undone[i]), content(before[i]));
    }
}

void TestGoalsMarkdown::readsTheHandbookPage()
{
    // The handbook's two pages as they are: the Q1 2025 list introduced by "In Q1 2025, those
    // are:" among the page's other text, owners by first name; the Q4 2025 page, which has no
    // goals, reads as none. Together they are the starter workspace's goals.
    const QString folder =
        qEnvironmentVariable("CADENCE_SOURCE_DIR") + QStringLiteral("/../shared/handbook/");
    if (!QFile::exists(folder + QStringLiteral("000_f8b0d0c711475495.txt")))
        QSKIP("the handbook pages are not beside the source tree");
    TestWorkspace starter(WorkspaceFactory::Content::Starter);
    TestWorkspace workspace(WorkspaceFactory::Content::Empty);
    QVERIFY(!StarterData::writeCoverage(workspace.session()));
    for (const QString &page :
         {QStringLiteral("000_f8b0d0c711475495.txt"), QStringLiteral("001_556e56d4590e7793.txt")}) {
        const GoalsMarkdown::Reading read = GoalsMarkdown::read(
            readText(folder + page), GoalContext::markdownResolver(workspace.session()));
        QVERIFY2(read.ok(), qPrintable(read.problems.lines().join(u'\n')));
        QVERIFY(!read.undated);
        GoalChange change =
            GoalsMarkdown::importChange(read.goals, workspace.session().goals().goals()).change;
        if (!change.isEmpty())
            QVERIFY(!workspace.session().goals().apply(change.after));
    }
    const QList<Goal> imported = workspace.session().goals().goals();
    const QList<Goal> expected = starter.session().goals().goals();
    QCOMPARE(imported.size(), 3);
    QCOMPARE(imported.size(), expected.size());
    for (qsizetype i = 0; i < imported.size(); ++i)
        QCOMPARE(content(imported[i]), content(expected[i]));

    // Into the starter workspace itself: it has them already.
    const GoalsMarkdown::Reading again =
        GoalsMarkdown::read(readText(folder + QStringLiteral("000_f8b0d0c711475495.txt")),
                            GoalContext::markdownResolver(starter.session()));
    const GoalsMarkdown::Import import =
        GoalsMarkdown::importChange(again.goals, starter.session().goals().goals());
    QVERIFY(import.change.isEmpty());
    QCOMPARE(import.counts.unchanged, 3);
}

void TestGoalsMarkdown::quarterFromHeadingsOrGiven()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    const GoalsMarkdown::Resolver resolver = GoalContext::markdownResolver(workspace.session());
    // A heading "Q2 2026" or "2026-Q3" names the quarter of the goals under it; other
    // headings and paragraphs around the goals are skipped.
    const QString text = QStringLiteral("# Our plans\n\nSome words first.\n\n## Q2 2026\n\n"
                                        "Goal 1: One -> Anna\n- Status: on track\n\n"
                                        "A closing paragraph.\n\n### 2026-Q3\n\n"
                                        "Goal 1: Two -> Cory\n\n## Notes\n\nGoal 2: Three -> "
                                        "Abe\n");
    const GoalsMarkdown::Reading read = GoalsMarkdown::read(text, resolver);
    QVERIFY2(read.ok(), qPrintable(read.problems.lines().join(u'\n')));
    QCOMPARE(read.goals.size(), 3);
    QCOMPARE(read.goals[0].quarter, QStringLiteral("2026-Q2"));
    QCOMPARE(read.goals[0].status, GoalStatus::OnTrack);
    QCOMPARE(read.goals[1].quarter, QStringLiteral("2026-Q3"));
    QCOMPARE(read.goals[2].quarter, QStringLiteral("2026-Q3"));

    // No quarter anywhere: only with one given.
    const QString undated = QStringLiteral("Goal 1: Hire -> Annika\nGoal 2: Grow -> Anna\n");
    const GoalsMarkdown::Reading refused = GoalsMarkdown::read(undated, resolver);
    QVERIFY(!refused.ok());
    QVERIFY(refused.undated);
    QCOMPARE(refused.problems.lines(),
             QStringList{QStringLiteral("lines 1\u20132: a goal with no quarter: write a line "
                                        "such as \"# Goals 2025-Q1\" above it, or give its "
                                        "quarter (--quarter YYYY-Qn)")});
    const GoalsMarkdown::Reading given =
        GoalsMarkdown::read(undated, resolver, QStringLiteral("2026-Q1"));
    QVERIFY(given.ok());
    QVERIFY(given.undated);
    QCOMPARE(given.goals.size(), 2);
    QCOMPARE(given.goals[1].quarter, QStringLiteral("2026-Q1"));
}

void TestGoalsMarkdown::firstNamesResolveOrListTheCandidates()
{
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    CoverageEdit edit;
    Pm other;
    other.name = QStringLiteral("Anna Berg");
    other.joinedOn = QDate(2026, 1, 1);
    edit.pms.append(other);
    QVERIFY(!workspace.session().coverage().apply(edit));
    const GoalsMarkdown::Reading read = GoalsMarkdown::read(
        QStringLiteral("# Goals 2026-Q1\n\nGoal 1: Hire -> Annika, with support from Anna\n"
                       "Goal 2: Grow -> Zoe\n"),
        GoalContext::markdownResolver(workspace.session()));
    QCOMPARE(read.problems.lines(),
             (QStringList{QStringLiteral("line 3: \"Anna\" could be Anna Berg and Anna Szell: "
                                         "write the full name"),
                          QStringLiteral("line 4: no PM is named \"Zoe\" (PMs: Abe Basu, Anna "
                                         "Berg, Anna Szell, Annika Schmid, Cory Slater and "
                                         "Raquel)")}));
}

void TestGoalsMarkdown::manyGoalsReadInOnePass()
{
    // 40,000 goals: the names resolved once and each goal matched by a look-up (this took
    // 24 s when every goal walked every stored one and every name read the PMs again).
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    QString text = QStringLiteral("# Goals 2026-Q1\n\n");
    for (int i = 1; i <= 40000; ++i)
        text += QStringLiteral("Goal %1: Goal number %1 -> Anna\n- Status: on track\n- Key "
                               "results:\n  - [ ] First\n\n")
                    .arg(i);
    const GoalsMarkdown::Reading read =
        GoalsMarkdown::read(text, GoalContext::markdownResolver(workspace.session()));
    QVERIFY(read.ok());
    QCOMPARE(read.goals.size(), 40000);
    const GoalsMarkdown::Import import =
        GoalsMarkdown::importChange(read.goals, workspace.session().goals().goals());
    QCOMPARE(import.counts.added, 40000);
}

void TestGoalsMarkdown::badFilesGiveLineNumberedProblems_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files =
        QDir(dataDir()).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << file.chopped(3);
}

void TestGoalsMarkdown::badFilesGiveLineNumberedProblems()
{
    QFETCH(QString, name);
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    productId(workspace.session(), QStringLiteral("Surveys"));
    const QString path = dataDir() + QLatin1Char('/') + name + QStringLiteral(".md");
    const GoalsMarkdown::Reading read =
        GoalsMarkdown::read(readText(path), GoalContext::markdownResolver(workspace.session()));
    QVERIFY(!read.ok());
    QVERIFY(read.goals.isEmpty());
    QCOMPARE(read.problems.lines().join(u'\n') + QLatin1Char('\n'),
             readText(dataDir() + QLatin1Char('/') + name + QStringLiteral(".err")));
    QCOMPARE(read.problem(path).file, path);
}

QTEST_MAIN(TestGoalsMarkdown)
#include "tst_goalsmarkdown.moc"
