#pragma once

#include "core/clock.h"
#include "workspace/workspacefactory.h"
#include "workspace/workspacesession.h"

#include <QTemporaryDir>

#include <memory>

// A workspace in a temporary folder, with a clock that stands still (by default on Monday
// 2026-11-16, 09:00 UTC) so that "today" and every hlc stamp are reproducible.
class TestWorkspace
{
public:
    explicit TestWorkspace(WorkspaceFactory::Content content = WorkspaceFactory::Content::Empty,
                           QDateTime now = defaultNow());

    static QDateTime defaultNow();

    WorkspaceSession &session() { return *m_session; }
    FixedClock &clock() { return *m_clock; }
    std::shared_ptr<Clock> sharedClock() const { return m_clock; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Closes the workspace (and its connection), e.g. to compare the file's bytes.
    void close() { m_session.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<FixedClock> m_clock;
    QString m_path;
    std::unique_ptr<WorkspaceSession> m_session;
};

// Sends the app's data (backups, default workspace) and settings to a throw-away place.
void isolateUserFolders();

// The data rows of a test over tests/data/workspaces: the corpus of files that are not good
// workspaces, each with the words its refusal must contain (columns "name" and "expected").
void addBadWorkspaceRows();
