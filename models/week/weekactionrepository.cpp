#include "weekactionrepository.h"

#include "workspace/recordtables.h"

namespace {

const RecordTable &table()
{
    return RecordTables::get(u"week_action");
}

} // namespace

QList<WeekAction> WeekActionRepository::select(const QString &where,
                                               const QVariantList &values) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM week_action WHERE %3 "
                                             "ORDER BY coalesce(day, ''), hlc, id")
                                  .arg(metaColumns(), table().fieldList(), where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.setForwardOnly(true);
    QList<WeekAction> actions;
    if (!query.exec())
        return actions;
    while (query.next()) {
        WeekAction action;
        action.meta = readMeta(query);
        action.pmId = query.value(5).toString();
        const std::optional<WeekRule> rule = weekRuleFromKey(query.value(6).toString());
        if (!rule) // from a newer Cadence: kept in the file, left out of this one's plan
            continue;
        action.rule = *rule;
        action.subjectId = query.value(7).toString();
        action.period = query.value(8).toString();
        action.text = query.value(9).toString();
        action.day = dateFrom(query.value(10));
        action.state = actionStateFromKey(query.value(11).toString()).value_or(ActionState::Open);
        action.snoozedUntil = dateFrom(query.value(12));
        action.doneOn = dateFrom(query.value(13));
        actions.append(action);
    }
    return actions;
}

QList<WeekAction> WeekActionRepository::actionsOf(const QString &pmId) const
{
    // Everyone's plan is stored under '' (0006): bound as that text, since a null QString binds
    // as NULL, which equals nothing, and everyone's items and ticks were never read back.
    return select(QStringLiteral("deleted = 0 AND pm_id = ?"),
                  {pmId.isEmpty() ? QStringLiteral("") : pmId});
}

std::optional<WeekAction> WeekActionRepository::action(const QString &id) const
{
    const QList<WeekAction> found = select(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<WeekAction>(found.first());
}

Outcome WeekActionRepository::apply(QList<WeekAction> &actions)
{
    return writeTogether([&]() -> Outcome {
        for (WeekAction &action : actions) {
            const bool snoozed = action.state == ActionState::Snoozed;
            const bool done = action.state == ActionState::Done;
            if (Outcome problem =
                    saveRecord(table().name, action.meta,
                               {SqlValue::of(action.pmId), SqlValue::of(weekRuleKey(action.rule)),
                                SqlValue::of(action.subjectId), SqlValue::of(action.period),
                                SqlValue::of(action.text), SqlValue::ofDay(action.day),
                                SqlValue::of(actionStateKey(action.state)),
                                SqlValue::ofDay(snoozed ? action.snoozedUntil : QDate()),
                                SqlValue::ofDay(done ? action.doneOn : QDate())}))
                return problem;
        }
        return {};
    });
}
