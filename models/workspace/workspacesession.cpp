#include "workspacesession.h"

#include "coverage/coveragerepository.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "metrics/metricsrepository.h"
#include "week/weekactionrepository.h"

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace,
                                   std::shared_ptr<Clock> clock)
    : m_workspace(std::move(workspace))
    , m_clock(std::move(clock))
    , m_coverage(std::make_unique<CoverageRepository>(*m_workspace))
    , m_goals(std::make_unique<GoalRepository>(*m_workspace))
    , m_interviews(std::make_unique<InterviewRepository>(*m_workspace))
    , m_metrics(std::make_unique<MetricsRepository>(*m_workspace))
    , m_weekActions(std::make_unique<WeekActionRepository>(*m_workspace))
{}

WorkspaceSession::~WorkspaceSession()
{
    // Commands refer to the repositories: drop them first.
    m_undoStack.clear();
}

Result<std::unique_ptr<WorkspaceSession>>
WorkspaceSession::open(const QString &path, std::shared_ptr<Clock> clock, Workspace::Access access)
{
    auto workspace = Workspace::open(path, clock, access);
    if (!workspace)
        return workspace.problem();
    return std::unique_ptr<WorkspaceSession>(new WorkspaceSession(workspace.take(), clock));
}

Result<std::unique_ptr<WorkspaceSession>> WorkspaceSession::create(const QString &path,
                                                                   std::shared_ptr<Clock> clock)
{
    auto workspace = Workspace::create(path, clock);
    if (!workspace)
        return workspace.problem();
    return std::unique_ptr<WorkspaceSession>(new WorkspaceSession(workspace.take(), clock));
}
