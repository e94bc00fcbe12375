#include "syncfolder.h"

#include "mergesource.h"
#include "workspace/statement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <qplatformdefs.h>

#include <algorithm>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncFolder)
};

// Keys of the workspace's meta table (which is the file's own and never merges).
constexpr auto FolderKey = "sync_folder";
constexpr auto MergedKey = "sync_merged";     // file name -> the version vector last merged
constexpr auto ExportedKey = "sync_exported"; // this replica's version vector last exported

const QString ExportPrefix = QStringLiteral("cadence-");
const QString ExportSuffix = QStringLiteral(".cadence");

QString metaValue(Workspace &workspace, const char *key)
{
    Statement read(workspace.sqliteHandle(), "SELECT value FROM meta WHERE key = ?1");
    read.bind(1, QByteArray(key));
    return read.next() ? read.text(0) : QString();
}

Outcome setMetaValue(Workspace &workspace, const char *key, const QString &value)
{
    WriteTransaction transaction(workspace);
    if (!transaction.isOpen())
        return transaction.problem();
    Statement write(workspace.sqliteHandle(),
                    value.isEmpty() ? QByteArray("DELETE FROM meta WHERE key = ?1")
                                    : QByteArray("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = "
                                                 "excluded.value"));
    write.bind(1, QByteArray(key));
    if (!value.isEmpty())
        write.bind(2, value);
    if (!write.exec())
        return workspace.problem(Text::tr("cannot be written (%1)").arg(write.error()));
    return transaction.commit();
}

// A version vector as one line, the same for the same vector: what an export holds.
QString vectorText(const QHash<QString, qint64> &seen)
{
    QStringList entries;
    for (auto entry = seen.cbegin(); entry != seen.cend(); ++entry)
        entries << entry.key() + u'=' + QString::number(entry.value());
    entries.sort();
    return entries.join(u' ');
}

QJsonObject mergedVectors(Workspace &workspace)
{
    return QJsonDocument::fromJson(metaValue(workspace, MergedKey).toUtf8()).object();
}

// Whether the file is shorter than its SQLite header says, or has no whole header yet: a copy
// still under way. (A file that is not SQLite at all is not incomplete: the merge names it.)
bool incomplete(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100)
        return magic.startsWith(header); // the start of a workspace, or an empty file
    if (!header.startsWith(magic))
        return false;
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pages = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    // The page count in the header is valid only when written by the same change.
    return changeCounter == validFor && pages > 0 && size < pages * pageSize;
}

} // namespace

bool SyncFolder::Pass::changed() const
{
    return std::any_of(merged.cbegin(), merged.cend(),
                       [](const Merge::Report &report) { return !report.total().isEmpty(); });
}

QString SyncFolder::configured(Workspace &workspace)
{
    return metaValue(workspace, FolderKey);
}

Outcome SyncFolder::configure(Workspace &workspace, const QString &folder)
{
    if (folder.isEmpty())
        return setMetaValue(workspace, FolderKey, QString());
    const QFileInfo info(folder);
    if (!info.exists())
        return Problem{folder, Text::tr("no such folder")};
    if (!info.isDir())
        return Problem{folder, Text::tr("is not a folder; choose the folder your sync tool shares")};
    if (!info.isWritable())
        return Problem{folder, Text::tr("cannot be written; Cadence keeps its export there")};
    // A sync tool copying the open workspace (and its write-ahead log) as it changes would
    // carry torn copies to teammates, and might write one back over it.
    const QString inside = info.canonicalFilePath() + u'/';
    if (QFileInfo(workspace.path()).canonicalFilePath().startsWith(inside))
        return Problem{folder, Text::tr("holds this workspace itself; keep the workspace outside the "
                                  "sync folder (only its export goes there)")};
    return setMetaValue(workspace, FolderKey, info.absoluteFilePath());
}

QString SyncFolder::exportName(const QString &replicaId)
{
    return ExportPrefix + replicaId + ExportSuffix;
}

SyncFolder::SyncFolder(Workspace &workspace, QString folder, std::shared_ptr<Clock> clock)
    : m_workspace(workspace)
    , m_folder(std::move(folder))
    , m_clock(std::move(clock))
{}

SyncFolder::Kind SyncFolder::kindOf(const QString &name) const
{
    // Sync tools' own files and folders (.stfolder, .syncthing.*.tmp, .dropbox.cache, .git),
    // half-written exports (ours are *.partial), and SQLite's companions of an open file.
    static const QStringList ignoredEndings = {QStringLiteral(".partial"), QStringLiteral(".tmp"),
                                               QStringLiteral("-wal"),     QStringLiteral("-shm"),
                                               QStringLiteral("-journal"), QStringLiteral("~")};
    if (name.startsWith(u'.') || name.startsWith(QLatin1String("~$")) ||
        std::any_of(ignoredEndings.cbegin(), ignoredEndings.cend(),
                    [&](const QString &ending) { return name.endsWith(ending); }))
        return Kind::Ignored;
    // This replica's own export, and any copy a sync tool made of it.
    if (name.contains(m_workspace.replicaId()))
        return Kind::Own;
    return name.endsWith(ExportSuffix) ? Kind::Export : Kind::Foreign;
}

