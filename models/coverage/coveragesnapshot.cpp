#include "coveragesnapshot.h"

#include <QCollator>
#include <QCoreApplication>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

QString supportKey(Support support)
{
    return support == Support::Full ? QStringLiteral("full") : QStringLiteral("light");
}

std::optional<Support> supportFromKey(const QString &key)
{
    if (key == QLatin1String("full"))
        return Support::Full;
    if (key == QLatin1String("light"))
        return Support::Light;
    return std::nullopt;
}

QString coverageLevelKey(CoverageLevel level)
{
    switch (level) {
    case CoverageLevel::None:
        return QStringLiteral("none");
    case CoverageLevel::Light:
        return QStringLiteral("light");
    case CoverageLevel::Full:
        break;
    }
    return QStringLiteral("full");
}

std::optional<Support> TeamCoverage::supportBy(const QString &pmId) const
{
    for (const Assignment &assignment : assignments)
        if (assignment.pmId == pmId)
            return assignment.support;
    return std::nullopt;
}

namespace {

constexpr qint64 Always = std::numeric_limits<qint64>::min();
constexpr qint64 Never = std::numeric_limits<qint64>::max();

// The days a PM is active, as Julian day numbers: from joining until archived (exclusive).
struct PmSpan {
    qint64 from = Always;
    qint64 until = Never;
    bool known = false; // false: a tombstone, which covers nobody

    bool isActiveOn(qint64 day) const { return known && from <= day && day < until; }
};

// A team's level on a day. Assignments count only while their PM is active: an archived PM
// covers nobody.
CoverageLevel levelOn(std::span<const HistoryRow *const> history, const QList<PmSpan> &pms,
                      qint64 day)
{
    CoverageLevel level = CoverageLevel::None;
    for (const HistoryRow *row : history) {
        if (!row->isActiveOn(day) || row->pm < 0 || !pms[row->pm].isActiveOn(day))
            continue;
        if (row->support == Support::Full)
            return CoverageLevel::Full;
        level = CoverageLevel::Light;
    }
    return level;
}

// The day the team reached its level: the latest day on which the level changed, at or
// before the snapshot's day and after the team was created. Nothing if that lies before
// `from`, the first day the history tells levels of (see CoverageHistory).
std::optional<qint64> levelSince(std::span<const HistoryRow *const> history,
                                 const QList<PmSpan> &pms, qint64 created, qint64 day,
                                 CoverageLevel current, qint64 from)
{
    // The level can only change where an assignment or a PM starts or ends.
    QVarLengthArray<qint64, 128> changes;
    for (const HistoryRow *row : history) {
        changes.append(row->startOn);
        if (row->endOn != Never)
            changes.append(row->endOn);
        if (row->pm >= 0) {
            const PmSpan &pm = pms[row->pm];
            if (pm.from != Always)
                changes.append(pm.from);
            if (pm.until != Never)
                changes.append(pm.until);
        }
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const qint64 change = *it;
        if (change > day)
            continue;
        if (created != Always && change <= created)
            break;
        if (change - 1 < from)
            return std::nullopt;
        if (levelOn(history, pms, change - 1) != current)
            return change;
    }
    // No change since the team was created, or since the first change the rows show: older
    // rows may hold one.
    if (from != Always && (created == Always || created < from))
        return std::nullopt;
    return created != Always ? created : (changes.empty() ? day : changes.front());
}

qint64 julianDay(QDate day, qint64 invalid)
{
    return day.isValid() ? day.toJulianDay() : invalid;
}

// Positions in the locale's order of names, as QString::localeAwareCompare() has it. A sort
// key per name, compared many times, costs a fraction of comparing hundreds of names with
// each other.
QList<qsizetype> localeOrder(const QStringList &names)
{
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(names.size()));
    for (const QString &name : names)
        keys.push_back(collator.sortKey(name));
    QList<qsizetype> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&keys](qsizetype a, qsizetype b) { return keys[a].compare(keys[b]) < 0; });
    return order;
}

} // namespace

