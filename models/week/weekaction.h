#pragma once

#include "core/record.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The rules the week plan makes suggestions by, and the user's own items. Stored by key.
enum class WeekRule {
    BookInterview,     // the weekly user interview, with the users of a team
    GrowthReview,      // a growth review due or overdue
    GoalAtRisk,        // a goal marked at risk
    GoalUntouched,     // a goal nobody updated for two weeks
    ResearchFindings,  // a research goal without a findings link in its quarter's last month
    KeyResultOffTrack, // a key result whose metric lags the quarter
    Scorecard,         // a candidate interview held without a scorecard
    UncoveredTeam,     // team-wide: a team with no PM
    PmOverloaded,      // team-wide: a PM above the load limit
    PmBehind,          // team-wide: a PM short of interviews
    Custom,            // added by the user
};

QString weekRuleKey(WeekRule rule); // "book_interview", …, "custom": stored
std::optional<WeekRule> weekRuleFromKey(const QString &key);

// Where an item stands. Snoozed items come back on their day; dismissed ones stay away.
enum class ActionState { Open, Done, Snoozed, Dismissed };
QString actionStateKey(ActionState state); // "open", "done", "snoozed", "dismissed"
std::optional<ActionState> actionStateFromKey(const QString &key);
QString actionStateName(ActionState state); // translated

// What the user did with one item of a week: see models/migrations/0006_week.sql.
struct WeekAction {
    RecordMeta meta;
    QString pmId; // whose week; empty: everyone's
    WeekRule rule = WeekRule::Custom;
    QString subjectId; // the record a suggestion is about
    QString period;    // what it recurs by ("2026-W47", "2026-11", "2026-Q4", "")
    QString text;      // an added item's text; a suggestion's as it read when acted on
    QDate day;         // an added item: the day it is for
    ActionState state = ActionState::Open;
    QDate snoozedUntil; // while Snoozed: the day it comes back
    QDate doneOn;       // once Done

    bool isCustom() const { return rule == WeekRule::Custom; }
    // Hidden on `day` by a snooze that has not run out yet.
    bool isSnoozedOn(QDate on) const
    {
        return state == ActionState::Snoozed && snoozedUntil.isValid() && on < snoozedUntil;
    }
    bool operator==(const WeekAction &) const = default;
};

// A set of actions to save together (one user edit, or its undo).
struct WeekActionChange {
    QString text; // for Edit ▸ Undo "…"
    QList<WeekAction> before;
    QList<WeekAction> after;
    bool isEmpty() const { return after.isEmpty(); }
};

namespace WeekPeriods {
// The ISO week of the week starting on `weekStart`, whatever day the locale starts weeks
// on: the ISO week of its middle day, so that a week from Sunday and one from Monday are the
// same period ("2026-W47").
QString week(QDate weekStart);
QString month(QDate day);   // "2026-11"
QString quarter(QDate day); // "2026-Q4"
} // namespace WeekPeriods

namespace WeekActionIds {
// A suggestion's id, from what it is about: the same suggestion acted on in two workspaces is
// one record.
QString suggestion(const QString &pmId, WeekRule rule, const QString &subjectId,
                   const QString &period);
} // namespace WeekActionIds
