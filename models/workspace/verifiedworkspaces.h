#pragma once

#include <QString>

// The files this Cadence checked (SQLite's quick_check), or opened trusted from this list and
// did not find damaged, and then closed cleanly, with their fingerprint at that moment (see
// WorkspaceFile::fingerprint). Opening one of them again, unchanged since, need not wait for
// the check, which reads the whole file and takes a second or more on a large workspace; the
// check still runs, after the window shows or before a bulk write (see Workspace::verify),
// because a fingerprint cannot see bytes changed in place with the modification time put back.
namespace VerifiedWorkspaces {

// Checked and closed cleanly, with no write-ahead log left and the same fingerprint since.
bool isUnchangedSinceCheck(const QString &path);
void noteChecked(const QString &path);
void forget(const QString &path);

} // namespace VerifiedWorkspaces
