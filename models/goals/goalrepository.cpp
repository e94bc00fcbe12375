#include "goalrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

Goal readGoal(const Statement &q)
{
    Goal goal;
    goal.meta = Repository::readMeta(q);
    goal.quarter = q.text(5);
    goal.title = q.text(6);
    goal.kind = goalKindFromKey(q.text(7)).value_or(GoalKind::PmGoal);
    goal.ownerId = q.text(8);
    goal.supporterIds = q.text(9).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    goal.teamId = q.text(10);
    goal.status = goalStatusFromKey(q.text(11)).value_or(GoalStatus::NotStarted);
    goal.description = q.text(12);
    goal.findingsUrl = q.text(13);
    goal.rank = q.real(14);
    goal.carriedFrom = q.text(15);
    return goal;
}

KeyResult readKeyResult(const Statement &q)
{
    KeyResult result;
    result.meta = Repository::readMeta(q);
    result.text = q.text(7);
    result.done = q.integer(8) != 0;
    if (!q.isNull(9))
        result.metric = MetricBinding{q.text(9), q.text(10), q.real(11), q.real(12)};
    return result;
}

void bindAll(Statement &statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, SqlValue::fromVariant(values[i]));
}

} // namespace

// Straight from SQLite, not through QSqlQuery: a quarter of a large team is some 3,000 goals
// and 10,000 key results, and a QVariant per value made reading them most of the time of
// everyone's week plan (bench_week, everyone: the plan 118 -> 79 ms of processor time).
QList<Goal> GoalRepository::select(const QString &where, const QVariantList &values,
                                   const QString &order) const
{
    Statement query = statement(QStringLiteral("SELECT %1, %2 FROM goal WHERE %3 ORDER BY %4")
                                    .arg(metaColumns(), fieldsOf("goal"), where, order));
    bindAll(query, values);
    QList<Goal> goals;
    QHash<QString, qsizetype> rowById;
    QJsonArray ids;
    while (query.next()) {
        goals.append(readGoal(query));
        rowById.insert(goals.constLast().meta.id, goals.size() - 1);
        ids.append(goals.constLast().meta.id);
    }
    if (goals.isEmpty())
        return goals;
    // One query for the key results of the goals read, by their ids, off the index
    // key_result_by_goal: repeating the goals' own condition made SQLite search the goals a
    // second time (a PM's quarter of the sample at scale 20: 3 -> 0.4 ms in the sqlite3 shell).
    Statement results = statement(
        QStringLiteral("SELECT %1, %2 FROM key_result WHERE deleted = 0 AND goal_id IN (SELECT "
                       "value FROM json_each(?1)) ORDER BY goal_id, position")
            .arg(metaColumns(), fieldsOf("key_result")));
    results.bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    while (results.next()) {
        const auto row = rowById.constFind(QString::fromUtf8(results.utf8(5)));
        if (row != rowById.constEnd())
            goals[*row].keyResults.append(readKeyResult(results));
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
    // a string per goal; Goal::involves() decides. "+rank" keeps SQLite from reading the quarter's
    // goals in order off goal_by_quarter, one table row each, to save a sort of the few it keeps (a
    // PM's quarter of the sample at scale 20: 2,970 goals searched, 60 kept; 6 -> 1.5 ms in the
    // sqlite3 shell; with the key results' read below, a PM's goals in bench_week under
    // callgrind: 10.0 -> 6.3 million instructions).
    QList<Goal> goals =
        select(QStringLiteral("quarter = ? AND deleted = 0 AND (owner_id = ? OR "
                              "(supporters <> '' AND instr(supporters, ?) > 0))"),
               {quarter, pmId, pmId}, QStringLiteral("quarter, +rank, title, rowid"));
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

bool GoalRepository::update(QList<Goal> &goals, const QString &quarter, const QString &pmId,
                            const QList<Goal> &written)
{
    for (const Goal &goal : written) {
        goals.removeIf([&goal](const Goal &kept) { return kept.meta.id == goal.meta.id; });
        if (goal.meta.deleted || goal.quarter != quarter ||
            (!pmId.isEmpty() && !goal.involves(pmId)))
            continue;
        // select()'s order within a quarter: rank, then title as SQLite compares text (its
        // UTF-8 bytes), then the stored order, which a Goal does not carry.
        const QByteArray title = goal.title.toUtf8();
        auto compare = [&goal, &title](const Goal &kept) {
            if (kept.rank != goal.rank)
                return kept.rank < goal.rank ? -1 : 1;
            const QByteArray keptTitle = kept.title.toUtf8();
            return keptTitle < title ? -1 : keptTitle == title ? 0 : 1;
        };
        const auto at = std::partition_point(
            goals.begin(), goals.end(), [&compare](const Goal &kept) { return compare(kept) < 0; });
        if (at != goals.end() && compare(*at) == 0)
            return false;
        goals.insert(at, goal);
    }
    return true;
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
