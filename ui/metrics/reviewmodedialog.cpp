#include "reviewmodedialog.h"

#include "charts/chartmodule.h"
#include "charts/metricchartdata.h"
#include "core/palette.h"
#include "metrics/metricsrepository.h"
#include "widgets/filedialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QString percentChange(const std::optional<double> &change)
{
    if (!change)
        return QStringLiteral("–");
    return QStringLiteral("%1%2%")
        .arg(*change >= 0 ? QStringLiteral("+") : QString())
        .arg(*change * 100, 0, 'f', 1);
}

QString bandColor(const std::optional<BandLevel> &band)
{
    const Palette &palette = Palette::current();
    if (!band)
        return palette.bandNone.name();
    switch (*band) {
    case BandLevel::Poor:
        return palette.bandPoor.name();
    case BandLevel::Fair:
        return palette.bandFair.name();
    case BandLevel::Good:
        return palette.bandGood.name();
    case BandLevel::Great:
        break;
    }
    return palette.bandGreat.name();
}

} // namespace

ReviewModeDialog::ReviewModeDialog(MetricsRepository &metrics, const QString &productId,
                                   QDate month, QWidget *parent)
    : QDialog(parent)
    , m_metrics(metrics)
    , m_product(new QComboBox)
    , m_month(new QDateEdit)
    , m_sheet(new QWidget)
    , m_grid(new QGridLayout)
    , m_heading(new QLabel)
    , m_noCharts(new QLabel)
{
    setWindowTitle(tr("Growth review"));
    for (const Product &product : metrics.products())
        if (product.productMarketFit || product.meta.id == productId)
            m_products.append(product);
    for (const Product &product : std::as_const(m_products))
        m_product->addItem(product.name, product.meta.id);
    m_product->setCurrentIndex(std::max(0, m_product->findData(productId)));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setDate(QDate(month.year(), month.month(), 1));

    auto *previous = new QPushButton(tr("◀ Previous product"));
    auto *next = new QPushButton(tr("Next product ▶"));
    auto *exportButton = new QPushButton(tr("Export PDF…"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_product, 1);
    bar->addWidget(new QLabel(tr("Review of")));
    bar->addWidget(m_month);
    bar->addWidget(next);
    bar->addStretch();
    bar->addWidget(exportButton);

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *sheetLayout = new QVBoxLayout(m_sheet);
    sheetLayout->addWidget(m_heading);
    m_noCharts->setWordWrap(true);
    m_noCharts->hide();
    sheetLayout->addWidget(m_noCharts);
    sheetLayout->addLayout(m_grid, 1);
    m_sheet->setAutoFillBackground(true);
    QPalette palette = m_sheet->palette();
    palette.setColor(QPalette::Window, Palette::current().chartBackground);
    m_sheet->setPalette(palette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_sheet, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(exportButton, &QPushButton::clicked, this, &ReviewModeDialog::exportClicked);
    connect(m_product, &QComboBox::currentIndexChanged, this, &ReviewModeDialog::load);
    connect(m_month, &QDateEdit::dateChanged, this, &ReviewModeDialog::load);
    resize(1100, 760);
    load();
}

QString ReviewModeDialog::productId() const
{
    return m_product->currentData().toString();
}

void ReviewModeDialog::step(int delta)
{
    if (m_product->count() == 0)
        return;
    m_product->setCurrentIndex((m_product->currentIndex() + delta + m_product->count()) %
                               m_product->count());
}

void ReviewModeDialog::load()
{
    for (MetricChart *chart : std::as_const(m_charts))
        delete chart->widget();
    for (QLabel *label : std::as_const(m_figures))
        delete label;
    m_charts.clear();
    m_figures.clear();
    const int index = m_product->currentIndex();
    if (index < 0 || index >= m_products.size()) {
        m_heading->setText(tr("No product with product-market fit yet."));
        return;
    }
    const Product product = m_products[index];
    const QDate month = m_month->date();
    m_heading->setText(tr("%1 · growth review of %2 (figures for %3)")
                           .arg(product.name, month.toString(QStringLiteral("MMMM yyyy")),
                                month.addMonths(-1).toString(QStringLiteral("MMMM yyyy"))));
    const QList<MetricDefinition> definitions = m_metrics.definitions();
    const int columns = definitions.size() > 4 ? 3 : 2;
    // Every small multiple the same size, whatever its figures or axis labels ask for: the
    // columns and the chart rows share the sheet equally (the layout keeps a column's or a
    // row's stretch from the product before, so each is set, not only added).
    for (int column = 0; column < std::max(3, m_grid->columnCount()); ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
    const int rows = int((definitions.size() + columns - 1) / columns);
    for (int row = 0; row < std::max(2 * rows, m_grid->rowCount()); ++row)
        m_grid->setRowStretch(row, row < 2 * rows && row % 2 == 1 ? 1 : 0);
    int position = 0;
    for (const MetricDefinition &definition : definitions) {
        MetricChartData chartData = loadMetricChartData(m_metrics, {product}, definition);
        const MetricSeries::ReviewFigures figures =
            MetricSeries::reviewFigures(chartData.series.first().raw, definition, month);
        auto *label = new QLabel;
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        const QString value =
            figures.mean ? formatMetricValue(*figures.mean, definition.unit) : tr("no data");
        label->setText(
            tr("<b>%1</b>: %2 &nbsp; MoM %3 &nbsp; YoY %4 &nbsp; <span style='color:%5'>%6</span>")
                .arg(definition.name.toHtmlEscaped(), value, percentChange(figures.monthOverMonth),
                     percentChange(figures.yearOverYear), bandColor(figures.band),
                     figures.band       ? tr("band: %1").arg(bandLevelLabel(*figures.band))
                     : definition.bands ? tr("band: –")
                                        : tr("no bands")));
        m_grid->addWidget(label, (position / columns) * 2, position % columns);
        m_figures.append(label);
        // Without the charts module the figures still make the review.
        if (Result<MetricChart *> made = ChartModule::createMetricChart()) {
            MetricChart *chart = made.value();
            chart->setCompact(true);
            chart->setData(std::move(chartData));
            chart->setVisibleRange(month.addYears(-1), month.addDays(-1));
            chart->widget()->setMinimumHeight(160);
            chart->widget()->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
            m_grid->addWidget(chart->widget(), (position / columns) * 2 + 1, position % columns);
            m_charts.append(chart);
        } else {
            m_noCharts->setText(tr("No charts: %1").arg(made.problem().text()));
            m_noCharts->show();
        }
        ++position;
    }
}

QStringList ReviewModeDialog::figureTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_figures) {
        QTextDocument document;
        document.setHtml(label->text());
        texts << document.toPlainText();
    }
    return texts;
}

Outcome ReviewModeDialog::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(m_heading->text());
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter;
    if (!painter.begin(&writer))
        return Problem{path, tr("cannot be written")};
    // Scale the sheet as shown onto the page, keeping its proportions.
    const QRect page = painter.viewport();
    const QSize sheet = m_sheet->size();
    const double scale =
        std::min(double(page.width()) / sheet.width(), double(page.height()) / sheet.height());
    painter.scale(scale, scale);
    m_sheet->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return {};
}

void ReviewModeDialog::exportClicked()
{
    const QString path = FileDialogs::saveFile(
        this, tr("Export the review as PDF"),
        QStringLiteral("%1 %2.pdf")
            .arg(m_product->currentText(), m_month->date().toString(QStringLiteral("yyyy-MM"))),
        FileDialogs::pdfFilter());
    if (path.isEmpty())
        return;
    if (Outcome problem = exportPdf(path))
        QMessageBox::warning(this, tr("Export"), problem->text());
}
