#include "syncfolderwatcher.h"

#include "workspace/workspacesession.h"

SyncFolderWatcher::SyncFolderWatcher(WorkspaceSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_folderTimer.setSingleShot(true);
    m_editTimer.setSingleShot(true);
    m_editTimer.setInterval(EditDelayMs);
    connect(&m_folderTimer, &QTimer::timeout, this, &SyncFolderWatcher::syncNow);
    connect(&m_editTimer, &QTimer::timeout, this, &SyncFolderWatcher::syncNow);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this] { m_folderTimer.start(m_folderMs); });
    connect(&m_session.changes(), &ChangeFeed::changed, this, [this] {
        if (!m_merging)
            editMade();
    });
    start();
}

SyncFolderWatcher::~SyncFolderWatcher()
{
    // An edit made just before closing still reaches the folder.
    if (m_folder && m_editTimer.isActive())
        m_folder->exportOwn();
}

QString SyncFolderWatcher::folder() const
{
    return m_folder ? m_folder->folder() : QString();
}

void SyncFolderWatcher::start()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_folder.reset();
    m_failure.reset();
    const QString folder = SyncFolder::configured(m_session.workspace());
    if (folder.isEmpty() || m_session.workspace().isReadOnly())
        return;
    m_folder = std::make_unique<SyncFolder>(m_session.workspace(), folder, m_session.sharedClock());
    m_folder->setSettleMs(m_settleMs);
    // The first pass once the event loop runs: the window shows first.
    QTimer::singleShot(0, this, &SyncFolderWatcher::syncNow);
}

void SyncFolderWatcher::watch()
{
    // Watched again after each pass: a folder that was missing may be back.
    if (m_folder && m_watcher.directories().isEmpty())
        m_watcher.addPath(m_folder->folder());
}

Outcome SyncFolderWatcher::configure(const QString &folder)
{
    if (Outcome problem = SyncFolder::configure(m_session.workspace(), folder))
        return problem;
    start();
    return {};
}

void SyncFolderWatcher::setDelays(int editMs, int folderMs, qint64 settleMs)
{
    m_editTimer.setInterval(editMs);
    m_folderMs = folderMs;
    m_settleMs = settleMs;
    if (m_folder)
        m_folder->setSettleMs(settleMs);
}

void SyncFolderWatcher::editMade()
{
    if (m_folder)
        m_editTimer.start();
}

void SyncFolderWatcher::syncNow()
{
    if (!m_folder)
        return;
    m_editTimer.stop();
    m_folderTimer.stop();
    m_merging = true;
    const SyncFolder::Pass pass = m_folder->sync();
    m_merging = false;
    watch();
    for (const Problem &skipped : pass.problems)
        emit problem(skipped);
    const bool newFailure =
        pass.failure && (!m_failure || m_failure->text() != pass.failure->text());
    m_failure = pass.failure;
    if (newFailure)
        emit problem(*pass.failure);
    if (pass.failure)
        m_folderTimer.start(RetryMs);
    else if (!pass.pending.isEmpty())
        m_folderTimer.start(int(m_settleMs) + m_folderMs);
    emit synced(pass);
}

QStringList SyncFolderWatcher::peers() const
{
    return m_folder ? m_folder->peers() : QStringList();
}

QDateTime SyncFolderWatcher::lastSynced() const
{
    return m_folder ? m_folder->lastSynced() : QDateTime();
}
