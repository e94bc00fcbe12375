#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

// A line of short facts under a pane's title, some led by a coloured dot: "16 teams
// ● 2 with no PM ● 1 with light support only 5 PMs". Painted directly: a rich-text label
// lays out a whole text document for it, which was over a millisecond of opening the
// Coverage pane. In a narrow window the last fact that does not fit ends in "…".
class SummaryLine final : public QWidget
{
    Q_OBJECT

public:
    struct Part {
        QString text;
        QColor dot; // invalid: no dot
    };

    explicit SummaryLine(QWidget *parent = nullptr);

    void setParts(const QList<Part> &parts);
    // The facts as one line of text, the dots as "●" (also the accessible name).
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateToolTip(); // the whole line, while it does not fit
    QList<Part> m_parts;
};
