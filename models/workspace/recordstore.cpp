#include "recordstore.h"

#include "core/ids.h"
#include "core/isodate.h"
#include "metricpoints.h"
#include "workspace.h"

#include <QCoreApplication>

namespace {

// Secondary indexes are dropped for a large batch into an empty table (see Batch).
constexpr qsizetype BulkIndexThreshold = 2000;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// "a, b, c" of the merge columns and fields, in the order every statement here uses.
QStringList storedColumns(const RecordTable &table)
{
    return RecordTable::metaColumnList() + QStringList{QStringLiteral("stamps")} + table.fields;
}

bool isMetricPoints(const RecordTable &table)
{
    return table.name == QLatin1String("metric_point");
}

} // namespace

QList<SqlValue> StoredRecord::unitValues(const RecordTable &table, int unit) const
{
    if (unit == int(table.units.size()))
        return {SqlValue::of(qint64(meta.deleted ? 1 : 0))};
    QList<SqlValue> unitValues;
    for (int field : table.units[unit].fields)
        unitValues.append(values[field]);
    return unitValues;
}

void StoredRecord::setUnitValues(const RecordTable &table, int unit,
                                 const QList<SqlValue> &unitValues)
{
    if (unit == int(table.units.size())) {
        meta.deleted = unitValues.first().integer != 0;
        return;
    }
    const QList<int> &fields = table.units[unit].fields;
    for (int i = 0; i < fields.size(); ++i)
        values[fields[i]] = unitValues[i];
}

RecordStore::RecordStore(Workspace &workspace)
    : m_workspace(workspace)
{}

RecordStore::~RecordStore() = default;

Problem RecordStore::failure(const Statement &statement) const
{
    return m_workspace.problem(
        QCoreApplication::translate("Repository", "cannot be written (%1)").arg(statement.error()));
}

RecordStore::Statements &RecordStore::statementsFor(const RecordTable &table)
{
    std::shared_ptr<Statements> &found = m_statements[table.name];
    if (!found) {
        const QStringList columns = storedColumns(table);
        QStringList assignments;
        for (qsizetype i = 1; i < columns.size(); ++i)
            assignments << QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 1);
        QStringList parameters;
        for (qsizetype i = 0; i < columns.size(); ++i)
            parameters << QStringLiteral("?%1").arg(i + 1);
        sqlite3 *db = m_workspace.sqliteHandle();
        found = std::make_shared<Statements>(Statements{
            Statement(db, utf8(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1")
                                   .arg(columns.join(QStringLiteral(", ")), table.name))),
            Statement(db, utf8(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table.name, columns.join(QStringLiteral(", ")),
                                        parameters.join(QStringLiteral(", "))))),
            Statement(db, utf8(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                                   .arg(table.name, assignments.join(QStringLiteral(", "))))),
        });
    }
    return *found;
}

namespace {

// A row of storedColumns() as a StoredRecord; nothing for stamps this program did not write.
std::optional<StoredRecord> recordFrom(const Statement &row, const RecordTable &table)
{
    StoredRecord record;
    record.meta = RecordMeta{row.text(0), row.integer(1), row.text(2), row.integer(3) != 0,
                             row.integer(4) != 0};
    for (int i = 0; i < table.fields.size(); ++i)
        record.values.append(row.value(6 + i));
    const std::optional<RecordStamps> stamps =
        RecordStamps::decode(row.text(5), int(table.units.size()) + 1, record.stamp());
    if (!stamps)
        return std::nullopt;
    record.stamps = *stamps;
    return record;
}

} // namespace

std::optional<StoredRecord> RecordStore::read(Statement &select, const RecordTable &table,
                                              const QString &id) const
{
    select.reset();
    select.bind(1, id);
    std::optional<StoredRecord> record;
    if (select.next())
        record = recordFrom(select, table);
    select.reset();
    return record;
}

Outcome RecordStore::save(const RecordTable &table, RecordMeta &meta, const QList<SqlValue> &values)
{
    Q_ASSERT(!isMetricPoints(table));
    // Within a transaction even when the caller has none, so that the clock behind the new
    // stamp is saved with it (WriteTransaction::commit): a merge reads what a workspace has
    // seen of itself from that clock.
    WriteTransaction transaction(m_workspace);
    std::optional<StoredRecord> stored;
    if (!meta.id.isEmpty())
        stored = read(statementsFor(table).select, table, meta.id);
    if (Outcome problem = write(table, meta, values, stored)) {
        transaction.rollback();
        return problem;
    }
    return transaction.commit();
}

