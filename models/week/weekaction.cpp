#include "weekaction.h"

#include "core/ids.h"
#include "goals/goaltypes.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <array>

namespace {

struct RuleKey {
    WeekRule rule;
    const char *key;
};

constexpr std::array<RuleKey, 11> ruleKeys = {{
    {WeekRule::BookInterview, "book_interview"},
    {WeekRule::GrowthReview, "growth_review"},
    {WeekRule::GoalAtRisk, "goal_at_risk"},
    {WeekRule::GoalUntouched, "goal_untouched"},
    {WeekRule::ResearchFindings, "research_findings"},
    {WeekRule::KeyResultOffTrack, "key_result_off_track"},
    {WeekRule::Scorecard, "scorecard"},
    {WeekRule::UncoveredTeam, "uncovered_team"},
    {WeekRule::PmOverloaded, "pm_overloaded"},
    {WeekRule::PmBehind, "pm_behind"},
    {WeekRule::Custom, "custom"},
}};

} // namespace

QString weekRuleKey(WeekRule rule)
{
    for (const RuleKey &entry : ruleKeys)
        if (entry.rule == rule)
            return QString::fromLatin1(entry.key);
    return {};
}

std::optional<WeekRule> weekRuleFromKey(const QString &key)
{
    for (const RuleKey &entry : ruleKeys)
        if (key == QLatin1String(entry.key))
            return entry.rule;
    return std::nullopt;
}

QString actionStateKey(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return QStringLiteral("open");
    case ActionState::Done:
        return QStringLiteral("done");
    case ActionState::Snoozed:
        return QStringLiteral("snoozed");
    case ActionState::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<ActionState> actionStateFromKey(const QString &key)
{
    for (ActionState state :
         {ActionState::Open, ActionState::Done, ActionState::Snoozed, ActionState::Dismissed})
        if (actionStateKey(state) == key)
            return state;
    return std::nullopt;
}

QString actionStateName(ActionState state)
{
    switch (state) {
    case ActionState::Open:
        return QCoreApplication::translate("WeekAction", "open");
    case ActionState::Done:
        return QCoreApplication::translate("WeekAction", "done");
    case ActionState::Snoozed:
        return QCoreApplication::translate("WeekAction", "snoozed");
    case ActionState::Dismissed:
        return QCoreApplication::translate("WeekAction", "dismissed");
    }
    return {};
}

namespace WeekPeriods {

QString week(QDate weekStart)
{
    int year = 0;
    const int number = weekStart.addDays(3).weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(number, 2, 10, QLatin1Char('0'));
}

QString month(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QString quarter(QDate day)
{
    return Quarter::containing(day).key();
}

} // namespace WeekPeriods

namespace WeekActionIds {

QString suggestion(const QString &pmId, WeekRule rule, const QString &subjectId,
                   const QString &period)
{
    return Ids::fromKey(QStringLiteral("week-action"),
                        pmId % u'|' % weekRuleKey(rule) % u'|' % subjectId % u'|' % period);
}

} // namespace WeekActionIds
