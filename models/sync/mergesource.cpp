#include "mergesource.h"

#include "workspace/statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <qplatformdefs.h>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

// Whether two paths name the same file (a link, another spelling), by device and inode.
bool sameFile(const QString &a, const QString &b)
{
    QT_STATBUF first;
    QT_STATBUF second;
    return QT_STAT(QFile::encodeName(a).constData(), &first) == 0 &&
           QT_STAT(QFile::encodeName(b).constData(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace

QHash<QString, qint64> seenBy(Workspace &workspace)
{
    QHash<QString, qint64> seen;
    Statement rows(workspace.sqliteHandle(), "SELECT id, seen FROM replica");
    while (rows.next())
        seen.insert(rows.text(0), rows.integer(1));
    seen.insert(workspace.replicaId(), workspace.clock().lastSeen());
    return seen;
}

Result<std::unique_ptr<MergeSource>> MergeSource::open(const Workspace &into, const QString &path,
                                                       std::shared_ptr<Clock> clock)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Problem{path, Text::tr("no such file")};
    if (!info.isFile())
        return Problem{path, Text::tr("is not a workspace file (it is not a regular file)")};
    if (sameFile(path, into.path()))
        return Problem{path,
                       Text::tr("is this workspace itself; merge another workspace's export")};

    int version = 0;
    if (Outcome problem = Workspace::inspect(path, Workspace::Access::ReadOnly, &version))
        return *problem;
    std::unique_ptr<MergeSource> source(new MergeSource);
    source->m_path = path;
    QString readFrom = path;
    if (version < Workspace::currentSchemaVersion()) {
        // Upgraded in a copy: merging never writes to the other file.
        source->m_upgraded = std::make_unique<QTemporaryDir>();
        readFrom = source->m_upgraded->filePath(QStringLiteral("upgraded.cadence"));
        if (!source->m_upgraded->isValid() || !QFile::copy(path, readFrom))
            return Problem{path, Text::tr("cannot be copied to be upgraded for the merge")};
        auto upgraded = Workspace::open(readFrom, clock, Workspace::Access::ReadWrite,
                                        Workspace::Lifetime::Throwaway);
        if (!upgraded)
            return Problem{path, upgraded.problem().what};
    }
    auto opened = Workspace::open(readFrom, clock, Workspace::Access::ReadOnly);
    if (!opened)
        return Problem{path, opened.problem().what};
    source->m_opened = opened.take();
    source->m_workspace = source->m_opened.get();
    Workspace &other = *source->m_workspace;
    if (other.replicaId() == into.replicaId())
        return Problem{path, Text::tr("is a copy of this workspace (it has the same replica id): "
                                      "merge an export made with 'cadence export' instead")};
    if (Outcome broken = other.checkReferences())
        return Problem{path, broken->what};

    source->readState();
    return source;
}

std::unique_ptr<MergeSource> MergeSource::over(Workspace &other)
{
    std::unique_ptr<MergeSource> source(new MergeSource);
    source->m_path = other.path();
    source->m_workspace = &other;
    source->readState();
    return source;
}

void MergeSource::readState()
{
    Workspace &other = *m_workspace;
    m_seen.clear();
    m_names.clear();
    Statement replicas(other.sqliteHandle(), "SELECT id, name, seen FROM replica");
    while (replicas.next()) {
        m_seen.insert(replicas.text(0), replicas.integer(2));
        if (!replicas.text(1).isEmpty())
            m_names.insert(replicas.text(0), replicas.text(1));
    }
    // Its clock as saved with its last change: every change it holds is stamped at or below.
    Statement clock(other.sqliteHandle(), "SELECT value FROM meta WHERE key = 'hlc'");
    m_clock = clock.next() ? clock.text(0).toLongLong() : 0;
    m_seen.insert(other.replicaId(), m_clock);
    m_names.insert(other.replicaId(), other.replicaName());
}
