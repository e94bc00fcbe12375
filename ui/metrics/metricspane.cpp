#include "metricspane.h"

#include "commands/metricscommand.h"
#include "coverage/coveragerepository.h"
#include "csvimportdialog.h"
#include "formats/metricscsv.h"
#include "metrics/metricsedits.h"
#include "metrics/metricsrepository.h"
#include "metrics/reviewschedule.h"
#include "metricsdialogs.h"
#include "reviewmodedialog.h"
#include "workspace/workspacesession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text, const QString &data = {})
{
    auto *cell = new QTableWidgetItem(text);
    if (!data.isNull())
        cell->setData(Qt::UserRole, data);
    return cell;
}

QColor statusColor(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Overdue:
        return QColor(0xc0, 0x39, 0x2b);
    case ReviewStatus::Due:
        return QColor(0xb7, 0x79, 0x1f);
    case ReviewStatus::Done:
        return QColor(0x2f, 0x85, 0x5a);
    case ReviewStatus::Upcoming:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

} // namespace

MetricsPane::MetricsPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, parent)
    , m_chart(new MetricChartView)
    , m_product(new QComboBox)
    , m_metric(new QComboBox)
    , m_ranges(new QButtonGroup(this))
    , m_compare(new QCheckBox(tr("Compare")))
    , m_info(new QLabel)
    , m_tabs(new QTabWidget)
    , m_reviews(makeTable({tr("Month"), tr("Product"), tr("Due"), tr("Status"), tr("Notes")}))
    , m_catalogue(makeTable({tr("Key"), tr("Name"), tr("Unit"), tr("Better"), tr("Smoothing"),
                             tr("Bands (poor / good / great)"), tr("Source")}))
    , m_products(
          makeTable({tr("Product"), tr("Team"), tr("Product-market fit"), tr("Reviews from")}))
{
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setOpenExternalLinks(true);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *chartSide = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_info);
    chartLayout->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(chartSide);
    splitter->addWidget(createSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    layout->addWidget(splitter, 1);

    connect(m_product, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reloadChart();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_reloading)
            reloadChart();
    });
    connect(m_ranges, &QButtonGroup::idClicked, this,
            [this](int id) { m_chart->setRange(MetricChartView::Range(id)); });
    connect(m_compare, &QCheckBox::toggled, m_chart, &MetricChartView::setCompare);
    connect(&session.metrics(), &MetricsRepository::changed, this, &MetricsPane::reload);
    reload();
}

QWidget *MetricsPane::createToolbar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Product")));
    m_product->setMinimumContentsLength(14);
    layout->addWidget(m_product);
    layout->addWidget(new QLabel(tr("Metric")));
    m_metric->setMinimumContentsLength(14);
    layout->addWidget(m_metric);
    const std::pair<MetricChartView::Range, QString> ranges[] = {
        {MetricChartView::Range::ThreeMonths, tr("3M")},
        {MetricChartView::Range::SixMonths, tr("6M")},
        {MetricChartView::Range::OneYear, tr("1Y")},
        {MetricChartView::Range::ThreeYears, tr("3Y")},
        {MetricChartView::Range::All, tr("All")}};
    for (const auto &[range, label] : ranges) {
        auto *button = new QToolButton;
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == m_chart->range());
        m_ranges->addButton(button, int(range));
        layout->addWidget(button);
    }
    m_compare->setToolTip(tr("Also draw the previous period, shifted onto this one"));
    layout->addWidget(m_compare);
    layout->addStretch();
    auto *import = new QPushButton(tr("Import…"));
    import->setToolTip(tr("Import metric series from a CSV file"));
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setToolTip(tr("Export the chart as PNG, SVG or PDF"));
    auto *review = new QPushButton(tr("Review…"));
    review->setToolTip(tr("Step through a product's metrics for its growth review"));
    layout->addWidget(import);
    layout->addWidget(exportButton);
    layout->addWidget(review);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import metric series"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, &MetricsPane::exportChart);
    connect(review, &QPushButton::clicked, this, &MetricsPane::openReviewMode);
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
    reviewsLayout->addWidget(m_reviews, 1);
    reviewsLayout->addLayout(buttons({done}));
    connect(done, &QPushButton::clicked, this, [this] { markReviewDone(m_reviews->currentRow()); });
    connect(m_reviews, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { markReviewDone(row); });

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
    connect(m_catalogue, &QTableWidget::cellDoubleClicked, this, &MetricsPane::editDefinition);

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
    connect(m_products, &QTableWidget::cellDoubleClicked, this, &MetricsPane::editProduct);

    m_tabs->addTab(reviewsPage, tr("Growth reviews"));
    m_tabs->addTab(cataloguePage, tr("Catalogue"));
    m_tabs->addTab(productsPage, tr("Products"));
    return m_tabs;
}

