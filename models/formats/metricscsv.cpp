#include "metricscsv.h"

#include "core/inputrules.h"
#include "core/nearmiss.h"
#include "coverage/coveragerepository.h"
#include "csvrecords.h"
#include "trendsperiods.h"
#include "workspace/workspacesession.h"

#include <QBitArray>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cmath>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricsCsv)
};

constexpr int PreviewRows = 8;
constexpr qsizetype BatchSize = 8192;
// Distinct texts of a column whose reading is remembered (most files name a few products).
constexpr qsizetype MaxCachedTexts = 4096;
// A file naming more new products than this is not a catalogue to extend blindly.
constexpr qsizetype MaxNewProducts = 200;

using MetricsCsv::ColumnRole;
using MetricsCsv::Form;

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

QString quoted(const QString &text)
{
    return QStringLiteral("'%1'").arg(echo(text));
}

QString listed(const QStringList &names)
{
    if (names.isEmpty())
        return Text::tr("none yet");
    QStringList shown = names.mid(0, 8);
    if (names.size() > 8)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}

QString withHint(const QString &what, const QString &hint)
{
    return hint.isEmpty() ? what : what + QStringLiteral("; ") + hint;
}

// A date as exports write it: a day, a month (its first day) or a timestamp at midnight.
struct DateCell {
    enum class Kind { Day, Month, TimeOfDay, Bad } kind = Kind::Bad;
    QDate day;
};

int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

DateCell parseDate(QByteArrayView raw)
{
    const QByteArrayView text = raw.trimmed();
    // The common case first, by hand: a million rows of YYYY-MM-DD.
    if (text.size() == 10 && (text[4] == '-' || text[4] == '/') && text[7] == text[4]) {
        const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return {DateCell::Kind::Day, QDate(y, m, d)};
        return {};
    }
    static const QRegularExpression timestamp(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?"
        "(?:Z|[+-]\\d{2}:?\\d{2})?$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QString string = QString::fromUtf8(text);
    if (const QRegularExpressionMatch match = month.match(string); match.hasMatch())
        return {DateCell::Kind::Month,
                QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1)};
    if (const QRegularExpressionMatch match = timestamp.match(string); match.hasMatch()) {
        const QDate day(match.captured(1).toInt(), match.captured(2).toInt(),
                        match.captured(3).toInt());
        const bool midnight = match.captured(4).toInt() == 0 && match.captured(5).toInt() == 0 &&
                              match.captured(6).toInt() == 0 && match.captured(7).toInt() == 0;
        return {midnight ? DateCell::Kind::Day : DateCell::Kind::TimeOfDay, day};
    }
    return {};
}

