#pragma once

#include <QObject>

// Two things Qt's date and number fields do that get in a PM's way. Their line edit keeps
// Ctrl+Z and Ctrl+Shift+Z for an undo of its own typing, which is of no use in a field of a
// few digits, so Edit ▸ Undo did nothing while the As-of date had the keyboard. And a click
// leaves the cursor in whichever part of a date it hit, so a date typed whole landed in the
// day; even from its first part, Qt keeps a part's old value unless that part is selected, and
// takes the "-" after a full year as a step past the month. Installed on the application, this
// filter lets the window's Undo and Redo through from such fields, and from a line edit with
// no typing to take back (as after Enter added what it held), and makes a date typed after a
// click, Home or select-all replace the date from its first part, separators and all.
class FieldKeys final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Once per application.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
