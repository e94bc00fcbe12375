#include "metricscsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetricsCsv", text);
}

constexpr int MaxErrors = 200;
constexpr int PreviewRows = 8;

struct Record {
    int line = 0; // where the record starts (1-based)
    QStringList fields;
};

// Checks the bytes are UTF-8 text: spreadsheets on Windows save Latin-1 / Windows-1252 or
// UTF-16, and guessing would silently change product names.
Outcome checkEncoding(const QByteArray &bytes, const QString &file)
{
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return Problem{file, tr("is UTF-16 text; save it as CSV UTF-8 and import it again")};
    if (bytes.contains('\0'))
        return Problem{file, tr("contains NUL bytes: it looks like UTF-16 or a binary file; "
                                "save it as CSV UTF-8 and import it again")};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(bytes); // decoding is lazy: convert to run it
    if (!decoder.hasError())
        return {};
    // Find the first bad line, to say where.
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder lineDecoder(QStringDecoder::Utf8);
        const QString line = lineDecoder.decode(lines[i]);
        if (lineDecoder.hasError())
            return Problem{file, tr("line %1 is not UTF-8 text (perhaps Latin-1 or "
                                    "Windows-1252); save the file as CSV UTF-8 and import it "
                                    "again")
                                     .arg(i + 1)};
    }
    return Problem{file, tr("is not UTF-8 text; save it as CSV UTF-8 and import it again")};
}

