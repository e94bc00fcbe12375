// The week plan's rules on fixed data with a fake clock: the agenda and its free stretches
// (across a year end and a DST change), the interview habit, growth reviews and what moved,
// goals that need the PM, hiring, the team-wide picture, and the checklist's states (done,
// snoozed, dismissed, added items) with their undo; the Markdown export and the model.
#include "commands/weekactioncommand.h"
#include "core/ids.h"
#include "core/zonedays.h"
#include "coverage/coveragerepository.h"
#include "formats/weekmarkdown.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "metrics/metricsrepository.h"
#include "testworkspace.h"
#include "week/weekactionedits.h"
#include "week/weekactionmodel.h"
#include "week/weekactionrepository.h"
#include "week/weekplan.h"
#include "week/weeksource.h"
#include "week/weektext.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

namespace {

const QTimeZone berlin("Europe/Berlin");

// A small team in a workspace of its own, with the clock standing at `now`.
class Fixture
{
public:
    explicit Fixture(const QDateTime &now)
        : m_workspace(WorkspaceFactory::Content::Empty, now)
    {}

    WorkspaceSession &session() { return m_workspace.session(); }
    FixedClock &clock() { return m_workspace.clock(); }

    QString pm(const QString &name, QDate joined = QDate(2024, 1, 1))
    {
        CoverageEdit edit;
        Pm pm;
        pm.meta.id = Ids::fromKey(QStringLiteral("test-pm"), name);
        pm.name = name;
        pm.joinedOn = joined;
        edit.pms << pm;
        apply(edit);
        return pm.meta.id;
    }
    QString team(const QString &name)
    {
        CoverageEdit edit;
        Team team;
        team.meta.id = Ids::fromKey(QStringLiteral("test-team"), name);
        team.name = name;
        team.createdOn = QDate(2024, 1, 1);
        edit.teams << team;
        apply(edit);
        return team.meta.id;
    }
    void assign(const QString &teamId, const QString &pmId, QDate from = QDate(2024, 1, 1))
    {
        CoverageEdit edit;
        Assignment assignment;
        assignment.teamId = teamId;
        assignment.pmId = pmId;
        assignment.startOn = from;
        edit.assignments << assignment;
        apply(edit);
    }
    QString interview(const QString &pmId, const QString &teamId, const QDateTime &start,
                      InterviewStatus status = InterviewStatus::Done,
                      InterviewKind kind = InterviewKind::User, const QString &zone = {})
    {
        Interview interview;
        interview.meta.id = Ids::random();
        interview.pmId = pmId;
        interview.teamId = teamId;
        interview.kind = kind;
        interview.interviewee = QStringLiteral("Dana");
        interview.start = start.toUTC();
        interview.minutes = 30;
        interview.timeZone = zone.isEmpty() ? QStringLiteral("UTC") : zone;
        interview.status = status;
        save(interview);
        return interview.meta.id;
    }
    QString product(const QString &name, const QString &teamId, bool fit,
                    QDate since = QDate(2025, 1, 1))
    {
        MetricsEdit edit;
        Product product;
        product.meta.id = MetricIds::product(name);
        product.name = name;
        product.teamId = teamId;
        product.productMarketFit = fit;
        product.pmfSince = fit ? since : QDate();
        edit.products << product;
        if (session().metrics().apply(edit))
            qFatal("cannot save a product");
        return product.meta.id;
    }
    void review(const QString &productId, QDate month, QDate doneOn)
    {
        MetricsEdit edit;
        GrowthReview review;
        review.meta.id = MetricIds::review(productId, month);
        review.productId = productId;
        review.month = month;
        review.doneOn = doneOn;
        edit.reviews << review;
        if (session().metrics().apply(edit))
            qFatal("cannot save a review");
    }
    QString goal(Goal goal)
    {
        if (goal.meta.id.isEmpty())
            goal.meta.id = Ids::random();
        QList<Goal> goals{goal};
        if (session().goals().apply(goals))
            qFatal("cannot save a goal");
        return goal.meta.id;
    }
    void act(const WeekActionChange &change)
    {
        QVERIFY(!change.isEmpty());
        session().undoStack().push(new WeekActionCommand(session().weekActions(), change));
    }

    WeekRequest request(const QString &pmId, QDate day = {}, Qt::DayOfWeek first = Qt::Monday)
    {
        WeekRequest request;
        request.pmId = pmId;
        request.now = clock().now();
        request.day = day.isValid() ? day : request.today();
        request.firstDay = first;
        request.zone = QTimeZone::utc();
        return request;
    }
    WeekPlan plan(const QString &pmId, QDate day = {}, Qt::DayOfWeek first = Qt::Monday)
    {
        return plan(request(pmId, day, first));
    }
    WeekPlan plan(const WeekRequest &request) { return WeekPlanner::plan(m_source, request); }

private:
    void apply(CoverageEdit &edit)
    {
        if (session().coverage().apply(edit))
            qFatal("cannot save coverage");
    }
    void save(Interview &interview)
    {
        if (session().interviews().save(interview))
            qFatal("cannot save an interview");
    }

    TestWorkspace m_workspace;
    WeekSource m_source{m_workspace.session()};
};

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QStringList texts(const WeekPlan &plan, std::optional<ActionState> state = {})
{
    QStringList list;
    for (const SuggestedAction &action : plan.actions)
        if (!state || action.state == *state)
            list << action.text();
    return list;
}

const SuggestedAction *find(const WeekPlan &plan, const QString &text)
{
    for (const SuggestedAction &action : plan.actions)
        if (action.text() == text)
            return &action;
    return nullptr;
}

Goal goalDraft(const QString &quarter, const QString &title, const QString &owner,
               GoalStatus status = GoalStatus::OnTrack, GoalKind kind = GoalKind::PmGoal)
{
    Goal goal;
    goal.quarter = quarter;
    goal.title = title;
    goal.ownerId = owner;
    goal.status = status;
    goal.kind = kind;
    return goal;
}

} // namespace

