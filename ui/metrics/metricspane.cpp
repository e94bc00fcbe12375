#include "metricspane.h"

#include "charts/chartmodule.h"
#include "charts/metricchartdata.h"
#include "commands/metricscommand.h"
#include "coverage/coveragerepository.h"
#include "csvimportdialog.h"
#include "formats/metricscsv.h"
#include "metricinfotext.h"
#include "metrics/metriccataloguemodel.h"
#include "metrics/metricsedits.h"
#include "metrics/metricsrepository.h"
#include "metrics/productlistmodel.h"
#include "metrics/reviewlistmodel.h"
#include "metrics/reviewschedule.h"
#include "metricsdialogs.h"
#include "reviewmodedialog.h"
#include "workspace/workspacesession.h"

#include "widgets/filedialogs.h"
#include "widgets/panetoolbar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *table = new QTableView;
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(26);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit the first rows, not all of them: with hundreds of products the review
    // schedule has thousands of rows, and measuring each one slowed opening the pane.
    table->horizontalHeader()->setResizeContentsPrecision(64);
    table->setWordWrap(false);
    // The last column takes the width that is left, and long notes end in "…" (the whole note
    // is in the tooltip), so that no column is cut off at the pane's edge.
    table->setTextElideMode(Qt::ElideRight);
    table->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return table;
}

// A grey message over an empty table (as in Coverage), shown while the table has no rows.
QLabel *emptyState(QTableView *table)
{
    auto *label = new QLabel;
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setMargin(16);
    auto *layout = new QVBoxLayout(table->viewport());
    layout->addWidget(label);
    return label;
}

} // namespace

PaneInfo MetricsPane::info()
{
    return {QStringLiteral("metrics"), tr("Metrics"),
            QIcon(QStringLiteral(":/cadence/icons/metrics.svg")), Area::Metrics};
}

MetricsPane::MetricsPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, info(), parent)
    , m_product(new QComboBox)
    , m_metric(new QComboBox)
    , m_ranges(new QButtonGroup(this))
    , m_compare(new QCheckBox(tr("Compare")))
    , m_info(new QLabel)
    , m_tabs(new QTabWidget)
    , m_reviewModel(new ReviewListModel(session, this))
    , m_catalogueModel(new MetricCatalogueModel(session.metrics(), this))
    , m_productModel(new ProductListModel(session, this))
    , m_reviews(makeTable(m_reviewModel))
    , m_catalogue(makeTable(m_catalogueModel))
    , m_products(makeTable(m_productModel))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_chartEmpty(new QLabel)
    , m_reviewsEmpty(emptyState(m_reviews))
    , m_catalogueEmpty(emptyState(m_catalogue))
    , m_productsEmpty(emptyState(m_products))
{
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setOpenExternalLinks(true);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_chartEmpty->setObjectName(QStringLiteral("metricsChartEmptyState"));
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setTextFormat(Qt::RichText);
    m_chartEmpty->setEnabled(false);
    m_chartEmpty->setMargin(24);

    auto *chartSide = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    // The first chart loads the charts module. Without it the pane still works, and says why
    // there is no chart where the chart would be.
    if (Result<MetricChart *> chart = ChartModule::createMetricChart()) {
        m_chart = chart.value();
        chartLayout->addWidget(m_chart->widget(), 1);
        m_chart->widget()->setMinimumSize(280, 200);
        m_chart->setShowsTitle(false); // the toolbar and the lines under the chart say it
    } else {
        m_chartProblem = chart.problem().text();
    }
    chartLayout->addWidget(m_chartEmpty, 1);
    chartLayout->addWidget(m_info);

    // Side by side when there is room; in a small window the tables go under the chart, which
    // keeps most of the space, rather than squeezing both into unreadable columns.
    m_splitter->addWidget(chartSide);
    m_splitter->addWidget(createSide());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(createToolbar());
    layout->addWidget(m_splitter, 1);

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reloadChart();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reloadChart();
    });
    if (m_chart) {
        connect(m_ranges, &QButtonGroup::idClicked, this,
                [this](int id) { m_chart->setRange(MetricChart::Range(id)); });
        connect(m_compare, &QCheckBox::toggled, this,
                [this](bool compare) { m_chart->setCompare(compare); });
    }
    session.changes().whenChanged(Area::Metrics, this, [this] { reload(); });
    reload();
}

