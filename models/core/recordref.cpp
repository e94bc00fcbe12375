#include "recordref.h"

#include "isodate.h"

#include <QStringList>

QString RecordRef::toLink() const
{
    QString link = table + QLatin1Char('/') + id;
    if (day.isValid())
        link += QLatin1Char('/') + day.toString(Qt::ISODate);
    return link;
}

RecordRef RecordRef::fromLink(const QString &link)
{
    const QStringList parts = link.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty())
        return {};
    RecordRef ref{parts[0], parts[1], {}};
    if (parts.size() == 3)
        ref.day = IsoDate::day(parts[2]);
    return ref;
}