CoverageSnapshot CoverageSnapshot::compute(const QList<Pm> &pms, const QList<Team> &teams,
                                           const CoverageHistory &history, QDate day)
{
    CoverageSnapshot snapshot;
    snapshot.m_day = day;
    const qint64 today = day.toJulianDay();
    // The rows tell the levels of the days from `from` on, the snapshot's day among them.
    Q_ASSERT(history.from <= today);

    QList<PmSpan> spans(pms.size());
    for (qsizetype i = 0; i < pms.size(); ++i)
        spans[i] = PmSpan{julianDay(pms[i].joinedOn, Always), julianDay(pms[i].archivedOn, Never),
                          !pms[i].meta.deleted};

    // The PM columns: active PMs by name; loadOfPm maps a PM's position to its column.
    QStringList pmNames;
    pmNames.reserve(pms.size());
    for (const Pm &pm : pms)
        pmNames.append(pm.name);
    QList<qsizetype> loadOfPm(pms.size(), -1);
    for (const qsizetype i : localeOrder(pmNames)) {
        if (!pms[i].isActiveOn(day))
            continue;
        loadOfPm[i] = snapshot.m_loads.size();
        snapshot.m_loadIndex.insert(pms[i].meta.id, snapshot.m_loads.size());
        snapshot.m_loads.append(PmLoad{pms[i], 0, 0});
    }

    // Each team's history, gathered by a counting sort on the team's position.
    QList<qsizetype> firstRow(teams.size() + 1, 0);
    for (const HistoryRow &row : history.rows)
        if (row.team >= 0 && row.team < teams.size())
            ++firstRow[row.team + 1];
    for (qsizetype i = 0; i < teams.size(); ++i)
        firstRow[i + 1] += firstRow[i];
    QList<const HistoryRow *> byTeam(firstRow.last());
    QList<qsizetype> next = firstRow;
    for (const HistoryRow &row : history.rows)
        if (row.team >= 0 && row.team < teams.size())
            byTeam[next[row.team]++] = &row;

    // Active teams, by name.
    QStringList teamNames;
    teamNames.reserve(teams.size());
    for (const Team &team : teams)
        teamNames.append(team.name);
    snapshot.m_teams.reserve(teams.size());
    for (const qsizetype i : localeOrder(teamNames)) {
        const Team &team = teams[i];
        if (!team.isActiveOn(day))
            continue;
        const std::span<const HistoryRow *const> teamHistory(byTeam.constData() + firstRow[i],
                                                             size_t(firstRow[i + 1] - firstRow[i]));

        // The assignments of the day whose PM is active, in the order of the PM columns.
        QVarLengthArray<std::pair<qsizetype, const HistoryRow *>, 8> current;
        for (const HistoryRow *row : teamHistory) {
            const qsizetype load = row->pm >= 0 ? loadOfPm[row->pm] : -1;
            if (load < 0 || !row->isActiveOn(today))
                continue;
            current.append({load, row});
            PmLoad &pmLoad = snapshot.m_loads[load];
            (row->support == Support::Full ? pmLoad.fullTeams : pmLoad.lightTeams)++;
        }
        std::stable_sort(current.begin(), current.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });

        TeamCoverage coverage{team, {}, CoverageLevel::None, {}};
        coverage.assignments.reserve(current.size());
        for (const auto &[load, row] : current) {
            Assignment assignment;
            assignment.meta.id = row->id;
            assignment.teamId = team.meta.id;
            assignment.pmId = pms[row->pm].meta.id;
            assignment.support = row->support;
            assignment.startOn = QDate::fromJulianDay(row->startOn);
            if (row->endOn != Never)
                assignment.endOn = QDate::fromJulianDay(row->endOn);
            coverage.assignments.append(std::move(assignment));
        }
        coverage.level = levelOn(teamHistory, spans, today);
        const qint64 created = julianDay(team.createdOn, Always);
        std::optional<qint64> since =
            levelSince(teamHistory, spans, created, today, coverage.level, history.from);
        if (!since) {
            const QList<HistoryRow> whole = history.wholeTeam(i);
            QList<const HistoryRow *> rows;
            rows.reserve(whole.size());
            for (const HistoryRow &row : whole)
                rows.append(&row);
            since = levelSince(rows, spans, created, today, coverage.level, Always);
        }
        coverage.levelSince = QDate::fromJulianDay(*since);
        snapshot.m_teamIndex.insert(team.meta.id, snapshot.m_teams.size());
        snapshot.m_teams.append(std::move(coverage));
    }
    return snapshot;
}

QList<TeamCoverage> CoverageSnapshot::uncoveredTeams() const
{
    QList<TeamCoverage> result;
    for (const TeamCoverage &team : m_teams)
        if (team.level == CoverageLevel::None)
            result.append(team);
    std::stable_sort(
        result.begin(), result.end(),
        [](const TeamCoverage &a, const TeamCoverage &b) { return a.levelSince < b.levelSince; });
    return result;
}

const TeamCoverage *CoverageSnapshot::team(const QString &teamId) const
{
    const auto it = m_teamIndex.constFind(teamId);
    return it == m_teamIndex.cend() ? nullptr : &m_teams[*it];
}

const PmLoad *CoverageSnapshot::load(const QString &pmId) const
{
    const auto it = m_loadIndex.constFind(pmId);
    return it == m_loadIndex.cend() ? nullptr : &m_loads[*it];
}

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Duration)
};

} // namespace

QString describeDuration(QDate since, QDate until)
{
    const qint64 days = since.daysTo(until);
    if (days < 14)
        return Text::tr("%n day(s)", nullptr, int(days));
    if (days < 61)
        return Text::tr("%n week(s)", nullptr, int(days / 7));
    int months = (until.year() - since.year()) * 12 + until.month() - since.month();
    if (until.day() < since.day())
        --months;
    // "18 months" reads quicker than "1 year 6 months", and fits a table cell.
    if (months < 24)
        return Text::tr("%n month(s)", nullptr, months);
    const QString years = Text::tr("%n year(s)", nullptr, months / 12);
    return months % 12 ? years + QLatin1Char(' ') + Text::tr("%n month(s)", nullptr, months % 12)
                       : years;
}
