#include "goalsstarter.h"

#include "core/ids.h"
#include "goals/goalrepository.h"
#include "starterdata.h"
#include "workspace/workspacesession.h"

#include <QJsonArray>
#include <QJsonObject>

namespace GoalsStarter {

QString goalId(const QString &key)
{
    return Ids::fromKey(QStringLiteral("starter-goal"), key);
}

Outcome write(WorkspaceSession &session)
{
    QList<Goal> goals;
    const QJsonArray array = StarterData::document().value(QLatin1String("goals")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString key = object.value(QLatin1String("key")).toString();
        Goal goal;
        goal.meta.id = goalId(key);
        goal.quarter = object.value(QLatin1String("quarter")).toString();
        goal.title = object.value(QLatin1String("title")).toString();
        goal.kind = goalKindFromKey(object.value(QLatin1String("kind")).toString())
                        .value_or(GoalKind::PmGoal);
        goal.ownerId = StarterData::pmId(object.value(QLatin1String("owner")).toString());
        for (const QJsonValue &supporter : object.value(QLatin1String("supporters")).toArray())
            goal.supporterIds << StarterData::pmId(supporter.toString());
        const QString team = object.value(QLatin1String("team")).toString();
        if (!team.isEmpty())
            goal.teamId = StarterData::teamId(team);
        // The handbook lists the goals without saying how they went.
        goal.status = GoalStatus::NotStarted;
        goal.rank = double(goals.size() + 1);
        int position = 0;
        for (const QJsonValue &text : object.value(QLatin1String("key_results")).toArray()) {
            KeyResult result;
            result.meta.id = Ids::fromKey(QStringLiteral("starter-key-result"),
                                          key + QLatin1Char('/') + QString::number(position++));
            result.text = text.toString();
            goal.keyResults.append(result);
        }
        goals.append(goal);
    }
    return session.goals().apply(goals);
}

} // namespace GoalsStarter
