#include "mainwindow.h"

#include "aboutbox.h"
#include "core/settings.h"
#include "damagebanner.h"
#include "navigationlist.h"
#include "newworkspacedialog.h"
#include "pane.h"
#include "panes.h"
#include "sync/syncactions.h"
#include "syncfolderstatus.h"
#include "theme.h"
#include "welcomepage.h"
#include "widgets/fieldkeys.h"
#include "widgets/filedialogs.h"
#include "widgets/printdialog.h"
#include "workspace/workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_navigation(new NavigationList)
    , m_stack(new QStackedWidget)
    , m_fileLabel(new QLabel)
    , m_syncStatus(new SyncFolderStatus)
    , m_damageBanner(new DamageBanner)
    , m_sync(new SyncActions(this))
{
    setWindowTitle(tr("Cadence"));
    setMinimumSize(720, 480);
    FieldKeys::install();

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(168);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (Pane *pane = ensurePane(row))
            m_stack->setCurrentWidget(pane);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this,
            [this] { m_printAction->setEnabled(currentPane() && currentPane()->canPrint()); });

    auto *central = new QWidget;
    auto *rows = new QVBoxLayout(central);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(0);
    rows->addWidget(m_damageBanner);
    auto *layout = new QHBoxLayout;
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    rows->addLayout(layout, 1);
    setCentralWidget(central);
    connect(m_damageBanner, &DamageBanner::restoreRequested, m_sync, &SyncActions::restoreBackup);

    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_sync->badge());
    statusBar()->addPermanentWidget(m_fileLabel);
    connect(m_syncStatus, &SyncFolderStatus::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    createMenus();
    // No pane and no welcome page yet: the window shows the welcome page if it is shown
    // without a workspace (see showEvent), and opening one first need not build it.
    m_navigation->hide();
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_session && !m_welcome)
        rebuildPanes();
    QMainWindow::showEvent(event);
}

bool MainWindow::event(QEvent *event)
{
    // A workspace that opened before its integrity check is checked once the window is up,
    // so that the check never delays the first paint.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, [this] {
            if (m_session)
                m_session->checkInBackground();
        });
    }
    return QMainWindow::event(event);
}

WelcomePage *MainWindow::welcomePage()
{
    if (m_welcome)
        return m_welcome;
    m_welcome = new WelcomePage;
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::browseRequested, this, &MainWindow::openWorkspaceDialog);
    return m_welcome;
}

MainWindow::~MainWindow()
{
    // Panes and the sync folder's watcher hold references into the session: they go first.
    clearPanes();
    m_syncStatus->setSession(nullptr);
}

