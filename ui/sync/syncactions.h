#pragma once

#include "core/problem.h"
#include "sync/merge.h"

#include <QObject>
#include <QStringList>

struct Backup;
class MainWindow;
class QAction;
class QMenu;
class QToolButton;
class QWidget;
class WorkspaceSession;

// What a user does with sync by export in the window: File ▸ Export workspace…, File ▸ Merge
// from… (preview, merge with a progress bar that can cancel it, report), File ▸ Restore
// backup…, Edit ▸ Conflicts, and the status line's badge while conflicts are open. The main
// window only puts the actions in its menus and tells it which workspace is open.
class SyncActions final : public QObject
{
    Q_OBJECT

public:
    explicit SyncActions(MainWindow *window);

    void addFileActions(QMenu *file);
    void addEditActions(QMenu *edit);
    // The status line's count of open conflicts, shown while there are any; a click opens them.
    QWidget *badge() const;
    void setSession(WorkspaceSession *session);

    // The steps behind the menu entries, once their files are chosen.
    Outcome exportTo(const QString &path);
    // Preview, then (if the user confirms) the merge, then its report. False if nothing
    // merged (cancelled, refused, or nothing chosen).
    bool mergeFrom(const QStringList &files);

    // Puts a backup in the place of the open workspace after asking (keeping the workspace as
    // it is as a backup first, unless it is damaged), and opens it in the window.
    void restoreBackup(const Backup &backup);

    // How long a merge runs before its progress bar shows (tests: 0).
    void setProgressDelay(int ms) { m_progressDelay = ms; }

private:
    void exportWorkspace();
    void chooseMergeFiles();
    void chooseBackup();
    void showConflicts();
    void updateConflicts();
    // Runs the merge (or its dry run) under a progress bar; *cancelled says if the user
    // stopped it (then nothing changed).
    Result<QList<Merge::Report>> run(const QStringList &files, bool dryRun, bool *cancelled);

    MainWindow *m_window;
    WorkspaceSession *m_session = nullptr;
    QAction *m_export;
    QAction *m_merge;
    QAction *m_restore;
    QAction *m_conflicts;
    QToolButton *m_badge;
    int m_progressDelay = 500;
};