QWidget *MetricsPane::createToolbar()
{
    // The title and the actions, then what the chart shows.
    auto *bar = new PaneToolbar(title());
    QHBoxLayout *top = bar->top();
    QHBoxLayout *row = bar->bottom();
    top->addStretch(1);
    auto *import = new QPushButton(tr("Import…"));
    import->setToolTip(tr("Import metric series from a CSV file"));
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportChart"));
    exportButton->setToolTip(tr("Export the chart as PNG, SVG or PDF"));
    auto *review = new QPushButton(tr("Review…"));
    review->setToolTip(tr("Step through a product's metrics for its growth review"));
    top->addWidget(import);
    top->addWidget(exportButton);
    top->addWidget(review);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("Import metric series"), {},
                                                   tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, &MetricsPane::exportChart);
    if (!m_chart) {
        exportButton->setEnabled(false);
        exportButton->setToolTip(m_chartProblem);
    }
    connect(review, &QPushButton::clicked, this, &MetricsPane::openReviewMode);

    row->addWidget(new QLabel(tr("Product")));
    m_product->setMinimumContentsLength(8);
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_product->setMaximumWidth(260);
    row->addWidget(m_product, 1);
    row->addSpacing(6);
    row->addWidget(new QLabel(tr("Metric")));
    m_metric->setMinimumContentsLength(8);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_metric->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_metric->setMaximumWidth(260);
    row->addWidget(m_metric, 1);
    row->addSpacing(6);
    // The ranges sit together, as one control.
    auto *rangeRow = new QHBoxLayout;
    rangeRow->setSpacing(0);
    const std::pair<MetricChart::Range, QString> ranges[] = {
        {MetricChart::Range::ThreeMonths, tr("3M")},
        {MetricChart::Range::SixMonths, tr("6M")},
        {MetricChart::Range::OneYear, tr("1Y")},
        {MetricChart::Range::ThreeYears, tr("3Y")},
        {MetricChart::Range::All, tr("All")}};
    const MetricChart::Range shown = m_chart ? m_chart->range() : MetricChart::Range::OneYear;
    const QStringList rangeTips = {tr("The last 3 months"), tr("The last 6 months"),
                                   tr("The last year"), tr("The last 3 years"), tr("Every value")};
    int tip = 0;
    for (const auto &[range, label] : ranges) {
        auto *button = new QToolButton;
        button->setText(label);
        button->setToolTip(rangeTips[tip++]);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == shown);
        button->setEnabled(m_chart != nullptr); // nothing to show the range of
        m_ranges->addButton(button, int(range));
        rangeRow->addWidget(button);
    }
    row->addLayout(rangeRow);
    row->addSpacing(6);
    m_compare->setToolTip(tr("Also draw the previous period, shifted onto this one"));
    m_compare->setEnabled(m_chart != nullptr);
    row->addWidget(m_compare);
    row->addStretch(0);
    return bar;
}

