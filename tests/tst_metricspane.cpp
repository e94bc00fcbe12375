// The Metrics pane in the real main window: the chart's ranges, down-sampling, comparison,
// zoom and hover; the review schedule with a review marked done; catalogue edits and undo;
// the pane and review mode without the charts module.
#include "charts/chartmodule.h"
#include "charts/chartmoduleapi.h"
#include "commands/metricscommand.h"
#include "metricchartview.h"
#include "metrics/metricsedits.h"
#include "metrics/metricspane.h"
#include "metrics/metricsrepository.h"
#include "sample/metricssample.h"
#include "sample/starterdata.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include "formats/metricscsv.h"
#include "metrics/csvimportdialog.h"
#include "metrics/metricsdialogs.h"
#include "metrics/reviewmodedialog.h"

namespace {

const QDate lastDay(2026, 11, 15);
constexpr double Spike = 95.0;

// The pane's chart as drawn: this test links the chart code in (see initTestCase), so the
// chart is a MetricChartView of this program.
MetricChartView *view(const MetricsPane *pane)
{
    return pane->chart() ? qobject_cast<MetricChartView *>(pane->chart()->widget()) : nullptr;
}

} // namespace

class TestMetricsPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    MetricsPane *m_pane = nullptr;
    WorkspaceSession *m_session = nullptr;
    QString m_productId;

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        // No module to load beside a test: the chart code is linked in, so that the test can
        // look inside the charts.
        ChartModule::useLinkedIn(cadence_chart_module());
        auto clock = std::make_shared<FixedClock>(TestWorkspace::defaultNow());
        auto created = WorkspaceFactory::create(m_dir.filePath(QStringLiteral("m.cadence")), clock,
                                                WorkspaceFactory::Content::Empty);
        QVERIFY(created);
        std::unique_ptr<WorkspaceSession> session = created.take();
        QVERIFY(!StarterData::writeCoverage(*session));
        QVERIFY(!MetricsSample::writeCatalogue(*session));
        MetricsRepository &metrics = session->metrics();
        MetricsChange product = MetricsEdits::addProduct(
            QStringLiteral("Session Replay"), StarterData::teamId(QStringLiteral("session-replay")),
            true, QDate(2026, 6, 1));
        m_productId = product.after.products.first().meta.id;
        QVERIFY(!metrics.apply(product.after));
        MetricDefinition activation = *metrics.definition(QStringLiteral("activation"));
        activation.bands =
            BenchmarkBands{20, 30, 40, QStringLiteral("Benchmarks"), QDate(2025, 3, 1)};
        MetricsEdit bands;
        bands.definitions = {activation};
        QVERIFY(!metrics.apply(bands));
        // Three years of daily values with one spike that down-sampling must keep.
        QList<MetricPoint> points;
        for (QDate day = lastDay.addDays(-3 * 365); day <= lastDay; day = day.addDays(1))
            points.append({{},
                           m_productId,
                           QStringLiteral("activation"),
                           day,
                           day == QDate(2025, 2, 10) ? Spike : 30 + (day.day() % 7)});
        QVERIFY(metrics.importPoints(points));
        GrowthReview review;
        review.productId = m_productId;
        review.month = QDate(2026, 10, 1);
        review.doneOn = QDate(2026, 10, 2);
        review.notes = QStringLiteral("Looked fine");
        MetricsEdit reviews;
        reviews.reviews = {review};
        QVERIFY(!metrics.apply(reviews));
        m_session = session.get();

        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setSession(std::move(session));
        QVERIFY(m_window->showPane(QStringLiteral("metrics")));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pane = qobject_cast<MetricsPane *>(m_window->currentPane());
        QVERIFY(m_pane);
        QTRY_VERIFY(view(m_pane)->rawLine() && view(m_pane)->rawLine()->count() > 0);
    }

    void chartShowsSeriesAverageBandsAndReviews()
    {
        MetricChartView *chart = view(m_pane);
        QCOMPARE(m_pane->productBox()->currentText(), QStringLiteral("Session Replay"));
        QCOMPARE(m_pane->metricBox()->currentData().toString(), QStringLiteral("activation"));
        QVERIFY(chart->averageLine()->count() > 0);
        QCOMPARE(chart->bandAreas().size(), 4);
        QVERIFY(chart->reviewMarks());
        QCOMPARE(chart->reviewMarks()->count(), 1); // October's review, inside the last year
        QVERIFY(
            m_pane->infoLabel()->text().contains(QStringLiteral("from Benchmarks, March 2025")));
    }

    void rangesAndDownSampling()
    {
        MetricChartView *chart = view(m_pane);
        QSignalSpy added(chart->rawLine(), &QXYSeries::pointAdded);
        QSignalSpy replaced(chart->rawLine(), &QXYSeries::pointsReplaced);
        QTest::mouseClick(m_pane->rangeButton(MetricChart::Range::All), Qt::LeftButton);
        QCOMPARE(chart->visibleFrom(), lastDay.addDays(-3 * 365));
        QCOMPARE(chart->visibleTo(), lastDay);
        // Never more points than pixels, and the spike survives down-sampling.
        QVERIFY(chart->rawLine()->count() <= chart->pointBudget());
        QVERIFY(chart->rawLine()->count() < 3 * 365);
        double highest = 0;
        for (const QPointF &point : chart->rawLine()->points())
            highest = std::max(highest, point.y());
        QCOMPARE(highest, Spike);

        QTest::mouseClick(m_pane->rangeButton(MetricChart::Range::ThreeMonths), Qt::LeftButton);
        QCOMPARE(chart->visibleFrom(), lastDay.addDays(-91));
        QVERIFY(chart->rawLine()->count() >= 90);
        QTest::mouseClick(m_pane->rangeButton(MetricChart::Range::OneYear), Qt::LeftButton);
        QCOMPARE(chart->visibleFrom(), lastDay.addDays(-365));
        // The value axis keeps round, readable ticks however often the chart refreshes.
        auto *values = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).first());
        QVERIFY(values);
        QVERIFY2(values->tickCount() >= 4, qPrintable(QString::number(values->tickCount())));
        // Lines are refilled whole, never point by point.
        QCOMPARE(added.count(), 0);
        QVERIFY(replaced.count() >= 3);
    }

    void compareZoomPanAndHover()
    {
        MetricChartView *chart = view(m_pane);
        QCOMPARE(chart->compareLine()->count(), 0);
        QTest::mouseClick(m_pane->compareBox(), Qt::LeftButton);
        QVERIFY(chart->compare());
        QVERIFY(chart->compareLine()->count() > 0);
        // The comparison is last year's values moved onto this year.
        QVERIFY(
            chart->compareLine()->points().first().x() >=
            double(
                chart->visibleFrom().addDays(-2).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch()));
        QTest::mouseClick(m_pane->compareBox(), Qt::LeftButton);
        QCOMPARE(chart->compareLine()->count(), 0);

        const qint64 before = chart->visibleFrom().daysTo(chart->visibleTo());
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Plus);
        QTRY_VERIFY(chart->visibleFrom().daysTo(chart->visibleTo()) < before);
        const QDate from = chart->visibleFrom();
        QTest::keyClick(chart, Qt::Key_Left);
        QTRY_VERIFY(chart->visibleFrom() < from);
        QTest::keyClick(chart, Qt::Key_0); // back to the chosen range
        QTRY_COMPARE(chart->visibleTo(), lastDay);

        const QString hover = chart->hoverText(QDate(2025, 2, 10));
        QVERIFY2(hover.startsWith(QStringLiteral("2025-02-10: 95.0%")), qPrintable(hover));
        QVERIFY(hover.contains(QStringLiteral("since 2025-02-09")));
        QVERIFY(hover.contains(QStringLiteral("Rolling 3-month average")));
        QVERIFY(hover.contains(QStringLiteral("Band: ")));
    }

    // The hover text stays while the pointer rests over the plot (it went after about a
    // second, when Qt asked the chart's scene for a tooltip), and goes when it leaves the plot.
    void hoverTextStaysWhileThePointerRests()
    {
        MetricChartView *chart = view(m_pane);
        const QRectF plot = chart->chart()->plotArea();
        QVERIFY(!plot.isEmpty());
        QWidget *viewport = chart->viewport();
        const QPoint inside =
            QPointF(plot.left() + plot.width() * 0.4, plot.center().y()).toPoint();
        QTest::mouseMove(viewport, inside - QPoint(5, 0));
        QTest::mouseMove(viewport, inside);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("Rolling 3-month average")), qPrintable(text));
        // Resting: Qt's tooltip request comes after 700 ms; the text is still there well after.
        QTest::qWait(3000);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
        // Off the plot, in the chart's margin: gone.
        QTest::mouseMove(viewport, QPoint(2, 2));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void reviewScheduleMarkDone()
    {
        QAbstractItemModel *table = m_pane->reviewTable()->model();
        QAbstractItemModelTester tester(table,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto text = [table](int row, int column) {
            return table->index(row, column).data().toString();
        };
        // Reviews from June 2026: overdue ones first.
        QCOMPARE(text(0, 3), QStringLiteral("overdue"));
        int novemberRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (text(row, 0) == QLatin1String("2026-11"))
                novemberRow = row;
        QVERIFY(novemberRow >= 0);
        QCOMPARE(text(novemberRow, 3), QStringLiteral("overdue"));
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<ReviewDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Churn down"));
            dialog->findChild<QLineEdit *>()->setText(QStringLiteral("https://example.org/r"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_pane->markReviewDone(novemberRow);
        const QList<GrowthReview> reviews = m_session->metrics().reviews();
        QCOMPARE(reviews.size(), 2);
        QCOMPARE(reviews.last().notes, QStringLiteral("Churn down"));
        QCOMPARE(reviews.last().doneOn, m_session->today());
        QCOMPARE(view(m_pane)->reviewMarks()->count(), 2);
        m_session->undoStack().undo();
        QCOMPARE(m_session->metrics().reviews().size(), 1);
    }

    void catalogueEditIsUndoable()
    {
        MetricDefinition churn = *m_session->metrics().definition(QStringLiteral("churn"));
        MetricDefinition renamed = churn;
        renamed.name = QStringLiteral("Logo churn");
        QVERIFY(m_pane->record(MetricsEdits::saveDefinition(churn, renamed)));
        QVERIFY(m_pane->metricBox()->findText(QStringLiteral("Logo churn")) >= 0);
        QAbstractItemModel *catalogue = m_pane->catalogueTable()->model();
        QVERIFY(!catalogue
                     ->match(catalogue->index(0, 1), Qt::DisplayRole, QStringLiteral("Logo churn"),
                             -1, Qt::MatchExactly)
                     .isEmpty());
        m_session->undoStack().undo();
        QVERIFY(m_pane->metricBox()->findText(QStringLiteral("Logo churn")) < 0);
        QCOMPARE(m_session->metrics().definition(QStringLiteral("churn"))->name, churn.name);
        // The chart kept its series through the refresh.
        QCOMPARE(m_pane->metricBox()->currentData().toString(), QStringLiteral("activation"));
        QVERIFY(view(m_pane)->rawLine()->count() > 0);
    }

    void reviewModeSmallMultiplesAndPdf()
    {
        ReviewModeDialog dialog(m_session->metrics(), m_productId, QDate(2026, 11, 1), m_pane);
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // One small chart per catalogue entry, each with its figures for October.
        QCOMPARE(dialog.charts().size(), m_session->metrics().definitions().size());
        const QStringList figures = dialog.figureTexts();
        QVERIFY2(figures.first().startsWith(QStringLiteral("Activation rate: ")),
                 qPrintable(figures.first()));
        QVERIFY(figures.first().contains(QStringLiteral("MoM ")));
        QVERIFY(figures.first().contains(QStringLiteral("YoY ")));
        QVERIFY(figures.first().contains(QStringLiteral("band: ")));
        QVERIFY(figures.last().contains(QStringLiteral("no data"))); // no revenue imported
        for (MetricChart *chart : dialog.charts()) {
            auto *drawn = qobject_cast<MetricChartView *>(chart->widget());
            QVERIFY(drawn);
            QVERIFY(drawn->drawnPointCount() <= 3 * drawn->pointBudget());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY(!dialog.exportPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
        QVERIFY(file.size() > 5000);
        if (qEnvironmentVariableIsSet("CADENCE_KEEP_REVIEW_SHOT"))
            dialog.grab().save(qEnvironmentVariable("CADENCE_KEEP_REVIEW_SHOT") +
                               QStringLiteral(".png"));
    }

    void importIsUndoable()
    {
        // One changed value (the spike) and one new metric for the pane's product.
        const QString path = m_dir.filePath(QStringLiteral("import.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("date,product,metric,value\n"
                       "2025-02-10,Session Replay,activation,50\n"
                       "2026-11-01,Session Replay,revenue,1200\n"
                       "2026-11-02,Session Replay,revenue,1300\n");
        }
        MetricsRepository &metrics = m_session->metrics();
        const qint64 pointsBefore = metrics.pointCount();
        const int undoBefore = m_session->undoStack().index();
        QSignalSpy messages(m_pane, &Pane::statusMessage);
        m_pane->importCsv(path, false);
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.first().first().toString().contains(QStringLiteral("2 new, 1 changed")),
                 qPrintable(messages.first().first().toString()));
        QCOMPARE(m_session->undoStack().index(), undoBefore + 1);
        QCOMPARE(metrics.pointCount(), pointsBefore + 2);
        QCOMPARE(metrics
                     .series(m_productId, QStringLiteral("activation"), QDate(2025, 2, 10),
                             QDate(2025, 2, 10))
                     .first()
                     .value,
                 50.0);
        m_session->undoStack().undo();
        QCOMPARE(metrics.pointCount(), pointsBefore);
        QCOMPARE(metrics
                     .series(m_productId, QStringLiteral("activation"), QDate(2025, 2, 10),
                             QDate(2025, 2, 10))
                     .first()
                     .value,
                 Spike);
        QVERIFY(metrics.series(m_productId, QStringLiteral("revenue")).isEmpty());
        m_session->undoStack().redo();
        QCOMPARE(metrics.pointCount(), pointsBefore + 2);
        m_session->undoStack().undo();
        // The same file twice: the second import changes nothing and adds no undo step.
        m_pane->importCsv(path, false);
        m_pane->importCsv(path, false);
        QCOMPARE(m_session->undoStack().index(), undoBefore + 1);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("3 unchanged")));
        m_session->undoStack().undo();
        QCOMPARE(metrics.pointCount(), pointsBefore);
    }

    void smallWindowKeepsControlsWhole()
    {
        m_window->resize(800, 560);
        QTRY_COMPARE(m_pane->findChild<QSplitter *>()->orientation(), Qt::Vertical);
        QCoreApplication::processEvents();
        // Every control of the toolbar at least as wide as it needs, none outside the pane.
        for (QWidget *control : {static_cast<QWidget *>(m_pane->productBox()),
                                 static_cast<QWidget *>(m_pane->metricBox()),
                                 static_cast<QWidget *>(m_pane->compareBox())}) {
            QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(QLatin1String(control->metaObject()->className()))
                                    .arg(control->width())
                                    .arg(control->minimumSizeHint().width())));
            const QRect inPane(control->mapTo(m_pane, QPoint(0, 0)), control->size());
            QVERIFY(m_pane->rect().contains(inPane));
        }
        QVERIFY(m_pane->productBox()->width() >= 90);
        // Every tab's title whole (no scroll buttons needed) and the chart the larger part.
        QTabBar *tabs = m_pane->sideTabs()->tabBar();
        QVERIFY(tabs->width() >= tabs->sizeHint().width());
        QVERIFY(view(m_pane)->height() > m_pane->sideTabs()->height() / 2);
        m_window->resize(1280, 800);
        QTRY_COMPARE(m_pane->findChild<QSplitter *>()->orientation(), Qt::Horizontal);
    }

    void emptyWorkspaceSaysWhatToDo()
    {
        auto clock = std::make_shared<FixedClock>(TestWorkspace::defaultNow());
        auto created = WorkspaceFactory::create(m_dir.filePath(QStringLiteral("e.cadence")), clock,
                                                WorkspaceFactory::Content::Empty);
        QVERIFY(created);
        MainWindow window;
        window.setPersistent(false);
        window.setSession(created.take());
        QVERIFY(window.showPane(QStringLiteral("metrics")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = qobject_cast<MetricsPane *>(window.currentPane());
        QVERIFY(pane);
        // No empty axes and no bare grid: a message says what to do first.
        QVERIFY(!view(pane)->isVisible());
        QVERIFY(pane->chartEmptyState()->isVisible());
        QVERIFY(pane->chartEmptyState()->text().contains(QStringLiteral("Import")));
        QVERIFY(pane->reviewsEmptyState()->isVisible());
        QVERIFY(pane->reviewsEmptyState()->text().contains(QStringLiteral("product-market fit")));
        QVERIFY(!pane->findChild<QPushButton *>(QStringLiteral("markReviewDone"))->isEnabled());
    }

    void importPreviewMarksTheBadLines()
    {
        const MetricsCsv::Catalogue catalogue = MetricsCsv::catalogue(*m_session);
        const QString path =
            qEnvironmentVariable("CADENCE_TEST_DATA") + QStringLiteral("/csv/bad_dates.csv");
        auto preview = MetricsCsv::readFile(path, catalogue);
        QVERIFY(preview);
        CsvImportDialog dialog(
            preview.value(), {}, catalogue,
            [&](const MetricsCsv::Options &options) {
                return MetricsCsv::readFile(path, catalogue, options);
            },
            m_pane);
        QVERIFY(!dialog.canImport());
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        // The mapping first, then the rows by their line in the file, as the errors say.
        QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("read as"));
        QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(1, 0)->toolTip(), QString());
        QVERIFY(table->item(2, 0)->toolTip().startsWith(QStringLiteral("line 3: ")));
        QVERIFY(table->item(3, 0)->toolTip().startsWith(QStringLiteral("line 4: ")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->buttons().size(), 1); // Cancel only: nothing can be imported
    }

    void definitionDialogSaysWhyItCannotSave()
    {
        MetricDefinition churn = *m_session->metrics().definition(QStringLiteral("churn"));
        MetricDefinitionDialog dialog(churn, false, {}, m_pane);
        dialog.show();
        auto *why = dialog.findChild<QLabel *>(QStringLiteral("definitionProblem"));
        QVERIFY(why);
        QVERIFY(!why->isVisible());
        auto *bands = dialog.findChild<QCheckBox *>();
        bands->setChecked(true);
        // Lower is better for churn: poor must be above good.
        const QList<QDoubleSpinBox *> thresholds = dialog.findChildren<QDoubleSpinBox *>();
        QCOMPARE(thresholds.size(), 3);
        thresholds[0]->setValue(2);
        thresholds[1]->setValue(5);
        thresholds[2]->setValue(1);
        QVERIFY(why->isVisible());
        QVERIFY(why->text().contains(QStringLiteral("Lower is better")));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void withoutTheChartsModuleThePaneSaysWhy()
    {
        // Not linked in, and no module beside the test: as if cadence-charts.so were missing.
        ChartModule::useLinkedIn(nullptr);
        MetricsPane pane(*m_session);
        pane.resize(1280, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.chart());
        // In place of the chart, the file that is missing; the figures under it still there.
        QVERIFY(pane.chartEmptyState()->isVisible());
        QVERIFY2(pane.chartEmptyState()->text().contains(ChartModule::fileName()),
                 qPrintable(pane.chartEmptyState()->text()));
        QVERIFY(pane.infoLabel()->isVisible());
        QVERIFY(pane.infoLabel()->text().contains(QStringLiteral("Latest: ")));
        // No control that would act on the chart.
        QVERIFY(!pane.rangeButton(MetricChart::Range::All)->isEnabled());
        QVERIFY(!pane.compareBox()->isEnabled());
        QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("exportChart"))->isEnabled());

        // Review mode keeps its figures, and says why there are no charts.
        ReviewModeDialog dialog(m_session->metrics(), m_productId, QDate(2026, 11, 1), &pane);
        QVERIFY(dialog.charts().isEmpty());
        QCOMPARE(dialog.figureTexts().size(), m_session->metrics().definitions().size());
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said = said || label->text().contains(ChartModule::fileName());
        QVERIFY(said);
        ChartModule::useLinkedIn(cadence_chart_module());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMetricsPane)
#include "tst_metricspane.moc"
