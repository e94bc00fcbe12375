#include "workspace.h"

#include "core/ids.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtEndian>

#include <qplatformdefs.h>

#include <sqlite3.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cadence-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The parts of the 100-byte SQLite header that tell whose file this is.
struct Header {
    bool isSqlite = false;
    quint32 applicationId = 0;
    int userVersion = 0;
    quint32 changeCounter = 0;
};

Header readHeader(QFile &file)
{
    Header header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.userVersion = int(qFromBigEndian<quint32>(bytes.constData() + 60));
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    header.changeCounter = qFromBigEndian<quint32>(bytes.constData() + 24);
    return header;
}

// SQLite's integrity report can run to a line per damaged page: the message is one line.
QString oneLineVerdict(const QString &verdict)
{
    QStringList findings;
    for (const QString &line : verdict.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("*** ")))
            findings << line.trimmed();
    if (findings.size() <= 2)
        return findings.join(QStringLiteral("; "));
    return tr("%1; %2; and %3 more").arg(findings[0], findings[1]).arg(findings.size() - 2);
}

// Which file, at which state: device, inode, size, modification time to the nanosecond and
// SQLite's change counter. Empty when it cannot be told.
QString fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Header header = readHeader(file);
    QT_STATBUF status;
    if (!header.isSqlite || QT_FSTAT(file.handle(), &status) != 0)
        return {};
    return QStringLiteral("%1:%2:%3:%4.%5:%6")
        .arg(status.st_dev)
        .arg(status.st_ino)
        .arg(status.st_size)
        .arg(status.st_mtim.tv_sec)
        .arg(status.st_mtim.tv_nsec)
        .arg(header.changeCounter);
}

// The files this Cadence checked on opening and then closed cleanly, with their fingerprint
// at that moment. Opening one of them again, unchanged since, skips the integrity check:
// nothing but SQLite (through Cadence) wrote to it after it was checked, and the check reads
// the whole file, which takes a second or more on a large workspace.
QString verifiedListPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/verified-workspaces.ini");
}

QString verifiedKey(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex());
}

bool isKnownIntact(const QString &path)
{
    // A write-ahead log with content holds pages that were not there at the clean close.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    const QString now = fingerprint(path);
    return !now.isEmpty() && QSettings(verifiedListPath(), QSettings::IniFormat)
                                     .value(verifiedKey(path))
                                     .toString() == now;
}

void noteIntact(const QString &path)
{
    const QString now = fingerprint(path);
    QSettings list(verifiedListPath(), QSettings::IniFormat);
    if (now.isEmpty())
        list.remove(verifiedKey(path));
    else
        list.setValue(verifiedKey(path), now);
}

void forgetIntact(const QString &path)
{
    QSettings(verifiedListPath(), QSettings::IniFormat).remove(verifiedKey(path));
}

// "ana@laptop": the user and the machine that made the workspace.
QString defaultReplicaName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString host = QSysInfo::machineHostName();
    return user.isEmpty() ? host : host.isEmpty() ? user : user + u'@' + host;
}

int maxBackupsPerWorkspace()
{
    return 5;
}

} // namespace

int Workspace::currentSchemaVersion()
{
    return Migrations::count();
}

