#pragma once

#include "weekplan.h"

#include <QAbstractListModel>

// The checklist of a week plan: its open items, then those ticked off, and, when asked, those
// snoozed or dismissed. A tick asks for the change (checkRequested) instead of making it: the
// pane records it as an undoable step, and the next plan shows it.
class WeekActionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ActionIdRole = Qt::UserRole,
        StateRole,  // ActionState as int
        DetailRole, // why the rules suggest it
        NoteRole,   // "done Tue 17 Nov", "snoozed until …"
        RuleRole,   // WeekRule as int
        CustomRole, // bool: added by the user
        LinkRole,   // RecordRef::toLink() of what it is about; empty for an added item
    };

    explicit WeekActionModel(QObject *parent = nullptr);

    // Takes the plan's items; rows whose items stay keep their place (and the selection).
    void setPlan(const WeekPlan &plan);
    void setShowPutAside(bool show);
    bool showsPutAside() const { return m_showPutAside; }

    const SuggestedAction *actionAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &actionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkRequested(const QString &actionId, bool done);

private:
    void show(QList<SuggestedAction> actions);

    QList<SuggestedAction> m_all;
    QList<SuggestedAction> m_rows;
    bool m_showPutAside = false;
};
