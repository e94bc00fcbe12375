#include "settings.h"

#include <QFileInfo>

namespace Key {
const QString recentWorkspaces = QStringLiteral("workspace/recent");
const QString lastWorkspace = QStringLiteral("workspace/last");
const QString windowGeometry = QStringLiteral("window/geometry");
const QString windowState = QStringLiteral("window/state");
const QString pmTeamLimit = QStringLiteral("coverage/pmTeamLimit");
const QString weeklyInterviewTarget = QStringLiteral("interviews/weeklyTarget");
// Followed by "/" and the workspace's replica id: a workspace is shared, "me" is not.
const QString mePm = QStringLiteral("week/me");
const QString theme = QStringLiteral("window/theme");
} // namespace Key

namespace Default {
constexpr int pmTeamLimit = 4;
constexpr int weeklyInterviewTarget = 1;
} // namespace Default

QStringList Settings::recentWorkspaces() const
{
    return m_settings.value(Key::recentWorkspaces).toStringList();
}

void Settings::noteWorkspaceOpened(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QStringList before = recentWorkspaces();
    QStringList recent = before;
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    // Only what changed: QSettings rewrites (and syncs to disk) its whole file for any value
    // set, and reopening the last workspace, as most start-ups do, changes nothing.
    if (recent != before)
        m_settings.setValue(Key::recentWorkspaces, recent);
    if (lastWorkspace() != absolute)
        m_settings.setValue(Key::lastWorkspace, absolute);
}

void Settings::forgetWorkspace(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    m_settings.setValue(Key::recentWorkspaces, recent);
}

QString Settings::lastWorkspace() const
{
    return m_settings.value(Key::lastWorkspace).toString();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::windowState, state);
}

int Settings::pmTeamLimit() const
{
    return qBound(1, m_settings.value(Key::pmTeamLimit, Default::pmTeamLimit).toInt(), 99);
}

void Settings::setPmTeamLimit(int limit)
{
    m_settings.setValue(Key::pmTeamLimit, limit);
}

int Settings::weeklyInterviewTarget() const
{
    return qBound(
        1, m_settings.value(Key::weeklyInterviewTarget, Default::weeklyInterviewTarget).toInt(),
        20);
}

void Settings::setWeeklyInterviewTarget(int target)
{
    m_settings.setValue(Key::weeklyInterviewTarget, target);
}

std::optional<QString> Settings::mePmId(const QString &replicaId) const
{
    const QString key = Key::mePm + QLatin1Char('/') + replicaId;
    if (replicaId.isEmpty() || !m_settings.contains(key))
        return std::nullopt;
    return m_settings.value(key).toString();
}

void Settings::setMePmId(const QString &replicaId, const QString &pmId)
{
    if (!replicaId.isEmpty())
        m_settings.setValue(Key::mePm + QLatin1Char('/') + replicaId, pmId);
}

QString Settings::theme() const
{
    return m_settings.value(Key::theme).toString();
}

void Settings::setTheme(const QString &theme)
{
    m_settings.setValue(Key::theme, theme);
}
