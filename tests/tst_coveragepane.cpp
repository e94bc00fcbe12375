// The Coverage pane in the real main window: the as-of date, filters, dropping a PM on a team,
// keyboard edits, and Edit ▸ Undo / Redo through the window's shortcuts.
#include "core/settings.h"
#include "coverage/coveragematrixmodel.h"
#include "coverage/coveragepane.h"
#include "coverage/coveragerepository.h"
#include "coverage/pmloadmodel.h"
#include "sample/starterdata.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "widgets/cachedtextdelegate.h"
#include "widgets/summaryline.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

class TestCoveragePane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    CoveragePane *m_pane = nullptr;

    WorkspaceSession &session() { return *m_window->session(); }
    QTableView *matrixView() { return m_pane->matrixView(); }

    int visibleRowOf(const QString &teamKey)
    {
        QAbstractItemModel *model = matrixView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(CoverageMatrixModel::TeamIdRole).toString() ==
                StarterData::teamId(teamKey))
                return row;
        return -1;
    }

    int visibleColumnOf(const QString &pmKey)
    {
        QAbstractItemModel *model = matrixView()->model();
        for (int column = 0; column < model->columnCount(); ++column)
            if (model->headerData(column, Qt::Horizontal, CoverageMatrixModel::PmIdRole)
                    .toString() == StarterData::pmId(pmKey))
                return column;
        return -1;
    }

    QString supportIn(const QString &teamKey, const QString &pmKey)
    {
        const QModelIndex cell =
            matrixView()->model()->index(visibleRowOf(teamKey), visibleColumnOf(pmKey));
        return cell.data(CoverageMatrixModel::SupportRole).toString();
    }

