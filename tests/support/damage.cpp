#include "damage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>

namespace {

struct Page {
    qint64 number = 0;
    qint64 size = 0;
};

Page indexRootPage(const QString &path)
{
    Page page;
    const QString connection = QStringLiteral("damage-probe");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral(
                    "SELECT rootpage FROM sqlite_schema WHERE name = 'interview_by_pm'")) &&
                query.next())
                page.number = query.value(0).toLongLong();
            if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
                page.size = query.value(0).toLongLong();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return page;
}

} // namespace

namespace Damage {

bool indexPageKeepingTheFingerprint(const QString &path)
{
    const Page page = indexRootPage(path);
    struct stat before;
    if (page.number < 2 || page.size <= 0 || ::stat(QFile::encodeName(path).constData(), &before))
        return false;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek((page.number - 1) * page.size) ||
            file.write(QByteArray(int(page.size), '\x5a')) != page.size)
            return false;
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    const QString connection = QStringLiteral("damage-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace Damage