Workspace::Workspace(QString path, QString connectionName, Access access,
                     std::shared_ptr<Clock> clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_access(access)
    , m_clock(std::move(clock))
    , m_records(std::make_unique<RecordStore>(*this))
{}

Workspace::~Workspace()
{
    m_recorder.detach();
    m_records->clear(); // its statements must be finalized before the connection closes
    bool closed = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_access == Access::ReadWrite)
                QSqlQuery(QStringLiteral("PRAGMA optimize"), db);
            db.close();
            closed = true;
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Checked (or made) by this Cadence and closed cleanly after writing: the next opening can
    // trust it. (A read-only opening changed nothing the last writer did not note already.)
    if (closed && m_intact && m_access == Access::ReadWrite)
        noteIntact(m_path);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Workspace::sqliteHandle() const
{
    const QVariant handle = database().driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

Outcome Workspace::inspect(const QString &path, Access access, int *schemaVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Problem{path, tr("no such file")};
    if (info.isDir())
        return Problem{path, tr("is a folder, not a workspace file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, tr("cannot be read (%1)").arg(file.errorString())};
    const Header header = readHeader(file);
    file.close();
    if (!header.isSqlite)
        return Problem{path, tr("is not a Cadence workspace (it is not an SQLite database)")};
    if (header.applicationId != ApplicationId)
        return Problem{path, tr("is not a Cadence workspace (it is an SQLite database of "
                                "another application)")};
    if (header.userVersion > currentSchemaVersion())
        return Problem{path, tr("was written by a newer Cadence (schema version %1; this "
                                "Cadence reads up to %2); update Cadence to open it")
                                 .arg(header.userVersion)
                                 .arg(currentSchemaVersion())};
    if (access == Access::ReadWrite) {
        // Permission bits count even for root, who could write anyway: a file marked
        // read-only was marked so on purpose.
        // (WriteUser is left out: it asks access(), which says yes to root.)
        constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        if (!info.isWritable() || !(info.permissions() & anyWrite))
            return Problem{path, tr("is read-only; Cadence needs to write to it")};
        if (!QFileInfo(info.absolutePath()).isWritable())
            return Problem{path, tr("is in a read-only folder; Cadence needs to write beside it")};
    }
    if (schemaVersion)
        *schemaVersion = header.userVersion;
    if (isKnownIntact(path))
        return {};

    // The integrity check runs on a read-only connection, so a damaged file is never written.
    const QString connection = newConnectionName();
    Outcome problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = Problem{path, tr("cannot be opened (%1)").arg(db.lastError().text())};
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
                problem = Problem{path, tr("is damaged (%1)").arg(check.lastError().text())};
            else if (const QString verdict = check.value(0).toString();
                     verdict != QLatin1String("ok"))
                problem = Problem{
                    path, tr("is damaged (integrity check: %1)").arg(oneLineVerdict(verdict))};
            if (problem)
                forgetIntact(path);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path,
                                                     std::shared_ptr<Clock> clock)
{
    const QFileInfo info(path);
    if (info.exists())
        return Problem{path, tr("already exists; choose a new file name")};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Problem{path, tr("cannot be created: the folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Problem{path, tr("cannot be created: the folder is read-only")};

    std::unique_ptr<Workspace> workspace(
        new Workspace(path, newConnectionName(), Access::ReadWrite, std::move(clock)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const Problem problem{path, tr("cannot be created (%1)").arg(db.lastError().text())};
        workspace.reset();
        QFile::remove(path);
        return problem;
    }
    Outcome problem = workspace->configure();
    if (!problem)
        problem = workspace->migrate(0);
    if (!problem)
        problem = workspace->loadMeta();
    if (problem) {
        workspace.reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        return *problem;
    }
    workspace->m_intact = true;
    return workspace;
}

Result<std::unique_ptr<Workspace>>
Workspace::open(const QString &path, std::shared_ptr<Clock> clock, Access access, Upgrade upgrade)
{
    int version = 0;
    if (Outcome problem = inspect(path, access, &version))
        return *problem;
    if (access == Access::ReadOnly && version < currentSchemaVersion())
        return Problem{path, tr("needs an upgrade to schema version %1, which a read-only "
                                "opening cannot do; open it for writing once")
                                 .arg(currentSchemaVersion())};

    std::unique_ptr<Workspace> workspace(
        new Workspace(path, newConnectionName(), access, std::move(clock)));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), workspace->m_connectionName);
    db.setDatabaseName(path);
    if (access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Problem{path, tr("cannot be opened (%1)").arg(db.lastError().text())};
    Outcome problem = workspace->configure();
    if (!problem && version < currentSchemaVersion()) {
        if (upgrade == Upgrade::AfterBackup) {
            if (Result<QString> saved = workspace->backup(QStringLiteral("before-upgrade")); !saved)
                problem = saved.problem();
        }
        if (!problem)
            problem = workspace->migrate(version);
    }
    if (!problem)
        problem = workspace->loadMeta();
    if (problem)
        return *problem;
    workspace->m_intact = true;
    return workspace;
}

Outcome Workspace::configure()
{
    m_recorder.attach(sqliteHandle());
    QSqlDatabase db = database();
    // Reads through a memory map of the file's first 256 MB rather than a read() and a copy
    // per page: opening the Coverage pane on ten years of history read some 370 pages, which
    // was 1.5 ms of start-up. The file has been checked before it is mapped (see inspect()),
    // and SQLite maps only what the file holds.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = 5000"),
                           QStringLiteral("PRAGMA mmap_size = 268435456")};
    if (m_access == Access::ReadWrite) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    } else {
        pragmas << QStringLiteral("PRAGMA query_only = ON");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return problem(tr("cannot be configured (%1)").arg(query.lastError().text()));
    }
    return {};
}

Outcome Workspace::migrate(int fromVersion)
{
    // A step may make a table again (SQLite cannot change a CHECK in place), and dropping the
    // old table would count its rows' references as broken: foreign keys are off while the
    // steps run (the pragma has no effect inside a transaction) and checked before commit.
    QSqlQuery(QStringLiteral("PRAGMA foreign_keys = OFF"), database());
    const Outcome problem = runMigrations(fromVersion);
    QSqlQuery(QStringLiteral("PRAGMA foreign_keys = ON"), database());
    return problem;
}

Outcome Workspace::runMigrations(int fromVersion)
{
    const auto &migrations = Migrations::all();
    WriteTransaction transaction(*this);
    if (!transaction.isOpen())
        return problem(tr("cannot be upgraded: it is locked by another program"));
    QSqlDatabase db = database();
    for (int version = fromVersion; version < int(migrations.size()); ++version) {
        const Migration &step = migrations[size_t(version)];
        for (const QString &statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                transaction.rollback();
                return problem(tr("cannot be upgraded to schema version %1 (%2: %3)")
                                   .arg(version + 1)
                                   .arg(step.name, query.lastError().text()));
            }
        }
    }
    if (Outcome broken = checkReferences()) {
        transaction.rollback();
        return broken;
    }
    QSqlQuery query(db);
    const bool stamped =
        query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)) &&
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migrations.size()));
    if (!stamped) {
        transaction.rollback();
        return problem(tr("cannot be upgraded (%1)").arg(query.lastError().text()));
    }
    return transaction.commit();
}

