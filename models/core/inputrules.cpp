#include "inputrules.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace InputRules {

QString outsideYears()
{
    return QCoreApplication::translate("InputRules", "outside the years %1\u2013%2")
        .arg(FirstYear)
        .arg(LastYear);
}

std::optional<double> finiteNumber(QStringView text)
{
    bool ok = false;
    const double number = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

} // namespace InputRules