SyncFolder::Fingerprint SyncFolder::fingerprintOf(const QString &path)
{
    // To the nanosecond, and the inode: an export replaced within the same millisecond by one
    // of the same size is still told apart.
    QT_STATBUF status;
    if (QT_STAT(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    const auto nanoseconds = [](const timespec &time) {
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    };
    return {qint64(status.st_size), nanoseconds(status.st_mtim), nanoseconds(status.st_ctim),
            quint64(status.st_ino)};
}

bool SyncFolder::stillBeingWritten(const QString &path, const Fingerprint &fingerprint) const
{
    // File times are the file system's: compared with the real clock, not the injected one.
    const qint64 age = QDateTime::currentMSecsSinceEpoch() - fingerprint.modifiedNs / 1000000;
    if (age < m_settleMs)
        return true;
    // A file that stays short for a minute is not being written: the merge will say what it is.
    return age < 60 * 1000 && incomplete(path, fingerprint.size);
}

bool SyncFolder::exportIsStale()
{
    return !QFileInfo::exists(QDir(m_folder).filePath(exportName(m_workspace.replicaId()))) ||
           metaValue(m_workspace, ExportedKey) != vectorText(seenBy(m_workspace));
}

Outcome SyncFolder::exportOwn(bool *written)
{
    if (written)
        *written = false;
    if (!exportIsStale())
        return {};
    return writeExport(written);
}

Outcome SyncFolder::writeExport(bool *written)
{
    const QString target = QDir(m_folder).filePath(exportName(m_workspace.replicaId()));
    if (Outcome problem = Merge::exportTo(m_workspace, target))
        return problem;
    if (written)
        *written = true;
    return noteExported();
}

Outcome SyncFolder::noteExported()
{
    return setMetaValue(m_workspace, ExportedKey, vectorText(seenBy(m_workspace)));
}

SyncFolder::Pass SyncFolder::sync()
{
    Pass pass;
    const QDir folder(m_folder);
    if (!folder.exists()) {
        pass.failure = Problem{m_folder, Text::tr("the sync folder does not exist (any more?)")};
        return pass;
    }
    const bool stale = exportIsStale(); // holds edits made since the export was written
    QJsonObject merged = mergedVectors(m_workspace);
    std::vector<std::unique_ptr<MergeSource>> sources;
    QList<MergeSource *> toMerge;
    QHash<QString, Fingerprint> taken; // name -> fingerprint, of the files merged in this pass
    QSet<QString> present;
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        const QString path = folder.filePath(name);
        const Kind kind = kindOf(name);
        if (kind == Kind::Ignored || kind == Kind::Own || m_workspace.isSameFile(path))
            continue;
        present.insert(name);
        const Fingerprint fingerprint = fingerprintOf(path);
        if (m_settled.value(name) == fingerprint)
            continue;
        if (kind == Kind::Foreign) {
            m_settled.insert(name, fingerprint);
            m_peers.remove(name);
            pass.problems.append(
                {path, Text::tr("is not a Cadence export (not named cadence-….cadence); skipped")});
            continue;
        }
        if (stillBeingWritten(path, fingerprint)) {
            pass.pending << path;
            continue;
        }
        auto source = MergeSource::open(m_workspace, path, m_clock);
        if (!source) {
            m_settled.insert(name, fingerprint);
            m_peers.remove(name);
            pass.problems.append(source.problem());
            continue;
        }
        const QString holds = vectorText(source.value()->seen());
        if (merged.value(name).toString() == holds) {
            m_settled.insert(name, fingerprint);
            m_peers.insert(name, source.value()->replicaName());
            continue;
        }
        taken.insert(name, fingerprint);
        toMerge.append(source.value().get());
        sources.push_back(source.take());
    }
    for (auto peer = m_peers.begin(); peer != m_peers.end();)
        peer = present.contains(peer.key()) ? std::next(peer) : m_peers.erase(peer);

    const bool merging = !toMerge.isEmpty();
    while (!toMerge.isEmpty()) {
        auto result = Merge::mergeChecked(m_workspace, toMerge);
        if (result) {
            pass.merged = result.value();
            break;
        }
        // An export that fails half-way through (nothing landed) is reported and set aside;
        // the others are merged without it. Any other failure is the workspace's.
        const auto failed = std::find_if(toMerge.begin(), toMerge.end(), [&](MergeSource *source) {
            return source->path() == result.problem().file;
        });
        if (failed == toMerge.end()) {
            pass.failure = result.problem();
            return pass;
        }
        const QString name = QFileInfo((*failed)->path()).fileName();
        m_settled.insert(name, taken.take(name));
        m_peers.remove(name);
        pass.problems.append(result.problem());
        toMerge.erase(failed);
    }
    for (auto file = merged.begin(); file != merged.end();)
        file = present.contains(file.key()) ? std::next(file) : merged.erase(file);
    if (!toMerge.isEmpty()) {
        for (MergeSource *source : std::as_const(toMerge))
            merged.insert(QFileInfo(source->path()).fileName(), vectorText(source->seen()));
        if (Outcome problem = setMetaValue(
                m_workspace, MergedKey,
                QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)))) {
            pass.failure = problem;
            return pass;
        }
        for (auto file = taken.cbegin(); file != taken.cend(); ++file)
            m_settled.insert(file.key(), file.value());
        for (MergeSource *source : std::as_const(toMerge))
            m_peers.insert(QFileInfo(source->path()).fileName(), source->replicaName());
    }
    // A merge that took nothing in still moves the version vector (and the clock): the export
    // is written again only if it lacks a change, else two replicas would answer each other's
    // exports for ever.
    if (stale || pass.changed())
        pass.failure = writeExport(&pass.exported);
    else if (merging)
        pass.failure = noteExported();
    if (pass.failure)
        return pass;
    m_lastSynced = m_clock->now();
    return pass;
}

QStringList SyncFolder::peers() const
{
    QStringList names = m_peers.values();
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}
