#pragma once

#include "core/clock.h"
#include "core/problem.h"
#include "workspace/workspace.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

// Another workspace file to merge from, checked and opened read-only. Opening refuses (with
// one line naming the file) anything a merge must not take in: a file that is not a regular
// file, this workspace itself or a copy of it (same replica id: made with cp, not export),
// not a Cadence workspace, damaged, from a newer Cadence, or with broken references. A file
// from an older Cadence is upgraded in a temporary copy; the file itself is never written.
class MergeSource
{
public:
    static Result<std::unique_ptr<MergeSource>> open(const Workspace &into, const QString &path,
                                                     std::shared_ptr<Clock> clock);
    // A workspace that is open already (read-only), trusted as it is: the property tests merge
    // live workspaces thousands of times without files in between.
    static std::unique_ptr<MergeSource> over(Workspace &other);

    const QString &path() const { return m_path; }
    Workspace &workspace() { return *m_workspace; }
    // Reads what the other workspace has seen, as it stands now (see seen()).
    void readState();
    QString replicaId() const { return m_workspace->replicaId(); }
    QString replicaName() const { return m_workspace->replicaName(); }
    // What the other workspace has seen of each replica: the greatest stamp of that replica's
    // changes it holds (its own: its clock). See the `replica` table in 0005_record_store.sql.
    const QHash<QString, qint64> &seen() const { return m_seen; }
    // The names the other workspace knows replicas by.
    const QHash<QString, QString> &replicaNames() const { return m_names; }
    // The greatest stamp the other workspace has seen (its clock, as saved).
    qint64 clock() const { return m_clock; }

private:
    MergeSource() = default;
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_upgraded; // the upgraded copy of an older file
    std::unique_ptr<Workspace> m_opened;       // when open() opened it
    Workspace *m_workspace = nullptr;
    QHash<QString, qint64> m_seen;
    QHash<QString, QString> m_names;
    qint64 m_clock = 0;
};

// What this workspace has seen of each replica, the same way (its own replica: its clock).
QHash<QString, qint64> seenBy(Workspace &workspace);
