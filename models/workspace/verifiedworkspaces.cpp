#include "verifiedworkspaces.h"

#include "workspacefile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString listPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/verified-workspaces.ini");
}

QString keyOf(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

} // namespace

namespace VerifiedWorkspaces {

bool isUnchangedSinceCheck(const QString &path)
{
    // A write-ahead log with content holds pages that were not there at the clean close.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    const QString now = WorkspaceFile::fingerprint(path);
    return !now.isEmpty() &&
           QSettings(listPath(), QSettings::IniFormat).value(keyOf(path)).toString() == now;
}

void noteChecked(const QString &path)
{
    const QString now = WorkspaceFile::fingerprint(path);
    QSettings list(listPath(), QSettings::IniFormat);
    if (now.isEmpty())
        list.remove(keyOf(path));
    else
        list.setValue(keyOf(path), now);
}

void forget(const QString &path)
{
    QSettings(listPath(), QSettings::IniFormat).remove(keyOf(path));
}

} // namespace VerifiedWorkspaces