// Numbers as exported: "12.5", "-3", "1,234.5", "12.5%", "$1,200", "1e3"; finite only.
std::optional<double> parseValue(QByteArrayView raw)
{
    const QByteArrayView text = raw.trimmed();
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error == std::errc() && end == text.data() + text.size())
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    static const QRegularExpression grouped(QStringLiteral("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString value = QString::fromUtf8(text);
    if (value.endsWith(QLatin1Char('%')))
        value.chop(1);
    if (value.startsWith(QLatin1Char('$')))
        value.remove(0, 1);
    if (grouped.match(value).hasMatch())
        value.remove(QLatin1Char(','));
    return InputRules::finiteNumber(value);
}

// How a text of the file was read: an index into the reader's products or metrics, or the
// problem it has (added on every line it is on).
struct Reading {
    int index = -1;
    QString problem;
};

// Remembers how each distinct text of a column was read, so that a million rows naming five
// products resolve five names. Looked up by the field's bytes, without copying them.
class TextCache
{
public:
    std::optional<Reading> find(QByteArrayView bytes) const
    {
        const auto found =
            m_readings.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        return found == m_readings.constEnd() ? std::nullopt : std::optional<Reading>(*found);
    }
    Reading keep(QByteArrayView bytes, Reading reading)
    {
        if (m_readings.size() < MaxCachedTexts)
            m_readings.insert(bytes.toByteArray(), reading);
        return reading;
    }

private:
    QHash<QByteArray, Reading> m_readings;
};

// One series (product and metric) of the file: which days it has values for, to find a day
// given twice without keeping the rows, and whether it is given by month.
struct SeriesDays {
    QBitArray days; // from 1900-01-01 to 2200-12-31: 14 KB, however many rows
    int monthLine = 0;
    int midMonthLine = 0;
    MetricsRepository::StoredPeriod stored; // as the workspace holds it already
};

class Reader
{
public:
    Reader(QString file, const MetricsCsv::Catalogue &catalogue, const MetricsCsv::Options &options)
        : m_catalogue(catalogue)
        , m_options(options)
    {
        m_preview.file = std::move(file);
        for (const MetricDefinition &definition : catalogue.definitions) {
            const int index = int(m_metricKeys.size());
            m_metricKeys << definition.key;
            m_metricByName.insert(definition.key.toLower(), index);
            m_metricByName.insert(normalized(definition.name), index);
            m_metricByName.insert(definition.name.trimmed().toLower(), index);
        }
        for (const Product &product : catalogue.products) {
            m_productByName.insert(product.name.trimmed().toCaseFolded(), int(m_products.size()));
            m_productByName.insert(product.meta.id, int(m_products.size()));
            m_knownNames << product.name;
            m_products.append(product);
        }
    }

    // Reads the header; a file-level problem ends the reading.
    Outcome start(QIODevice &device);
    // Appends the points of the next rows to batch, up to BatchSize; false at the end.
    bool fill(QList<MetricPoint> &batch);
    // After the last row: names the first line of each day given twice, which takes another
    // pass over the file (only when there are such days).
    void finish(QIODevice &again);

    MetricsCsv::Preview &preview() { return m_preview; }
    // The products the file adds (when asked to), as records to save.
    QList<Product> newProducts() const;
    Outcome fileProblem() const { return m_records ? m_records->problem() : Outcome(); }

private:
    void row();
    // The date and product cells of a long or wide row, their problems noted: whether both
    // can be used.
    bool dateAndProduct(DateCell &date, int &productIndex);
    void longRow();
    void wideRow();
    void trendsRow();
    Reading product(QByteArrayView text, TextCache &cache);
    Reading readProduct(const QString &text);
    Reading metric(QByteArrayView text, TextCache &cache, bool seriesLabel);
    Reading readMetric(const QString &text, bool seriesLabel);
    // A point of the file: checked against its series, then kept.
    void point(int productIndex, int metricIndex, DateCell date, double value);
    void problem(const QString &what)
    {
        if (!m_secondPass)
            m_preview.problems.add(m_line, what);
    }
    void addMapping(MetricsCsv::Mapping::Kind kind, const QString &label, const QString &target);
    QString seriesName(int productIndex, int metricIndex) const
    {
        return m_products[productIndex].name + QStringLiteral(" / ") + m_metricKeys[metricIndex];
    }

    const MetricsCsv::Catalogue &m_catalogue;
    const MetricsCsv::Options &m_options;
    MetricsCsv::Preview m_preview;
    std::unique_ptr<CsvRecords> m_records;
    qsizetype m_fieldCount = 0;
    int m_line = 0;
    bool m_secondPass = false;
    QList<MetricPoint> *m_batch = nullptr;

    int m_dateColumn = -1, m_productColumn = -1, m_metricColumn = -1, m_valueColumn = -1;
    int m_seriesColumn = -1, m_customNameColumn = -1, m_breakdownColumn = -1;

    QStringList m_metricKeys;
    QHash<QString, int> m_metricByName;
    QList<Product> m_products; // the catalogue's, then the new ones
    QStringList m_knownNames;
    QHash<QString, int> m_productByName; // case-folded name or id → index
    QList<qsizetype> m_newProducts;      // indexes into m_products, of those to add
    QSet<QString> m_unknownNames;        // case-folded, listed in the preview
    TextCache m_productTexts, m_metricTexts, m_seriesTexts;

    QHash<quint64, int> m_seriesIndex;
    QList<SeriesDays> m_series;
    QHash<quint64, int> m_trendsRowOfSeries; // product and metric → the trends row that gave it
    // Days given twice, named once their first line is known (see finish()).
    struct Repeat {
        int series;
        QDate day;
        int line;
    };
    QList<Repeat> m_repeats;
    QMultiHash<quint64, qsizetype> m_repeatsByDay; // series and day → index in m_repeats
    QSet<QString> m_mapped;
};

void Reader::addMapping(MetricsCsv::Mapping::Kind kind, const QString &label, const QString &target)
{
    const QString key = QString::number(int(kind)) + QLatin1Char('\x1f') + label;
    if (m_secondPass || m_mapped.contains(key) || m_mapped.size() > 1000)
        return;
    m_mapped.insert(key);
    m_preview.mappings.append({kind, label, target, m_line});
}

Reading Reader::readProduct(const QString &text)
{
    const QString fromFile = text.trimmed();
    QString name = m_options.productFor.value(fromFile, fromFile);
    if (name.isEmpty())
        name = m_options.productName;
    const bool fromFileMapping = m_preview.form == Form::Trends || m_productColumn < 0;
    if (name.isEmpty()) {
        if (fromFileMapping)
            addMapping(MetricsCsv::Mapping::Kind::Product, fromFile, {});
        return {-1, withHint(Text::tr("no product"), m_options.hints.product)};
    }
    if (const auto found = m_productByName.constFind(name.toCaseFolded());
        found != m_productByName.constEnd()) {
        if (fromFileMapping)
            addMapping(MetricsCsv::Mapping::Kind::Product, fromFile, m_products[*found].name);
        return {*found, {}};
    }
    if (const QString near = NearMiss::closest(name, m_knownNames); !near.isEmpty())
        return {-1,
                Text::tr("unknown product %1: did you mean %2?").arg(quoted(name), quoted(near))};
    if (m_preview.newProducts.size() >= MaxNewProducts)
        return {-1, Text::tr("more than %1 new products: is the product column right?")
                        .arg(MaxNewProducts)};
    // A new product, listed whether it is to be added or refused.
    Product added;
    added.name = name;
    added.meta.id = MetricIds::product(name);
    MetricsCsv::NewProduct shown{name, {}, {}, m_line};
    for (const Team &team : m_catalogue.teams)
        if (!team.meta.deleted && team.name.compare(name, Qt::CaseInsensitive) == 0) {
            added.teamId = team.meta.id;
            shown.teamId = team.meta.id;
            shown.teamName = team.name;
        }
    if (!m_unknownNames.contains(name.toCaseFolded())) {
        m_unknownNames.insert(name.toCaseFolded());
        m_preview.newProducts.append(shown);
    }
    if (!m_options.addProducts)
        return {-1, withHint(Text::tr("unknown product %1").arg(quoted(name)),
                             m_options.hints.addProducts)};
    const int index = int(m_products.size());
    m_products.append(added);
    m_productByName.insert(name.toCaseFolded(), index);
    m_newProducts.append(index);
    if (fromFileMapping)
        addMapping(MetricsCsv::Mapping::Kind::Product, fromFile, name);
    return {index, {}};
}

Reading Reader::product(QByteArrayView text, TextCache &cache)
{
    if (std::optional<Reading> known = cache.find(text))
        return *known;
    return cache.keep(text, readProduct(QString::fromUtf8(text)));
}

Reading Reader::readMetric(const QString &text, bool seriesLabel)
{
    const QString fromFile = text.trimmed();
    const QString chosen = m_options.metricFor.value(fromFile);
    const QString wanted = chosen.isEmpty() ? fromFile : chosen;
    const auto lookUp = [&](const QString &name) -> int {
        return m_metricByName.value(name.toLower(), m_metricByName.value(normalized(name), -1));
    };
    int index = wanted.isEmpty() ? -1 : lookUp(wanted);
    if (index < 0 && (fromFile.isEmpty() || seriesLabel) && !m_options.metricKey.isEmpty())
        index = lookUp(m_options.metricKey);
    if (seriesLabel || m_metricColumn < 0)
        addMapping(MetricsCsv::Mapping::Kind::Metric, fromFile,
                   index >= 0 ? m_metricKeys[index] : QString());
    if (index >= 0)
        return {index, {}};
    if (wanted.isEmpty())
        return {-1, withHint(Text::tr("no metric"), m_options.hints.metric)};
    const QString near = NearMiss::closest(wanted, m_metricKeys);
    const QString what =
        seriesLabel
            ? Text::tr("series %1 is no metric of the catalogue (%2)")
                  .arg(quoted(wanted), listed(m_metricKeys))
            : Text::tr("unknown metric %1 (known: %2)").arg(quoted(wanted), listed(m_metricKeys));
    if (!near.isEmpty())
        return {-1, what + Text::tr(": did you mean %1?").arg(quoted(near))};
    return {-1, seriesLabel ? withHint(what, m_options.hints.metric) : what};
}

Reading Reader::metric(QByteArrayView text, TextCache &cache, bool seriesLabel)
{
    if (std::optional<Reading> known = cache.find(text))
        return *known;
    return cache.keep(text, readMetric(QString::fromUtf8(text), seriesLabel));
}

Outcome Reader::start(QIODevice &device)
{
    m_records = std::make_unique<CsvRecords>(device, m_preview.file);
    const QString &file = m_preview.file;
    if (Outcome problem = m_records->start())
        return problem;
    m_preview.separator = QLatin1Char(m_records->separator());
    if (!m_records->next())
        return m_records->problem()
                   ? m_records->problem()
                   : Outcome(Problem{file, Text::tr("is empty: expected a header line "
                                                    "such as date,product,metric,value")});
    const QStringList header = m_records->texts();
    m_fieldCount = header.size();
    m_line = 1;

    // A PostHog trends export: `series` first, then labels and periods.
    if (normalized(header.first()) == QLatin1String("series")) {
        m_preview.form = Form::Trends;
        QStringList labels;
        QList<int> periodColumns;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString name = normalized(header[i]);
            MetricsCsv::Column column{header[i].trimmed(), ColumnRole::Period, {}, {}};
            if (i == 0) {
                column.role = ColumnRole::Series;
                m_seriesColumn = 0;
            } else if (m_customNameColumn < 0 && name == QLatin1String("custom_name")) {
                column.role = ColumnRole::CustomName;
                m_customNameColumn = int(i);
            } else if (m_breakdownColumn < 0 && isOneOf(name, {"breakdown", "breakdown_value"})) {
                column.role = ColumnRole::Breakdown;
                m_breakdownColumn = int(i);
            } else if (isOneOf(name, {"total", "total_count", "total_sum"})) {
                column.role = ColumnRole::Total;
            } else {
                labels << header[i].trimmed();
                periodColumns << int(i);
            }
            m_preview.columns.append(column);
        }
        if (labels.isEmpty())
            return Problem{file, Text::tr("line 1 has no period columns, only totals: export the "
                                          "insight as a graph over time (days, weeks or months)")};
        const Result<TrendsPeriods::Periods> periods =
            TrendsPeriods::read(labels, m_catalogue.today);
        if (!periods)
            return Problem{file, Text::tr("line 1: %1").arg(periods.problem().what)};
        m_preview.period = periods.value().granularity;
        for (qsizetype i = 0; i < periodColumns.size(); ++i)
            m_preview.columns[periodColumns[i]].period = periods.value().starts[i];
        return {};
    }

    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = normalized(header[i]);
        MetricsCsv::Column column{header[i].trimmed(), ColumnRole::Value, {}, {}};
        if (m_dateColumn < 0 && isOneOf(name, {"date", "day", "month", "week", "period",
                                               "timestamp", "time", "day_start", "date_day"})) {
            column.role = ColumnRole::Date;
            m_dateColumn = int(i);
        } else if (m_productColumn < 0 &&
                   isOneOf(name, {"product", "product_name", "product_id"})) {
            column.role = ColumnRole::Product;
            m_productColumn = int(i);
        } else if (m_metricColumn < 0 &&
                   isOneOf(name, {"metric", "metric_key", "key", "metric_name"})) {
            column.role = ColumnRole::Metric;
            m_metricColumn = int(i);
        } else if (m_valueColumn < 0 && isOneOf(name, {"value", "val", "amount"})) {
            column.role = ColumnRole::Value;
            m_valueColumn = int(i);
        } else {
            column.role = ColumnRole::MetricValues;
        }
        m_preview.columns.append(column);
    }
    const QString expected =
        Text::tr("expected date,product,metric,value (long form), date,product and one column per "
                 "metric key (wide form), or a PostHog trends export; found: %1")
            .arg(echo(header.join(QStringLiteral(", ")), 200));
    const bool productGiven =
        !m_options.productName.isEmpty() || !m_options.productFor.value({}).isEmpty();
    const bool metricGiven =
        !m_options.metricKey.isEmpty() || !m_options.metricFor.value({}).isEmpty();
    if (m_dateColumn < 0)
        return Problem{file, Text::tr("line 1 has no date column: %1").arg(expected)};
    if (m_productColumn < 0 && !productGiven)
        return Problem{file, withHint(Text::tr("line 1 has no product column: %1").arg(expected),
                                      m_options.hints.product)};
    if (m_valueColumn >= 0 || m_metricColumn >= 0) {
        if (m_valueColumn < 0 || (m_metricColumn < 0 && !metricGiven))
            return Problem{file,
                           Text::tr("line 1 has a %1 column but no %2 column: %3")
                               .arg(m_valueColumn < 0 ? Text::tr("metric") : Text::tr("value"),
                                    m_valueColumn < 0 ? Text::tr("value") : Text::tr("metric"),
                                    expected)};
        m_preview.form = Form::Long;
        for (const MetricsCsv::Column &column : std::as_const(m_preview.columns))
            if (column.role == ColumnRole::MetricValues)
                return Problem{file,
                               Text::tr("line 1: column %1 is not one of date, product, metric, "
                                        "value")
                                   .arg(quoted(column.header))};
        return {};
    }
    m_preview.form = Form::Wide;
    int metricColumns = 0;
    for (MetricsCsv::Column &column : m_preview.columns) {
        if (column.role != ColumnRole::MetricValues)
            continue;
        const int index = m_metricByName.value(normalized(column.header),
                                               m_metricByName.value(column.header.toLower(), -1));
        if (index < 0)
            return Problem{file, Text::tr("line 1: column %1 is not a metric of the catalogue (%2)")
                                     .arg(quoted(column.header), listed(m_metricKeys))};
        column.metricKey = m_metricKeys[index];
        ++metricColumns;
    }
    if (metricColumns == 0)
        return Problem{file, Text::tr("line 1 has no value column: %1").arg(expected)};
    return {};
}

