#include "pmnames.h"

#include <QCoreApplication>
#include <QStringList>

namespace PmNames {

QList<Pm> matching(const QList<Pm> &pms, const QString &name)
{
    const QString wanted = name.trimmed();
    QList<Pm> byFirstName;
    for (const Pm &pm : pms) {
        if (pm.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return {pm};
        if (pm.name.section(QLatin1Char(' '), 0, 0).compare(wanted, Qt::CaseInsensitive) == 0)
            byFirstName.append(pm);
    }
    return byFirstName;
}

QString list(const QList<Pm> &pms)
{
    QStringList names;
    for (const Pm &pm : pms)
        names << pm.name;
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return QCoreApplication::translate("PmNames", "%1 and %2")
        .arg(names.join(QStringLiteral(", ")), last);
}

} // namespace PmNames
