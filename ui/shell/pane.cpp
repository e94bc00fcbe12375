#include "pane.h"

#include "workspace/workspacesession.h"

#include <QKeySequence>
#include <QUndoStack>

bool Pane::pushEdit(QUndoCommand *command)
{
    QUndoStack &stack = m_session.undoStack();
    const QString text = command->text();
    stack.push(command);
    const int last = stack.count() - 1;
    if (last < 0 || stack.command(last) != command) {
        emit statusMessage(tr("Nothing changed: the workspace could not be written."));
        return false;
    }
    emit statusMessage(
        tr("%1. Undo with %2.")
            .arg(text, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    return true;
}
