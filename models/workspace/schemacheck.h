#pragma once

#include "core/problem.h"

#include <QSqlDatabase>

// Whether a workspace has every table and column its schema version promises. What a version
// promises is read off the migrations themselves (run once, in memory), never from a copy of
// the schema kept by hand; the file's side is two small reads of sqlite_schema.
namespace SchemaCheck {

// Nothing, or one line naming what is missing.
Outcome check(const QSqlDatabase &db, const QString &path, int version);

} // namespace SchemaCheck
