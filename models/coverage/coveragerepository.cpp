#include "coveragerepository.h"

#include "core/isodate.h"
#include "pmnames.h"

#include <QHash>

namespace {

// The record columns come in RecordTables' order after the merge columns (metaColumns()).
Pm readPm(const Statement &row)
{
    Pm pm;
    pm.meta = Repository::readMeta(row);
    pm.name = row.text(5);
    pm.email = row.text(6);
    pm.joinedOn = row.day(7);
    pm.archivedOn = row.day(8);
    pm.note = row.text(9);
    return pm;
}

Team readTeam(const Statement &row)
{
    Team team;
    team.meta = Repository::readMeta(row);
    team.name = row.text(5);
    team.createdOn = row.day(6);
    team.archivedOn = row.day(7);
    team.note = row.text(8);
    return team;
}

Assignment readAssignment(const Statement &row)
{
    Assignment assignment;
    assignment.meta = Repository::readMeta(row);
    assignment.teamId = row.text(5);
    assignment.pmId = row.text(6);
    assignment.support = supportFromKey(row.text(7)).value_or(Support::Full);
    assignment.startOn = row.day(8);
    assignment.endOn = row.day(9);
    return assignment;
}

// Every row of a statement, read through SQLite itself: QSqlQuery turns each value into a
// QVariant of UTF-16 text first, which made reading years of coverage history the largest
// part of opening the app. Nothing if the query cannot run to its end.
template<typename Record, typename Read>
std::optional<QList<Record>> readRows(Statement &statement, Read read)
{
    if (!statement.isValid())
        return std::nullopt;
    QList<Record> records;
    while (statement.next())
        records.append(read(statement));
    if (!statement.done())
        return std::nullopt;
    return records;
}

template<typename Record, typename Read>
QList<Record> readAll(sqlite3 *connection, const QString &sql, Read read)
{
    Statement statement(connection, sql.toUtf8());
    return readRows<Record>(statement, read).value_or(QList<Record>());
}

// "ORDER BY name COLLATE NOCASE", or nothing where the caller puts the records in its own
// order (a coverage snapshot sorts by the locale): SQLite then need not sort them first.
QString nameOrder(bool byName)
{
    return byName ? QStringLiteral(" ORDER BY name COLLATE NOCASE") : QString();
}

QString pmsSql(bool byName)
{
    return QStringLiteral("SELECT %1, %2 FROM pm WHERE deleted = 0")
               .arg(Repository::metaColumns(), Repository::fieldsOf("pm")) +
           nameOrder(byName);
}

QString teamsSql(bool byName)
{
    return QStringLiteral("SELECT %1, %2 FROM team WHERE deleted = 0")
               .arg(Repository::metaColumns(), Repository::fieldsOf("team")) +
           nameOrder(byName);
}

// How far back the history is read for a snapshot (see CoverageHistory): a year holds the last
// change of level of most teams (PMs move on about yearly), and a fifth of the rows of ten
// years of history; the few teams whose level held longer are read whole.
constexpr qint64 HistoryWindowDays = 365;

// What CoverageRepository::coverageOn() computes, read over `connection`; nothing if it
// cannot be read. Each assignment is read as a HistoryRow, its team and PM matched on
// SQLite's own bytes, and only the assignments of the day get their id.
std::optional<CoverageSnapshot> readCoverageOn(sqlite3 *connection, QDate day)
{
    Statement pmRows(connection, pmsSql(false).toUtf8());
    Statement teamRows(connection, teamsSql(false).toUtf8());
    const std::optional<QList<Pm>> pms = readRows<Pm>(pmRows, readPm);
    const std::optional<QList<Team>> teams = readRows<Team>(teamRows, readTeam);
    if (!pms || !teams)
        return std::nullopt;
    QHash<QByteArray, qsizetype> pmPositions;
    pmPositions.reserve(pms->size());
    for (qsizetype i = 0; i < pms->size(); ++i)
        pmPositions.insert(pms->at(i).meta.id.toUtf8(), i);
    QHash<QByteArray, qsizetype> teamPositions;
    teamPositions.reserve(teams->size());
    for (qsizetype i = 0; i < teams->size(); ++i)
        teamPositions.insert(teams->at(i).meta.id.toUtf8(), i);

    const qint64 today = day.toJulianDay();
    const auto readRow = [&](const Statement &row) {
        HistoryRow assignment;
        assignment.team = teamPositions.value(row.utf8(0), -1);
        assignment.pm = pmPositions.value(row.utf8(1), -1);
        // Compared as bytes: a QString per row for "full" or "light" made up a tenth of
        // reading the history.
        assignment.support = row.utf8(2) == "light" ? Support::Light : Support::Full;
        assignment.startOn = IsoDate::julianDay(QByteArrayView(row.utf8(3))).value_or(0);
        if (const std::optional<qint64> end = IsoDate::julianDay(QByteArrayView(row.utf8(4))))
            assignment.endOn = *end;
        if (assignment.isActiveOn(today))
            assignment.id = row.text(5);
        return assignment;
    };
    const QString select =
        QStringLiteral("SELECT team_id, pm_id, support, start_on, end_on, id FROM assignment");
    CoverageHistory history;
    history.from = today - HistoryWindowDays;
    // Days are stored as ISO text, which compares as the days do. The end is tested first: it
    // rules out most rows, and SQLite then need not reach the last column, deleted.
    Statement recent(
        connection,
        (select + QStringLiteral(" WHERE (end_on IS NULL OR end_on > '%1') AND deleted = 0")
                      .arg(QDate::fromJulianDay(history.from).toString(Qt::ISODate)))
            .toUtf8());
    std::optional<QList<HistoryRow>> rows = readRows<HistoryRow>(recent, readRow);
    if (!rows)
        return std::nullopt;
    history.rows = std::move(*rows);
    // One team's whole history, read with one prepared statement for every team asked for.
    Statement wholeTeams(connection,
                         (select + QStringLiteral(" WHERE team_id = ?1 AND deleted = 0")).toUtf8());
    history.wholeTeam = [&](qsizetype team) {
        wholeTeams.reset();
        wholeTeams.bind(1, teams->at(team).meta.id);
        return readRows<HistoryRow>(wholeTeams, readRow).value_or(QList<HistoryRow>());
    };
    return CoverageSnapshot::compute(*pms, *teams, history, day);
}

} // namespace

