#include "workspacefactory.h"

#include "sample/coveragesample.h"
#include "sample/goalssample.h"
#include "sample/goalsstarter.h"
#include "sample/interviewsample.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "workspace/workspacesession.h"

#include <QFile>

#include <functional>
#include <vector>

namespace {

// Each pane contributes its part of the starter workspace and of the sample activity.
using StarterPart = std::function<Outcome(WorkspaceSession &)>;
using SamplePart = std::function<Outcome(WorkspaceSession &, int scale)>;

const std::vector<StarterPart> &starterParts()
{
    static const std::vector<StarterPart> parts = {
        &StarterData::writeCoverage,
        &GoalsStarter::write,
        &MetricsSample::writeCatalogue,
    };
    return parts;
}

const std::vector<SamplePart> &sampleParts()
{
    static const std::vector<SamplePart> parts = {
        &CoverageSample::generate, &InterviewSample::generate, &MetricsSample::generate,
        &GoalsSample::generate, // after metrics: its key results follow sample metrics
    };
    return parts;
}

Outcome fill(WorkspaceSession &session, WorkspaceFactory::Content content, int scale)
{
    if (content == WorkspaceFactory::Content::Empty)
        return {};
    WriteTransaction transaction(session.workspace());
    for (const StarterPart &part : starterParts())
        if (Outcome problem = part(session))
            return problem;
    if (content == WorkspaceFactory::Content::Sample)
        for (const SamplePart &part : sampleParts())
            if (Outcome problem = part(session, scale))
                return problem;
    return transaction.commit();
}

} // namespace

namespace WorkspaceFactory {

Result<std::unique_ptr<WorkspaceSession>> create(const QString &path, std::shared_ptr<Clock> clock,
                                                 Content content, int scale)
{
    auto created = WorkspaceSession::create(path, std::move(clock));
    if (!created)
        return created.problem();
    std::unique_ptr<WorkspaceSession> session = created.take();
    if (Outcome problem = fill(*session, content, scale)) {
        session.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return *problem;
    }
    session->undoStack().clear();
    return session;
}

} // namespace WorkspaceFactory
