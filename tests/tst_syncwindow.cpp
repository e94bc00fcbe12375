// Sync by export in the window (issue 11), through the real main window (offscreen): File ▸
// Merge From… with its preview and report, a conflict shown in the Conflicts view and restored
// (and the restore undone, and merged onward), File ▸ Restore Backup…, and a merge cancelled
// half-way leaving the workspace as it was.
#include "goals/goalrepository.h"
#include "metrics/metricsrepository.h"
#include "shell/mainwindow.h"
#include "shell/pane.h"
#include "sync/backuplistdialog.h"
#include "sync/conflictlistmodel.h"
#include "sync/conflicts.h"
#include "sync/conflictspane.h"
#include "sync/merge.h"
#include "sync/mergepreviewdialog.h"
#include "sync/mergereportdialog.h"
#include "sync/syncactions.h"
#include "testworkspace.h"
#include "workspace/recordstore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace {

// Answers the next modal dialog of type D, from inside its exec(): polls on every pass of the
// event loop until one is up.
template<typename D> void whenModal(QObject *context, std::function<void(D *)> answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(0);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start();
}

QAction *menuAction(MainWindow &window, const QString &menu, const QString &entry)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->text().remove(u'&') == menu)
            for (QAction *action : top->menu()->actions())
                if (action->text().remove(u'&').startsWith(entry))
                    return action;
    return nullptr;
}

// Every record of the workspace, merge columns and stamps included, and what it has seen.
QByteArray contentDigest(Workspace &workspace)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const RecordTable &table : RecordTables::all()) {
        RecordStore::Cursor cursor = workspace.records().cursor(table);
        while (std::optional<StoredRecord> record = cursor.next()) {
            hash.addData(record->meta.id.toUtf8());
            hash.addData(QByteArray::number(record->meta.hlc) + record->meta.origin.toUtf8());
            hash.addData(QByteArray::number(record->meta.deleted));
            for (const SqlValue &value : record->values)
                hash.addData(value.toVariant().toString().toUtf8());
            hash.addData(record->stamps.encode(record->stamp()).toUtf8());
        }
    }
    return hash.result();
}

} // namespace

class TestSyncWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_theirs; // a teammate's workspace
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path; // the window's workspace

    WorkspaceSession &mine() { return *m_window->session(); }
    SyncActions *sync() { return m_window->findChild<SyncActions *>(); }

    Goal goal(WorkspaceSession &session, const QString &title)
    {
        for (const Goal &goal : session.goals().goals())
            if (goal.title.startsWith(title))
                return goal;
        qFatal("no goal %s", qPrintable(title));
    }
    void save(WorkspaceSession &session, Goal goal)
    {
        if (Outcome problem = session.goals().save(goal))
            qFatal("save: %s", qPrintable(problem->text()));
    }
    QString exportTheirs()
    {
        const QString path = m_dir->filePath(QStringLiteral("bob-export.cadence"));
        if (Outcome problem = Merge::exportTo(m_theirs->session().workspace(), path))
            qFatal("export: %s", qPrintable(problem->text()));
        return path;
    }

    // Both sides move the goal "Hire…" (Bob later, so Bob's status wins and mine is kept as
    // a conflict); Bob also adds a goal.
    QString divergeOnHire()
    {
        Goal anas = goal(mine(), QStringLiteral("Hire"));
        anas.status = GoalStatus::AtRisk;
        save(mine(), anas);
        m_theirs->clock().advanceMs(5 * 60000);
        Goal bobs = goal(m_theirs->session(), QStringLiteral("Hire"));
        bobs.status = GoalStatus::Done;
        save(m_theirs->session(), bobs);
        Goal added = bobs;
        added.meta = {};
        added.keyResults.clear();
        added.title = QStringLiteral("Run a pricing review");
        added.status = GoalStatus::NotStarted;
        save(m_theirs->session(), added);
        return exportTheirs();
    }

    // Merges through the window, accepting the preview.
    void mergeAccepting(const QString &file)
    {
        whenModal<MergePreviewDialog>(this, [](MergePreviewDialog *preview) { preview->accept(); });
        QVERIFY(sync()->mergeFrom({file}));
    }

