// libFuzzer target: any bytes as a Markdown file of goals to import, and the change it would
// make to the sample's goals.
#include "formats/goalsmarkdown.h"
#include "fuzzsession.h"
#include "goals/goalcontext.h"
#include "goals/goalrepository.h"
#include "workspace/workspacesession.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSession::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    WorkspaceSession &session = FuzzSession::sample();
    static const GoalsMarkdown::Resolver resolver = GoalContext::markdownResolver(session);
    static const QList<Goal> existing = session.goals().goals();
    const GoalsMarkdown::Reading read = GoalsMarkdown::read(
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)), resolver,
        QStringLiteral("2026-Q4"));
    if (read.ok())
        GoalsMarkdown::importChange(read.goals, existing);
    else
        read.problem(QStringLiteral("fuzz.md"));
    return 0;
}
