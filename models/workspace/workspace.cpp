#include "workspace.h"

#include "core/ids.h"
#include "migrations.h"
#include "referencecheck.h"
#include "schemacheck.h"
#include "sqliteproblem.h"
#include "statement.h"
#include "verifiedworkspaces.h"
#include "workspacefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <qplatformdefs.h>

#include <sqlite3.h>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("cadence-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The workspaces open in this process (see Workspace::isOpenWorkspaceFile).
QMutex openWorkspacesMutex;
QList<const Workspace *> openWorkspaces;

bool sameInode(const QString &one, const QString &other)
{
    QT_STATBUF a;
    QT_STATBUF b;
    return QT_STAT(QFile::encodeName(one).constData(), &a) == 0 &&
           QT_STAT(QFile::encodeName(other).constData(), &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

// "ana@laptop": the user and the machine that made the workspace.
QString defaultReplicaName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString host = QSysInfo::machineHostName();
    return user.isEmpty() ? host : host.isEmpty() ? user : user + u'@' + host;
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
{
    const QMutexLocker lock(&openWorkspacesMutex);
    openWorkspaces.append(this);
}

Workspace::~Workspace()
{
    {
        const QMutexLocker lock(&openWorkspacesMutex);
        openWorkspaces.removeOne(this);
    }
    m_recorder.detach();
    m_records->clear(); // its statements must be finalized before the connection closes
    bool closed = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (!isReadOnly())
                QSqlQuery(QStringLiteral("PRAGMA optimize"), db);
            db.close();
            closed = true;
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (closed && m_access == Access::ReadOnly)
        WorkspaceFile::removeReadersCompanions(m_path);
    // Checked (or made) by this Cadence, or trusted at its opening and not found damaged since,
    // and closed cleanly after writing: the next opening can trust it (and checks it once the
    // window shows). A read-only opening changed nothing the last writer did not note already.
    if (closed && m_integrity != Integrity::Damaged && m_access == Access::ReadWrite &&
        m_lifetime == Lifetime::Kept)
        VerifiedWorkspaces::noteChecked(m_path);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Workspace::sqliteHandle() const
{
    return WorkspaceFile::handle(database());
}

bool Workspace::isOpenWorkspaceFile(const QString &path)
{
    const QMutexLocker lock(&openWorkspacesMutex);
    return std::any_of(openWorkspaces.cbegin(), openWorkspaces.cend(),
                       [&](const Workspace *open) { return open->isSameFile(path); });
}

bool Workspace::isSameFile(const QString &path) const
{
    const QString other = QFileInfo(path).absoluteFilePath();
    const QStringList own = QStringList{m_path} + WorkspaceFile::companions(m_path);
    return std::any_of(own.cbegin(), own.cend(), [&](const QString &file) {
        return QFileInfo(file).absoluteFilePath() == other || sameInode(file, other);
    });
}

Outcome Workspace::inspect(const QString &path, Access access, int *schemaVersion, bool *checked)
{
    if (checked)
        *checked = false;
    if (Outcome problem = WorkspaceFile::checkIsRegularFile(path))
        return problem;
    const Result<WorkspaceFile::Header> read = WorkspaceFile::readHeader(path);
    if (!read)
        return read.problem();
    const WorkspaceFile::Header &header = read.value();
    if (!header.isSqlite)
        return Problem{path, Text::tr("is not a Cadence workspace (it is not an SQLite database)")};
    if (header.applicationId != ApplicationId)
        return Problem{path, Text::tr("is not a Cadence workspace (it is an SQLite database of "
                                      "another application)")};
    if (header.userVersion < 0)
        return Problem{path, Text::tr("is damaged: its schema version (%1) is not a version")
                                 .arg(header.userVersion)};
    if (header.userVersion > currentSchemaVersion())
        return Problem{path, Text::tr("was written by a newer Cadence (schema version %1; this "
                                      "Cadence reads up to %2); update Cadence to open it")
                                 .arg(header.userVersion)
                                 .arg(currentSchemaVersion())};
    if (access == Access::ReadWrite)
        if (Outcome problem = WorkspaceFile::checkWritable(path))
            return problem;
    if (schemaVersion)
        *schemaVersion = header.userVersion;
    if (VerifiedWorkspaces::isUnchangedSinceCheck(path))
        return {};
    const IntegrityVerdict verdict = IntegrityCheck::run(path);
    if (verdict.state == Integrity::Damaged)
        VerifiedWorkspaces::forget(path);
    if (verdict.state != Integrity::Intact)
        return verdict.problem;
    if (checked)
        *checked = true;
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path,
                                                     std::shared_ptr<Clock> clock)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return Problem{path, Text::tr("already exists; choose a new file name")};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Problem{path, Text::tr("cannot be created: the folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(info.absolutePath()))};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Problem{path, Text::tr("cannot be created: the folder is read-only")};

    std::unique_ptr<Workspace> workspace(
        new Workspace(path, newConnectionName(), Access::ReadWrite, std::move(clock)));
    Outcome problem = workspace->connect();
    if (!problem)
        problem = workspace->configure();
    if (!problem)
        problem = workspace->migrate(0);
    if (!problem)
        problem = workspace->loadMeta();
    if (!problem)
        problem = workspace->ensureReplicaId();
    if (problem) {
        workspace.reset();
        for (const QString &file : QStringList{path} + WorkspaceFile::companions(path))
            QFile::remove(file);
        return *problem;
    }
    workspace->m_integrity = Integrity::Intact;
    return workspace;
}

Result<std::unique_ptr<Workspace>>
Workspace::open(const QString &path, std::shared_ptr<Clock> clock, Access access, Lifetime lifetime)
{
    int version = 0;
    bool checked = false;
    if (Outcome problem = inspect(path, access, &version, &checked))
        return *problem;
    if (access == Access::ReadOnly && version < currentSchemaVersion())
        return Problem{path, Text::tr("needs an upgrade to schema version %1, which a read-only "
                                      "opening cannot do; open it for writing once")
                                 .arg(currentSchemaVersion())};

    std::unique_ptr<Workspace> workspace(
        new Workspace(path, newConnectionName(), access, std::move(clock)));
    workspace->m_lifetime = lifetime;
    if (checked)
        workspace->m_integrity = Integrity::Intact;
    // The schema is read before the connection is configured: switching a file to WAL is a
    // write, and a file that lacks part of its schema is never written.
    Outcome problem = workspace->connect();
    if (!problem)
        problem = SchemaCheck::check(workspace->database(), path, version);
    if (!problem)
        problem = workspace->configure();
    if (!problem)
        problem = workspace->loadMeta();
    if (!problem && version < currentSchemaVersion()) {
        // An upgrade rewrites much of the file: only an intact one, and after a backup.
        problem = workspace->verify();
        if (!problem && lifetime == Lifetime::Kept) {
            if (const Result<QString> saved = workspace->backup(QStringLiteral("before-upgrade"));
                !saved)
                problem = saved.problem();
        }
        if (!problem)
            problem = workspace->migrate(version);
    }
    if (!problem)
        problem = workspace->ensureReplicaId();
    if (problem)
        return *problem;
    return workspace;
}

Outcome Workspace::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    WorkspaceFile::connect(db, m_path, m_access == Access::ReadOnly);
    if (!db.open())
        return problem(SqliteProblem::describe(db.lastError(), Text::tr("cannot be opened (%1)")));
    return {};
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
            return problem(
                SqliteProblem::describe(query.lastError(), Text::tr("cannot be configured (%1)")));
    }
    return {};
}

Outcome Workspace::mayWrite() const
{
    if (m_damage)
        return problem(Text::tr("%1; Cadence will not write to it").arg(m_damage->what));
    if (m_access == Access::ReadOnly)
        return problem(Text::tr("is open read-only"));
    return {};
}

Workspace::Integrity Workspace::integrity() const
{
    return m_integrity;
}

Outcome Workspace::verify()
{
    if (m_integrity == Integrity::Unchecked) {
        const IntegrityVerdict verdict = IntegrityCheck::run(m_path);
        noteIntegrity(verdict);
        if (verdict.state == Integrity::Unchecked)
            return verdict.problem;
    }
    return m_damage;
}

void Workspace::noteIntegrity(const IntegrityVerdict &verdict)
{
    if (verdict.state == Integrity::Unchecked || m_integrity == Integrity::Damaged)
        return;
    m_integrity = verdict.state;
    if (verdict.state != Integrity::Damaged)
        return;
    m_damage = verdict.problem ? verdict.problem : problem(Text::tr("is damaged"));
    VerifiedWorkspaces::forget(m_path);
    // Also SQL that no WriteTransaction guards (an optimisation at close) stays out.
    QSqlQuery(QStringLiteral("PRAGMA query_only = ON"), database());
}

Outcome Workspace::checkReferences(const QStringList &tables) const
{
    return ReferenceCheck::check(database(), m_path, tables);
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
        return transaction.problem();
    QSqlDatabase db = database();
    for (int version = fromVersion; version < int(migrations.size()); ++version) {
        const Migration &step = migrations[size_t(version)];
        for (const QString &statement : step.statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                transaction.rollback();
                return problem(Text::tr("cannot be upgraded to schema version %1 (%2: %3)")
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
        return problem(
            SqliteProblem::describe(query.lastError(), Text::tr("cannot be upgraded (%1)")));
    }
    return transaction.commit();
}

Outcome Workspace::loadMeta()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta")))
        return problem(SqliteProblem::describe(query.lastError(), Text::tr("cannot be read (%1)")));
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
    return {};
}

Outcome Workspace::ensureReplicaId()
{
    if (!m_replicaId.isEmpty() || isReadOnly())
        return {};
    const QString replicaId = Ids::random();
    // What teammates see in a merge's report and beside a conflict: whose workspace this is.
    const QString replicaName = m_replicaName.isEmpty() ? defaultReplicaName() : m_replicaName;
    WriteTransaction transaction(*this);
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('replica_id', ?), "
                                  "('replica_name', ?) ON CONFLICT(key) DO NOTHING"));
    insert.addBindValue(replicaId);
    insert.addBindValue(replicaName);
    if (!insert.exec())
        return problem(
            SqliteProblem::describe(insert.lastError(), Text::tr("cannot be written (%1)")));
    if (Outcome problem = transaction.commit())
        return problem;
    m_replicaId = replicaId;
    m_replicaName = replicaName;
    return {};
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
        return problem(
            SqliteProblem::describe(query.lastError(), Text::tr("cannot be written (%1)")));
    m_persistedStamp = m_clock.lastSeen();
    return {};
}

Outcome Workspace::copyTo(const QString &targetPath) const
{
    if (isSameFile(targetPath))
        return Problem{targetPath, Text::tr("is the workspace itself; choose another file")};
    if (QFileInfo::exists(targetPath))
        QFile::remove(targetPath);
    QSqlQuery query(database());
    // VACUUM INTO reads this file and writes only the copy, which a read-only opening may do;
    // query_only (which guards read-only openings against writes) would refuse it all the same.
    const bool guarded = isReadOnly();
    if (guarded)
        query.exec(QStringLiteral("PRAGMA query_only = OFF"));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(targetPath);
    const bool copied = query.exec();
    const QSqlError error = query.lastError();
    if (guarded)
        query.exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!copied)
        return Problem{targetPath,
                       SqliteProblem::describe(error, Text::tr("cannot be written (%1)"))};
    return {};
}

