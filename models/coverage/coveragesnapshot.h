#pragma once

#include "coveragetypes.h"

#include <QHash>

// How well a team is covered on a day: the handbook's "teams with no PM" are None; a team
// with only "light support" is covered, but thinly.
enum class CoverageLevel { None, Light, Full };

QString coverageLevelKey(CoverageLevel level); // "none", "light", "full"

struct TeamCoverage {
    Team team;
    // Active on the day, ordered by PM name. Of the merge columns they carry only the id: edits
    // start from CoverageRepository::assignments().
    QList<Assignment> assignments;
    CoverageLevel level = CoverageLevel::None;
    QDate levelSince; // the day the team reached its current level (creation if never changed)

    std::optional<Support> supportBy(const QString &pmId) const;
};

struct PmLoad {
    Pm pm;
    int fullTeams = 0;
    int lightTeams = 0;
    int teams() const { return fullTeams + lightTeams; }
};

// Coverage as it stood on one day, computed from the dated history of assignments.
class CoverageSnapshot
{
public:
    static CoverageSnapshot compute(const QList<Pm> &pms, const QList<Team> &teams,
                                    const QList<Assignment> &assignments, QDate day);

    QDate day() const { return m_day; }
    const QList<TeamCoverage> &teams() const { return m_teams; } // active teams, by name
    const QList<PmLoad> &loads() const { return m_loads; }       // active PMs, by name
    QList<TeamCoverage> uncoveredTeams() const;
    const TeamCoverage *team(const QString &teamId) const;
    const PmLoad *load(const QString &pmId) const;

private:
    QDate m_day;
    QList<TeamCoverage> m_teams;
    QList<PmLoad> m_loads;
    QHash<QString, qsizetype> m_teamIndex;
    QHash<QString, qsizetype> m_loadIndex;
};

// "3 weeks", "5 months", "1 year 2 months": how long since a day, for people.
QString describeDuration(QDate since, QDate until);
