#include "coveragesnapshot.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

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

// Assignments count only while their PM is active: an archived PM covers nobody.
CoverageLevel levelOn(const QList<const Assignment *> &history,
                      const QHash<QString, const Pm *> &pmsById, QDate day)
{
    CoverageLevel level = CoverageLevel::None;
    for (const Assignment *assignment : history) {
        const Pm *pm = pmsById.value(assignment->pmId);
        if (!assignment->isActiveOn(day) || !pm || !pm->isActiveOn(day))
            continue;
        if (assignment->support == Support::Full)
            return CoverageLevel::Full;
        level = CoverageLevel::Light;
    }
    return level;
}

QDate levelSince(const Team &team, const QList<const Assignment *> &history,
                 const QHash<QString, const Pm *> &pmsById, QDate day, CoverageLevel current)
{
    // The level can only change where an assignment or a PM starts or ends.
    std::set<QDate> changes;
    for (const Assignment *assignment : history) {
        changes.insert(assignment->startOn);
        if (assignment->endOn.isValid())
            changes.insert(assignment->endOn);
        if (const Pm *pm = pmsById.value(assignment->pmId)) {
            if (pm->joinedOn.isValid())
                changes.insert(pm->joinedOn);
            if (pm->archivedOn.isValid())
                changes.insert(pm->archivedOn);
        }
    }
    const QDate floor = team.createdOn.isValid() ? team.createdOn : QDate();
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const QDate change = *it;
        if (change > day)
            continue;
        if (floor.isValid() && change <= floor)
            break;
        if (levelOn(history, pmsById, change.addDays(-1)) != current)
            return change;
    }
    return floor.isValid() ? floor : (changes.empty() ? day : *changes.begin());
}

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
    QHash<QString, QList<const Assignment *>> historyByTeam;
    for (const Assignment &assignment : assignments)
        if (!assignment.meta.deleted)
            historyByTeam[assignment.teamId].append(&assignment);

    for (const Pm &pm : pms)
        if (pm.isActiveOn(day))
            snapshot.m_loads.append(PmLoad{pm, 0, 0});
    std::sort(snapshot.m_loads.begin(), snapshot.m_loads.end(),
              [](const PmLoad &a, const PmLoad &b) {
                  return QString::localeAwareCompare(a.pm.name, b.pm.name) < 0;
              });
    for (qsizetype i = 0; i < snapshot.m_loads.size(); ++i)
        snapshot.m_loadIndex.insert(snapshot.m_loads[i].pm.meta.id, i);

    for (const Team &team : teams) {
        if (!team.isActiveOn(day))
            continue;
        TeamCoverage coverage{team, {}, CoverageLevel::None, {}};
        const QList<const Assignment *> history = historyByTeam.value(team.meta.id);
        for (const Assignment *assignment : history) {
            const auto load = snapshot.m_loadIndex.constFind(assignment->pmId);
            if (!assignment->isActiveOn(day) || load == snapshot.m_loadIndex.cend())
                continue;
            coverage.assignments.append(*assignment);
            PmLoad &pmLoad = snapshot.m_loads[*load];
            (assignment->support == Support::Full ? pmLoad.fullTeams : pmLoad.lightTeams)++;
        }
        coverage.level = levelOn(history, pmsById, day);
        coverage.levelSince = levelSince(team, history, pmsById, day, coverage.level);
        std::sort(coverage.assignments.begin(), coverage.assignments.end(),
                  [&](const Assignment &a, const Assignment &b) {
                      return snapshot.m_loadIndex.value(a.pmId) <
                             snapshot.m_loadIndex.value(b.pmId);
                  });
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
