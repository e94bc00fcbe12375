#include "metricpoints.h"

#include "workspace.h"

#include <QCoreApplication>

namespace MetricPoints {

namespace {

QString seriesName(const QString &productId, const QString &metricKey)
{
    return productId + QChar(0x1f) + metricKey;
}

} // namespace

qint64 firstKey(qint64 series, QDate from)
{
    return key(series, from.isValid() ? from.toJulianDay() : 0);
}

qint64 lastKey(qint64 series, QDate to)
{
    return key(series, to.isValid() ? to.toJulianDay() : DayMask);
}

Numbers::Numbers(Workspace &workspace)
    : m_workspace(workspace)
{}

void Numbers::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Statement series(m_workspace.sqliteHandle(),
                     "SELECT n, product_id, metric_key FROM metric_series");
    while (series.next())
        m_series.insert(seriesName(series.text(1), series.text(2)), series.integer(0));
    Statement replicas(m_workspace.sqliteHandle(), "SELECT n, id FROM replica");
    while (replicas.next()) {
        m_replicas.insert(replicas.text(1), replicas.integer(0));
        m_replicaIds.insert(replicas.integer(0), replicas.text(1));
    }
}

std::optional<qint64> Numbers::series(const QString &productId, const QString &metricKey)
{
    load();
    const auto found = m_series.constFind(seriesName(productId, metricKey));
    return found == m_series.constEnd() ? std::nullopt : std::optional<qint64>(*found);
}

Result<qint64> Numbers::seriesOrNew(const QString &productId, const QString &metricKey)
{
    if (const std::optional<qint64> known = series(productId, metricKey))
        return *known;
    Statement insert(m_workspace.sqliteHandle(),
                     "INSERT INTO metric_series (product_id, metric_key) VALUES (?1, ?2) "
                     "RETURNING n");
    insert.bind(1, productId);
    insert.bind(2, metricKey);
    const Result<qint64> number = newNumber(insert);
    if (number)
        m_series.insert(seriesName(productId, metricKey), number.value());
    return number;
}

Result<qint64> Numbers::replicaOrNew(const QString &replicaId)
{
    load();
    if (const auto found = m_replicas.constFind(replicaId); found != m_replicas.constEnd())
        return *found;
    Statement insert(m_workspace.sqliteHandle(),
                     "INSERT INTO replica (id) VALUES (?1) RETURNING n");
    insert.bind(1, replicaId);
    const Result<qint64> number = newNumber(insert);
    if (number) {
        m_replicas.insert(replicaId, number.value());
        m_replicaIds.insert(number.value(), replicaId);
    }
    return number;
}

Result<qint64> Numbers::newNumber(Statement &insert)
{
    if (!insert.next())
        return m_workspace.problem(
            QCoreApplication::translate("Repository", "cannot be written (%1)")
                .arg(insert.error()));
    const qint64 number = insert.integer(0);
    insert.reset();
    return number;
}

QString Numbers::replicaId(qint64 number)
{
    load();
    return m_replicaIds.value(number);
}

Writer::Writer(Workspace &workspace)
    : m_upsert(workspace.sqliteHandle(),
               "INSERT INTO metric_point (key, value, hlc, origin, deleted, sample) VALUES (?1, "
               "?2, ?3, ?4, ?5, ?6) ON CONFLICT (key) DO UPDATE SET value = excluded.value, hlc = "
               "excluded.hlc, origin = excluded.origin, deleted = excluded.deleted, sample = "
               "excluded.sample")
    , m_insert(workspace.sqliteHandle(),
               "INSERT INTO metric_point (key, value, hlc, origin, deleted, sample) VALUES (?1, "
               "?2, ?3, ?4, ?5, ?6)")
{}

bool Writer::write(qint64 key, double value, qint64 hlc, qint64 origin, bool deleted, bool sample,
                   bool isNew)
{
    Statement &statement = isNew ? m_insert : m_upsert;
    statement.reset();
    statement.bind(1, key);
    statement.bindReal(2, value);
    statement.bind(3, hlc);
    statement.bind(4, origin);
    statement.bind(5, qint64(deleted ? 1 : 0));
    statement.bind(6, qint64(sample ? 1 : 0));
    if (statement.exec())
        return true;
    m_error = statement.error();
    return false;
}

} // namespace MetricPoints
