#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// What a file may say before Cadence believes it, the same for every format: dates in the
// years people plan and look back on (year 1 or 9999 is a slip, or a placeholder), and
// numbers that are numbers (NaN and infinity are not values anyone measured).
namespace InputRules {

constexpr int FirstYear = 1900;
constexpr int LastYear = 2200;

inline bool isPlausibleYear(int year)
{
    return year >= FirstYear && year <= LastYear;
}
inline bool isPlausible(QDate day)
{
    // Compared as days, not by year: this runs for each of a million rows.
    static const QDate first(FirstYear, 1, 1);
    static const QDate last(LastYear, 12, 31);
    return day.isValid() && day >= first && day <= last;
}
// "outside the years 1900–2200", for messages.
QString outsideYears();

// A number written the C way ("12.5", "-3", "1e3"), finite; none for anything else.
std::optional<double> finiteNumber(QStringView text);

} // namespace InputRules
