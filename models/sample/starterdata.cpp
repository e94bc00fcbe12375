#include "starterdata.h"

#include "core/ids.h"
#include "core/isodate.h"
#include "coverage/coveragerepository.h"
#include "workspace/workspacesession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace StarterData {

QJsonObject document()
{
    QFile file(QStringLiteral(":/cadence/starter/handbook.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cadence: the starter data is missing from the build");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString pmId(const QString &key)
{
    return Ids::fromKey(QStringLiteral("starter-pm"), key);
}

QString teamId(const QString &key)
{
    return Ids::fromKey(QStringLiteral("starter-team"), key);
}

static QDate dateOf(const QJsonValue &value)
{
    return IsoDate::day(value.toString());
}

Outcome writeCoverage(WorkspaceSession &session)
{
    const QJsonObject doc = document();
    CoverageEdit edit;
    for (const QJsonValue &value : doc.value(QLatin1String("pms")).toArray()) {
        const QJsonObject object = value.toObject();
        Pm pm;
        pm.meta.id = pmId(object.value(QLatin1String("key")).toString());
        pm.name = object.value(QLatin1String("name")).toString();
        pm.joinedOn = dateOf(object.value(QLatin1String("joined_on")));
        pm.archivedOn = dateOf(object.value(QLatin1String("archived_on")));
        pm.note = object.value(QLatin1String("note")).toString();
        edit.pms.append(pm);
    }
    for (const QJsonValue &value : doc.value(QLatin1String("teams")).toArray()) {
        const QJsonObject object = value.toObject();
        Team team;
        team.meta.id = teamId(object.value(QLatin1String("key")).toString());
        team.name = object.value(QLatin1String("name")).toString();
        team.createdOn = dateOf(object.value(QLatin1String("created_on")));
        team.archivedOn = dateOf(object.value(QLatin1String("archived_on")));
        team.note = object.value(QLatin1String("note")).toString();
        edit.teams.append(team);
    }
    for (const QJsonValue &value : doc.value(QLatin1String("assignments")).toArray()) {
        const QJsonObject object = value.toObject();
        Assignment assignment;
        const QString team = object.value(QLatin1String("team")).toString();
        const QString pm = object.value(QLatin1String("pm")).toString();
        assignment.startOn = dateOf(object.value(QLatin1String("start_on")));
        assignment.endOn = dateOf(object.value(QLatin1String("end_on")));
        assignment.meta.id = Ids::fromKey(QStringLiteral("starter-assignment"),
                                          team + QLatin1Char('/') + pm + QLatin1Char('/') +
                                              assignment.startOn.toString(Qt::ISODate));
        assignment.teamId = teamId(team);
        assignment.pmId = pmId(pm);
        assignment.support = supportFromKey(object.value(QLatin1String("support")).toString())
                                 .value_or(Support::Full);
        edit.assignments.append(assignment);
    }
    return session.coverage().apply(edit);
}

} // namespace StarterData
