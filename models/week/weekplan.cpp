#include "weekplan.h"

#include "core/zonedays.h"
#include "goals/goalprogress.h"
#include "metrics/metricsrepository.h"
#include "weeksource.h"
#include "weektext.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeekPlan)
};

// How many weeks back the habit's streak and debt look, as the Interviews pane's heat map.
constexpr int habitWeeks = 12;

QDate monthOf(QDate day)
{
    return QDate(day.year(), day.month(), 1);
}

// The teams a PM covers on the snapshot's day, in the snapshot's order (by name).
QSet<QString> teamsOf(const CoverageSnapshot &coverage, const QString &pmId)
{
    QSet<QString> teams;
    for (const TeamCoverage &team : coverage.teams())
        if (pmId.isEmpty() ? !team.assignments.isEmpty() : team.supportBy(pmId).has_value())
            teams.insert(team.team.meta.id);
    return teams;
}

// Everything read for one plan, and what the rules share.
struct Context {
    const WeekRequest &request;
    WeekSource &source;
    WeekPlan &plan;
    const CoverageSnapshot &coverage;
    QSet<QString> teams; // covered by the PM (by anyone, for everyone)
    // The habit is read as of this day: the plan's, or today for a week still to come (the
    // weeks before it are not over yet, and count no debt).
    QDate habitDay;
    // The habit's weeks up to the end of this one: the plan's interviews (the PM's; for
    // everyone, the candidate interviews and then all of this week's), and everyone's as the
    // habit counts them.
    QList<Interview> interviews;
    QList<Interview> habitInterviews;
};

QList<AgendaSlot> freeSlots(const QList<AgendaSlot> &busy, const QDateTime &from,
                            const QDateTime &to, int shortest)
{
    QList<AgendaSlot> gaps;
    QDateTime cursor = from;
    auto gapUntil = [&](const QDateTime &until) {
        if (cursor.secsTo(until) >= qint64(shortest) * 60)
            gaps.append({cursor, until, std::nullopt});
    };
    for (const AgendaSlot &slot : busy) {
        if (slot.end <= cursor)
            continue;
        if (slot.start >= to)
            break;
        gapUntil(std::min(slot.start, to));
        cursor = std::max(cursor, slot.end);
    }
    if (cursor < to)
        gapUntil(to);
    return gaps;
}

void planAgenda(Context &c)
{
    const WeekRequest &request = c.request;
    WeekPlan &plan = c.plan;
    const QDateTime now = request.now.toTimeZone(request.zone);
    for (int i = 0; i < 7; ++i) {
        const QDate day = plan.start.addDays(i);
        plan.days.append({day, request.workdays.contains(Qt::DayOfWeek(day.dayOfWeek())), {}});
    }
    for (const Interview &interview : std::as_const(c.interviews)) {
        if (!interview.counts() || (!plan.isEveryone() && interview.pmId != plan.pmId))
            continue;
        const QDate day = interview.allDay ? interview.localDate()
                                           : interview.start.toTimeZone(request.zone).date();
        const qint64 index = plan.start.daysTo(day);
        if (index < 0 || index > 6)
            continue;
        AgendaSlot slot{interview.start.toTimeZone(request.zone),
                        interview.end().toTimeZone(request.zone), interview};
        if (interview.allDay) {
            slot.start = QDateTime(day, QTime(0, 0), request.zone);
            slot.end = slot.start.addDays(std::max(1, interview.minutes / (24 * 60)));
        }
        plan.days[index].entries.append(slot);
    }
    for (AgendaDay &day : plan.days) {
        std::stable_sort(day.entries.begin(), day.entries.end(),
                         [](const AgendaSlot &a, const AgendaSlot &b) {
                             if (a.interview->allDay != b.interview->allDay)
                                 return a.interview->allDay;
                             return a.start < b.start;
                         });
        // Free stretches are for booking: the working hours still ahead, of one PM's days.
        if (plan.isEveryone() || !day.workday || day.day < plan.today)
            continue;
        QDateTime from(day.day, request.policy.workdayStart, request.zone);
        const QDateTime to(day.day, request.policy.workdayEnd, request.zone);
        if (day.day == plan.today)
            from = std::max(from, now);
        if (from >= to)
            continue;
        QList<AgendaSlot> entries = day.entries;
        entries.append(freeSlots(day.entries, from, to, request.policy.shortestGapMinutes));
        std::stable_sort(entries.begin(), entries.end(),
                         [](const AgendaSlot &a, const AgendaSlot &b) {
                             const bool allDayA = a.interview && a.interview->allDay;
                             const bool allDayB = b.interview && b.interview->allDay;
                             if (allDayA != allDayB)
                                 return allDayA;
                             return a.start < b.start;
                         });
        day.entries = entries;
    }
}

