#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

// A row of the week's checklist: a check box, the item and, under it in grey, why the plan
// suggests it. Clicking the item's text opens what it is about; on the hovered or selected row
// two buttons, Snooze and ✕ (dismiss, or remove an item of one's own), or Bring back for an item
// put aside. The delegate only says what was clicked: the pane decides and records it.
// Each line of text is elided and laid out once and drawn from then on: measuring and shaping
// every row's texts at every paint was a good part of the time to open the pane.
class WeekActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WeekActionDelegate(QObject *parent = nullptr);

    enum class Part { None, Check, Text, Snooze, Dismiss, Restore };
    // Which part of the row a point (in viewport coordinates) falls on, and where a part is.
    Part partAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                const QPoint &point) const;
    QRect partRect(const QStyleOptionViewItem &option, const QModelIndex &index, Part part) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void openRequested(const QModelIndex &index);
    void snoozeRequested(const QModelIndex &index, const QPoint &globalPosition);
    void dismissRequested(const QModelIndex &index);
    void restoreRequested(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    // Where the parts of a row go, from its rectangle and font alone.
    struct Layout {
        QRect check; // null for an item put aside
        QRect text;  // the space for the item's line
        QRect detail;
        QRect snooze;
        QRect dismiss;
        QRect restore;
    };
    Layout layoutOf(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // A line elided to width in font, laid out once.
    const QStaticText &line(const QString &text, const QFont &font, int width) const;
    int buttonWidth(const QFont &font, const QString &text) const;

    mutable QHash<QString, QStaticText> m_lines;
    mutable QHash<QString, int> m_buttonWidths;
};
