#include "syncactions.h"

#include "backuplistdialog.h"
#include "conflictspane.h"
#include "mergepreviewdialog.h"
#include "mergereportdialog.h"
#include "shell/mainwindow.h"
#include "sync/conflictrepository.h"
#include "widgets/filedialogs.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>

SyncActions::SyncActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_export(new QAction(tr("&Export Workspace…"), this))
    , m_merge(new QAction(tr("&Merge From…"), this))
    , m_restore(new QAction(tr("Restore &Backup…"), this))
    , m_conflicts(new QAction(tr("&Conflicts"), this))
    , m_badge(new QToolButton)
{
    m_export->setToolTip(tr("Write a copy of this workspace for teammates to merge"));
    m_merge->setToolTip(tr("Merge teammates' exports into this workspace, after a preview"));
    m_conflicts->setToolTip(tr("The values that lost a merge to a concurrent edit"));
    connect(m_export, &QAction::triggered, this, &SyncActions::exportWorkspace);
    connect(m_merge, &QAction::triggered, this, &SyncActions::chooseMergeFiles);
    connect(m_restore, &QAction::triggered, this, &SyncActions::chooseBackup);
    connect(m_conflicts, &QAction::triggered, this, &SyncActions::showConflicts);
    m_badge->setObjectName(QStringLiteral("conflictsBadge"));
    m_badge->setAutoRaise(true);
    m_badge->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_badge->setIcon(QIcon(QStringLiteral(":/cadence/icons/conflicts.svg")));
    m_badge->setToolTip(tr("Open conflicts: values that lost a merge. Click to review them."));
    m_badge->hide();
    connect(m_badge, &QToolButton::clicked, this, &SyncActions::showConflicts);
    setSession(nullptr);
}

QWidget *SyncActions::badge() const
{
    return m_badge;
}

void SyncActions::addFileActions(QMenu *file)
{
    file->addAction(m_export);
    file->addAction(m_merge);
    file->addAction(m_restore);
}

void SyncActions::addEditActions(QMenu *edit)
{
    edit->addAction(m_conflicts);
}

void SyncActions::setSession(WorkspaceSession *session)
{
    m_session = session;
    for (QAction *action : {m_export, m_merge, m_restore, m_conflicts})
        action->setEnabled(session != nullptr);
    if (session)
        session->changes().whenChanged(Area::Conflicts, session, [this] { updateConflicts(); });
    updateConflicts();
}

void SyncActions::updateConflicts()
{
    const int open = m_session ? m_session->conflicts().openCount() : 0;
    m_badge->setText(tr("%n conflict(s)", nullptr, open));
    m_badge->setVisible(open > 0);
    if (m_session) {
        const QString pane = ConflictsPane::info().id;
        const Pane *current = m_window->currentPane();
        m_window->setPaneListed(pane, open > 0 || (current && current->paneId() == pane));
    }
}

void SyncActions::showConflicts()
{
    if (!m_session)
        return;
    m_window->showPane(ConflictsPane::info().id);
}

void SyncActions::exportWorkspace()
{
    if (!m_session)
        return;
    const QFileInfo own(m_session->path());
    const QString suggested =
        own.absoluteDir().filePath(tr("%1-export.cadence").arg(own.completeBaseName()));
    const QString path = FileDialogs::saveFile(m_window, tr("Export Workspace"), suggested,
                                               FileDialogs::workspaceFilter());
    if (path.isEmpty())
        return;
    if (Outcome problem = exportTo(path))
        QMessageBox::warning(m_window, tr("Cannot export the workspace"), problem->text());
}

Outcome SyncActions::exportTo(const QString &path)
{
    if (!m_session)
        return Problem{path, tr("cannot be written: no workspace is open")};
    if (Outcome problem = Merge::exportTo(m_session->workspace(), path))
        return problem;
    m_window->statusBar()->showMessage(
        tr("Exported the workspace to %1: teammates can merge it with File ▸ Merge From…")
            .arg(QDir::toNativeSeparators(path)),
        8000);
    return {};
}

void SyncActions::chooseMergeFiles()
{
    if (!m_session)
        return;
    const QStringList files = FileDialogs::openFiles(m_window, tr("Merge From"),
                                                     QFileInfo(m_session->path()).absolutePath(),
                                                     FileDialogs::workspaceFilter());
    if (!files.isEmpty())
        mergeFrom(files);
}

