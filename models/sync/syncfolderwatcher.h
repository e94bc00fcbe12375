#pragma once

#include "syncfolder.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

class WorkspaceSession;

// Keeps an open workspace in step through its sync folder while it is open (the window's
// side of SyncFolder): a pass at once, another whenever the folder changes (debounced, and
// again later while a file is still being written), and this replica's export written again
// a few seconds after its last own edit, so that typing does not write one per keystroke. A
// problem with a file is announced once; a failed pass (the workspace busy with another
// writer, a full disk) is retried.
class SyncFolderWatcher final : public QObject
{
    Q_OBJECT

public:
    // Quiet time after the last own edit before the export is written.
    static constexpr int EditDelayMs = 3000;
    // Quiet time after the folder changed before it is read (sync tools write in bursts).
    static constexpr int FolderDelayMs = 1000;
    // How long to wait before trying a failed pass again.
    static constexpr int RetryMs = 15000;

    // Watches the folder the workspace is configured with, if any (see SyncFolder).
    explicit SyncFolderWatcher(WorkspaceSession &session, QObject *parent = nullptr);
    ~SyncFolderWatcher() override;

    bool isActive() const { return m_folder != nullptr; }
    QString folder() const;
    // Points the workspace at another folder (empty: none) and syncs through it at once.
    Outcome configure(const QString &folder);
    // A pass now (also what "Sync now" does).
    void syncNow();
    // Sets the delays (tests use short ones; 0 for the settle time of files being written).
    void setDelays(int editMs, int folderMs, qint64 settleMs);

    QStringList peers() const;
    QDateTime lastSynced() const;
    // The last pass's failure, cleared by the next good one.
    const Outcome &failure() const { return m_failure; }

signals:
    // After every pass, good or not.
    void synced(const SyncFolder::Pass &pass);
    // A file skipped, or a pass that failed: one line, once.
    void problem(const Problem &problem);

private:
    void start();
    void watch();
    void editMade();

    WorkspaceSession &m_session;
    std::unique_ptr<SyncFolder> m_folder;
    QFileSystemWatcher m_watcher;
    QTimer m_folderTimer;
    QTimer m_editTimer;
    bool m_merging = false; // our own merge's change must not count as an edit
    int m_folderMs = FolderDelayMs;
    qint64 m_settleMs = 2000;
    Outcome m_failure;
};
