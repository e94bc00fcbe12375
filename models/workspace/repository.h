#pragma once

#include "core/problem.h"
#include "core/record.h"
#include "workspace.h"

#include <QDate>
#include <QObject>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

// The base of every repository: the one place where SQL runs. It stamps records with the
// merge columns when they are saved. Changes are announced by the workspace itself, once per
// committed batch (Workspace::changes()), whoever wrote them.
//
// Convention for every mergeable table: SELECTs list the merge columns first, in the order
// of metaColumns(), so that readMeta() can pick them up.
class Repository : public QObject
{
    Q_OBJECT

public:
    explicit Repository(Workspace &workspace, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    static QString metaColumns() { return QStringLiteral("id, hlc, origin, deleted, sample"); }
    // Reads the merge columns from the first five values of a row (see metaColumns()).
    static RecordMeta readMeta(const QSqlQuery &query);
    // Dates are stored as ISO 8601 text; an invalid date is NULL.
    static QVariant sqlDate(QDate day);
    static QDate dateFrom(const QVariant &value);
    // Text for a NOT NULL column: Qt binds a null QString as NULL, so bind "" instead.
    static QString sqlText(const QString &text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

protected:
    // Runs `writes` in one write transaction: all of them land, or none does and the first
    // problem comes back. Announcing the change is left to the caller.
    Outcome writeTogether(const std::function<Outcome()> &writes);
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared query; a failure becomes a Problem naming the workspace file.
    Outcome run(QSqlQuery &query) const;
    // Gives a new record its id, and any saved record a fresh hlc stamp and this replica.
    void stamp(RecordMeta &meta) const;
    // INSERT … ON CONFLICT(id) DO UPDATE for a mergeable table: the merge columns then
    // columns, bound positionally in that order (bindMeta() first).
    static QString upsertSql(const QString &table, const QStringList &columns);
    static void bindMeta(QSqlQuery &query, const RecordMeta &meta);

private:
    Workspace &m_workspace;
};
