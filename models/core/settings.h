#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

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
    QString currentPane() const;
    void setCurrentPane(const QString &paneId);

    // The handbook wants each PM on "a small number of teams": more than this is flagged.
    int pmTeamLimit() const;
    void setPmTeamLimit(int limit);

    // Interviews per PM per week (the handbook's rule of thumb is 1).
    int weeklyInterviewTarget() const;
    void setWeeklyInterviewTarget(int target);

private:
    mutable QSettings m_settings;
};
