#pragma once

#include "backups.h"
#include "core/hybridclock.h"
#include "core/problem.h"
#include "integritycheck.h"
#include "recordstore.h"
#include "workspacechange.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

// One open workspace file: an SQLite database that carries Cadence's application id and
// schema version. Opening checks the file before anything writes to it, so a file that is
// not ours, is damaged, lacks part of its schema or comes from a newer Cadence is refused and
// left byte-for-byte as it was. Only repositories run SQL against database().
//
// What is checked when: the file's kind, header and schema on every opening; SQLite's
// integrity check before the opening too, except for a file this Cadence checked and closed
// cleanly, unchanged since, which opens at once and is checked by verify(): in the background
// once the window shows, and before every bulk write (see BulkWrite). A file found damaged is
// never written again (mayWrite()).
class Workspace final
{
public:
    enum class Access { ReadWrite, ReadOnly };
    using Integrity = IntegrityVerdict::State;
    // A throw-away copy, removed right after its use (another workspace upgraded in a temporary
    // copy to be merged, the property tests' replicas), is upgraded without a backup and is not
    // remembered as checked when it closes: the list of checked files (VerifiedWorkspaces) keeps
    // the files a PM opens again, and writing it at every close cost the merge property test
    // a third of its time.
    enum class Lifetime { Kept, Throwaway };

    // "CDNC": written to the SQLite header so that Cadence recognises its own files.
    static constexpr quint32 ApplicationId = 0x43444e43;
    static constexpr auto FileSuffix = "cadence";
    static int currentSchemaVersion();

    // Makes a new workspace at path, which must not exist yet.
    static Result<std::unique_ptr<Workspace>> create(const QString &path,
                                                     std::shared_ptr<Clock> clock);
    // Opens an existing workspace, upgrading its schema (after a backup) when it is older.
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   std::shared_ptr<Clock> clock,
                                                   Access access = Access::ReadWrite,
                                                   Lifetime lifetime = Lifetime::Kept);
    // Checks that path is a Cadence workspace this version can read, without touching it. The
    // integrity check (which reads the whole file) is skipped for a file that this Cadence
    // checked, then closed cleanly, and that has not changed since (*checked is then false).
    static Outcome inspect(const QString &path, Access access, int *schemaVersion = nullptr,
                           bool *checked = nullptr);
    // Whether path names the file of a workspace open in this process, or one of its -wal,
    // -shm or -journal: such a file must not be opened, read or replaced by anything but
    // SQLite (see workspacefile.h).
    static bool isOpenWorkspaceFile(const QString &path);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QSqlDatabase database() const;
    // The connection's own SQLite handle, for the bulk paths that bypass QSqlQuery's
    // per-value QVariants (years of points, 100,000 interviews); null if the driver is not
    // SQLite's.
    sqlite3 *sqliteHandle() const;
    // Announces every committed batch of writes, naming the areas and rows it changed.
    ChangeFeed &changes() { return m_changes; }
    // Where repositories write records, and merges and tests read and write them raw.
    RecordStore &records() { return *m_records; }
    QString path() const { return m_path; }
    // Opened read-only, or read-only since it was found damaged.
    bool isReadOnly() const { return m_access == Access::ReadOnly || m_damage.has_value(); }
    QString replicaId() const { return m_replicaId; }
    // Whose workspace this is, for teammates: "ana@laptop" unless named otherwise.
    QString replicaName() const { return m_replicaName; }
    // Whether path is this workspace's file or one of its -wal, -shm or -journal.
    bool isSameFile(const QString &path) const;

    // The one answer to "may this workspace be written?": not when opened read-only, nor once
    // it is known to be damaged. Every WriteTransaction asks.
    Outcome mayWrite() const;
    Integrity integrity() const;
    // Runs the integrity check now unless its verdict is in; the verdict, or the damage.
    Outcome verify();
    // Takes the verdict of a check run elsewhere (in the background). A damaged file turns
    // read-only at once, and is no longer trusted at the next opening.
    void noteIntegrity(const IntegrityVerdict &verdict);
    // Whether every record finds the records it refers to (see ReferenceCheck).
    Outcome checkReferences(const QStringList &tables = {}) const;

    // Stamps for the merge columns of changed records.
    qint64 nextStamp() { return m_clock.next(); }
    void observeStamp(qint64 stamp) { m_clock.observe(stamp); }
    HybridClock &clock() { return m_clock; }
    const Clock &wallClock() const { return m_clock.wallClock(); }

    // A consistent copy of the whole workspace (VACUUM INTO); the copy is a workspace itself.
    Outcome copyTo(const QString &targetPath) const;
    // Replaces everything this workspace holds with source's content, page by page (SQLite's
    // online backup), and its clock with a new one on `clock`: as if the file had been copied
    // from source and opened again, without closing the connection. No transaction may be open.
    // Repositories made on this workspace cache what they read: make them again afterwards.
    // The merge property tests play ten thousand histories on the same three workspaces; with
    // this (and their order experiments rolled back rather than copied) 300 histories took 4.2 s
    // where copying and reopening three files a history took 23.7 s.
    Outcome replaceWith(const Workspace &source, std::shared_ptr<Clock> clock);
    // Keeps a copy in the app's backup folder, pruning the oldest beyond a few per workspace.
    Result<QString> backup(const QString &reason) const;
    // This workspace's backups, newest first.
    QList<Backup> backups() const;
    // What its backups are kept under: the replica id (or, for a file without one yet, a
    // digest of its full path).
    QString backupKey() const;

    Problem problem(const QString &what) const { return {m_path, what}; }

private:
    friend class WriteTransaction;
    Workspace(QString path, QString connectionName, Access access, std::shared_ptr<Clock> clock);
    Outcome connect();
    Outcome configure();
    Outcome migrate(int fromVersion);
    Outcome runMigrations(int fromVersion);
    Outcome loadMeta();
    Outcome ensureReplicaId();
    Outcome persistClock();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    Lifetime m_lifetime = Lifetime::Kept;
    HybridClock m_clock;
    QString m_replicaId;
    QString m_replicaName;
    qint64 m_persistedStamp = 0;
    ChangeFeed m_changes;
    std::unique_ptr<RecordStore> m_records;
    ChangeRecorder m_recorder;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    Integrity m_integrity = Integrity::Unchecked; // unless Damaged, noted at a clean close
    Outcome m_damage;
};

// A write transaction (BEGIN IMMEDIATE, so that it never fails half-way on a lock upgrade).
// Nested transactions join the outermost one: bulk work lands whole or not at all.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Workspace &workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    // Why it did not begin.
    const Outcome &problem() const { return m_beginProblem; }
    // Commits (the outermost) or leaves it to the outer one; a problem means nothing landed.
    Outcome commit();
    void rollback();

private:
    Workspace &m_workspace;
    bool m_open = false;
    Outcome m_beginProblem;
};