QAbstractButton *MetricsPane::rangeButton(MetricChartView::Range range) const
{
    return m_ranges->button(int(range));
}

void MetricsPane::reload()
{
    MetricsRepository &metrics = session().metrics();
    m_definitions = metrics.definitions();
    m_productList = metrics.products();
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
    reloadReviews();
    reloadCatalogue();
    reloadProducts();
}

void MetricsPane::reloadChart()
{
    const int productIndex = m_product->currentIndex();
    const int metricIndex = m_metric->currentIndex();
    if (productIndex < 0 || metricIndex < 0) {
        m_chart->setData({});
        updateInfo();
        return;
    }
    const MetricChartView::Range range = m_chart->range();
    const QDate from = m_chart->visibleFrom();
    const QDate to = m_chart->visibleTo();
    const bool sameSeries =
        m_chart->isZoomed() && !m_chart->data().series.isEmpty() &&
        m_chart->data().series.first().label == m_productList[productIndex].name &&
        m_chart->data().definition.key == m_definitions[metricIndex].key;
    m_chart->setData(loadMetricChartData(session().metrics(), {m_productList[productIndex]},
                                         m_definitions[metricIndex]));
    m_chart->setRange(range);
    // A refresh after an edit keeps the zoom the user chose, if any.
    if (sameSeries && from.isValid())
        m_chart->setVisibleRange(from, to);
    updateInfo();
}

void MetricsPane::updateInfo()
{
    const int productIndex = m_product->currentIndex();
    const int metricIndex = m_metric->currentIndex();
    // No empty axes: without a product and a metric there is nothing to chart.
    m_chart->setVisible(productIndex >= 0 && metricIndex >= 0);
    if (m_productList.isEmpty()) {
        m_info->setText(tr("No products yet: add them under <b>Products</b>, then import their "
                           "series with <b>Import…</b>."));
        return;
    }
    if (productIndex < 0 || metricIndex < 0) {
        m_info->setText(tr("The catalogue has no metric yet: add one under <b>Catalogue</b>."));
        return;
    }
    const MetricDefinition &definition = m_definitions[metricIndex];
    const Series &raw = m_chart->data().series.first().raw;
    QStringList parts;
    parts << QStringLiteral("<b>%1</b>: %2")
                 .arg(definition.name.toHtmlEscaped(), definition.definition.isEmpty()
                                                           ? tr("(no written definition yet)")
                                                           : definition.definition.toHtmlEscaped());
    if (raw.isEmpty()) {
        parts << tr("No values for %1 yet: import a CSV.")
                     .arg(m_productList[productIndex].name.toHtmlEscaped());
    } else {
        const MetricSeries::ReviewFigures figures =
            MetricSeries::reviewFigures(raw, definition, session().today().addMonths(1));
        QString line = tr("Latest: %1 on %2")
                           .arg(formatMetricValue(raw.last().value, definition.unit),
                                raw.last().day.toString(Qt::ISODate));
        if (figures.smoothed)
            line += tr(" · rolling %n-month average %1", nullptr, definition.smoothingMonths)
                        .arg(formatMetricValue(*figures.smoothed, definition.unit));
        if (figures.band)
            line += tr(" · band: <b>%1</b>").arg(bandLevelKey(*figures.band));
        parts << line;
    }
    if (definition.bands)
        parts << tr("Bands from %1 (%2).")
                     .arg(definition.bands->source.toHtmlEscaped(),
                          definition.bands->takenOn.toString(QStringLiteral("MMMM yyyy")));
    m_info->setText(parts.join(QStringLiteral("<br>")));
}