void Reader::point(int productIndex, int metricIndex, DateCell date, double value)
{
    const quint64 key = (quint64(quint32(productIndex)) << 32) | quint32(metricIndex);
    static const QDate first(InputRules::FirstYear, 1, 1);
    auto found = m_seriesIndex.constFind(key);
    if (found == m_seriesIndex.constEnd()) {
        found = m_seriesIndex.insert(key, int(m_series.size()));
        SeriesDays days;
        days.days.resize(int(first.daysTo(QDate(InputRules::LastYear, 12, 31)) + 1));
        if (m_catalogue.storedPeriod)
            days.stored = m_catalogue.storedPeriod(m_products[productIndex].meta.id,
                                                   m_metricKeys[metricIndex]);
        m_series.append(days);
    }
    const int seriesIndex = *found;
    const qint64 bit = first.daysTo(date.day);
    const quint64 dayKey = (quint64(quint32(seriesIndex)) << 32) | quint32(bit);
    if (m_secondPass) {
        for (auto at = m_repeatsByDay.constFind(dayKey);
             at != m_repeatsByDay.constEnd() && at.key() == dayKey; ++at) {
            Repeat &repeat = m_repeats[*at];
            if (repeat.line <= m_line)
                continue; // named already, or this is the repeat itself
            m_preview.problems.add(repeat.line, Text::tr("repeats %1 on %2 (first on line %3)")
                                                    .arg(seriesName(productIndex, metricIndex),
                                                         date.day.toString(Qt::ISODate))
                                                    .arg(m_line));
            repeat.line = 0;
        }
        return;
    }
    SeriesDays &series = m_series[seriesIndex];
    // Given by day or by month as the workspace has it already: a month would overwrite the
    // value of its first day, and a day in a monthly series stand for a whole month.
    if (date.kind == DateCell::Kind::Month && series.stored.midMonthDay.isValid()) {
        problem(Text::tr("%1 is given by day in this workspace (as on %2), not by month")
                    .arg(seriesName(productIndex, metricIndex),
                         series.stored.midMonthDay.toString(Qt::ISODate)));
        return;
    }
    if (date.day.day() != 1 && series.stored.byMonth) {
        problem(Text::tr("%1 is given by month in this workspace, not by day")
                    .arg(seriesName(productIndex, metricIndex)));
        return;
    }
    // A series given by month holds first days of months only.
    if (date.kind == DateCell::Kind::Month && series.monthLine == 0)
        series.monthLine = m_line;
    if (date.day.day() != 1 && series.midMonthLine == 0)
        series.midMonthLine = m_line;
    if (series.monthLine > 0 && series.midMonthLine > 0 &&
        (date.kind == DateCell::Kind::Month || date.day.day() != 1)) {
        problem(Text::tr("%1 is given by month (as on line %2), and by day on line %3")
                    .arg(seriesName(productIndex, metricIndex))
                    .arg(series.monthLine)
                    .arg(series.midMonthLine));
        return;
    }
    if (series.days.testBit(int(bit))) {
        if (m_repeats.size() < ProblemList::MaxDistinct) {
            m_repeatsByDay.insert(dayKey, m_repeats.size());
            m_repeats.append({seriesIndex, date.day, m_line});
        } else {
            problem(Text::tr("repeats a value of %1 given on an earlier line")
                        .arg(seriesName(productIndex, metricIndex)));
        }
        return;
    }
    series.days.setBit(int(bit));
    ++m_preview.valueCount;
    if (!m_batch || !m_preview.problems.isEmpty() || !m_repeats.isEmpty())
        return; // a file with a problem saves nothing: no need to hand on more points
    MetricPoint point;
    point.productId = m_products[productIndex].meta.id;
    point.metricKey = m_metricKeys[metricIndex];
    point.day = date.day;
    point.value = value;
    m_batch->append(std::move(point));
}

