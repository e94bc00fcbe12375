#pragma once

#include <QIcon>
#include <QWidget>

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

    // Stable name, used by `cadence screenshot --pane ID` and to remember the last pane.
    virtual QString paneId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const { return {}; }

signals:
    // A short message for the window's status bar.
    void statusMessage(const QString &text);

protected:
    WorkspaceSession &session() const { return m_session; }

private:
    WorkspaceSession &m_session;
};