QWidget *MetricsPane::createSide()
{
    auto buttons = [](std::initializer_list<QPushButton *> list) {
        auto *row = new QHBoxLayout;
        for (QPushButton *button : list)
            row->addWidget(button);
        row->addStretch();
        return row;
    };

    auto *reviewsPage = new QWidget;
    auto *reviewsLayout = new QVBoxLayout(reviewsPage);
    auto *done = new QPushButton(tr("Mark done…"));
    done->setObjectName(QStringLiteral("markReviewDone"));
    done->setToolTip(tr("Mark the selected review done, with notes and a link"));
    done->setEnabled(false);
    connect(m_reviews->selectionModel(), &QItemSelectionModel::currentRowChanged, done,
            [done](const QModelIndex &current) { done->setEnabled(current.isValid()); });
    reviewsLayout->addWidget(m_reviews, 1);
    reviewsLayout->addLayout(buttons({done}));
    connect(done, &QPushButton::clicked, this,
            [this] { markReviewDone(m_reviews->currentIndex().row()); });
    connect(m_reviews, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { markReviewDone(index.row()); });

    auto *cataloguePage = new QWidget;
    auto *catalogueLayout = new QVBoxLayout(cataloguePage);
    auto *addMetric = new QPushButton(tr("Add…"));
    auto *editMetric = new QPushButton(tr("Edit…"));
    auto *removeMetric = new QPushButton(tr("Remove"));
    catalogueLayout->addWidget(m_catalogue, 1);
    catalogueLayout->addLayout(buttons({addMetric, editMetric, removeMetric}));
    connect(addMetric, &QPushButton::clicked, this, &MetricsPane::addDefinition);
    connect(editMetric, &QPushButton::clicked, this, &MetricsPane::editDefinition);
    connect(removeMetric, &QPushButton::clicked, this, &MetricsPane::removeDefinition);
    connect(m_catalogue, &QTableView::doubleClicked, this, &MetricsPane::editDefinition);

    auto *productsPage = new QWidget;
    auto *productsLayout = new QVBoxLayout(productsPage);
    auto *addProductButton = new QPushButton(tr("Add…"));
    auto *editProductButton = new QPushButton(tr("Edit…"));
    auto *removeProductButton = new QPushButton(tr("Remove"));
    productsLayout->addWidget(m_products, 1);
    productsLayout->addLayout(buttons({addProductButton, editProductButton, removeProductButton}));
    connect(addProductButton, &QPushButton::clicked, this, &MetricsPane::addProduct);
    connect(editProductButton, &QPushButton::clicked, this, &MetricsPane::editProduct);
    connect(removeProductButton, &QPushButton::clicked, this, &MetricsPane::removeProduct);
    connect(m_products, &QTableView::doubleClicked, this, &MetricsPane::editProduct);

    m_tabs->addTab(reviewsPage, tr("Reviews"));
    m_tabs->addTab(cataloguePage, tr("Catalogue"));
    m_tabs->addTab(productsPage, tr("Products"));
    return m_tabs;
}

void MetricsPane::resizeEvent(QResizeEvent *event)
{
    Pane::resizeEvent(event);
    const Qt::Orientation wanted = event->size().width() < 900 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        // Under the table, the chart keeps the larger share; beside it, half: the reviews'
        // month, product, due date and status take some 360 pixels, and the notes need room
        // after them to be read at all.
        // (The splitter is laid out after this event: estimate from the pane's new size.)
        const int total =
            wanted == Qt::Vertical ? event->size().height() - 90 : event->size().width() - 32;
        updateInfo();
        m_splitter->setSizes(wanted == Qt::Vertical ? QList<int>{total * 3 / 5, total * 2 / 5}
                                                    : QList<int>{total / 2, total / 2});
    }
}

bool MetricsPane::showRecord(const RecordRef &ref)
{
    const int index = ref.table == QLatin1String("product") ? m_product->findData(ref.id) : -1;
    if (index < 0)
        return false;
    m_product->setCurrentIndex(index);
    m_tabs->setCurrentIndex(0);
    for (int row = 0; row < m_reviewModel->rowCount(); ++row) {
        const QModelIndex cell = m_reviewModel->index(row, 0);
        if (cell.data(ReviewListModel::MonthRole).toDate() == ref.day &&
            cell.data(ReviewListModel::ProductIdRole).toString() == ref.id) {
            m_reviews->setCurrentIndex(cell);
            m_reviews->scrollTo(cell);
        }
    }
    return true;
}

QAbstractButton *MetricsPane::rangeButton(MetricChart::Range range) const
{
    return m_ranges->button(int(range));
}

