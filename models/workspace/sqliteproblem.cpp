#include "sqliteproblem.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// SQLite's result code, without the detail of an extended one (kept in the higher bytes).
int primaryCode(const QSqlError &error)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known);
    return known ? code & 0xff : -1;
}

} // namespace

namespace SqliteProblem {

QString lockedByAnotherProgram()
{
    return Text::tr(
        "another program — perhaps Cadence's window — is writing to it; try again when it "
        "is done");
}

bool meansDamage(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

QString describe(const QSqlError &error, const QString &otherwise)
{
    const QString words = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return lockedByAnotherProgram();
    case SQLITE_FULL:
        return Text::tr("cannot be written: the disk is full");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Text::tr("is damaged (%1)").arg(words);
    case SQLITE_IOERR:
        return Text::tr("cannot be used: the file system reported an error (%1)").arg(words);
    default:
        return otherwise.arg(words);
    }
}

} // namespace SqliteProblem