Outcome Workspace::checkReferences() const
{
    Statement check(sqliteHandle(), "PRAGMA foreign_key_check");
    if (check.next())
        return problem(tr("is damaged (a %1 record refers to a %2 that does not exist)")
                           .arg(check.text(0), check.text(2)));
    if (!check.done())
        return problem(tr("cannot be checked (%1)").arg(check.error()));
    return {};
}

Outcome Workspace::loadMeta()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT key, value FROM meta"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("replica_id"))
            m_replicaId = query.value(1).toString();
        else if (key == QLatin1String("replica_name"))
            m_replicaName = query.value(1).toString();
        else if (key == QLatin1String("hlc"))
            m_persistedStamp = query.value(1).toLongLong();
    }
    m_clock.observe(m_persistedStamp);
    if (!m_replicaId.isEmpty() || m_access == Access::ReadOnly)
        return {};
    m_replicaId = Ids::random();
    // What teammates see in a merge's report and beside a conflict: whose workspace this is.
    if (m_replicaName.isEmpty())
        m_replicaName = defaultReplicaName();
    WriteTransaction transaction(*this);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO meta(key, value) VALUES ('replica_id', ?), ('replica_name', ?)"));
    insert.addBindValue(m_replicaId);
    insert.addBindValue(m_replicaName);
    if (!insert.exec())
        return problem(tr("cannot be written (%1)").arg(insert.lastError().text()));
    return transaction.commit();
}

