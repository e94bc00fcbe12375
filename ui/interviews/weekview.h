#pragma once

#include "interviews/interviewtypes.h"

#include <QHash>
#include <QWidget>

#include <optional>

class WorkspaceSession;

// A week as a time grid: one column per day (starting on the locale's first day), hours down
// the side, each interview a block in its PM's colour; interviews that overlap sit side by
// side. Drag a block to move it, double-click an empty slot to book one. From the keyboard:
// arrows move the selection (up and down in time, left and right by a day), Enter opens the
// selected interview, Delete deletes it, Ctrl+arrows move it by a slot or a day. The view only
// reports what the user did; the pane turns it into undoable edits.
class WeekView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SnapMinutes = 15;

    explicit WeekView(WorkspaceSession &session, QWidget *parent = nullptr);

    void setWeek(QDate anyDay);
    QDate weekStart() const { return m_weekStart; }
    void setPmFilter(const QString &pmId); // empty: everyone
    void setPmColours(const QHash<QString, QColor> &colours);
    void setSelected(const QString &interviewId);
    // Shown over the grid when the week has no interview (empty: nothing).
    void setEmptyText(const QString &text);
    QString selected() const { return m_selected; }
    void refresh();

    // Geometry, for tests and hit testing: where an interview is drawn, where a time is.
    QRect itemRect(const QString &interviewId) const;
    QPoint pointAt(const QDateTime &localTime) const;
    QDateTime timeAt(const QPoint &point) const; // local time, snapped; invalid outside grid
    QList<Interview> shown() const { return m_interviews; }

    QSize sizeHint() const override { return {900, 600}; }
    QSize minimumSizeHint() const override { return {420, 300}; }

signals:
    void interviewSelected(const QString &interviewId);
    void interviewActivated(const QString &interviewId); // Enter: open it in the editor
    void deleteRequested(const QString &interviewId);
    void moveRequested(const QString &interviewId, const QDateTime &newStartUtc);
    void createRequested(const QDateTime &localStart);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Block {
        QString id;
        QRect rect;
    };
    QRect gridRect() const;
    int dayWidth() const;
    double hourHeight() const;
    void layoutBlocks();
    QString blockAt(const QPoint &point) const;
    // The interview an arrow key goes to from the selected one (the first with none).
    QString neighbour(int key) const;
    const Interview *shownInterview(const QString &id) const;

    WorkspaceSession &m_session;
    // The hours shown: 7 to 20, widened to hold every interview of the week.
    int m_firstHour = 7;
    int m_lastHour = 20;
    QDate m_weekStart;
    QString m_pmFilter;
    QHash<QString, QColor> m_colours;
    QList<Interview> m_interviews;
    QList<Block> m_blocks;
    QString m_selected;
    QString m_emptyText;
    // Dragging: the block, where the press was, and the offset of the press in the block.
    QString m_dragId;
    QPoint m_pressPoint;
    QPoint m_dragOffset;
    QPoint m_dragPoint;
    bool m_dragging = false;
};