void planHabit(Context &c, HabitReport &report)
{
    WeekPlan &plan = c.plan;
    // The teams and PMs of the plan's day, and their assignments that day: all the habit
    // needs of coverage, without reading years of history.
    QList<Pm> pms;
    for (const PmLoad &load : c.coverage.loads())
        pms.append(load.pm);
    QList<Team> teams;
    QList<Assignment> assignments;
    for (const TeamCoverage &team : c.coverage.teams()) {
        teams.append(team.team);
        assignments.append(team.assignments);
    }
    // Each covered team's last user interview, wherever it lies: the window alone would call
    // a team last heard from a year ago "never".
    const QDateTime endOfDay = QDateTime(c.habitDay.addDays(1), QTime(0, 0), c.request.zone);
    // A PM's teams only: the team's plan does not list teams by recency. They join the
    // plan's interviews, where they lie outside this week's agenda.
    QList<Interview> &interviews = c.habitInterviews;
    if (!plan.isEveryone()) {
        const QDateTime windowStart = interviews.isEmpty() ? endOfDay : interviews.first().start;
        for (const QString &teamId : std::as_const(c.teams))
            if (std::optional<Interview> last = c.source.lastUserInterview(teamId, endOfDay);
                last && last->start < windowStart)
                interviews.prepend(*last);
    }
    const int ahead =
        int(WeekPlanner::weekStart(c.habitDay, c.request.firstDay).daysTo(plan.start) / 7);
    report =
        InterviewHabit::compute(pms, teams, assignments, interviews, c.habitDay,
                                plan.policy.interviewTarget, habitWeeks, ahead, c.request.firstDay);
    const int thisWeek = report.currentWeek + ahead;

    HabitSummary &habit = plan.habit;
    habit.weeksBack = habitWeeks;
    habit.coversTeams = !c.teams.isEmpty();
    if (plan.isEveryone()) {
        habit.target = 0;
        for (const PmHabit &pm : std::as_const(report.pms)) {
            const HabitWeek &week = pm.weeks[thisWeek];
            if (!week.active)
                continue;
            habit.done += week.done;
            habit.planned += week.planned;
            habit.target += report.target;
            habit.debt += pm.debt;
        }
        habit.active = habit.target > 0;
        return;
    }
    habit.target = report.target;
    habit.active = false;
    for (const TeamRecency &team : std::as_const(report.teams))
        if (c.teams.contains(team.team.meta.id))
            habit.teams.append(team);
    for (const PmHabit &pm : std::as_const(report.pms)) {
        if (pm.pm.meta.id != plan.pmId)
            continue;
        const HabitWeek &week = pm.weeks[thisWeek];
        habit.active = week.active;
        habit.done = week.done;
        habit.planned = week.planned;
        habit.streak = pm.streak;
        habit.debt = pm.debt;
    }
}

