#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class SyncFolderWatcher;

// Settings ▸ Sync folder: the folder that Syncthing, Dropbox or git keeps in step between
// teammates, which this workspace writes its export to and merges the others' from (see
// SyncFolder). Choosing one syncs at once; "Stop syncing" leaves the folder as it is.
class SyncFolderDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncFolderDialog(SyncFolderWatcher &watcher, QWidget *parent = nullptr);

    QLineEdit *folderEdit() const { return m_folder; }

    void accept() override;

private:
    void choose();
    void showState();

    SyncFolderWatcher &m_watcher;
    QLineEdit *m_folder;
    QLabel *m_state;
    QLabel *m_error;
    QPushButton *m_stop;
};
