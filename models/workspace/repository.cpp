#include "repository.h"

#include "core/ids.h"
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

Outcome Repository::run(QSqlQuery &query) const
{
    if (query.exec())
        return {};
    return m_workspace.problem(SqliteProblem::describe(
        query.lastError(), QCoreApplication::translate("Repository", "cannot be written (%1)")));
}

void Repository::stamp(RecordMeta &meta) const
{
    if (meta.id.isEmpty())
        meta.id = Ids::random();
    meta.hlc = m_workspace.nextStamp();
    meta.origin = m_workspace.replicaId();
}

RecordMeta Repository::readMeta(const QSqlQuery &query)
{
    return RecordMeta{query.value(0).toString(), query.value(1).toLongLong(),
                      query.value(2).toString(), query.value(3).toBool(), query.value(4).toBool()};
}

QString Repository::upsertSql(const QString &table, const QStringList &columns)
{
    const QStringList all =
        QStringList{QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin"),
                    QStringLiteral("deleted"), QStringLiteral("sample")} +
        columns;
    QStringList updates;
    for (const QString &column : all)
        if (column != QLatin1String("id"))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(table, all.join(QStringLiteral(", ")),
             QStringList(all.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
             updates.join(QStringLiteral(", ")));
}

void Repository::bindMeta(QSqlQuery &query, const RecordMeta &meta)
{
    query.addBindValue(meta.id);
    query.addBindValue(meta.hlc);
    query.addBindValue(meta.origin);
    query.addBindValue(meta.deleted ? 1 : 0);
    query.addBindValue(meta.sample ? 1 : 0);
}

QVariant Repository::sqlDate(QDate day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                         : QVariant(QMetaType(QMetaType::QString));
}

QDate Repository::dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // The stored form, YYYY-MM-DD, read directly: QDate::fromString is ten times slower, and
    // opening a large workspace reads tens of thousands of dates.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        int parts[3] = {0, 0, 0};
        const int starts[3] = {0, 5, 8};
        const int lengths[3] = {4, 2, 2};
        bool digits = true;
        for (int part = 0; part < 3 && digits; ++part) {
            for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
                const char16_t c = text[i].unicode();
                digits = digits && c >= u'0' && c <= u'9';
                parts[part] = parts[part] * 10 + (c - u'0');
            }
        }
        if (digits)
            return QDate(parts[0], parts[1], parts[2]); // invalid for 2025-02-30, as it should be
    }
    return QDate::fromString(text, Qt::ISODate);
}