void planReviews(Context &c)
{
    WeekPlan &plan = c.plan;
    QList<Product> products;
    for (const Product &product : c.source.products())
        if (plan.isEveryone() || c.teams.contains(product.teamId))
            products.append(product);
    const QList<ScheduledReview> schedule = ReviewSchedule::compute(
        products, c.source.reviews(), monthOf(plan.asOf).addMonths(-12), plan.end(), plan.asOf);
    // The schedule comes by month, then product: each product's latest open review wins.
    QHash<QString, qsizetype> itemOf;
    for (const ScheduledReview &entry : schedule) {
        const bool open = entry.status == ReviewStatus::Due ||
                          entry.status == ReviewStatus::Overdue ||
                          (entry.status == ReviewStatus::Upcoming && entry.dueOn <= plan.end());
        const bool doneThisWeek = entry.status == ReviewStatus::Done &&
                                  entry.review->doneOn >= plan.start &&
                                  entry.review->doneOn <= plan.end();
        if (!open && !doneThisWeek)
            continue;
        const auto found = itemOf.constFind(entry.product.meta.id);
        if (found == itemOf.constEnd()) {
            itemOf.insert(entry.product.meta.id, plan.reviews.size());
            plan.reviews.append({entry, 0, {}, {}});
            continue;
        }
        ReviewItem &item = plan.reviews[*found];
        const bool itemOpen = item.review.status != ReviewStatus::Done;
        if (open && itemOpen)
            ++item.earlierOpen;
        if (open || !itemOpen)
            item.review = entry;
    }
    // What moved is the PM's preparation for the review; the team's plan lists what is due.
    for (ReviewItem &item : plan.reviews) {
        if (item.review.status == ReviewStatus::Done || plan.isEveryone())
            continue;
        for (const GrowthReview &review : c.source.reviews())
            if (review.productId == item.review.product.meta.id && review.isDone() &&
                review.month < item.review.month &&
                (!item.lastDoneMonth.isValid() || review.month > item.lastDoneMonth))
                item.lastDoneMonth = review.month;
        // Since the last review, or over the last month for a product never reviewed.
        const QDate since =
            item.lastDoneMonth.isValid() ? item.lastDoneMonth : item.review.month.addMonths(-1);
        for (const MetricDefinition &metric : c.source.definitions()) {
            if (!metric.bands)
                continue;
            const QString productId = item.review.product.meta.id;
            const MetricSeries::ReviewFigures now =
                c.source.reviewFigures(productId, metric, item.review.month);
            const MetricSeries::ReviewFigures before =
                c.source.reviewFigures(productId, metric, since);
            if (!now.band || !before.band || *now.band == *before.band)
                continue;
            const std::optional<double> value = now.smoothed ? now.smoothed : now.mean;
            item.moves.append({metric, *before.band, *now.band, since, value.value_or(0)});
        }
    }
    std::stable_sort(
        plan.reviews.begin(), plan.reviews.end(),
        [](const ReviewItem &a, const ReviewItem &b) { return a.review.dueOn < b.review.dueOn; });
}

// When the goal or one of its key results last changed (milliseconds since the epoch).
qint64 lastChangeOf(const Goal &goal)
{
    qint64 stamp = goal.meta.hlc;
    for (const KeyResult &result : goal.keyResults)
        stamp = std::max(stamp, result.meta.hlc);
    return HybridClock::physicalPart(stamp);
}

