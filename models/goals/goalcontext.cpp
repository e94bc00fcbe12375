#include "goalcontext.h"

#include "coverage/coveragerepository.h"
#include "coverage/pmnames.h"
#include "goalrepository.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GoalContext)
};

} // namespace

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
    // Read once: a file of 40,000 goals names a PM on every goal.
    const QList<Pm> pms = session.coverage().pms();
    QHash<QString, QString> teams;
    for (const Team &team : session.coverage().teams())
        teams.insert(team.name.trimmed().toCaseFolded(), team.meta.id);
    QHash<QString, QString> products;
    QSet<QString> productIds;
    for (const Product &product : session.metrics().products()) {
        products.insert(product.name.trimmed().toCaseFolded(), product.meta.id);
        productIds.insert(product.meta.id);
    }
    return {[pms](const QString &name) -> Result<QString> {
                const QList<Pm> named = PmNames::matching(pms, name);
                if (named.size() == 1)
                    return named.first().meta.id;
                if (named.size() > 1)
                    return Problem{{},
                                   Text::tr("\"%1\" could be %2: write the full name")
                                       .arg(echo(name), PmNames::list(named))};
                return Problem{
                    {},
                    Text::tr("no PM is named \"%1\" (PMs: %2)")
                        .arg(echo(name), PmNames::list(pms.mid(0, 8)) +
                                             (pms.size() > 8 ? QStringLiteral(", …") : QString()))};
            },
            [teams](const QString &name) -> std::optional<QString> {
                const auto found = teams.constFind(name.trimmed().toCaseFolded());
                return found == teams.constEnd() ? std::nullopt : std::optional<QString>(*found);
            },
            // A product is written by name; one without a name in this workspace by its id.
            [products, productIds](const QString &name) -> std::optional<QString> {
                const auto found = products.constFind(name.trimmed().toCaseFolded());
                if (found != products.constEnd())
                    return *found;
                if (productIds.contains(name))
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

MarkdownImport planMarkdown(WorkspaceSession &session, const QString &text, const QString &quarter)
{
    MarkdownImport plan;
    plan.reading = GoalsMarkdown::read(text, markdownResolver(session), quarter);
    if (plan.reading.ok())
        plan.import = GoalsMarkdown::importChange(plan.reading.goals, session.goals().goals());
    return plan;
}

Result<QString> readMarkdownFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, QCoreApplication::translate("GoalContext", "cannot be read (%1)")
                                 .arg(file.errorString())};
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Problem{path, QCoreApplication::translate("GoalContext", "is not UTF-8 text")};
    return text;
}

} // namespace GoalContext
