#include "interviewrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace {

// Batches larger than this read the stored sequences in one query.
constexpr qsizetype BulkThreshold = 64;
// Batches at least this large into an empty table build its indexes afterwards.
constexpr qsizetype BulkIndexThreshold = 2000;

const QString columns = QStringLiteral(
    "pm_id, kind, interviewee, organisation, team_id, product, starts_at, minutes, all_day, "
    "time_zone, location, status, notes, findings, scorecard, ics_uid, sequence");

Interview readInterview(const QSqlQuery &q)
{
    Interview i;
    i.meta = Repository::readMeta(q);
    i.pmId = q.value(5).toString();
    i.kind = interviewKindFromKey(q.value(6).toString()).value_or(InterviewKind::User);
    i.interviewee = q.value(7).toString();
    i.organisation = q.value(8).toString();
    i.teamId = q.value(9).toString();
    i.product = q.value(10).toString();
    i.start = interviewTimeFromKey(q.value(11).toString());
    i.minutes = q.value(12).toInt();
    i.allDay = q.value(13).toBool();
    i.timeZone = q.value(14).toString();
    i.location = q.value(15).toString();
    i.status = interviewStatusFromKey(q.value(16).toString()).value_or(InterviewStatus::Planned);
    i.notes = q.value(17).toString();
    i.findings = q.value(18).toString();
    i.scorecard = Scorecard::fromJson(q.value(19).toString());
    i.icsUid = q.value(20).toString();
    i.sequence = q.value(21).toInt();
    return i;
}

QList<Interview> readAll(QSqlQuery &query)
{
    QList<Interview> found;
    if (!query.exec())
        return found;
    while (query.next())
        found.append(readInterview(query));
    return found;
}

// The workspace's own SQLite connection, for the bulk paths: 100,000 interviews read or
// written through QSqlQuery cost a QVariant per value, several times the work of SQLite itself.
sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}

struct Statement {
    sqlite3_stmt *statement = nullptr;
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(statement); }
};

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(statement, column)) : QString();
}

// Strings that repeat across rows (PM, team, zone, replica) share one copy.
class Interned
{
public:
    QString operator()(sqlite3_stmt *statement, int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        if (!text)
            return QString();
        const QByteArray key =
            QByteArray::fromRawData(text, sqlite3_column_bytes(statement, column));
        const auto found = m_strings.constFind(key);
        if (found != m_strings.constEnd())
            return *found;
        const QString value = QString::fromUtf8(key);
        m_strings.insert(QByteArray(text, key.size()), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

QDateTime timeFrom(sqlite3_stmt *statement, int column)
{
    return interviewTimeFromKey(columnText(statement, column));
}

Interview readInterview(sqlite3_stmt *q, Interned &interned)
{
    Interview i;
    i.meta = RecordMeta{columnText(q, 0), sqlite3_column_int64(q, 1), interned(q, 2),
                        sqlite3_column_int(q, 3) != 0, sqlite3_column_int(q, 4) != 0};
    i.pmId = interned(q, 5);
    i.kind = interviewKindFromKey(interned(q, 6)).value_or(InterviewKind::User);
    i.interviewee = columnText(q, 7);
    i.organisation = interned(q, 8);
    i.teamId = interned(q, 9);
    i.product = interned(q, 10);
    i.start = timeFrom(q, 11);
    i.minutes = sqlite3_column_int(q, 12);
    i.allDay = sqlite3_column_int(q, 13) != 0;
    i.timeZone = interned(q, 14);
    i.location = columnText(q, 15);
    i.status = interviewStatusFromKey(interned(q, 16)).value_or(InterviewStatus::Planned);
    i.notes = interned(q, 17);
    i.findings = interned(q, 18);
    const QString scorecard = columnText(q, 19);
    if (!scorecard.isEmpty())
        i.scorecard = Scorecard::fromJson(scorecard);
    i.icsUid = columnText(q, 20);
    i.sequence = sqlite3_column_int(q, 21);
    return i;
}

} // namespace

// Every row of a query with text parameters, straight from SQLite; through Qt if the driver
// is not SQLite's.
QList<Interview> InterviewRepository::readBulk(const QString &sql, const QStringList &values) const
{
    sqlite3 *db = sqliteHandle(workspace().database());
    Statement statement;
    const QByteArray text = sql.toUtf8();
    if (!db || sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement.statement,
                                  nullptr) != SQLITE_OK) {
        QSqlQuery query = prepare(sql);
        query.setForwardOnly(true);
        for (const QString &value : values)
            query.addBindValue(value);
        return readAll(query);
    }
    for (int i = 0; i < values.size(); ++i) {
        const QByteArray value = values[i].toUtf8();
        sqlite3_bind_text(statement.statement, i + 1, value.constData(), int(value.size()),
                          SQLITE_TRANSIENT);
    }
    QList<Interview> found;
    Interned interned;
    while (sqlite3_step(statement.statement) == SQLITE_ROW)
        found.append(readInterview(statement.statement, interned));
    return found;
}

QList<Interview> InterviewRepository::interviews() const
{
    return readBulk(QStringLiteral("SELECT %1, %2 FROM interview WHERE deleted = 0 "
                                   "ORDER BY starts_at, id")
                        .arg(metaColumns(), columns));
}

QList<Interview> InterviewRepository::between(const QDateTime &from, const QDateTime &to) const
{
    // Through SQLite itself: a quarter of a large team's interviews is thousands of rows.
    return readBulk(QStringLiteral("SELECT %1, %2 FROM interview WHERE deleted = 0 AND "
                                   "starts_at >= ? AND starts_at < ? ORDER BY starts_at, id")
                        .arg(metaColumns(), columns),
                    {interviewTimeKey(from), interviewTimeKey(to)});
}

std::optional<Interview> InterviewRepository::interview(const QString &id) const
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1, %2 FROM interview WHERE id = ?").arg(metaColumns(), columns));
    query.addBindValue(id);
    const QList<Interview> found = readAll(query);
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> InterviewRepository::withUid(const QString &icsUid) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM interview WHERE ics_uid = ? "
                                             "ORDER BY starts_at, id")
                                  .arg(metaColumns(), columns));
    query.addBindValue(icsUid);
    return readAll(query);
}