Outcome RecordStore::write(const RecordTable &table, RecordMeta &meta,
                           const QList<SqlValue> &values, const std::optional<StoredRecord> &stored)
{
    Q_ASSERT(values.size() == table.fields.size());
    if (meta.id.isEmpty())
        meta.id = Ids::random();
    const int tombstone = int(table.units.size());
    const Stamp now =
        m_fixedStamp ? *m_fixedStamp : Stamp{m_workspace.nextStamp(), m_workspace.replicaId()};
    StoredRecord record{meta, values, RecordStamps(tombstone + 1, now)};
    if (stored) {
        // Only the units whose values changed take the new stamp.
        record.stamps = stored->stamps;
        bool changed = false;
        for (int unit = 0; unit < tombstone; ++unit) {
            bool same = true;
            for (int field : table.units[unit].fields)
                same = same && values[field] == stored->values[field];
            if (!same) {
                record.stamps[unit] = now;
                changed = true;
            }
        }
        if (meta.deleted != stored->meta.deleted) {
            record.stamps[tombstone] = now;
            changed = true;
        }
        if (!changed && meta.sample == stored->meta.sample) {
            meta = stored->meta;
            return {};
        }
        if (!changed)
            record.stamps = stored->stamps; // only the sample mark: no new stamp for it
    }
    record.meta.hlc = record.stamps.latest().hlc;
    record.meta.origin = record.stamps.latest().origin;
    if (Outcome problem = store(table, record, stored.has_value()))
        return problem;
    meta = record.meta;
    return {};
}

Outcome RecordStore::store(const RecordTable &table, const StoredRecord &record, bool exists)
{
    Statements &statements = statementsFor(table);
    Statement &statement = exists ? statements.update : statements.insert;
    statement.reset();
    statement.bind(1, record.meta.id);
    statement.bind(2, record.meta.hlc);
    statement.bind(3, record.meta.origin);
    statement.bind(4, qint64(record.meta.deleted ? 1 : 0));
    statement.bind(5, qint64(record.meta.sample ? 1 : 0));
    const QString stamps = record.stamps.encode(record.stamp());
    if (stamps.isNull())
        statement.bindNull(6);
    else
        statement.bind(6, stamps);
    for (int i = 0; i < record.values.size(); ++i)
        statement.bind(7 + i, record.values[i]);
    if (!statement.exec())
        return failure(statement);
    return {};
}

RecordStore::Batch::Batch(RecordStore &store, const RecordTable &table, qsizetype expectedCount)
    : m_store(store)
    , m_table(table)
{
    sqlite3 *db = store.m_workspace.sqliteHandle();
    Statement any(db, utf8(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table.name)));
    m_wasEmpty = !any.next() && any.done();
    if (!m_wasEmpty || expectedCount < BulkIndexThreshold)
        return;
    Statement indexes(db, utf8(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = "
                                              "'index' AND tbl_name = '%1' AND sql IS NOT NULL")
                                   .arg(table.name)));
    QList<QByteArray> names;
    while (indexes.next()) {
        names.append(indexes.text(0).toUtf8());
        m_droppedIndexes.append(indexes.text(1).toUtf8());
    }
    for (const QByteArray &name : std::as_const(names)) {
        Statement drop(db, "DROP INDEX \"" + name + '"');
        drop.exec();
    }
}

RecordStore::Batch::~Batch()
{
    // A batch that failed half-way is rolled back with its transaction, indexes included;
    // building them here only matters if a caller forgot finish().
    finish();
}

std::optional<StoredRecord> RecordStore::Batch::stored(const QString &id)
{
    // Into an empty table, only what this batch wrote can be there.
    if (m_wasEmpty && !m_written.contains(id))
        return std::nullopt;
    return m_store.read(m_store.statementsFor(m_table).select, m_table, id);
}

Outcome RecordStore::Batch::save(RecordMeta &meta, const QList<SqlValue> &values,
                                 const std::optional<StoredRecord> &stored)
{
    Outcome problem = m_store.write(m_table, meta, values, stored);
    if (!problem && m_wasEmpty)
        m_written.insert(meta.id);
    return problem;
}

RecordStore::FixedStamp::FixedStamp(RecordStore &store, const Stamp &stamp,
                                    const QString &replicaName)
    : m_store(store)
{
    // The stamp's replica is known to have made it (see the `replica` table's `seen`), and
    // this workspace's later edits stamp past it.
    store.m_workspace.observeStamp(stamp.hlc);
    Statement known(store.m_workspace.sqliteHandle(),
                    "INSERT INTO replica (id, name, seen) VALUES (?1, ?2, ?3) ON CONFLICT (id) "
                    "DO UPDATE SET seen = max(seen, excluded.seen)");
    known.bind(1, stamp.origin);
    known.bind(2, replicaName);
    known.bind(3, stamp.hlc);
    if (!known.exec())
        m_problem = store.failure(known);
    store.m_fixedStamp = stamp;
}

RecordStore::FixedStamp::~FixedStamp()
{
    m_store.m_fixedStamp.reset();
}

Outcome RecordStore::Batch::finish()
{
    sqlite3 *db = m_store.m_workspace.sqliteHandle();
    for (const QByteArray &index : std::exchange(m_droppedIndexes, {})) {
        Statement create(db, index);
        if (!create.exec())
            return m_store.failure(create);
    }
    return {};
}

