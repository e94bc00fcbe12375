#pragma once

#include "core/recordref.h"
#include "panes.h"
#include "workspace/workspacefactory.h"

#include <QMainWindow>

#include <memory>

class DamageBanner;
class Pane;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class SyncActions;
class SyncFolderStatus;
class WelcomePage;
class WorkspaceSession;

// The main window: a navigation between the panes of the open workspace, the File and Edit
// menus, and a welcome page when no workspace is open.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // When false (screenshots), nothing is read from or written to the user's settings.
    void setPersistent(bool persistent) { m_persistent = persistent; }
    void restoreLayout();

    // Opens a workspace file; on failure tells the user why and keeps what was open.
    bool openWorkspace(const QString &path);
    void setSession(std::unique_ptr<WorkspaceSession> session);
    WorkspaceSession *session() const { return m_session.get(); }

    // Every pane of the open workspace, built or not (panes are built when first shown).
    QStringList paneIds() const;
    // Shows the pane, building it first if needed; false if there is no such pane.
    bool showPane(const QString &paneId);
    Pane *currentPane() const;
    // The pane if it has been built already, else nullptr (it is built on first show).
    Pane *builtPane(const QString &paneId) const;
    // Shows a record selected in the pane of its area; false if no pane could show it.
    bool showRecord(const RecordRef &ref);
    // Lists a pane shown on demand (PaneEntry::onDemand) in the navigation, or not.
    void setPaneListed(const QString &paneId, bool listed);

public slots:
    void newWorkspace();
    void openWorkspaceDialog();
    void print();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    void createMenus();
    void rebuildPanes();
    void clearPanes();
    // Before the panes go (the window closes, another workspace opens): asks whether to save
    // what their editors hold unsaved. False when the user cancels, or a save failed.
    bool settleUnsavedEdits();
    void redrawPanes();         // after a change of theme
    WelcomePage *welcomePage(); // made on first use
    Pane *ensurePane(int index);
    void rebuildRecentMenu();
    void createWorkspace(WorkspaceFactory::Content content, const QString &path);
    void showProblem(const QString &title, const QString &text);

    std::unique_ptr<WorkspaceSession> m_session;
    QUndoGroup *m_undoGroup;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome = nullptr;
    QList<PaneEntry> m_entries;         // the navigation, in order; empty without a workspace
    QList<Pane *> m_panes;              // parallel to m_entries; nullptr until first shown
    QObject *m_paneShortcuts = nullptr; // parent of the Ctrl+N actions of the open workspace
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_printAction = nullptr;
    QLabel *m_fileLabel;
    SyncFolderStatus *m_syncStatus;
    QAction *m_syncFolderAction = nullptr;
    DamageBanner *m_damageBanner;
    SyncActions *m_sync;
    bool m_persistent = true;
    bool m_painted = false; // the workspace's integrity check waits for the first paint
};
