#include "fieldkeys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

// Set on a date field the mouse clicked in, until the next key.
constexpr char clickedIn[] = "cadenceClickedIn";
// The part of a date field the last key typed a digit in, until the next key.
constexpr char typedIn[] = "cadenceTypedIn";

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
    case QEvent::KeyPress: {
        auto *date = qobject_cast<QDateTimeEdit *>(watched);
        if (!date)
            break;
        const QString text = static_cast<QKeyEvent *>(event)->text();
        const QVariant typed = date->property(typedIn);
        date->setProperty(typedIn, QVariant());
        if (date->property(clickedIn).toBool()) {
            date->setProperty(clickedIn, false);
            // Typing a date after a click: from its first part, as after Home.
            if (!text.isEmpty() && text.front().isDigit()) {
                QKeyEvent home(QEvent::KeyPress, Qt::Key_Home, Qt::NoModifier);
                QCoreApplication::sendEvent(date, &home);
            }
        }
        auto *edit = date->findChild<QLineEdit *>();
        if (text.isEmpty() || !edit)
            break;
        if (text.front().isDigit()) {
            // Qt types a digit into the part under the cursor only if that part is selected:
            // after Home, with the cursor before the year and nothing selected, "2025" made a
            // five-digit year, refused digit by digit. After select-all, the whole text would
            // go. Either way the digit now replaces the first part, as after a Tab into it.
            const bool all = edit->hasSelectedText() && edit->selectedText() == edit->text();
            const bool atStart = !edit->hasSelectedText() && edit->cursorPosition() == 0;
            if (all || atStart) {
                date->setCurrentSectionIndex(0);
                date->setSelectedSection(date->sectionAt(0));
            }
            date->setProperty(typedIn, date->currentSectionIndex());
        } else if (text.front().isPrint() && typed.isValid() &&
                   date->currentSectionIndex() == typed.toInt() + 1 &&
                   edit->selectedText() == date->sectionText(date->currentSection())) {
            // A digit that filled its part has already moved on to the next one; the
            // separator typed after it ("2025-") is not a second step, which skipped the month.
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
