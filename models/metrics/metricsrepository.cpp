#include "metricsrepository.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>

namespace {

const QString productColumns = QStringLiteral("name, team_id, pmf, pmf_since, note");
const QString metricColumns =
    QStringLiteral("key, name, definition, unit, good_direction, smoothing_months, band_poor, "
                   "band_good, band_great, band_source, band_taken_on");
const QString reviewColumns = QStringLiteral("product_id, month, done_on, notes, link");

QStringList columnList(const QString &columns)
{
    return columns.split(QStringLiteral(", "));
}

template<typename Record, typename Read> QList<Record> readAll(QSqlQuery &query, Read read)
{
    QList<Record> records;
    if (!query.exec())
        return records;
    while (query.next())
        records.append(read(query));
    return records;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableReal(const std::optional<BenchmarkBands> &bands, double BenchmarkBands::*field)
{
    return bands ? QVariant(bands.value().*field) : QVariant(QMetaType(QMetaType::Double));
}

Product readProduct(const QSqlQuery &q)
{
    Product product;
    product.meta = Repository::readMeta(q);
    product.name = q.value(5).toString();
    product.teamId = q.value(6).toString();
    product.productMarketFit = q.value(7).toBool();
    product.pmfSince = Repository::dateFrom(q.value(8));
    product.note = q.value(9).toString();
    return product;
}

MetricDefinition readDefinition(const QSqlQuery &q)
{
    MetricDefinition definition;
    definition.meta = Repository::readMeta(q);
    definition.key = q.value(5).toString();
    definition.name = q.value(6).toString();
    definition.definition = q.value(7).toString();
    definition.unit = unitFromKey(q.value(8).toString()).value_or(MetricUnit::Count);
    definition.goodDirection = directionFromKey(q.value(9).toString()).value_or(GoodDirection::Up);
    definition.smoothingMonths = q.value(10).toInt();
    if (!q.value(11).isNull() && !q.value(12).isNull() && !q.value(13).isNull())
        definition.bands =
            BenchmarkBands{q.value(11).toDouble(), q.value(12).toDouble(), q.value(13).toDouble(),
                           q.value(14).toString(), Repository::dateFrom(q.value(15))};
    return definition;
}

GrowthReview readReview(const QSqlQuery &q)
{
    GrowthReview review;
    review.meta = Repository::readMeta(q);
    review.productId = q.value(5).toString();
    review.month = QDate::fromString(q.value(6).toString() + QStringLiteral("-01"), Qt::ISODate);
    review.doneOn = Repository::dateFrom(q.value(7));
    review.notes = q.value(8).toString();
    review.link = q.value(9).toString();
    return review;
}

// The workspace's own SQLite connection, for the paths that move many points: QSqlQuery's
// per-value QVariants cost several times more than SQLite's own work there.
sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

// A prepared statement, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (db && sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
                      SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// Text bound to a statement stays alive until the statement has run: the bytes of one row.
class RowText
{
public:
    void clear() { m_count = 0; }
    void bind(sqlite3_stmt *statement, int column, const QString &text)
    {
        if (m_count == m_bytes.size())
            m_bytes.append(QByteArray());
        QByteArray &bytes = m_bytes[m_count++];
        bytes = text.toUtf8();
        sqlite3_bind_text(statement, column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }

private:
    QList<QByteArray> m_bytes;
    qsizetype m_count = 0;
};

// The days of a series are stored as YYYY-MM-DD: reading them by hand is several times
// faster than QDate::fromString, which matters for years of daily points.
QDate isoDay(const QString &text)
{
    if (text.size() != 10)
        return QDate::fromString(text, Qt::ISODate);
    auto digit = [&text](int i) { return text[i].unicode() - u'0'; };
    return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                 digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
}

} // namespace

QList<Product> MetricsRepository::products() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM product WHERE deleted = 0 "
                                             "ORDER BY name COLLATE NOCASE")
                                  .arg(metaColumns(), productColumns));
    return readAll<Product>(query, readProduct);
}

