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
    const Result<QList<Goal>> read = GoalsMarkdown::read(
        text, QStringLiteral("goals.md"), GoalContext::markdownResolver(to.session()));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.problem().text()));
    // Exported and read back into the same workspace: nothing to change, even for the goals
    // that share a title and an owner.
    const Result<QList<Goal>> home = GoalsMarkdown::read(
        text, QStringLiteral("goals.md"), GoalContext::markdownResolver(from.session()));
    QVERIFY2(home.ok(), qPrintable(home.ok() ? QString() : home.problem().text()));
    QVERIFY(GoalsMarkdown::importChange(home.value(), from.session().goals().goals()).isEmpty());

    GoalChange change = GoalsMarkdown::importChange(read.value(), to.session().goals().goals());
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
    const Result<QList<Goal>> again = GoalsMarkdown::read(
        text, QStringLiteral("goals.md"), GoalContext::markdownResolver(to.session()));
    QVERIFY(GoalsMarkdown::importChange(again.value(), to.session().goals().goals()).isEmpty());
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
    const Result<QList<Goal>> read =
        GoalsMarkdown::read(text, QStringLiteral("q1.md"), GoalContext::markdownResolver(session));
    QVERIFY(read.ok());
    GoalChange change = GoalsMarkdown::importChange(read.value(), session.goals().goals());
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
    // The handbook's own text, with the quarter heading it lacks.
    const QString page = readText(qEnvironmentVariable("CADENCE_SOURCE_DIR") +
                                  QStringLiteral("/../shared/handbook/000_f8b0d0c711475495.txt"));
    const qsizetype start = page.indexOf(QStringLiteral("Goal 1:"));
    if (start < 0)
        QSKIP("the handbook page is not beside the source tree");
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    const QString text = QStringLiteral("# Goals 2025-Q1\n\n") + page.mid(start);
    const Result<QList<Goal>> read = GoalsMarkdown::read(
        text, QStringLiteral("handbook"), GoalContext::markdownResolver(workspace.session()));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.problem().text()));
    QCOMPARE(read.value().size(), 3);
    const Goal hire = read.value()[1];
    QCOMPARE(hire.ownerId, StarterData::pmId(QStringLiteral("annika")));
    QCOMPARE(hire.supporterIds, QStringList{StarterData::pmId(QStringLiteral("anna"))});
    QCOMPARE(hire.keyResults.size(), 3);
    // It is what the starter workspace holds: importing it changes nothing but the kind,
    // which the page does not say.
    GoalChange change =
        GoalsMarkdown::importChange(read.value(), workspace.session().goals().goals());
    for (const Goal &goal : change.after)
        QCOMPARE(goal.kind, GoalKind::PmGoal);
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
    const Result<QList<Goal>> read = GoalsMarkdown::read(
        readText(path), path, GoalContext::markdownResolver(workspace.session()));
    QVERIFY(!read.ok());
    QCOMPARE(read.problem().file, path);
    QCOMPARE(read.problem().what + QLatin1Char('\n'),
             readText(dataDir() + QLatin1Char('/') + name + QStringLiteral(".err")));
}

QTEST_MAIN(TestGoalsMarkdown)
#include "tst_goalsmarkdown.moc"
