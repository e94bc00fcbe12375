#include "goalcontext.h"

#include "coverage/coveragerepository.h"
#include "goalrepository.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace GoalContext {

GoalsMarkdown::Names markdownNames(WorkspaceSession &session)
{
    QHash<QString, QString> pms;
    for (const Pm &pm : session.coverage().pms())
        pms.insert(pm.meta.id, pm.name);
    QHash<QString, QString> teams;
    for (const Team &team : session.coverage().teams())
        teams.insert(team.meta.id, team.name);
    QHash<QString, QString> products;
    for (const Product &product : session.metrics().products())
        products.insert(product.meta.id, product.name);
    return {[pms](const QString &id) { return pms.value(id); },
            [teams](const QString &id) { return teams.value(id); },
            [products](const QString &id) { return products.value(id); }};
}

GoalsMarkdown::Resolver markdownResolver(WorkspaceSession &session)
{
    CoverageRepository *coverage = &session.coverage();
    MetricsRepository *metrics = &session.metrics();
    return {[coverage](const QString &name) -> std::optional<QString> {
                if (const std::optional<Pm> pm = coverage->findPm(name))
                    return pm->meta.id;
                return std::nullopt;
            },
            [coverage](const QString &name) -> std::optional<QString> {
                if (const std::optional<Team> team = coverage->findTeam(name))
                    return team->meta.id;
                return std::nullopt;
            },
            // A product is written by name; one without a name in this workspace by its id.
            [metrics](const QString &name) -> std::optional<QString> {
                if (const std::optional<Product> product = metrics->findProduct(name))
                    return product->meta.id;
                if (metrics->product(name))
                    return name;
                return std::nullopt;
            }};
}

GoalProgress::MetricLookup metricLookup(WorkspaceSession &session)
{
    MetricsRepository *metrics = &session.metrics();
    return [metrics](const QString &productId, const QString &metricKey, QDate day) {
        return metrics->latestValue(productId, metricKey, day);
    };
}

QList<Goal> quarterGoals(WorkspaceSession &session, const QString &quarter, const QString &pmId)
{
    QList<Goal> goals =
        pmId.isEmpty() ? session.goals().goals(quarter) : session.goals().goals(quarter, pmId);
    std::stable_sort(goals.begin(), goals.end(),
                     [](const Goal &a, const Goal &b) { return a.rank < b.rank; });
    return goals;
}

Outcome exportMarkdown(WorkspaceSession &session, const QString &quarter, const QString &pmId,
                       const QString &path)
{
    const QString text =
        GoalsMarkdown::write(quarter, quarterGoals(session, quarter, pmId), markdownNames(session));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Problem{path, QCoreApplication::translate("GoalContext", "cannot be written (%1)")
                                 .arg(file.errorString())};
    return {};
}

Result<MarkdownImport> importMarkdown(WorkspaceSession &session, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, QCoreApplication::translate("GoalContext", "cannot be read (%1)")
                                 .arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Problem{path, QCoreApplication::translate("GoalContext", "is not UTF-8 text")};
    const Result<QList<Goal>> read = GoalsMarkdown::read(text, path, markdownResolver(session));
    if (!read)
        return read.problem();
    MarkdownImport result;
    result.goalsRead = int(read.value().size());
    result.change = GoalsMarkdown::importChange(read.value(), session.goals().goals());
    // A goal the import adds is in `before` as a tombstone.
    for (const Goal &goal : std::as_const(result.change.before))
        if (goal.meta.deleted)
            ++result.added;
    return result;
}

} // namespace GoalContext