namespace {

// Checks a date cell; the problem when it is none of the series' days.
std::optional<QString> dateProblem(const DateCell &date, const QString &text)
{
    switch (date.kind) {
    case DateCell::Kind::TimeOfDay:
        return Text::tr("%1 is a time of day, not a date: Cadence keeps one value per day (write "
                        "the day, %2)")
            .arg(quoted(text), date.day.toString(Qt::ISODate));
    case DateCell::Kind::Bad:
        return Text::tr("%1 is not a date (expected YYYY-MM-DD)").arg(quoted(text));
    case DateCell::Kind::Day:
    case DateCell::Kind::Month:
        break;
    }
    if (!date.day.isValid())
        return Text::tr("%1 is not a date (expected YYYY-MM-DD)").arg(quoted(text));
    if (!InputRules::isPlausible(date.day))
        return Text::tr("%1 is %2").arg(quoted(text), InputRules::outsideYears());
    return std::nullopt;
}

} // namespace

bool Reader::dateAndProduct(DateCell &date, int &productIndex)
{
    const CsvRecords &r = *m_records;
    bool ok = true;
    date = parseDate(r.field(m_dateColumn));
    // A plausible day, the usual cell, needs no text made of it.
    if (date.kind != DateCell::Kind::Day || !InputRules::isPlausible(date.day)) {
        if (const std::optional<QString> bad = dateProblem(date, r.text(m_dateColumn).trimmed())) {
            problem(*bad);
            ok = false;
        }
    }
    const Reading productRead =
        product(m_productColumn >= 0 ? r.field(m_productColumn) : QByteArrayView(), m_productTexts);
    if (productRead.index < 0) {
        problem(productRead.problem);
        ok = false;
    }
    productIndex = productRead.index;
    return ok;
}

