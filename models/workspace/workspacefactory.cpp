#include "workspacefactory.h"

#include "core/hybridclock.h"
#include "sample/coveragesample.h"
#include "sample/goalssample.h"
#include "sample/goalsstarter.h"
#include "sample/interviewsample.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "workspace/workspacesession.h"

#include <QFile>
#include <QTimeZone>

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

// The handbook as a replica: the starter data's records are its one edit, stamped the same in
// every workspace (see RecordStore::FixedStamp), on the day of the handbook's latest page.
Stamp handbookStamp()
{
    static const QString handbook = QStringLiteral("5a1d3e4c-0b6f-4c1e-9a77-68a1d0c0ffee");
    return {HybridClock::fromMs(
                QDateTime(QDate(2025, 10, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()),
            handbook};
}

Outcome fill(WorkspaceSession &session, WorkspaceFactory::Content content, int scale)
{
    if (content == WorkspaceFactory::Content::Empty)
        return {};
    WriteTransaction transaction(session.workspace());
    {
        RecordStore::FixedStamp fromHandbook(session.workspace().records(), handbookStamp(),
                                             QStringLiteral("the handbook"));
        if (Outcome problem = fromHandbook.problem())
            return problem;
        for (const StarterPart &part : starterParts())
            if (Outcome problem = part(session))
                return problem;
    }
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