void MetricsPane::reloadReviews()
{
    MetricsRepository &metrics = session().metrics();
    const QDate today = session().today();
    const QDate thisMonth(today.year(), today.month(), 1);
    QList<ScheduledReview> schedule = ReviewSchedule::compute(
        m_productList, metrics.reviews(), thisMonth.addMonths(-6), thisMonth.addMonths(1), today);
    // Most recent first: what needs doing is at the top.
    std::reverse(schedule.begin(), schedule.end());
    std::stable_sort(schedule.begin(), schedule.end(),
                     [](const ScheduledReview &a, const ScheduledReview &b) {
                         auto rank = [](ReviewStatus s) {
                             return s == ReviewStatus::Overdue ? 0 : s == ReviewStatus::Due ? 1 : 2;
                         };
                         return rank(a.status) < rank(b.status);
                     });
    m_reviews->setRowCount(0);
    m_reviews->setRowCount(int(schedule.size()));
    int overdue = 0;
    for (int row = 0; row < schedule.size(); ++row) {
        const ScheduledReview &entry = schedule[row];
        if (entry.status == ReviewStatus::Overdue)
            ++overdue;
        m_reviews->setItem(row, 0,
                           item(entry.month.toString(QStringLiteral("yyyy-MM")),
                                entry.month.toString(Qt::ISODate)));
        m_reviews->setItem(row, 1, item(entry.product.name, entry.product.meta.id));
        m_reviews->setItem(row, 2, item(entry.dueOn.toString(Qt::ISODate)));
        QString status = reviewStatusKey(entry.status);
        if (entry.status == ReviewStatus::Done)
            status = tr("done %1").arg(entry.review->doneOn.toString(Qt::ISODate));
        auto *statusItem = item(status);
        statusItem->setForeground(statusColor(entry.status));
        if (entry.status == ReviewStatus::Overdue || entry.status == ReviewStatus::Due) {
            QFont font = statusItem->font();
            font.setBold(true);
            statusItem->setFont(font);
        }
        m_reviews->setItem(row, 3, statusItem);
        auto *notes = item(entry.review ? entry.review->notes : QString());
        if (entry.review && !entry.review->link.isEmpty())
            notes->setToolTip(entry.review->link);
        m_reviews->setItem(row, 4, notes);
    }
    m_reviews->resizeColumnsToContents();
    m_tabs->setTabText(0, overdue > 0 ? tr("Growth reviews (%1 overdue)").arg(overdue)
                                      : tr("Growth reviews"));
}

void MetricsPane::reloadCatalogue()
{
    m_catalogue->setRowCount(0);
    m_catalogue->setRowCount(int(m_definitions.size()));
    for (int row = 0; row < m_definitions.size(); ++row) {
        const MetricDefinition &d = m_definitions[row];
        m_catalogue->setItem(row, 0, item(d.key, d.key));
        auto *name = item(d.name);
        name->setToolTip(d.definition);
        m_catalogue->setItem(row, 1, name);
        m_catalogue->setItem(row, 2, item(unitKey(d.unit)));
        m_catalogue->setItem(
            row, 3, item(d.goodDirection == GoodDirection::Up ? tr("higher") : tr("lower")));
        m_catalogue->setItem(row, 4,
                             item(d.smoothingMonths > 0
                                      ? tr("%n-month average", nullptr, d.smoothingMonths)
                                      : tr("none")));
        m_catalogue->setItem(row, 5,
                             item(d.bands ? QStringLiteral("%1 / %2 / %3")
                                                .arg(formatMetricValue(d.bands->poor, d.unit),
                                                     formatMetricValue(d.bands->good, d.unit),
                                                     formatMetricValue(d.bands->great, d.unit))
                                          : tr("—")));
        m_catalogue->setItem(
            row, 6,
            item(d.bands ? tr("%1, %2").arg(d.bands->source, d.bands->takenOn.toString(Qt::ISODate))
                         : QString()));
    }
    m_catalogue->resizeColumnsToContents();
}