class TestWeek : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void periodsAreTheSameWhicheverDayWeeksStartOn()
    {
        QCOMPARE(WeekPeriods::week(QDate(2026, 11, 16)), QStringLiteral("2026-W47"));
        QCOMPARE(WeekPeriods::week(QDate(2026, 11, 15)), QStringLiteral("2026-W47")); // Sunday
        QCOMPARE(WeekPeriods::week(QDate(2026, 11, 14)), QStringLiteral("2026-W47")); // Saturday
        QCOMPARE(WeekPeriods::week(QDate(2026, 12, 28)), QStringLiteral("2026-W53"));
        QCOMPARE(WeekPeriods::week(QDate(2027, 1, 4)), QStringLiteral("2027-W01"));
        // A suggestion's id is what it is about, not where it was made.
        QCOMPARE(WeekActionIds::suggestion(QStringLiteral("p"), WeekRule::GoalAtRisk,
                                           QStringLiteral("g"), QStringLiteral("2026-W47")),
                 WeekActionIds::suggestion(QStringLiteral("p"), WeekRule::GoalAtRisk,
                                           QStringLiteral("g"), QStringLiteral("2026-W47")));
        QVERIFY(WeekActionIds::suggestion(QStringLiteral("p"), WeekRule::GoalAtRisk,
                                          QStringLiteral("g"), QStringLiteral("2026-W47")) !=
                WeekActionIds::suggestion(QStringLiteral("p"), WeekRule::GoalAtRisk,
                                          QStringLiteral("g"), QStringLiteral("2026-W48")));
    }

    void weekAcrossTheYearEnd()
    {
        // Wednesday 30 December 2026: the week runs into 2027, and into a new quarter.
        Fixture team(utc(2026, 12, 30, 10));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.assign(flags, anna);
        const QString product = team.product(QStringLiteral("Flags"), flags, true);
        for (QDate month(2025, 1, 1); month <= QDate(2026, 12, 1); month = month.addMonths(1))
            team.review(product, month, month.addDays(2));
        team.interview(anna, flags, utc(2026, 12, 29, 10));
        team.interview(anna, flags, utc(2027, 1, 2, 11), InterviewStatus::Planned);
        team.goal(goalDraft(QStringLiteral("2026-Q4"), QStringLiteral("Why do trials stall?"), anna,
                            GoalStatus::OnTrack, GoalKind::Research));
        team.goal(goalDraft(QStringLiteral("2027-Q1"), QStringLiteral("Next year's goal"), anna,
                            GoalStatus::AtRisk));

        const WeekPlan plan = team.plan(anna);
        QCOMPARE(plan.start, QDate(2026, 12, 28));
        QCOMPARE(plan.end(), QDate(2027, 1, 3));
        QCOMPARE(plan.period, QStringLiteral("2026-W53"));
        QCOMPARE(plan.days.size(), 7);
        QCOMPARE(plan.days.last().day, QDate(2027, 1, 3));
        // Both interviews are this week's, on either side of New Year.
        QCOMPARE(plan.habit.done, 1);
        QCOMPARE(plan.habit.planned, 1);
        QCOMPARE(plan.days[5].day, QDate(2027, 1, 2));
        QCOMPARE(plan.days[5].entries.size(), 1);
        // January's review falls due on Friday 1 January, in this week.
        QCOMPARE(plan.reviews.size(), 1);
        QCOMPARE(plan.reviews[0].review.month, QDate(2027, 1, 1));
        QCOMPARE(plan.reviews[0].review.dueOn, QDate(2027, 1, 1));
        QVERIFY(texts(plan).contains(QStringLiteral("Run the January growth review for Flags")));
        // Today is in Q4: its research goal has no findings in the quarter's last month; Q1's
        // goals are next week's business.
        QCOMPARE(plan.quarter.key(), QStringLiteral("2026-Q4"));
        QCOMPARE(plan.goals.size(), 1);
        QVERIFY(plan.goals[0].missingFindings);
        QVERIFY(
            texts(plan).contains(QStringLiteral("Share the findings of “Why do trials stall?”")));
        // A week from Sunday is the same period, and holds the same interviews.
        const WeekPlan sunday = team.plan(anna, {}, Qt::Sunday);
        QCOMPARE(sunday.start, QDate(2026, 12, 27));
        QCOMPARE(sunday.period, plan.period);
        QCOMPARE(sunday.habit.done + sunday.habit.planned, 2);
        // The next week reads the new quarter.
        const WeekPlan next = team.plan(anna, QDate(2027, 1, 4));
        QCOMPARE(next.period, QStringLiteral("2027-W01"));
        QCOMPARE(next.quarter.key(), QStringLiteral("2027-Q1"));
        QCOMPARE(next.goals.size(), 1);
        QVERIFY(next.goals[0].isAtRisk());
    }

    void weekAcrossADstChange()
    {
        // Berlin leaves summer time at 03:00 on Sunday 25 October 2026: the week is 169 hours.
        Fixture team(QDateTime(QDate(2026, 10, 19), QTime(8, 0), berlin));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString zone = QStringLiteral("Europe/Berlin");
        team.interview(anna, {}, QDateTime(QDate(2026, 10, 19), QTime(10, 0), berlin),
                       InterviewStatus::Planned, InterviewKind::User, zone);
        team.interview(anna, {}, QDateTime(QDate(2026, 10, 25), QTime(10, 0), berlin),
                       InterviewStatus::Planned, InterviewKind::User, zone);
        // 23:30 on Sunday, after the change: 22:30 UTC, still this week.
        team.interview(anna, {}, QDateTime(QDate(2026, 10, 25), QTime(23, 30), berlin),
                       InterviewStatus::Planned, InterviewKind::User, zone);
        // 00:30 on Monday: 23:30 UTC on Sunday, but next week's.
        team.interview(anna, {}, QDateTime(QDate(2026, 10, 26), QTime(0, 30), berlin),
                       InterviewStatus::Planned, InterviewKind::User, zone);

        const auto [from, to] = WeekPlanner::weekBounds(QDate(2026, 10, 19), berlin);
        QCOMPARE(from.secsTo(to), qint64(169 * 3600));

        WeekRequest request = team.request(anna);
        request.zone = berlin;
        const WeekPlan plan = team.plan(request);
        QCOMPARE(plan.start, QDate(2026, 10, 19));
        QCOMPARE(plan.habit.planned, 3);
        const AgendaDay &sunday = plan.days[6];
        QCOMPARE(sunday.day, QDate(2026, 10, 25));
        QCOMPARE(sunday.entries.size(), 2); // no free stretches on a day off
        QCOMPARE(sunday.entries[0].start.time(), QTime(10, 0));
        QCOMPARE(sunday.entries[1].start.time(), QTime(23, 30));
        // Monday: free from 09:00 to the interview at 10:00, then from 10:30 to 17:00.
        const AgendaDay &monday = plan.days[0];
        QCOMPARE(monday.entries.size(), 3);
        QVERIFY(monday.entries[0].isFree());
        QCOMPARE(monday.entries[0].start.time(), QTime(9, 0));
        QCOMPARE(monday.entries[0].end.time(), QTime(10, 0));
        QVERIFY(!monday.entries[1].isFree());
        QCOMPARE(monday.entries[2].start.time(), QTime(10, 30));
        QCOMPARE(monday.entries[2].end.time(), QTime(17, 0));
        // A whole working day is free; a stretch shorter than an hour is not offered.
        QCOMPARE(plan.days[1].entries.size(), 1);
        QCOMPARE(plan.days[1].entries[0].start.secsTo(plan.days[1].entries[0].end),
                 qint64(8 * 3600));
        const WeekPlan next = team.plan([&] {
            WeekRequest r = team.request(anna, QDate(2026, 10, 26));
            r.zone = berlin;
            return r;
        }());
        QCOMPARE(next.days[0].entries.first().interview.has_value(), true);
        QCOMPARE(next.days[0].entries.first().start.time(), QTime(0, 30));
    }

    void todaysFreeStretchesStartNow()
    {
        Fixture team(utc(2026, 11, 18, 13, 20)); // Wednesday afternoon
        const QString anna = team.pm(QStringLiteral("Anna"));
        const WeekPlan plan = team.plan(anna);
        QVERIFY(plan.days[0].entries.isEmpty()); // Monday is over
        QCOMPARE(plan.days[2].entries.size(), 1);
        QCOMPARE(plan.days[2].entries[0].start.time(), QTime(13, 20));
        // Everyone's week lists interviews, not anybody's free time.
        QVERIFY(team.plan(QString()).days[3].entries.isEmpty());
    }

    void habitTargetsTheTeamsLongestWithoutAnInterview()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        const QString replay = team.team(QStringLiteral("Session Replay"));
        const QString surveys = team.team(QStringLiteral("Surveys"));
        team.assign(flags, anna);
        team.assign(replay, anna);
        // Flags: two weeks ago; Replay: a year ago, long before the habit's weeks; Surveys is
        // not Anna's.
        team.interview(anna, flags, utc(2026, 11, 3, 10));
        team.interview(anna, replay, utc(2025, 11, 3, 10));
        team.interview(anna, surveys, utc(2026, 11, 10, 10));
        const WeekPlan plan = team.plan(anna);
        QCOMPARE(plan.habit.teams.size(), 2);
        QCOMPARE(plan.habit.teams[0].team.name, QStringLiteral("Session Replay"));
        QCOMPARE(plan.habit.teams[0].lastInterview, QDate(2025, 11, 3));
        QCOMPARE(plan.habit.teams[1].team.name, QStringLiteral("Feature Flags"));
        QCOMPARE(plan.habit.done, 0);
        QCOMPARE(plan.habit.streak, 2); // the two weeks before this one
        QVERIFY(texts(plan).contains(QStringLiteral("Book a user interview for Session Replay")));
        // A week to come adds no debt for the weeks before it, which are not over yet.
        const WeekPlan later = team.plan(anna, QDate(2026, 12, 7));
        QCOMPARE(later.habit.debt, plan.habit.debt);
        QCOMPARE(later.habit.streak, plan.habit.streak);
        QVERIFY(later.habit.active);
        // Booking one meets the target: the suggestion goes.
        team.interview(anna, replay, utc(2026, 11, 19, 10), InterviewStatus::Planned);
        QVERIFY(!texts(team.plan(anna)).join(u'|').contains(QLatin1String("Book a user")));
    }

    void aPmWithNoTeams()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString cory = team.pm(QStringLiteral("Cory"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.team(QStringLiteral("LLM Analytics"));
        team.assign(flags, cory);
        const QString product = team.product(QStringLiteral("Flags"), flags, true);
        Q_UNUSED(product)
        const WeekPlan plan = team.plan(anna);
        QVERIFY(!plan.habit.coversTeams);
        QVERIFY(plan.habit.teams.isEmpty());
        QVERIFY(plan.reviews.isEmpty()); // Flags is Cory's
        QCOMPARE(texts(plan), QStringList{QStringLiteral("Book a user interview")});
        // The team-wide picture is the same for every PM.
        QCOMPARE(plan.uncoveredTeams.size(), 1);
        QCOMPARE(plan.uncoveredTeams[0].team.name, QStringLiteral("LLM Analytics"));
        QCOMPARE(team.plan(cory).reviews.size(), 1);
    }

    void aProductWithoutFitHasNoReviews()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.assign(flags, anna);
        team.product(QStringLiteral("Error Tracking"), flags, false);
        QVERIFY(team.plan(anna).reviews.isEmpty());
        QVERIFY(team.plan(QString()).reviews.isEmpty());
        const QString fit = team.product(QStringLiteral("Flags"), flags, true, QDate(2026, 10, 1));
        const WeekPlan plan = team.plan(anna);
        // October's review is overdue, November's due since Monday 2 November: one item.
        QCOMPARE(plan.reviews.size(), 1);
        QCOMPARE(plan.reviews[0].review.product.meta.id, fit);
        QCOMPARE(plan.reviews[0].review.month, QDate(2026, 11, 1));
        QCOMPARE(plan.reviews[0].review.status, ReviewStatus::Overdue);
        QCOMPARE(plan.reviews[0].earlierOpen, 1);
    }

    void aReviewDoneEarlyIsNotDue()
    {
        // The week of Monday 30 November; December's review is due on Tuesday 1 December.
        Fixture team(utc(2026, 11, 30, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.assign(flags, anna);
        const QString product =
            team.product(QStringLiteral("Flags"), flags, true, QDate(2026, 11, 1));
        team.review(product, QDate(2026, 11, 1), QDate(2026, 11, 2));
        QCOMPARE(team.plan(anna).reviews.size(), 1);                   // December's, due this week
        team.review(product, QDate(2026, 12, 1), QDate(2026, 11, 27)); // done early
        const WeekPlan plan = team.plan(anna);
        QVERIFY(plan.reviews.isEmpty());
        QVERIFY(!texts(plan).join(u'|').contains(QLatin1String("growth review")));
        // Done during the week: listed as done, nothing to do.
        team.review(product, QDate(2026, 12, 1), QDate(2026, 12, 1));
        const WeekPlan after = team.plan(anna);
        QCOMPARE(after.reviews.size(), 1);
        QCOMPARE(after.reviews[0].review.status, ReviewStatus::Done);
        QVERIFY(!texts(after).join(u'|').contains(QLatin1String("growth review")));
    }

    void metricsThatMovedOutOfTheirBand()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.assign(flags, anna);
        const QString product =
            team.product(QStringLiteral("Flags"), flags, true, QDate(2026, 9, 1));
        MetricsEdit catalogue;
        MetricDefinition activation;
        activation.key = QStringLiteral("activation");
        activation.meta.id = MetricIds::definition(activation.key);
        activation.name = QStringLiteral("Activation rate");
        activation.unit = MetricUnit::Percent;
        activation.smoothingMonths = 0;
        activation.bands = BenchmarkBands{15, 30, 45, QStringLiteral("test"), QDate(2026, 1, 1)};
        MetricDefinition churn = activation;
        churn.key = QStringLiteral("churn");
        churn.meta.id = MetricIds::definition(churn.key);
        churn.name = QStringLiteral("Churn rate");
        churn.goodDirection = GoodDirection::Down;
        churn.bands = BenchmarkBands{8, 4, 2, QStringLiteral("test"), QDate(2026, 1, 1)};
        catalogue.definitions << activation << churn;
        QVERIFY(!team.session().metrics().apply(catalogue));
        QList<MetricPoint> points;
        for (QDate day(2026, 8, 1); day < QDate(2026, 11, 1); day = day.addDays(1)) {
            // Activation good in September, fair in October; churn good throughout.
            const double value = day.month() == 10 ? 25 : 35;
            points << MetricPoint{
                {MetricIds::point(product, activation.key, day), 0, {}, false, false},
                product,
                activation.key,
                day,
                value};
            points << MetricPoint{{MetricIds::point(product, churn.key, day), 0, {}, false, false},
                                  product,
                                  churn.key,
                                  day,
                                  3.5};
        }
        QVERIFY(team.session().metrics().importPoints(points));
        team.review(product, QDate(2026, 9, 1), QDate(2026, 9, 2));
        team.review(product, QDate(2026, 10, 1), QDate(2026, 10, 2));
        const WeekPlan plan = team.plan(anna);
        QCOMPARE(plan.reviews.size(), 1);
        const ReviewItem &item = plan.reviews[0];
        QCOMPARE(item.lastDoneMonth, QDate(2026, 10, 1));
        QCOMPARE(item.moves.size(), 1);
        QCOMPARE(item.moves[0].metric.key, QStringLiteral("activation"));
        QCOMPARE(item.moves[0].from, BandLevel::Good);
        QCOMPARE(item.moves[0].to, BandLevel::Fair);
        QCOMPARE(item.moves[0].value, 25.0);
        QVERIFY2(
            plan.actions.first().detail.contains(QStringLiteral("Activation rate good → fair")),
            qPrintable(plan.actions.first().detail));
    }

    void goalsAtRiskUntouchedAndOffTrack()
    {
        // The goals are made on 1 October; it is now 16 November, half the quarter gone.
        Fixture team(utc(2026, 10, 1, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString abe = team.pm(QStringLiteral("Abe"));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        const QString product = team.product(QStringLiteral("Flags"), flags, true);
        const QString quarter = QStringLiteral("2026-Q4");
        const QString risky =
            team.goal(goalDraft(quarter, QStringLiteral("Risky"), anna, GoalStatus::AtRisk));
        team.goal(goalDraft(quarter, QStringLiteral("Forgotten"), anna));
        Goal bound = goalDraft(quarter, QStringLiteral("Bound"), abe);
        bound.supporterIds << anna;
        KeyResult lagging;
        lagging.meta.id = Ids::random();
        lagging.text = QStringLiteral("Activation at 20%");
        lagging.metric = MetricBinding{product, QStringLiteral("activation"), 10, 20};
        KeyResult ahead = lagging;
        ahead.meta.id = Ids::random();
        ahead.text = QStringLiteral("Activation at 14%");
        ahead.metric = MetricBinding{product, QStringLiteral("activation"), 10, 14};
        bound.keyResults << lagging << ahead;
        team.goal(bound);
        team.goal(goalDraft(quarter, QStringLiteral("Finished"), anna, GoalStatus::Done));
        team.goal(goalDraft(quarter, QStringLiteral("Not Anna's"), abe, GoalStatus::AtRisk));
        team.clock().set(utc(2026, 11, 16, 9));
        const QString point =
            MetricIds::point(product, QStringLiteral("activation"), QDate(2026, 11, 10));
        QVERIFY(team.session().metrics().importPoints({MetricPoint{{point, 0, {}, false, false},
                                                                   product,
                                                                   QStringLiteral("activation"),
                                                                   QDate(2026, 11, 10),
                                                                   12}}));

        const WeekPlan plan = team.plan(anna);
        QStringList titles;
        for (const GoalItem &item : plan.goals)
            titles << item.goal.title;
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Bound"), QStringLiteral("Forgotten"),
                                      QStringLiteral("Risky")}));
        for (const GoalItem &item : plan.goals) {
            QCOMPARE(item.untouchedDays, 46);
            QCOMPARE(item.isAtRisk(), item.goal.meta.id == risky);
            if (item.goal.title == QLatin1String("Bound")) {
                // 20% of the way with half the quarter gone; 50% of the way is on track.
                QCOMPARE(item.offTrack.size(), 1);
                QCOMPARE(item.offTrack[0].result.text, QStringLiteral("Activation at 20%"));
                QCOMPARE(item.offTrack[0].progress, 0.2);
            }
        }
        const QStringList actions = texts(plan);
        QVERIFY(actions.contains(QStringLiteral("Get “Risky” back on track")));
        QVERIFY(!actions.contains(QStringLiteral("Update the goal “Risky”"))); // one is enough
        QVERIFY(actions.contains(QStringLiteral("Update the goal “Forgotten”")));
        QVERIFY(actions.contains(QStringLiteral("Look into the key result “Activation at 20%”")));
        QVERIFY(!actions.join(u'|').contains(QLatin1String("Activation at 14%")));
        // An edit a week ago counts as touched.
        team.clock().set(utc(2026, 11, 9, 9));
        Goal forgotten;
        for (const GoalItem &item : plan.goals)
            if (item.goal.title == QLatin1String("Forgotten"))
                forgotten = item.goal;
        forgotten.description = QStringLiteral("Looked at it.");
        team.goal(forgotten);
        team.clock().set(utc(2026, 11, 16, 9));
        QVERIFY(!texts(team.plan(anna)).contains(QStringLiteral("Update the goal “Forgotten”")));
    }

    void aPmWhoJoinedMidQuarter()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"), QDate(2024, 1, 1));
        const QString nia = team.pm(QStringLiteral("Nia"), QDate(2026, 11, 2));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.assign(flags, nia, QDate(2026, 11, 2));
        team.interview(nia, flags, utc(2026, 11, 4, 10));
        // Two weeks on the team, one interview: one short, not twelve.
        const WeekPlan plan = team.plan(nia);
        QVERIFY(plan.habit.active);
        QCOMPARE(plan.habit.debt, 1);
        QCOMPARE(plan.habit.streak, 0);
        // Before joining, Nia has no week to plan.
        const WeekPlan before = team.plan(nia, QDate(2026, 10, 12));
        QVERIFY(!before.habit.active);
        QVERIFY(!texts(before).join(u'|').contains(QLatin1String("Book")));
        // The team-wide picture counts Nia's two weeks and Anna's twelve.
        const WeekPlan everyone = team.plan(QString());
        QCOMPARE(everyone.pmsBehind.size(), 2);
        QCOMPARE(everyone.pmsBehind[0].pm.name, QStringLiteral("Anna"));
        QCOMPARE(everyone.pmsBehind[0].debt, 12);
        QCOMPARE(everyone.pmsBehind[1].debt, 1);
        QCOMPARE(everyone.habit.target, 2);
        QVERIFY(texts(everyone).contains(QStringLiteral("Check in with Nia on user interviews")));
    }

    void aPmsPlanCountsEveryonesInterviews()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"), QDate(2024, 1, 1));
        const QString nia = team.pm(QStringLiteral("Nia"), QDate(2024, 1, 1));
        const QString flags = team.team(QStringLiteral("Feature Flags"));
        team.assign(flags, anna);
        team.assign(flags, nia);
        for (int week = 1; week <= 12; ++week)
            team.interview(nia, {}, utc(2026, 11, 16, 10).addDays(-7 * week));
        // Anna heard from the team's users two weeks ago: Nia's plan says so.
        team.interview(anna, flags, utc(2026, 11, 4, 10));
        // And has a user interview and a candidate's booked in the week Nia plans.
        team.interview(anna, flags, utc(2026, 11, 18, 10), InterviewStatus::Planned);
        team.interview(anna, {}, utc(2026, 11, 19, 10), InterviewStatus::Planned,
                       InterviewKind::Candidate);
        const WeekPlan plan = team.plan(nia);
        QCOMPARE(plan.habit.debt, 0);
        QCOMPARE(plan.habit.streak, 12);
        QCOMPARE(plan.habit.teams.size(), 1);
        QCOMPARE(plan.habit.teams[0].weeksSince, 1);
        // And the team-wide picture on it counts Anna's weeks, though her interviews are not
        // on Nia's agenda.
        QCOMPARE(plan.pmsBehind.size(), 1);
        QCOMPARE(plan.pmsBehind[0].pm.meta.id, anna);
        QCOMPARE(plan.pmsBehind[0].debt, 11);
        QCOMPARE(plan.pmsBehind[0].weeks[plan.habit.weeksBack].planned, 1);
        for (const AgendaDay &day : plan.days)
            for (const AgendaSlot &slot : day.entries)
                QVERIFY(slot.isFree());
        QVERIFY(plan.candidateInterviews.isEmpty());
        QCOMPARE(plan.habit.planned, 0);
        // Anna's own plan has both.
        const WeekPlan annas = team.plan(anna);
        QCOMPARE(annas.candidateInterviews.size(), 1);
        QCOMPARE(annas.habit.planned, 1);
        // An interview of Anna's saved later changes Nia's next plan.
        team.interview(anna, flags, utc(2026, 11, 10, 10));
        QCOMPARE(team.plan(nia).pmsBehind[0].debt, 10);
        QCOMPARE(team.plan(nia).habit.teams[0].weeksSince, 0);
    }

    void zoneDaysAreTheDaysQDateTimeGives()
    {
        // ZoneDays reads a zone's transitions once; each day it gives must be QDateTime's,
        // around every transition, in zones with half-hour shifts and a skipped day, before
        // 1970 and outside the span it was made for.
        const qint64 from =
            QDateTime(QDate(1965, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 to =
            QDateTime(QDate(2028, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QList<QTimeZone> zones{QTimeZone::systemTimeZone()};
        for (const char *name : {"Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns",
                                 "Pacific/Apia", "Asia/Kathmandu", "UTC"}) {
            zones << QTimeZone(name);
            QVERIFY2(zones.last().isValid(), name);
        }
        for (const QTimeZone &zone : std::as_const(zones)) {
            const QByteArray name = zone.id();
            const ZoneDays days(zone, from, to);
            QList<qint64> instants;
            for (qint64 at = from - 3 * 86400000LL; at < to + 3 * 86400000LL; at += 433 * 60000LL)
                instants << at;
            for (const QTimeZone::OffsetData &transition :
                 zone.transitions(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()),
                                  QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc())))
                for (qint64 near : {-3600001LL, -1LL, 0LL, 1LL, 3600000LL})
                    instants << transition.atUtc.toMSecsSinceEpoch() + near;
            for (qint64 at : std::as_const(instants))
                QVERIFY2(
                    days.dayOf(at) == QDateTime::fromMSecsSinceEpoch(at, zone).date(),
                    qPrintable(QStringLiteral("%1 at %2").arg(QString::fromLatin1(name)).arg(at)));
        }
    }

    void theSourcesGoalsFollowEditsAsAReadWould()
    {
        // WeekSource keeps a quarter's goals and brings them up to date with the goals each
        // edit writes: after any edit they must be what reading them again gives, in the same
        // order. Few ranks and titles, so that ties (which the stored order breaks) come up.
        Fixture team(utc(2026, 11, 16, 9));
        const QStringList pms{team.pm(QStringLiteral("Anna")), team.pm(QStringLiteral("Nia")),
                              team.pm(QStringLiteral("Abe"))};
        const QStringList quarters{QStringLiteral("2026-Q4"), QStringLiteral("2027-Q1")};
        const QStringList titles{QStringLiteral("Ship"),
                                 QStringLiteral("ship"),
                                 QStringLiteral("Ärger"),
                                 QStringLiteral("Zed"),
                                 QStringLiteral("\U0001F600 launch"),
                                 QStringLiteral("\uE000 grow")};
        const QList<double> ranks{0, 1, 1.5, 2};
        QRandomGenerator random(12);
        auto pick = [&random](const auto &list) { return list[random.bounded(int(list.size()))]; };
        GoalRepository &repository = team.session().goals();
        auto randomise = [&](Goal &goal) {
            goal.quarter = pick(quarters);
            goal.title = random.bounded(3) == 0 ? pick(titles)
                                                : QStringLiteral("Goal %1").arg(random.bounded(50));
            goal.rank = random.bounded(3) == 0 ? pick(ranks) : random.bounded(100.0);
            goal.ownerId = random.bounded(4) == 0 ? QString() : pick(pms);
            goal.supporterIds.clear();
            if (random.bounded(2) == 0)
                goal.supporterIds << pick(pms);
            goal.status = GoalStatus(random.bounded(5));
        };
        for (int i = 0; i < 30; ++i) {
            Goal goal = goalDraft({}, {}, {});
            randomise(goal);
            goal.keyResults.append(KeyResult{{}, QStringLiteral("First"), false, std::nullopt});
            QVERIFY(!repository.save(goal));
        }
        WeekSource source(team.session());
        // The quarter's goals as one more reader keeps them, to count how often an edit is
        // placed rather than read again (a test that passes on re-reads alone proves nothing).
        QList<Goal> patched = repository.goals(quarters[0]);
        int placed = 0;
        connect(&team.session().changes(), &ChangeFeed::changed, this,
                [&](const WorkspaceChange &change) {
                    const QList<Goal> written =
                        repository.goalsWritten(*change.rowsOf(QStringLiteral("goal")),
                                                *change.rowsOf(QStringLiteral("key_result")));
                    if (GoalRepository::update(patched, quarters[0], {}, written))
                        ++placed;
                    else
                        patched = repository.goals(quarters[0]);
                    QVERIFY(patched == repository.goals(quarters[0]));
                });
        // The first quarter's PM list is picked from everyone's, held already; the second's is
        // read before everyone's.
        const QList<std::pair<QString, QString>> kept{
            {quarters[0], {}}, {quarters[0], pms[0]}, {quarters[1], pms[1]}, {quarters[1], {}}};
        for (const auto &[quarter, pm] : kept)
            source.goals(quarter, pm);
        for (int step = 0; step < 300; ++step) {
            // One goal's edit, or two at once (an undo of a drag writes two).
            const QList<Goal> all = repository.goals();
            QList<Goal> batch;
            for (int edits = random.bounded(4) == 0 ? 2 : 1; edits > 0; --edits) {
                if (random.bounded(10) == 0 || all.isEmpty()) {
                    Goal goal = goalDraft({}, {}, {});
                    randomise(goal);
                    batch << goal;
                    continue;
                }
                Goal goal = pick(all);
                if (std::any_of(batch.begin(), batch.end(),
                                [&goal](const Goal &b) { return b.meta.id == goal.meta.id; }))
                    continue;
                switch (random.bounded(5)) {
                case 0:
                    goal.meta.deleted = true;
                    break;
                case 1:
                    goal.keyResults.append(
                        KeyResult{{}, QStringLiteral("Step %1").arg(step), false, std::nullopt});
                    break;
                case 2:
                    if (!goal.keyResults.isEmpty())
                        goal.keyResults.first().text = QStringLiteral("Edited %1").arg(step);
                    break;
                case 3:
                    if (!goal.keyResults.isEmpty())
                        goal.keyResults.last().meta.deleted = true;
                    break;
                default:
                    randomise(goal);
                }
                batch << goal;
            }
            QVERIFY(!repository.apply(batch));
            for (const auto &[quarter, pm] : kept) {
                const QList<Goal> read =
                    pm.isEmpty() ? repository.goals(quarter) : repository.goals(quarter, pm);
                const QList<Goal> &held = source.goals(quarter, pm);
                QVERIFY2(held == read, qPrintable(QStringLiteral("step %1, %2 %3: %4 goals held, "
                                                                 "%5 read")
                                                      .arg(step)
                                                      .arg(quarter, pm)
                                                      .arg(held.size())
                                                      .arg(read.size())));
            }
        }
        qInfo("%d of 300 edits placed without a read", placed);
        QVERIFY(placed > 200);
    }

    void hiringListsCandidatesAndMissingScorecards()
    {
        Fixture team(utc(2026, 11, 18, 12));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString held = team.interview(anna, {}, utc(2026, 11, 16, 10), InterviewStatus::Done,
                                            InterviewKind::Candidate);
        team.interview(anna, {}, utc(2026, 11, 20, 10), InterviewStatus::Planned,
                       InterviewKind::Candidate);
        const QString scored = team.interview(anna, {}, utc(2026, 11, 10, 10),
                                              InterviewStatus::Done, InterviewKind::Candidate);
        Interview withCard = *team.session().interviews().interview(scored);
        withCard.scorecard.entry(Criterion::ProductSense).score = 3;
        QVERIFY(!team.session().interviews().save(withCard));
        team.interview(anna, {}, utc(2026, 11, 11, 10), InterviewStatus::Cancelled,
                       InterviewKind::Candidate);
        const WeekPlan plan = team.plan(anna);
        QCOMPARE(plan.candidateInterviews.size(), 2);
        QCOMPARE(plan.missingScorecards.size(), 1);
        QCOMPARE(plan.missingScorecards[0].meta.id, held);
        const SuggestedAction *write = find(plan, QStringLiteral("Write the scorecard for Dana"));
        QVERIFY(write);
        QCOMPARE(write->subject.table, QStringLiteral("interview"));
        QCOMPARE(write->subject.id, held);
        QVERIFY(write->record.period.isEmpty());

        // Everyone's plan looks back at everyone's candidate interviews, and shows this week's
        // interviews of every kind on its agenda.
        const QString nia = team.pm(QStringLiteral("Nia"));
        const QString early = team.interview(nia, {}, utc(2026, 10, 14, 10), InterviewStatus::Done,
                                             InterviewKind::Candidate);
        const QString user = team.interview(nia, {}, utc(2026, 11, 17, 10), InterviewStatus::Done);
        team.interview(nia, {}, utc(2026, 10, 15, 10), InterviewStatus::Done);
        const WeekPlan everyone = team.plan(QString());
        QCOMPARE(everyone.candidateInterviews.size(), 2);
        QCOMPARE(everyone.missingScorecards.size(), 2);
        QCOMPARE(everyone.missingScorecards[0].meta.id, early);
        QCOMPARE(everyone.missingScorecards[1].meta.id, held);
        QStringList agenda;
        for (const AgendaDay &day : everyone.days)
            for (const AgendaSlot &slot : day.entries)
                agenda << slot.interview->meta.id;
        QCOMPARE(agenda.size(), 3);
        QVERIFY(agenda.contains(user));
        QVERIFY(agenda.contains(held));
        QVERIFY(!agenda.contains(early));
        QCOMPARE(everyone.habit.done, 1);
    }

    void teamWidePicture()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString abe = team.pm(QStringLiteral("Abe"));
        QStringList teams;
        for (int i = 0; i < 6; ++i) {
            teams << team.team(QStringLiteral("Team %1").arg(i));
            if (i < 5)
                team.assign(teams.last(), abe);
        }
        const WeekPlan plan = team.plan(QString());
        QCOMPARE(plan.overloadedPms.size(), 1);
        QCOMPARE(plan.overloadedPms[0].teams(), 5);
        QCOMPARE(plan.uncoveredTeams.size(), 1);
        const QStringList actions = texts(plan);
        QVERIFY(actions.contains(QStringLiteral("Rebalance Abe’s teams")));
        QVERIFY(actions.contains(QStringLiteral("Find a PM for Team 5")));
        // A PM's own week shows the picture but leaves these to the team's.
        const WeekPlan own = team.plan(abe);
        QCOMPARE(own.overloadedPms.size(), 1);
        QVERIFY(!texts(own).contains(QStringLiteral("Rebalance Abe’s teams")));
    }

    void doneSnoozedAndDismissedActions()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        const QString quarter = QStringLiteral("2026-Q4");
        team.goal(goalDraft(quarter, QStringLiteral("One"), anna, GoalStatus::AtRisk));
        team.goal(goalDraft(quarter, QStringLiteral("Two"), anna, GoalStatus::AtRisk));
        team.goal(goalDraft(quarter, QStringLiteral("Three"), anna, GoalStatus::AtRisk));
        const QString one = QStringLiteral("Get “One” back on track");
        const QString two = QStringLiteral("Get “Two” back on track");
        const QString three = QStringLiteral("Get “Three” back on track");
        WeekPlan plan = team.plan(anna);
        QCOMPARE(texts(plan, ActionState::Open).size(), 4); // and the interview to book

        team.act(WeekActionEdits::setDone(find(plan, one)->record, true, plan.asOf));
        // Snoozed to Thursday of this week, and to Tuesday of next week.
        team.act(WeekActionEdits::snooze(find(plan, two)->snoozeRecord, QDate(2026, 11, 19),
                                         plan.today));
        team.act(WeekActionEdits::dismiss(find(plan, three)->record));
        plan = team.plan(anna);
        QCOMPARE(find(plan, one)->state, ActionState::Done);
        QCOMPARE(find(plan, one)->record.doneOn, QDate(2026, 11, 16));
        QCOMPARE(find(plan, two)->state, ActionState::Snoozed);
        QCOMPARE(find(plan, two)->snoozedUntil, QDate(2026, 11, 19));
        QCOMPARE(find(plan, three)->state, ActionState::Dismissed);
        QCOMPARE(plan.actions.first().state, ActionState::Open); // open ones first
        QCOMPARE(team.session().weekActions().actionsOf(anna).size(), 3);
        QVERIFY(team.session().weekActions().actionsOf(QString()).isEmpty());

        // On Thursday the snoozed one is back.
        team.clock().set(utc(2026, 11, 19, 9));
        QCOMPARE(find(team.plan(anna), two)->state, ActionState::Open);
        // A snooze into next week holds there too; done and dismissed were this week's only.
        team.clock().set(utc(2026, 11, 19, 10));
        plan = team.plan(anna);
        team.act(WeekActionEdits::snooze(find(plan, two)->snoozeRecord, QDate(2026, 11, 24),
                                         plan.today));
        team.clock().set(utc(2026, 11, 23, 9));
        const WeekPlan next = team.plan(anna);
        QCOMPARE(find(next, two)->state, ActionState::Snoozed);
        QCOMPARE(find(next, one)->state, ActionState::Open);
        QCOMPARE(find(next, three)->state, ActionState::Open);
        team.clock().set(utc(2026, 11, 24, 9));
        QCOMPARE(find(team.plan(anna), two)->state, ActionState::Open);

        // Undo takes the last step back, down to nothing stored.
        QUndoStack &undo = team.session().undoStack();
        while (undo.canUndo())
            undo.undo();
        QVERIFY(team.session().weekActions().actionsOf(anna).isEmpty());
        team.clock().set(utc(2026, 11, 16, 9));
        QCOMPARE(texts(team.plan(anna), ActionState::Open).size(), 4);
        undo.redo();
        QCOMPARE(find(team.plan(anna), one)->state, ActionState::Done);
    }

    void itemsOfOnesOwn()
    {
        Fixture team(utc(2026, 11, 17, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        QVERIFY(WeekActionEdits::add(anna, QStringLiteral("  "), QDate(2026, 11, 17)).isEmpty());
        team.act(WeekActionEdits::add(anna, QStringLiteral("  Prepare the  offsite "),
                                      QDate(2026, 11, 17)));
        const QString text = QStringLiteral("Prepare the offsite");
        QCOMPARE(find(team.plan(anna), text)->state, ActionState::Open);
        QVERIFY(!find(team.plan(anna, QDate(2026, 11, 9)), text)); // not the week before
        QVERIFY(!find(team.plan(QString()), text));                // nor anybody else's
        // Not done: still there next week. Done next week: there that week, not after.
        const WeekPlan nextWeek = team.plan(anna, QDate(2026, 11, 24));
        const SuggestedAction *later = find(nextWeek, text);
        QVERIFY(later);
        team.act(WeekActionEdits::setDone(later->record, true, QDate(2026, 11, 24)));
        QCOMPARE(find(team.plan(anna, QDate(2026, 11, 24)), text)->state, ActionState::Done);
        QVERIFY(!find(team.plan(anna, QDate(2026, 12, 1)), text));
        QCOMPARE(find(team.plan(anna), text)->state, ActionState::Done);
        // Removing one's own item leaves a tombstone, so that the removal travels.
        const WeekPlan plan = team.plan(anna);
        const SuggestedAction *item = find(plan, text);
        team.act(WeekActionEdits::dismiss(item->record));
        QVERIFY(!find(team.plan(anna), text));
        QVERIFY(team.session().weekActions().action(item->id())->meta.deleted);
        team.session().undoStack().undo();
        QVERIFY(find(team.plan(anna), text));
    }

    void everyonesOwnItemsAndTicksComeBack()
    {
        // Everyone's plan (the team-wide one) keeps its items and ticks like a PM's: they are
        // stored under '' and must be read back under it.
        Fixture team(utc(2026, 11, 17, 9));
        team.pm(QStringLiteral("Anna"));
        team.act(WeekActionEdits::add(QString(), QStringLiteral("Book the offsite room"),
                                      QDate(2026, 11, 17)));
        const QString text = QStringLiteral("Book the offsite room");
        QVERIFY(find(team.plan(QString()), text));
        QCOMPARE(team.session().weekActions().actionsOf(QString()).size(), 1);
        const WeekPlan plan = team.plan(QString());
        const auto suggestion =
            std::find_if(plan.actions.cbegin(), plan.actions.cend(), [&](const auto &action) {
                return !action.record.isCustom() && action.state == ActionState::Open;
            });
        QVERIFY(suggestion != plan.actions.cend());
        const QString ticked = suggestion->text();
        team.act(WeekActionEdits::setDone(suggestion->record, true, plan.asOf));
        QCOMPARE(find(team.plan(QString()), ticked)->state, ActionState::Done);
    }

    void sameSuggestionIsTheSameRecordInTwoWorkspaces()
    {
        QStringList ids[2];
        for (QStringList &list : ids) {
            Fixture team(utc(2026, 11, 16, 9));
            const QString anna = team.pm(QStringLiteral("Anna"));
            const QString flags = team.team(QStringLiteral("Feature Flags"));
            team.assign(flags, anna);
            for (const SuggestedAction &action : team.plan(anna).actions)
                list << action.id();
        }
        QVERIFY(!ids[0].isEmpty());
        QCOMPARE(ids[0], ids[1]);
    }

    void anEmptyWorkspace()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const WeekPlan plan = team.plan(QString());
        QVERIFY(plan.isEveryone());
        QCOMPARE(plan.days.size(), 7);
        QVERIFY(plan.actions.isEmpty());
        QVERIFY(plan.reviews.isEmpty());
        QVERIFY(plan.goals.isEmpty());
        QVERIFY(plan.uncoveredTeams.isEmpty());
        QVERIFY(!plan.habit.active);
        const QString markdown = WeekMarkdown::write(plan);
        QVERIFY(markdown.startsWith(
            QStringLiteral("# Everyone · week of 16–22 November 2026 (2026-W47)\n")));
        QVERIFY(markdown.contains(QLatin1String("Nothing to do")));
        // No teams at all is not "every team has a PM".
        QCOMPARE(WeekText::nothing(WeekText::Section::Team, plan),
                 QStringLiteral("No teams yet: add them on the Coverage pane."));
        // An unknown PM (a name from another workspace) plans an empty week, not a crash.
        QVERIFY(team.plan(QStringLiteral("nobody")).actions.isEmpty());
    }

    void markdownHasTheHandbooksMarks()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        team.goal(goalDraft(QStringLiteral("2026-Q4"), QStringLiteral("Ship *it* [now]"), anna,
                            GoalStatus::AtRisk));
        team.interview(anna, {}, utc(2026, 11, 17, 10), InterviewStatus::Planned);
        const WeekPlan plan = team.plan(anna);
        team.act(WeekActionEdits::setDone(
            find(plan, QStringLiteral("Get “Ship *it* [now]” back on track"))->record, true,
            plan.asOf));
        const QString markdown = WeekMarkdown::write(team.plan(anna));
        QVERIFY2(
            markdown.contains(QStringLiteral("## Suggested actions\n\n- [x] Get “Ship \\*it\\* "
                                             "\\[now\\]” back on track — at risk (done Mon 16 "
                                             "Nov)\n")),
            qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("**Tue 17 Nov**\n- 09:00–10:00  free for 1 h\n"
                                                 "- 10:00–10:30  User interview: Dana\n")));
        QVERIFY(markdown.contains(QLatin1String("## Goals (2026-Q4)")));
        QVERIFY(markdown.contains(QLatin1String("## Across the team")));
    }

    void actionModelFollowsPlans()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        team.goal(
            goalDraft(QStringLiteral("2026-Q4"), QStringLiteral("One"), anna, GoalStatus::AtRisk));
        WeekActionModel model;
        QAbstractItemModelTester tester(&model);
        WeekPlan plan = team.plan(anna);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(first) & Qt::ItemIsUserCheckable);
        QSignalSpy asked(&model, &WeekActionModel::checkRequested);
        QVERIFY(model.setData(first, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].toString(), first.data(WeekActionModel::ActionIdRole).toString());
        QCOMPARE(asked[0][1].toBool(), true);
        // The same rows again: no reset, so the selection stays.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setPlan(plan);
        QCOMPARE(resets.size(), 0);
        // Dismissed items are hidden unless asked for.
        team.act(WeekActionEdits::dismiss(plan.actions[0].record));
        plan = team.plan(anna);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 1);
        model.setShowPutAside(true);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex aside = model.index(1);
        QCOMPARE(ActionState(aside.data(WeekActionModel::StateRole).toInt()),
                 ActionState::Dismissed);
        QVERIFY(!(model.flags(aside) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(aside, Qt::Checked, Qt::CheckStateRole));
    }

    void sourceFollowsChanges()
    {
        Fixture team(utc(2026, 11, 16, 9));
        const QString anna = team.pm(QStringLiteral("Anna"));
        QCOMPARE(team.plan(anna).goals.size(), 0);
        team.goal(
            goalDraft(QStringLiteral("2026-Q4"), QStringLiteral("Late"), anna, GoalStatus::AtRisk));
        QCOMPARE(team.plan(anna).goals.size(), 1);
        team.interview(anna, {}, utc(2026, 11, 17, 10), InterviewStatus::Planned);
        QCOMPARE(team.plan(anna).habit.planned, 1);
    }
};

QTEST_GUILESS_MAIN(TestWeek)
#include "tst_week.moc"