QChar guessSeparator(const QString &text)
{
    const QString header = text.section(QLatin1Char('\n'), 0, 0);
    QChar best = QLatin1Char(',');
    qsizetype most = header.count(best);
    for (QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')})
        if (header.count(candidate) > most) {
            most = header.count(candidate);
            best = candidate;
        }
    return best;
}

// RFC 4180, with the line each record starts on; a quoted field may span lines.
Result<QList<Record>> parse(const QString &text, QChar separator, const QString &file)
{
    QList<Record> records;
    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    int quoteLine = 0;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.append(record);
        record = Record{};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            field.clear();
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Problem{file, tr("line %1: a quoted field is never closed").arg(quoteLine)};
    endRecord();
    return records;
}

QString normalized(const QString &header)
{
    QString name = header.trimmed().toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    return name;
}

bool isOneOf(const QString &name, std::initializer_list<const char *> names)
{
    for (const char *candidate : names)
        if (name == QLatin1String(candidate))
            return true;
    return false;
}

// A day from ISO dates, ISO months (the first day) and timestamps (the day part).
QDate parseDate(const QString &text)
{
    static const QRegularExpression day(
        QStringLiteral("^(\\d{4})[-/](\\d{2})[-/](\\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?"
                       "$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (const QRegularExpressionMatch match = day.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    if (const QRegularExpressionMatch match = month.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return {};
}

// Numbers as exported: "12.5", "-3", "1,234.5", "12.5%", "$1,200", "1e3".
std::optional<double> parseValue(const QString &text)
{
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString value = text.trimmed();
    if (value.endsWith(QLatin1Char('%')))
        value.chop(1);
    if (value.startsWith(QLatin1Char('$')))
        value.remove(0, 1);
    if (grouped.match(value).hasMatch())
        value.remove(QLatin1Char(','));
    bool ok = false;
    const double number = QLocale::c().toDouble(value, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

QString known(const QStringList &names)
{
    if (names.isEmpty())
        return tr("none yet");
    QStringList shown = names.mid(0, 8);
    if (names.size() > 8)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}

} // namespace

namespace MetricsCsv {

QString roleName(const Column &column)
{
    switch (column.role) {
    case ColumnRole::Date:
        return tr("date");
    case ColumnRole::Product:
        return tr("product");
    case ColumnRole::Metric:
        return tr("metric");
    case ColumnRole::Value:
        return tr("value");
    case ColumnRole::MetricValues:
        return tr("values of %1").arg(column.metricKey);
    }
    return {};
}

Problem Preview::problem() const
{
    QStringList shown = errors.mid(0, 3);
    QString what = shown.join(QStringLiteral("; "));
    if (errors.size() > 3)
        what += tr(" (and %1 more problems)").arg(errors.size() - 3);
    return Problem{file, what + tr("; nothing was imported")};
}

Result<Preview> read(const QByteArray &rawBytes, const QString &file,
                     const QList<Product> &products, const QList<MetricDefinition> &definitions)
{
    QByteArray bytes = rawBytes;
    if (bytes.startsWith("\xef\xbb\xbf"))
        bytes.remove(0, 3);
    if (Outcome problem = checkEncoding(bytes, file))
        return *problem;
    const QString text = QString::fromUtf8(bytes);
    Preview preview;
    preview.file = file;
    preview.separator = guessSeparator(text);
    auto parsed = parse(text, preview.separator, file);
    if (!parsed)
        return parsed.problem();
    QList<Record> records = parsed.take();
    if (records.isEmpty())
        return Problem{file, tr("is empty: expected a header line such as "
                                "date,product,metric,value")};

    // The columns: find the roles by header name.
    const Record header = records.takeFirst();
    QHash<QString, QString> metricByName; // key or name, lower case → key
    QStringList metricKeys;
    for (const MetricDefinition &definition : definitions) {
        metricByName.insert(definition.key.toLower(), definition.key);
        metricByName.insert(normalized(definition.name), definition.key);
        metricByName.insert(definition.name.trimmed().toLower(), definition.key);
        metricKeys << definition.key;
    }
    int dateColumn = -1;
    int productColumn = -1;
    int metricColumn = -1;
    int valueColumn = -1;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = normalized(header.fields[i]);
        Column column{header.fields[i].trimmed(), ColumnRole::Value, {}};
        if (dateColumn < 0 && isOneOf(name, {"date", "day", "month", "week", "period", "timestamp",
                                             "time", "day_start", "date_day"})) {
            column.role = ColumnRole::Date;
            dateColumn = int(i);
        } else if (productColumn < 0 && isOneOf(name, {"product", "product_name", "product_id"})) {
            column.role = ColumnRole::Product;
            productColumn = int(i);
        } else if (metricColumn < 0 &&
                   isOneOf(name, {"metric", "metric_key", "key", "metric_name"})) {
            column.role = ColumnRole::Metric;
            metricColumn = int(i);
        } else if (valueColumn < 0 && isOneOf(name, {"value", "val", "amount"})) {
            column.role = ColumnRole::Value;
            valueColumn = int(i);
        } else {
            column.role = ColumnRole::MetricValues;
        }
        preview.columns.append(column);
    }
    const QString found = header.fields.join(QStringLiteral(", "));
    const QString expected =
        tr("expected date,product,metric,value (long form) or date,product and one column "
           "per metric key (wide form); found: %1")
            .arg(found);
    if (dateColumn < 0)
        return Problem{file, tr("line 1 has no date column: %1").arg(expected)};
    if (productColumn < 0)
        return Problem{file, tr("line 1 has no product column: %1").arg(expected)};
    if (metricColumn >= 0 || valueColumn >= 0) {
        if (metricColumn < 0 || valueColumn < 0)
            return Problem{file, tr("line 1 has a %1 column but no %2 column: %3")
                                     .arg(metricColumn < 0 ? tr("value") : tr("metric"),
                                          metricColumn < 0 ? tr("metric") : tr("value"), expected)};
        preview.form = Form::Long;
        for (const Column &column : preview.columns)
            if (column.role == ColumnRole::MetricValues)
                return Problem{file, tr("line 1: column '%1' is not one of date, product, "
                                        "metric, value")
                                         .arg(column.header)};
    } else {
        preview.form = Form::Wide;
        int metricColumns = 0;
        for (Column &column : preview.columns) {
            if (column.role != ColumnRole::MetricValues)
                continue;
            const QString key = metricByName.value(normalized(column.header),
                                                   metricByName.value(column.header.toLower()));
            if (key.isEmpty())
                return Problem{file, tr("line 1: column '%1' is not a metric of the catalogue "
                                        "(%2)")
                                         .arg(column.header, known(metricKeys))};
            column.metricKey = key;
            ++metricColumns;
        }
        if (metricColumns == 0)
            return Problem{file, tr("line 1 has no value column: %1").arg(expected)};
    }

    // The rows.
    QHash<QString, QString> productByName;
    QStringList productNames;
    for (const Product &product : products) {
        productByName.insert(product.name.trimmed().toLower(), product.meta.id);
        productByName.insert(product.meta.id, product.meta.id);
        productNames << product.name;
    }
    QHash<QString, int> seen; // point id → line
    auto error = [&](int line, const QString &what) {
        if (preview.errors.size() < MaxErrors)
            preview.errors << tr("line %1: %2").arg(line).arg(what);
    };
    auto addPoint = [&](int line, const QString &productId, const QString &productName,
                        const QString &key, QDate day, double value) {
        const QString id = MetricIds::point(productId, key, day);
        if (const int earlier = seen.value(id); earlier > 0) {
            error(line, tr("repeats %1 / %2 on %3 (first on line %4)")
                            .arg(productName, key, day.toString(Qt::ISODate))
                            .arg(earlier));
            return;
        }
        seen.insert(id, line);
        MetricPoint point;
        point.productId = productId;
        point.metricKey = key;
        point.day = day;
        point.value = value;
        preview.points.append(point);
    };
    for (const Record &record : std::as_const(records)) {
        ++preview.rowCount;
        if (preview.firstRows.size() < PreviewRows) {
            preview.firstRows.append(record.fields);
            preview.firstRowLines.append(record.line);
        }
        if (record.fields.size() != header.fields.size()) {
            error(record.line, tr("has %1 fields where the header has %2")
                                   .arg(record.fields.size())
                                   .arg(header.fields.size()));
            continue;
        }
        bool rowOk = true;
        const QString dateText = record.fields[dateColumn].trimmed();
        const QDate day = parseDate(dateText);
        if (!day.isValid()) {
            error(record.line, tr("'%1' is not a date (expected YYYY-MM-DD)").arg(dateText));
            rowOk = false;
        }
        const QString productName = record.fields[productColumn].trimmed();
        const QString productId = productByName.value(productName.toLower());
        if (productId.isEmpty()) {
            error(
                record.line,
                productName.isEmpty()
                    ? tr("no product")
                    : tr("unknown product '%1' (known: %2)").arg(productName, known(productNames)));
            rowOk = false;
        }
        if (preview.form == Form::Long) {
            const QString metricName = record.fields[metricColumn].trimmed();
            const QString key = metricByName.value(metricName.toLower(),
                                                   metricByName.value(normalized(metricName)));
            if (key.isEmpty()) {
                error(record.line,
                      tr("unknown metric '%1' (known: %2)").arg(metricName, known(metricKeys)));
                rowOk = false;
            }
            const QString valueText = record.fields[valueColumn].trimmed();
            const std::optional<double> value = parseValue(valueText);
            if (!value) {
                error(record.line, valueText.isEmpty() ? tr("no value")
                                                       : tr("'%1' is not a number").arg(valueText));
                rowOk = false;
            }
            if (rowOk)
                addPoint(record.line, productId, productName, key, day, *value);
            continue;
        }
        for (qsizetype i = 0; i < preview.columns.size(); ++i) {
            const Column &column = preview.columns[i];
            if (column.role != ColumnRole::MetricValues)
                continue;
            const QString valueText = record.fields[i].trimmed();
            if (valueText.isEmpty())
                continue; // a wide export leaves a cell empty where it has no value
            const std::optional<double> value = parseValue(valueText);
            if (!value) {
                error(record.line,
                      tr("'%1' in column %2 is not a number").arg(valueText, column.header));
                rowOk = false;
            } else if (rowOk) {
                addPoint(record.line, productId, productName, column.metricKey, day, *value);
            }
        }
    }
    if (preview.rowCount == 0)
        preview.errors << tr("line 1 is a header with no rows after it");
    return preview;
}

Result<Preview> readFile(const QString &path, const QList<Product> &products,
                         const QList<MetricDefinition> &definitions)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, tr("cannot be read (%1)").arg(file.errorString())};
    return read(file.readAll(), path, products, definitions);
}

Result<MetricsRepository::ImportStats> importFile(MetricsRepository &repository,
                                                  const QString &path)
{
    auto preview = readFile(path, repository.products(), repository.definitions());
    if (!preview)
        return preview.problem();
    if (!preview.value().ok())
        return preview.value().problem();
    return repository.importPoints(preview.value().points);
}

} // namespace MetricsCsv
