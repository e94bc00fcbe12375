#pragma once

#include "core/problem.h"

#include <QDateTime>
#include <QList>

class Workspace;

// A copy of a workspace kept before work that rewrites much of it (an upgrade, a merge).
struct Backup {
    QString path;
    QDateTime takenAt; // UTC, to the millisecond
    QString reason;    // "before-upgrade", "before-merge", …
};

// The backups of each workspace, in the app's data folder under
// backups/<workspace key>/<when>.<reason>.cadence, a few per workspace. The key is the
// workspace's replica id (see Workspace::backupKey), never its file name: workspaces of the
// same name in different folders keep their own backups, and a moved or renamed one keeps its.
namespace Backups {

QString folderOf(const QString &workspaceKey);
// Copies the workspace (VACUUM INTO) and prunes its oldest backups beyond a few.
Result<QString> keep(const Workspace &workspace, const QString &reason);
// Newest first.
QList<Backup> of(const QString &workspaceKey);
// Puts the backup in the place of the workspace file at path, which must not be open. The file
// that was there, with its -wal and -shm, is kept beside it as "FILE.<aside>-<when>"
// (returned; "damaged" for a damaged file): a restore loses nothing.
Result<QString> restore(const Backup &backup, const QString &path,
                        const QString &aside = QStringLiteral("damaged"));

} // namespace Backups