private slots:
    void init()
    {
        isolateUserFolders();
        auto created = WorkspaceFactory::create(
            m_dir.filePath(QStringLiteral("w%1.cadence").arg(QDateTime::currentMSecsSinceEpoch())),
            std::make_shared<FixedClock>(TestWorkspace::defaultNow()),
            WorkspaceFactory::Content::Starter);
        QVERIFY(created);
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setSession(created.take());
        QVERIFY(m_window->showPane(QStringLiteral("coverage")));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pane = qobject_cast<CoveragePane *>(m_window->currentPane());
        QVERIFY(m_pane);
    }

    void cleanup()
    {
        m_pane = nullptr;
        m_window.reset();
    }

    void asOfDateShowsTheHistory()
    {
        QCOMPARE(matrixView()->model()->rowCount(), 16);
        m_pane->dayEdit()->setDate(QDate(2025, 2, 1));
        QCOMPARE(matrixView()->model()->rowCount(), 4);
        auto *uncovered = m_pane->findChild<QListView *>(QStringLiteral("uncoveredTeams"));
        QCOMPARE(uncovered->model()->rowCount(), 3);
        // Choosing a team in the list goes to its row in the matrix.
        const QModelIndex first = uncovered->model()->index(0, 0);
        emit uncovered->activated(first);
        QCOMPARE(matrixView()->currentIndex().data().toString(),
                 first.data().toString().section(QLatin1Char('\n'), 0, 0));
        QCOMPARE(supportIn(QStringLiteral("surveys"), QStringLiteral("annika")),
                 QStringLiteral("light"));
    }

    // A date typed whole into the As-of field, after a click and Home or after select-all,
    // is taken whole: the year is not kept from the old date, nor the month skipped.
    void aDateTypedWholeIsTakenWhole()
    {
        QDateEdit *day = m_pane->dayEdit();
        auto *edit = day->findChild<QLineEdit *>();
        QVERIFY(edit);
        QVERIFY(day->date().year() != 2025);
        const QPoint middle(edit->width() / 2, edit->height() / 2);

        QTest::mouseClick(edit, Qt::LeftButton, {}, middle);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(day));
        QTest::keyClick(day, Qt::Key_Home);
        QTest::keyClicks(day, QStringLiteral("2025-02-01"));
        QCOMPARE(day->date(), QDate(2025, 2, 1));
        QCOMPARE(matrixView()->model()->rowCount(), 4);

        QTest::mouseClick(edit, Qt::LeftButton, {}, middle);
        QTest::keyClick(day, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(day, QStringLiteral("2024-12-31"));
        QCOMPARE(day->date(), QDate(2024, 12, 31));

        // Digits alone after a click, and after select-all.
        QTest::mouseClick(edit, Qt::LeftButton, {}, middle);
        QTest::keyClicks(day, QStringLiteral("20250201"));
        QCOMPARE(day->date(), QDate(2025, 2, 1));
        QTest::keyClick(day, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(day, QStringLiteral("20241231"));
        QCOMPARE(day->date(), QDate(2024, 12, 31));
    }

    void filtersNarrowTheTeams()
    {
        auto *filter = m_pane->findChild<QLineEdit *>(QStringLiteral("teamFilter"));
        QTest::keyClicks(filter, QStringLiteral("analytics"));
        QCOMPARE(matrixView()->model()->rowCount(), 5);
        filter->clear();
        auto *level = m_pane->findChild<QComboBox *>(QStringLiteral("levelFilter"));
        level->setCurrentIndex(level->findData(int(CoverageLevel::None)));
        QCOMPARE(matrixView()->model()->rowCount(), 2);
    }

    void sortingByCoveragePutsTheUncoveredFirst()
    {
        QAbstractItemModel *model = matrixView()->model();
        matrixView()->sortByColumn(CoverageMatrixModel::CoverageColumn, Qt::AscendingOrder);
        QCOMPARE(model->index(0, 0).data(CoverageMatrixModel::LevelRole).toInt(),
                 int(CoverageLevel::None));
        QCOMPARE(model->index(1, 0).data(CoverageMatrixModel::LevelRole).toInt(),
                 int(CoverageLevel::None));
        QCOMPARE(model->index(2, 0).data(CoverageMatrixModel::LevelRole).toInt(),
                 int(CoverageLevel::Light));
        // Back to names.
        matrixView()->sortByColumn(CoverageMatrixModel::TeamColumn, Qt::DescendingOrder);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Workflows"));
    }

    void theLoadLimitFlagsPmsAndIsRemembered()
    {
        auto *limit = m_pane->findChild<QSpinBox *>(QStringLiteral("pmTeamLimit"));
        QVERIFY(limit);
        QCOMPARE(limit->value(), 4);
        auto overLimit = [this] {
            int flagged = 0;
            QAbstractItemModel *model = matrixView()->model();
            for (int column = CoverageMatrixModel::FixedColumnCount; column < model->columnCount();
                 ++column)
                flagged +=
                    model->headerData(column, Qt::Horizontal, CoverageMatrixModel::OverLimitRole)
                        .toBool();
            return flagged;
        };
        QCOMPARE(overLimit(), 0);
        limit->setValue(3);
        QCOMPARE(overLimit(), 2); // Abe and Anna support four teams each
        QVERIFY(m_pane->findChild<SummaryLine *>(QStringLiteral("coverageSummary"))
                    ->text()
                    .contains(QLatin1String("2 above 3 teams")));
        QCOMPARE(Settings().pmTeamLimit(), 3);
        limit->setValue(4);
        QCOMPARE(overLimit(), 0);
    }

    void droppingAPmAssignsAndUndoRestores()
    {
        QTableView *loads = m_pane->loadView();
        QModelIndex cory;
        for (int row = 0; row < loads->model()->rowCount(); ++row)
            if (loads->model()->index(row, 0).data().toString() == QLatin1String("Cory Slater"))
                cory = loads->model()->index(row, 0);
        QVERIFY(cory.isValid());
        std::unique_ptr<QMimeData> data(loads->model()->mimeData({cory}));
        QVERIFY(data);

        const int row = visibleRowOf(QStringLiteral("llm-analytics"));
        const QPoint target =
            matrixView()->visualRect(matrixView()->model()->index(row, 0)).center();
        QDragEnterEvent enter(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(matrixView()->viewport(), &enter);
        QDragMoveEvent move(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(matrixView()->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(target, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(matrixView()->viewport(), &drop);

        QCOMPARE(supportIn(QStringLiteral("llm-analytics"), QStringLiteral("cory")),
                 QStringLiteral("full"));
        QCOMPARE(session()
                     .coverage()
                     .coverageOn(TestWorkspace::defaultNow().date())
                     .uncoveredTeams()
                     .size(),
                 1);

        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(supportIn(QStringLiteral("llm-analytics"), QStringLiteral("cory")), QString());
        QCOMPARE(session()
                     .coverage()
                     .coverageOn(TestWorkspace::defaultNow().date())
                     .uncoveredTeams()
                     .size(),
                 2);

        QTest::keySequence(m_window.get(), QKeySequence::Redo);
        QCOMPARE(supportIn(QStringLiteral("llm-analytics"), QStringLiteral("cory")),
                 QStringLiteral("full"));
    }

    void keysSwitchSupportInACell()
    {
        const QModelIndex cell = matrixView()->model()->index(
            visibleRowOf(QStringLiteral("workflows")), visibleColumnOf(QStringLiteral("abe")));
        matrixView()->setFocus();
        matrixView()->setCurrentIndex(cell);
        QTest::keyClick(matrixView(), Qt::Key_L);
        QCOMPARE(supportIn(QStringLiteral("workflows"), QStringLiteral("abe")),
                 QStringLiteral("light"));
        matrixView()->setCurrentIndex(matrixView()->model()->index(
            visibleRowOf(QStringLiteral("workflows")), visibleColumnOf(QStringLiteral("abe"))));
        QTest::keyClick(matrixView(), Qt::Key_Delete);
        QCOMPARE(supportIn(QStringLiteral("workflows"), QStringLiteral("abe")), QString());
        QCOMPARE(session().undoStack().count(), 2);
        // The change took effect on the day shown, so the past is unchanged.
        m_pane->dayEdit()->setDate(QDate(2025, 12, 1));
        QCOMPARE(supportIn(QStringLiteral("workflows"), QStringLiteral("abe")),
                 QStringLiteral("full"));
    }

    void changesPersistInTheFile()
    {
        const QString path = session().path();
        const QModelIndex cell = matrixView()->model()->index(
            visibleRowOf(QStringLiteral("logs")), visibleColumnOf(QStringLiteral("anna")));
        matrixView()->setFocus();
        matrixView()->setCurrentIndex(cell);
        QTest::keyClick(matrixView(), Qt::Key_F);
        m_window->setSession(nullptr);
        auto reopened =
            WorkspaceSession::open(path, std::make_shared<FixedClock>(TestWorkspace::defaultNow()));
        QVERIFY(reopened);
        const CoverageSnapshot now =
            reopened.value()->coverage().coverageOn(TestWorkspace::defaultNow().date());
        QCOMPARE(now.load(StarterData::pmId(QStringLiteral("anna")))->teams(), 5);
    }

    // The pane's delegates draw each distinct text once and reuse it; the cells must look
    // exactly as the standard delegate draws them.
    void cellsLookAsTheStandardDelegateDrawsThem()
    {
        const QList<QAbstractItemView *> views = {
            matrixView(), m_pane->findChild<QListView *>(QStringLiteral("uncoveredTeams")),
            m_pane->findChild<QTableView *>(QStringLiteral("pmLoad"))};
        m_pane->dayEdit()->setDate(QDate(2025, 2, 1)); // uncovered and light teams, two lines
        for (QAbstractItemView *view : views) {
            QVERIFY(view);
            view->clearSelection();
            view->setCurrentIndex({});
            QAbstractItemDelegate *fast = view->itemDelegate();
            QVERIFY(qobject_cast<CachedTextDelegate *>(fast));
            const QImage drawn = view->viewport()->grab().toImage();
            QStyledItemDelegate standard;
            view->setItemDelegate(&standard);
            const QImage expected = view->viewport()->grab().toImage();
            view->setItemDelegate(fast);
            QCOMPARE(drawn, expected);
        }
    }

    void longTextsAreElidedAsBefore()
    {
        // A cell too narrow for its text is left to the standard delegate, which elides it.
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("A rather long name for a team")));
        QTableView view;
        view.setModel(&model);
        view.setColumnWidth(0, 60);
        view.resize(200, 80);
        CachedTextDelegate fast;
        view.setItemDelegate(&fast);
        const QImage drawn = view.viewport()->grab().toImage();
        QStyledItemDelegate standard;
        view.setItemDelegate(&standard);
        QCOMPARE(drawn, view.viewport()->grab().toImage());
    }
};

QTEST_MAIN(TestCoveragePane)
#include "tst_coveragepane.moc"
