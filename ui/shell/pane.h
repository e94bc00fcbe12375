#pragma once

#include "core/recordref.h"
#include "workspace/recordtables.h"

#include <QIcon>
#include <QWidget>

class QPrinter;
class QUndoCommand;
class WorkspaceSession;

// What the navigation shows of a pane, written once per pane (its static info()).
struct PaneInfo {
    QString id; // stable: `cadence screenshot --pane ID`, and the last pane remembered
    QString title;
    QIcon icon;
    Area area; // the records it shows: where a record of that area is opened
};

// One page of the main window (Coverage, Interviews, …). A pane gets the session of the open
// workspace and reads and edits it only through the session's repositories and undo stack.
class Pane : public QWidget
{
    Q_OBJECT

public:
    Pane(WorkspaceSession &session, PaneInfo info, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
        , m_info(std::move(info))
    {}

    QString paneId() const { return m_info.id; }
    QString title() const { return m_info.title; }
    QIcon icon() const { return m_info.icon; }

    // Shows a record of this pane's area, selected (see RecordRef); false if it cannot.
    virtual bool showRecord(const RecordRef &ref)
    {
        Q_UNUSED(ref)
        return false;
    }
    // Whether File ▸ Print has something to print here, and printing it.
    // What an editor of the pane holds that is not saved yet, each in a few words ("the goal
    // 'Hire a PM'"), for the question asked before the window closes or another workspace
    // opens; and saving them, each as an undoable edit: false (the pane says why on the
    // status line) when one cannot be saved as it is.
    virtual QStringList unsavedEdits() const { return {}; }
    virtual bool saveUnsavedEdits() { return true; }
    virtual bool canPrint() const { return false; }
    virtual void print(QPrinter &printer) { Q_UNUSED(printer) }

signals:
    // A short message for the window's status bar.
    void statusMessage(const QString &text);
    // Asks the window to show a record in the pane of its area (see showRecord()).
    void recordRequested(const RecordRef &ref);

protected:
    WorkspaceSession &session() const { return m_session; }

    // Runs a user edit through the workspace's undo stack and says on the status line what
    // it did, or that nothing changed. A command that could not write marks itself obsolete
    // and the stack deletes it: the caller must not touch `command` afterwards.
    bool pushEdit(QUndoCommand *command);

private:
    WorkspaceSession &m_session;
    PaneInfo m_info;
};
