#include "nearmiss.h"

#include <QList>

#include <algorithm>

namespace {

// Optimal string alignment distance, stopped early once it exceeds `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

} // namespace

namespace NearMiss {

QString closest(const QString &name, const QStringList &candidates)
{
    const QString wanted = name.trimmed().toCaseFolded();
    const int limit = wanted.size() <= 5 ? 1 : 2;
    QString found;
    int best = limit + 1;
    for (const QString &candidate : candidates) {
        const QString folded = candidate.trimmed().toCaseFolded();
        if (folded == wanted)
            return {};
        const int d = distance(wanted, folded, limit);
        if (d < best) {
            best = d;
            found = candidate;
        }
    }
    return found;
}

} // namespace NearMiss
