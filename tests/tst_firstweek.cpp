// A PM's first week with Cadence, through the real main window (offscreen): the edits that
// went to the wrong place, the review sheet that lost its layout, undo from the date field and
// the keys of the week view (issue 14).
#include "charts/chartmodule.h"
#include "charts/chartmoduleapi.h"
#include "coverage/coveragematrixmodel.h"
#include "coverage/coveragepane.h"
#include "coverage/coveragerepository.h"
#include "goals/goalboardmodel.h"
#include "goals/goaleditor.h"
#include "goals/goalrepository.h"
#include "goals/goalspane.h"
#include "interviews/interviewagendamodel.h"
#include "interviews/intervieweditor.h"
#include "interviews/interviewedits.h"
#include "interviews/interviewrepository.h"
#include "interviews/interviewspane.h"
#include "interviews/weekview.h"
#include "metrics/metricspane.h"
#include "metrics/metricsrepository.h"
#include "metrics/metricstypes.h"
#include "metrics/reviewlistmodel.h"
#include "metrics/reviewmodedialog.h"
#include "sample/starterdata.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

extern "C" const ChartModuleApi *cadence_chart_module();

namespace {

template<typename Button> Button *buttonNamed(QWidget *parent, const QString &text)
{
    for (Button *each : parent->findChildren<Button *>())
        if (each->text().startsWith(text))
            return each;
    return nullptr;
}

// Drops the card at `row` of `from` on `to` at `position`, through the events of a real drag.
void dropCard(QListView *from, int row, QListView *to, QPoint position)
{
    const QModelIndex index = from->model()->index(row, 0);
    std::unique_ptr<QMimeData> data(from->model()->mimeData({index}));
    QDragEnterEvent enter(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &enter);
    QDragMoveEvent move(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(to->viewport(), &move);
    QDropEvent drop(QPointF(position), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    drop.setDropAction(Qt::MoveAction);
    QApplication::sendEvent(to->viewport(), &drop);
}

// Whether a column is as wide as its contents (the view's measure is public in its base).
bool wholeIn(QTableView *view, int column)
{
    return view->columnWidth(column) >=
           static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column);
}

} // namespace

class TestFirstWeek : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    WorkspaceSession &session() { return *m_window->session(); }

