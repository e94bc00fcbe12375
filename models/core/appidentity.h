#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

// The names that decide where settings and the default workspace live (QSettings,
// QStandardPaths): the same for the window and for every headless command.
namespace AppIdentity {
inline void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cadence"));
    QCoreApplication::setApplicationName(QStringLiteral("cadence"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CADENCE_VERSION));
}

// The reverse-DNS id the desktop knows Cadence by: its desktop file, metainfo, icon and
// MIME package are named after it (packaging/).
QString desktopId();

// The licence Cadence is distributed under, as an SPDX identifier.
QString licence();

// Where the workspace lives when no --workspace is given.
inline QString defaultWorkspacePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace.cadence"));
}
} // namespace AppIdentity
