#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A workspace file seen from outside Cadence, as another program (or bit rot) would see it,
// for the tests of what Cadence does with files it did not write.
namespace FileTools {

// A digest of the file's bytes: a file "left as it was" has the same one.
QByteArray digest(const QString &path);

// Runs SQL on the file directly (foreign keys off), as another program would.
bool runSql(const QString &path, const QStringList &statements);
// The first value of the first row of a query, read directly (empty if there is none).
QString value(const QString &path, const QString &sql);

// Overwrites one page of an index with garbage in place and puts the file's modification and
// access times back, as bit rot or a careless sync tool would: inode, size, times and SQLite's
// change counter stay as they were, so the file looks unchanged since its last check, yet
// SQLite's quick_check fails. Opening it reads no page of that index. The file must be closed.
bool damageIndexPageKeepingTheFingerprint(const QString &path);

} // namespace FileTools