void planGoals(Context &c)
{
    WeekPlan &plan = c.plan;
    WeekSource &source = c.source;
    SeriesReader reader(source.session().workspace());
    const GoalProgress::MetricLookup lookup =
        [&source, &reader](const QString &productId, const QString &metricKey, QDate day) {
            return source.latestValue(productId, metricKey, day, reader);
        };
    const bool lastMonth = plan.asOf.month() == plan.quarter.lastDay().month();
    const QList<Goal> &goals = c.source.goals(plan.quarter.key(), plan.pmId);
    // The days of the goals' last changes, off the zone's transitions between the first and
    // the last: converting each instant on its own was an eighth of everyone's plan once its
    // goals are read (bench_week under callgrind, coming back to everyone's week: the goals'
    // rules 17.0 -> 10.3 million instructions).
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Goal &goal : goals) {
        const qint64 changed = lastChangeOf(goal);
        first = std::min(first, changed);
        last = std::max(last, changed);
    }
    // Within two years of now: a stamp far out (merged from a broken clock) would make the zone
    // list the transitions of centuries. Those outside are converted one by one.
    constexpr qint64 twoYears = 2 * 366 * 24 * 60 * 60 * qint64(1000);
    const qint64 now = c.request.now.toMSecsSinceEpoch();
    const ZoneDays changeDays(c.request.zone, std::max(first, now - twoYears),
                              std::min(last, now + twoYears));
    for (const Goal &goal : goals) {
        if (isFinished(goal.status))
            continue;
        GoalItem item{goal, changeDays.dayOf(lastChangeOf(goal)), 0, false, {}};
        if (const qint64 days = item.lastChanged.daysTo(plan.asOf);
            days >= plan.policy.untouchedDays)
            item.untouchedDays = int(days);
        item.missingFindings =
            lastMonth && goal.kind == GoalKind::Research && goal.findingsUrl.trimmed().isEmpty();
        for (const KeyResult &result : goal.keyResults)
            if (GoalProgress::isOffTrack(result, goal, lookup, plan.asOf)) {
                const QDate reading = GoalProgress::readingDay(goal, plan.asOf);
                item.offTrack.append({result, GoalProgress::keyResult(result, lookup, reading),
                                      GoalProgress::quarterElapsed(goal, reading)});
            }
        if (item.isAtRisk() || item.untouchedDays > 0 || item.missingFindings ||
            !item.offTrack.isEmpty())
            plan.goals.append(item);
    }
}

void planHiring(Context &c)
{
    WeekPlan &plan = c.plan;
    for (const Interview &interview : std::as_const(c.interviews)) {
        if (interview.kind != InterviewKind::Candidate || !interview.counts() ||
            (!plan.isEveryone() && interview.pmId != plan.pmId))
            continue;
        const QDate day = interview.start.toTimeZone(c.request.zone).date();
        if (day >= plan.start && day <= plan.end())
            plan.candidateInterviews.append(interview);
        const bool held =
            interview.status == InterviewStatus::Done ||
            (interview.status == InterviewStatus::Planned && interview.end() <= c.request.now);
        if (held && interview.scorecard.isEmpty() && day <= plan.asOf)
            plan.missingScorecards.append(interview);
    }
}

void planTeam(Context &c, const HabitReport &report)
{
    WeekPlan &plan = c.plan;
    plan.teamCount = c.coverage.teams().size();
    plan.uncoveredTeams = c.coverage.uncoveredTeams();
    for (const PmLoad &load : c.coverage.loads())
        if (load.teams() > plan.policy.pmTeamLimit)
            plan.overloadedPms.append(load);
    std::stable_sort(plan.overloadedPms.begin(), plan.overloadedPms.end(),
                     [](const PmLoad &a, const PmLoad &b) { return a.teams() > b.teams(); });
    for (const PmHabit &pm : report.pms)
        if (pm.debt > 0)
            plan.pmsBehind.append(pm);
    std::stable_sort(plan.pmsBehind.begin(), plan.pmsBehind.end(),
                     [](const PmHabit &a, const PmHabit &b) { return a.debt > b.debt; });
}

// The suggestions the rules make, each with the record its state is kept in.
class Suggestions
{
public:
    Suggestions(Context &c)
        : m_plan(c.plan)
        , m_source(c.source)
    {
        for (const WeekAction &action : c.source.actions(c.plan.pmId))
            m_stored.insert(action.meta.id, action);
    }