    template<typename P> P *open(WorkspaceFactory::Content content, const QString &paneId)
    {
        auto created = WorkspaceFactory::create(
            m_dir.filePath(QStringLiteral("w%1.cadence").arg(QDateTime::currentMSecsSinceEpoch())),
            std::make_shared<FixedClock>(TestWorkspace::defaultNow()), content);
        if (!created)
            return nullptr;
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setSession(created.take());
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        if (!QTest::qWaitForWindowActive(m_window.get()) || !m_window->showPane(paneId))
            return nullptr;
        return qobject_cast<P *>(m_window->currentPane());
    }

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        ChartModule::useLinkedIn(cadence_chart_module());
    }

    void cleanup() { m_window.reset(); }

    // "Start from the handbook" opens its form in the welcome page, under the choice: the
    // entries below make room instead of being covered, and Create makes the workspace.
    void theWelcomeFormOpensInThePage()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *start =
            m_window->findChild<QCommandLinkButton *>(QStringLiteral("startFromHandbook"));
        auto *open = m_window->findChild<QCommandLinkButton *>(QStringLiteral("openWorkspace"));
        QVERIFY(start && open);
        // A window over the page is what covered the entries: note and close any that opens.
        QStringList windowsOver;
        QTimer::singleShot(0, this, [&windowsOver] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                windowsOver << modal->windowTitle();
                modal->close();
            }
        });
        QTest::mouseClick(start, Qt::LeftButton);
        QCoreApplication::processEvents();
        QVERIFY2(windowsOver.isEmpty(), qPrintable(windowsOver.join(QLatin1Char(','))));
        auto *form = m_window->findChild<QFrame *>(QStringLiteral("newWorkspaceForm"));
        QVERIFY(form && form->isVisible());
        auto inWindow = [this](QWidget *widget) {
            return QRect(widget->mapTo(m_window.get(), QPoint()), widget->size());
        };
        QVERIFY(inWindow(form).top() >= inWindow(start).bottom());
        QVERIFY(inWindow(open).top() >= inWindow(form).bottom());
        QVERIFY(open->isVisible() && !open->visibleRegion().isEmpty());
        QVERIFY(form->isAncestorOf(QApplication::focusWidget()));

        // Escape folds the form away again.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!form->isVisible());

        QTest::mouseClick(start, Qt::LeftButton);
        const QString path = m_dir.filePath(QStringLiteral("handbook.cadence"));
        auto *file = form->findChild<QLineEdit *>();
        QVERIFY(file);
        file->setText(path);
        QTest::mouseClick(buttonNamed<QPushButton>(form, QStringLiteral("Create")), Qt::LeftButton);
        QVERIFY(m_window->session());
        QCOMPARE(m_window->session()->path(), path);
        QVERIFY(!m_window->session()->coverage().teams().isEmpty());
    }

    // After a card is dragged to another column, the moved card stays selected and the
    // editor shows it, so that the next edit changes that goal.
    void theMovedCardStaysSelected()
    {
        auto *pane = open<GoalsPane>(WorkspaceFactory::Content::Starter, QStringLiteral("goals"));
        QVERIFY(pane);
        QListView *todo = pane->columnView(GoalStatus::NotStarted);
        QListView *atRisk = pane->columnView(GoalStatus::AtRisk);
        QVERIFY(todo->model()->rowCount() >= 2);
        const QModelIndex first = todo->model()->index(0, 0);
        const QString moved = first.data(GoalBoardModel::GoalIdRole).toString();
        todo->setFocus();
        todo->setCurrentIndex(first);
        QCOMPARE(pane->editor()->goalId(), moved);

        dropCard(todo, 0, atRisk, QPoint(20, 10));
        QCoreApplication::processEvents();
        QCOMPARE(session().goals().goal(moved)->status, GoalStatus::AtRisk);
        QCOMPARE(pane->editor()->goalId(), moved);
        QCOMPARE(atRisk->currentIndex().data(GoalBoardModel::GoalIdRole).toString(), moved);
        QVERIFY(!todo->selectionModel()->hasSelection());

        // Ctrl+arrows work as soon as the board has focus, and keep the card selected too.
        QTest::keyClick(atRisk, Qt::Key_Left, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(session().goals().goal(moved)->status, GoalStatus::OnTrack);
        QCOMPARE(pane->editor()->goalId(), moved);

        // Undo and redo move it too: it stays the selected card, in the column it lands in.
        session().undoStack().undo();
        QCoreApplication::processEvents();
        QCOMPARE(session().goals().goal(moved)->status, GoalStatus::AtRisk);
        QCOMPARE(pane->editor()->goalId(), moved);
        QCOMPARE(atRisk->currentIndex().data(GoalBoardModel::GoalIdRole).toString(), moved);
        session().undoStack().undo();
        QCoreApplication::processEvents();
        QCOMPARE(session().goals().goal(moved)->status, GoalStatus::NotStarted);
        QCOMPARE(pane->editor()->goalId(), moved);
        session().undoStack().redo();
        QCoreApplication::processEvents();
        QCOMPARE(pane->editor()->goalId(), moved);
        QCOMPARE(atRisk->currentIndex().data(GoalBoardModel::GoalIdRole).toString(), moved);
    }

    // The metric of a key result is picked from the catalogue, never typed; baseline and
    // target are numbers; after Apply the fields stay editable.
    void aKeyResultsMetricIsPickedFromTheCatalogue()
    {
        auto *pane = open<GoalsPane>(WorkspaceFactory::Content::Sample, QStringLiteral("goals"));
        QVERIFY(pane);
        QListView *todo = pane->columnView(GoalStatus::NotStarted);
        QListView *column =
            todo->model()->rowCount() ? todo : pane->columnView(GoalStatus::OnTrack);
        QVERIFY(column->model()->rowCount() > 0);
        column->setCurrentIndex(column->model()->index(0, 0));
        GoalEditor *editor = pane->editor();
        const QString goalId = editor->goalId();
        QVERIFY(!goalId.isEmpty());

        auto *product = editor->findChild<QComboBox *>(QStringLiteral("keyResultProduct"));
        auto *metric = editor->findChild<QComboBox *>(QStringLiteral("keyResultMetric"));
        auto *baseline = editor->findChild<QDoubleSpinBox *>(QStringLiteral("keyResultBaseline"));
        auto *target = editor->findChild<QDoubleSpinBox *>(QStringLiteral("keyResultTarget"));
        QVERIFY(product && metric && baseline && target);
        QVERIFY(!metric->isEditable());
        // No free text field for the metric anywhere in the editor's key-result part.
        QVERIFY(
            !metric->parentWidget()->findChild<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly));

        QTest::mouseClick(buttonNamed<QPushButton>(editor, QStringLiteral("Add")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // keep the default text
        QVERIFY(product->isEnabled());
        product->setCurrentIndex(1);
        QVERIFY(metric->count() > 1);
        metric->setCurrentIndex(metric->findData(QStringLiteral("activation")));
        QVERIFY(metric->currentIndex() > 0);
        // Clicking the baseline field puts the keys there, not in the metric.
        QTest::mouseClick(baseline, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(baseline));
        baseline->selectAll();
        QTest::keyClicks(baseline, QStringLiteral("49.9"));
        target->setValue(60);
        QTest::mouseClick(buttonNamed<QPushButton>(editor, QStringLiteral("Apply")),
                          Qt::LeftButton);

        const Goal saved = *session().goals().goal(goalId);
        const KeyResult &added = saved.keyResults.last();
        QVERIFY(added.metric);
        QCOMPARE(added.metric->metricKey, QStringLiteral("activation"));
        QVERIFY(session().metrics().definition(added.metric->metricKey));
        QCOMPARE(added.metric->baseline, 49.9);
        QCOMPARE(added.metric->target, 60.0);
        // Still editable without selecting the key result again.
        QVERIFY(baseline->isEnabled());
        QVERIFY(metric->isEnabled());
        QCOMPARE(metric->currentData().toString(), QStringLiteral("activation"));
    }

    // New interview starts a draft for the PM of the PM filter, saved only by Save; Escape on
    // a fresh one leaves nothing behind.
    void aNewInterviewIsSavedOnlyWhenSaved()
    {
        auto *pane =
            open<InterviewsPane>(WorkspaceFactory::Content::Starter, QStringLiteral("interviews"));
        QVERIFY(pane);
        InterviewRepository &interviews = session().interviews();
        const int undoSteps = session().undoStack().count();
        auto *pmFilter = pane->findChild<QComboBox *>(QStringLiteral("interviewsPmFilter"));
        QVERIFY(pmFilter);
        const QString cory = StarterData::pmId(QStringLiteral("cory"));
        pmFilter->setCurrentIndex(pmFilter->findData(cory));
        auto *add = buttonNamed<QToolButton>(pane, QStringLiteral("New interview"));
        QVERIFY(add);

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(interviews.count(), 0);
        QVERIFY(pane->editor()->interview());
        QCOMPARE(pane->editor()->edited().pmId, cory);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!pane->editor()->interview());
        QCOMPARE(interviews.count(), 0);
        QCOMPARE(session().undoStack().count(), undoSteps);

        QTest::mouseClick(add, Qt::LeftButton);
        auto *who = pane->editor()->findChild<QLineEdit *>(QStringLiteral("interviewee"));
        QVERIFY(who);
        QTest::keyClicks(who, QStringLiteral("Dana Scully"));
        QTest::mouseClick(buttonNamed<QPushButton>(pane->editor(), QStringLiteral("Save")),
                          Qt::LeftButton);
        QCOMPARE(interviews.count(), 1);
        const Interview saved = interviews.interviews().first();
        QCOMPARE(saved.pmId, cory);
        QCOMPARE(saved.interviewee, QStringLiteral("Dana Scully"));
        QVERIFY(session().undoStack().undoText().contains(QStringLiteral("Dana Scully")));
    }

    // The small multiples keep equal sizes for every product after Next and Previous.
    void reviewModeKeepsEqualChartsWhenStepping()
    {
        auto *pane =
            open<MetricsPane>(WorkspaceFactory::Content::Sample, QStringLiteral("metrics"));
        QVERIFY(pane);
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            auto *dialog = qobject_cast<ReviewModeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto sizesAreEqual = [dialog] {
                QCoreApplication::processEvents();
                const QList<MetricChart *> charts = dialog->charts();
                QVERIFY(charts.size() >= 2);
                const QSize first = charts.first()->widget()->size();
                QVERIFY2(first.width() > 250, qPrintable(QString::number(first.width())));
                for (MetricChart *chart : charts)
                    QVERIFY2(qAbs(chart->widget()->width() - first.width()) <= 2 &&
                                 qAbs(chart->widget()->height() - first.height()) <= 2,
                             qPrintable(QStringLiteral("%1x%2 beside %3x%4")
                                            .arg(chart->widget()->width())
                                            .arg(chart->widget()->height())
                                            .arg(first.width())
                                            .arg(first.height())));
            };
            sizesAreEqual();
            for (const QString &step :
                 {QStringLiteral("Next product"), QStringLiteral("◀ Previous product"),
                  QStringLiteral("◀ Previous product")}) {
                QAbstractButton *button = buttonNamed<QPushButton>(dialog, step);
                QVERIFY(button);
                button->click();
                sizesAreEqual();
            }
            checked = true;
            dialog->reject();
        });
        QTest::mouseClick(buttonNamed<QPushButton>(pane, QStringLiteral("Review")), Qt::LeftButton);
        QVERIFY(checked);
    }

    // At 1280 px the reviews list shows every column whole but the notes, which end in "…"
    // and are whole in the tooltip; nothing scrolls sideways.
    void theReviewNotesFitTheWindow()
    {
        auto *pane =
            open<MetricsPane>(WorkspaceFactory::Content::Sample, QStringLiteral("metrics"));
        QVERIFY(pane);
        QTableView *reviews = pane->reviewTable();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCoreApplication::processEvents();
        const int notes = ReviewListModel::NotesColumn;
        QVERIFY(reviews->isVisible());
        QString widths;
        for (int column = 0; column <= notes; ++column)
            widths += QString::number(reviews->columnWidth(column)) + QLatin1Char(' ');
        QVERIFY2(reviews->horizontalScrollBar()->maximum() == 0,
                 qPrintable(widths + QString::number(reviews->viewport()->width())));
        QVERIFY2(reviews->columnViewportPosition(notes) + reviews->columnWidth(notes) <=
                     reviews->viewport()->width(),
                 qPrintable(
                     QStringLiteral("notes end at %1 in %2")
                         .arg(reviews->columnViewportPosition(notes) + reviews->columnWidth(notes))
                         .arg(reviews->viewport()->width())));
        for (int column = 0; column < notes; ++column)
            QVERIFY2(wholeIn(reviews, column), qPrintable(QString::number(column)));
        int longest = -1;
        for (int row = 0; row < reviews->model()->rowCount(); ++row)
            if (longest < 0 || reviews->model()->index(row, notes).data().toString().size() >
                                   reviews->model()->index(longest, notes).data().toString().size())
                longest = row;
        QVERIFY(longest >= 0);
        const QString note = reviews->model()->index(longest, notes).data().toString();
        QVERIFY(reviews->fontMetrics().horizontalAdvance(note) > reviews->columnWidth(notes));
        QVERIFY(reviews->model()
                    ->index(longest, notes)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(note));
    }

    // At 900x600 the coverage matrix scrolls its PMs sideways and says which are out of sight.
    void aNarrowCoverageSaysWhichPmsAreOutOfSight()
    {
        auto *pane =
            open<CoveragePane>(WorkspaceFactory::Content::Sample, QStringLiteral("coverage"));
        QVERIFY(pane);
        m_window->resize(900, 600);
        QTRY_VERIFY(pane->matrixView()->horizontalScrollBar()->maximum() > 0);
        auto *hint = pane->findChild<QLabel *>(QStringLiteral("coverageColumnsOutOfSight"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        const QAbstractItemModel *matrix = pane->matrixView()->model();
        auto pmName = [matrix](int column) {
            return matrix->headerData(column, Qt::Horizontal).toString().section(u'\n', 0, 0);
        };
        const QString last = pmName(matrix->columnCount() - 1);
        QVERIFY2(hint->text().contains(last + QStringLiteral(" ▶")), qPrintable(hint->text()));
        QVERIFY2(!hint->text().contains(QStringLiteral("◀")), qPrintable(hint->text()));
        // The matrix keeps most of the height: the lists go side by side under it.
        const QWidget *uncovered = pane->findChild<QWidget *>(QStringLiteral("uncoveredTeams"));
        const QWidget *load = pane->findChild<QWidget *>(QStringLiteral("pmLoad"));
        const QPoint uncoveredAt = uncovered->mapTo(pane, QPoint());
        const QPoint loadAt = load->mapTo(pane, QPoint());
        QVERIFY(loadAt.x() > uncoveredAt.x() + uncovered->width() / 2);
        QVERIFY(std::abs(loadAt.y() - uncoveredAt.y()) < 40);
        QVERIFY2(pane->matrixView()->rowAt(pane->matrixView()->viewport()->height() - 1) >= 7,
                 "fewer than eight teams in sight");

        QScrollBar *sideways = pane->matrixView()->horizontalScrollBar();
        sideways->setValue(sideways->maximum());
        QVERIFY2(hint->text().contains(QStringLiteral("◀ Team")), qPrintable(hint->text()));
        QVERIFY2(!hint->text().contains(last), qPrintable(hint->text()));

        m_window->resize(1600, 800); // everything in sight: nothing to say
        QTRY_COMPARE(sideways->maximum(), 0);
        QVERIFY(!hint->isVisible());
    }

    // The revenue axis writes its ticks as the pane writes figures, in k or M once they are
    // large ("400k", not "400000"); a percentage keeps its "%".
    void chartAxesUseThePanesNumberFormat()
    {
        auto *pane =
            open<MetricsPane>(WorkspaceFactory::Content::Sample, QStringLiteral("metrics"));
        QVERIFY(pane);
        auto axisLabels = [pane] {
            QCoreApplication::processEvents();
            auto *view = qobject_cast<QChartView *>(pane->chart()->widget());
            auto *axis =
                view ? qobject_cast<QCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0))
                     : nullptr;
            return axis ? axis->categoriesLabels() : QStringList();
        };
        QComboBox *metric = pane->metricBox();
        metric->setCurrentIndex(metric->findData(QStringLiteral("revenue")));
        QVERIFY(metric->currentIndex() >= 0);
        const QStringList revenue = axisLabels();
        QVERIFY2(revenue.size() >= 3, qPrintable(revenue.join(u' ')));
        // The header writes the latest figure in full, with separators; the axis in thousands.
        QVERIFY2(
            pane->infoLabel()->text().contains(QRegularExpression(QStringLiteral("\\d,\\d{3}"))),
            qPrintable(pane->infoLabel()->text()));
        const QRegularExpression thousands(QStringLiteral("^(0|\\d{1,3}(\\.\\d+)?[kM])$"));
        for (const QString &label : revenue)
            QVERIFY2(thousands.match(label).hasMatch(), qPrintable(revenue.join(u' ')));

        metric->setCurrentIndex(metric->findData(QStringLiteral("activation")));
        const QStringList activation = axisLabels();
        QVERIFY(activation.size() >= 3);
        for (const QString &label : activation)
            QVERIFY2(label.endsWith(u'%'), qPrintable(activation.join(u' ')));

        QCOMPARE(
            metricAxisLabels(0, 200000, 3, MetricUnit::Currency),
            (QStringList{QStringLiteral("0"), QStringLiteral("200k"), QStringLiteral("400k")}));
        QCOMPARE(
            metricAxisLabels(1e6, 2e5, 3, MetricUnit::Count),
            (QStringList{QStringLiteral("1.0M"), QStringLiteral("1.2M"), QStringLiteral("1.4M")}));
        QCOMPARE(metricAxisLabels(2000, 500, 3, MetricUnit::Count),
                 (QStringList{QStringLiteral("2,000"), QStringLiteral("2,500"),
                              QStringLiteral("3,000")}));
    }

    // At 900x600 the agenda shows every column: the organisation gives way ("…", whole in the
    // tooltip) rather than Team and Status going out of sight.
    void aNarrowAgendaKeepsEveryColumnInSight()
    {
        auto *pane =
            open<InterviewsPane>(WorkspaceFactory::Content::Sample, QStringLiteral("interviews"));
        QVERIFY(pane);
        m_window->resize(900, 600);
        pane->findChild<QTabWidget *>()->setCurrentIndex(InterviewsPane::AgendaTab);
        QTableView *agenda = pane->agendaView();
        QTRY_VERIFY(agenda->isVisible() && agenda->viewport()->width() < 800);
        QCoreApplication::processEvents();
        const int status = InterviewAgendaModel::Status;
        QCOMPARE(agenda->horizontalScrollBar()->maximum(), 0);
        QVERIFY(agenda->columnViewportPosition(status) + agenda->columnWidth(status) <=
                agenda->viewport()->width());
        for (int column : {int(InterviewAgendaModel::Team), status, int(InterviewAgendaModel::Pm)})
            QVERIFY2(wholeIn(agenda, column), qPrintable(QString::number(column)));
        const QModelIndex organisation =
            agenda->model()->index(0, InterviewAgendaModel::Organisation);
        QVERIFY(
            organisation.data(Qt::ToolTipRole).toString().contains(organisation.data().toString()));
    }

    // Ctrl+Z undoes while the As-of date has focus.
    void undoWorksFromTheDateField()
    {
        auto *pane =
            open<CoveragePane>(WorkspaceFactory::Content::Starter, QStringLiteral("coverage"));
        QVERIFY(pane);
        QTableView *matrix = pane->matrixView();
        const QString abe = StarterData::pmId(QStringLiteral("abe"));
        const QString workflows = StarterData::teamId(QStringLiteral("workflows"));
        int row = -1;
        int column = -1;
        for (int r = 0; r < matrix->model()->rowCount(); ++r)
            if (matrix->model()->index(r, 0).data(CoverageMatrixModel::TeamIdRole) == workflows)
                row = r;
        for (int c = 0; c < matrix->model()->columnCount(); ++c)
            if (matrix->model()->headerData(c, Qt::Horizontal, CoverageMatrixModel::PmIdRole) ==
                abe)
                column = c;
        auto support = [&] {
            return matrix->model()->index(row, column).data(CoverageMatrixModel::SupportRole);
        };
        matrix->setFocus();
        matrix->setCurrentIndex(matrix->model()->index(row, column));
        QTest::keyClick(matrix, Qt::Key_L);
        QCOMPARE(support().toString(), QStringLiteral("light"));
        const int steps = session().undoStack().index();

        QDateEdit *day = pane->dayEdit();
        QTest::mouseClick(day, Qt::LeftButton, {}, QPoint(day->width() / 2, day->height() / 2));
        day->setFocus();
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(day));
        QTest::keySequence(m_window.get()->windowHandle(), QKeySequence::Undo);
        QCOMPARE(session().undoStack().index(), steps - 1);
        QCOMPARE(support().toString(), QStringLiteral("full"));
        QTest::keySequence(m_window.get()->windowHandle(), QKeySequence::Redo);
        QCOMPARE(session().undoStack().index(), steps);

        // Edit ▸ Undo names what it will undo.
        QAction *undo = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
                undo = action;
        QVERIFY(undo);
        QCOMPARE(undo->text().remove(QLatin1Char('&')),
                 QStringLiteral("Undo ") + session().undoStack().undoText());
        // The View menu lists the panes with their shortcuts.
        QStringList view;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->text().remove(QLatin1Char('&')) == QStringLiteral("View"))
                for (QAction *entry : menu->menu()->actions())
                    // Conflicts only while there are some; the Theme submenu is not a pane.
                    if (entry->isVisible() && !entry->isSeparator() && !entry->menu())
                        view << entry->text().remove(QLatin1Char('&')) + QLatin1Char(' ') +
                                    entry->shortcut().toString();
        QCOMPARE(view,
                 (QStringList{QStringLiteral("This week Ctrl+1"), QStringLiteral("Coverage Ctrl+2"),
                              QStringLiteral("Interviews Ctrl+3"), QStringLiteral("Metrics Ctrl+4"),
                              QStringLiteral("Goals Ctrl+5")}));
    }

    // The week view: arrows move the selection, Enter opens, Ctrl+arrows move an interview by
    // a slot or a day, Delete deletes.
    void theWeekViewAnswersTheKeyboard()
    {
        auto *pane =
            open<InterviewsPane>(WorkspaceFactory::Content::Starter, QStringLiteral("interviews"));
        QVERIFY(pane);
        InterviewEdit edit;
        const QString anna = StarterData::pmId(QStringLiteral("anna"));
        const QList<QDateTime> starts = {QDateTime(QDate(2026, 11, 17), QTime(10, 0)),
                                         QDateTime(QDate(2026, 11, 17), QTime(14, 0)),
                                         QDateTime(QDate(2026, 11, 19), QTime(11, 0))};
        for (const QDateTime &start : starts) {
            Interview interview = InterviewEdits::create({}).after.interviews.value(0);
            interview.pmId = anna;
            interview.interviewee = start.toString(QStringLiteral("ddd HH:mm"));
            interview.start = start.toUTC();
            interview.minutes = 30;
            edit.interviews.append(interview);
        }
        QVERIFY(!session().interviews().apply(edit));
        WeekView *week = pane->weekView();
        week->setFocus();
        auto startOf = [this](const QString &id) {
            return session().interviews().interview(id)->start.toLocalTime();
        };

        QTest::keyClick(week, Qt::Key_Down); // nothing selected: the week's first
        const QString first = week->selected();
        QCOMPARE(startOf(first), starts[0]);
        QTest::keyClick(week, Qt::Key_Down);
        QCOMPARE(startOf(week->selected()), starts[1]);
        QTest::keyClick(week, Qt::Key_Right);
        QCOMPARE(startOf(week->selected()), starts[2]);
        QTest::keyClick(week, Qt::Key_Left);
        QCOMPARE(startOf(week->selected()).date(), starts[0].date());
        QTest::keyClick(week, Qt::Key_Up);
        QCOMPARE(week->selected(), first);

        QTest::keyClick(week, Qt::Key_Return);
        QCOMPARE(pane->editor()->interview()->meta.id, first);
        QVERIFY(pane->editor()->isAncestorOf(QApplication::focusWidget()));

        week->setFocus();
        QTest::keyClick(week, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(startOf(first), starts[0].addSecs(WeekView::SnapMinutes * 60));
        QTest::keyClick(week, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(startOf(first), starts[0].addSecs(WeekView::SnapMinutes * 60).addDays(1));
        QCOMPARE(week->selected(), first);

        QTest::keyClick(week, Qt::Key_Delete);
        QVERIFY(!session().interviews().interview(first) ||
                session().interviews().interview(first)->meta.deleted);
        QCOMPARE(session().interviews().count(), 2);
        session().undoStack().undo();
        QCOMPARE(session().interviews().count(), 3);
    }

    // Carry over asks first, with the number of goals, and says that it copies them.
    void carryOverAsksFirst()
    {
        auto *pane = open<GoalsPane>(WorkspaceFactory::Content::Starter, QStringLiteral("goals"));
        QVERIFY(pane);
        const QString to = QStringLiteral("2025-Q2");
        const qsizetype before = session().goals().goals(to).size();
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box ? box->text() + QLatin1Char('\n') + box->informativeText()
                        : QStringLiteral("(no question)");
            if (box)
                box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(buttonNamed<QPushButton>(pane, QStringLiteral("Carry over")),
                          Qt::LeftButton);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("3 unfinished goals")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("copies")), qPrintable(asked));
        QCOMPARE(session().goals().goals(to).size(), before);
    }
};

QTEST_MAIN(TestFirstWeek)
#include "tst_firstweek.moc"
