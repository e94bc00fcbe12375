#include "goaltypes.h"

#include "core/inputrules.h"

#include <QCoreApplication>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Goals)
};

} // namespace

QString goalKindKey(GoalKind kind)
{
    switch (kind) {
    case GoalKind::PmGoal:
        return QStringLiteral("pm_goal");
    case GoalKind::Research:
        return QStringLiteral("research");
    case GoalKind::SideProject:
        return QStringLiteral("side_project");
    }
    return {};
}

std::optional<GoalKind> goalKindFromKey(const QString &key)
{
    for (GoalKind kind : allGoalKinds)
        if (goalKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString goalKindName(GoalKind kind)
{
    switch (kind) {
    case GoalKind::PmGoal:
        return Text::tr("PM goal");
    case GoalKind::Research:
        return Text::tr("research goal");
    case GoalKind::SideProject:
        return Text::tr("side project");
    }
    return {};
}

std::optional<GoalKind> goalKindFromText(const QString &text)
{
    const QString wanted = text.trimmed();
    for (GoalKind kind : allGoalKinds)
        if (wanted.compare(goalKindKey(kind), Qt::CaseInsensitive) == 0 ||
            wanted.compare(goalKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString goalStatusKey(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return QStringLiteral("not_started");
    case GoalStatus::OnTrack:
        return QStringLiteral("on_track");
    case GoalStatus::AtRisk:
        return QStringLiteral("at_risk");
    case GoalStatus::Done:
        return QStringLiteral("done");
    case GoalStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromKey(const QString &key)
{
    for (GoalStatus status : allGoalStatuses)
        if (goalStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString goalStatusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return Text::tr("not started");
    case GoalStatus::OnTrack:
        return Text::tr("on track");
    case GoalStatus::AtRisk:
        return Text::tr("at risk");
    case GoalStatus::Done:
        return Text::tr("done");
    case GoalStatus::Dropped:
        return Text::tr("dropped");
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromText(const QString &text)
{
    const QString wanted = text.trimmed();
    for (GoalStatus status : allGoalStatuses)
        if (wanted.compare(goalStatusKey(status), Qt::CaseInsensitive) == 0 ||
            wanted.compare(goalStatusName(status), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

std::optional<Quarter> Quarter::parse(const QString &text)
{
    // "2026-Q4" (or "2026-q4"), ASCII digits, read by hand: the week plan reads the quarter of
    // every key result it looks at, and a regular expression's match was most of that work
    // (bench_week under callgrind, everyone: switching the week 148 -> 131 million instructions).
    const QStringView key = QStringView(text).trimmed();
    const auto digit = [&key](qsizetype at) {
        return key[at] >= u'0' && key[at] <= u'9' ? int(key[at].unicode() - u'0') : -1;
    };
    if (key.size() != 7 || key[4] != u'-' || (key[5] != u'Q' && key[5] != u'q'))
        return std::nullopt;
    int year = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        const int next = digit(i);
        if (next < 0)
            return std::nullopt;
        year = year * 10 + next;
    }
    const int number = digit(6);
    if (number < 1 || number > 4 || !InputRules::isPlausibleYear(year))
        return std::nullopt;
    return Quarter{year, number};
}

Quarter Quarter::containing(QDate day)
{
    return Quarter{day.year(), (day.month() - 1) / 3 + 1};
}

QString Quarter::key() const
{
    return QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(number);
}
