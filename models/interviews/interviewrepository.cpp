#include "interviewrepository.h"

#include <QHash>

namespace {

// Batches larger than this read the stored sequences in one query.
constexpr qsizetype BulkThreshold = 64;

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

} // namespace

QList<Interview> InterviewRepository::interviews() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT %1, %2 FROM interview WHERE deleted = 0 "
                                             "ORDER BY starts_at, id")
                                  .arg(metaColumns(), columns));
    query.setForwardOnly(true);
    return readAll(query);
}

QList<Interview> InterviewRepository::between(const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM interview WHERE deleted = 0 AND starts_at >= ? "
                               "AND starts_at < ? ORDER BY starts_at, id")
                    .arg(metaColumns(), columns));
    query.setForwardOnly(true);
    query.addBindValue(interviewTimeKey(from));
    query.addBindValue(interviewTimeKey(to));
    return readAll(query);
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
    QSqlQuery query =
        prepare(QStringLiteral("SELECT %1, %2 FROM interview").arg(metaColumns(), columns));
    query.setForwardOnly(true);
    return readAll(query);
}

int InterviewRepository::count() const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT count(*) FROM interview WHERE deleted = 0"));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
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
    if (Outcome problem = transaction.commit())
        return problem;
    emit changed();
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
