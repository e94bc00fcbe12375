#pragma once

#include "core/clock.h"
#include "core/problem.h"
#include "workspace.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

class BackgroundIntegrityCheck;
struct IntegrityVerdict;
class ConflictRepository;
class CoverageRepository;
class GoalRepository;
class InterviewRepository;
class MetricsRepository;
class WeekActionRepository;
class WeekSource;

// Everything that lives as long as one open workspace: the file, its repositories (shared by
// every pane, so that a change made in one pane refreshes the others) and the undo history.
class WorkspaceSession final : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<WorkspaceSession>>
    open(const QString &path, std::shared_ptr<Clock> clock,
         Workspace::Access access = Workspace::Access::ReadWrite);
    static Result<std::unique_ptr<WorkspaceSession>> create(const QString &path,
                                                            std::shared_ptr<Clock> clock);
    ~WorkspaceSession() override;

    Workspace &workspace() { return *m_workspace; }
    QString path() const { return m_workspace->path(); }
    const Clock &clock() const { return *m_clock; }
    std::shared_ptr<Clock> sharedClock() const { return m_clock; }
    QDate today() const { return m_clock->today(); }
    QUndoStack &undoStack() { return m_undoStack; }
    // Every committed batch of writes to the workspace (see WorkspaceChange).
    ChangeFeed &changes() { return m_workspace->changes(); }

    // Checks the file in the background if it opened before its check (see Workspace); a
    // damaged file turns read-only and damaged() says why.
    void checkInBackground();
    // The same check now, unless its verdict is in: before a bulk write (an import).
    Outcome verify();

    CoverageRepository &coverage() { return *m_coverage; }
    GoalRepository &goals() { return *m_goals; }
    InterviewRepository &interviews() { return *m_interviews; }
    MetricsRepository &metrics() { return *m_metrics; }
    WeekActionRepository &weekActions() { return *m_weekActions; }
    ConflictRepository &conflicts() { return *m_conflicts; }
    // The records the week plans read, held for as long as the workspace is open and kept up to
    // date with its changes: every plan of the session (the This week pane's, whichever PM or
    // week) reads the workspace only for what it has not read yet.
    WeekSource &weekSource() { return *m_weekSource; }

signals:
    void damaged(const Problem &problem);

private:
    WorkspaceSession(std::unique_ptr<Workspace> workspace, std::shared_ptr<Clock> clock);
    void takeVerdict(const IntegrityVerdict &verdict);

    std::unique_ptr<Workspace> m_workspace;
    std::shared_ptr<Clock> m_clock;
    QUndoStack m_undoStack;
    std::unique_ptr<CoverageRepository> m_coverage;
    std::unique_ptr<GoalRepository> m_goals;
    std::unique_ptr<InterviewRepository> m_interviews;
    std::unique_ptr<MetricsRepository> m_metrics;
    std::unique_ptr<BackgroundIntegrityCheck> m_check;
    std::unique_ptr<WeekActionRepository> m_weekActions;
    std::unique_ptr<ConflictRepository> m_conflicts;
    std::unique_ptr<WeekSource> m_weekSource; // last: it reads through the repositories above
};
