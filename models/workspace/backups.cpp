#include "backups.h"

#include "workspace.h"
#include "workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

constexpr int keptPerWorkspace = 5;
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(stampFormat);
}

} // namespace

namespace Backups {

QString folderOf(const QString &workspaceKey)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/backups/") + workspaceKey;
}

Result<QString> keep(const Workspace &workspace, const QString &reason)
{
    const QString folder = folderOf(workspace.backupKey());
    if (!QDir().mkpath(folder))
        return Problem{folder, Text::tr("cannot be created to keep a backup")};
    QString name = reason;
    name.remove(QRegularExpression(QStringLiteral("[^a-z0-9-]")));
    const QString target = QStringLiteral("%1/%2.%3.cadence").arg(folder, nowStamp(), name);
    if (Outcome problem = workspace.copyTo(target))
        return *problem;
    const QList<Backup> kept = of(workspace.backupKey());
    for (qsizetype i = keptPerWorkspace; i < kept.size(); ++i)
        QFile::remove(kept[i].path);
    return target;
}

QList<Backup> of(const QString &workspaceKey)
{
    QList<Backup> backups;
    const QDir dir(folderOf(workspaceKey));
    // Names start with their UTC time stamp: the reverse order of names is newest first.
    const QStringList names =
        dir.entryList({QStringLiteral("*.cadence")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        const QStringList parts = name.split(u'.');
        if (parts.size() != 3)
            continue;
        const QDateTime read = QDateTime::fromString(parts[0], stampFormat);
        if (!read.isValid())
            continue;
        backups.append(
            {dir.filePath(name), QDateTime(read.date(), read.time(), Qt::UTC), parts[1]});
    }
    return backups;
}

Result<QString> restore(const Backup &backup, const QString &path, const QString &asideName)
{
    if (!QFileInfo(backup.path).isFile())
        return Problem{backup.path, Text::tr("no such file")};
    const QString aside = path + u'.' + asideName + u'-' + nowStamp();
    const QString incoming = path + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup.path, incoming))
        return Problem{path, Text::tr("cannot be restored: the backup cannot be copied beside it")};
    // The log goes with the file it belongs to: left beside the restored file, SQLite would
    // replay it onto the backup.
    const QStringList own = QStringList{path} + WorkspaceFile::companions(path);
    QStringList moved;
    for (const QString &file : own) {
        if (!QFileInfo::exists(file))
            continue;
        const QString target = aside + file.mid(path.size());
        if (!QFile::rename(file, target)) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(aside + back.mid(path.size()), back);
            QFile::remove(incoming);
            return Problem{path, Text::tr("cannot be restored: it cannot be moved aside")};
        }
        moved << file;
    }
    if (!QFile::rename(incoming, path))
        return Problem{path, Text::tr("cannot be restored: the backup cannot take its place")};
    return aside;
}

} // namespace Backups
