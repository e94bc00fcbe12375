#include "syncfolderstatus.h"

#include "sync/syncfolderwatcher.h"
#include "syncfolderdialog.h"
#include "workspace/workspacesession.h"

#include <QDir>
#include <QLocale>

namespace {

// "just now", "5 min ago", "3 h ago", else the day.
QString sinceText(const QDateTime &then, const QDateTime &now)
{
    const qint64 minutes = then.secsTo(now) / 60;
    if (minutes < 1)
        return SyncFolderStatus::tr("just now");
    if (minutes < 60)
        return SyncFolderStatus::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return SyncFolderStatus::tr("%n h ago", nullptr, int(minutes / 60));
    return QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

SyncFolderStatus::SyncFolderStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncFolderStatus"));
    setCursor(Qt::PointingHandCursor);
    m_ticker.setInterval(30 * 1000);
    connect(&m_ticker, &QTimer::timeout, this, &SyncFolderStatus::refresh);
    hide();
}

SyncFolderStatus::~SyncFolderStatus() = default;

void SyncFolderStatus::setSession(WorkspaceSession *session)
{
    m_watcher.reset();
    m_session = session;
    if (session) {
        m_watcher = std::make_unique<SyncFolderWatcher>(*session);
        connect(m_watcher.get(), &SyncFolderWatcher::synced, this, &SyncFolderStatus::refresh);
        connect(m_watcher.get(), &SyncFolderWatcher::problem, this, &SyncFolderStatus::report);
    }
    refresh();
}

void SyncFolderStatus::configure()
{
    if (!m_watcher)
        return;
    SyncFolderDialog dialog(*m_watcher, window());
    dialog.exec();
    refresh();
}

void SyncFolderStatus::mouseReleaseEvent(QMouseEvent *event)
{
    QLabel::mouseReleaseEvent(event);
    configure();
}

void SyncFolderStatus::report(const Problem &problem)
{
    emit message(problem.text());
}

void SyncFolderStatus::refresh()
{
    if (!m_watcher || !m_watcher->isActive()) {
        m_ticker.stop();
        hide();
        return;
    }
    m_ticker.start();
    const QString folder = QDir::toNativeSeparators(m_watcher->folder());
    if (m_watcher->failure()) {
        setText(tr("Sync failed"));
        setToolTip(m_watcher->failure()->text());
    } else if (!m_watcher->lastSynced().isValid()) {
        setText(tr("Syncing…"));
        setToolTip(folder);
    } else {
        const QStringList peers = m_watcher->peers();
        const QString since = sinceText(m_watcher->lastSynced(), m_session->clock().now());
        setText(peers.isEmpty()
                    ? tr("No teammate in the sync folder yet · %1").arg(since)
                    : tr("Synced with %1 · %2").arg(QLocale().createSeparatedList(peers), since));
        setToolTip(tr("Sync folder: %1").arg(folder));
    }
    show();
}
