#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// Days as the workspace stores them: ISO 8601 text, YYYY-MM-DD. Reading one by hand is ten
// times faster than QDate::fromString, and opening a large workspace reads hundreds of
// thousands of them (coverage history, years of daily metric points): this is the one
// reader, and every stored day goes through it.
namespace IsoDate {

// The Julian day number of a YYYY-MM-DD text, or nothing for any other text (wrong length,
// a non-digit, a day that does not exist such as 2025-02-30).
std::optional<qint64> julianDay(QByteArrayView text);
std::optional<qint64> julianDay(QStringView text);

// The day; text in another ISO 8601 form than the stored one (a date with a time, written by
// hand) is read by QDate's own parser, and anything else is an invalid QDate.
QDate day(QByteArrayView text);
QDate day(QStringView text);

// The stored form of a day; a null string for an invalid one.
QString text(QDate day);

} // namespace IsoDate
