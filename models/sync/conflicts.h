#pragma once

#include "core/problem.h"
#include "workspace/recordstamps.h"
#include "workspace/statement.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

class Workspace;
struct RecordTable;
struct StoredRecord;

// The values that lost a merge to a concurrent edit, kept as records of the `conflict` table
// (see 0005_record_store.sql and merge.h): the user reviews each, keeps the current value or
// restores the lost one. Conflicts merge like records, so resolving one on one machine
// resolves it everywhere.
namespace Conflicts {

inline const QString Table = QStringLiteral("conflict");
// The unit name of a record's tombstone: a lost "deleted" value, or a record that was edited
// after another replica deleted it (lost value 0: the record alive).
inline const QString DeletedUnit = QStringLiteral("deleted");

enum class State { Open, Kept, Restored };
QString stateKey(State state); // "open", "kept", "restored"
std::optional<State> stateFromKey(const QString &key);

// A conflict as a merge finds it.
struct Found {
    QString table;
    QString recordId; // a metric point's: pointKey()
    QString unit;
    QList<SqlValue> lost; // the unit's values on the losing side
    Stamp lostStamp;
    Stamp wonStamp;
};

// A conflict as stored.
struct Conflict {
    QString id;
    Found found;
    QDateTime foundAt;
    State state = State::Open;
    bool isEditAfterDeletion() const
    {
        return found.unit == DeletedUnit && !found.lost.isEmpty() &&
               found.lost.first().integer == 0;
    }
};

// Metric points have no stored id: their conflicts name them by natural key.
QString pointKey(const QString &productId, const QString &metricKey, QDate day);
QString idOf(const Found &found);

// Keeps a conflict a merge found, unless it is known already (then its state stays).
Outcome record(Workspace &workspace, const Found &found);
// Whether the lost value of a stored conflict record was replaced knowingly in `workspace`
// (whose version vector is `seen`): it has seen the lost change, has no such conflict, and
// holds another value in that unit now. Such a conflict is no conflict (see merge.h).
bool supersededIn(Workspace &workspace, const QHash<QString, qint64> &seen,
                  const StoredRecord &conflict);
// Drops conflict records that another workspace showed to be no conflicts.
Outcome forget(Workspace &workspace, const QStringList &ids);

// A unit of a record as a workspace holds it now: its values and their stamp.
struct UnitState {
    QList<SqlValue> values;
    Stamp stamp;
};
// Nothing if the record (or the table, or the unit) is not there.
std::optional<UnitState> unitIn(Workspace &workspace, const QString &table, const QString &recordId,
                                const QString &unit);

// Every conflict record, open ones first, newest first.
QList<Conflict> all(Workspace &workspace);
std::optional<Conflict> find(Workspace &workspace, const QString &id);
// How many are open: not yet kept or restored.
int openCount(Workspace &workspace);
// The position of a conflict's unit in its record (see RecordTable; DeletedUnit: the
// tombstone, after the last), -1 if the table has no such unit.
int unitNumber(const RecordTable &table, const QString &unit);

// A conflict in words, for the command line and the Conflicts view.
struct Described {
    Conflict conflict;
    QString record;  // "goal “Hire a new PM”"
    QString field;   // "status", or "edited after it was deleted"
    QString lost;    // the lost value, as text
    QString current; // the record's value now
    QString lostBy;  // replica names: "ana@laptop"
    QString currentBy;
    QDateTime lostAt; // when each was changed (from the stamps)
    QDateTime currentAt;
    bool present = false; // the record is still there: the other value can be restored
};
Described describe(Workspace &workspace, const Conflict &conflict);

// The lost values as JSON text, and back.
QString valuesText(const QList<SqlValue> &values);
QList<SqlValue> valuesFrom(const QString &text);

} // namespace Conflicts
