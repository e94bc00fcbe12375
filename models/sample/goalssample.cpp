#include "goalssample.h"

#include "core/ids.h"
#include "coverage/coveragerepository.h"
#include "goals/goaledits.h"
#include "goals/goalrepository.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QRandomGenerator>

namespace {

const char *const pmGoalTitles[] = {
    "Ship the %1 onboarding revamp",
    "Define the %1 activation metric and get it on the dashboard",
    "Run a pricing experiment for %1",
    "Reduce churn of paying %1 customers",
    "Write the %1 product strategy for next year",
    "Get %1 to product-market fit for mid-size companies",
};
const char *const researchTitles[] = {
    "Why do %1 trials stall after the first week?",
    "Which customers would pay for %1 add-ons?",
    "What blocks %1 adoption in larger companies?",
    "Which %1 features do retained users rely on?",
};
const char *const sideProjectTitles[] = {
    "Run the monthly growth reviews for every product",
    "Publish the quarterly updates to the PM handbook",
    "Interview 20 churned customers across products",
    "Set up a quarterly planning template for teams",
    "Hire and onboard a new PM",
};
const char *const keyResultTexts[] = {
    "Talk to 10 customers",
    "Share findings in a pull request in #product-internal",
    "Agree on the plan with the team lead",
    "Present the results at the growth review",
    "Ship the first iteration to all users",
    "Write up what we learned",
};

template<size_t N> QString pick(const char *const (&list)[N], QRandomGenerator &random)
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

GoalStatus statusFor(const Quarter &quarter, const Quarter &now, QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (quarter < now) // the past: mostly finished
        return roll < 65   ? GoalStatus::Done
               : roll < 80 ? GoalStatus::Dropped
               : roll < 92 ? GoalStatus::AtRisk
                           : GoalStatus::OnTrack;
    if (quarter == now)
        return roll < 15   ? GoalStatus::Done
               : roll < 55 ? GoalStatus::OnTrack
               : roll < 75 ? GoalStatus::AtRisk
                           : GoalStatus::NotStarted;
    return GoalStatus::NotStarted;
}

} // namespace

namespace GoalsSample {

Outcome generate(WorkspaceSession &session, int scale)
{
    QRandomGenerator random(20250401);
    const Quarter now = Quarter::containing(session.today());
    const QList<Pm> pms = session.coverage().pms();
    const QList<Assignment> assignments = session.coverage().assignments();
    QHash<QString, QString> teamNames;
    for (const Team &team : session.coverage().teams())
        teamNames.insert(team.meta.id, team.name);
    const QList<Product> products = session.metrics().products();
    const QList<MetricDefinition> definitions = session.metrics().definitions();

    QList<Goal> goals;
    QHash<QString, double> ranks;
    Quarter quarter = now.previous().previous().previous();
    for (; quarter <= now.next(); quarter = quarter.next()) {
        const QDate day = quarter.firstDay();
        for (const Pm &pm : pms) {
            if (!pm.isActiveOn(day) && !pm.isActiveOn(quarter.lastDay()))
                continue;
            QStringList teams;
            for (const Assignment &assignment : assignments)
                if (assignment.pmId == pm.meta.id && assignment.isActiveOn(day))
                    teams << assignment.teamId;
            for (int i = 0; i < 2 * std::max(1, scale); ++i) {
                Goal goal;
                goal.meta.id = Ids::random();
                goal.meta.sample = true;
                goal.quarter = quarter.key();
                goal.ownerId = pm.meta.id;
                const int roll = random.bounded(10);
                goal.kind = roll < 5   ? GoalKind::PmGoal
                            : roll < 8 ? GoalKind::Research
                                       : GoalKind::SideProject;
                // A PM without a team this quarter works on the PM team's side projects.
                if (teams.isEmpty())
                    goal.kind = GoalKind::SideProject;
                else if (goal.kind != GoalKind::SideProject)
                    goal.teamId = teams.at(random.bounded(int(teams.size())));
                const QString team = teamNames.value(goal.teamId, QStringLiteral("the product"));
                goal.title = goal.kind == GoalKind::SideProject ? pick(sideProjectTitles, random)
                             : goal.kind == GoalKind::Research
                                 ? pick(researchTitles, random).arg(team)
                                 : pick(pmGoalTitles, random).arg(team);
                if (goal.kind == GoalKind::SideProject && pms.size() > 1) {
                    const Pm &other = pms.at(random.bounded(int(pms.size())));
                    if (other.meta.id != pm.meta.id && other.isActiveOn(day))
                        goal.supporterIds << other.meta.id;
                }
                goal.status = statusFor(quarter, now, random);
                if (goal.kind == GoalKind::Research)
                    goal.description = QStringLiteral(
                        "The team's biggest unknown from quarterly planning. Findings go to "
                        "#product-internal as a pull request and to the growth review.");
                if (goal.kind == GoalKind::Research && goal.status == GoalStatus::Done)
                    goal.findingsUrl = QStringLiteral("https://github.com/PostHog/product-internal/"
                                                      "pull/%1")
                                           .arg(100 + random.bounded(900));
                const int results = 2 + random.bounded(3);
                QList<int> taken; // a goal names each step once
                for (int k = 0; k < results; ++k) {
                    KeyResult result;
                    result.meta.id = Ids::random();
                    result.meta.sample = true;
                    // One draw per key result, as before, so that the rest of the sample
                    // stays as it was; a text taken already gives way to the next.
                    int text = random.bounded(int(std::size(keyResultTexts)));
                    while (taken.contains(text))
                        text = (text + 1) % int(std::size(keyResultTexts));
                    taken << text;
                    result.text = QString::fromUtf8(keyResultTexts[text]);
                    result.done = goal.status == GoalStatus::Done ||
                                  (goal.status != GoalStatus::NotStarted && random.bounded(2));
                    goal.keyResults.append(result);
                }
                // One key result that follows a metric, when the workspace has metrics.
                if (goal.kind == GoalKind::PmGoal && !products.isEmpty() &&
                    !definitions.isEmpty()) {
                    const Product &product = products.at(random.bounded(int(products.size())));
                    const MetricDefinition &metric =
                        definitions.at(random.bounded(int(definitions.size())));
                    const std::optional<double> baseline =
                        session.metrics().latestValue(product.meta.id, metric.key, day);
                    if (baseline && *baseline != 0) {
                        const double change =
                            metric.goodDirection == GoodDirection::Up ? 1.15 : 0.85;
                        KeyResult result;
                        result.meta.id = Ids::random();
                        result.meta.sample = true;
                        result.text =
                            QStringLiteral("Move %1 of %2").arg(metric.name, product.name);
                        result.metric = MetricBinding{product.meta.id, metric.key, *baseline,
                                                      *baseline * change};
                        goal.keyResults.append(result);
                    }
                }
                goal.rank = (ranks[goal.quarter] += 1);
                goals.append(goal);
            }
        }
        // Unfinished goals of the quarter before now go on in this one, as the one-step
        // carry-over does.
        if (quarter.next() == now) {
            QList<Goal> past;
            for (const Goal &goal : std::as_const(goals))
                if (goal.quarter == quarter.key())
                    past.append(goal);
            GoalChange carried = GoalEdits::carryOver(past, now.key(), {});
            for (Goal &goal : carried.after) {
                goal.rank = (ranks[goal.quarter] += 1);
                goal.meta.sample = true;
                for (KeyResult &result : goal.keyResults)
                    result.meta.sample = true;
                goals.append(goal);
            }
        }
    }
    return session.goals().apply(goals);
}

} // namespace GoalsSample
