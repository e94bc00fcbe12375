#include "fieldkeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

// Set on a date field the mouse clicked in, until the next key.
constexpr char clickedIn[] = "cadenceClickedIn";

} // namespace

void FieldKeys::install()
{
    if (!qApp || qApp->findChild<FieldKeys *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new FieldKeys(qApp));
}

bool FieldKeys::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Left unaccepted, the key goes on to the window's Undo and Redo actions.
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            break;
        if (qobject_cast<QAbstractSpinBox *>(watched))
            return true;
        // A line edit with no typing of its own to take back (just emptied by adding what
        // it held, say): the window's Undo takes back the last edit instead.
        if (const auto *line = qobject_cast<QLineEdit *>(watched);
            line && !line->isReadOnly() &&
            !(undo ? line->isUndoAvailable() : line->isRedoAvailable()))
            return true;
        break;
    }
    case QEvent::MouseButtonPress: {
        // On the field, or on the line edit inside it.
        auto *date = qobject_cast<QDateTimeEdit *>(watched);
        if (!date)
            date = qobject_cast<QDateTimeEdit *>(watched->parent());
        if (date)
            date->setProperty(clickedIn, true);
        break;
    }
    case QEvent::KeyPress:
        if (auto *date = qobject_cast<QDateTimeEdit *>(watched);
            date && date->property(clickedIn).toBool()) {
            date->setProperty(clickedIn, false);
            const QString text = static_cast<QKeyEvent *>(event)->text();
            // Typing a date after a click: from its first part, as after Home.
            if (!text.isEmpty() && text.front().isDigit()) {
                QKeyEvent home(QEvent::KeyPress, Qt::Key_Home, Qt::NoModifier);
                QCoreApplication::sendEvent(date, &home);
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
