#include "coveragerepository.h"

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

// QDate(year, month, day) goes through Qt's calendar system; this is the same day for the
// years 1 to 9999 of the stored form, in a tenth of the time (history has thousands of dates).
QDate gregorianDate(int year, int month, int day)
{
    static constexpr int daysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth[month - 1] + (month == 2 && leap))
        return QDate(year, month, day); // invalid, or year 0: as Qt has it
    // The Julian day number of a proleptic Gregorian date (Fliegel and Van Flandern).
    const int a = (14 - month) / 12;
    const qint64 y = qint64(year) + 4800 - a;
    const int m = month + 12 * a - 3;
    return QDate::fromJulianDay(day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 -
                                32045);
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
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!text)
            return {};
        // The stored form, YYYY-MM-DD, straight from SQLite's bytes; anything else through Qt.
        const int length = sqlite3_column_bytes(m_statement, column);
        auto digit = [text](int i) { return text[i] >= '0' && text[i] <= '9'; };
        if (length == 10 && text[4] == '-' && text[7] == '-' && digit(0) && digit(1) && digit(2) &&
            digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
            auto number = [text](int from, int count) {
                int value = 0;
                for (int i = from; i < from + count; ++i)
                    value = value * 10 + (text[i] - '0');
                return value;
            };
            return gregorianDate(number(0, 4), number(5, 2), number(8, 2));
        }
        return Repository::dateFrom(QString::fromUtf8(text, length));
    }
    // Ids repeat over thousands of history rows: one QString per distinct id, shared. Looked
    // up by SQLite's own bytes (not copied), so a known id costs a hash and a memcmp.
    QString sharedText(int column, QHash<QByteArray, QString> &known) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!text)
            return {};
        const qsizetype length = sqlite3_column_bytes(m_statement, column);
        const QByteArray bytes = QByteArray::fromRawData(text, length);
        if (const auto found = known.constFind(bytes); found != known.cend())
            return *found;
        const QString fresh = QString::fromUtf8(bytes);
        known.insert(QByteArray(text, length), fresh);
        return fresh;
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

// The history as the snapshot needs it: no merge columns but the id (see coverageOn()).
template<typename Row> Assignment readHistory(const Row &row)
{
    Assignment assignment;
    assignment.meta.id = row.text(0);
    assignment.teamId = row.text(1);
    assignment.pmId = row.text(2);
    assignment.support = supportFromKey(row.text(3)).value_or(Support::Full);
    assignment.startOn = row.date(4);
    assignment.endOn = row.date(5);
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

// Every row of a query without parameters, read through SQLite itself: QSqlQuery turns each
// value into a QVariant of UTF-16 text first, which made reading years of coverage history
// the largest part of opening the app. Falls back to QSqlQuery if the driver is not SQLite's.
template<typename Record, typename ReadQt, typename ReadSqlite>
QList<Record> readAllDirectly(const QSqlDatabase &db, const QString &sql, ReadQt readQt,
                              ReadSqlite readSqlite)
{
    const QVariant handle = db.driver()->handle();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                              ? *static_cast<sqlite3 *const *>(handle.constData())
                              : nullptr;
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (!connection || sqlite3_prepare_v2(connection, text.constData(), int(text.size()),
                                          &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        QSqlQuery query(db);
        query.prepare(sql);
        return readAll<Record>(query, readQt);
    }
    QList<Record> records;
    while (sqlite3_step(statement) == SQLITE_ROW)
        records.append(readSqlite(SqliteRow(statement)));
    sqlite3_finalize(statement);
    return records;
}

} // namespace

QList<Pm> CoverageRepository::pms() const
{
    return readAllDirectly<Pm>(workspace().database(),
                               QStringLiteral("SELECT %1, %2 FROM pm WHERE deleted = 0 "
                                              "ORDER BY name COLLATE NOCASE")
                                   .arg(metaColumns(), pmColumns),
                               readPm<QtRow>, readPm<SqliteRow>);
}

QList<Team> CoverageRepository::teams() const
{
    return readAllDirectly<Team>(workspace().database(),
                                 QStringLiteral("SELECT %1, %2 FROM team WHERE deleted = 0 "
                                                "ORDER BY name COLLATE NOCASE")
                                     .arg(metaColumns(), teamColumns),
                                 readTeam<QtRow>, readTeam<SqliteRow>);
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
    // The history without the merge columns the snapshot has no use for, in no particular
    // order: this runs when the Coverage pane opens and on every as-of change, over years of
    // history.
    QHash<QByteArray, QString> ids;
    const QList<Assignment> history = readAllDirectly<Assignment>(
        workspace().database(),
        QStringLiteral("SELECT id, %1 FROM assignment WHERE deleted = 0").arg(assignmentColumns),
        readHistory<QtRow>, [&ids, day](const SqliteRow &row) {
            Assignment assignment;
            assignment.startOn = row.date(4);
            assignment.endOn = row.date(5);
            // Only the assignments of the day are shown with their id.
            if (assignment.isActiveOn(day))
                assignment.meta.id = row.text(0);
            assignment.teamId = row.sharedText(1, ids);
            assignment.pmId = row.sharedText(2, ids);
            assignment.support = supportFromKey(row.text(3)).value_or(Support::Full);
            return assignment;
        });
    return CoverageSnapshot::compute(pms(), teams(), history, day);
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
