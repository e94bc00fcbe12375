#pragma once

#include <QStyledItemDelegate>

// A row of the week's checklist: a check box, the item and, under it in grey, why the plan
// suggests it. Clicking the item's text opens what it is about; on the hovered or selected row
// two buttons, Snooze and ✕ (dismiss, or remove an item of one's own), or Bring back for an item
// put aside. The delegate only says what was clicked: the pane decides and records it.
class WeekActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WeekActionDelegate(QObject *parent = nullptr);

    enum class Part { None, Check, Text, Snooze, Dismiss, Restore };
    // Which part of the row at `rect` a point (in viewport coordinates) falls on.
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
    static bool isPutAside(const QModelIndex &index);
    static bool showsButtons(const QStyleOptionViewItem &option);
};