    void add(WeekRule rule, const QString &subjectId, const QString &period, const QString &text,
             const QString &detail, const RecordRef &subject)
    {
        const QString id = m_source.suggestionId(m_plan.pmId, rule, subjectId, period);
        if (m_added.contains(id))
            return;
        m_added.insert(id);
        SuggestedAction action;
        action.record = recordOf(id, rule, subjectId, period);
        action.record.text = text;
        action.snoozeRecord =
            period.isEmpty() ? action.record
                             : recordOf(m_source.suggestionId(m_plan.pmId, rule, subjectId, {}),
                                        rule, subjectId, {});
        action.snoozeRecord.text = text;
        action.detail = detail;
        action.subject = subject;
        const ActionState state = action.record.state;
        if (state == ActionState::Done || state == ActionState::Dismissed) {
            action.state = state;
        } else if (action.snoozeRecord.isSnoozedOn(m_plan.asOf)) {
            action.state = ActionState::Snoozed;
            action.snoozedUntil = action.snoozeRecord.snoozedUntil;
        }
        m_plan.actions.append(action);
    }

    // The user's own items: from their day's week until they are done.
    void addCustom()
    {
        for (const WeekAction &stored : std::as_const(m_stored)) {
            if (!stored.isCustom() || stored.day > m_plan.end() ||
                stored.state == ActionState::Dismissed ||
                (stored.state == ActionState::Done && stored.doneOn < m_plan.start))
                continue;
            SuggestedAction action;
            action.record = action.snoozeRecord = stored;
            action.state =
                stored.state == ActionState::Snoozed
                    ? (stored.isSnoozedOn(m_plan.asOf) ? ActionState::Snoozed : ActionState::Open)
                    : stored.state;
            if (action.state == ActionState::Snoozed)
                action.snoozedUntil = stored.snoozedUntil;
            m_plan.actions.append(action);
        }
    }

private:
    WeekAction recordOf(const QString &id, WeekRule rule, const QString &subjectId,
                        const QString &period) const
    {
        const auto found = m_stored.constFind(id);
        if (found != m_stored.constEnd())
            return *found;
        WeekAction fresh;
        fresh.meta.id = id;
        fresh.pmId = m_plan.pmId;
        fresh.rule = rule;
        fresh.subjectId = subjectId;
        fresh.period = period;
        return fresh;
    }

    WeekPlan &m_plan;
    WeekSource &m_source;
    QHash<QString, WeekAction> m_stored;
    QSet<QString> m_added;
};

