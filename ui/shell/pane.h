#pragma once

#include "core/recordref.h"

#include <QIcon>
#include <QWidget>

class QPrinter;
class QUndoCommand;
class WorkspaceSession;

// One page of the main window (Coverage, Interviews, …). A pane gets the session of the open
// workspace and reads and edits it only through the session's repositories and undo stack.
class Pane : public QWidget
{
    Q_OBJECT

public:
    explicit Pane(WorkspaceSession &session, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
    {}

    // Stable name, used by `cadence screenshot --pane ID`.
    virtual QString paneId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

    // Shows a record of this pane's area, selected (see RecordRef); false if it cannot.
    virtual bool showRecord(const RecordRef &ref)
    {
        Q_UNUSED(ref)
        return false;
    }
    // Whether File ▸ Print has something to print here, and printing it.
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
};