bool MainWindow::settleUnsavedEdits()
{
    QStringList unsaved;
    QList<Pane *> holding;
    for (Pane *pane : std::as_const(m_panes))
        if (pane)
            if (const QStringList edits = pane->unsavedEdits(); !edits.isEmpty()) {
                unsaved << edits;
                holding << pane;
            }
    if (unsaved.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("Save your changes to %1?").arg(QLocale().createSeparatedList(unsaved)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedEdits"));
    box.setInformativeText(tr("They are not saved yet; Discard drops them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Discard:
        return true;
    case QMessageBox::Save:
        for (Pane *pane : std::as_const(holding))
            if (!pane->saveUnsavedEdits()) {
                showPane(pane->paneId());
                return false;
            }
        return true;
    default:
        return false;
    }
}

void MainWindow::redrawPanes()
{
    if (!settleUnsavedEdits())
        return;
    // Panes keep colours they were built with (style sheets, charts): built again in the new.
    const Pane *current = currentPane();
    const QString shown = current ? current->paneId() : QString();
    clearPanes();
    rebuildPanes();
    if (!shown.isEmpty())
        showPane(shown);
}

void MainWindow::clearPanes()
{
    qDeleteAll(m_panes);
    m_panes.clear();
    m_entries.clear();
    delete m_paneShortcuts;
    m_paneShortcuts = nullptr;
}

Pane *MainWindow::ensurePane(int index)
{
    if (!m_session || index < 0 || index >= m_entries.size())
        return nullptr;
    if (Pane *built = m_panes[index])
        return built;
    Pane *pane = m_entries[index].create(*m_session, m_stack);
    Q_ASSERT(pane->paneId() == m_entries[index].id);
    m_panes[index] = pane;
    m_stack->addWidget(pane);
    connect(pane, &Pane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(pane, &Pane::recordRequested, this, &MainWindow::showRecord);
    return pane;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openWorkspaceDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    m_sync->addFileActions(file);
    file->addSeparator();
    m_printAction = file->addAction(tr("&Print…"), this, &MainWindow::print);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    // Every binding the platform has for them: Redo is both Ctrl+Y and Ctrl+Shift+Z.
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_sync->addEditActions(edit);
    m_syncFolderAction =
        edit->addAction(tr("Sync &Folder…"), m_syncStatus, &SyncFolderStatus::configure);
    m_syncFolderAction->setEnabled(false);

    // The theme, then the panes of the open workspace with their shortcuts (see rebuildPanes).
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addMenu(Theme::createMenu(m_viewMenu, [this](Theme::Choice choice) {
        if (m_persistent)
            Settings().setTheme(Theme::key(choice));
        redrawPanes();
    }));
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cadence"), this,
                    [this] { AboutBox::open(this, m_session ? m_session->path() : QString()); });
}

void MainWindow::restoreLayout()
{
    if (!m_persistent)
        return;
    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleUnsavedEdits()) {
        event->ignore();
        return;
    }
    if (m_persistent) {
        Settings settings;
        settings.setWindowGeometry(saveGeometry());
        settings.setWindowState(saveState());
    }
    event->accept();
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (!settleUnsavedEdits())
        return false;
    auto session = WorkspaceSession::open(path, Clock::system());
    if (!session) {
        showProblem(tr("Cannot open the workspace"), session.problem().text());
        if (!QFileInfo::exists(path) && m_persistent)
            Settings().forgetWorkspace(path);
        return false;
    }
    setSession(session.take());
    return true;
}

void MainWindow::setSession(std::unique_ptr<WorkspaceSession> session)
{
    clearPanes();
    m_syncStatus->setSession(nullptr);
    if (m_session)
        m_undoGroup->removeStack(&m_session->undoStack());
    m_session = std::move(session);
    m_damageBanner->hide();
    if (m_session) {
        m_undoGroup->addStack(&m_session->undoStack());
        m_undoGroup->setActiveStack(&m_session->undoStack());
        if (m_persistent)
            Settings().noteWorkspaceOpened(m_session->path());
        connect(m_session.get(), &WorkspaceSession::damaged, this, [this](const Problem &problem) {
            const QList<Backup> backups = m_session->workspace().backups();
            m_damageBanner->showDamage(
                problem.text(), backups.isEmpty() ? std::nullopt : std::optional(backups.first()));
        });
        if (m_painted)
            m_session->checkInBackground();
    }
    m_syncStatus->setSession(m_session.get());
    m_syncFolderAction->setEnabled(m_session != nullptr);
    rebuildPanes();
    m_sync->setSession(m_session.get());
}

void MainWindow::rebuildPanes()
{
    m_navigation->clear();
    if (!m_session) {
        m_navigation->hide();
        WelcomePage *welcome = welcomePage();
        welcome->setRecentWorkspaces(m_persistent ? Settings().recentWorkspaces() : QStringList());
        m_stack->setCurrentWidget(welcome);
        m_fileLabel->clear();
        setWindowTitle(tr("Cadence"));
        return;
    }
    // Only the entries now: each pane is built, and reads its data, when first shown.
    m_entries = paneEntries();
    m_panes = QList<Pane *>(m_entries.size(), nullptr);
    m_paneShortcuts = new QObject(this);
    int shortcut = 1;
    for (const PaneEntry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(entry.icon, entry.title, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(entry.title).arg(shortcut));
        item->setHidden(entry.onDemand);
        auto *jump = new QAction(entry.icon, entry.title, m_paneShortcuts);
        jump->setVisible(!entry.onDemand);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + shortcut++)));
        jump->setShortcutContext(Qt::WindowShortcut);
        addAction(jump);
        m_viewMenu->addAction(jump);
        connect(jump, &QAction::triggered, this, [this, id = entry.id] { showPane(id); });
    }
    m_navigation->show();
    const QString path = QFileInfo(m_session->path()).absoluteFilePath();
    // Under the home folder the path reads as it would in a shell: "~/…"; the tooltip has it
    // whole.
    const QString home = QDir::homePath() + QLatin1Char('/');
    m_fileLabel->setText(QDir::toNativeSeparators(
        path.startsWith(home) ? QStringLiteral("~/") + path.mid(home.size()) : path));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(path));
    setWindowTitle(tr("%1 — Cadence").arg(QFileInfo(path).fileName()));
    // Cadence opens on the first pane, This week, whichever pane was on screen last time.
    showPane(m_entries.first().id);
}

