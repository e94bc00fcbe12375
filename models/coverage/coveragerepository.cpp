#include "coveragerepository.h"

namespace {

const QString pmColumns = QStringLiteral("name, email, joined_on, archived_on, note");
const QString teamColumns = QStringLiteral("name, created_on, archived_on, note");
const QString assignmentColumns = QStringLiteral("team_id, pm_id, support, start_on, end_on");

QStringList columnList(const QString &columns)
{
    return columns.split(QStringLiteral(", "));
}

template<typename Record, typename Read> QList<Record> readAll(QSqlQuery &query, Read read)
{
    QList<Record> records;
    if (!query.exec())
        return records;
    while (query.next())
        records.append(read(query));
    return records;
}

} // namespace

static Pm readPm(const QSqlQuery &q)
{
    Pm pm;
    pm.meta = Repository::readMeta(q);
    pm.name = q.value(5).toString();
    pm.email = q.value(6).toString();
    pm.joinedOn = Repository::dateFrom(q.value(7));
    pm.archivedOn = Repository::dateFrom(q.value(8));
    pm.note = q.value(9).toString();
    return pm;
}

static Team readTeam(const QSqlQuery &q)
{
    Team team;
    team.meta = Repository::readMeta(q);
    team.name = q.value(5).toString();
    team.createdOn = Repository::dateFrom(q.value(6));
    team.archivedOn = Repository::dateFrom(q.value(7));
    team.note = q.value(8).toString();
    return team;
}

static Assignment readAssignment(const QSqlQuery &q)
{
    Assignment assignment;
    assignment.meta = Repository::readMeta(q);
    assignment.teamId = q.value(5).toString();
    assignment.pmId = q.value(6).toString();
    assignment.support = supportFromKey(q.value(7).toString()).value_or(Support::Full);
    assignment.startOn = Repository::dateFrom(q.value(8));
    assignment.endOn = Repository::dateFrom(q.value(9));
    return assignment;
}

QList<Pm> CoverageRepository::pms() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM pm WHERE deleted = 0 "
                                             "ORDER BY name COLLATE NOCASE")
                                  .arg(metaColumns(), pmColumns));
    return readAll<Pm>(query, readPm);
}

QList<Team> CoverageRepository::teams() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM team WHERE deleted = 0 "
                                             "ORDER BY name COLLATE NOCASE")
                                  .arg(metaColumns(), teamColumns));
    return readAll<Team>(query, readTeam);
}

QList<Assignment> CoverageRepository::assignments() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM assignment WHERE deleted = 0 "
                                             "ORDER BY start_on, id")
                                  .arg(metaColumns(), assignmentColumns));
    return readAll<Assignment>(query, readAssignment);
}

std::optional<Pm> CoverageRepository::pm(const QString &id) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM pm WHERE id = ?").arg(metaColumns(), pmColumns));
    query.addBindValue(id);
    const QList<Pm> found = readAll<Pm>(query, readPm);
    return found.isEmpty() ? std::nullopt : std::optional<Pm>(found.first());
}

std::optional<Team> CoverageRepository::team(const QString &id) const
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1, %2 FROM team WHERE id = ?").arg(metaColumns(), teamColumns));
    query.addBindValue(id);
    const QList<Team> found = readAll<Team>(query, readTeam);
    return found.isEmpty() ? std::nullopt : std::optional<Team>(found.first());
}

std::optional<Pm> CoverageRepository::findPm(const QString &name) const
{
    const QString wanted = name.trimmed();
    std::optional<Pm> byFirstName;
    for (const Pm &pm : pms()) {
        if (pm.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return pm;
        if (!byFirstName &&
            pm.name.section(QLatin1Char(' '), 0, 0).compare(wanted, Qt::CaseInsensitive) == 0)
            byFirstName = pm;
    }
    return byFirstName;
}

std::optional<Team> CoverageRepository::findTeam(const QString &name) const
{
    for (const Team &team : teams())
        if (team.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return team;
    return std::nullopt;
}

CoverageSnapshot CoverageRepository::coverageOn(QDate day) const
{
    return CoverageSnapshot::compute(pms(), teams(), assignments(), day);
}

Outcome CoverageRepository::apply(CoverageEdit &edit)
{
    WriteTransaction transaction(workspace());
    Outcome problem;
    // Teams and PMs first, so that new assignments find them.
    for (Pm &pm : edit.pms)
        if (!problem)
            problem = write(pm);
    for (Team &team : edit.teams)
        if (!problem)
            problem = write(team);
    for (Assignment &assignment : edit.assignments)
        if (!problem)
            problem = write(assignment);
    if (problem) {
        transaction.rollback();
        return problem;
    }
    if ((problem = transaction.commit()))
        return problem;
    emit changed();
    return {};
}

Outcome CoverageRepository::save(Pm &pm)
{
    CoverageEdit edit{{pm}, {}, {}};
    Outcome problem = apply(edit);
    if (!problem)
        pm = edit.pms.first();
    return problem;
}

Outcome CoverageRepository::save(Team &team)
{
    CoverageEdit edit{{}, {team}, {}};
    Outcome problem = apply(edit);
    if (!problem)
        team = edit.teams.first();
    return problem;
}

Outcome CoverageRepository::save(Assignment &assignment)
{
    CoverageEdit edit{{}, {}, {assignment}};
    Outcome problem = apply(edit);
    if (!problem)
        assignment = edit.assignments.first();
    return problem;
}

Outcome CoverageRepository::write(Pm &pm)
{
    stamp(pm.meta);
    QSqlQuery query = prepare(upsertSql(QStringLiteral("pm"), columnList(pmColumns)));
    bindMeta(query, pm.meta);
    query.addBindValue(sqlText(pm.name));
    query.addBindValue(sqlText(pm.email));
    query.addBindValue(sqlDate(pm.joinedOn));
    query.addBindValue(sqlDate(pm.archivedOn));
    query.addBindValue(sqlText(pm.note));
    return run(query);
}

Outcome CoverageRepository::write(Team &team)
{
    stamp(team.meta);
    QSqlQuery query = prepare(upsertSql(QStringLiteral("team"), columnList(teamColumns)));
    bindMeta(query, team.meta);
    query.addBindValue(sqlText(team.name));
    query.addBindValue(sqlDate(team.createdOn));
    query.addBindValue(sqlDate(team.archivedOn));
    query.addBindValue(sqlText(team.note));
    return run(query);
}

Outcome CoverageRepository::write(Assignment &assignment)
{
    stamp(assignment.meta);
    QSqlQuery query =
        prepare(upsertSql(QStringLiteral("assignment"), columnList(assignmentColumns)));
    bindMeta(query, assignment.meta);
    query.addBindValue(assignment.teamId);
    query.addBindValue(assignment.pmId);
    query.addBindValue(supportKey(assignment.support));
    query.addBindValue(sqlDate(assignment.startOn));
    query.addBindValue(sqlDate(assignment.endOn));
    return run(query);
}
