#pragma once

#include "core/clock.h"
#include "core/problem.h"

#include <memory>

class WorkspaceSession;

// Makes new workspace files, for `init`, `sample` and the welcome page: empty, from the
// handbook (starter), or the starter plus generated demo activity (sample). Each is written in
// one transaction; on failure no file is left.
namespace WorkspaceFactory {

enum class Content { Empty, Starter, Sample };

Result<std::unique_ptr<WorkspaceSession>> create(const QString &path, std::shared_ptr<Clock> clock,
                                                 Content content, int scale = 1);

} // namespace WorkspaceFactory
