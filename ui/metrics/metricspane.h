#pragma once

#include "charts/metricchart.h"
#include "metrics/metricstypes.h"
#include "shell/pane.h"

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class MetricCatalogueModel;
class ProductListModel;
class QTabWidget;
class QTableView;
class ReviewListModel;

// Product metrics for growth reviews: the chart of one product's metric (raw series,
// rolling average, benchmark bands, reviews), the growth-review schedule with due and
// overdue reviews, the metric catalogue and the products, CSV import and review mode.
// Every edit is an undoable command.
class MetricsPane final : public Pane
{
    Q_OBJECT

public:
    explicit MetricsPane(WorkspaceSession &session, QWidget *parent = nullptr);

    static PaneInfo info();
    // A product: its chart, and its growth review of the ref's month selected in the schedule.
    bool showRecord(const RecordRef &ref) override;

    // For tests: the parts of the pane. No chart when the charts module cannot be loaded.
    MetricChart *chart() const { return m_chart; }
    QComboBox *productBox() const { return m_product; }
    QComboBox *metricBox() const { return m_metric; }
    QAbstractButton *rangeButton(MetricChart::Range range) const;
    QCheckBox *compareBox() const { return m_compare; }
    QTableView *reviewTable() const { return m_reviews; }
    QTableView *catalogueTable() const { return m_catalogue; }
    QTableView *productTable() const { return m_products; }
    QLabel *infoLabel() const { return m_info; }
    QLabel *chartEmptyState() const { return m_chartEmpty; }
    QLabel *reviewsEmptyState() const { return m_reviewsEmpty; }
    QTabWidget *sideTabs() const { return m_tabs; }

    // Records an edit through the undo stack; false (and a status message) if it failed.
    bool record(MetricsChange change);
    // Imports a CSV file after showing its preview (interactive) or directly.
    void importCsv(const QString &path, bool interactive = true);
    void markReviewDone(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createSide();
    void reload();
    void reloadChart();
    void reloadTables();
    void updateInfo();
    void addDefinition();
    void editDefinition();
    void removeDefinition();
    void addProduct();
    void editProduct();
    void removeProduct();
    void exportChart();
    void openReviewMode();

    MetricChart *m_chart = nullptr;
    QString m_chartProblem;  // why there is no chart
    MetricChartData m_shown; // what the chart shows, or would show
    QComboBox *m_product;
    QComboBox *m_metric;
    QButtonGroup *m_ranges;
    QCheckBox *m_compare;
    QLabel *m_info;
    QTabWidget *m_tabs;
    ReviewListModel *m_reviewModel;
    MetricCatalogueModel *m_catalogueModel;
    ProductListModel *m_productModel;
    QTableView *m_reviews;
    QTableView *m_catalogue;
    QTableView *m_products;
    QSplitter *m_splitter;
    QLabel *m_chartEmpty;
    QLabel *m_reviewsEmpty;
    QLabel *m_catalogueEmpty;
    QLabel *m_productsEmpty;
    QList<MetricDefinition> m_definitions;
    QList<Product> m_productList;
    bool m_reloading = false;
};
