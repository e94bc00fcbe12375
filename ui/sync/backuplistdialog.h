#pragma once

#include "workspace/backups.h"

#include <QDialog>

#include <optional>

class QListWidget;

// File ▸ Restore backup…: the workspace's backups, newest first, each with when and why it
// was kept; the one chosen is restored after the window asks for confirmation.
class BackupListDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupListDialog(const QList<Backup> &backups, QWidget *parent = nullptr);

    std::optional<Backup> chosen() const;
    QListWidget *list() const { return m_list; }

    // "before a merge", for a backup's reason.
    static QString reasonText(const QString &reason);

private:
    QList<Backup> m_backups;
    QListWidget *m_list;
};