Result<QList<Merge::Report>> SyncActions::run(const QStringList &files, bool dryRun,
                                              bool *cancelled)
{
    QProgressDialog progress(dryRun ? tr("Reading what the merge would change…") : tr("Merging…"),
                             tr("Cancel"), 0, 1000, m_window);
    progress.setWindowTitle(dryRun ? tr("Merge preview") : tr("Merge"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    Merge::Options options;
    options.dryRun = dryRun;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(std::min<qint64>(done, total) * 999 / total) : 0);
        return !progress.wasCanceled();
    };
    auto merged =
        Merge::mergeFiles(m_session->workspace(), files, m_session->sharedClock(), options);
    *cancelled = progress.wasCanceled();
    return merged;
}

bool SyncActions::mergeFrom(const QStringList &files)
{
    if (!m_session || files.isEmpty())
        return false;
    bool cancelled = false;
    auto preview = run(files, true, &cancelled);
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("Merge cancelled: nothing changed."), 6000);
        return false;
    }
    if (!preview) {
        QMessageBox::warning(m_window, tr("Cannot merge"), preview.problem().text());
        return false;
    }
    MergePreviewDialog confirm(preview.value(), m_window);
    if (confirm.exec() != QDialog::Accepted || !confirm.canMerge())
        return false;
    // A bulk write: on a file checked whole first.
    if (Outcome problem = m_session->verify()) {
        QMessageBox::warning(m_window, tr("Cannot merge"), problem->text());
        return false;
    }
    auto merged = run(files, false, &cancelled);
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("Merge cancelled: nothing changed."), 6000);
        return false;
    }
    if (!merged) {
        QMessageBox::warning(m_window, tr("Cannot merge"), merged.problem().text());
        return false;
    }
    auto *report = new MergeReportDialog(m_session->workspace(), merged.value(), m_window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    connect(report, &MergeReportDialog::recordRequested, m_window, &MainWindow::showRecord);
    connect(report, &MergeReportDialog::conflictsRequested, this, &SyncActions::showConflicts);
    // The report reads the workspace it describes: it goes with it.
    connect(m_session, &QObject::destroyed, report, &QWidget::close);
    report->show();
    return true;
}

void SyncActions::chooseBackup()
{
    if (!m_session)
        return;
    BackupListDialog dialog(m_session->workspace().backups(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<Backup> backup = dialog.chosen())
        restoreBackup(*backup);
}

void SyncActions::restoreBackup(const Backup &backup)
{
    if (!m_session)
        return;
    const QString path = m_session->path();
    const QString when = QLocale().toString(backup.takenAt.toLocalTime(), QLocale::ShortFormat);
    // A damaged file cannot be copied whole: it is kept aside as it is. A sound one is kept as
    // a backup first, so that the restore can itself be taken back.
    const bool damaged = m_session->workspace().integrity() == Workspace::Integrity::Damaged;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore the backup"),
        damaged ? tr("Cadence will close %1, keep it in its folder under a name ending in "
                     "\"damaged\", and put the backup of %2 in its place.\n\nChanges made since "
                     "%2 stay in the damaged file only.")
                      .arg(QDir::toNativeSeparators(path), when)
                : tr("Cadence will keep a backup of %1 as it is now, then put the backup of %2 in "
                     "its place.\n\nChanges made since %2 are in that new backup, listed as taken "
                     "before a restore.")
                      .arg(QDir::toNativeSeparators(path), when),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (answer != QMessageBox::Ok)
        return;
    auto fail = [this](const Problem &problem) {
        QMessageBox::warning(m_window, tr("Cannot restore the backup"), problem.text());
    };
    // The chosen backup is copied out first: keeping one more backup may prune the oldest.
    QTemporaryDir chosen;
    Backup restored = backup;
    restored.path = chosen.filePath(QStringLiteral("chosen.cadence"));
    if (!chosen.isValid() || !QFile::copy(backup.path, restored.path))
        return fail({backup.path, tr("cannot be read")});
    if (!damaged)
        if (Result<QString> kept = m_session->workspace().backup(QStringLiteral("before-restore"));
            !kept)
            return fail(kept.problem());
    m_window->setSession(nullptr);
    const Result<QString> aside = Backups::restore(
        restored, path, damaged ? QStringLiteral("damaged") : QStringLiteral("replaced"));
    if (!aside)
        fail(aside.problem());
    if (m_window->openWorkspace(path) && aside)
        m_window->statusBar()->showMessage(
            damaged ? tr("Restored the backup of %1; the damaged file is kept as %2")
                          .arg(when, QDir::toNativeSeparators(aside.value()))
                    : tr("Restored the backup of %1; the workspace as it was is kept as a backup "
                         "and as %2")
                          .arg(when, QDir::toNativeSeparators(aside.value())));
}
