#include "commandgroups.h"

#include "charts/chartmodule.h"
#include "charts/metricchartdata.h"
#include "core/problemlist.h"
#include "formats/csvwriter.h"
#include "formats/metricscsv.h"
#include "metrics/metricsrepository.h"
#include "metrics/reviewschedule.h"
#include "workspace/bulkwrite.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricsCommands)
};

const QString importSynopsis =
    QStringLiteral("metrics import [--preview] [--product NAME] [--metric KEY] [--add-products] "
                   "FILE.csv");
const QString chartSynopsis =
    QStringLiteral("metrics chart --product NAME [--product NAME…] --metric KEY "
                   "--out FILE.png|.svg|.pdf [--range 3m|6m|1y|3y|all] [--compare] [--size WxH]");
const QString reviewsSynopsis =
    QStringLiteral("reviews [--month YYYY-MM] [--format text|csv|json]");

QString formName(const MetricsCsv::Preview &preview)
{
    switch (preview.form) {
    case MetricsCsv::Form::Long:
        return Text::tr("long form");
    case MetricsCsv::Form::Wide:
        return Text::tr("wide form");
    case MetricsCsv::Form::Trends:
        return preview.period == Granularity::Monthly  ? Text::tr("PostHog trends export by month")
               : preview.period == Granularity::Weekly ? Text::tr("PostHog trends export by week")
                                                       : Text::tr("PostHog trends export by day");
    }
    return {};
}

