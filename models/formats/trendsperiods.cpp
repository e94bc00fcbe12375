#include "trendsperiods.h"

#include "core/inputrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrendsPeriods)
};

// English month names as strftime's %b writes them, and in full.
int monthNumber(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    static const QStringList full = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    const QString lower = name.toLower();
    if (const qsizetype i = months.indexOf(lower); i >= 0)
        return int(i) + 1;
    if (const qsizetype i = full.indexOf(lower); i >= 0)
        return int(i) + 1;
    if (lower == QLatin1String("sept"))
        return 9;
    return 0;
}

// A label split into what it says; a year of 0 is not written.
struct Label {
    enum class Kind { Day, Month, Week, Hour } kind = Kind::Day;
    int day = 0, month = 0, year = 0;          // its first day (Month: day 1)
    int endDay = 0, endMonth = 0, endYear = 0; // Week: its last day
};

const QString monthName = QStringLiteral("([A-Za-z]{3,9})");
const QString dash = QStringLiteral("\\s*[\u2013\u2014-]\\s*");

std::optional<Label> parse(const QString &text)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{1,2})-%1-(\\d{4})$").arg(monthName));
    static const QRegularExpression month(QStringLiteral("^%1\\s+(\\d{4})$").arg(monthName));
    static const QRegularExpression hour(
        QStringLiteral("^\\d{1,2}-%1(?:-\\d{4})?\\s+\\d{1,2}:\\d{2}$").arg(monthName));
    // "6–12 Oct", "29-Sep – 5-Oct", "29-Dec-2024 – 4-Jan-2025"
    static const QRegularExpression week(
        QStringLiteral("^(\\d{1,2})(?:-%1(?:-(\\d{4}))?)?%2(\\d{1,2})[\\s-]%1(?:-(\\d{4}))?$")
            .arg(monthName, dash));
    const QString label = text.trimmed();
    Label read;
    if (const QRegularExpressionMatch d = day.match(label); d.hasMatch()) {
        read = {Label::Kind::Day, d.captured(1).toInt(), monthNumber(d.captured(2)),
                d.captured(3).toInt()};
        read.endDay = read.day;
        read.endMonth = read.month;
        read.endYear = read.year;
    } else if (const QRegularExpressionMatch mo = month.match(label); mo.hasMatch()) {
        read = {Label::Kind::Month, 1, monthNumber(mo.captured(1)), mo.captured(2).toInt()};
    } else if (hour.match(label).hasMatch()) {
        read.kind = Label::Kind::Hour;
        return read;
    } else if (const QRegularExpressionMatch w = week.match(label); w.hasMatch()) {
        read.kind = Label::Kind::Week;
        read.endDay = w.captured(4).toInt();
        read.endMonth = monthNumber(w.captured(5));
        read.endYear = w.captured(6).toInt();
        read.day = w.captured(1).toInt();
        read.month = w.capturedLength(2) > 0 ? monthNumber(w.captured(2)) : read.endMonth;
        read.year = w.captured(3).toInt();
        if (read.year == 0 && read.endYear != 0 && read.month <= read.endMonth)
            read.year = read.endYear;
        if (read.month == 0)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (read.month == 0 || (read.endMonth == 0 && read.kind != Label::Kind::Month))
        return std::nullopt;
    return read;
}

QString quoted(const QString &label)
{
    return QStringLiteral("'%1'").arg(echo(label));
}

} // namespace

