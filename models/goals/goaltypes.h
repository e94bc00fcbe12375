#pragma once

#include "core/record.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// What a goal is for, in the handbook's words: a PM's own quarterly goal, a research goal
// that answers a team's "biggest unknown", or one of the PM team's side projects.
enum class GoalKind { PmGoal, Research, SideProject };
inline constexpr std::array<GoalKind, 3> allGoalKinds = {GoalKind::PmGoal, GoalKind::Research,
                                                         GoalKind::SideProject};

// Where a goal stands; each status is one column of the board, in this order.
enum class GoalStatus { NotStarted, OnTrack, AtRisk, Done, Dropped };
inline constexpr std::array<GoalStatus, 5> allGoalStatuses = {
    GoalStatus::NotStarted, GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::Done,
    GoalStatus::Dropped};

QString goalKindKey(GoalKind kind); // "pm_goal", "research", "side_project": stored
std::optional<GoalKind> goalKindFromKey(const QString &key);
QString goalKindName(GoalKind kind); // translated, as shown and written in Markdown
// Accepts the key or the name shown ("research goal"), case-insensitively.
std::optional<GoalKind> goalKindFromText(const QString &text);

QString goalStatusKey(GoalStatus status); // "not_started", …
std::optional<GoalStatus> goalStatusFromKey(const QString &key);
QString goalStatusName(GoalStatus status);
std::optional<GoalStatus> goalStatusFromText(const QString &text);
inline bool isFinished(GoalStatus status)
{
    return status == GoalStatus::Done || status == GoalStatus::Dropped;
}

// A calendar quarter, written "2025-Q1".
struct Quarter {
    int year = 0;
    int number = 0; // 1..4

    static std::optional<Quarter> parse(const QString &text);
    static Quarter containing(QDate day);
    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    QString key() const;
    QDate firstDay() const { return QDate(year, 3 * (number - 1) + 1, 1); }
    QDate lastDay() const { return next().firstDay().addDays(-1); }
    Quarter next() const { return number == 4 ? Quarter{year + 1, 1} : Quarter{year, number + 1}; }
    Quarter previous() const
    {
        return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1};
    }
    auto operator<=>(const Quarter &) const = default;
};

// A key result that follows a metric of a product: it is met when the metric, moving from
// baseline in the direction of target, reaches target.
struct MetricBinding {
    QString productId;
    QString metricKey;
    double baseline = 0;
    double target = 0;

    bool operator==(const MetricBinding &) const = default;
};

struct KeyResult {
    RecordMeta meta;
    QString text;
    bool done = false;
    std::optional<MetricBinding> metric;

    bool operator==(const KeyResult &) const = default;
};

// One goal of a quarter. keyResults are in their order; in an edit they may include
// tombstones (removed key results), which the repository never returns.
struct Goal {
    RecordMeta meta;
    QString quarter; // "2025-Q1"
    QString title;
    GoalKind kind = GoalKind::PmGoal;
    QString ownerId;          // a PM id; empty: nobody yet
    QStringList supporterIds; // PM ids
    QString teamId;           // the team it serves; empty: none (the PM team itself)
    GoalStatus status = GoalStatus::NotStarted;
    QString description;
    QString findingsUrl; // where findings are shared, e.g. a pull request
    double rank = 0;     // order on the board, lowest first
    QString carriedFrom; // the goal of an earlier quarter this one continues
    QList<KeyResult> keyResults;

    // The PM owns or supports it: a PM's goals (GoalRepository::goals() reads them so).
    bool involves(const QString &pmId) const
    {
        return ownerId == pmId || supporterIds.contains(pmId);
    }
    bool operator==(const Goal &) const = default;
};