void printPreview(QTextStream &out, const MetricsCsv::Preview &preview, bool verbose)
{
    out << Text::tr("%1: %2, %3 rows, %4 values\n")
               .arg(preview.file, formName(preview))
               .arg(preview.rowCount)
               .arg(preview.valueCount);
    out << Text::tr("Columns:\n");
    for (const MetricsCsv::Column &column : preview.columns)
        out << "  " << echo(column.header) << " → " << MetricsCsv::roleName(column) << '\n';
    if (!preview.mappings.isEmpty())
        out << Text::tr("Read as:\n");
    for (const MetricsCsv::Mapping &mapping : preview.mappings) {
        const QString label =
            mapping.label.isEmpty() ? Text::tr("(none in the file)") : echo(mapping.label);
        const QString target = mapping.target.isEmpty() ? Text::tr("?") : mapping.target;
        out << "  "
            << (mapping.kind == MetricsCsv::Mapping::Kind::Metric ? Text::tr("metric")
                                                                  : Text::tr("product"))
            << ": " << label << " → " << target << '\n';
    }
    if (!preview.newProducts.isEmpty()) {
        QStringList names;
        for (const MetricsCsv::NewProduct &product : preview.newProducts)
            names << (product.teamName.isEmpty()
                          ? product.name
                          : Text::tr("%1 (team %2)").arg(product.name, product.teamName));
        out << Text::tr("Adds %n new product(s): %1\n", nullptr, int(names.size()))
                   .arg(names.join(QStringLiteral(", ")));
    }
    const QStringList problems = preview.problems.lines();
    const qsizetype shown =
        verbose ? problems.size() : std::min<qsizetype>(problems.size(), ProblemList::Shown);
    for (qsizetype i = 0; i < shown; ++i)
        out << "  " << Problem::oneLine(problems[i]) << '\n';
    if (shown < problems.size())
        out << "  "
            << Text::tr("and %n more (--verbose lists them all)", nullptr,
                        int(problems.size() - shown))
            << '\n';
}

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("preview"),
                      Text::tr("Show the column mapping and the problems; import nothing.")});
    parser.addOption({QStringLiteral("product"),
                      Text::tr("The product of rows whose file names none (no product column, a "
                               "PostHog export without breakdown)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("metric"),
         Text::tr("The metric of rows whose file names none, or whose PostHog series is "
                  "no metric of the catalogue."),
         QStringLiteral("KEY")});
    parser.addOption(
        {QStringLiteral("add-products"),
         Text::tr("Add the products the file names that the catalogue does not have.")});
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), Text::tr("The CSV file to import."));
    int status = ExitSuccess;
    if (!context.parse(parser, importSynopsis, &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return context.usage(Text::tr("metrics import needs one FILE.csv"));
    const QString path = parser.positionalArguments().first();
    const bool previewOnly = parser.isSet(QStringLiteral("preview"));
    auto session = context.openWorkspace(previewOnly ? Workspace::Access::ReadOnly
                                                     : Workspace::Access::ReadWrite);
    if (!session)
        return context.fail(session.problem());
    MetricsRepository &metrics = session.value()->metrics();
    MetricsCsv::Options options;
    options.addProducts = parser.isSet(QStringLiteral("add-products"));
    options.hints = {Text::tr("add it with --add-products"),
                     Text::tr("choose one with --metric KEY"),
                     Text::tr("name one with --product NAME")};
    if (parser.isSet(QStringLiteral("metric"))) {
        options.metricKey = parser.value(QStringLiteral("metric"));
        if (!metrics.definition(options.metricKey)) {
            QStringList keys;
            for (const MetricDefinition &definition : metrics.definitions())
                keys << definition.key;
            return context.usage(
                Text::tr("--metric: '%1' is not a metric of the catalogue (%2)")
                    .arg(echo(options.metricKey), keys.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(QStringLiteral("product"))) {
        options.productName = parser.value(QStringLiteral("product"));
        if (!metrics.findProduct(options.productName) && !options.addProducts)
            return context.usage(Text::tr("--product: '%1' is not a product of the catalogue (add "
                                          "it with --add-products)")
                                     .arg(echo(options.productName)));
    }
    const MetricsCsv::Catalogue catalogue = MetricsCsv::catalogue(*session.value());
    if (previewOnly) {
        auto preview = MetricsCsv::readFile(path, catalogue, options);
        if (!preview)
            return context.fail(preview.problem());
        printPreview(context.out, preview.value(), context.verbose);
        return preview.value().ok() ? ExitSuccess : ExitBadInput;
    }
    BulkWrite bulk(session.value()->workspace(), {QStringLiteral("metric_point")});
    if (!bulk.isOpen())
        return context.fail(*bulk.problem());
    // Read and saved as it goes: a million rows are never in memory at once.
    auto imported = MetricsCsv::importFile(*session.value(), path, options);
    if (!imported)
        return context.fail(imported.problem());
    if (Outcome problem = bulk.commit())
        return context.fail(*problem);
    context.out << Text::tr("Imported %1: %2 new, %3 changed, %4 unchanged values\n")
                       .arg(QFileInfo(path).fileName())
                       .arg(imported.value().added)
                       .arg(imported.value().updated)
                       .arg(imported.value().unchanged);
    QStringList added;
    for (const Product &product : std::as_const(imported.value().products))
        added << product.name;
    if (!added.isEmpty())
        context.out << Text::tr("Added %n product(s): %1\n", nullptr, int(added.size()))
                           .arg(added.join(QStringLiteral(", ")));
    return ExitSuccess;
}

int runChart(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("product"), Text::tr("A product (repeat for several)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("metric"), Text::tr("The metric's key."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("out"), Text::tr("The PNG, SVG or PDF file to write."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("range"), Text::tr("3m, 6m, 1y, 3y or all (default all)."),
                      QStringLiteral("RANGE"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("compare"), Text::tr("Also draw the previous period.")});
    parser.addOption({QStringLiteral("size"), Text::tr("Image size (default 1200x800)."),
                      QStringLiteral("WxH"), QStringLiteral("1200x800")});
    int status = ExitSuccess;
    if (!context.parse(parser, chartSynopsis, &status))
        return status;
    const QStringList productNames = parser.values(QStringLiteral("product"));
    if (productNames.isEmpty() || !parser.isSet(QStringLiteral("metric")) ||
        !parser.isSet(QStringLiteral("out")))
        return context.usage(Text::tr("metrics chart needs --product, --metric and --out"));
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch size = sizePattern.match(parser.value(QStringLiteral("size")));
    if (!size.hasMatch())
        return context.usage(Text::tr("--size: '%1' is not like 1200x800")
                                 .arg(parser.value(QStringLiteral("size"))));
    static const QHash<QString, MetricChart::Range> ranges = {
        {QStringLiteral("3m"), MetricChart::Range::ThreeMonths},
        {QStringLiteral("6m"), MetricChart::Range::SixMonths},
        {QStringLiteral("1y"), MetricChart::Range::OneYear},
        {QStringLiteral("3y"), MetricChart::Range::ThreeYears},
        {QStringLiteral("all"), MetricChart::Range::All}};
    const QString rangeName = parser.value(QStringLiteral("range"));
    if (!ranges.contains(rangeName))
        return context.usage(
            Text::tr("--range: '%1' is not one of 3m, 6m, 1y, 3y, all").arg(rangeName));
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf"))
        return context.usage(Text::tr("--out: '%1' does not end in .png, .svg or .pdf").arg(out));

    auto session = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!session)
        return context.fail(session.problem());
    MetricsRepository &metrics = session.value()->metrics();
    const QString workspace = session.value()->path();
    QList<Product> products;
    for (const QString &name : productNames) {
        const auto product = metrics.findProduct(name);
        if (!product) {
            QStringList known;
            for (const Product &p : metrics.products())
                known << p.name;
            return context.fail({workspace, Text::tr("has no product '%1' (products: %2)")
                                                .arg(name, known.join(QStringLiteral(", ")))});
        }
        products.append(*product);
    }
    const QString key = parser.value(QStringLiteral("metric"));
    const auto definition = metrics.definition(key);
    if (!definition) {
        QStringList keys;
        for (const MetricDefinition &d : metrics.definitions())
            keys << d.key;
        return context.fail({workspace, Text::tr("has no metric '%1' (metrics: %2)")
                                            .arg(key, keys.join(QStringLiteral(", ")))});
    }
    const MetricChartFile file{out, QSize(size.captured(1).toInt(), size.captured(2).toInt()),
                               ranges.value(rangeName), parser.isSet(QStringLiteral("compare"))};
    if (Outcome problem = ChartModule::writeMetricChart(
            loadMetricChartData(metrics, products, *definition), file))
        return context.fail(*problem);
    context.out << Text::tr("Wrote %1\n").arg(out);
    return ExitSuccess;
}

int runReviews(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("month"), Text::tr("The month (default this month)."),
                      QStringLiteral("YYYY-MM")});
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text, csv or json."), QStringLiteral("FORMAT")});
    int status = ExitSuccess;
    QString format;
    if (!context.parse(parser, reviewsSynopsis, &status) ||
        !context.formatOption(
            parser, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")},
            &format, &status))
        return status;
    const QDate today = context.clock->today();
    QDate month(today.year(), today.month(), 1);
    if (parser.isSet(QStringLiteral("month"))) {
        month = QDate::fromString(parser.value(QStringLiteral("month")) + QStringLiteral("-01"),
                                  Qt::ISODate);
        if (!month.isValid())
            return context.usage(Text::tr("--month: '%1' is not like 2025-10")
                                     .arg(parser.value(QStringLiteral("month"))));
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("reviews takes no FILE; use --workspace"));
    auto session = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!session)
        return context.fail(session.problem());
    MetricsRepository &metrics = session.value()->metrics();
    // The month's reviews, and those of the year before it that are still overdue.
    QList<ScheduledReview> rows;
    for (const ScheduledReview &entry : ReviewSchedule::compute(
             metrics.products(), metrics.reviews(), month.addMonths(-12), month, today))
        if (entry.month == month || entry.status == ReviewStatus::Overdue)
            rows.append(entry);

    if (format == QLatin1String("csv")) {
        context.out << CsvWriter::row({QStringLiteral("month"), QStringLiteral("product"),
                                       QStringLiteral("due"), QStringLiteral("status"),
                                       QStringLiteral("done_on"), QStringLiteral("notes"),
                                       QStringLiteral("link")});
        for (const ScheduledReview &row : rows)
            context.out << CsvWriter::row(
                {row.month.toString(QStringLiteral("yyyy-MM")), row.product.name,
                 row.dueOn.toString(Qt::ISODate), reviewStatusKey(row.status),
                 row.review ? row.review->doneOn.toString(Qt::ISODate) : QString(),
                 row.review ? row.review->notes : QString(),
                 row.review ? row.review->link : QString()});
        return ExitSuccess;
    }
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const ScheduledReview &row : rows) {
            QJsonObject object{
                {QStringLiteral("month"), row.month.toString(QStringLiteral("yyyy-MM"))},
                {QStringLiteral("product"), row.product.name},
                {QStringLiteral("due"), row.dueOn.toString(Qt::ISODate)},
                {QStringLiteral("status"), reviewStatusKey(row.status)}};
            if (row.review) {
                if (row.review->isDone())
                    object.insert(QStringLiteral("done_on"),
                                  row.review->doneOn.toString(Qt::ISODate));
                object.insert(QStringLiteral("notes"), row.review->notes);
                object.insert(QStringLiteral("link"), row.review->link);
            }
            list.append(object);
        }
        context.out << QJsonDocument(
                           QJsonObject{
                               {QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
                               {QStringLiteral("as_of"), today.toString(Qt::ISODate)},
                               {QStringLiteral("reviews"), list}})
                           .toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    context.out << Text::tr("Growth reviews for %1 (as of %2)\n\n")
                       .arg(month.toString(QStringLiteral("MMMM yyyy")),
                            today.toString(Qt::ISODate));
    if (rows.isEmpty()) {
        context.out << Text::tr("  No product with product-market fit: no growth review is due.\n");
        return ExitSuccess;
    }
    qsizetype width = 7;
    for (const ScheduledReview &row : rows)
        width = std::max(width, row.product.name.size());
    for (const ScheduledReview &row : rows) {
        QString what;
        switch (row.status) {
        case ReviewStatus::Done:
            what = Text::tr("done on %1").arg(row.review->doneOn.toString(Qt::ISODate));
            break;
        case ReviewStatus::Due:
            what = Text::tr("due since %1").arg(row.dueOn.toString(Qt::ISODate));
            break;
        case ReviewStatus::Overdue:
            what = Text::tr("! overdue since %1").arg(row.dueOn.toString(Qt::ISODate));
            break;
        case ReviewStatus::Upcoming:
            what = Text::tr("due on %1").arg(row.dueOn.toString(Qt::ISODate));
            break;
        }
        context.out << "  " << row.month.toString(QStringLiteral("yyyy-MM")) << "  "
                    << row.product.name.leftJustified(width + 2) << what;
        if (row.review && !row.review->notes.isEmpty())
            context.out << "  " << row.review->notes;
        context.out << '\n';
    }
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> metricsCommands()
{
    return {
        {{QStringLiteral("metrics"), QStringLiteral("import")},
         importSynopsis,
         Text::tr("Import metric series from a CSV file (long or wide form): all rows or none."),
         false,
         runImport},
        {{QStringLiteral("metrics"), QStringLiteral("chart")},
         chartSynopsis,
         Text::tr("Draw a metric's chart (series, rolling average, bands, reviews) to a file."),
         true,
         runChart},
        {{QStringLiteral("reviews")},
         reviewsSynopsis,
         Text::tr("The month's growth reviews: done, due and overdue."),
         false,
         runReviews}};
}