private slots:
    void initTestCase() { isolateUserFolders(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_theirs = std::make_unique<TestWorkspace>(WorkspaceFactory::Content::Starter,
                                                   TestWorkspace::defaultNow());
        m_path = m_dir->filePath(QStringLiteral("ana.cadence"));
        auto created = WorkspaceFactory::create(
            m_path, std::make_shared<FixedClock>(TestWorkspace::defaultNow()),
            WorkspaceFactory::Content::Starter);
        QVERIFY(created);
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setSession(created.take());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        sync()->setProgressDelay(0);
    }

    void cleanup()
    {
        m_window.reset();
        m_theirs.reset();
        m_dir.reset();
    }

    void mergeFromShowsThePreviewThenTheReport()
    {
        const QString file = divergeOnHire();
        QAction *merge =
            menuAction(*m_window, QStringLiteral("File"), QStringLiteral("Merge From…"));
        QVERIFY(merge);
        whenModal<QFileDialog>(this, [file](QFileDialog *dialog) {
            dialog->selectFile(file);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
        });
        bool previewed = false;
        whenModal<MergePreviewDialog>(this, [&](MergePreviewDialog *preview) {
            // Goals: one added, one updated, one conflict; and the totals row.
            QTableWidget *table = preview->table();
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Goal"));
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("1"));
            QCOMPARE(table->item(0, 2)->text(), QStringLiteral("1"));
            QCOMPARE(table->item(0, 3)->text(), QStringLiteral("0"));
            QCOMPARE(table->item(0, 4)->text(), QStringLiteral("1"));
            QCOMPARE(table->item(1, 0)->text(), QStringLiteral("All"));
            QVERIFY(preview->canMerge());
            // Nothing has changed yet: the preview is a dry run.
            QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::AtRisk);
            previewed = true;
            preview->accept();
        });
        merge->trigger();
        QVERIFY(previewed);
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::Done);
        QCOMPARE(goal(mine(), QStringLiteral("Run a pricing")).status, GoalStatus::NotStarted);

        auto *report = m_window->findChild<MergeReportDialog *>();
        QVERIFY(report);
        QVERIFY(report->isVisible());
        QListWidget *lines = report->lines();
        QStringList texts;
        for (int row = 0; row < lines->count(); ++row)
            texts << lines->item(row)->text();
        QVERIFY2(texts.first().startsWith(QLatin1String("1 value lost")) &&
                     texts.first().contains(QLatin1String("review them in Conflicts")),
                 qPrintable(texts.join(u'\n')));
        const qsizetype added = texts.indexOf(QStringLiteral("Added goal “Run a pricing review”"));
        QVERIFY2(added > 0, qPrintable(texts.join(u'\n')));
        QVERIFY(texts.filter(QStringLiteral("Updated goal “Hire")).size() == 1);

        // A line shows its record in its pane, selected; the conflicts line opens Conflicts.
        QVERIFY(m_window->showPane(QStringLiteral("coverage")));
        QListWidgetItem *line = lines->item(int(added));
        QTest::mouseClick(lines->viewport(), Qt::LeftButton, {},
                          lines->visualItemRect(line).center());
        QCOMPARE(m_window->currentPane()->paneId(), QStringLiteral("goals"));
        QTest::mouseClick(lines->viewport(), Qt::LeftButton, {},
                          lines->visualItemRect(lines->item(0)).center());
        QCOMPARE(m_window->currentPane()->paneId(), QStringLiteral("conflicts"));
    }

    void aConflictIsShownRestoredUndoneAndMergedOnward()
    {
        // No conflict yet: no badge, and the pane is not in the navigation.
        auto *badge = m_window->findChild<QToolButton *>(QStringLiteral("conflictsBadge"));
        QVERIFY(badge);
        QVERIFY(!badge->isVisible());
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        const int conflictsRow = int(m_window->paneIds().indexOf(QStringLiteral("conflicts")));
        QVERIFY(conflictsRow >= 0);
        QVERIFY(navigation->item(conflictsRow)->isHidden());

        mergeAccepting(divergeOnHire());
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->text(), QStringLiteral("1 conflict"));
        QVERIFY(!navigation->item(conflictsRow)->isHidden());
        QTest::mouseClick(badge, Qt::LeftButton);
        auto *pane = qobject_cast<ConflictsPane *>(m_window->currentPane());
        QVERIFY(pane);
        QAbstractItemModel *model = pane->view()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, ConflictListModel::RecordColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("goal “Hire")));
        QCOMPARE(model->index(0, ConflictListModel::FieldColumn).data().toString(),
                 QStringLiteral("status"));
        const QString current = model->index(0, ConflictListModel::CurrentColumn).data().toString();
        const QString other = model->index(0, ConflictListModel::OtherColumn).data().toString();
        QVERIFY2(current.startsWith(QStringLiteral("done\n")), qPrintable(current));
        QVERIFY2(other.startsWith(QStringLiteral("at_risk\n")), qPrintable(other));
        QVERIFY(other.contains(mine().workspace().replicaName()));

        // Restore the other value: an undoable edit.
        pane->view()->selectRow(0);
        QVERIFY(pane->restoreButton()->isEnabled());
        QTest::mouseClick(pane->restoreButton(), Qt::LeftButton);
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::AtRisk);
        QCOMPARE(Conflicts::all(mine().workspace()).first().state, Conflicts::State::Restored);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!badge->isVisible());
        QCOMPARE(mine().undoStack().count(), 1);

        QAction *undo = menuAction(*m_window, QStringLiteral("Edit"), QStringLiteral("Undo"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::Done);
        QCOMPARE(Conflicts::all(mine().workspace()).first().state, Conflicts::State::Open);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(badge->isVisible());

        // Redone, and merged onward: Bob gets the restored value and the resolved conflict.
        menuAction(*m_window, QStringLiteral("Edit"), QStringLiteral("Redo"))->trigger();
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::AtRisk);
        const QString mineExported = m_dir->filePath(QStringLiteral("ana-export.cadence"));
        QVERIFY(!sync()->exportTo(mineExported));
        auto merged = Merge::mergeFiles(m_theirs->session().workspace(), {mineExported},
                                        m_theirs->sharedClock());
        QVERIFY(merged);
        QCOMPARE(goal(m_theirs->session(), QStringLiteral("Hire")).status, GoalStatus::AtRisk);
        const QList<Conflicts::Conflict> theirs = Conflicts::all(m_theirs->session().workspace());
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs.first().state, Conflicts::State::Restored);
    }

    void keepingTheCurrentValueDismissesTheConflict()
    {
        mergeAccepting(divergeOnHire());
        QAction *conflicts =
            menuAction(*m_window, QStringLiteral("Edit"), QStringLiteral("Conflicts"));
        QVERIFY(conflicts);
        conflicts->trigger();
        auto *pane = qobject_cast<ConflictsPane *>(m_window->currentPane());
        QVERIFY(pane);
        pane->view()->selectRow(0);
        QTest::mouseClick(pane->keepButton(), Qt::LeftButton);
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::Done);
        QCOMPARE(Conflicts::all(mine().workspace()).first().state, Conflicts::State::Kept);
        QCOMPARE(pane->view()->model()->rowCount(), 0);
        pane->resolvedBox()->setChecked(true);
        QCOMPARE(pane->view()->model()->rowCount(), 1);
    }

    void aBackupIsRestoredAfterAConfirmation()
    {
        mergeAccepting(divergeOnHire());
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::Done);
        QAction *restore =
            menuAction(*m_window, QStringLiteral("File"), QStringLiteral("Restore Backup…"));
        QVERIFY(restore);
        bool listed = false;
        bool asked = false;
        whenModal<BackupListDialog>(this, [&](BackupListDialog *dialog) {
            QVERIFY(dialog->list()->count() >= 1);
            QVERIFY(dialog->list()->item(0)->text().contains(QLatin1String("before a merge")));
            dialog->list()->setCurrentRow(0);
            listed = true;
            whenModal<QMessageBox>(this, [&](QMessageBox *box) {
                asked = true;
                box->button(QMessageBox::Ok)->click();
            });
            dialog->accept();
        });
        restore->trigger();
        QVERIFY(listed);
        QVERIFY(asked);
        // The window has the workspace as it was before the merge, and the state it replaced
        // is kept as a backup.
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->path(), m_path);
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::AtRisk);
        QVERIFY(Conflicts::all(mine().workspace()).isEmpty());
        const QList<Backup> backups = mine().workspace().backups();
        QVERIFY(!backups.isEmpty());
        QCOMPARE(backups.first().reason, QStringLiteral("before-restore"));
    }

    void aCancelledMergeLeavesTheWorkspaceAsItWas()
    {
        // Enough records that the merge reports progress a few times: a product's daily values.
        MetricsRepository &metrics = m_theirs->session().metrics();
        MetricsEdit edit;
        edit.products.append(Product{{}, QStringLiteral("Surveys"), {}, false, {}, {}});
        if (metrics.definitions().isEmpty()) {
            MetricDefinition activation;
            activation.key = QStringLiteral("activation");
            activation.name = QStringLiteral("Activation");
            edit.definitions.append(activation);
        }
        QVERIFY(!metrics.apply(edit));
        const QString key = metrics.definitions().first().key;
        QList<MetricPoint> points;
        for (int day = 0; day < 6000; ++day)
            points.append({{},
                           edit.products.first().meta.id,
                           key,
                           QDate(2010, 1, 1).addDays(day),
                           double(day)});
        QVERIFY(metrics.importPoints(points, false));
        const QString file = divergeOnHire();
        const QByteArray before = contentDigest(mine().workspace());

        bool cancelled = false;
        whenModal<MergePreviewDialog>(this, [&](MergePreviewDialog *preview) {
            // Cancel the merge itself, once its progress shows.
            whenModal<QProgressDialog>(this, [&](QProgressDialog *progress) {
                cancelled = true;
                progress->cancel();
            });
            preview->accept();
        });
        QVERIFY(!sync()->mergeFrom({file}));
        QVERIFY(cancelled);
        QCOMPARE(contentDigest(mine().workspace()), before);
        QCOMPARE(goal(mine(), QStringLiteral("Hire")).status, GoalStatus::AtRisk);
        QVERIFY(!m_window->findChild<MergeReportDialog *>());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("cancelled")));
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
