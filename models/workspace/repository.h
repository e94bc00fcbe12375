#pragma once

#include "core/problem.h"
#include "core/record.h"
#include "recordstore.h"
#include "workspace.h"

#include <QDate>
#include <QObject>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

class InternedText;

// The base of every repository: the one place where SQL runs. Records are written through
// the workspace's RecordStore, which keeps their merge columns right. Changes are announced
// by the workspace itself, once per committed batch (Workspace::changes()), whoever wrote them.
//
// Convention for every mergeable table: SELECTs list the merge columns first, in the order
// of metaColumns(), so that readMeta() can pick them up.
class Repository : public QObject
{
    Q_OBJECT

public:
    explicit Repository(Workspace &workspace, QObject *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    static QString metaColumns() { return RecordTable::metaColumns(); }
    // A record table's data columns, for SELECTs (after metaColumns()).
    static QString fieldsOf(const char *table);
    // Reads the merge columns from the first five values of a row (see metaColumns()).
    static RecordMeta readMeta(const QSqlQuery &query);
    static RecordMeta readMeta(const Statement &row);
    // The same, the replica's id shared between rows (a read of many records).
    static RecordMeta readMeta(const Statement &row, InternedText &interned);
    // A stored day (YYYY-MM-DD); invalid for NULL or any other text.
    static QDate dateFrom(const QVariant &value);

protected:
    // Runs `writes` in one write transaction: all of them land, or none does and the first
    // problem comes back.
    Outcome writeTogether(const std::function<Outcome()> &writes);
    QSqlQuery prepare(const QString &sql) const;
    // A statement on the workspace's own SQLite connection, for the hot paths.
    Statement statement(const QString &sql) const;
    // Runs a prepared query; a failure becomes a Problem naming the workspace file.
    Outcome run(QSqlQuery &query) const;
    // Saves one record of `table` as this replica's edit (see RecordStore::save).
    Outcome saveRecord(const QString &table, RecordMeta &meta, const QList<SqlValue> &values);
    RecordStore &records() const { return m_workspace.records(); }

private:
    Workspace &m_workspace;
};
