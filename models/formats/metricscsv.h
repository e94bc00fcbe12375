#pragma once

#include "core/importdiff.h"
#include "core/problem.h"
#include "core/problemlist.h"
#include "coverage/coveragetypes.h"
#include "metrics/metricseries.h"
#include "metrics/metricsrepository.h"
#include "metrics/metricstypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class WorkspaceSession;

// Metric series from CSV files as analytics tools and SQL clients export them:
// - the long form `date,product,metric,value` (one value per row);
// - the wide form `date,product,<metric>,<metric>…` (one column per metric; an empty cell is
//   no value);
// - a PostHog trends export: a row per series (`series`, optional `custom name` and
//   `breakdown`), a column per day, week or month as PostHog labels them, and a `total`
//   (skipped). A series is a metric by its name or key, a breakdown value a product; each
//   value lands on the first day of its period.
// What a file does not say (no product column, a series that is no metric) comes from the
// options. Dates may be days, months (2025-10) or midnight timestamps, in the years 1900–2200.
// Products the catalogue does not have yet are added when asked to, and a name a letter or
// two from a known product is refused as a likely typo.
//
// Reading never changes anything: it gives a preview (the mapping, the new products, every
// problem grouped with its lines), and an import lands all rows or none. Both read the file a
// chunk at a time, so that memory does not grow with it.
namespace MetricsCsv {

enum class Form { Long, Wide, Trends };

enum class ColumnRole {
    Date,
    Product,
    Metric,
    Value,
    MetricValues, // wide form: a metric's values
    Series,       // trends: the series' label, its custom name, its breakdown
    CustomName,
    Breakdown,
    Period, // trends: the values of one day, week or month
    Total,  // trends: skipped
};

struct Column {
    QString header;
    ColumnRole role = ColumnRole::Value;
    QString metricKey; // MetricValues: the catalogue entry the column holds
    QDate period;      // Period: its first day
};

// What a label of the file is read as, where the file leaves it to Cadence: a series as a
// metric, a breakdown value (or no product at all) as a product. The dialog shows these and
// lets the user change them (Options::metricFor / productFor).
struct Mapping {
    enum class Kind { Metric, Product };
    Kind kind = Kind::Metric;
    QString label;  // as the file writes it; empty: the file names none
    QString target; // a metric key, or a product name; empty: nothing found
    int line = 0;   // the first line it is on
};

// A product the file names that the catalogue does not have yet.
struct NewProduct {
    QString name;
    QString teamId; // the team of the same name, when there is one
    QString teamName;
    int line = 0; // the first line it is on
};

// What the workspace knows, to read a file against.
struct Catalogue {
    QList<Product> products;
    QList<MetricDefinition> definitions;
    QList<Team> teams;
    QDate today; // to date PostHog's weeks, which do not say their year
    // How a series the workspace holds already is given, so that a file does not give it the
    // other way (a month would overwrite the value of its first day); unset: none is stored.
    std::function<MetricsRepository::StoredPeriod(const QString &productId,
                                                  const QString &metricKey)>
        storedPeriod;
};
Catalogue catalogue(WorkspaceSession &session);

struct Options {
    QString metricKey;   // for rows the file gives no metric (--metric)
    QString productName; // for rows the file gives no product (--product)
    // The user's choices: a label of the file (series, breakdown value; "" for none) to a
    // metric key or product name.
    QHash<QString, QString> metricFor;
    QHash<QString, QString> productFor;
    bool addProducts = false; // add the products the catalogue does not have (--add-products)
    // How the user gives what a problem lacks, appended to it: "add it with --add-products".
    struct Hints {
        QString addProducts;
        QString metric;
        QString product;
    } hints;
};

struct Preview {
    QString file;
    Form form = Form::Long;
    Granularity period = Granularity::Daily; // a trends export's; the others are read by day
    QChar separator = QLatin1Char(',');
    QList<Column> columns;
    QList<QStringList> firstRows; // the first few data rows, as read
    QList<int> firstRowLines;     // the line each of them starts on
    int rowCount = 0;
    qint64 valueCount = 0;
    QList<Mapping> mappings;
    QList<NewProduct> newProducts;
    ProblemList problems;

    bool ok() const { return problems.isEmpty(); }
    // The problems as one Problem naming the file, grouped one per line.
    Problem problem() const;
};

// A file-level Problem (cannot be read, not UTF-8, no header, columns that fit no form) or a
// preview.
Result<Preview> read(const QByteArray &bytes, const QString &file, const Catalogue &catalogue,
                     const Options &options = {});
Result<Preview> readFile(const QString &path, const Catalogue &catalogue,
                         const Options &options = {});

// The points of a file, a batch at a time, for MetricsRepository::importPoints: rows with a
// problem give none, and a file with any problem ends the import (nothing is saved) with its
// problems, all of them, grouped.
std::unique_ptr<MetricPointSource> pointsOf(const QString &path, const Catalogue &catalogue,
                                            const Options &options = {});

// Reads the file and, when it has no problem at all, saves its points (and the new products
// it adds) as it reads, in one transaction. Holds only the counts.
struct FileImport : ImportCounts {
    QList<Product> products; // added
};
Result<FileImport> importFile(WorkspaceSession &session, const QString &path,
                              const Options &options = {});

QString roleName(const Column &column); // for the preview: "date", "values of activation", …

} // namespace MetricsCsv