void Reader::longRow()
{
    const CsvRecords &r = *m_records;
    DateCell date;
    int productIndex = -1;
    bool ok = dateAndProduct(date, productIndex);
    const Reading metricRead = metric(
        m_metricColumn >= 0 ? r.field(m_metricColumn) : QByteArrayView(), m_metricTexts, false);
    if (metricRead.index < 0) {
        problem(metricRead.problem);
        ok = false;
    }
    const std::optional<double> value = parseValue(r.field(m_valueColumn));
    if (!value) {
        const QString valueText = r.text(m_valueColumn).trimmed();
        problem(valueText.isEmpty() ? Text::tr("no value")
                                    : Text::tr("%1 is not a number").arg(quoted(valueText)));
        ok = false;
    }
    if (ok)
        point(productIndex, metricRead.index, date, *value);
}

void Reader::wideRow()
{
    const CsvRecords &r = *m_records;
    DateCell date;
    int productIndex = -1;
    bool ok = dateAndProduct(date, productIndex);
    for (qsizetype i = 0; i < m_preview.columns.size(); ++i) {
        const MetricsCsv::Column &column = m_preview.columns[i];
        if (column.role != ColumnRole::MetricValues)
            continue;
        const QByteArrayView cell = r.field(i).trimmed();
        if (cell.isEmpty())
            continue; // a wide export leaves a cell empty where it has no value
        const std::optional<double> value = parseValue(cell);
        if (!value) {
            problem(Text::tr("%1 in column %2 is not a number")
                        .arg(quoted(QString::fromUtf8(cell)), column.header));
            ok = false;
        } else if (ok) {
            point(productIndex, int(m_metricKeys.indexOf(column.metricKey)), date, *value);
        }
    }
}

