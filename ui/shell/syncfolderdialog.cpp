#include "syncfolderdialog.h"

#include "sync/syncfolderwatcher.h"
#include "widgets/errortext.h"
#include "widgets/filedialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SyncFolderDialog::SyncFolderDialog(SyncFolderWatcher &watcher, QWidget *parent)
    : QDialog(parent)
    , m_watcher(watcher)
    , m_folder(new QLineEdit)
    , m_state(new QLabel)
    , m_error(new QLabel)
    , m_stop(new QPushButton(tr("&Stop Syncing")))
{
    setWindowTitle(tr("Sync Folder"));
    auto *intro = new QLabel(
        tr("Keep this workspace in step with your teammates' through a folder that Syncthing, "
           "Dropbox or a git repository shares between your machines. Cadence writes its own "
           "export there and merges theirs whenever they change; nothing else in the folder "
           "is touched."));
    intro->setWordWrap(true);
    // Wide enough that the wrapped text is laid out at its height, not cut.
    intro->setMinimumWidth(520);
    m_folder->setObjectName(QStringLiteral("syncFolderPath"));
    m_folder->setText(QDir::toNativeSeparators(watcher.folder()));
    m_folder->setPlaceholderText(tr("No sync folder"));
    m_folder->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("&Choose…"));
    connect(choose, &QPushButton::clicked, this, &SyncFolderDialog::choose);
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(choose);
    m_state->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("syncFolderError"));
    showAsError(m_error);
    m_error->hide();

    auto *label = new QLabel(tr("&Folder:"));
    label->setBuddy(m_folder);
    auto *form = new QFormLayout;
    form->addRow(label, row);
    form->addRow(QString(), m_state);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(m_stop, QDialogButtonBox::ResetRole);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_folder->clear();
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncFolderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showState();
}

void SyncFolderDialog::choose()
{
    const QString chosen =
        FileDialogs::folder(this, tr("Choose the Sync Folder"),
                            m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void SyncFolderDialog::showState()
{
    m_stop->setVisible(m_watcher.isActive());
    if (!m_watcher.isActive()) {
        m_state->setText(tr("This workspace does not sync through a folder."));
        return;
    }
    const QStringList peers = m_watcher.peers();
    const QDateTime last = m_watcher.lastSynced();
    if (m_watcher.failure())
        m_state->setText(tr("The last sync failed: %1").arg(m_watcher.failure()->text()));
    else if (!last.isValid())
        m_state->setText(tr("Not synced yet."));
    else
        m_state->setText((peers.isEmpty()
                              ? tr("No teammate's export in the folder yet.")
                              : tr("In step with %1.").arg(QLocale().createSeparatedList(peers))) +
                         u' ' +
                         tr("Last synced %1.")
                             .arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat)));
}

void SyncFolderDialog::accept()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder == m_watcher.folder()) {
        QDialog::accept();
        return;
    }
    if (Outcome problem = m_watcher.configure(folder)) {
        m_error->setText(problem->text());
        m_error->show();
        return;
    }
    QDialog::accept();
}