QList<MetricDefinition> MetricsRepository::definitions() const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM metric WHERE deleted = 0 ORDER BY key")
                    .arg(metaColumns(), metricColumns));
    return readAll<MetricDefinition>(query, readDefinition);
}

QList<GrowthReview> MetricsRepository::reviews() const
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1, %2 FROM growth_review WHERE deleted = 0 ORDER BY month, id")
            .arg(metaColumns(), reviewColumns));
    return readAll<GrowthReview>(query, readReview);
}

std::optional<Product> MetricsRepository::product(const QString &id) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM product WHERE id = ?")
                                  .arg(metaColumns(), productColumns));
    query.addBindValue(id);
    const QList<Product> found = readAll<Product>(query, readProduct);
    return found.isEmpty() ? std::nullopt : std::optional<Product>(found.first());
}

std::optional<Product> MetricsRepository::findProduct(const QString &name) const
{
    for (const Product &product : products())
        if (product.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return product;
    return std::nullopt;
}

std::optional<MetricDefinition> MetricsRepository::definition(const QString &key) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM metric WHERE key = ? AND deleted = 0")
                    .arg(metaColumns(), metricColumns));
    query.addBindValue(key);
    const QList<MetricDefinition> found = readAll<MetricDefinition>(query, readDefinition);
    return found.isEmpty() ? std::nullopt : std::optional<MetricDefinition>(found.first());
}

Series MetricsRepository::series(const QString &productId, const QString &metricKey, QDate from,
                                 QDate to) const
{
    const QByteArray product = productId.toUtf8();
    const QByteArray key = metricKey.toUtf8();
    const QByteArray first = from.isValid() ? from.toString(Qt::ISODate).toUtf8() : "0000";
    const QByteArray last = to.isValid() ? to.toString(Qt::ISODate).toUtf8() : "9999";
    Series points;
    // Years of daily points: read them through SQLite itself (this is the charts' hot path).
    sqlite3 *db = sqliteHandle(workspace().database());
    sqlite3_stmt *statement = nullptr;
    static const char sql[] =
        "SELECT day, value FROM metric_point WHERE product_id = ?1 AND metric_key = ?2 "
        "AND day >= ?3 AND day <= ?4 AND deleted = 0 ORDER BY day";
    if (!db || sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return seriesThroughQt(productId, metricKey, from, to);
    }
    sqlite3_bind_text(statement, 1, product.constData(), int(product.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, key.constData(), int(key.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 3, first.constData(), int(first.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 4, last.constData(), int(last.size()), SQLITE_STATIC);
    points.reserve(4096);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto *day = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const int length = sqlite3_column_bytes(statement, 0);
        points.append(
            {isoDay(QString::fromLatin1(day, length)), sqlite3_column_double(statement, 1)});
    }
    sqlite3_finalize(statement);
    return points;
}

Series MetricsRepository::seriesThroughQt(const QString &productId, const QString &metricKey,
                                          QDate from, QDate to) const
{
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT day, value FROM metric_point WHERE product_id = ? AND metric_key = ? "
        "AND day >= ? AND day <= ? AND deleted = 0 ORDER BY day"));
    query.setForwardOnly(true);
    query.addBindValue(productId);
    query.addBindValue(metricKey);
    query.addBindValue(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
    query.addBindValue(to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999"));
    Series points;
    if (!query.exec())
        return points;
    while (query.next())
        points.append({isoDay(query.value(0).toString()), query.value(1).toDouble()});
    return points;
}

QStringList MetricsRepository::seriesKeys(const QString &productId) const
{
    // One index seek per catalogue entry, rather than a scan of all the product's points.
    QStringList keys;
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT 1 FROM metric_point WHERE product_id = ? AND metric_key = ? AND deleted = 0 "
        "LIMIT 1"));
    for (const MetricDefinition &definition : definitions()) {
        query.addBindValue(productId);
        query.addBindValue(definition.key);
        if (query.exec() && query.next())
            keys << definition.key;
    }
    return keys;
}

