#pragma once

#include "recordtables.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

struct sqlite3;

// What one batch of writes changed (an edit, its undo, an import, a merge): the areas, and
// for each record table the rows written, so that a model can re-read a few rows instead of
// everything. It is collected by SQLite's update hook on the workspace's connection (see
// ChangeRecorder), so no write, through a repository or raw SQL, can go unannounced.
struct WorkspaceChange {
    // More rows than this in one table are not listed: a model reloads that table whole.
    static constexpr qsizetype RowLimit = 1024;

    Areas areas;
    QHash<QString, QList<qint64>> rows; // rowids per record table, in write order
    QSet<QString> manyRows;             // tables with more than RowLimit rows written

    bool isEmpty() const { return !areas; }
    bool touches(Areas any) const { return bool(areas & any); }
    // The rowids written to `table`, or nothing when there were too many to list.
    std::optional<QList<qint64>> rowsOf(const QString &table) const;
};

// Announces each committed batch of a workspace (see Workspace::changes()).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    // Calls slot() (in context's thread, while context lives) after every batch that touched
    // any of areas.
    template<typename Slot>
    QMetaObject::Connection whenChanged(Areas areas, const QObject *context, Slot slot)
    {
        return connect(this, &ChangeFeed::changed, context,
                       [areas, slot](const WorkspaceChange &change) {
                           if (change.touches(areas))
                               slot();
                       });
    }

signals:
    // Once per committed write transaction that changed records; never for one rolled back.
    void changed(const WorkspaceChange &change);
};

// Listens to a connection's row changes and keeps them until the transaction ends.
class ChangeRecorder
{
public:
    void attach(sqlite3 *connection);
    void detach();
    // The batch so far, emptied: delivered on commit, dropped on rollback.
    WorkspaceChange take();
    void discard() { m_pending = {}; }

private:
    static void onRowChanged(void *self, int operation, const char *database, const char *table,
                             long long rowid);
    void note(const char *table, qint64 rowid);

    sqlite3 *m_connection = nullptr;
    WorkspaceChange m_pending;
    // A bulk write of a million rows looks its table up once, not once per row.
    QByteArray m_lastName;
    const RecordTable *m_lastTable = nullptr;
};
