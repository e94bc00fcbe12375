#include "goalsworkspace.h"

#include "coverage/coveragerepository.h"
#include "goalrepository.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QHash>

#include <algorithm>

namespace GoalsWorkspace {

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
    QList<Goal> goals = session.goals().goals(quarter);
    if (!pmId.isEmpty())
        goals.removeIf([&](const Goal &goal) {
            return goal.ownerId != pmId && !goal.supporterIds.contains(pmId);
        });
    std::stable_sort(goals.begin(), goals.end(),
                     [](const Goal &a, const Goal &b) { return a.rank < b.rank; });
    return goals;
}

} // namespace GoalsWorkspace
