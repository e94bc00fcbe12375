#include "repository.h"

#include "core/isodate.h"
#include "internedtext.h"
#include "sqliteproblem.h"

#include <QCoreApplication>
#include <QSqlError>

Repository::Repository(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

Outcome Repository::writeTogether(const std::function<Outcome()> &writes)
{
    WriteTransaction transaction(workspace());
    if (Outcome problem = writes())
        return problem; // the transaction rolls back as it goes out of scope
    return transaction.commit();
}

QSqlQuery Repository::prepare(const QString &sql) const
{
    QSqlQuery query(m_workspace.database());
    if (!query.prepare(sql))
        qWarning("Cadence: %s: cannot prepare SQL (%s): %s", qPrintable(m_workspace.path()),
                 qPrintable(query.lastError().text()), qPrintable(sql));
    return query;
}

Statement Repository::statement(const QString &sql) const
{
    return Statement(m_workspace.sqliteHandle(), sql.toUtf8());
}

Outcome Repository::run(QSqlQuery &query) const
{
    if (query.exec())
        return {};
    return m_workspace.problem(SqliteProblem::describe(
        query.lastError(), QCoreApplication::translate("Repository", "cannot be written (%1)")));
}

Outcome Repository::saveRecord(const QString &table, RecordMeta &meta,
                               const QList<SqlValue> &values)
{
    return records().save(RecordTables::get(table), meta, values);
}

QString Repository::fieldsOf(const char *table)
{
    return RecordTables::get(QString::fromLatin1(table)).fieldList();
}

RecordMeta Repository::readMeta(const QSqlQuery &query)
{
    return RecordMeta{query.value(0).toString(), query.value(1).toLongLong(),
                      query.value(2).toString(), query.value(3).toBool(), query.value(4).toBool()};
}

RecordMeta Repository::readMeta(const Statement &row)
{
    return RecordMeta{row.text(0), row.integer(1), row.text(2), row.integer(3) != 0,
                      row.integer(4) != 0};
}

RecordMeta Repository::readMeta(const Statement &row, InternedText &interned)
{
    return RecordMeta{row.text(0), row.integer(1), interned(row, 2), row.integer(3) != 0,
                      row.integer(4) != 0};
}

QDate Repository::dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : IsoDate::day(value.toString());
}
