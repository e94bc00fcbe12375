#include "coverageedits.h"

#include "core/ids.h"

#include <QCoreApplication>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CoverageEdits)
};

// Ends, on `on`, every open assignment selected by `belongs`; one starting that day is removed.
template<typename Belongs>
void endAssignments(CoverageChange &change, const QList<Assignment> &history, QDate on,
                    Belongs belongs)
{
    for (const Assignment &assignment : history) {
        if (assignment.meta.deleted || !belongs(assignment))
            continue;
        if (assignment.endOn.isValid() && assignment.endOn <= on)
            continue;
        Assignment ended = assignment;
        if (assignment.startOn >= on)
            ended.meta.deleted = true;
        else
            ended.endOn = on;
        change.before.assignments.append(assignment);
        change.after.assignments.append(ended);
    }
}

} // namespace

namespace CoverageEdits {

CoverageChange addPm(const QString &name, QDate joinedOn)
{
    Pm pm;
    pm.meta.id = Ids::random();
    pm.name = name.trimmed();
    pm.joinedOn = joinedOn;
    return {Text::tr("Add PM “%1”").arg(pm.name), {{tombstoneOf(pm)}, {}, {}}, {{pm}, {}, {}}};
}

CoverageChange renamePm(const Pm &pm, const QString &name)
{
    Pm renamed = pm;
    renamed.name = name.trimmed();
    if (renamed.name == pm.name || renamed.name.isEmpty())
        return {};
    return {Text::tr("Rename PM “%1”").arg(pm.name), {{pm}, {}, {}}, {{renamed}, {}, {}}};
}

CoverageChange archivePm(const Pm &pm, QDate on, const QList<Assignment> &history)
{
    Pm archived = pm;
    archived.archivedOn = on;
    CoverageChange change{
        Text::tr("Archive PM “%1”").arg(pm.name), {{pm}, {}, {}}, {{archived}, {}, {}}};
    endAssignments(change, history, on,
                   [&](const Assignment &assignment) { return assignment.pmId == pm.meta.id; });
    return change;
}

CoverageChange restorePm(const Pm &pm)
{
    Pm restored = pm;
    restored.archivedOn = QDate();
    return {Text::tr("Restore PM “%1”").arg(pm.name), {{pm}, {}, {}}, {{restored}, {}, {}}};
}

CoverageChange addTeam(const QString &name, QDate createdOn)
{
    Team team;
    team.meta.id = Ids::random();
    team.name = name.trimmed();
    team.createdOn = createdOn;
    return {
        Text::tr("Add team “%1”").arg(team.name), {{}, {tombstoneOf(team)}, {}}, {{}, {team}, {}}};
}

CoverageChange renameTeam(const Team &team, const QString &name)
{
    Team renamed = team;
    renamed.name = name.trimmed();
    if (renamed.name == team.name || renamed.name.isEmpty())
        return {};
    return {Text::tr("Rename team “%1”").arg(team.name), {{}, {team}, {}}, {{}, {renamed}, {}}};
}

CoverageChange archiveTeam(const Team &team, QDate on, const QList<Assignment> &history)
{
    Team archived = team;
    archived.archivedOn = on;
    CoverageChange change{
        Text::tr("Archive team “%1”").arg(team.name), {{}, {team}, {}}, {{}, {archived}, {}}};
    endAssignments(change, history, on,
                   [&](const Assignment &assignment) { return assignment.teamId == team.meta.id; });
    return change;
}

CoverageChange restoreTeam(const Team &team)
{
    Team restored = team;
    restored.archivedOn = QDate();
    return {Text::tr("Restore team “%1”").arg(team.name), {{}, {team}, {}}, {{}, {restored}, {}}};
}

CoverageChange setSupport(const Team &team, const Pm &pm, std::optional<Support> support,
                          QDate from, const QList<Assignment> &history)
{
    const Assignment *current = nullptr;
    for (const Assignment &assignment : history)
        if (assignment.teamId == team.meta.id && assignment.pmId == pm.meta.id &&
            assignment.isActiveOn(from))
            current = &assignment;
    if (current && support && current->support == *support)
        return {};
    if (!current && !support)
        return {};

    CoverageChange change;
    if (!support)
        change.text = Text::tr("Unassign %1 from %2").arg(pm.name, team.name);
    else if (current)
        change.text = Text::tr("Switch %1 on %2 to %3 support")
                          .arg(pm.name, team.name,
                               *support == Support::Full ? Text::tr("full") : Text::tr("light"));
    else
        change.text = Text::tr("Assign %1 to %2").arg(pm.name, team.name);

    if (current && current->startOn == from && support) {
        Assignment edited = *current;
        edited.support = *support;
        change.before.assignments.append(*current);
        change.after.assignments.append(edited);
        return change;
    }
    if (current) {
        Assignment ended = *current;
        if (current->startOn >= from)
            ended.meta.deleted = true;
        else
            ended.endOn = from;
        change.before.assignments.append(*current);
        change.after.assignments.append(ended);
    }
    if (support) {
        Assignment opened;
        opened.meta.id = Ids::random();
        opened.teamId = team.meta.id;
        opened.pmId = pm.meta.id;
        opened.support = *support;
        opened.startOn = from;
        // A later assignment of the same pair bounds the new one, so history never overlaps.
        for (const Assignment &assignment : history)
            if (assignment.teamId == team.meta.id && assignment.pmId == pm.meta.id &&
                !assignment.meta.deleted && assignment.startOn > from &&
                (!opened.endOn.isValid() || assignment.startOn < opened.endOn))
                opened.endOn = assignment.startOn;
        change.before.assignments.append(tombstoneOf(opened));
        change.after.assignments.append(opened);
    }
    return change;
}

} // namespace CoverageEdits
