#pragma once

#include <QCoreApplication>

// The names that decide where settings and the default workspace live (QSettings,
// QStandardPaths): the same for the window and for every headless command.
namespace AppIdentity {
inline void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Cadence"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cadence.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("cadence"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CADENCE_VERSION));
}
} // namespace AppIdentity