void MetricsPane::reload()
{
    m_definitions = m_catalogueModel->definitions();
    m_productList = m_productModel->products();
    m_reloading = true;
    const QString productId = m_product->currentData().toString();
    const QString key = m_metric->currentData().toString();
    m_product->clear();
    for (const Product &product : std::as_const(m_productList))
        m_product->addItem(product.name, product.meta.id);
    m_metric->clear();
    for (const MetricDefinition &definition : std::as_const(m_definitions))
        m_metric->addItem(definition.name, definition.key);
    int productIndex = m_product->findData(productId);
    // First open: the first product with growth reviews is the one most likely wanted.
    for (int i = 0; productIndex < 0 && i < m_productList.size(); ++i)
        if (m_productList[i].productMarketFit)
            productIndex = i;
    m_product->setCurrentIndex(std::max(0, productIndex));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(key)));
    m_reloading = false;
    reloadChart();
    reloadTables();
}

void MetricsPane::reloadChart()
{
    const int productIndex = m_product->currentIndex();
    const int metricIndex = m_metric->currentIndex();
    if (productIndex < 0 || metricIndex < 0) {
        m_shown = {};
        if (m_chart)
            m_chart->setData({});
        updateInfo();
        return;
    }
    const bool sameSeries = m_chart && m_chart->isZoomed() && !m_shown.series.isEmpty() &&
                            m_shown.series.first().label == m_productList[productIndex].name &&
                            m_shown.definition.key == m_definitions[metricIndex].key;
    // The figures under the chart need the data even when there is no chart to draw it.
    m_shown = loadMetricChartData(session().metrics(), {m_productList[productIndex]},
                                  m_definitions[metricIndex]);
    if (m_chart) {
        const QDate from = m_chart->visibleFrom();
        const QDate to = m_chart->visibleTo();
        // setData() shows the chart's current range (no second refresh through setRange()).
        m_chart->setData(m_shown); // shared, not copied
        // A refresh after an edit keeps the zoom the user chose, if any.
        if (sameSeries && from.isValid())
            m_chart->setVisibleRange(from, to);
    }
    updateInfo();
}

void MetricsPane::updateInfo()
{
    const int productIndex = m_product->currentIndex();
    const int metricIndex = m_metric->currentIndex();
    // No empty axes: without a product and a metric there is nothing to chart.
    const bool charted = productIndex >= 0 && metricIndex >= 0;
    if (m_chart)
        m_chart->widget()->setVisible(charted);
    m_chartEmpty->setVisible(!charted || !m_chart);
    m_info->setVisible(charted);
    if (m_productList.isEmpty() && m_definitions.isEmpty()) {
        m_chartEmpty->setText(
            tr("<p style='font-size:large'>No metrics yet</p><p>Add your products under "
               "<b>Products</b> and your metric definitions under <b>Catalogue</b>, then "
               "<b>Import…</b> their series from a CSV file (<tt>date,product,metric,value</tt>, "
               "or one column per metric).</p>"));
        return;
    }
    if (m_productList.isEmpty()) {
        m_chartEmpty->setText(tr("<p style='font-size:large'>No products yet</p><p>Add them "
                                 "under <b>Products</b>, then <b>Import…</b> their series from "
                                 "a CSV file.</p>"));
        return;
    }
    if (!charted) {
        m_chartEmpty->setText(tr("<p style='font-size:large'>The catalogue is empty</p><p>Add "
                                 "a metric under <b>Catalogue</b>: its key is the name of its "
                                 "column in your CSV files.</p>"));
        return;
    }
    if (!m_chart)
        m_chartEmpty->setText(tr("<p style='font-size:large'>Charts are not available</p><p>%1</p>")
                                  .arg(m_chartProblem.toHtmlEscaped()));
    const MetricDefinition &definition = m_definitions[metricIndex];
    m_metric->setToolTip(QStringLiteral("%1: %2").arg(
        definition.name, MetricInfoText::writtenDefinition(definition)));
    // Under the chart (a small window) the definition stays in the metric's tooltip, and the
    // lines left are the figures.
    m_info->setText(MetricInfoText::html(
        definition, m_shown.series.first().raw, m_productList[productIndex].name,
        m_splitter->orientation() == Qt::Horizontal, session().today().addMonths(1)));
}