void Reader::trendsRow()
{
    const CsvRecords &r = *m_records;
    QString label = r.text(m_seriesColumn).trimmed();
    // A comparison with the previous period holds last period's values under this period's
    // labels.
    static const QRegularExpression compared(QStringLiteral("\\s+-\\s+(current|previous)$"));
    if (const QRegularExpressionMatch match = compared.match(label); match.hasMatch()) {
        if (match.captured(1) == QLatin1String("previous")) {
            problem(Text::tr("%1 compares with the previous period, under this period's dates: "
                             "export the insight without the comparison")
                        .arg(quoted(label)));
            return;
        }
        label = label.left(match.capturedStart());
    }
    // The custom name, when the file has one that is a metric; else the series' label.
    int metricIndex = -1;
    QString problemText;
    if (m_customNameColumn >= 0 && !r.field(m_customNameColumn).trimmed().isEmpty()) {
        const Reading custom = metric(r.field(m_customNameColumn), m_seriesTexts, true);
        metricIndex = custom.index;
        problemText = custom.problem;
    }
    if (metricIndex < 0) {
        const QByteArray labelBytes = label.toUtf8();
        const Reading series = metric(labelBytes, m_seriesTexts, true);
        metricIndex = series.index;
        if (problemText.isEmpty())
            problemText = series.problem;
    }
    // PostHog's label for the rows whose breakdown property is not set: they name no product,
    // and take the one given (--product, the dialog's), as a file without breakdowns does.
    static constexpr QByteArrayView NoBreakdown = "$$_posthog_breakdown_null_$$";
    QByteArrayView breakdown =
        m_breakdownColumn >= 0 ? r.field(m_breakdownColumn).trimmed() : QByteArrayView();
    if (breakdown == NoBreakdown)
        breakdown = QByteArrayView();
    const Reading productRead = product(breakdown, m_productTexts);
    bool ok = true;
    if (metricIndex < 0) {
        problem(problemText);
        ok = false;
    }
    if (productRead.index < 0) {
        problem(productRead.problem);
        ok = false;
    }
    if (!ok)
        return;
    if (!m_secondPass) {
        const quint64 key = (quint64(quint32(productRead.index)) << 32) | quint32(metricIndex);
        const int line = m_trendsRowOfSeries.value(key, 0);
        if (line > 0) {
            problem(Text::tr("the same series as line %1 (%2)")
                        .arg(line)
                        .arg(seriesName(productRead.index, metricIndex)));
            return;
        }
        m_trendsRowOfSeries.insert(key, m_line);
    }
    for (qsizetype i = 0; i < m_preview.columns.size(); ++i) {
        const MetricsCsv::Column &column = m_preview.columns[i];
        if (column.role != ColumnRole::Period)
            continue;
        const QByteArrayView cell = r.field(i).trimmed();
        if (cell.isEmpty())
            continue; // no value that period, which is not zero
        const std::optional<double> value = parseValue(cell);
        if (!value) {
            problem(Text::tr("%1 in column %2 is not a number")
                        .arg(quoted(QString::fromUtf8(cell)), quoted(column.header)));
            continue;
        }
        point(productRead.index, metricIndex, {DateCell::Kind::Day, column.period}, *value);
    }
}

