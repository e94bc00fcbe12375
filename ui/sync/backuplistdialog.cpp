#include "backuplistdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

BackupListDialog::BackupListDialog(const QList<Backup> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_list(new QListWidget)
{
    setWindowTitle(tr("Restore a backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        backups.isEmpty()
            ? tr("This workspace has no backups yet. Cadence keeps one before each upgrade, "
                 "merge and restore.")
            : tr("Cadence keeps a backup before each upgrade, merge and restore. Choose the one "
                 "to put in the place of the workspace; the workspace as it is now is kept as "
                 "a backup first."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const Backup &backup : backups)
        new QListWidgetItem(
            tr("%1 — %2").arg(QLocale().toString(backup.takenAt.toLocalTime(), QLocale::LongFormat),
                              reasonText(backup.reason)),
            m_list);
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(!backups.isEmpty());
    restore->setDefault(true);
    connect(m_list, &QListWidget::currentRowChanged, restore,
            [restore](int row) { restore->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 360);
}

std::optional<Backup> BackupListDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return std::nullopt;
    return m_backups[row];
}

QString BackupListDialog::reasonText(const QString &reason)
{
    if (reason == QLatin1String("before-upgrade"))
        return tr("before an upgrade of Cadence");
    if (reason == QLatin1String("before-merge"))
        return tr("before a merge");
    if (reason == QLatin1String("before-restore"))
        return tr("before a restore");
    return reason;
}