void MetricsPane::reloadTables()
{
    // Columns fit what they show; the last takes the rest of the width. Not
    // resizeColumnsToContents(): it sizes the stretched last column to its longest note too,
    // which pushed the notes past the pane's edge until the next resize.
    for (QTableView *table : {m_reviews, m_catalogue, m_products})
        for (int column = 0; column < table->model()->columnCount() - 1; ++column)
            table->resizeColumnToContents(column);
    const int overdue = m_reviewModel->overdueCount();
    m_tabs->setTabText(0, overdue > 0 ? tr("Reviews (%1 overdue)").arg(overdue) : tr("Reviews"));
    m_tabs->setTabToolTip(0, tr("Growth reviews: one per product with product-market fit at the "
                                "start of every month"));
    const bool anyFit = m_reviewModel->anyProductWithFit();
    m_reviewsEmpty->setText(
        !m_reviewModel->hasProducts()
            ? tr("No growth reviews yet.\nEach product with product-market fit gets one at the "
                 "start of every month: add your products under Products.")
            : tr("No growth reviews yet.\nNone of the products has product-market fit: mark "
                 "the ones that do under Products (Edit…), and their monthly reviews appear "
                 "here."));
    m_reviewsEmpty->setVisible(!anyFit);
    m_reviews->horizontalHeader()->setVisible(anyFit);
    const bool noDefinitions = m_catalogueModel->rowCount() == 0;
    m_catalogueEmpty->setText(
        tr("The catalogue is empty.\n\nAdd… a metric with its key (as in your CSV files), its "
           "written definition, its unit, which direction is good and its benchmark bands."));
    m_catalogueEmpty->setVisible(noDefinitions);
    m_catalogue->horizontalHeader()->setVisible(!noDefinitions);
    const bool noProducts = m_productModel->rowCount() == 0;
    m_productsEmpty->setText(
        tr("No products yet.\n\nAdd… each product with its team, and whether it has "
           "product-market fit (then it gets a growth review every month)."));
    m_productsEmpty->setVisible(noProducts);
    m_products->horizontalHeader()->setVisible(!noProducts);
}

bool MetricsPane::record(MetricsChange change)
{
    return pushEdit(new MetricsCommand(session().metrics(), std::move(change)));
}