void suggest(Context &c)
{
    WeekPlan &plan = c.plan;
    Suggestions suggestions(c);
    const QString week = plan.period;
    const RecordRef thisWeek{QStringLiteral("interview"), {}, plan.asOf};

    for (const ReviewItem &item : std::as_const(plan.reviews)) {
        if (item.review.status == ReviewStatus::Done)
            continue;
        suggestions.add(
            WeekRule::GrowthReview, item.review.product.meta.id,
            WeekPeriods::month(item.review.month),
            Text::tr("Run the %1 growth review for %2")
                .arg(WeekText::monthName(item.review.month), item.review.product.name),
            WeekText::reviewDetail(item, plan),
            {QStringLiteral("product"), item.review.product.meta.id, item.review.month});
    }

    if (!plan.isEveryone() && plan.habit.active && !plan.isPast()) {
        const int missing = plan.habit.target - plan.habit.done - plan.habit.planned;
        for (int i = 0; i < missing; ++i) {
            if (i < plan.habit.teams.size()) {
                const TeamRecency &team = plan.habit.teams[i];
                suggestions.add(WeekRule::BookInterview, team.team.meta.id, week,
                                Text::tr("Book a user interview for %1").arg(team.team.name),
                                WeekText::recencyDetail(team), thisWeek);
            } else {
                // No team (left) to name: the interview still counts.
                suggestions.add(WeekRule::BookInterview, QString::number(i), week,
                                i == 0 ? Text::tr("Book a user interview")
                                       : Text::tr("Book another user interview"),
                                Text::tr("%1 of the weekly target of %2 booked so far")
                                    .arg(plan.habit.done + plan.habit.planned)
                                    .arg(plan.habit.target),
                                thisWeek);
            }
        }
    }

    for (const GoalItem &item : std::as_const(plan.goals)) {
        const Goal &goal = item.goal;
        const RecordRef ref{QStringLiteral("goal"), goal.meta.id, {}};
        if (item.isAtRisk())
            suggestions.add(WeekRule::GoalAtRisk, goal.meta.id, week,
                            Text::tr("Get “%1” back on track").arg(goal.title),
                            WeekText::goalDetail(item, plan), ref);
        else if (item.untouchedDays > 0)
            suggestions.add(WeekRule::GoalUntouched, goal.meta.id, week,
                            Text::tr("Update the goal “%1”").arg(goal.title),
                            WeekText::untouched(item.untouchedDays), ref);
        if (item.missingFindings)
            suggestions.add(WeekRule::ResearchFindings, goal.meta.id,
                            WeekPeriods::quarter(plan.asOf),
                            Text::tr("Share the findings of “%1”").arg(goal.title),
                            Text::tr("no findings link yet, and the quarter ends %1")
                                .arg(WeekText::shortDate(plan.quarter.lastDay())),
                            ref);
        for (const OffTrackResult &result : item.offTrack)
            suggestions.add(WeekRule::KeyResultOffTrack, result.result.meta.id, week,
                            Text::tr("Look into the key result “%1”").arg(result.result.text),
                            WeekText::offTrackDetail(result), ref);
    }

    for (const Interview &interview : std::as_const(plan.missingScorecards))
        suggestions.add(WeekRule::Scorecard, interview.meta.id, {},
                        Text::tr("Write the scorecard for %1")
                            .arg(interview.interviewee.isEmpty() ? Text::tr("the candidate")
                                                                 : interview.interviewee),
                        Text::tr("interviewed %1").arg(WeekText::shortDate(interview.localDate())),
                        {QStringLiteral("interview"), interview.meta.id, interview.localDate()});

    if (plan.isEveryone()) {
        for (const TeamCoverage &team : std::as_const(plan.uncoveredTeams))
            suggestions.add(
                WeekRule::UncoveredTeam, team.team.meta.id, week,
                Text::tr("Find a PM for %1").arg(team.team.name),
                Text::tr("no PM for %1").arg(describeDuration(team.levelSince, plan.asOf)),
                {QStringLiteral("team"), team.team.meta.id, {}});
        for (const PmLoad &load : std::as_const(plan.overloadedPms))
            suggestions.add(WeekRule::PmOverloaded, load.pm.meta.id, week,
                            Text::tr("Rebalance %1’s teams").arg(load.pm.name),
                            Text::tr("%n team(s), above the limit of %1", nullptr, load.teams())
                                .arg(plan.policy.pmTeamLimit),
                            {QStringLiteral("pm"), load.pm.meta.id, {}});
        for (const PmHabit &pm : std::as_const(plan.pmsBehind))
            suggestions.add(WeekRule::PmBehind, pm.pm.meta.id, week,
                            Text::tr("Check in with %1 on user interviews").arg(pm.pm.name),
                            WeekText::debt(pm.debt, habitWeeks),
                            {QStringLiteral("pm"), pm.pm.meta.id, {}});
    }
    suggestions.addCustom();

    // Open first, then done, snoozed and dismissed, each in the rules' order: grouped, since a
    // stable sort moved each of everyone's 1,838 actions a dozen times (bench_week under
    // callgrind, coming back to everyone's week: 4.9 million instructions of 100).
    std::array<QList<SuggestedAction>, 4> byState;
    byState[std::size_t(ActionState::Open)].reserve(plan.actions.size());
    for (SuggestedAction &action : plan.actions)
        byState[std::size_t(action.state)].append(std::move(action));
    plan.actions.clear();
    for (QList<SuggestedAction> &actions : byState)
        plan.actions.append(std::move(actions));
}

} // namespace

