#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

#include <optional>

// Every user preference Cadence keeps, with its key and default, in one place.
// Per-user (QSettings), not per-workspace: workspaces are shared between teammates.
class Settings
{
public:
    Settings() = default;

    QStringList recentWorkspaces() const;
    void noteWorkspaceOpened(const QString &path); // moves it to the top of the recent list
    void forgetWorkspace(const QString &path);
    static constexpr int MaxRecentWorkspaces = 8;

    QString lastWorkspace() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Light, dark or the desktop's (the keys of ui/shell/theme.h); empty: the desktop's.
    QString theme() const;
    void setTheme(const QString &theme);

    // The handbook wants each PM on "a small number of teams": more than this is flagged.
    int pmTeamLimit() const;
    void setPmTeamLimit(int limit);

    // Interviews per PM per week (the handbook's rule of thumb is 1).
    int weeklyInterviewTarget() const;
    void setWeeklyInterviewTarget(int target);

    // Which PM "me" is in the workspace with this replica id, on this machine: the PM whose
    // week Cadence plans and for whom new records are made. Nothing until the user has said;
    // an empty id once they said they are none of the PMs (the plan is then everyone's).
    std::optional<QString> mePmId(const QString &replicaId) const;
    void setMePmId(const QString &replicaId, const QString &pmId);

private:
    mutable QSettings m_settings;
};