Outcome Workspace::persistClock()
{
    if (m_clock.lastSeen() == m_persistedStamp)
        return {};
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('hlc', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::number(m_clock.lastSeen()));
    if (!query.exec())
        return problem(tr("cannot be written (%1)").arg(query.lastError().text()));
    m_persistedStamp = m_clock.lastSeen();
    return {};
}

Outcome Workspace::copyTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        QFile::remove(targetPath);
    QSqlQuery query(database());
    // VACUUM INTO reads this file and writes only the copy, which a read-only opening may do;
    // query_only (which guards read-only openings against writes) would refuse it all the same.
    if (m_access == Access::ReadOnly)
        query.exec(QStringLiteral("PRAGMA query_only = OFF"));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    const bool copied = query.exec();
    const QString error = query.lastError().text();
    if (m_access == Access::ReadOnly)
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!copied)
        return Problem{targetPath, tr("cannot be written (%1)").arg(error)};
    return {};
}

Result<QString> Workspace::backup(const QString &reason) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/backups");
    if (!QDir().mkpath(folder))
        return Problem{folder, tr("cannot be created to keep a backup")};
    const QString base = QFileInfo(m_path).completeBaseName();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString target = QStringLiteral("%1/%2.%3.%4.cadence").arg(folder, base, stamp, reason);
    if (Outcome problem = copyTo(target))
        return *problem;

    QDir dir(folder);
    const QStringList kept =
        dir.entryList({base + QStringLiteral(".*.cadence")}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + maxBackupsPerWorkspace() < kept.size(); ++i)
        dir.remove(kept[i]);
    return target;
}

WriteTransaction::WriteTransaction(Workspace &workspace)
    : m_workspace(workspace)
{
    if (workspace.isReadOnly()) {
        m_beginProblem =
            workspace.problem(QCoreApplication::translate("Workspace", "is open read-only"));
        return;
    }
    if (workspace.m_transactionDepth == 0) {
        QSqlQuery query(workspace.database());
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_beginProblem =
                workspace.problem(QCoreApplication::translate("Workspace", "cannot be written (%1)")
                                      .arg(query.lastError().text()));
            return;
        }
        workspace.m_transactionFailed = false;
    }
    ++workspace.m_transactionDepth;
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

Outcome WriteTransaction::commit()
{
    if (!m_open)
        return m_beginProblem ? m_beginProblem
                              : m_workspace.problem(QCoreApplication::translate(
                                    "Workspace", "has no open transaction"));
    m_open = false;
    Workspace &ws = m_workspace;
    if (--ws.m_transactionDepth > 0)
        return {};
    QSqlQuery query(ws.database());
    if (ws.m_transactionFailed) {
        query.exec(QStringLiteral("ROLLBACK"));
        ws.m_recorder.discard();
        return ws.problem(
            QCoreApplication::translate("Workspace", "was not changed: part of the work failed"));
    }
    Outcome problem = ws.persistClock();
    if (!problem && !query.exec(QStringLiteral("COMMIT")))
        problem = ws.problem(QCoreApplication::translate("Workspace", "cannot be written (%1)")
                                 .arg(query.lastError().text()));
    if (problem) {
        query.exec(QStringLiteral("ROLLBACK"));
        ws.m_recorder.discard();
        return problem;
    }
    if (WorkspaceChange change = ws.m_recorder.take(); !change.isEmpty())
        emit ws.m_changes.changed(change);
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    Workspace &ws = m_workspace;
    if (--ws.m_transactionDepth > 0) {
        ws.m_transactionFailed = true;
        return;
    }
    QSqlQuery(QStringLiteral("ROLLBACK"), ws.database());
    ws.m_recorder.discard();
}