QList<Interview> InterviewRepository::allRecords() const
{
    return readBulk(QStringLiteral("SELECT %1, %2 FROM interview").arg(metaColumns(), columns));
}

int InterviewRepository::count() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT count(*) FROM interview WHERE deleted = 0"));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<Interview> InterviewRepository::lastDoneUserInterview(const QString &teamId,
                                                                    const QDateTime &before) const
{
    // Matches the partial index interview_done_by_team (0006): a few steps, not a scan.
    QSqlQuery query = prepare(
        QStringLiteral("SELECT %1, %2 FROM interview WHERE team_id = ? AND starts_at < ? AND "
                       "kind = 'user' AND status = 'done' AND deleted = 0 "
                       "ORDER BY starts_at DESC LIMIT 1")
            .arg(metaColumns(), columns));
    query.addBindValue(teamId);
    query.addBindValue(interviewTimeKey(before));
    const QList<Interview> found = readAll(query);
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> InterviewRepository::clashesWith(const Interview &interview) const
{
    if (!interview.counts() || interview.allDay)
        return {};
    // An interview longer than a day is not an interview: one day back is enough.
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM interview WHERE deleted = 0 AND pm_id = ? "
                               "AND starts_at >= ? AND starts_at < ? AND id <> ?")
                    .arg(metaColumns(), columns));
    query.addBindValue(interview.pmId);
    query.addBindValue(interviewTimeKey(interview.start.addDays(-1)));
    query.addBindValue(interviewTimeKey(interview.end()));
    query.addBindValue(interview.meta.id);
    QList<Interview> clashes;
    for (const Interview &other : readAll(query))
        if (interview.overlaps(other))
            clashes.append(other);
    return clashes;
}

