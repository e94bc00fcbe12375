#include "coveragesnapshot.h"

#include <QCoreApplication>

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

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

// One assignment of a team's history with its PM looked up once: the level of a team is
// asked for on many days (see levelSince()), and a hash lookup per assignment and day made
// that the largest part of computing a snapshot of years of history.
struct HistoryEntry {
    const Assignment *assignment;
    const Pm *pm; // null: the PM is unknown or deleted
};

// Assignments count only while their PM is active: an archived PM covers nobody.
CoverageLevel levelOn(const QList<HistoryEntry> &history, QDate day)
{
    CoverageLevel level = CoverageLevel::None;
    for (const HistoryEntry &entry : history) {
        if (!entry.assignment->isActiveOn(day) || !entry.pm || !entry.pm->isActiveOn(day))
            continue;
        if (entry.assignment->support == Support::Full)
            return CoverageLevel::Full;
        level = CoverageLevel::Light;
    }
    return level;
}

QDate levelSince(const Team &team, const QList<HistoryEntry> &history, QDate day,
                 CoverageLevel current)
{
    // The level can only change where an assignment or a PM starts or ends.
    QVarLengthArray<QDate, 64> changes;
    for (const HistoryEntry &entry : history) {
        changes.append(entry.assignment->startOn);
        if (entry.assignment->endOn.isValid())
            changes.append(entry.assignment->endOn);
        if (entry.pm) {
            if (entry.pm->joinedOn.isValid())
                changes.append(entry.pm->joinedOn);
            if (entry.pm->archivedOn.isValid())
                changes.append(entry.pm->archivedOn);
        }
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    const QDate floor = team.createdOn.isValid() ? team.createdOn : QDate();
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const QDate change = *it;
        if (change > day)
            continue;
        if (floor.isValid() && change <= floor)
            break;
        if (levelOn(history, change.addDays(-1)) != current)
            return change;
    }
    return floor.isValid() ? floor : (changes.empty() ? day : changes.front());
}

// Looks an id up by the string's data first: ids read from a workspace share their data
// (see CoverageRepository::coverageOn()), so thousands of history rows hash a pointer
// rather than a 36-character id. Equal pointers always mean equal ids; different ones fall
// back to the ids themselves (the size counts too: a shortened string may keep its data).
template<typename T> class IdLookup
{
public:
    explicit IdLookup(const QHash<QString, T> &byId)
        : m_byId(byId)
    {}
    std::optional<T> find(const QString &id)
    {
        const std::pair<const void *, qsizetype> data(id.constData(), id.size());
        if (const auto known = m_byData.constFind(data); known != m_byData.cend())
            return *known;
        const auto found = m_byId.constFind(id);
        const std::optional<T> value =
            found == m_byId.cend() ? std::nullopt : std::optional<T>(*found);
        if (!id.isEmpty())
            m_byData.insert(data, value);
        return value;
    }

private:
    const QHash<QString, T> &m_byId;
    QHash<std::pair<const void *, qsizetype>, std::optional<T>> m_byData;
};

} // namespace

CoverageSnapshot CoverageSnapshot::compute(const QList<Pm> &pms, const QList<Team> &teams,
                                           const QList<Assignment> &assignments, QDate day)
{
    CoverageSnapshot snapshot;
    snapshot.m_day = day;

    QHash<QString, const Pm *> pmsById;
    for (const Pm &pm : pms)
        if (!pm.meta.deleted)
            pmsById.insert(pm.meta.id, &pm);

    for (const Pm &pm : pms)
        if (pm.isActiveOn(day))
            snapshot.m_loads.append(PmLoad{pm, 0, 0});
    std::sort(snapshot.m_loads.begin(), snapshot.m_loads.end(),
              [](const PmLoad &a, const PmLoad &b) {
                  return QString::localeAwareCompare(a.pm.name, b.pm.name) < 0;
              });
    for (qsizetype i = 0; i < snapshot.m_loads.size(); ++i)
        snapshot.m_loadIndex.insert(snapshot.m_loads[i].pm.meta.id, i);

    // Each team's history, in the order given.
    QHash<QString, qsizetype> teamSlots;
    teamSlots.reserve(teams.size());
    for (qsizetype i = 0; i < teams.size(); ++i)
        teamSlots.insert(teams[i].meta.id, i);
    QList<QList<HistoryEntry>> historyByTeam(teams.size());
    IdLookup<qsizetype> teamOf(teamSlots);
    IdLookup<const Pm *> pmOf(pmsById);
    for (const Assignment &assignment : assignments) {
        if (assignment.meta.deleted)
            continue;
        if (const std::optional<qsizetype> slot = teamOf.find(assignment.teamId))
            historyByTeam[*slot].append(
                HistoryEntry{&assignment, pmOf.find(assignment.pmId).value_or(nullptr)});
    }
    IdLookup<qsizetype> loadOf(snapshot.m_loadIndex);

    snapshot.m_teams.reserve(teams.size());
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const Team &team = teams[i];
        if (!team.isActiveOn(day))
            continue;
        TeamCoverage coverage{team, {}, CoverageLevel::None, {}};
        const QList<HistoryEntry> &history = historyByTeam[i];
        QVarLengthArray<std::pair<qsizetype, const Assignment *>, 8> current;
        for (const HistoryEntry &entry : history) {
            if (!entry.assignment->isActiveOn(day))
                continue;
            const std::optional<qsizetype> load = loadOf.find(entry.assignment->pmId);
            if (!load)
                continue;
            current.append({*load, entry.assignment});
            PmLoad &pmLoad = snapshot.m_loads[*load];
            (entry.assignment->support == Support::Full ? pmLoad.fullTeams : pmLoad.lightTeams)++;
        }
        // In the order of the PM columns.
        std::stable_sort(current.begin(), current.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        coverage.assignments.reserve(current.size());
        for (const auto &[load, assignment] : current)
            coverage.assignments.append(*assignment);
        coverage.level = levelOn(history, day);
        coverage.levelSince = levelSince(team, history, day, coverage.level);
        snapshot.m_teams.append(std::move(coverage));
    }
    std::sort(snapshot.m_teams.begin(), snapshot.m_teams.end(),
              [](const TeamCoverage &a, const TeamCoverage &b) {
                  return QString::localeAwareCompare(a.team.name, b.team.name) < 0;
              });
    for (qsizetype i = 0; i < snapshot.m_teams.size(); ++i)
        snapshot.m_teamIndex.insert(snapshot.m_teams[i].team.meta.id, i);
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

// English plurals without a translation catalogue: "%n day(s)" would print "(s)".
QString countOf(int n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate("Duration", one)
                  : QCoreApplication::translate("Duration", many).arg(n);
}

} // namespace

QString describeDuration(QDate since, QDate until)
{
    const qint64 days = since.daysTo(until);
    if (days < 14)
        return countOf(int(days), "1 day", "%1 days");
    if (days < 61)
        return countOf(int(days / 7), "1 week", "%1 weeks");
    int months = (until.year() - since.year()) * 12 + until.month() - since.month();
    if (until.day() < since.day())
        --months;
    // "18 months" reads quicker than "1 year 6 months", and fits a table cell.
    if (months < 24)
        return countOf(months, "1 month", "%1 months");
    const QString years = countOf(months / 12, "1 year", "%1 years");
    return months % 12 ? years + QLatin1Char(' ') + countOf(months % 12, "1 month", "%1 months")
                       : years;
}
