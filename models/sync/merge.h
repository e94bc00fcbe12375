#pragma once

#include "core/clock.h"
#include "core/problem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class MergeSource;
class Workspace;

// Merging other workspaces into this one: sync by export.
//
// How it stays safe (DESIGN.md, "Sync by export"):
// - Field by field. Each record is made of units (a field, or fields that go together; see
//   RecordTable), and each unit carries the stamp (hlc, replica) of its last change. A merge
//   takes every unit from the side with the greater stamp, so two people who changed
//   different fields of one record both keep their change.
// - Conflicts are found with version vectors, not guessed from clocks. Each workspace knows,
//   for every replica, the greatest stamp of that replica's changes it holds (`replica.seen`;
//   since a merge takes in a whole workspace, holding one change means holding every earlier
//   one). When the two sides disagree on a unit, the side that loses may have been replaced
//   knowingly (the winner had seen it: an ordinary later edit) or not (the winner never saw
//   it: both changed the unit since they last met). Only the second is a conflict, and the
//   losing value is kept as a `conflict` record (record, unit, the lost value, both stamps),
//   never dropped. A record deleted on one side and edited on the other without the deleter
//   knowing stays deleted, and the edit is kept in it and listed ("edited after deletion").
// - Conflicts merge like records (their id comes from the record, the unit and the losing
//   stamp; only their state changes). A conflict whose lost value the other side had and
//   knowingly replaced is no conflict: it is dropped on both sides, so that every order of
//   merging the same files lists the same conflicts.
// - Every order and grouping of merges gives the same content (each unit's value is the
//   greatest stamp's: a join), a second merge of a file changes nothing, and the clock is
//   raised past every stamp taken in, so later edits win over them.
// Tested as properties over random histories in tests/tst_mergeproperties.cpp.
namespace Merge {

struct Counts {
    int added = 0;     // records new here (live)
    int updated = 0;   // records whose values change
    int deleted = 0;   // live records here that the other side deleted
    int conflicts = 0; // values kept because they lost to a concurrent edit

    bool isEmpty() const { return !added && !updated && !deleted && !conflicts; }
    Counts &operator+=(const Counts &other);
};

// One record a merge added, updated or deleted here.
struct Change {
    enum class Kind { Added, Updated, Deleted };
    QString table;
    QString recordId; // a metric point's: Conflicts::pointKey()
    Kind kind = Kind::Updated;
};

// What merging one file did (or, on a dry run, would do).
struct Report {
    // The records changed are listed up to this many (for the window's report, which links to
    // them); all of them are counted.
    static constexpr qsizetype ListedChanges = 500;

    QString file;
    QString replicaId;                        // the other workspace's
    QString replicaName;                      // "ana@laptop"
    QList<std::pair<QString, Counts>> tables; // record table -> counts, in RecordTables order
    int futureStamps = 0;  // changes stamped more than a day ahead of this machine's clock
    QList<Change> changes; // the first ListedChanges, in merge order

    Counts total() const;
    Counts of(const QString &table) const;
};

struct Options {
    bool dryRun = false;
    // Called now and then with the records done and the records in all; returning false
    // cancels the merge, which then changes nothing.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Checks every file first (see MergeSource), then keeps a backup of the workspace and merges
// them all in one transaction: everything lands or nothing does. A dry run does the same work
// and rolls it back, so its counts are exactly what the merge would do, and the workspace is
// unchanged byte for byte.
Result<QList<Report>> mergeFiles(Workspace &workspace, const QStringList &files,
                                 std::shared_ptr<Clock> clock, const Options &options = {});
// The same for sources opened (and so checked) already: a backup unless it is a dry run, then
// the merge.
Result<QList<Report>> mergeChecked(Workspace &workspace, const QList<MergeSource *> &sources,
                                   const Options &options = {});
// The merge itself, of sources checked already, in one transaction (no backup: the caller
// keeps one, as mergeChecked does).
Result<QList<Report>> mergeSources(Workspace &workspace, const QList<MergeSource *> &sources,
                                   const Options &options = {});

// Writes a consistent copy of the workspace to `path` (VACUUM INTO beside it, then renamed
// over it, so a reader never sees half a file): a workspace file with this replica's id,
// ready to be merged by a teammate.
Outcome exportTo(Workspace &workspace, const QString &path);

} // namespace Merge
