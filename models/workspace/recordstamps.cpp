#include "recordstamps.h"

#include <QMap>

RecordStamps::RecordStamps(int unitCount, const Stamp &everyUnit)
    : m_units(unitCount, everyUnit)
{}

std::optional<RecordStamps> RecordStamps::decode(const QString &text, int unitCount,
                                                 const Stamp &record)
{
    RecordStamps stamps(unitCount, record);
    if (text.isEmpty())
        return stamps;
    for (const QString &group : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList parts = group.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() != 3)
            return std::nullopt;
        bool ok = false;
        const Stamp stamp{parts[0].toLongLong(&ok), parts[1]};
        if (!ok)
            return std::nullopt;
        for (const QString &unit : parts[2].split(u',')) {
            const int index = unit.toInt(&ok);
            if (!ok || index < 0 || index >= unitCount)
                return std::nullopt;
            stamps.m_units[index] = stamp;
        }
    }
    return stamps;
}

Stamp RecordStamps::latest() const
{
    Stamp latest;
    for (const Stamp &stamp : m_units)
        if (latest < stamp)
            latest = stamp;
    return latest;
}

QString RecordStamps::encode(const Stamp &record) const
{
    // Grouped by stamp, in stamp order, so that equal stamps always encode to equal text.
    QMap<Stamp, QStringList> groups;
    for (int unit = 0; unit < m_units.size(); ++unit)
        if (m_units[unit] != record)
            groups[m_units[unit]] << QString::number(unit);
    if (groups.isEmpty())
        return {};
    QStringList text;
    for (auto group = groups.cbegin(); group != groups.cend(); ++group)
        text << QStringLiteral("%1 %2 %3")
                    .arg(group.key().hlc)
                    .arg(group.key().origin, group.value().join(u','));
    return text.join(u';');
}