void MetricsPane::reloadProducts()
{
    QHash<QString, QString> teams;
    for (const Team &team : session().coverage().teams())
        teams.insert(team.meta.id, team.name);
    m_products->setRowCount(0);
    m_products->setRowCount(int(m_productList.size()));
    for (int row = 0; row < m_productList.size(); ++row) {
        const Product &p = m_productList[row];
        m_products->setItem(row, 0, item(p.name, p.meta.id));
        m_products->setItem(row, 1, item(teams.value(p.teamId)));
        m_products->setItem(row, 2, item(p.productMarketFit ? tr("yes") : tr("no")));
        m_products->setItem(row, 3,
                            item(p.productMarketFit && p.pmfSince.isValid()
                                     ? p.pmfSince.toString(QStringLiteral("yyyy-MM"))
                                     : QString()));
    }
    m_products->resizeColumnsToContents();
}

bool MetricsPane::record(MetricsChange change)
{
    const QString text = change.text;
    auto *command = new MetricsCommand(session().metrics(), std::move(change));
    session().undoStack().push(command);
    const int last = session().undoStack().count() - 1;
    if (last < 0 || session().undoStack().command(last) != command) {
        emit statusMessage(tr("Nothing changed: the workspace could not be written."));
        return false;
    }
    emit statusMessage(text);
    return true;
}

void MetricsPane::importCsv(const QString &path, bool interactive)
{
    MetricsRepository &metrics = session().metrics();
    auto preview = MetricsCsv::readFile(path, metrics.products(), metrics.definitions());
    if (!preview) {
        if (interactive)
            QMessageBox::warning(this, tr("Import"), preview.problem().text());
        emit statusMessage(preview.problem().text());
        return;
    }
    if (interactive) {
        CsvImportDialog dialog(preview.value(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    } else if (!preview.value().ok()) {
        emit statusMessage(preview.value().problem().text());
        return;
    }
    // Through the undo stack: an import is a user edit like any other (Edit ▸ Undo).
    auto *command = new MetricsImportCommand(
        metrics, tr("Import %1").arg(QFileInfo(path).fileName()), preview.value().points);
    const std::shared_ptr<const MetricsImportReport> report = command->report();
    session().undoStack().push(command); // drops it when nothing changed
    if (report->problem) {
        emit statusMessage(report->problem->text());
        return;
    }
    emit statusMessage(tr("Imported %1: %2 new, %3 changed, %4 unchanged values")
                           .arg(QFileInfo(path).fileName())
                           .arg(report->added)
                           .arg(report->updated)
                           .arg(report->unchanged));
}

void MetricsPane::markReviewDone(int row)
{
    if (row < 0 || row >= m_reviews->rowCount())
        return;
    const QDate month =
        QDate::fromString(m_reviews->item(row, 0)->data(Qt::UserRole).toString(), Qt::ISODate);
    const QString productId = m_reviews->item(row, 1)->data(Qt::UserRole).toString();
    std::optional<GrowthReview> existing;
    for (const GrowthReview &review : session().metrics().reviews())
        if (review.productId == productId && review.month == month)
            existing = review;
    ReviewDialog dialog(m_reviews->item(row, 1)->text(), month, existing, session().today(), this);
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
    const int row = m_catalogue->currentRow();
    if (row < 0 || row >= m_definitions.size())
        return;
    MetricDefinitionDialog dialog(m_definitions[row], false, {}, this);
    if (dialog.exec() == QDialog::Accepted && dialog.definition() != m_definitions[row])
        record(MetricsEdits::saveDefinition(m_definitions[row], dialog.definition()));
}

void MetricsPane::removeDefinition()
{
    const int row = m_catalogue->currentRow();
    if (row < 0 || row >= m_definitions.size())
        return;
    // The series stay: re-adding the key brings the chart back, and Undo restores it.
    record(MetricsEdits::removeDefinition(m_definitions[row]));
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
    const int row = m_products->currentRow();
    if (row < 0 || row >= m_productList.size())
        return;
    ProductDialog dialog(m_productList[row], session().coverage().teams(), session().today(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.product() != m_productList[row])
        record(MetricsEdits::editProduct(m_productList[row], dialog.product()));
}

void MetricsPane::removeProduct()
{
    const int row = m_products->currentRow();
    if (row < 0 || row >= m_productList.size())
        return;
    record(MetricsEdits::removeProduct(m_productList[row]));
}

void MetricsPane::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"),
        QStringLiteral("%1 %2.png").arg(m_product->currentText(), m_metric->currentText()),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Outcome problem = m_chart->exportTo(path, m_chart->size()))
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
