#pragma once

#include "core/problem.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

// The workspace file as the file system and SQLite's header describe it, read without ever
// opening the file except through SQLite. POSIX advisory locks belong to the process: closing
// any other descriptor of the file drops every lock SQLite holds on it ("How To Corrupt An
// SQLite Database File", 2.2), and another program may then delete the write-ahead log that
// Cadence is still writing to. SQLite's own descriptors are safe: it keeps one open while any
// of its connections in the process holds a lock on the file.
namespace WorkspaceFile {

// The parts of the 100-byte SQLite header that tell whose file this is.
struct Header {
    bool isSqlite = false;
    quint32 applicationId = 0;
    qint32 userVersion = 0; // signed, as SQLite reads it: a hostile file may say -1
    quint32 changeCounter = 0;
};

// Refuses at once what cannot be a workspace: a missing file, a folder, a FIFO or a device
// (reading one may block forever or never end), a dangling symbolic link or a loop of them.
Outcome checkIsRegularFile(const QString &path);
// The header, read through SQLite's own handle of the file (see above).
Result<Header> readHeader(const QString &path);
// Which file, at which state: device, inode, size, modification time to the nanosecond and
// SQLite's change counter. Empty when it cannot be told.
QString fingerprint(const QString &path);
// Whether the file may be opened for writing. Permission bits count even for root, who could
// write anyway: a file or folder marked read-only was marked so on purpose.
Outcome checkWritable(const QString &path);
// Points db at the workspace file. A read-only connection to a file in a folder this process
// cannot write to reads it as immutable: SQLite could not make the -shm file a WAL database
// needs, and fails with "attempt to write a readonly database" otherwise.
void connect(QSqlDatabase &db, const QString &path, bool readOnly);
// SQLite's own handle of an open connection (for what Qt SQL does not offer: prepared statements
// without QVariants, hooks, progress handlers); nullptr when it is not open or not SQLite.
sqlite3 *handle(const QSqlDatabase &db);
// The files SQLite keeps beside a workspace while it is open.
QStringList companions(const QString &path);
// Called once a read-only connection (see connect()) is closed. A read-only connection to a WAL
// database makes its -wal and -shm files but may not delete them when it closes (that takes a
// connection that may write), so only reading a workspace, or refusing a damaged one, left
// two files beside it. While the log is empty, a writable connection that reads the header and
// closes lets SQLite delete them, as it does after every writer, if no other connection uses
// the file; nothing is written to the workspace itself.
void removeReadersCompanions(const QString &path);

} // namespace WorkspaceFile
