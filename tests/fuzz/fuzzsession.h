#pragma once

#include <QTemporaryDir>

class WorkspaceSession;

// What every fuzz target needs once per process: an application object, folders of its own for
// the app's data (backups, the list of checked files), and the sample workspace whose PMs,
// teams, products and metrics the test data of every format names.
namespace FuzzSession {

void initialise();
WorkspaceSession &sample();
// A folder for the files a target writes.
const QTemporaryDir &scratch();

} // namespace FuzzSession
