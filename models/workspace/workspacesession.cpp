#include "workspacesession.h"

#include "coverage/coveragerepository.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "metrics/metricsrepository.h"
#include "sync/conflictrepository.h"
#include "week/weekactionrepository.h"
#include "week/weeksource.h"
#include "workspace/integritycheck.h"

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace,
                                   std::shared_ptr<Clock> clock)
    : m_workspace(std::move(workspace))
    , m_clock(std::move(clock))
    , m_coverage(std::make_unique<CoverageRepository>(*m_workspace))
    , m_goals(std::make_unique<GoalRepository>(*m_workspace))
    , m_interviews(std::make_unique<InterviewRepository>(*m_workspace))
    , m_metrics(std::make_unique<MetricsRepository>(*m_workspace))
    , m_weekActions(std::make_unique<WeekActionRepository>(*m_workspace))
    , m_conflicts(std::make_unique<ConflictRepository>(*m_workspace, *m_metrics))
    // Made here, before any pane listens to the workspace's changes: it hears of each change
    // first, so that a plan made on hearing of a change reads what the change wrote.
    , m_weekSource(std::make_unique<WeekSource>(*this))
{}

WorkspaceSession::~WorkspaceSession()
{
    // Commands refer to the repositories: drop them first.
    m_undoStack.clear();
}

void WorkspaceSession::checkInBackground()
{
    if (m_check || m_workspace->integrity() != Workspace::Integrity::Unchecked)
        return;
    m_check = std::make_unique<BackgroundIntegrityCheck>(m_workspace->path());
    connect(m_check.get(), &BackgroundIntegrityCheck::finished, this,
            &WorkspaceSession::takeVerdict);
    m_check->start();
}

Outcome WorkspaceSession::verify()
{
    if (m_workspace->integrity() == Workspace::Integrity::Unchecked)
        takeVerdict(IntegrityCheck::run(m_workspace->path()));
    return m_workspace->verify();
}

void WorkspaceSession::takeVerdict(const IntegrityVerdict &verdict)
{
    const bool wasDamaged = m_workspace->integrity() == Workspace::Integrity::Damaged;
    m_workspace->noteIntegrity(verdict);
    if (!wasDamaged && verdict.state == Workspace::Integrity::Damaged && verdict.problem)
        emit damaged(*verdict.problem);
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
