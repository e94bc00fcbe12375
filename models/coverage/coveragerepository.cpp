#include "coveragerepository.h"

#include "pmnames.h"

#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

namespace {

const QString pmColumns = QStringLiteral("name, email, joined_on, archived_on, note");
const QString teamColumns = QStringLiteral("name, created_on, archived_on, note");
const QString assignmentColumns = QStringLiteral("team_id, pm_id, support, start_on, end_on");

QStringList columnList(const QString &columns)
{
    return columns.split(QStringLiteral(", "));
}

// The values of one row, whether it comes through QSqlQuery or straight from SQLite.
class QtRow
{
public:
    explicit QtRow(const QSqlQuery &query)
        : m_query(query)
    {}
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const { return Repository::dateFrom(m_query.value(column)); }

private:
    const QSqlQuery &m_query;
};

// The Julian day of a date of the stored form, YYYY-MM-DD, read straight from its bytes: QDate
// goes through Qt's calendar system, ten times slower, and history has thousands of dates.
// Nothing for any other text, or a day that does not exist.
std::optional<qint64> julianDayOf(const char *text, qsizetype length)
{
    auto digit = [text](int i) { return text[i] >= '0' && text[i] <= '9'; };
    if (length != 10 || text[4] != '-' || text[7] != '-' || !digit(0) || !digit(1) || !digit(2) ||
        !digit(3) || !digit(5) || !digit(6) || !digit(8) || !digit(9))
        return std::nullopt;
    auto number = [text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    static constexpr int daysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth[month - 1] + (month == 2 && leap))
        return std::nullopt;
    // The Julian day number of a proleptic Gregorian date (Fliegel and Van Flandern).
    const int a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    QString text(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QDate date(int column) const
    {
        const QByteArray text = utf8(column);
        if (text.isNull())
            return {};
        if (const std::optional<qint64> day = julianDayOf(text.constData(), text.size()))
            return QDate::fromJulianDay(*day);
        return Repository::dateFrom(QString::fromUtf8(text));
    }
    // The value's bytes as SQLite holds them, not copied: valid until the next step.
    QByteArray utf8(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray::fromRawData(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
    }

private:
    sqlite3_stmt *m_statement;
};

template<typename Row> RecordMeta readMeta(const Row &row)
{
    return RecordMeta{row.text(0), row.integer(1), row.text(2), row.integer(3) != 0,
                      row.integer(4) != 0};
}

template<typename Row> Pm readPm(const Row &row)
{
    Pm pm;
    pm.meta = readMeta(row);
    pm.name = row.text(5);
    pm.email = row.text(6);
    pm.joinedOn = row.date(7);
    pm.archivedOn = row.date(8);
    pm.note = row.text(9);
    return pm;
}

template<typename Row> Team readTeam(const Row &row)
{
    Team team;
    team.meta = readMeta(row);
    team.name = row.text(5);
    team.createdOn = row.date(6);
    team.archivedOn = row.date(7);
    team.note = row.text(8);
    return team;
}

template<typename Row> Assignment readAssignment(const Row &row)
{
    Assignment assignment;
    assignment.meta = readMeta(row);
    assignment.teamId = row.text(5);
    assignment.pmId = row.text(6);
    assignment.support = supportFromKey(row.text(7)).value_or(Support::Full);
    assignment.startOn = row.date(8);
    assignment.endOn = row.date(9);
    return assignment;
}

template<typename Record, typename Read> QList<Record> readAll(QSqlQuery &query, Read read)
{
    QList<Record> records;
    // Read once, front to back: Qt need not keep every row it has handed over.
    query.setForwardOnly(true);
    if (!query.exec())
        return records;
    while (query.next())
        records.append(read(QtRow(query)));
    return records;
}

// The connection's own SQLite handle, or null if its driver is not SQLite's.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

// Every row of a query without parameters, read through SQLite itself: QSqlQuery turns each
// value into a QVariant of UTF-16 text first, which made reading years of coverage history
// the largest part of opening the app. Nothing if the query cannot run to its end.
template<typename Record, typename Read>
std::optional<QList<Record>> readRows(sqlite3 *connection, const QString &sql, Read read)
{
    if (!connection)
        return std::nullopt;
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::nullopt;
    }
    QList<Record> records;
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW)
        records.append(read(SqliteRow(statement)));
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE)
        return std::nullopt;
    return records;
}

// readRows() on the workspace's connection, or QSqlQuery if its driver is not SQLite's.
template<typename Record, typename ReadQt, typename ReadSqlite>
QList<Record> readAllDirectly(const QSqlDatabase &db, const QString &sql, ReadQt readQt,
                              ReadSqlite readSqlite)
{
    if (std::optional<QList<Record>> records = readRows<Record>(sqliteHandle(db), sql, readSqlite))
        return *records;
    QSqlQuery query(db);
    query.prepare(sql);
    return readAll<Record>(query, readQt);
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
               .arg(Repository::metaColumns(), pmColumns) +
           nameOrder(byName);
}