namespace TrendsPeriods {

bool isLabel(const QString &header)
{
    return parse(header).has_value();
}

Result<Periods> read(const QStringList &labels, QDate today)
{
    QList<Label> parsed;
    Periods periods;
    bool weeks = false;
    bool months = false;
    bool days = false;
    for (const QString &text : labels) {
        const std::optional<Label> label = parse(text);
        if (!label)
            return Problem{{},
                           Text::tr("column %1 is not a period as PostHog labels them (a day "
                                    "like 1-Oct-2025, a week like 6\u201312 Oct, a month like "
                                    "Oct 2025)")
                               .arg(quoted(text))};
        if (label->kind == Label::Kind::Hour)
            return Problem{{},
                           Text::tr("column %1 is an hour: Cadence keeps one value per day, week "
                                    "or month; export the insight by day")
                               .arg(quoted(text))};
        weeks = weeks || label->kind == Label::Kind::Week;
        months = months || label->kind == Label::Kind::Month;
        days = days || label->kind == Label::Kind::Day;
        parsed.append(*label);
    }
    if (months && (weeks || days))
        return Problem{{}, Text::tr("the columns mix months with days or weeks")};
    periods.granularity = months  ? Granularity::Monthly
                          : weeks ? Granularity::Weekly
                                  : Granularity::Daily;

    if (weeks) {
        // The year of each week, from its place in the row: a new year starts where the
        // months go back (December, then January).
        QList<int> startOffset;
        int offset = 0;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            if (i > 0 && parsed[i].month < parsed[i - 1].month)
                ++offset;
            startOffset.append(offset);
        }
        std::optional<int> base;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            if (parsed[i].year == 0)
                continue;
            const int given = parsed[i].year - startOffset[i];
            if (base && *base != given)
                return Problem{{},
                               Text::tr("column %1 is not in the year of the weeks before it")
                                   .arg(quoted(labels[i]))};
            base = given;
        }
        auto firstDay = [&](qsizetype i, int year) {
            return QDate(year + startOffset[i], parsed[i].month, parsed[i].day);
        };
        auto lastDay = [&](qsizetype i, int year) {
            const Label &l = parsed[i];
            return QDate(year + startOffset[i] + (l.endMonth < l.month ? 1 : 0), l.endMonth,
                         l.endDay);
        };
        if (!base) {
            // No year written anywhere: the latest year, not after today, in which the first
            // whole week starts on a Sunday or a Monday.
            for (int year = today.year(); year >= InputRules::FirstYear && !base; --year) {
                for (qsizetype i = 0; i < parsed.size(); ++i) {
                    const QDate from = firstDay(i, year);
                    if (!from.isValid() || from.daysTo(lastDay(i, year)) != 6)
                        continue;
                    if ((from.dayOfWeek() == 7 || from.dayOfWeek() == 1) && from <= today)
                        base = year;
                    break;
                }
            }
            if (!base)
                return Problem{{},
                               Text::tr("the weeks do not say their year, and no year makes a "
                                        "whole week of them start on a Sunday or a Monday")};
        }
        // Each week's first day: a cut first week starts before the label does.
        int weekStartsOn = 0;
        QList<QDate> firsts;
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const QDate from = firstDay(i, *base);
            const QDate to = lastDay(i, *base);
            if (!InputRules::isPlausible(from) || !to.isValid() || to < from)
                return Problem{
                    {}, Text::tr("column %1 is not a week of the calendar").arg(quoted(labels[i]))};
            if (from.daysTo(to) == 6) {
                if (weekStartsOn == 0)
                    weekStartsOn = from.dayOfWeek();
                else if (from.dayOfWeek() != weekStartsOn)
                    return Problem{{},
                                   Text::tr("column %1 starts on another weekday than the weeks "
                                            "before it")
                                       .arg(quoted(labels[i]))};
            }
            firsts.append(from);
        }
        for (QDate from : std::as_const(firsts)) {
            QDate start = from;
            if (weekStartsOn != 0)
                while (start.dayOfWeek() != weekStartsOn)
                    start = start.addDays(-1);
            periods.starts.append(start);
        }
    } else {
        for (qsizetype i = 0; i < parsed.size(); ++i) {
            const QDate start(parsed[i].year, parsed[i].month, parsed[i].day);
            if (!start.isValid())
                return Problem{
                    {}, Text::tr("column %1 is not a date of the calendar").arg(quoted(labels[i]))};
            if (!InputRules::isPlausible(start))
                return Problem{
                    {},
                    Text::tr("column %1 is %2").arg(quoted(labels[i]), InputRules::outsideYears())};
            periods.starts.append(start);
        }
    }
    QHash<QDate, qsizetype> seen;
    for (qsizetype i = 0; i < periods.starts.size(); ++i) {
        if (const auto earlier = seen.constFind(periods.starts[i]); earlier != seen.constEnd())
            return Problem{{},
                           Text::tr("columns %1 and %2 are the same period")
                               .arg(quoted(labels[*earlier]), quoted(labels[i]))};
        seen.insert(periods.starts[i], i);
    }
    return periods;
}

} // namespace TrendsPeriods
