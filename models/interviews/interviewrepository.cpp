#include "interviewrepository.h"

#include "workspace/internedtext.h"

namespace {

Interview readInterview(const Statement &q, InternedText &interned)
{
    Interview i;
    i.meta = Repository::readMeta(q, interned);
    i.pmId = interned(q, 5);
    i.kind = interviewKindFromKey(interned(q, 6)).value_or(InterviewKind::User);
    i.interviewee = q.text(7);
    i.organisation = interned(q, 8);
    i.teamId = interned(q, 9);
    i.product = interned(q, 10);
    i.start = interviewTimeFromKey(q.text(11));
    i.minutes = int(q.integer(12));
    i.allDay = q.integer(13) != 0;
    i.timeZone = interned(q, 14);
    i.location = q.text(15);
    i.status = interviewStatusFromKey(interned(q, 16)).value_or(InterviewStatus::Planned);
    i.notes = interned(q, 17);
    i.findings = interned(q, 18);
    const QString scorecard = q.text(19);
    if (!scorecard.isEmpty())
        i.scorecard = Scorecard::fromJson(scorecard);
    i.icsUid = q.text(20);
    i.sequence = int(q.integer(21));
    return i;
}

QList<SqlValue> valuesOf(const Interview &interview)
{
    return {SqlValue::of(interview.pmId),
            SqlValue::of(interviewKindKey(interview.kind)),
            SqlValue::of(interview.interviewee),
            SqlValue::of(interview.organisation),
            SqlValue::ofOptional(interview.teamId),
            SqlValue::of(interview.product),
            SqlValue::of(interviewTimeKey(interview.start)),
            SqlValue::of(qint64(interview.minutes)),
            SqlValue::of(qint64(interview.allDay ? 1 : 0)),
            SqlValue::of(interview.timeZone),
            SqlValue::of(interview.location),
            SqlValue::of(interviewStatusKey(interview.status)),
            SqlValue::of(interview.notes),
            SqlValue::of(interview.findings),
            SqlValue::of(interview.scorecard.toJson()),
            SqlValue::of(interview.icsUid),
            SqlValue::of(qint64(interview.sequence))};
}

} // namespace

// Every row of a statement, straight from SQLite: 100,000 interviews read through QSqlQuery
// cost a QVariant per value, several times the work of SQLite itself.
QList<Interview> InterviewRepository::read(Statement &statement) const
{
    QList<Interview> found;
    InternedText interned;
    while (statement.next())
        found.append(readInterview(statement, interned));
    return found;
}

QList<Interview> InterviewRepository::select(const QString &where, const QStringList &texts) const
{
    Statement query = statement(QStringLiteral("SELECT %1, %2 FROM interview %3")
                                    .arg(metaColumns(), fieldsOf("interview"), where));
    for (int i = 0; i < texts.size(); ++i)
        query.bind(i + 1, texts[i]);
    return read(query);
}

QList<Interview> InterviewRepository::interviews() const
{
    return select(QStringLiteral("WHERE deleted = 0 ORDER BY starts_at, id"));
}

QList<Interview> InterviewRepository::between(const QDateTime &from, const QDateTime &to) const
{
    return select(
        QStringLiteral("WHERE deleted = 0 AND starts_at >= ?1 AND starts_at < ?2 ORDER BY "
                       "starts_at, id"),
        {interviewTimeKey(from), interviewTimeKey(to)});
}

QList<Interview> InterviewRepository::ofPmBetween(const QString &pmId, const QDateTime &from,
                                                  const QDateTime &to) const
{
    return select(QStringLiteral("WHERE pm_id = ?1 AND deleted = 0 AND starts_at >= ?2 AND "
                                 "starts_at < ?3 ORDER BY starts_at, id"),
                  {pmId, interviewTimeKey(from), interviewTimeKey(to)});
}