RecordStore::Cursor::Cursor(const RecordStore &store, const RecordTable &table)
    : m_store(store)
    , m_table(table)
{
    if (const auto lent = store.m_scans.find(table.name);
        lent != store.m_scans.end() && lent->second.isValid()) {
        m_rows = std::move(lent->second);
        return;
    }
    sqlite3 *db = store.m_workspace.sqliteHandle();
    if (isMetricPoints(table))
        // Points in their own shape (see MetricPoints): one unit besides the tombstone.
        m_rows = Statement(db, "SELECT p.key, p.value, p.hlc, r.id, p.deleted, p.sample, "
                               "s.product_id, s.metric_key FROM metric_point p "
                               "JOIN metric_series s ON s.n = p.key >> 23 "
                               "JOIN replica r ON r.n = p.origin ORDER BY p.key");
    else
        m_rows = Statement(
            db, utf8(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                         .arg(storedColumns(table).join(QStringLiteral(", ")), table.name)));
}

RecordStore::Cursor::~Cursor()
{
    if (!m_rows.isValid())
        return;
    m_rows.reset(); // ends its read of the file
    Statement &slot = m_store.m_scans[m_table.name];
    if (!slot.isValid())
        slot = std::move(m_rows);
}

std::optional<StoredRecord> RecordStore::Cursor::next()
{
    if (m_problem)
        return std::nullopt;
    if (!m_rows.next()) {
        if (!m_rows.done())
            m_problem = m_store.m_workspace.problem(
                QCoreApplication::translate("Repository", "cannot be read (%1)")
                    .arg(m_rows.error()));
        return std::nullopt;
    }
    if (isMetricPoints(m_table)) {
        const QDate day = MetricPoints::dayOf(m_rows.integer(0));
        StoredRecord record;
        record.meta = RecordMeta{MetricPoints::recordId(m_rows.text(6), m_rows.text(7), day),
                                 m_rows.integer(2), m_rows.text(3), m_rows.integer(4) != 0,
                                 m_rows.integer(5) != 0};
        record.values = {m_rows.value(6), m_rows.value(7), SqlValue::ofDay(day), m_rows.value(1)};
        record.stamps = RecordStamps(int(m_table.units.size()) + 1, record.stamp());
        return record;
    }
    std::optional<StoredRecord> record = recordFrom(m_rows, m_table);
    if (!record)
        m_problem = m_store.m_workspace.problem(
            QCoreApplication::translate("Repository",
                                        "has a record whose stamps cannot be read (%1 %2)")
                .arg(m_table.name, m_rows.text(0)));
    return record;
}

Outcome RecordStore::forEach(const RecordTable &table,
                             const std::function<bool(const StoredRecord &)> &visit) const
{
    Cursor rows = cursor(table);
    while (std::optional<StoredRecord> record = rows.next())
        if (!visit(*record))
            return {};
    return rows.problem();
}

std::optional<StoredRecord> RecordStore::find(const RecordTable &table, const QString &id) const
{
    if (isMetricPoints(table)) {
        std::optional<StoredRecord> found;
        forEach(table, [&](const StoredRecord &record) {
            if (record.meta.id != id)
                return true;
            found = record;
            return false;
        });
        return found;
    }
    return read(const_cast<RecordStore *>(this)->statementsFor(table).select, table, id);
}

Outcome RecordStore::put(const RecordTable &table, const StoredRecord &record)
{
    m_workspace.observeStamp(record.stamps.latest().hlc);
    if (isMetricPoints(table)) {
        MetricPoints::Numbers numbers(m_workspace);
        const Result<qint64> series = numbers.seriesOrNew(QString::fromUtf8(record.values[0].text),
                                                          QString::fromUtf8(record.values[1].text));
        const Result<qint64> origin = numbers.replicaOrNew(record.meta.origin);
        if (!series)
            return series.problem();
        if (!origin)
            return origin.problem();
        const QDate day = IsoDate::day(QByteArrayView(record.values[2].text));
        Statement write(m_workspace.sqliteHandle(),
                        "INSERT INTO metric_point (key, value, hlc, origin, deleted, sample) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO UPDATE SET "
                        "value = excluded.value, hlc = excluded.hlc, origin = excluded.origin, "
                        "deleted = excluded.deleted, sample = excluded.sample");
        write.bind(1, MetricPoints::key(series.value(), day.toJulianDay()));
        write.bindReal(2, record.values[3].type == SqlValue::Type::Integer
                              ? double(record.values[3].integer)
                              : record.values[3].real);
        write.bind(3, record.meta.hlc);
        write.bind(4, origin.value());
        write.bind(5, qint64(record.meta.deleted ? 1 : 0));
        write.bind(6, qint64(record.meta.sample ? 1 : 0));
        if (!write.exec())
            return failure(write);
        return {};
    }
    const bool exists = read(statementsFor(table).select, table, record.meta.id).has_value();
    return store(table, record, exists);
}
