#pragma once

#include "conflicts.h"

#include <QAbstractTableModel>

class ConflictRepository;

// The Conflicts view's table: each kept losing value with the record, the field, the current
// value and the other one side by side, each with who changed it and when. Open conflicts
// only, or the resolved ones too. Follows every change to the workspace (a restore changes a
// record, an edit elsewhere the current value).
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, CurrentColumn, OtherColumn, StateColumn, ColumnCount };
    enum Role {
        ConflictIdRole = Qt::UserRole,
        StateRole,      // Conflicts::State as int
        LinkRole,       // RecordRef::toLink() of where the record is shown; empty if nowhere
        RestorableRole, // bool: open, and its record still there
    };

    explicit ConflictListModel(ConflictRepository &repository, QObject *parent = nullptr);

    void setShowResolved(bool show);
    bool showsResolved() const { return m_showResolved; }
    void refresh();
    int openCount() const { return m_openCount; }
    QModelIndex indexOf(const QString &conflictId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Conflicts::Described described;
        QString link;
    };

    ConflictRepository &m_repository;
    QList<Row> m_rows;
    int m_openCount = 0;
    bool m_showResolved = false;
};