QList<Interview> InterviewRepository::candidatesBetween(const QDateTime &from,
                                                        const QDateTime &to) const
{
    return select(QStringLiteral("WHERE deleted = 0 AND kind = 'candidate' AND starts_at >= ?1 "
                                 "AND starts_at < ?2 ORDER BY starts_at, id"),
                  {interviewTimeKey(from), interviewTimeKey(to)});
}

QList<Interview> InterviewRepository::habitBetween(const QDateTime &from, const QDateTime &to) const
{
    // The columns the habit reads, and no order but the index's: every column of everyone's
    // thirteen weeks, sorted by start and id, was half of a PM's week plan (bench_week under
    // callgrind, the sample at scale 20: 37 -> 11 million instructions a read).
    Statement query = statement(
        QStringLiteral("SELECT pm_id, team_id, status, starts_at, all_day, time_zone FROM "
                       "interview WHERE deleted = 0 AND kind = 'user' AND status IN ('done', "
                       "'planned') AND starts_at >= ?1 AND starts_at < ?2 ORDER BY starts_at"));
    query.bind(1, interviewTimeKey(from));
    query.bind(2, interviewTimeKey(to));
    QList<Interview> found;
    InternedText interned;
    while (query.next()) {
        Interview &i = found.emplace_back();
        i.pmId = interned(query, 0);
        i.teamId = interned(query, 1);
        i.status = interviewStatusFromKey(interned(query, 2)).value_or(InterviewStatus::Planned);
        i.start = interviewTimeFromKey(query.text(3));
        i.allDay = query.integer(4) != 0;
        i.timeZone = interned(query, 5);
    }
    return found;
}

std::optional<Interview> InterviewRepository::interview(const QString &id) const
{
    const QList<Interview> found = select(QStringLiteral("WHERE id = ?1"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> InterviewRepository::withUid(const QString &icsUid) const
{
    return select(QStringLiteral("WHERE ics_uid = ?1 ORDER BY starts_at, id"), {icsUid});
}

QList<Interview> InterviewRepository::allRecords() const
{
    return select({});
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
    const QList<Interview> found =
        select(QStringLiteral("WHERE team_id = ?1 AND starts_at < ?2 AND kind = 'user' AND "
                              "status = 'done' AND deleted = 0 ORDER BY starts_at DESC LIMIT 1"),
               {teamId, interviewTimeKey(before)});
    return found.isEmpty() ? std::nullopt : std::optional<Interview>(found.first());
}

QList<Interview> InterviewRepository::clashesWith(const Interview &interview) const
{
    if (!interview.counts() || interview.allDay)
        return {};
    // An interview longer than a day is not an interview: one day back is enough.
    QList<Interview> clashes;
    // overlaps() leaves the interview itself out.
    for (const Interview &other :
         ofPmBetween(interview.pmId, interview.start.addDays(-1), interview.end()))
        if (interview.overlaps(other))
            clashes.append(other);
    return clashes;
}

Outcome InterviewRepository::apply(InterviewEdit &edit)
{
    if (edit.isEmpty())
        return {};
    const RecordTable &table = RecordTables::get(u"interview");
    const int sequenceField = table.fieldIndex(QStringLiteral("sequence"));
    return writeTogether([&]() -> Outcome {
        RecordStore::Batch batch(records(), table, edit.interviews.size());
        for (Interview &interview : edit.interviews) {
            const std::optional<StoredRecord> stored =
                interview.meta.id.isEmpty() ? std::nullopt : batch.stored(interview.meta.id);
            // Every stored change is a new revision for calendars, undo included: SEQUENCE
            // only rises.
            if (stored) {
                const qint64 storedSequence = stored->values[sequenceField].integer;
                interview.sequence = int(std::max<qint64>(interview.sequence, storedSequence + 1));
            }
            if (Outcome problem = batch.save(interview.meta, valuesOf(interview), stored))
                return problem;
        }
        return batch.finish();
    });
}

Outcome InterviewRepository::save(Interview &interview)
{
    InterviewEdit edit{{interview}};
    Outcome problem = apply(edit);
    if (!problem)
        interview = edit.interviews.first();
    return problem;
}