QString teamsSql(bool byName)
{
    return QStringLiteral("SELECT %1, %2 FROM team WHERE deleted = 0")
               .arg(Repository::metaColumns(), teamColumns) +
           nameOrder(byName);
}

// One team's whole history, read with one prepared statement for every team asked for.
class TeamHistoryReader
{
public:
    TeamHistoryReader(sqlite3 *connection, const QString &sql)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &m_statement,
                               nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~TeamHistoryReader() { sqlite3_finalize(m_statement); }
    TeamHistoryReader(const TeamHistoryReader &) = delete;
    TeamHistoryReader &operator=(const TeamHistoryReader &) = delete;

    template<typename Read> QList<HistoryRow> read(const QByteArray &teamId, Read readRow)
    {
        QList<HistoryRow> rows;
        if (!m_statement)
            return rows;
        sqlite3_reset(m_statement);
        sqlite3_bind_text(m_statement, 1, teamId.constData(), int(teamId.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(m_statement) == SQLITE_ROW)
            rows.append(readRow(SqliteRow(m_statement)));
        return rows;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// How far back the history is read for a snapshot (see CoverageHistory): a year holds the last
// change of level of most teams (PMs move on about yearly), and a fifth of the rows of ten
// years of history; the few teams whose level held longer are read whole.
constexpr qint64 HistoryWindowDays = 365;

// What CoverageRepository::coverageOn() computes, read over `connection`; nothing if it
// cannot be read. Each assignment is read as a HistoryRow, its team and PM matched on
// SQLite's own bytes, and only the assignments of the day get their id.
std::optional<CoverageSnapshot> readCoverageOn(sqlite3 *connection, QDate day)
{
    const std::optional<QList<Pm>> pms = readRows<Pm>(connection, pmsSql(false), readPm<SqliteRow>);
    const std::optional<QList<Team>> teams =
        readRows<Team>(connection, teamsSql(false), readTeam<SqliteRow>);
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
    const auto readRow = [&](const SqliteRow &row) {
        HistoryRow assignment;
        assignment.team = teamPositions.value(row.utf8(0), -1);
        assignment.pm = pmPositions.value(row.utf8(1), -1);
        // Compared as bytes: a QString per row for "full" or "light" made up a tenth of
        // reading the history.
        assignment.support = row.utf8(2) == "light" ? Support::Light : Support::Full;
        assignment.startOn = row.date(3).toJulianDay();
        if (const QDate end = row.date(4); end.isValid())
            assignment.endOn = end.toJulianDay();
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
    std::optional<QList<HistoryRow>> rows = readRows<HistoryRow>(
        connection,
        select + QStringLiteral(" WHERE (end_on IS NULL OR end_on > '%1') AND deleted = 0")
                     .arg(QDate::fromJulianDay(history.from).toString(Qt::ISODate)),
        readRow);
    if (!rows)
        return std::nullopt;
    history.rows = std::move(*rows);
    TeamHistoryReader wholeTeams(connection,
                                 select + QStringLiteral(" WHERE team_id = ?1 AND deleted = 0"));
    history.wholeTeam = [&](qsizetype team) {
        return wholeTeams.read(teams->at(team).meta.id.toUtf8(), readRow);
    };
    return CoverageSnapshot::compute(*pms, *teams, history, day);
}

} // namespace

QList<Pm> CoverageRepository::pms() const
{
    return readAllDirectly<Pm>(workspace().database(), pmsSql(true), readPm<QtRow>,
                               readPm<SqliteRow>);
}

QList<Team> CoverageRepository::teams() const
{
    return readAllDirectly<Team>(workspace().database(), teamsSql(true), readTeam<QtRow>,
                                 readTeam<SqliteRow>);
}

QList<Assignment> CoverageRepository::assignments() const
{
    return readAllDirectly<Assignment>(
        workspace().database(),
        QStringLiteral("SELECT %1, %2 FROM assignment WHERE deleted = 0 ORDER BY start_on, id")
            .arg(metaColumns(), assignmentColumns),
        readAssignment<QtRow>, readAssignment<SqliteRow>);
}

std::optional<Pm> CoverageRepository::pm(const QString &id) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM pm WHERE id = ?").arg(metaColumns(), pmColumns));
    query.addBindValue(id);
    const QList<Pm> found = readAll<Pm>(query, readPm<QtRow>);
    return found.isEmpty() ? std::nullopt : std::optional<Pm>(found.first());
}

std::optional<Team> CoverageRepository::team(const QString &id) const
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1, %2 FROM team WHERE id = ?").arg(metaColumns(), teamColumns));
    query.addBindValue(id);
    const QList<Team> found = readAll<Team>(query, readTeam<QtRow>);
    return found.isEmpty() ? std::nullopt : std::optional<Team>(found.first());
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
    if (std::optional<CoverageSnapshot> snapshot =
            readCoverageOn(sqliteHandle(workspace().database()), day))
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
    if (!problem)
        emit changed();
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
