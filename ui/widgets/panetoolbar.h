#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

// The two rows at the top of every pane, so that all panes read alike and a small window still
// shows every control whole: the pane's bold title and its actions on the first row, what the
// pane shows (day, filters, choices) on the second.
class PaneToolbar final : public QWidget
{
    Q_OBJECT

public:
    explicit PaneToolbar(const QString &title, QWidget *parent = nullptr);

    // The first row, which starts with the title; and the second.
    QHBoxLayout *top() const { return m_top; }
    QHBoxLayout *bottom() const { return m_bottom; }
    QLabel *titleLabel() const { return m_title; }

private:
    QHBoxLayout *m_top;
    QHBoxLayout *m_bottom;
    QLabel *m_title;
};
