#include "goalrepository.h"

#include <QHash>

namespace {

Goal readGoal(const QSqlQuery &q)
{
    Goal goal;
    goal.meta = Repository::readMeta(q);
    goal.quarter = q.value(5).toString();
    goal.title = q.value(6).toString();
    goal.kind = goalKindFromKey(q.value(7).toString()).value_or(GoalKind::PmGoal);
    goal.ownerId = q.value(8).toString();
    goal.supporterIds = q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    goal.teamId = q.value(10).toString();
    goal.status = goalStatusFromKey(q.value(11).toString()).value_or(GoalStatus::NotStarted);
    goal.description = q.value(12).toString();
    goal.findingsUrl = q.value(13).toString();
    goal.rank = q.value(14).toDouble();
    goal.carriedFrom = q.value(15).toString();
    return goal;
}

} // namespace

QList<Goal> GoalRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM goal WHERE %3 "
                                             "ORDER BY quarter, rank, title")
                                  .arg(metaColumns(), fieldsOf("goal"), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<Goal> goals;
    QHash<QString, qsizetype> rowById;
    if (!query.exec())
        return goals;
    while (query.next()) {
        rowById.insert(query.value(0).toString(), goals.size());
        goals.append(readGoal(query));
    }
    if (goals.isEmpty())
        return goals;
    // One query for the key results of the selection's goals: a single goal's read is
    // filtered by its id, any other by the goals' own condition, so that reading one quarter
    // of a large workspace does not read the key results of every other.
    QString resultWhere = QStringLiteral("deleted = 0");
    if (goals.size() == 1)
        resultWhere += QStringLiteral(" AND goal_id = ?");
    else
        resultWhere += QStringLiteral(" AND goal_id IN (SELECT id FROM goal WHERE %1)").arg(where);
    QSqlQuery results = prepare(QStringLiteral("SELECT %1, %2 FROM key_result WHERE %3 "
                                               "ORDER BY goal_id, position")
                                    .arg(metaColumns(), fieldsOf("key_result"), resultWhere));
    if (goals.size() == 1)
        results.addBindValue(goals.first().meta.id);
    else
        for (const QVariant &value : values)
            results.addBindValue(value);
    if (!results.exec())
        return goals;
    while (results.next()) {
        const auto row = rowById.constFind(results.value(5).toString());
        if (row == rowById.constEnd())
            continue;
        KeyResult result;
        result.meta = readMeta(results);
        result.text = results.value(7).toString();
        result.done = results.value(8).toBool();
        if (!results.value(9).isNull())
            result.metric =
                MetricBinding{results.value(9).toString(), results.value(10).toString(),
                              results.value(11).toDouble(), results.value(12).toDouble()};
        goals[*row].keyResults.append(result);
    }
    return goals;
}

QList<Goal> GoalRepository::goals() const
{
    return select(QStringLiteral("deleted = 0"), {});
}

QList<Goal> GoalRepository::goals(const QString &quarter) const
{
    return select(QStringLiteral("deleted = 0 AND quarter = ?"), {quarter});
}

QList<Goal> GoalRepository::goals(const QString &quarter, const QString &pmId) const
{
    // The SQL only narrows down, off the index goal_by_quarter_pm (0006) and without building
    // a string per goal; Goal::involves() decides.
    QList<Goal> goals = select(QStringLiteral("quarter = ? AND deleted = 0 AND (owner_id = ? OR "
                                              "(supporters <> '' AND instr(supporters, ?) > 0))"),
                               {quarter, pmId, pmId});
    goals.removeIf([&pmId](const Goal &goal) { return !goal.involves(pmId); });
    return goals;
}

std::optional<Goal> GoalRepository::goal(const QString &id) const
{
    const QList<Goal> found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Goal>(found.first());
}

QList<Goal> GoalRepository::goalsWritten(const QList<qint64> &goalRows,
                                         const QList<qint64> &keyResultRows) const
{
    if (goalRows.isEmpty() && keyResultRows.isEmpty())
        return {};
    auto rowList = [](const QList<qint64> &rows) {
        QStringList numbers;
        for (qint64 row : rows)
            numbers << QString::number(row);
        return numbers.join(u',');
    };
    // Rowids are numbers the workspace gave out, not input: listing them inline is safe.
    return select(QStringLiteral("id IN (SELECT id FROM goal WHERE rowid IN (%1)) OR id IN "
                                 "(SELECT goal_id FROM key_result WHERE rowid IN (%2))")
                      .arg(rowList(goalRows), rowList(keyResultRows)),
                  {});
}

QStringList GoalRepository::quarters() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT DISTINCT quarter FROM goal WHERE deleted = 0 "
                                             "ORDER BY quarter"));
    QStringList quarters;
    if (query.exec())
        while (query.next())
            quarters << query.value(0).toString();
    return quarters;
}

Outcome GoalRepository::apply(QList<Goal> &goals)
{
    if (Outcome problem = writeTogether([&]() -> Outcome {
            for (Goal &goal : goals)
                if (Outcome failed = write(goal))
                    return failed;
            return {};
        }))
        return problem;
    return {};
}

Outcome GoalRepository::save(Goal &goal)
{
    QList<Goal> goals{goal};
    Outcome problem = apply(goals);
    if (!problem)
        goal = goals.first();
    return problem;
}

Outcome GoalRepository::write(Goal &goal)
{
    const Outcome problem = saveRecord(
        QStringLiteral("goal"), goal.meta,
        {SqlValue::of(goal.quarter), SqlValue::of(goal.title), SqlValue::of(goalKindKey(goal.kind)),
         SqlValue::ofOptional(goal.ownerId), SqlValue::of(goal.supporterIds.join(QLatin1Char(' '))),
         SqlValue::ofOptional(goal.teamId), SqlValue::of(goalStatusKey(goal.status)),
         SqlValue::of(goal.description), SqlValue::of(goal.findingsUrl),
         SqlValue::ofReal(goal.rank), SqlValue::ofOptional(goal.carriedFrom)});
    if (problem)
        return problem;
    int position = 0;
    for (KeyResult &result : goal.keyResults) {
        // A goal's tombstone takes its key results with it.
        if (goal.meta.deleted)
            result.meta.deleted = true;
        if (Outcome failed = write(result, goal.meta.id, position++, goal.meta.sample))
            return failed;
    }
    return {};
}

Outcome GoalRepository::write(KeyResult &result, const QString &goalId, int position, bool sample)
{
    result.meta.sample = result.meta.sample || sample;
    const std::optional<MetricBinding> &metric = result.metric;
    return saveRecord(QStringLiteral("key_result"), result.meta,
                      {SqlValue::of(goalId), SqlValue::of(qint64(position)),
                       SqlValue::of(result.text), SqlValue::of(qint64(result.done ? 1 : 0)),
                       metric ? SqlValue::of(metric->productId) : SqlValue::null(),
                       metric ? SqlValue::of(metric->metricKey) : SqlValue::null(),
                       metric ? SqlValue::ofReal(metric->baseline) : SqlValue::null(),
                       metric ? SqlValue::ofReal(metric->target) : SqlValue::null()});
}
