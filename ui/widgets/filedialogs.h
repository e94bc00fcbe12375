#pragma once

#include <QStringList>

class QDialog;
class QWidget;

// Every file dialog of Cadence goes through here. Nothing in the process may open the open
// workspace's file, or its -wal or -shm, except SQLite (see models/workspace/workspacefile.h),
// and a file dialog shows that folder: it is Qt's own dialog, never the platform's (which on
// some desktops runs inside the process and reads files to guess their type), and it tells
// files apart by their names only, never by their content (Qt's default icon provider reads
// each file it lists to find its MIME type).
namespace FileDialogs {

// Data (an import or an export): the open workspace's own files are refused, and the dialog
// asks again. Workspace: a workspace file to open (the open one included) or to create.
enum class Kind { Data, Workspace };

// "Cadence workspaces (*.cadence);;All files (*)": workspaces, and exports of them.
QString workspaceFilter();
// "PDF (*.pdf)": a review or a week printed to a file.
QString pdfFilter();

QString openFile(QWidget *parent, const QString &caption, const QString &folder,
                 const QString &filter, Kind kind = Kind::Data);
// Several files at once (to merge), none of them the open workspace's.
QStringList openFiles(QWidget *parent, const QString &caption, const QString &folder,
                      const QString &filter);
QString saveFile(QWidget *parent, const QString &caption, const QString &suggested,
                 const QString &filter, Kind kind = Kind::Data);
// A folder to choose (a sync folder).
QString folder(QWidget *parent, const QString &caption, const QString &start);

// Qt's print dialog picks its output file with a file dialog of its own and completes the
// name from a file system model, both with the default icon provider, which reads every file
// it lists: its "…" button is sent here instead (the workspace's own files refused), and its
// completer knows files by their names only.
void keepToNames(QDialog &printDialog);

} // namespace FileDialogs
