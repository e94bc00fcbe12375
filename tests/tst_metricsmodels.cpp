// The Metrics pane's tables as item models: the growth reviews (what needs doing on top), the
// catalogue and the products, each under the model tester and following the workspace's edits.
#include "metrics/metriccataloguemodel.h"
#include "metrics/metricsedits.h"
#include "metrics/metricsrepository.h"
#include "metrics/productlistmodel.h"
#include "metrics/reviewlistmodel.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestMetricsModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void reviewsPutWhatNeedsDoingFirst()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Sample);
        ReviewListModel model(workspace.session());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(ReviewListModel::ColumnCount));
        // Overdue, then due, then the rest; within each the most recent month first.
        auto rank = [](int status) {
            return status == int(ReviewStatus::Overdue) ? 0
                   : status == int(ReviewStatus::Due)   ? 1
                                                        : 2;
        };
        for (int row = 1; row < model.rowCount(); ++row) {
            const int before =
                rank(model.index(row - 1, 0).data(ReviewListModel::StatusRole).toInt());
            const int now = rank(model.index(row, 0).data(ReviewListModel::StatusRole).toInt());
            QVERIFY(before <= now);
            if (before == now)
                QVERIFY(model.index(row - 1, 0).data(ReviewListModel::MonthRole).toDate() >=
                        model.index(row, 0).data(ReviewListModel::MonthRole).toDate());
        }
        const QModelIndex status = model.index(0, ReviewListModel::StatusColumn);
        QCOMPARE(status.data().toString(),
                 reviewStatusKey(ReviewStatus(status.data(ReviewListModel::StatusRole).toInt())));
        QVERIFY(status.data(Qt::ForegroundRole).value<QColor>().isValid());
        QCOMPARE(model.overdueCount() > 0, status.data().toString() == QLatin1String("overdue"));

        // Marking the first one done moves it down, through the workspace's change signal.
        const ScheduledReview first = *model.reviewAt(0);
        MetricsEdit done =
            MetricsEdits::recordReview(std::nullopt, first.product.meta.id, first.month,
                                       workspace.session().today(), QStringLiteral("ok"), {})
                .after;
        QVERIFY(!workspace.session().metrics().apply(done));
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.reviewAt(row)->product.meta.id == first.product.meta.id &&
                model.reviewAt(row)->month == first.month) {
                found = true;
                QCOMPARE(model.reviewAt(row)->status, ReviewStatus::Done);
                QCOMPARE(model.index(row, ReviewListModel::NotesColumn).data().toString(),
                         QStringLiteral("ok"));
            }
        QVERIFY(found);
    }

    void theCatalogueAndTheProductsFollowEdits()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Sample);
        MetricCatalogueModel catalogue(workspace.session().metrics());
        ProductListModel products(workspace.session());
        QAbstractItemModelTester catalogueTester(
            &catalogue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester productsTester(
            &products, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int definitions = catalogue.rowCount();
        QVERIFY(definitions > 0);
        QCOMPARE(catalogue.index(0, MetricCatalogueModel::KeyColumn).data().toString(),
                 catalogue.definitionAt(0)->key);
        QCOMPARE(catalogue.index(0, MetricCatalogueModel::NameColumn).data(Qt::ToolTipRole),
                 QVariant(catalogue.definitionAt(0)->definition));
        const int before = products.rowCount();
        MetricsEdit zebraAdded =
            MetricsEdits::addProduct(QStringLiteral("Zebra"), {}, false, {}).after;
        QVERIFY(!workspace.session().metrics().apply(zebraAdded));
        QCOMPARE(products.rowCount(), before + 1);
        bool zebra = false;
        for (int row = 0; row < products.rowCount(); ++row)
            if (products.index(row, ProductListModel::NameColumn).data() ==
                QStringLiteral("Zebra")) {
                zebra = true;
                QCOMPARE(products.index(row, ProductListModel::MarketFitColumn).data().toString(),
                         QStringLiteral("no"));
            }
        QVERIFY(zebra);
        QCOMPARE(catalogue.rowCount(), definitions);
    }
};

QTEST_MAIN(TestMetricsModels)
#include "tst_metricsmodels.moc"
