#pragma once

#include "coveragetypes.h"

#include <optional>

// One user edit of coverage, as the records before and after it: redo saves `after`,
// undo saves `before`. A record that the edit creates is in `before` as a tombstone.
struct CoverageChange {
    QString text; // for Edit ▸ Undo "…"
    CoverageEdit before;
    CoverageEdit after;

    bool isEmpty() const { return after.isEmpty(); }
};

// The rules of editing coverage, free of storage so that they can be tested alone.
namespace CoverageEdits {

CoverageChange addPm(const QString &name, QDate joinedOn);
CoverageChange renamePm(const Pm &pm, const QString &name);
// Archiving a PM ends their open assignments on the same day.
CoverageChange archivePm(const Pm &pm, QDate on, const QList<Assignment> &history);
CoverageChange restorePm(const Pm &pm);

CoverageChange addTeam(const QString &name, QDate createdOn);
CoverageChange renameTeam(const Team &team, const QString &name);
CoverageChange archiveTeam(const Team &team, QDate on, const QList<Assignment> &history);
CoverageChange restoreTeam(const Team &team);

// Makes pm support team with `support` (or not at all) from `from` on: opens, switches or
// ends an assignment. Changing an assignment on the day it starts edits it in place.
CoverageChange setSupport(const Team &team, const Pm &pm, std::optional<Support> support,
                          QDate from, const QList<Assignment> &history);

} // namespace CoverageEdits
