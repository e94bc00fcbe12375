#pragma once

#include <QSqlError>
#include <QString>

// What an SQLite failure means to the user, phrased as the "what" of a Problem that names the
// workspace file: a lock held by another program, a full disk or a damaged file each say so;
// anything else is `otherwise` (a text with %1 for SQLite's own words).
namespace SqliteProblem {

QString describe(const QSqlError &error, const QString &otherwise);
// Whether SQLite found the file damaged (or not a database at all).
bool meansDamage(const QSqlError &error);
// The words for a file another program is writing to: every "busy" failure says this.
QString lockedByAnotherProgram();

} // namespace SqliteProblem
