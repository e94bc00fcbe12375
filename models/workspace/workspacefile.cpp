#include "workspacefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QUrl>
#include <QtEndian>

#include <qplatformdefs.h>
#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

bool exists(const QString &path)
{
    QT_STATBUF status;
    return QT_STAT(QFile::encodeName(path).constData(), &status) == 0;
}

std::optional<qint64> pragmaValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

} // namespace

namespace WorkspaceFile {

Outcome checkIsRegularFile(const QString &path)
{
    QT_STATBUF status;
    if (QT_STAT(QFile::encodeName(path).constData(), &status) != 0) {
        const int error = errno;
        if (error == ELOOP)
            return Problem{path, Text::tr("is a symbolic link that leads back to itself (a loop)")};
        if (error == ENOENT || error == ENOTDIR) {
            const QFileInfo link(path);
            if (link.isSymLink())
                return Problem{path, Text::tr("is a symbolic link to %1, which does not exist")
                                         .arg(link.symLinkTarget())};
            return Problem{path, Text::tr("no such file")};
        }
        return Problem{
            path, Text::tr("cannot be read (%1)").arg(QString::fromLocal8Bit(strerror(error)))};
    }
    if (S_ISDIR(status.st_mode))
        return Problem{path, Text::tr("is a folder, not a workspace file")};
    if (!S_ISREG(status.st_mode))
        return Problem{path, Text::tr("is not a regular file (it is a pipe, socket or device); a "
                                      "workspace is a file")};
    return {};
}

Result<Header> readHeader(const QString &path)
{
    sqlite3 *raw = nullptr;
    const int opened =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, &sqlite3_close_v2);
    if (opened != SQLITE_OK) {
        const int error = db ? sqlite3_system_errno(db.get()) : 0;
        return Problem{path, Text::tr("cannot be read (%1)")
                                 .arg(error ? QString::fromLocal8Bit(strerror(error))
                                            : QString::fromUtf8(sqlite3_errstr(opened)))};
    }
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.get(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods)
        return Problem{path, Text::tr("cannot be read")};
    unsigned char bytes[100] = {};
    Header header;
    // A file shorter than the header reads as SQLITE_IOERR_SHORT_READ (and zeros): not SQLite.
    if (file->pMethods->xRead(file, bytes, sizeof bytes, 0) != SQLITE_OK ||
        std::memcmp(bytes, "SQLite format 3", 16) != 0)
        return header;
    header.isSqlite = true;
    header.changeCounter = qFromBigEndian<quint32>(bytes + 24);
    header.userVersion = qFromBigEndian<qint32>(bytes + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes + 68);
    // A write-ahead log with content may hold a newer first page (a workspace just made, or
    // upgraded, by a connection that is still open): SQLite reads through it.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        if (const auto id = pragmaValue(db.get(), "PRAGMA application_id"))
            header.applicationId = quint32(*id);
        if (const auto version = pragmaValue(db.get(), "PRAGMA user_version"))
            header.userVersion = qint32(*version);
    }
    return header;
}

QString fingerprint(const QString &path)
{
    QT_STATBUF status;
    if (QT_STAT(QFile::encodeName(path).constData(), &status) != 0 || !S_ISREG(status.st_mode))
        return {};
    const Result<Header> header = readHeader(path);
    if (!header || !header.value().isSqlite)
        return {};
    return QStringLiteral("%1:%2:%3:%4.%5:%6")
        .arg(status.st_dev)
        .arg(status.st_ino)
        .arg(status.st_size)
        .arg(status.st_mtim.tv_sec)
        .arg(status.st_mtim.tv_nsec)
        .arg(header.value().changeCounter);
}

Outcome checkWritable(const QString &path)
{
    // (WriteUser is left out: it asks access(), which says yes to root.)
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    const QFileInfo info(path);
    if (!info.isWritable() || !(info.permissions() & anyWrite))
        return Problem{path, Text::tr("is read-only; Cadence needs to write to it")};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || !(folder.permissions() & anyWrite))
        return Problem{path,
                       Text::tr("is in a read-only folder; Cadence needs to write beside it")};
    return {};
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

void connect(QSqlDatabase &db, const QString &path, bool readOnly)
{
    if (!readOnly) {
        db.setDatabaseName(path);
        return;
    }
    const QString folder = QFileInfo(path).absolutePath();
    const bool canMakeShm = QT_ACCESS(QFile::encodeName(folder).constData(), W_OK) == 0;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool hasLog = (wal.exists() && wal.size() > 0) || exists(path + QStringLiteral("-shm"));
    if (canMakeShm || hasLog) {
        // With a log, only a normal connection reads what it holds (or says why it cannot).
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        return;
    }
    // Whoever cannot write to the folder cannot write to a WAL database in it either (its log
    // could not be made), and there is no log: reading it as immutable sees all there is.
    db.setDatabaseName(
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        QStringLiteral("?immutable=1"));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
}

QStringList companions(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

void removeReadersCompanions(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    // A log with content holds someone's commits: only a writer checkpoints it into the file.
    if ((wal.exists() && wal.size() > 0) || !exists(path + QStringLiteral("-shm")))
        return;
    sqlite3 *raw = nullptr;
    // No SQLITE_OPEN_CREATE: a file gone meanwhile is not made again.
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> db(raw, &sqlite3_close_v2);
    if (db)
        pragmaValue(db.get(), "PRAGMA schema_version"); // opens the log, so closing removes it
}

} // namespace WorkspaceFile
