#pragma once

#include <QDate>
#include <QString>
#include <QUuid>

// Record ids are UUID text. Records with a natural key get a name-based (v5) id so that two
// people creating the same record independently (importing the same CSV) create the same id.
namespace Ids {

inline QString random()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString fromKey(const QString &kind, const QString &naturalKey)
{
    static const QUuid cadenceNamespace(QStringLiteral("8c7c3f0e-5f41-4c3e-9d0e-3b1f5a7d2c61"));
    return QUuid::createUuidV5(cadenceNamespace, kind + QLatin1Char('\x1f') + naturalKey)
        .toString(QUuid::WithoutBraces);
}

// A metric point's id, from its natural key (product, metric, day): points are stored by that
// key alone, and the id is derived when a conflict or an undo needs one.
inline QString metricPoint(const QString &productId, const QString &metricKey, QDate day)
{
    return fromKey(QStringLiteral("metric-point"), productId + QLatin1Char('|') + metricKey +
                                                       QLatin1Char('|') +
                                                       day.toString(Qt::ISODate));
}

} // namespace Ids
