#pragma once

#include <QStringList>

// RFC 4180 CSV output: fields quoted only when they must be.
namespace CsvWriter {

inline QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

inline QString row(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &value : fields)
        escaped << field(value);
    return escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace CsvWriter
