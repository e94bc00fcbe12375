#include "weektext.h"

#include "core/plural.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WeekText", text);
}

QString count(int n, const char *one, const char *many)
{
    return plural("WeekText", n, one, many);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(qRound(share * 100));
}

QString bandName(BandLevel level)
{
    switch (level) {
    case BandLevel::Poor:
        return tr("poor");
    case BandLevel::Fair:
        return tr("fair");
    case BandLevel::Good:
        return tr("good");
    case BandLevel::Great:
        return tr("great");
    }
    return {};
}

QString weeksAgo(int weeks)
{
    if (weeks <= 0)
        return tr("this week");
    return count(weeks, "1 week ago", "%1 weeks ago");
}

} // namespace

namespace WeekText {

QString heading(Section section)
{
    switch (section) {
    case Section::Actions:
        return tr("Suggested actions");
    case Section::Agenda:
        return tr("Agenda");
    case Section::Habit:
        return tr("Interview habit");
    case Section::Reviews:
        return tr("Growth reviews");
    case Section::Goals:
        return tr("Goals");
    case Section::Hiring:
        return tr("Hiring");
    case Section::Team:
        return tr("Across the team");
    }
    return {};
}

QString whose(const WeekPlan &plan)
{
    if (plan.isEveryone())
        return tr("Everyone");
    return plan.pmName.isEmpty() ? tr("Unknown PM") : plan.pmName;
}

QString weekRange(const WeekPlan &plan)
{
    const QLocale locale;
    const QDate first = plan.start;
    const QDate last = plan.end();
    if (first.year() != last.year())
        return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM yyyy")),
                                 locale.toString(last, QStringLiteral("d MMMM yyyy")));
    if (first.month() != last.month())
        return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM")),
                                 locale.toString(last, QStringLiteral("d MMMM yyyy")));
    return tr("%1–%2").arg(locale.toString(first, QStringLiteral("d")),
                           locale.toString(last, QStringLiteral("d MMMM yyyy")));
}

QString title(const WeekPlan &plan)
{
    return tr("%1 · week of %2 (%3)").arg(whose(plan), weekRange(plan), plan.period);
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
        return tr("all day");
    return tr("%1–%2").arg(time(slot.start), time(slot.end));
}

QString slotText(const AgendaSlot &slot, const WeekPlan &plan)
{
    if (slot.isFree()) {
        const int minutes = int(slot.start.secsTo(slot.end) / 60);
        const QString length = minutes % 60 == 0
                                   ? count(minutes / 60, "1 h", "%1 h")
                                   : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        return tr("free for %1").arg(length);
    }
    const Interview &interview = *slot.interview;
    QStringList parts{interview.title()};
    if (const QString team = plan.teamNames.value(interview.teamId); !team.isEmpty())
        parts << team;
    if (plan.isEveryone())
        parts << plan.pmNames.value(interview.pmId);
    QString text = parts.join(QStringLiteral(" · "));
    if (interview.status != InterviewStatus::Planned)
        text += tr(" (%1)").arg(interviewStatusLabel(interview.status).toLower());
    return text;
}

QString habitLine(const WeekPlan &plan)
{
    const HabitSummary &habit = plan.habit;
    if (!habit.active)
        return plan.isEveryone() ? tr("No PMs on the team this week.")
                                 : tr("%1 is not on the team this week.").arg(whose(plan));
    QStringList parts{tr("%1 done and %2 booked of %3 this week")
                          .arg(habit.done)
                          .arg(habit.planned)
                          .arg(habit.target)};
    if (!plan.isEveryone())
        parts << count(habit.streak, "1 week in a row at the target",
                       "%1 weeks in a row at the target");
    parts << (habit.debt > 0 ? debt(habit.debt, habit.weeksBack)
                             : tr("no interview debt over the past %1 weeks").arg(habit.weeksBack));
    return parts.join(QStringLiteral(" · "));
}

QString recencyDetail(const TeamRecency &team)
{
    if (team.weeksSince < 0)
        return tr("no user interview on record");
    return tr("users last interviewed %1").arg(weeksAgo(team.weeksSince));
}

QString recencyLine(const TeamRecency &team)
{
    return tr("%1: %2").arg(team.team.name, recencyDetail(team));
}

QString debt(int debt, int weeks)
{
    return count(debt, "1 interview short", "%1 interviews short") +
           tr(" over the past %1 weeks").arg(weeks);
}

QString reviewDetail(const ReviewItem &item, const WeekPlan &)
{
    const ScheduledReview &review = item.review;
    QString detail;
    switch (review.status) {
    case ReviewStatus::Done:
        return tr("done %1").arg(shortDate(review.review->doneOn));
    case ReviewStatus::Overdue:
        detail = tr("overdue since %1").arg(shortDate(review.dueOn));
        break;
    case ReviewStatus::Due:
    case ReviewStatus::Upcoming:
        detail = tr("due %1").arg(shortDate(review.dueOn));
        break;
    }
    if (item.earlierOpen > 0)
        detail += tr("; ") + count(item.earlierOpen, "1 earlier review not done",
                                   "%1 earlier reviews not done");
    if (!item.moves.isEmpty()) {
        QStringList moves;
        for (const BandMove &move : item.moves)
            moves << moveLine(move);
        detail += tr("; moved: %1").arg(moves.join(QStringLiteral(", ")));
    }
    return detail;
}

