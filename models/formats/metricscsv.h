#pragma once

#include "core/problem.h"
#include "metrics/metricsrepository.h"
#include "metrics/metricstypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// Metric series from CSV files as analytics tools and SQL clients export them:
// the long form `date,product,metric,value` (one value per row) or the wide form
// `date,product,<metric>,<metric>…` (one column per metric; an empty cell is no value).
// Dates may be days, months (2025-10) or timestamps (the day is kept). Reading never
// changes anything: it gives a preview (the column mapping and every problem with its line
// number), and an import lands all rows or none.
namespace MetricsCsv {

enum class Form { Long, Wide };

enum class ColumnRole { Date, Product, Metric, Value, MetricValues };

struct Column {
    QString header;
    ColumnRole role = ColumnRole::Value;
    QString metricKey; // for MetricValues: the catalogue entry the column holds
};

struct Preview {
    QString file;
    Form form = Form::Long;
    QChar separator = QLatin1Char(',');
    QList<Column> columns;
    QList<QStringList> firstRows; // the first few data rows, as read
    QList<int> firstRowLines;     // the line each of them starts on
    int rowCount = 0;
    QList<MetricPoint> points;
    QStringList errors; // "line 4: …", in file order

    bool ok() const { return errors.isEmpty(); }
    // The errors as one Problem naming the file (the first few, and how many more).
    Problem problem() const;
};

// A file-level Problem (encoding, no header, columns that fit neither form) or a preview.
Result<Preview> read(const QByteArray &bytes, const QString &file, const QList<Product> &products,
                     const QList<MetricDefinition> &definitions);
Result<Preview> readFile(const QString &path, const QList<Product> &products,
                         const QList<MetricDefinition> &definitions);

// Reads the file and, when it has no problem at all, saves its points in one transaction.
Result<MetricsRepository::ImportStats> importFile(MetricsRepository &repository,
                                                  const QString &path);

QString roleName(const Column &column); // for the preview: "date", "metric: activation", …

} // namespace MetricsCsv
