#include "fieldkeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>

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
        if (qobject_cast<QAbstractSpinBox *>(watched) &&
            (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)))
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