void MetricsPane::importCsv(const QString &path, bool interactive)
{
    // A bulk write: on a file checked whole first.
    if (Outcome problem = session().verify()) {
        if (interactive)
            QMessageBox::warning(this, tr("Import"), problem->text());
        emit statusMessage(problem->text());
        return;
    }
    const MetricsCsv::Catalogue catalogue = MetricsCsv::catalogue(session());
    MetricsCsv::Options options;
    // The preview lists the products the file would add, ready to add: the box says so.
    options.addProducts = interactive;
    options.hints = {tr("tick the box above to add it"), tr("choose its metric above"),
                     tr("choose the product above")};
    auto preview = MetricsCsv::readFile(path, catalogue, options);
    if (!preview) {
        if (interactive)
            QMessageBox::warning(this, tr("Import"), preview.problem().text());
        emit statusMessage(preview.problem().text());
        return;
    }
    if (interactive) {
        CsvImportDialog dialog(
            preview.take(), options, catalogue,
            [&](const MetricsCsv::Options &chosen) {
                return MetricsCsv::readFile(path, catalogue, chosen);
            },
            this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = dialog.options();
    } else if (!preview.value().ok()) {
        emit statusMessage(preview.value().problem().text());
        return;
    }
    // Through the undo stack: an import is a user edit like any other (Edit ▸ Undo). The file
    // is read again as it is saved, with the choices made in the preview.
    auto *command = new MetricsImportCommand(session().metrics(),
                                             tr("Import %1").arg(QFileInfo(path).fileName()),
                                             MetricsCsv::pointsOf(path, catalogue, options));
    const std::shared_ptr<const MetricsImportReport> report = command->report();
    session().undoStack().push(command); // drops it when nothing changed
    if (report->problem) {
        emit statusMessage(report->problem->text());
        return;
    }
    emit statusMessage(tr("Imported %1: %2 new, %3 changed, %4 unchanged values")
                           .arg(QFileInfo(path).fileName())
                           .arg(report->counts.added)
                           .arg(report->counts.updated)
                           .arg(report->counts.unchanged));
}

void MetricsPane::markReviewDone(int row)
{
    const ScheduledReview *entry = m_reviewModel->reviewAt(row);
    if (!entry)
        return;
    const QDate month = entry->month;
    const QString productId = entry->product.meta.id;
    std::optional<GrowthReview> existing;
    for (const GrowthReview &review : session().metrics().reviews())
        if (review.productId == productId && review.month == month)
            existing = review;
    ReviewDialog dialog(entry->product.name, month, existing, session().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    record(MetricsEdits::recordReview(existing, productId, month, dialog.doneOn(), dialog.notes(),
                                      dialog.link()));
}

void MetricsPane::addDefinition()
{
    QStringList keys;
    for (const MetricDefinition &d : std::as_const(m_definitions))
        keys << d.key;
    MetricDefinitionDialog dialog(MetricDefinition{}, true, keys, this);
    if (dialog.exec() == QDialog::Accepted)
        record(MetricsEdits::saveDefinition(std::nullopt, dialog.definition()));
}

void MetricsPane::editDefinition()
{
    const MetricDefinition *shown =
        m_catalogueModel->definitionAt(m_catalogue->currentIndex().row());
    if (!shown)
        return;
    const MetricDefinition definition = *shown;
    MetricDefinitionDialog dialog(definition, false, {}, this);
    if (dialog.exec() == QDialog::Accepted && dialog.definition() != definition)
        record(MetricsEdits::saveDefinition(definition, dialog.definition()));
}

void MetricsPane::removeDefinition()
{
    const MetricDefinition *shown =
        m_catalogueModel->definitionAt(m_catalogue->currentIndex().row());
    // The series stay: re-adding the key brings the chart back, and Undo restores it.
    if (shown)
        record(MetricsEdits::removeDefinition(MetricDefinition(*shown)));
}

void MetricsPane::addProduct()
{
    ProductDialog dialog(Product{}, session().coverage().teams(), session().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Product product = dialog.product();
    record(MetricsEdits::addProduct(product.name, product.teamId, product.productMarketFit,
                                    product.pmfSince));
}

void MetricsPane::editProduct()
{
    const Product *shown = m_productModel->productAt(m_products->currentIndex().row());
    if (!shown)
        return;
    const Product product = *shown;
    ProductDialog dialog(product, session().coverage().teams(), session().today(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.product() != product)
        record(MetricsEdits::editProduct(product, dialog.product()));
}

void MetricsPane::removeProduct()
{
    if (const Product *shown = m_productModel->productAt(m_products->currentIndex().row()))
        record(MetricsEdits::removeProduct(Product(*shown)));
}

void MetricsPane::exportChart()
{
    if (!m_chart)
        return;
    const QString path = FileDialogs::saveFile(
        this, tr("Export chart"),
        QStringLiteral("%1 %2.png").arg(m_product->currentText(), m_metric->currentText()),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Outcome problem = m_chart->exportTo(path, m_chart->widget()->size()))
        QMessageBox::warning(this, tr("Export chart"), problem->text());
    else
        emit statusMessage(tr("Wrote %1").arg(path));
}

void MetricsPane::openReviewMode()
{
    const QDate today = session().today();
    ReviewModeDialog dialog(session().metrics(), m_product->currentData().toString(),
                            QDate(today.year(), today.month(), 1), this);
    dialog.exec();
}