WeekRequest WeekRequest::of(WorkspaceSession &session, const QString &pmId, QDate day)
{
    const QLocale locale;
    WeekRequest request;
    request.pmId = pmId;
    request.now = session.clock().now();
    request.day = day.isValid() ? day : request.today();
    request.firstDay = locale.firstDayOfWeek();
    request.workdays = locale.weekdays();
    request.policy = WeekPolicy::of(session);
    return request;
}

int WeekPlan::count(ActionState state) const
{
    return int(std::count_if(actions.begin(), actions.end(),
                             [state](const SuggestedAction &a) { return a.state == state; }));
}

const SuggestedAction *WeekPlan::action(const QString &id) const
{
    for (const SuggestedAction &action : actions)
        if (action.id() == id)
            return &action;
    return nullptr;
}

namespace WeekPlanner {

QDate weekStart(QDate day, Qt::DayOfWeek firstDay)
{
    return InterviewHabit::weekStart(day, firstDay);
}

QDate asOf(QDate start, QDate today)
{
    return std::clamp(today, start, start.addDays(6));
}

std::pair<QDateTime, QDateTime> weekBounds(QDate start, const QTimeZone &zone)
{
    return {QDateTime(start, QTime(0, 0), zone), QDateTime(start.addDays(7), QTime(0, 0), zone)};
}

WeekPlan plan(WeekSource &source, const WeekRequest &request)
{
    WeekPlan plan;
    plan.pmId = request.pmId;
    plan.today = request.today();
    plan.start = weekStart(request.day.isValid() ? request.day : plan.today, request.firstDay);
    plan.asOf = asOf(plan.start, plan.today);
    plan.period = WeekPeriods::week(plan.start);
    plan.quarter = Quarter::containing(plan.asOf);
    plan.policy = request.policy;
    plan.zone = request.zone;
    for (const Pm &pm : source.pms())
        plan.pmNames.insert(pm.meta.id, pm.name);
    for (const Team &team : source.teams())
        plan.teamNames.insert(team.meta.id, team.name);
    plan.pmName = plan.pmNames.value(plan.pmId);

    const CoverageSnapshot &coverage = source.coverageOn(plan.asOf);
    Context c{request,
              source,
              plan,
              coverage,
              teamsOf(coverage, plan.pmId),
              std::min(plan.asOf, plan.today),
              {},
              {}};
    // From the first of the habit's weeks to the end of this one, with a day either side for
    // interviews booked in zones far from the viewer's.
    const QDate first = weekStart(c.habitDay, request.firstDay).addDays(-7 * habitWeeks);
    const QDateTime from = QDateTime(first, QTime(0, 0), request.zone).addDays(-1);
    const QDateTime to = weekBounds(plan.start, request.zone).second.addDays(1);
    c.habitInterviews = source.habitInterviews(from, to);
    if (plan.isEveryone()) {
        // Whole interviews of everyone are read for the agenda's week only; before it, hiring
        // looks for missing scorecards among the candidate interviews alone, and the habit
        // counts its narrow read. Everyone's thirteen weeks read whole were a ninth of
        // everyone's cold plan (bench_week under callgrind, the sample at scale 20: the reads
        // of interviews 37 -> 28 million instructions, the cold plan 319 -> 305).
        const QDateTime weekFrom = weekBounds(plan.start, request.zone).first.addDays(-1);
        c.interviews = source.candidateInterviews(from, weekFrom);
        c.interviews += source.interviews(weekFrom, to);
    } else {
        c.interviews = source.interviewsOf(plan.pmId, from, to);
    }

    planAgenda(c);
    HabitReport report;
    planHabit(c, report);
    planReviews(c);
    planGoals(c);
    planHiring(c);
    planTeam(c, report);
    suggest(c);
    return plan;
}

} // namespace WeekPlanner
