#include "conflicts.h"

#include "core/hybridclock.h"
#include "core/ids.h"
#include "core/isodate.h"
#include "recordlabels.h"
#include "workspace/metricpoints.h"
#include "workspace/recordstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Conflicts {

QString stateKey(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Kept:
        return QStringLiteral("kept");
    case State::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

std::optional<State> stateFromKey(const QString &key)
{
    for (State state : {State::Open, State::Kept, State::Restored})
        if (stateKey(state) == key)
            return state;
    return std::nullopt;
}

QString pointKey(const QString &productId, const QString &metricKey, QDate day)
{
    return productId + u'|' + metricKey + u'|' + IsoDate::text(day);
}

QString idOf(const Found &found)
{
    return Ids::fromKey(Table,
                        QStringList{found.table, found.recordId, found.unit,
                                    QString::number(found.lostStamp.hlc), found.lostStamp.origin}
                            .join(u'|'));
}

QString valuesText(const QList<SqlValue> &values)
{
    QJsonArray array;
    for (const SqlValue &value : values) {
        switch (value.type) {
        case SqlValue::Type::Null:
            array.append(QJsonValue());
            break;
        case SqlValue::Type::Integer:
            array.append(QJsonValue(value.integer));
            break;
        case SqlValue::Type::Real:
            array.append(QJsonValue(value.real));
            break;
        case SqlValue::Type::Text:
            array.append(QString::fromUtf8(value.text));
            break;
        }
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<SqlValue> valuesFrom(const QString &text)
{
    QList<SqlValue> values;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        if (value.isNull())
            values.append(SqlValue::null());
        else if (value.isString())
            values.append(SqlValue::of(value.toString()));
        else if (value.toDouble() == double(value.toInteger()))
            values.append(SqlValue::of(value.toInteger()));
        else
            values.append(SqlValue::ofReal(value.toDouble()));
    }
    return values;
}

namespace {

const RecordTable &conflictTable()
{
    return RecordTables::get(Table);
}

} // namespace

std::optional<UnitState> unitIn(Workspace &workspace, const QString &tableName,
                                const QString &recordId, const QString &unit)
{
    const RecordTable *table = RecordTables::find(tableName);
    if (!table)
        return std::nullopt;
    if (tableName == QLatin1String("metric_point")) {
        const QStringList key = recordId.split(u'|');
        if (key.size() != 3)
            return std::nullopt;
        Statement point(workspace.sqliteHandle(),
                        "SELECT p.value, p.deleted, p.hlc, r.id FROM metric_point p JOIN "
                        "metric_series s ON s.n = p.key >> 23 JOIN replica r ON r.n = p.origin "
                        "WHERE s.product_id = ?1 AND s.metric_key = ?2 AND (p.key & 8388607) = ?3");
        point.bind(1, key[0]);
        point.bind(2, key[1]);
        point.bind(3, IsoDate::julianDay(QStringView(key[2])).value_or(-1));
        if (!point.next())
            return std::nullopt;
        const Stamp stamp{point.integer(2), point.text(3)};
        if (unit == DeletedUnit)
            return UnitState{{SqlValue::of(point.integer(1))}, stamp};
        return UnitState{{point.value(0)}, stamp};
    }
    const std::optional<StoredRecord> record = workspace.records().find(*table, recordId);
    const int index = unitNumber(*table, unit);
    if (!record || index < 0)
        return std::nullopt;
    return UnitState{record->unitValues(*table, index), record->stamps[index]};
}

int unitNumber(const RecordTable &table, const QString &unit)
{
    return unit == DeletedUnit ? int(table.units.size()) : table.unitIndex(unit);
}

namespace {

Conflict conflictFrom(const StoredRecord &record)
{
    const RecordTable &table = conflictTable();
    auto text = [&](const char *field) {
        return QString::fromUtf8(record.values[table.fieldIndex(QString::fromLatin1(field))].text);
    };
    auto number = [&](const char *field) {
        return record.values[table.fieldIndex(QString::fromLatin1(field))].integer;
    };
    Conflict conflict;
    conflict.id = record.meta.id;
    conflict.found = Found{text("table_name"),
                           text("record_id"),
                           text("unit"),
                           valuesFrom(text("lost_value")),
                           {number("lost_hlc"), text("lost_origin")},
                           {number("won_hlc"), text("won_origin")}};
    conflict.foundAt = QDateTime::fromString(text("found_at"), Qt::ISODate);
    conflict.state = stateFromKey(text("state")).value_or(State::Open);
    return conflict;
}

} // namespace

Outcome record(Workspace &workspace, const Found &found)
{
    RecordMeta meta;
    meta.id = idOf(found);
    const RecordTable &table = conflictTable();
    if (workspace.records().find(table, meta.id))
        return {};
    const QString foundAt = workspace.wallClock().now().toUTC().toString(Qt::ISODate);
    return workspace.records().save(
        table, meta,
        {SqlValue::of(found.table), SqlValue::of(found.recordId), SqlValue::of(found.unit),
         SqlValue::of(valuesText(found.lost)), SqlValue::of(found.lostStamp.hlc),
         SqlValue::of(found.lostStamp.origin), SqlValue::of(found.wonStamp.hlc),
         SqlValue::of(found.wonStamp.origin), SqlValue::of(foundAt),
         SqlValue::of(stateKey(State::Open))});
}

bool supersededIn(Workspace &workspace, const QHash<QString, qint64> &seen,
                  const StoredRecord &stored)
{
    const Conflict conflict = conflictFrom(stored);
    const Found &found = conflict.found;
    if (seen.value(found.lostStamp.origin, 0) < found.lostStamp.hlc)
        return false;
    const std::optional<UnitState> now = unitIn(workspace, found.table, found.recordId, found.unit);
    return now && now->values != found.lost;
}

Outcome forget(Workspace &workspace, const QStringList &ids)
{
    Statement remove(workspace.sqliteHandle(), "DELETE FROM conflict WHERE id = ?1");
    for (const QString &id : ids) {
        remove.bind(1, id);
        if (!remove.exec())
            return workspace.problem(
                QCoreApplication::translate("Merge", "cannot be written (%1)").arg(remove.error()));
    }
    return {};
}

int openCount(Workspace &workspace)
{
    Statement count(workspace.sqliteHandle(),
                    "SELECT count(*) FROM conflict WHERE state = 'open' AND deleted = 0");
    return count.next() ? int(count.integer(0)) : 0;
}

std::optional<Conflict> find(Workspace &workspace, const QString &id)
{
    const std::optional<StoredRecord> record = workspace.records().find(conflictTable(), id);
    if (!record || record->meta.deleted)
        return std::nullopt;
    return conflictFrom(*record);
}

QList<Conflict> all(Workspace &workspace)
{
    QList<Conflict> conflicts;
    workspace.records().forEach(conflictTable(), [&](const StoredRecord &record) {
        if (!record.meta.deleted)
            conflicts.append(conflictFrom(record));
        return true;
    });
    std::sort(conflicts.begin(), conflicts.end(), [](const Conflict &a, const Conflict &b) {
        if ((a.state == State::Open) != (b.state == State::Open))
            return a.state == State::Open;
        if (a.foundAt != b.foundAt)
            return a.foundAt > b.foundAt;
        return a.id < b.id;
    });
    return conflicts;
}

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
};

QString valueText(const QList<SqlValue> &values)
{
    QStringList parts;
    for (const SqlValue &value : values) {
        switch (value.type) {
        case SqlValue::Type::Null:
            parts << Text::tr("(none)");
            break;
        case SqlValue::Type::Integer:
            parts << QString::number(value.integer);
            break;
        case SqlValue::Type::Real:
            parts << QString::number(value.real, 'g', 12);
            break;
        case SqlValue::Type::Text:
            parts << (value.text.isEmpty() ? Text::tr("(empty)") : QString::fromUtf8(value.text));
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QDateTime timeOf(const Stamp &stamp)
{
    return QDateTime::fromMSecsSinceEpoch(HybridClock::physicalPart(stamp.hlc), Qt::UTC);
}

// The table a column refers to, as the schema's foreign keys say; empty for a plain value.
QString referencedTable(Workspace &workspace, const QString &table, const QString &column)
{
    Statement keys(workspace.sqliteHandle(),
                   "SELECT \"table\" FROM pragma_foreign_key_list(?1) WHERE \"from\" = ?2");
    keys.bind(1, table);
    keys.bind(2, column);
    return keys.next() ? keys.text(0) : QString();
}

} // namespace

Described describe(Workspace &workspace, const Conflict &conflict)
{
    const Found &found = conflict.found;
    Described described{conflict, {}, found.unit, valueText(found.lost), {}, {}, {}, {}, {}};
    QHash<QString, QString> names;
    Statement replicas(workspace.sqliteHandle(), "SELECT id, name FROM replica");
    while (replicas.next())
        names.insert(replicas.text(0), replicas.text(1));
    names.insert(workspace.replicaId(), workspace.replicaName());
    auto nameOf = [&](const QString &replica) {
        const QString name = names.value(replica);
        return name.isEmpty() ? replica.left(8) : name;
    };

    described.record = RecordLabels::describe(workspace, found.table, found.recordId);
    const std::optional<UnitState> now = unitIn(workspace, found.table, found.recordId, found.unit);
    described.present = now.has_value();
    if (conflict.isEditAfterDeletion()) {
        described.field = Text::tr("edited after it was deleted");
        described.lost = Text::tr("the record, with the edit");
        described.current = Text::tr("deleted");
    } else {
        described.current = now ? valueText(now->values) : Text::tr("(gone)");
        // A reference reads as the record it names (a team's name, not its id).
        const QString referenced = found.lost.size() == 1
                                       ? referencedTable(workspace, found.table, found.unit)
                                       : QString();
        auto named = [&](const QList<SqlValue> &values, QString &text) {
            const QString target =
                values.size() == 1 ? QString::fromUtf8(values[0].text) : QString();
            const QString name =
                target.isEmpty() ? QString() : RecordLabels::nameOf(workspace, referenced, target);
            if (!name.isEmpty())
                text = name;
        };
        if (!referenced.isEmpty()) {
            named(found.lost, described.lost);
            if (now)
                named(now->values, described.current);
        }
    }
    described.lostBy = nameOf(found.lostStamp.origin);
    described.lostAt = timeOf(found.lostStamp);
    const Stamp current = now ? now->stamp : found.wonStamp;
    described.currentBy = nameOf(current.origin);
    described.currentAt = timeOf(current);
    return described;
}

} // namespace Conflicts
