#pragma once

#include "coveragetypes.h"

#include <QHash>

#include <functional>
#include <limits>

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

// One assignment of the history as computing a snapshot needs it: its team and its PM as
// positions in the lists given to CoverageSnapshot::compute(), its days as Julian day
// numbers. Years of history read as whole Assignment records made opening a large workspace
// slow; the snapshot turns only the assignments of its day back into records.
struct HistoryRow {
    qsizetype team = -1; // -1: not a team of the list (a tombstone)
    qsizetype pm = -1;   // -1: not a PM of the list
    Support support = Support::Full;
    qint64 startOn = 0;
    qint64 endOn = std::numeric_limits<qint64>::max(); // exclusive; max: open-ended
    QString id; // needed only for assignments active on the snapshot's day

    bool isActiveOn(qint64 day) const { return startOn <= day && day < endOn; }
};

// The history a snapshot is computed from. Reading every assignment of years of history made
// opening a large workspace slow, so `rows` may hold only the assignments that end after the
// day `from`: these tell every team's level on every day since. A team whose level has not
// changed since then has its whole history read through wholeTeam(), to find when it did.
struct CoverageHistory {
    QList<HistoryRow> rows;
    qint64 from = std::numeric_limits<qint64>::min();           // min: rows is the whole history
    std::function<QList<HistoryRow>(qsizetype team)> wholeTeam; // needed if `from` is not min
};

// Coverage as it stood on one day, computed from the dated history of assignments.
class CoverageSnapshot
{
public:
    static CoverageSnapshot compute(const QList<Pm> &pms, const QList<Team> &teams,
                                    const CoverageHistory &history, QDate day);

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
