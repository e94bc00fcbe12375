#pragma once

#include <QLabel>
#include <QTimer>

#include <memory>

class SyncFolderWatcher;
class WorkspaceSession;
struct Problem;

// The status line's word on the sync folder ("Synced with Anna, Ben · 2 min ago"), and the
// owner of the open workspace's SyncFolderWatcher: the window's whole share of syncing through
// a folder. Hidden while the workspace has no sync folder; a click opens the settings.
class SyncFolderStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit SyncFolderStatus(QWidget *parent = nullptr);
    ~SyncFolderStatus() override;

    // Watches the session's sync folder (nullptr: none). Called before the session goes.
    void setSession(WorkspaceSession *session);
    SyncFolderWatcher *watcher() const { return m_watcher.get(); }

    // The Sync folder dialog for the open workspace.
    void configure();

signals:
    // A file skipped or a pass that failed, for the status line's transient message.
    void message(const QString &text);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();
    void report(const Problem &problem);

    WorkspaceSession *m_session = nullptr;
    std::unique_ptr<SyncFolderWatcher> m_watcher;
    QTimer m_ticker; // "2 min ago" moves on
};
