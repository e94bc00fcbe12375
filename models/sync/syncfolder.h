#pragma once

#include "core/clock.h"
#include "core/problem.h"
#include "merge.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Workspace;

// A folder that a sync tool (Syncthing, Dropbox, git) keeps in step between teammates'
// machines, and through which their workspaces keep in step (DESIGN.md, "Sync by export").
//
// Each replica writes only its own export there, under a name holding its replica id
// (exportName()), so the sync tool never sees two writers of one file; the export is written
// beside it and renamed, so nobody reads half of it. A pass (sync()) merges every other
// replica's export in one transaction, after one backup, and writes this replica's export
// again when the workspace holds something it does not.
//
// What a pass leaves alone:
// - files still being written: changed within settleMs(), or shorter than their SQLite header
//   says (a copy in progress); they are retried by the next pass;
// - files it has merged before, as they were then (size, time and inode), and exports whose
//   version vector is the one merged last time (remembered in the workspace, so a restart
//   does not merge everything again);
// - the sync tools' own files (hidden ones: Syncthing's .syncthing.*.tmp and .stfolder,
//   Dropbox's .dropbox*, .git), SQLite's -wal, -shm and -journal, and this replica's own
//   files, sync-conflict copies of them included (they hold nothing this workspace lacks).
//   A conflict copy of a teammate's export (Syncthing's .sync-conflict-…, Dropbox's
//   "conflicted copy") is an export of theirs like any other, and merges.
// Anything else that is not an export this workspace can merge (a foreign file, a damaged or
// newer one) is reported once, as one line naming the file, then skipped until it changes:
// never merged, never deleted.
class SyncFolder final
{
public:
    // The folder this workspace syncs through on this machine, or empty. Kept in the
    // workspace's own meta table, which does not merge: where a teammate's machine keeps the
    // folder is theirs to say.
    static QString configured(Workspace &workspace);
    // Points the workspace at a folder (which must exist and be writable), or at none (empty).
    static Outcome configure(Workspace &workspace, const QString &folder);
    // The file a replica writes in the folder: "cadence-<replica id>.cadence".
    static QString exportName(const QString &replicaId);

    SyncFolder(Workspace &workspace, QString folder, std::shared_ptr<Clock> clock);

    // A file changed more recently than this is taken to be still being written.
    void setSettleMs(qint64 ms) { m_settleMs = ms; }
    qint64 settleMs() const { return m_settleMs; }
    const QString &folder() const { return m_folder; }

    // What one pass did.
    struct Pass {
        QList<Merge::Report> merged; // one per export merged
        bool exported = false;       // this replica's export was written
        QStringList pending;         // files still being written, for a later pass
        QList<Problem> problems;     // files skipped, each reported once
        Outcome failure;             // the merge or the export failed: nothing was merged
        bool changed() const;        // whether the merge changed this workspace
    };
    Pass sync();
    // Writes this replica's export now (after an edit), unless it holds everything already.
    Outcome exportOwn(bool *written = nullptr);

    // The teammates whose exports are in the folder and whose every change this workspace
    // holds (their names, as their workspaces give them), and when that was last so.
    QStringList peers() const;
    QDateTime lastSynced() const { return m_lastSynced; }

private:
    struct Fingerprint {
        qint64 size = -1;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        quint64 inode = 0;
        bool operator==(const Fingerprint &) const = default;
    };
    enum class Kind { Ignored, Own, Foreign, Export };
    Kind kindOf(const QString &name) const;
    bool stillBeingWritten(const QString &path, const Fingerprint &fingerprint) const;
    static Fingerprint fingerprintOf(const QString &path);
    // Whether the workspace holds changes its export lacks (or there is no export yet).
    bool exportIsStale();
    Outcome writeExport(bool *written);
    Outcome noteExported();

    Workspace &m_workspace;
    QString m_folder;
    std::shared_ptr<Clock> m_clock;
    qint64 m_settleMs = 2000;
    QHash<QString, Fingerprint> m_settled; // file name -> as it was when merged or reported
    QHash<QString, QString> m_peers;       // file name -> the replica's name, while in step
    QDateTime m_lastSynced;
};