std::optional<double> MetricsRepository::latestValue(const QString &productId,
                                                     const QString &metricKey,
                                                     QDate onOrBefore) const
{
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT value FROM metric_point WHERE product_id = ? AND metric_key = ? AND day <= ? "
        "AND deleted = 0 ORDER BY day DESC LIMIT 1"));
    query.addBindValue(productId);
    query.addBindValue(metricKey);
    query.addBindValue(onOrBefore.toString(Qt::ISODate));
    if (query.exec() && query.next())
        return query.value(0).toDouble();
    return std::nullopt;
}

qint64 MetricsRepository::pointCount() const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT count(*) FROM metric_point WHERE deleted = 0"));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

Outcome MetricsRepository::apply(MetricsEdit &edit)
{
    Outcome problem = writeTogether([&]() -> Outcome {
        for (Product &product : edit.products)
            if (Outcome failed = write(product))
                return failed;
        for (MetricDefinition &definition : edit.definitions)
            if (Outcome failed = write(definition))
                return failed;
        for (GrowthReview &review : edit.reviews)
            if (Outcome failed = write(review))
                return failed;
        return {};
    });
    if (!problem)
        emit changed();
    return problem;
}

Result<MetricsRepository::PointsImport>
MetricsRepository::importPoints(MetricPointSource &source, ImportDiff<MetricPoint>::Keep keep,
                                bool compare)
{
    PointsImport result{ImportDiff<MetricPoint>(keep), {}};
    sqlite3 *db = sqliteHandle(workspace().database());
    WriteTransaction transaction(workspace());
    if (!transaction.isOpen())
        return *transaction.commit();
    auto failure = [&] {
        return workspace().problem(tr("cannot be written (%1)")
                                       .arg(db ? QString::fromUtf8(sqlite3_errmsg(db))
                                               : QStringLiteral("no SQLite connection")));
    };
    const QStringList columns = {QStringLiteral("product_id"), QStringLiteral("metric_key"),
                                 QStringLiteral("day"), QStringLiteral("value")};
    const Statement existing(db, "SELECT value, deleted FROM metric_point WHERE id = ?1");
    const Statement insert(db, "INSERT INTO metric_point (id, hlc, origin, deleted, sample, "
                               "product_id, metric_key, day, value) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    const Statement upsert(db, upsertSql(QStringLiteral("metric_point"), columns).toUtf8());
    if (!existing || !insert || !upsert)
        return failure();
    RowText text;
    QList<MetricPoint> batch;
    while (true) {
        if (Outcome problem = source.next(batch))
            return *problem; // the transaction rolls back as it goes out of scope
        if (batch.isEmpty())
            break;
        for (MetricPoint &point : batch) {
            point.meta.id = MetricIds::point(point.productId, point.metricKey, point.day);
            text.clear();
            std::optional<MetricPoint> stored;
            if (compare) {
                sqlite3_stmt *q = existing.get();
                text.bind(q, 1, point.meta.id);
                const int step = sqlite3_step(q);
                if (step == SQLITE_ROW) {
                    stored = point;
                    stored->value = sqlite3_column_double(q, 0);
                    stored->meta.deleted = sqlite3_column_int(q, 1) != 0;
                }
                sqlite3_reset(q);
                if (step != SQLITE_ROW && step != SQLITE_DONE)
                    return failure();
            }
            const bool same = stored && stored->value == point.value;
            if (result.points.compare(point, stored ? &*stored : nullptr, same) ==
                ImportAction::Keep)
                continue; // not even stamped: importing a file again changes nothing
            stamp(point.meta);
            // A point known to be new is a plain INSERT: SQLite's upsert costs more per row.
            sqlite3_stmt *q = compare && !stored ? insert.get() : upsert.get();
            text.clear();
            char day[16];
            const int dayLength = std::snprintf(day, sizeof day, "%04d-%02d-%02d", point.day.year(),
                                                point.day.month(), point.day.day());
            text.bind(q, 1, point.meta.id);
            sqlite3_bind_int64(q, 2, point.meta.hlc);
            text.bind(q, 3, point.meta.origin);
            sqlite3_bind_int(q, 4, point.meta.deleted ? 1 : 0);
            sqlite3_bind_int(q, 5, point.meta.sample ? 1 : 0);
            text.bind(q, 6, point.productId);
            text.bind(q, 7, point.metricKey);
            sqlite3_bind_text(q, 8, day, dayLength, SQLITE_TRANSIENT);
            sqlite3_bind_double(q, 9, point.value);
            const int step = sqlite3_step(q);
            sqlite3_reset(q);
            if (step != SQLITE_DONE)
                return failure();
        }
    }
    result.products = source.products();
    for (Product &product : result.products)
        if (Outcome problem = write(product))
            return *problem;
    if (Outcome problem = transaction.commit())
        return *problem;
    if (result.points.counts().changesAnything() || !result.products.isEmpty())
        emit changed();
    return result;
}

namespace {

// Points already in memory, as one batch.
class PointList final : public MetricPointSource
{
public:
    explicit PointList(const QList<MetricPoint> &points)
        : m_points(points)
    {}
    Outcome next(QList<MetricPoint> &batch) override
    {
        batch = m_given ? QList<MetricPoint>() : m_points;
        m_given = true;
        return {};
    }

private:
    const QList<MetricPoint> &m_points;
    bool m_given = false;
};

} // namespace

Result<MetricsRepository::ImportStats>
MetricsRepository::importPoints(const QList<MetricPoint> &points, bool compare,
                                QList<MetricPoint> *previous)
{
    PointList source(points);
    auto imported = importPoints(source,
                                 previous ? ImportDiff<MetricPoint>::Keep::BeforeOnly
                                          : ImportDiff<MetricPoint>::Keep::Counts,
                                 compare);
    if (!imported)
        return imported.problem();
    if (previous)
        *previous = std::move(imported.value().points.before);
    return imported.value().points.counts();
}

Outcome MetricsRepository::write(Product &product)
{
    stamp(product.meta);
    QSqlQuery query = prepare(upsertSql(QStringLiteral("product"), columnList(productColumns)));
    bindMeta(query, product.meta);
    query.addBindValue(sqlText(product.name));
    query.addBindValue(nullableText(product.teamId));
    query.addBindValue(product.productMarketFit ? 1 : 0);
    query.addBindValue(sqlDate(product.pmfSince));
    query.addBindValue(sqlText(product.note));
    return run(query);
}

Outcome MetricsRepository::write(MetricDefinition &definition)
{
    if (definition.meta.id.isEmpty())
        definition.meta.id = MetricIds::definition(definition.key);
    stamp(definition.meta);
    QSqlQuery query = prepare(upsertSql(QStringLiteral("metric"), columnList(metricColumns)));
    bindMeta(query, definition.meta);
    query.addBindValue(sqlText(definition.key));
    query.addBindValue(sqlText(definition.name));
    query.addBindValue(sqlText(definition.definition));
    query.addBindValue(unitKey(definition.unit));
    query.addBindValue(directionKey(definition.goodDirection));
    query.addBindValue(definition.smoothingMonths);
    query.addBindValue(nullableReal(definition.bands, &BenchmarkBands::poor));
    query.addBindValue(nullableReal(definition.bands, &BenchmarkBands::good));
    query.addBindValue(nullableReal(definition.bands, &BenchmarkBands::great));
    query.addBindValue(sqlText(definition.bands ? definition.bands->source : QString()));
    query.addBindValue(sqlDate(definition.bands ? definition.bands->takenOn : QDate()));
    return run(query);
}

Outcome MetricsRepository::write(GrowthReview &review)
{
    if (review.meta.id.isEmpty())
        review.meta.id = MetricIds::review(review.productId, review.month);
    stamp(review.meta);
    QSqlQuery query =
        prepare(upsertSql(QStringLiteral("growth_review"), columnList(reviewColumns)));
    bindMeta(query, review.meta);
    query.addBindValue(review.productId);
    query.addBindValue(review.month.toString(QStringLiteral("yyyy-MM")));
    query.addBindValue(sqlDate(review.doneOn));
    query.addBindValue(sqlText(review.notes));
    query.addBindValue(sqlText(review.link));
    return run(query);
}