QString reviewLine(const ReviewItem &item, const WeekPlan &plan)
{
    return tr("%1, %2 review: %3")
        .arg(item.review.product.name, monthName(item.review.month), reviewDetail(item, plan));
}

QString moveLine(const BandMove &move)
{
    return tr("%1 %2 → %3 (%4)")
        .arg(move.metric.name, bandName(move.from), bandName(move.to),
             formatMetricValue(move.value, move.metric.unit));
}

QString untouched(int days)
{
    if (days < 14)
        return count(days, "untouched for 1 day", "untouched for %1 days");
    return count(days / 7, "untouched for 1 week", "untouched for %1 weeks");
}

QString goalDetail(const GoalItem &item, const WeekPlan &)
{
    QStringList reasons;
    if (item.isAtRisk())
        reasons << tr("at risk");
    if (item.untouchedDays > 0)
        reasons << untouched(item.untouchedDays);
    if (item.missingFindings)
        reasons << tr("no findings link yet");
    if (!item.offTrack.isEmpty())
        reasons << count(int(item.offTrack.size()), "1 key result off track",
                         "%1 key results off track");
    return reasons.join(QStringLiteral("; "));
}

QString goalLine(const GoalItem &item, const WeekPlan &plan)
{
    QString who = plan.pmNames.value(item.goal.ownerId);
    if (who.isEmpty())
        who = tr("no owner");
    return tr("“%1” (%2, %3): %4")
        .arg(item.goal.title, goalKindName(item.goal.kind), who, goalDetail(item, plan));
}

QString offTrackDetail(const OffTrackResult &result)
{
    return tr("%1 of the way with %2 of the quarter gone")
        .arg(percent(result.progress), percent(result.expected));
}

QString offTrackLine(const OffTrackResult &result)
{
    return tr("%1: %2").arg(result.result.text, offTrackDetail(result));
}

QString candidateLine(const Interview &interview, const WeekPlan &plan)
{
    QString line =
        tr("%1 %2 %3")
            .arg(shortDate(interview.start.toTimeZone(plan.zone).date()),
                 time(interview.start.toTimeZone(plan.zone)),
                 interview.interviewee.isEmpty() ? tr("a candidate") : interview.interviewee);
    if (plan.isEveryone())
        line += tr(" with %1").arg(plan.pmNames.value(interview.pmId));
    if (interview.status != InterviewStatus::Planned)
        line += tr(" (%1)").arg(interviewStatusLabel(interview.status).toLower());
    return line;
}

QString scorecardLine(const Interview &interview, const WeekPlan &plan)
{
    QString line =
        tr("%1, interviewed %2")
            .arg(interview.interviewee.isEmpty() ? tr("a candidate") : interview.interviewee,
                 shortDate(interview.localDate()));
    if (plan.isEveryone())
        line += tr(" by %1").arg(plan.pmNames.value(interview.pmId));
    return line;
}

QString uncoveredLine(const TeamCoverage &team, const WeekPlan &plan)
{
    return tr("%1: no PM for %2 (since %3)")
        .arg(team.team.name, describeDuration(team.levelSince, plan.asOf),
             team.levelSince.toString(Qt::ISODate));
}

QString overloadLine(const PmLoad &load, const WeekPlan &plan)
{
    return tr("%1: %2 teams (%3 light), above the limit of %4")
        .arg(load.pm.name)
        .arg(load.teams())
        .arg(load.lightTeams)
        .arg(plan.policy.pmTeamLimit);
}

QString behindLine(const PmHabit &pm, const WeekPlan &plan)
{
    return tr("%1: %2").arg(pm.pm.name, debt(pm.debt, plan.habit.weeksBack));
}

QString actionLine(const SuggestedAction &action)
{
    if (action.detail.isEmpty())
        return action.text();
    return tr("%1 — %2").arg(action.text(), action.detail);
}

QString stateNote(const SuggestedAction &action)
{
    switch (action.state) {
    case ActionState::Open:
        return {};
    case ActionState::Done:
        return action.record.doneOn.isValid() ? tr("done %1").arg(shortDate(action.record.doneOn))
                                              : tr("done");
    case ActionState::Snoozed:
        return tr("snoozed until %1").arg(shortDate(action.snoozedUntil));
    case ActionState::Dismissed:
        return tr("dismissed");
    }
    return {};
}

QString nothing(Section section, const WeekPlan &plan)
{
    switch (section) {
    case Section::Actions:
        return tr("Nothing to do this week: the plan suggests nothing, and there are no items "
                  "of your own.");
    case Section::Agenda:
        return tr("No interviews this week.");
    case Section::Habit:
        return habitLine(plan);
    case Section::Reviews:
        return plan.isEveryone()
                   ? tr("No growth reviews due.")
                   : tr("No growth reviews due for the products of %1’s teams.").arg(whose(plan));
    case Section::Goals:
        return tr("No goals at risk, untouched or off track in %1.").arg(plan.quarter.key());
    case Section::Hiring:
        return tr("No candidate interviews this week, and every scorecard is written.");
    case Section::Team:
        return tr("Every team has a PM, nobody is above the limit of %1 teams, and nobody is "
                  "behind on interviews.")
            .arg(plan.policy.pmTeamLimit);
    }
    return {};
}

} // namespace WeekText
