#pragma once

#include <QString>

// Ways a workspace file goes bad, for the tests of what Cadence does with one.
namespace Damage {

// Overwrites one page of an index with garbage in place and puts the file's modification and
// access times back, as bit rot or a careless sync tool would: inode, size, times and SQLite's
// change counter stay as they were, so the file looks unchanged since its last check, yet
// SQLite's quick_check fails. Opening it reads no page of that index. The file must be closed.
bool indexPageKeepingTheFingerprint(const QString &path);

// Runs SQL on the file directly (foreign keys off), as another program would.
bool runSql(const QString &path, const QStringList &statements);

} // namespace Damage