void Reader::row()
{
    const CsvRecords &r = *m_records;
    m_line = r.line();
    if (!m_secondPass) {
        ++m_preview.rowCount;
        if (m_preview.firstRows.size() < PreviewRows) {
            m_preview.firstRows.append(r.texts());
            m_preview.firstRowLines.append(m_line);
        }
    }
    if (r.size() != m_fieldCount) {
        problem(Text::tr("has %n field(s) where the header has %1", nullptr, int(r.size()))
                    .arg(m_fieldCount));
        return;
    }
    switch (m_preview.form) {
    case Form::Long:
        longRow();
        break;
    case Form::Wide:
        wideRow();
        break;
    case Form::Trends:
        trendsRow();
        break;
    }
}

bool Reader::fill(QList<MetricPoint> &batch)
{
    m_batch = &batch;
    while (batch.size() < BatchSize) {
        if (!m_records->next()) {
            m_batch = nullptr;
            return false;
        }
        row();
    }
    m_batch = nullptr;
    return true;
}

void Reader::finish(QIODevice &again)
{
    if (m_records->problem())
        return;
    if (m_preview.rowCount == 0)
        m_preview.problems.add(1, Text::tr("a header with no rows after it"));
    if (m_repeats.isEmpty())
        return;
    // The first line of each day given twice: read the rows again, the readings of names
    // already made.
    m_secondPass = true;
    m_records = std::make_unique<CsvRecords>(again, m_preview.file);
    if (m_records->start() || !m_records->next())
        return;
    const int lastRepeat = m_repeats.last().line;
    while (m_records->next() && m_records->line() < lastRepeat)
        row();
    for (const Repeat &repeat : std::as_const(m_repeats))
        if (repeat.line > 0) // the first of its day was given after it: cannot be
            m_preview.problems.add(repeat.line, Text::tr("repeats a value of an earlier line"));
}

QList<Product> Reader::newProducts() const
{
    QList<Product> products;
    for (qsizetype index : m_newProducts)
        products.append(m_products[index]);
    return products;
}

// Reads a whole file (or bytes) into a preview or a source of points.
class FileSource final : public MetricPointSource
{
public:
    FileSource(std::function<std::unique_ptr<QIODevice>()> open, const QString &file,
               const MetricsCsv::Catalogue &catalogue, const MetricsCsv::Options &options)
        : m_open(std::move(open))
        , m_catalogue(catalogue)
        , m_options(options)
        , m_reader(file, m_catalogue, m_options)
    {}

