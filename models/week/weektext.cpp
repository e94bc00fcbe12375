#include "weektext.h"

#include "metrics/metricseries.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeekText)
};

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + u'%';
}

QString weeksAgo(int weeks)
{
    if (weeks <= 0)
        return Text::tr("this week");
    return Text::tr("%n week(s) ago", nullptr, weeks);
}

} // namespace

namespace WeekText {

QString heading(Section section)
{
    switch (section) {
    case Section::Actions:
        return Text::tr("Suggested actions");
    case Section::Agenda:
        return Text::tr("Agenda");
    case Section::Habit:
        return Text::tr("Interview habit");
    case Section::Reviews:
        return Text::tr("Growth reviews");
    case Section::Goals:
        return Text::tr("Goals");
    case Section::Hiring:
        return Text::tr("Hiring");
    case Section::Team:
        return Text::tr("Across the team");
    }
    return {};
}

QString whose(const WeekPlan &plan)
{
    if (plan.isEveryone())
        return Text::tr("Everyone");
    return plan.pmName.isEmpty() ? Text::tr("Unknown PM") : plan.pmName;
}

QString weekRange(const WeekPlan &plan)
{
    const QLocale locale;
    const QDate first = plan.start;
    const QDate last = plan.end();
    if (first.year() != last.year())
        return Text::tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM yyyy")),
                                       locale.toString(last, QStringLiteral("d MMMM yyyy")));
    if (first.month() != last.month())
        return Text::tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM")),
                                       locale.toString(last, QStringLiteral("d MMMM yyyy")));
    return Text::tr("%1–%2").arg(locale.toString(first, QStringLiteral("d")),
                                 locale.toString(last, QStringLiteral("d MMMM yyyy")));
}

QString title(const WeekPlan &plan)
{
    return Text::tr("%1 · week of %2 (%3)").arg(whose(plan), weekRange(plan), plan.period);
}

QString shortDate(QDate day)
{
    return QLocale().toString(day, QStringLiteral("ddd d MMM"));
}

QString monthName(QDate month)
{
    return QLocale().standaloneMonthName(month.month());
}

QString time(const QDateTime &at)
{
    return at.time().toString(QStringLiteral("HH:mm"));
}

QString slotTime(const AgendaSlot &slot)
{
    if (slot.interview && slot.interview->allDay)
        return Text::tr("all day");
    return Text::tr("%1–%2").arg(time(slot.start), time(slot.end));
}

QString slotText(const AgendaSlot &slot, const WeekPlan &plan)
{
    if (slot.isFree()) {
        const int minutes = int(slot.start.secsTo(slot.end) / 60);
        const QString length = minutes % 60 == 0
                                   ? Text::tr("%1 h").arg(minutes / 60)
                                   : Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        return Text::tr("free for %1").arg(length);
    }
    const Interview &interview = *slot.interview;
    QStringList parts{interview.title()};
    if (const QString team = plan.teamNames.value(interview.teamId); !team.isEmpty())
        parts << team;
    if (plan.isEveryone())
        parts << plan.pmNames.value(interview.pmId);
    QString text = parts.join(QStringLiteral(" · "));
    if (interview.status != InterviewStatus::Planned)
        text += Text::tr(" (%1)").arg(interviewStatusLabel(interview.status).toLower());
    return text;
}

QString habitLine(const WeekPlan &plan)
{
    const HabitSummary &habit = plan.habit;
    if (!habit.active)
        return plan.isEveryone() ? Text::tr("No PMs on the team this week.")
                                 : Text::tr("%1 is not on the team this week.").arg(whose(plan));
    // Of any week, not only this one: the target is weekly.
    QStringList parts{Text::tr("%1 done, %2 booked (target: %3 a week)")
                          .arg(habit.done)
                          .arg(habit.planned)
                          .arg(habit.target)};
    if (!plan.isEveryone())
        parts << Text::tr("%n week(s) in a row at the target", nullptr, habit.streak);
    parts << (habit.debt > 0 ? debt(habit.debt, habit.weeksBack)
                             : Text::tr("no interview debt over the past %n week(s)", nullptr,
                                        habit.weeksBack));
    return parts.join(QStringLiteral(" · "));
}

QString recencyDetail(const TeamRecency &team)
{
    if (team.weeksSince < 0)
        return Text::tr("no user interview on record");
    return Text::tr("users last interviewed %1").arg(weeksAgo(team.weeksSince));
}

QString recencyLine(const TeamRecency &team)
{
    return Text::tr("%1: %2").arg(team.team.name, recencyDetail(team));
}

QString debt(int debt, int weeks)
{
    return Text::tr("%n interview(s) short", nullptr, debt) +
           Text::tr(" over the past %n week(s)", nullptr, weeks);
}

QString reviewDetail(const ReviewItem &item, const WeekPlan &)
{
    const ScheduledReview &review = item.review;
    QString detail;
    switch (review.status) {
    case ReviewStatus::Done:
        return Text::tr("done %1").arg(shortDate(review.review->doneOn));
    case ReviewStatus::Overdue:
        detail = Text::tr("overdue since %1").arg(shortDate(review.dueOn));
        break;
    case ReviewStatus::Due:
    case ReviewStatus::Upcoming:
        detail = Text::tr("due %1").arg(shortDate(review.dueOn));
        break;
    }
    if (item.earlierOpen > 0)
        detail +=
            Text::tr("; ") + Text::tr("%n earlier review(s) not done", nullptr, item.earlierOpen);
    if (!item.moves.isEmpty()) {
        QStringList moves;
        for (const BandMove &move : item.moves)
            moves << moveLine(move);
        detail += Text::tr("; moved: %1").arg(moves.join(QStringLiteral(", ")));
    }
    return detail;
}