QList<Pm> CoverageRepository::pms() const
{
    return readAll<Pm>(workspace().sqliteHandle(), pmsSql(true), readPm);
}

QList<Team> CoverageRepository::teams() const
{
    return readAll<Team>(workspace().sqliteHandle(), teamsSql(true), readTeam);
}

QList<Assignment> CoverageRepository::assignments() const
{
    return readAll<Assignment>(
        workspace().sqliteHandle(),
        QStringLiteral("SELECT %1, %2 FROM assignment WHERE deleted = 0 ORDER BY start_on, id")
            .arg(metaColumns(), fieldsOf("assignment")),
        readAssignment);
}

namespace {

template<typename Record, typename Read>
std::optional<Record> byId(sqlite3 *connection, const char *table, const QString &id, Read read)
{
    Statement statement(connection, QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?1")
                                        .arg(Repository::metaColumns(), Repository::fieldsOf(table),
                                             QString::fromLatin1(table))
                                        .toUtf8());
    statement.bind(1, id);
    if (!statement.next())
        return std::nullopt;
    return read(statement);
}

} // namespace

std::optional<Pm> CoverageRepository::pm(const QString &id) const
{
    return byId<Pm>(workspace().sqliteHandle(), "pm", id, readPm);
}

std::optional<Team> CoverageRepository::team(const QString &id) const
{
    return byId<Team>(workspace().sqliteHandle(), "team", id, readTeam);
}

std::optional<Pm> CoverageRepository::findPm(const QString &name) const
{
    const QList<Pm> found = PmNames::matching(pms(), name);
    return found.size() == 1 ? std::optional<Pm>(found.first()) : std::nullopt;
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
    // This runs when the Coverage pane opens and on every as-of change, over years of history.
    if (std::optional<CoverageSnapshot> snapshot = readCoverageOn(workspace().sqliteHandle(), day))
        return std::move(*snapshot);
    return CoverageSnapshot::compute({}, {}, CoverageHistory{}, day);
}

Outcome CoverageRepository::apply(CoverageEdit &edit)
{
    Outcome problem = writeTogether([&]() -> Outcome {
        // Teams and PMs first, so that new assignments find them.
        for (Pm &pm : edit.pms)
            if (Outcome failed = write(pm))
                return failed;
        for (Team &team : edit.teams)
            if (Outcome failed = write(team))
                return failed;
        for (Assignment &assignment : edit.assignments)
            if (Outcome failed = write(assignment))
                return failed;
        return {};
    });
    return problem;
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
    return saveRecord(QStringLiteral("pm"), pm.meta,
                      {SqlValue::of(pm.name), SqlValue::of(pm.email), SqlValue::ofDay(pm.joinedOn),
                       SqlValue::ofDay(pm.archivedOn), SqlValue::of(pm.note)});
}

Outcome CoverageRepository::write(Team &team)
{
    return saveRecord(QStringLiteral("team"), team.meta,
                      {SqlValue::of(team.name), SqlValue::ofDay(team.createdOn),
                       SqlValue::ofDay(team.archivedOn), SqlValue::of(team.note)});
}

Outcome CoverageRepository::write(Assignment &assignment)
{
    return saveRecord(QStringLiteral("assignment"), assignment.meta,
                      {SqlValue::of(assignment.teamId), SqlValue::of(assignment.pmId),
                       SqlValue::of(supportKey(assignment.support)),
                       SqlValue::ofDay(assignment.startOn), SqlValue::ofDay(assignment.endOn)});
}