    Outcome start()
    {
        m_device = m_open();
        if (!m_device->isOpen())
            return Problem{m_reader.preview().file,
                           Text::tr("cannot be read (%1)").arg(m_device->errorString())};
        m_started = true;
        return m_reader.start(*m_device);
    }
    // Reads every row; the preview then holds all it can say.
    MetricsCsv::Preview readAll()
    {
        QList<MetricPoint> none;
        while (m_reader.fill(none))
            none.clear();
        end();
        return std::move(m_reader.preview());
    }
    Outcome next(QList<MetricPoint> &batch) override
    {
        batch.clear();
        if (!m_started)
            if (Outcome problem = start())
                return problem;
        if (m_done)
            return {};
        while (batch.isEmpty()) {
            if (m_reader.fill(batch))
                continue;
            end();
            if (Outcome problem = m_reader.fileProblem())
                return problem;
            if (!m_reader.preview().ok())
                return m_reader.preview().problem();
            break;
        }
        return {};
    }
    QList<Product> products() override { return m_reader.newProducts(); }
    const MetricsCsv::Preview &preview() { return m_reader.preview(); }

private:
    void end()
    {
        m_done = true;
        if (m_reader.fileProblem())
            return;
        std::unique_ptr<QIODevice> again = m_open();
        m_reader.finish(*again);
    }

    std::function<std::unique_ptr<QIODevice>()> m_open;
    MetricsCsv::Catalogue m_catalogue;
    MetricsCsv::Options m_options;
    Reader m_reader;
    std::unique_ptr<QIODevice> m_device;
    bool m_started = false;
    bool m_done = false;
};

std::function<std::unique_ptr<QIODevice>()> opener(const QString &path)
{
    return [path] {
        auto file = std::make_unique<QFile>(path);
        file->open(QIODevice::ReadOnly);
        return std::unique_ptr<QIODevice>(std::move(file));
    };
}

Result<MetricsCsv::Preview> readWhole(FileSource &source)
{
    if (Outcome problem = source.start())
        return *problem;
    MetricsCsv::Preview preview = source.readAll();
    return preview;
}

} // namespace

namespace MetricsCsv {

QString roleName(const Column &column)
{
    switch (column.role) {
    case ColumnRole::Date:
        return Text::tr("date");
    case ColumnRole::Product:
        return Text::tr("product");
    case ColumnRole::Metric:
        return Text::tr("metric");
    case ColumnRole::Value:
        return Text::tr("value");
    case ColumnRole::MetricValues:
        return Text::tr("values of %1").arg(column.metricKey);
    case ColumnRole::Series:
        return Text::tr("series");
    case ColumnRole::CustomName:
        return Text::tr("custom name");
    case ColumnRole::Breakdown:
        return Text::tr("breakdown: product");
    case ColumnRole::Period:
        return Text::tr("values of %1").arg(column.period.toString(Qt::ISODate));
    case ColumnRole::Total:
        return Text::tr("total: skipped");
    }
    return {};
}

Problem Preview::problem() const
{
    return problems.problem(file, Text::tr("nothing was imported"));
}

Catalogue catalogue(WorkspaceSession &session)
{
    const MetricsRepository &metrics = session.metrics();
    return {metrics.products(), metrics.definitions(), session.coverage().teams(), session.today(),
            [&metrics](const QString &productId, const QString &metricKey) {
                return metrics.storedPeriod(productId, metricKey);
            }};
}

Result<Preview> read(const QByteArray &bytes, const QString &file, const Catalogue &catalogue,
                     const Options &options)
{
    FileSource source(
        [&bytes] {
            auto buffer = std::make_unique<QBuffer>();
            buffer->setData(bytes);
            buffer->open(QIODevice::ReadOnly);
            return std::unique_ptr<QIODevice>(std::move(buffer));
        },
        file, catalogue, options);
    return readWhole(source);
}

Result<Preview> readFile(const QString &path, const Catalogue &catalogue, const Options &options)
{
    FileSource source(opener(path), path, catalogue, options);
    return readWhole(source);
}

std::unique_ptr<MetricPointSource> pointsOf(const QString &path, const Catalogue &catalogue,
                                            const Options &options)
{
    return std::make_unique<FileSource>(opener(path), path, catalogue, options);
}

Result<FileImport> importFile(WorkspaceSession &session, const QString &path,
                              const Options &options)
{
    FileSource source(opener(path), path, catalogue(session), options);
    auto imported = session.metrics().importPoints(source, ImportDiff<MetricPoint>::Keep::Counts);
    if (!imported)
        return imported.problem();
    FileImport result;
    static_cast<ImportCounts &>(result) = imported.value().points.counts();
    result.products = imported.value().products;
    return result;
}

} // namespace MetricsCsv
