#include "mepm.h"

#include "core/settings.h"
#include "coverage/coveragerepository.h"
#include "workspace/workspacesession.h"

namespace MePm {

std::optional<QString> of(WorkspaceSession &session)
{
    std::optional<QString> pmId = Settings().mePmId(session.workspace().replicaId());
    if (pmId && !pmId->isEmpty()) {
        const std::optional<Pm> pm = session.coverage().pm(*pmId);
        if (!pm || pm->meta.deleted)
            return std::nullopt;
    }
    return pmId;
}

void set(WorkspaceSession &session, const QString &pmId)
{
    Settings().setMePmId(session.workspace().replicaId(), pmId);
}

} // namespace MePm
