#pragma once

#include "coveragesnapshot.h"
#include "coveragetypes.h"
#include "workspace/repository.h"

#include <optional>

// PMs, teams and the dated history of who supports which team.
class CoverageRepository final : public Repository
{
    Q_OBJECT

public:
    using Repository::Repository;

    // Records that are not tombstones, ordered by name (assignments by start date).
    QList<Pm> pms() const;
    QList<Team> teams() const;
    QList<Assignment> assignments() const;

    std::optional<Pm> pm(const QString &id) const;
    std::optional<Team> team(const QString &id) const;
    // The one PM of that name (see PmNames::matching); none when it is unknown or ambiguous.
    std::optional<Pm> findPm(const QString &name) const;
    std::optional<Team> findTeam(const QString &name) const;

    CoverageSnapshot coverageOn(QDate day) const;

    // Saves the records of one edit in one transaction, stamping each, then announces it.
    // The records are returned as saved (with their ids and stamps) through edit.
    Outcome apply(CoverageEdit &edit);
    Outcome save(Pm &pm);
    Outcome save(Team &team);
    Outcome save(Assignment &assignment);

private:
    Outcome write(Pm &pm);
    Outcome write(Team &team);
    Outcome write(Assignment &assignment);
};
