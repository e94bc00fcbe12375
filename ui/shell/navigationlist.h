#pragma once

#include <QListWidget>

// The main window's list of panes: an icon and a name per pane, on the window's own colour,
// the current pane on a rounded tint and in bold. Painted by its own delegate rather than
// with a style sheet: a style sheet puts every paint of the list through Qt's style-sheet
// engine, which cost a millisecond of each start-up.
class NavigationList final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *m_rule; // the line between the list and the pane, right of the viewport
};
