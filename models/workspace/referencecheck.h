#pragma once

#include "core/problem.h"

#include <QSqlDatabase>
#include <QStringList>

// SQLite's foreign_key_check: whether every record still finds the records it refers to. A
// merge asks before it merges a file, and an import before it commits (see BulkWrite).
namespace ReferenceCheck {

// Nothing, or one line saying which records refer to missing ones. `tables` limits the check
// to records of those tables (all of them when empty).
Outcome check(const QSqlDatabase &db, const QString &path, const QStringList &tables = {});

} // namespace ReferenceCheck
