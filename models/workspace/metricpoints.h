#pragma once

#include "core/problem.h"
#include "statement.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

class Workspace;

// How metric points are stored (see 0005_record_store.sql): a row per point keyed by its
// series and day, key = series << DayBits | the day's Julian day number, with the series
// (product and metric) and the origin (a replica) as small numbers of their own tables. A
// point's record id, which conflicts and undo refer to, is derived from its natural key.
// This is the one place that knows the layout; the metrics repository, the record store's
// raw access and the merge use it.
namespace MetricPoints {

constexpr int DayBits = 23; // every day of years 1 to 9999
constexpr qint64 DayMask = (qint64(1) << DayBits) - 1;

inline qint64 key(qint64 series, qint64 julianDay)
{
    return (series << DayBits) | julianDay;
}
inline qint64 seriesOf(qint64 key)
{
    return key >> DayBits;
}
inline QDate dayOf(qint64 key)
{
    return QDate::fromJulianDay(key & DayMask);
}
// The keys of a series' days from..to (inclusive; invalid: open).
qint64 firstKey(qint64 series, QDate from);
qint64 lastKey(qint64 series, QDate to);

// The numbers of series and replicas, read once and added to as points are written (inside
// the writer's transaction: a rollback drops the new numbers with the points).
class Numbers
{
public:
    explicit Numbers(Workspace &workspace);

    std::optional<qint64> series(const QString &productId, const QString &metricKey);
    Result<qint64> seriesOrNew(const QString &productId, const QString &metricKey);
    Result<qint64> replicaOrNew(const QString &replicaId);
    // The replica id of a number (for raw reads).
    QString replicaId(qint64 number);

private:
    Workspace &m_workspace;
    QHash<QString, qint64> m_series;   // "product\x1fmetric" -> n
    QHash<QString, qint64> m_replicas; // replica id -> n
    QHash<qint64, QString> m_replicaIds;
    bool m_loaded = false;
    void load();
    // The number an INSERT … RETURNING n gave the new row.
    Result<qint64> newNumber(Statement &insert);
};

// The one writer of the table: a point as given (value, stamp, tombstone, sample mark) over
// the point of the same key, if there is one, inside the caller's transaction.
class Writer
{
public:
    explicit Writer(Workspace &workspace);
    // False on a failure; error() says which. `isNew`: the caller knows that no point has the
    // key, so a plain insert does (a fifth quicker than the upsert, which opens a statement
    // journal for each row; bench_import).
    bool write(qint64 key, double value, qint64 hlc, qint64 origin, bool deleted, bool sample,
               bool isNew = false);
    QString error() const { return m_error; }

private:
    Statement m_upsert;
    Statement m_insert;
    QString m_error;
};

} // namespace MetricPoints
