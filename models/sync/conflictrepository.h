#pragma once

#include "conflicts.h"
#include "workspace/repository.h"

class MetricsRepository;

// One resolution of a conflict, as the undo command applies it and takes it back: the
// conflict's state, and for a restore the values of the record's unit before and after.
struct ConflictResolution {
    QString conflictId;
    Conflicts::State stateBefore = Conflicts::State::Open;
    Conflicts::State stateAfter = Conflicts::State::Open;
    bool restores = false;
    QList<SqlValue> valuesBefore; // the unit's current values
    QList<SqlValue> valuesAfter;  // the lost ones
    QString text;                 // for the undo history
};

// Reviewing and resolving conflicts (see Conflicts). Reached as session.conflicts().
class ConflictRepository final : public Repository
{
    Q_OBJECT

public:
    ConflictRepository(Workspace &workspace, MetricsRepository &metrics, QObject *parent = nullptr);

    // Open conflicts (and, with resolved, the others too), described, open ones first.
    QList<Conflicts::Described> described(bool resolved) const;
    int openCount() const;

    // What keeping the current value (Kept) or restoring the lost one (Restored) writes; a
    // problem if the conflict is no longer there, or its record is gone.
    Result<ConflictResolution> resolution(const QString &conflictId, Conflicts::State to) const;
    // Applies a resolution (forward) or takes it back, in one transaction. The record's unit
    // is written as this replica's edit, so that it merges onward like any other, and the
    // conflict's state too, so that resolving it here resolves it everywhere.
    Outcome apply(const ConflictResolution &resolution, bool forward);

private:
    Outcome writeUnit(const Conflicts::Found &found, const QList<SqlValue> &values);
    Outcome writeState(const QString &conflictId, Conflicts::State state);

    MetricsRepository &m_metrics;
};