QStringList MainWindow::paneIds() const
{
    QStringList ids;
    for (const PaneEntry &entry : m_entries)
        ids << entry.id;
    return ids;
}

bool MainWindow::showPane(const QString &paneId)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == paneId) {
            setPaneListed(paneId, true); // a pane on screen is listed
            m_navigation->setCurrentRow(i);
            // Also when the row was current already (the navigation was just filled).
            m_stack->setCurrentWidget(ensurePane(i));
            return true;
        }
    }
    return false;
}

Pane *MainWindow::builtPane(const QString &paneId) const
{
    const qsizetype i = paneIds().indexOf(paneId);
    return i < 0 ? nullptr : m_panes[i];
}

void MainWindow::setPaneListed(const QString &paneId, bool listed)
{
    const qsizetype i = paneIds().indexOf(paneId);
    if (i < 0)
        return;
    m_navigation->item(int(i))->setHidden(!listed);
    // The pane's Ctrl+N action, in the order of the panes (the View menu holds more).
    const QList<QAction *> jumps =
        m_paneShortcuts->findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly);
    if (i < jumps.size())
        jumps[i]->setVisible(listed);
}

bool MainWindow::showRecord(const RecordRef &ref)
{
    const RecordTable *table = RecordTables::find(ref.table);
    if (!table)
        return false;
    for (const PaneEntry &entry : std::as_const(m_entries)) {
        if (entry.area != table->area)
            continue;
        showPane(entry.id);
        if (currentPane()->showRecord(ref))
            return true;
        statusBar()->showMessage(tr("That is no longer in the workspace."), 6000);
        return false;
    }
    return false;
}

void MainWindow::print()
{
    Pane *pane = currentPane();
    if (!pane || !pane->canPrint())
        return;
    PrintDialog::run(this, tr("Print"), [pane](QPrinter &printer) { pane->print(printer); });
}

Pane *MainWindow::currentPane() const
{
    return qobject_cast<Pane *>(m_stack->currentWidget());
}

void MainWindow::newWorkspace()
{
    NewWorkspaceDialog dialog(WorkspaceFactory::Content::Starter, this);
    if (dialog.exec() == QDialog::Accepted)
        createWorkspace(dialog.content(), dialog.path());
}

void MainWindow::createWorkspace(WorkspaceFactory::Content content, const QString &path)
{
    if (!settleUnsavedEdits())
        return;
    auto session = WorkspaceFactory::create(path, Clock::system(), content);
    if (!session) {
        showProblem(tr("Cannot create the workspace"), session.problem().text());
        return;
    }
    setSession(session.take());
}

void MainWindow::openWorkspaceDialog()
{
    const QString start =
        m_session ? QFileInfo(m_session->path()).absolutePath() : QDir::homePath();
    const QString path =
        FileDialogs::openFile(this, tr("Open Workspace"), start, FileDialogs::workspaceFilter(),
                              FileDialogs::Kind::Workspace);
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentWorkspaces();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openWorkspace(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.exec();
}
