#include "schemacheck.h"

#include "migrations.h"
#include "sqliteproblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <map>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

using Columns = QHash<QString, QSet<QString>>; // table → its columns

Columns columnsOf(const QSqlDatabase &db, QSqlError *error = nullptr)
{
    Columns columns;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT m.name, c.name FROM sqlite_schema AS m, pragma_table_info(m.name) AS c "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) &&
        error)
        *error = query.lastError();
    while (query.next())
        columns[query.value(0).toString()].insert(query.value(1).toString());
    return columns;
}

// The tables and columns the first `version` migrations make, worked out by running them in
// memory.
Columns madeBy(int version)
{
    const QString connection = QStringLiteral("cadence-schema-%1").arg(version);
    Columns columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            const auto &steps = Migrations::all();
            for (int step = 0; step < version && step < int(steps.size()); ++step)
                for (const QString &statement : steps[size_t(step)].statements)
                    QSqlQuery(db).exec(statement);
            columns = columnsOf(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return columns;
}

// "table:column,column;table:…", sorted.
QString toText(const Columns &columns)
{
    QStringList tables;
    for (auto table = columns.cbegin(); table != columns.cend(); ++table) {
        QStringList names(table.value().cbegin(), table.value().cend());
        names.sort();
        tables << table.key() + u':' + names.join(u',');
    }
    tables.sort();
    return tables.join(u';');
}

Columns fromText(const QString &text)
{
    Columns columns;
    for (const QString &table : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList names = table.section(u':', 1).split(u',', Qt::SkipEmptyParts);
        columns.insert(table.section(u':', 0, 0), QSet<QString>(names.cbegin(), names.cend()));
    }
    return columns;
}

// What a version promises. Running the migrations takes a millisecond or two, at every start:
// the answer is kept in the app's data folder under a digest of the migrations' text, so it is
// worked out again only by a Cadence whose migrations differ.
Columns promisedBy(int version)
{
    static QMutex mutex;
    static std::map<int, Columns> known;
    const QMutexLocker lock(&mutex);
    if (const auto found = known.find(version); found != known.end())
        return found->second;
    QSettings kept(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/schema-promises.ini"),
                   QSettings::IniFormat);
    const QString key =
        QStringLiteral("%1/version-%2").arg(QString::fromLatin1(Migrations::digest())).arg(version);
    Columns columns = fromText(kept.value(key).toString());
    if (columns.isEmpty() && version > 0) {
        columns = madeBy(version);
        kept.setValue(key, toText(columns));
    }
    known.emplace(version, columns);
    return columns;
}

} // namespace

namespace SchemaCheck {

Outcome check(const QSqlDatabase &db, const QString &path, int version)
{
    const Columns promised = promisedBy(version);
    QSqlError error;
    const Columns present = columnsOf(db, &error);
    if (error.isValid())
        return Problem{path, SqliteProblem::describe(error, Text::tr("cannot be read (%1)"))};
    QStringList missing;
    for (auto table = promised.cbegin(); table != promised.cend(); ++table) {
        const auto found = present.constFind(table.key());
        if (found == present.cend()) {
            missing << Text::tr("the table %1").arg(table.key());
            continue;
        }
        for (const QString &column : table.value())
            if (!found->contains(column))
                missing << Text::tr("the column %1.%2").arg(table.key(), column);
    }
    if (missing.isEmpty())
        return {};
    missing.sort();
    const QString list =
        missing.size() <= 2
            ? missing.join(Text::tr(" and "))
            : Text::tr("%1, %2 and %3 more").arg(missing[0], missing[1]).arg(missing.size() - 2);
    return Problem{path, Text::tr("is damaged: schema version %1 has %2, which this file lacks")
                             .arg(version)
                             .arg(list)};
}

} // namespace SchemaCheck