Outcome Workspace::replaceWith(const Workspace &source, std::shared_ptr<Clock> clock)
{
    if (Outcome refused = mayWrite())
        return refused;
    if (m_transactionDepth > 0)
        return problem(Text::tr("cannot be replaced while a change is being written"));
    // The cached statements hold the old schema, and may hold a read transaction.
    m_records->clear();
    sqlite3 *into = sqliteHandle();
    sqlite3_backup *copy = sqlite3_backup_init(into, "main", source.sqliteHandle(), "main");
    if (copy)
        sqlite3_backup_step(copy, -1);
    if (!copy || sqlite3_backup_finish(copy) != SQLITE_OK)
        return problem(
            Text::tr("cannot be written (%1)").arg(QString::fromUtf8(sqlite3_errmsg(into))));
    m_clock = HybridClock(std::move(clock));
    m_replicaId.clear();
    m_replicaName.clear();
    m_persistedStamp = 0;
    return loadMeta();
}

Result<QString> Workspace::backup(const QString &reason) const
{
    return Backups::keep(*this, reason);
}

QList<Backup> Workspace::backups() const
{
    return Backups::of(backupKey());
}

QString Workspace::backupKey() const
{
    if (!m_replicaId.isEmpty())
        return m_replicaId;
    return QStringLiteral("path-") +
           QString::fromLatin1(
               QCryptographicHash::hash(QFileInfo(m_path).absoluteFilePath().toUtf8(),
                                        QCryptographicHash::Sha1)
                   .toHex()
                   .left(16));
}

WriteTransaction::WriteTransaction(Workspace &workspace)
    : m_workspace(workspace)
{
    if (Outcome refused = workspace.mayWrite()) {
        m_beginProblem = refused;
        return;
    }
    if (workspace.m_transactionDepth == 0) {
        QSqlQuery query(workspace.database());
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_beginProblem = workspace.problem(
                SqliteProblem::describe(query.lastError(), Text::tr("cannot be written (%1)")));
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
        problem = ws.problem(
            SqliteProblem::describe(query.lastError(), Text::tr("cannot be written (%1)")));
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
