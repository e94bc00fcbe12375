#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

// The areas of a workspace, as the change signal names them (see WorkspaceChange).
enum class Area : quint16 {
    Coverage = 0x1,   // PMs, teams, assignments
    Interviews = 0x2, // interviews and their scorecards
    Metrics = 0x4,    // products, the metric catalogue, series, growth reviews
    Goals = 0x8,      // goals and key results
    Week = 0x10,      // the week plan's actions
    Settings = 0x20,  // settings that belong to the workspace (not to one machine)
    Conflicts = 0x40, // values that lost a merge, kept for review
};
Q_DECLARE_FLAGS(Areas, Area)
Q_DECLARE_OPERATORS_FOR_FLAGS(Areas)

// One table of records that users make and that merge between workspaces. Every such table
// has the merge columns (id, hlc, origin, deleted, sample, stamps) besides its fields; see
// models/migrations/0001_coverage.sql and 0005_record_store.sql.
//
// A merge takes each *unit* of a record from the side that changed it last: a unit is one
// field, or fields that only make sense together (a period's start and end, a key result's
// metric binding), so that a merge never pairs one side's start with the other's end. The
// record's tombstone (`deleted`) is a unit of its own.
struct RecordTable {
    struct Unit {
        QString name;      // the field's name, or the group's ("period")
        QList<int> fields; // positions in `fields`
    };

    QString name;
    Area area;
    // The data columns in schema order. Append only: the per-unit stamps of stored records
    // name units by position (see RecordStamps).
    QStringList fields;
    QList<Unit> units;

    // "id, hlc, origin, deleted, sample": what every SELECT of a repository lists first.
    static QString metaColumns();
    static QStringList metaColumnList();
    // The data columns joined with ", ", for SELECT lists.
    QString fieldList() const { return fields.join(QStringLiteral(", ")); }
    int fieldIndex(const QString &field) const { return int(fields.indexOf(field)); }
    // The unit that holds a field (-1 for none).
    int unitOf(int field) const;
    int unitIndex(const QString &unitName) const;
};

namespace RecordTables {
// Every mergeable table, parents before children (merge and foreign keys rely on it).
const QList<RecordTable> &all();
// nullptr for a table that is not a record table (meta, the series index, …).
const RecordTable *find(QStringView name);
const RecordTable &get(QStringView name); // for the names this program knows
} // namespace RecordTables
