#include "coveragesample.h"

#include "core/ids.h"
#include "coverage/coveragerepository.h"
#include "workspace/workspacesession.h"

#include <QRandomGenerator>

namespace CoverageSample {

Outcome generate(WorkspaceSession &session, int scale)
{
    if (scale <= 1)
        return {};
    QRandomGenerator random(20250101);
    const QDate today = session.today();
    // Ten years of history: the start-up benchmark wants a workspace with a long past, where
    // working out since when each team has had its level is not free.
    const QDate historyStart = today.addYears(-10);
    CoverageEdit edit;
    for (int i = 0; i < (scale - 1) * 3; ++i) {
        Pm pm;
        pm.meta.sample = true;
        pm.meta.id = Ids::random();
        pm.name = QStringLiteral("Sample PM %1").arg(i + 1);
        pm.joinedOn = historyStart.addDays(random.bounded(3 * 365));
        edit.pms.append(pm);
    }
    for (int i = 0; i < (scale - 1) * 12; ++i) {
        Team team;
        team.meta.sample = true;
        team.meta.id = Ids::random();
        team.name = QStringLiteral("Sample Team %1").arg(i + 1);
        team.createdOn = historyStart;
        edit.teams.append(team);
        // A few stints of support, with gaps between them, moving from PM to PM.
        QDate day = historyStart.addDays(random.bounded(120));
        while (day < today) {
            const Pm &pm = edit.pms[random.bounded(int(edit.pms.size()))];
            Assignment assignment;
            assignment.meta.sample = true;
            assignment.meta.id = Ids::random();
            assignment.teamId = team.meta.id;
            assignment.pmId = pm.meta.id;
            assignment.support = random.bounded(4) == 0 ? Support::Light : Support::Full;
            assignment.startOn = std::max(day, pm.joinedOn);
            assignment.endOn = assignment.startOn.addDays(90 + random.bounded(300));
            if (assignment.endOn >= today && random.bounded(3) != 0)
                assignment.endOn = QDate();
            edit.assignments.append(assignment);
            if (!assignment.endOn.isValid())
                break;
            day = assignment.endOn.addDays(random.bounded(60));
        }
    }
    return session.coverage().apply(edit);
}

} // namespace CoverageSample
