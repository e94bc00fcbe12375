#include "filetools.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/stat.h>

#include <functional>

namespace {

// Runs `work` on a connection of its own to the file, closed afterwards.
bool withConnection(const QString &path, bool readOnly,
                    const std::function<bool(QSqlQuery &)> &work)
{
    bool ok = false;
    const QString connection = QStringLiteral("file-tools");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = work(query);
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

namespace FileTools {

QByteArray digest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

bool runSql(const QString &path, const QStringList &statements)
{
    return withConnection(path, false, [&](QSqlQuery &query) {
        bool ok = query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        return ok;
    });
}

QString value(const QString &path, const QString &sql)
{
    QString found;
    withConnection(path, false, [&](QSqlQuery &query) {
        if (query.exec(sql) && query.next())
            found = query.value(0).toString();
        return true;
    });
    return found;
}

bool damageIndexPageKeepingTheFingerprint(const QString &path)
{
    qint64 page = 0;
    qint64 pageSize = 0;
    withConnection(path, true, [&](QSqlQuery &query) {
        if (query.exec(QStringLiteral(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'interview_by_pm'")) &&
            query.next())
            page = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
            pageSize = query.value(0).toLongLong();
        return true;
    });
    struct stat before;
    if (page < 2 || pageSize <= 0 || ::stat(QFile::encodeName(path).constData(), &before))
        return false;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize) ||
            file.write(QByteArray(int(pageSize), '\x5a')) != pageSize)
            return false;
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace FileTools
