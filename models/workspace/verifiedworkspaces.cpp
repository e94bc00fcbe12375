#include "verifiedworkspaces.h"

#include "workspacefile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {

// Enough for every workspace a PM opens in turn, and the exports of a team's sync folder.
constexpr qsizetype MaxRemembered = 64;

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
    return !now.isEmpty() && QSettings(listPath(), QSettings::IniFormat)
                                     .value(keyOf(path))
                                     .toString()
                                     .section(u' ', 1) == now;
}

void noteChecked(const QString &path)
{
    const QString now = WorkspaceFile::fingerprint(path);
    QSettings list(listPath(), QSettings::IniFormat);
    // Closed as it was noted (nothing written since): writing the list again would cost a
    // write of the whole list for nothing, at every close of an unchanged workspace.
    if (!now.isEmpty() && list.value(keyOf(path)).toString().section(u' ', 1) == now)
        return;
    list.remove(keyOf(path));
    if (now.isEmpty())
        return;
    // Only the files noted last: unbounded, the list would grow by every workspace, export and
    // temporary copy ever opened, and QSettings reads and writes it whole each time (the merge
    // property test, which opens thousands of files, ran 20 histories in 2 s but 50 in 133 s).
    QList<std::pair<qint64, QString>> byAge; // entries from before the bound count as oldest
    for (const QString &key : list.allKeys())
        byAge.append({list.value(key).toString().section(u' ', 0, 0).toLongLong(), key});
    std::sort(byAge.begin(), byAge.end());
    const qint64 newest = byAge.isEmpty() ? 0 : byAge.last().first;
    for (qsizetype i = 0; i + MaxRemembered <= byAge.size(); ++i)
        list.remove(byAge[i].second);
    list.setValue(keyOf(path), QStringLiteral("%1 %2").arg(newest + 1).arg(now));
}

void forget(const QString &path)
{
    QSettings(listPath(), QSettings::IniFormat).remove(keyOf(path));
}

} // namespace VerifiedWorkspaces
