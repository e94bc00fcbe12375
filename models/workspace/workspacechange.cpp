#include "workspacechange.h"

#include <sqlite3.h>

#include <cstring>

std::optional<QList<qint64>> WorkspaceChange::rowsOf(const QString &table) const
{
    if (manyRows.contains(table))
        return std::nullopt;
    return rows.value(table);
}

void ChangeRecorder::attach(sqlite3 *connection)
{
    m_connection = connection;
    if (connection)
        sqlite3_update_hook(connection, &ChangeRecorder::onRowChanged, this);
}

void ChangeRecorder::detach()
{
    if (m_connection)
        sqlite3_update_hook(m_connection, nullptr, nullptr);
    m_connection = nullptr;
}

WorkspaceChange ChangeRecorder::take()
{
    return std::exchange(m_pending, {});
}

void ChangeRecorder::onRowChanged(void *self, int, const char *database, const char *table,
                                  long long rowid)
{
    // Attached files (a merge's other workspace) are read, never written: only "main" counts.
    if (std::strcmp(database, "main") == 0)
        static_cast<ChangeRecorder *>(self)->note(table, rowid);
}

void ChangeRecorder::note(const char *table, qint64 rowid)
{
    if (std::strcmp(table, m_lastName.constData()) != 0) {
        m_lastName = table;
        m_lastTable = RecordTables::find(QString::fromUtf8(table));
    }
    if (!m_lastTable)
        return;
    m_pending.areas |= m_lastTable->area;
    if (m_pending.manyRows.contains(m_lastTable->name))
        return;
    QList<qint64> &rows = m_pending.rows[m_lastTable->name];
    if (rows.size() < WorkspaceChange::RowLimit) {
        rows.append(rowid);
        return;
    }
    m_pending.rows.remove(m_lastTable->name);
    m_pending.manyRows.insert(m_lastTable->name);
}