Outcome InterviewRepository::apply(InterviewEdit &edit)
{
    if (edit.isEmpty())
        return {};
    if (edit.interviews.size() > BulkThreshold && sqliteHandle(workspace().database())) {
        return writeTogether([&] { return writeBulk(edit); });
    }
    WriteTransaction transaction(workspace());
    // Prepared once per batch: an import of 100,000 events must not compile SQL per event.
    QSqlQuery current = prepare(QStringLiteral("SELECT sequence FROM interview WHERE id = ?"));
    QSqlQuery upsert =
        prepare(upsertSql(QStringLiteral("interview"), columns.split(QStringLiteral(", "))));
    // A big batch (an import) reads every stored SEQUENCE in one query rather than one query
    // per record; kept up to date as the batch writes, in case a record comes twice.
    // It also knows which records are new, and writes those with a plain INSERT: SQLite's
    // upsert costs about twice as much per row.
    const bool bulk = edit.interviews.size() > BulkThreshold;
    QHash<QString, int> sequences;
    QSqlQuery insert;
    if (bulk) {
        const QStringList names =
            QStringList{QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin"),
                        QStringLiteral("deleted"), QStringLiteral("sample")} +
            columns.split(QStringLiteral(", "));
        insert = prepare(
            QStringLiteral("INSERT INTO interview (%1) VALUES (%2)")
                .arg(names.join(QStringLiteral(", ")),
                     QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        QSqlQuery all = prepare(QStringLiteral("SELECT id, sequence FROM interview"));
        all.setForwardOnly(true);
        if (Outcome problem = run(all)) {
            transaction.rollback();
            return problem;
        }
        while (all.next())
            sequences.insert(all.value(0).toString(), all.value(1).toInt());
    }
    for (Interview &interview : edit.interviews) {
        std::optional<int> stored;
        if (bulk) {
            const auto found = sequences.constFind(interview.meta.id);
            if (found != sequences.constEnd())
                stored = *found;
        } else if (!interview.meta.id.isEmpty()) {
            current.addBindValue(interview.meta.id);
            if (current.exec() && current.next())
                stored = current.value(0).toInt();
            current.finish();
        }
        if (Outcome problem = write(interview, stored, bulk && !stored ? insert : upsert)) {
            transaction.rollback();
            return problem;
        }
        if (bulk)
            sequences.insert(interview.meta.id, interview.sequence);
    }
    return transaction.commit();
}

// A big batch (an import): two statements prepared once, every stored SEQUENCE read in one
// query, new records written with a plain INSERT (SQLite's upsert costs about twice as much
// per row), all through SQLite itself. Runs inside apply()'s transaction.
Outcome InterviewRepository::writeBulk(InterviewEdit &edit)
{
    sqlite3 *db = sqliteHandle(workspace().database());
    const QStringList names =
        QStringList{QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin"),
                    QStringLiteral("deleted"), QStringLiteral("sample")} +
        columns.split(QStringLiteral(", "));
    const QByteArray insertSql =
        QStringLiteral("INSERT INTO interview (%1) VALUES (%2)")
            .arg(names.join(QStringLiteral(", ")),
                 QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")))
            .toUtf8();
    const QByteArray upsertText =
        upsertSql(QStringLiteral("interview"), columns.split(QStringLiteral(", "))).toUtf8();
    auto failure = [&] {
        return workspace().problem(
            QCoreApplication::translate("Repository", "cannot be written (%1)")
                .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    Statement insert;
    Statement upsert;
    Statement sequences;
    if (sqlite3_prepare_v2(db, insertSql.constData(), -1, &insert.statement, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(db, upsertText.constData(), -1, &upsert.statement, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT id, sequence FROM interview", -1, &sequences.statement,
                           nullptr) != SQLITE_OK)
        return failure();
    // The table's CHECKs on kind and status are IN lists, which SQLite evaluates by building
    // a temporary b-tree for every row written: a fifth of a bulk insert. What this writes
    // comes from the enums' own keys, so the same checks are made here, once per row, and
    // SQLite's are off for the batch (they are on again before anything else runs).
    sqlite3_exec(db, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr);
    struct RestoreChecks {
        sqlite3 *db;
        ~RestoreChecks()
        {
            sqlite3_exec(db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
        }
    } restoreChecks{db};
    QHash<QString, int> stored;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(sequences.statement)) == SQLITE_ROW)
        stored.insert(columnText(sequences.statement, 0),
                      sqlite3_column_int(sequences.statement, 1));
    if (step != SQLITE_DONE)
        return failure();

    // Into an empty table, the secondary indexes are dropped and made again afterwards, from
    // their own SQL as the schema has it: SQLite builds an index from sorted keys several times
    // faster than it inserts 100,000 keys one by one. The transaction undoes it on failure.
    QList<QByteArray> indexes;
    if (stored.isEmpty() && edit.interviews.size() >= BulkIndexThreshold) {
        Statement list;
        if (sqlite3_prepare_v2(db,
                               "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "tbl_name = 'interview' AND sql IS NOT NULL",
                               -1, &list.statement, nullptr) != SQLITE_OK)
            return failure();
        QList<QByteArray> indexNames;
        while ((step = sqlite3_step(list.statement)) == SQLITE_ROW) {
            indexNames.append(
                reinterpret_cast<const char *>(sqlite3_column_text(list.statement, 0)));
            indexes.append(reinterpret_cast<const char *>(sqlite3_column_text(list.statement, 1)));
        }
        if (step != SQLITE_DONE)
            return failure();
        for (const QByteArray &name : std::as_const(indexNames))
            if (sqlite3_exec(db, "DROP INDEX \"" + name + '"', nullptr, nullptr, nullptr) !=
                SQLITE_OK)
                return failure();
    }
    QVarLengthArray<QByteArray, 24> rowText;
    for (Interview &interview : edit.interviews) {
        if (interview.minutes <= 0 || !interviewKindFromKey(interviewKindKey(interview.kind)) ||
            !interviewStatusFromKey(interviewStatusKey(interview.status)))
            return workspace().problem(
                QCoreApplication::translate("Repository", "cannot be written (%1)")
                    .arg(QStringLiteral("CHECK constraint failed: interview")));
        const auto found = stored.constFind(interview.meta.id);
        const bool exists = found != stored.constEnd();
        // Every stored change is a new revision for calendars: SEQUENCE only rises.
        if (exists)
            interview.sequence = std::max(interview.sequence, *found + 1);
        stamp(interview.meta);
        sqlite3_stmt *q = exists ? upsert.statement : insert.statement;
        int column = 0;
        // The row's UTF-8 is kept until the step, so SQLite reads it where it is.
        rowText.clear();
        auto text = [&](const QString &value) {
            rowText.append(value.toUtf8());
            const QByteArray &bytes = rowText.last();
            sqlite3_bind_text(q, ++column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        };
        auto number = [&](qint64 value) { sqlite3_bind_int64(q, ++column, value); };
        text(interview.meta.id);
        number(interview.meta.hlc);
        text(interview.meta.origin);
        number(interview.meta.deleted ? 1 : 0);
        number(interview.meta.sample ? 1 : 0);
        text(interview.pmId);
        text(interviewKindKey(interview.kind));
        text(interview.interviewee);
        text(interview.organisation);
        if (interview.teamId.isEmpty())
            sqlite3_bind_null(q, ++column);
        else
            text(interview.teamId);
        text(interview.product);
        text(interviewTimeKey(interview.start));
        number(interview.minutes);
        number(interview.allDay ? 1 : 0);
        text(interview.timeZone);
        text(interview.location);
        text(interviewStatusKey(interview.status));
        text(interview.notes);
        text(interview.findings);
        text(interview.scorecard.toJson());
        text(interview.icsUid);
        number(interview.sequence);
        // Every parameter is bound again for the next row: no need to clear them.
        const int result = sqlite3_step(q);
        sqlite3_reset(q);
        if (result != SQLITE_DONE)
            return failure();
        stored.insert(interview.meta.id, interview.sequence);
    }
    for (const QByteArray &index : std::as_const(indexes))
        if (sqlite3_exec(db, index.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failure();
    return {};
}

Outcome InterviewRepository::save(Interview &interview)
{
    InterviewEdit edit{{interview}};
    Outcome problem = apply(edit);
    if (!problem)
        interview = edit.interviews.first();
    return problem;
}

Outcome InterviewRepository::write(Interview &interview, std::optional<int> storedSequence,
                                   QSqlQuery &query)
{
    // Every stored change is a new revision for calendars, undo included: SEQUENCE only rises.
    if (storedSequence)
        interview.sequence = std::max(interview.sequence, *storedSequence + 1);
    stamp(interview.meta);
    bindMeta(query, interview.meta);
    query.addBindValue(interview.pmId);
    query.addBindValue(interviewKindKey(interview.kind));
    query.addBindValue(sqlText(interview.interviewee));
    query.addBindValue(sqlText(interview.organisation));
    query.addBindValue(interview.teamId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(interview.teamId));
    query.addBindValue(sqlText(interview.product));
    query.addBindValue(interviewTimeKey(interview.start));
    query.addBindValue(interview.minutes);
    query.addBindValue(interview.allDay ? 1 : 0);
    query.addBindValue(sqlText(interview.timeZone));
    query.addBindValue(sqlText(interview.location));
    query.addBindValue(interviewStatusKey(interview.status));
    query.addBindValue(sqlText(interview.notes));
    query.addBindValue(sqlText(interview.findings));
    query.addBindValue(sqlText(interview.scorecard.toJson()));
    query.addBindValue(sqlText(interview.icsUid));
    query.addBindValue(interview.sequence);
    return run(query);
}
