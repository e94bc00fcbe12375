#pragma once

#include <QString>

#include <optional>

class WorkspaceSession;

// Which PM "me" is in a workspace, on this machine (kept in the user's settings, by the
// workspace's replica id): whose week Cadence opens on, and for whom new records are made.
namespace MePm {

// Nothing until the user has said (or if the PM they named is gone); an empty id if they said
// they are none of the PMs.
std::optional<QString> of(WorkspaceSession &session);
void set(WorkspaceSession &session, const QString &pmId);

} // namespace MePm
