#pragma once

#include "core/problem.h"
#include "core/record.h"
#include "recordstamps.h"
#include "recordtables.h"
#include "statement.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class Workspace;

// One record as the workspace holds it: the merge columns, the field values in the table's
// order, and the stamp of each unit (see RecordTable).
struct StoredRecord {
    RecordMeta meta;
    QList<SqlValue> values;
    RecordStamps stamps;

    Stamp stamp() const { return {meta.hlc, meta.origin}; }
    // The values of one unit of `table` (the unit after the last is the tombstone: deleted as
    // 0 or 1), and setting them.
    QList<SqlValue> unitValues(const RecordTable &table, int unit) const;
    void setUnitValues(const RecordTable &table, int unit, const QList<SqlValue> &values);
};

// Where every record of the mergeable tables is written, and read raw. A repository turns its
// types into field values and back; the store keeps the merge columns right: a new record gets
// this replica's stamp, an edited one a new stamp on the units whose values changed (the
// others keep theirs, which is what lets a merge take each unit from the side that changed
// it last), and a save that changes nothing writes nothing.
//
// Metric points are stored in a table of their own shape (see MetricsRepository and
// 0005_record_store.sql) and are not written here.
class RecordStore
{
public:
    explicit RecordStore(Workspace &workspace);
    ~RecordStore();
    RecordStore(const RecordStore &) = delete;
    RecordStore &operator=(const RecordStore &) = delete;

    // Saves one record as this replica's edit. meta comes back as stored (id, hlc, origin).
    Outcome save(const RecordTable &table, RecordMeta &meta, const QList<SqlValue> &values);

    // Many saves into one table (an import, a batch edit), inside the caller's transaction.
    // Into an empty table a large batch drops the secondary indexes and builds them again at
    // finish(): SQLite builds an index from sorted keys several times faster than it inserts
    // 100,000 keys one by one.
    class Batch
    {
    public:
        Batch(RecordStore &store, const RecordTable &table, qsizetype expectedCount);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

        // The record as stored, if there is one (nothing without a lookup when the table was
        // empty when the batch began).
        std::optional<StoredRecord> stored(const QString &id);
        Outcome save(RecordMeta &meta, const QList<SqlValue> &values,
                     const std::optional<StoredRecord> &stored);
        Outcome save(RecordMeta &meta, const QList<SqlValue> &values)
        {
            return save(meta, values, meta.id.isEmpty() ? std::nullopt : stored(meta.id));
        }
        // Builds the indexes again; the batch must end with it before the transaction commits.
        Outcome finish();

    private:
        RecordStore &m_store;
        const RecordTable &m_table;
        bool m_wasEmpty = false;
        QSet<QString> m_written; // into an empty table: what may be there already
        QList<QByteArray> m_droppedIndexes;
    };

    // Raw access, for merges and tests: every record of a table, tombstones included, one at a
    // time, in id order (metric points in series and day order, in the same shape as the
    // others: their ids derived from their natural key).
    class Cursor
    {
    public:
        ~Cursor();
        Cursor(const Cursor &) = delete;
        Cursor &operator=(const Cursor &) = delete;
        // The next record, or nothing at the end or on a failure (then problem() says which).
        std::optional<StoredRecord> next();
        const Outcome &problem() const { return m_problem; }

    private:
        friend class RecordStore;
        Cursor(const RecordStore &store, const RecordTable &table);
        const RecordStore &m_store;
        const RecordTable &m_table;
        Statement m_rows;
        Outcome m_problem;
    };
    Cursor cursor(const RecordTable &table) const { return Cursor(*this, table); }
    // Every record of a table through visit (false stops early); a problem if it could not
    // be read to the end.
    Outcome forEach(const RecordTable &table,
                    const std::function<bool(const StoredRecord &)> &visit) const;
    std::optional<StoredRecord> find(const RecordTable &table, const QString &id) const;
    // Writes a record as it is given, its stamps included (a merge taking the other side's
    // units). The replica's clock observes the stamps, so later edits stamp past them.
    Outcome put(const RecordTable &table, const StoredRecord &record);

    // While it lives, records are saved with `stamp` instead of this replica's next one. The
    // starter data is one edit in every workspace made from the handbook: with the same
    // stamp everywhere, two workspaces made with `cadence init` hold the same records, not
    // two concurrent copies of them that would conflict on their first edit.
    class FixedStamp
    {
    public:
        FixedStamp(RecordStore &store, const Stamp &stamp, const QString &replicaName);
        ~FixedStamp();
        FixedStamp(const FixedStamp &) = delete;
        FixedStamp &operator=(const FixedStamp &) = delete;
        Outcome problem() const { return m_problem; }

    private:
        RecordStore &m_store;
        Outcome m_problem;
    };

    // Finalizes the prepared statements: the workspace does it before closing its connection.
    void clear()
    {
        m_statements.clear();
        m_scans.clear();
    }

private:
    struct Statements {
        Statement select; // by id
        Statement insert;
        Statement update;
    };
    Statements &statementsFor(const RecordTable &table);
    std::optional<StoredRecord> read(Statement &select, const RecordTable &table,
                                     const QString &id) const;
    Outcome write(const RecordTable &table, RecordMeta &meta, const QList<SqlValue> &values,
                  const std::optional<StoredRecord> &stored);
    Outcome store(const RecordTable &table, const StoredRecord &record, bool exists);
    Problem failure(const Statement &statement) const;

    Workspace &m_workspace;
    QHash<QString, std::shared_ptr<Statements>> m_statements;
    // Each table's scan, prepared once and lent to one Cursor at a time (a cursor opened while
    // another scans the same table prepares its own). A merge opens a cursor per table on both
    // sides; preparing them was 12% of the merge property test's time.
    mutable std::map<QString, Statement> m_scans;
    std::optional<Stamp> m_fixedStamp;
};
