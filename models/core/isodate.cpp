#include "isodate.h"

namespace IsoDate {

namespace {

template<typename Char> std::optional<qint64> parse(const Char *text, qsizetype length)
{
    if (length != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + int(text[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    static constexpr int daysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > daysInMonth[month - 1] + (month == 2 && leap))
        return std::nullopt;
    // The Julian day number of a proleptic Gregorian date (Fliegel and Van Flandern).
    const int a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

} // namespace

std::optional<qint64> julianDay(QByteArrayView text)
{
    return parse(text.data(), text.size());
}

std::optional<qint64> julianDay(QStringView text)
{
    return parse(text.utf16(), text.size());
}

QDate day(QByteArrayView text)
{
    if (const std::optional<qint64> julian = julianDay(text))
        return QDate::fromJulianDay(*julian);
    return text.isEmpty() ? QDate() : QDate::fromString(QString::fromUtf8(text), Qt::ISODate);
}

QDate day(QStringView text)
{
    if (const std::optional<qint64> julian = julianDay(text))
        return QDate::fromJulianDay(*julian);
    // Not the stored form (a hand-edited file, a date with a time): Qt's own reading of it.
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QString text(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace IsoDate