QString reviewLine(const ReviewItem &item, const WeekPlan &plan)
{
    return Text::tr("%1, %2 review: %3")
        .arg(item.review.product.name, monthName(item.review.month), reviewDetail(item, plan));
}

QString moveLine(const BandMove &move)
{
    return Text::tr("%1 %2 → %3 (%4)")
        .arg(move.metric.name, bandLevelLabel(move.from), bandLevelLabel(move.to),
             formatMetricValue(move.value, move.metric.unit));
}

QString untouched(int days)
{
    if (days < 14)
        return Text::tr("untouched for %n day(s)", nullptr, days);
    return Text::tr("untouched for %n week(s)", nullptr, days / 7);
}

QString goalDetail(const GoalItem &item, const WeekPlan &)
{
    QStringList reasons;
    if (item.isAtRisk())
        reasons << Text::tr("at risk");
    if (item.untouchedDays > 0)
        reasons << untouched(item.untouchedDays);
    if (item.missingFindings)
        reasons << Text::tr("no findings link yet");
    if (!item.offTrack.isEmpty())
        reasons << Text::tr("%n key result(s) off track", nullptr, int(item.offTrack.size()));
    return reasons.join(QStringLiteral("; "));
}

QString goalLine(const GoalItem &item, const WeekPlan &plan)
{
    QString who = plan.pmNames.value(item.goal.ownerId);
    if (who.isEmpty())
        who = Text::tr("no owner");
    return Text::tr("“%1” (%2, %3): %4")
        .arg(item.goal.title, goalKindName(item.goal.kind), who, goalDetail(item, plan));
}

QString offTrackDetail(const OffTrackResult &result)
{
    return Text::tr("%1 of the way with %2 of the quarter gone")
        .arg(percent(result.progress), percent(result.expected));
}

QString offTrackLine(const OffTrackResult &result)
{
    return Text::tr("%1: %2").arg(result.result.text, offTrackDetail(result));
}

QString candidateLine(const Interview &interview, const WeekPlan &plan)
{
    QString line =
        Text::tr("%1 %2 %3")
            .arg(shortDate(interview.start.toTimeZone(plan.zone).date()),
                 time(interview.start.toTimeZone(plan.zone)),
                 interview.interviewee.isEmpty() ? Text::tr("a candidate") : interview.interviewee);
    if (plan.isEveryone())
        line += Text::tr(" with %1").arg(plan.pmNames.value(interview.pmId));
    if (interview.status != InterviewStatus::Planned)
        line += Text::tr(" (%1)").arg(interviewStatusLabel(interview.status).toLower());
    return line;
}

QString scorecardLine(const Interview &interview, const WeekPlan &plan)
{
    QString line =
        Text::tr("%1, interviewed %2")
            .arg(interview.interviewee.isEmpty() ? Text::tr("a candidate") : interview.interviewee,
                 shortDate(interview.localDate()));
    if (plan.isEveryone())
        line += Text::tr(" by %1").arg(plan.pmNames.value(interview.pmId));
    return line;
}

QString uncoveredLine(const TeamCoverage &team, const WeekPlan &plan)
{
    return Text::tr("%1: no PM for %2 (since %3)")
        .arg(team.team.name, describeDuration(team.levelSince, plan.asOf),
             team.levelSince.toString(Qt::ISODate));
}

QString overloadLine(const PmLoad &load, const WeekPlan &plan)
{
    return Text::tr("%1: %n team(s) (%2 light), above the limit of %3", nullptr, load.teams())
        .arg(load.pm.name)
        .arg(load.lightTeams)
        .arg(plan.policy.pmTeamLimit);
}

QString behindLine(const PmHabit &pm, const WeekPlan &plan)
{
    return Text::tr("%1: %2").arg(pm.pm.name, debt(pm.debt, plan.habit.weeksBack));
}

QString actionLine(const SuggestedAction &action)
{
    if (action.detail.isEmpty())
        return action.text();
    return Text::tr("%1 — %2").arg(action.text(), action.detail);
}

QString stateNote(const SuggestedAction &action)
{
    switch (action.state) {
    case ActionState::Open:
        return {};
    case ActionState::Done:
        return action.record.doneOn.isValid()
                   ? Text::tr("done %1").arg(shortDate(action.record.doneOn))
                   : Text::tr("done");
    case ActionState::Snoozed:
        return Text::tr("snoozed until %1").arg(shortDate(action.snoozedUntil));
    case ActionState::Dismissed:
        return Text::tr("dismissed");
    }
    return {};
}

QString nothing(Section section, const WeekPlan &plan)
{
    switch (section) {
    case Section::Actions:
        return Text::tr(
            "Nothing to do this week: the plan suggests nothing, and there are no items "
            "of your own.");
    case Section::Agenda:
        return Text::tr("No interviews this week.");
    case Section::Habit:
        return habitLine(plan);
    case Section::Reviews:
        return plan.isEveryone() ? Text::tr("No growth reviews due.")
                                 : Text::tr("No growth reviews due for the products of %1’s teams.")
                                       .arg(whose(plan));
    case Section::Goals:
        return Text::tr("No goals at risk, untouched or off track in %1.").arg(plan.quarter.key());
    case Section::Hiring:
        return Text::tr("No candidate interviews this week, and every scorecard is written.");
    case Section::Team:
        if (plan.teamCount == 0)
            return Text::tr("No teams yet: add them on the Coverage pane.");
        return Text::tr("Every team has a PM, nobody is above the limit of %n team(s), and nobody "
                        "is behind on interviews.",
                        nullptr, plan.policy.pmTeamLimit);
    }
    return {};
}

} // namespace WeekText
