#include "problemlist.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProblemList)
};

} // namespace

void ProblemList::add(int line, const QString &what)
{
    ++m_occurrences;
    auto found = m_byText.constFind(what);
    if (found == m_byText.constEnd()) {
        if (m_groups.size() >= MaxDistinct) {
            ++m_overflow;
            return;
        }
        found = m_byText.insert(what, m_groups.size());
        m_groups.append(Group{what, std::max(line, 0), {}, 0});
    }
    if (line <= 0)
        return;
    Group &group = m_groups[*found];
    if (!group.ranges.isEmpty()) {
        std::pair<int, int> &last = group.ranges.last();
        if (line >= last.first && line <= last.second)
            return; // the same line again (several bad cells of one row)
        if (line == last.second + 1 && group.moreLines == 0) {
            last.second = line;
            return;
        }
    }
    if (group.ranges.size() < MaxRanges)
        group.ranges.append({line, line});
    else
        ++group.moreLines;
}

QString ProblemList::lineSummary(const QList<std::pair<int, int>> &ranges, qint64 moreLines)
{
    QStringList parts;
    for (const auto &[from, to] : ranges)
        parts << (from == to ? QString::number(from)
                             : QStringLiteral("%1\u2013%2").arg(from).arg(to));
    const bool one =
        ranges.size() == 1 && ranges.first().first == ranges.first().second && moreLines == 0;
    QString summary =
        (one ? Text::tr("line %1") : Text::tr("lines %1")).arg(parts.join(QStringLiteral(", ")));
    if (moreLines > 0)
        summary += Text::tr(" and %n more", nullptr, int(std::min<qint64>(moreLines, INT_MAX)));
    return summary;
}

QStringList ProblemList::lines() const
{
    // In the order of the file, though some problems are found only after the last line.
    QList<const Group *> ordered;
    ordered.reserve(m_groups.size());
    for (const Group &group : m_groups)
        ordered.append(&group);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Group *a, const Group *b) { return a->first < b->first; });
    QStringList lines;
    lines.reserve(m_groups.size() + 1);
    for (const Group *each : std::as_const(ordered)) {
        const Group &group = *each;
        lines << (group.ranges.isEmpty() ? group.what
                                         : lineSummary(group.ranges, group.moreLines) +
                                               QStringLiteral(": ") + group.what);
    }
    if (m_overflow > 0)
        lines << Text::tr("and %n more problem(s)", nullptr,
                          int(std::min<qint64>(m_overflow, INT_MAX)));
    return lines;
}

QStringList ProblemList::on(int line) const
{
    QStringList found;
    for (const Group &group : m_groups)
        for (const auto &[from, to] : group.ranges)
            if (line >= from && line <= to)
                found << Text::tr("line %1: %2").arg(line).arg(group.what);
    return found;
}

Problem ProblemList::problem(const QString &file, const QString &conclusion) const
{
    const QStringList all = lines();
    if (all.size() == 1)
        return Problem{file, all.first() + QStringLiteral("; ") + conclusion};
    return Problem{
        file,
        Text::tr("%n problem(s); ", nullptr, int(std::min<qint64>(distinct(), INT_MAX))) +
            conclusion,
        all};
}
