// iCalendar: export → import is lossless, foreign calendars are read, re-importing updates
// instead of duplicating, and every file of the bad corpus is refused with its line.
#include "core/ids.h"
#include "coverage/coveragerepository.h"
#include "formats/icalendar.h"
#include "interviews/interviewedits.h"
#include "interviews/interviewrepository.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

QString corpus(const QString &name)
{
    return QDir(qEnvironmentVariable("CADENCE_TEST_DATA")).filePath(QStringLiteral("ics/") + name);
}

ICalendar::ImportPlan importInto(WorkspaceSession &session, const QString &path,
                                 const QString &pm = QString())
{
    Result<ICalendar::ImportPlan> plan = ICalendar::planImport(session, path, pm);
    if (!plan)
        qFatal("import failed: %s", qPrintable(plan.problem().text()));
    InterviewEdit edit = plan.value().change.after;
    if (Outcome problem = session.interviews().apply(edit))
        qFatal("apply failed: %s", qPrintable(problem->text()));
    return plan.value();
}

const Interview *withInterviewee(const QList<Interview> &list, const QString &name)
{
    for (const Interview &interview : list)
        if (interview.interviewee == name)
            return &interview;
    return nullptr;
}

int interviewIndexes(WorkspaceSession &session)
{
    QSqlQuery query(session.workspace().database());
    query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                              "tbl_name = 'interview' AND sql IS NOT NULL"));
    return query.next() ? query.value(0).toInt() : -1;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TestInterviewsIcs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        QVERIFY(QFile::exists(corpus(QStringLiteral("google-vtimezone.ics"))));
    }

    void exportThenImportIsLossless()
    {
        TestWorkspace source(WorkspaceFactory::Content::Starter);
        InterviewRepository &repository = source.session().interviews();
        Interview full;
        full.meta.id = Ids::random();
        full.pmId = StarterData::pmId(QStringLiteral("anna"));
        full.kind = InterviewKind::Candidate;
        full.interviewee = QStringLiteral("Jo Park");
        full.organisation = QStringLiteral("Initech; \"R&D\", Berlin");
        full.teamId = StarterData::teamId(QStringLiteral("surveys"));
        full.product = QStringLiteral("Surveys");
        full.start = utc(2026, 11, 18, 14, 30);
        full.minutes = 50;
        full.timeZone = QStringLiteral("Europe/Berlin");
        full.location = QStringLiteral("https://meet.example/x?a=1,b=2");
        full.status = InterviewStatus::Done;
        full.notes = QStringLiteral("Line one\nline two, commas; semicolons \\ backslash é");
        full.findings = QStringLiteral("Strong on SQL.\n\nWeak on retention.");
        full.scorecard.entry(Criterion::UserCloseness) = {4, QStringLiteral("founder, 3 yrs")};
        full.scorecard.entry(Criterion::MetricsTechnical) = {3, QStringLiteral("window functions")};
        full.scorecard.redFlags = QStringLiteral("Talks over people");
        full.scorecard.recommendation = Recommendation::Yes;
        Interview allDay;
        allDay.meta.id = Ids::random();
        allDay.meta.sample = true;
        allDay.pmId = StarterData::pmId(QStringLiteral("cory"));
        allDay.interviewee = QStringLiteral("Customer day");
        allDay.start = utc(2026, 11, 24, 0);
        allDay.minutes = 2 * 1440;
        allDay.allDay = true;
        Interview foreign;
        foreign.meta.id = Ids::random();
        foreign.pmId = StarterData::pmId(QStringLiteral("abe"));
        foreign.icsUid = QStringLiteral("abc123@google.com");
        foreign.start = utc(2026, 12, 1, 16);
        foreign.status = InterviewStatus::Cancelled;
        InterviewEdit edit{{full, allDay, foreign}};
        QVERIFY(!repository.apply(edit));
        // An edit raises SEQUENCE in what calendars receive.
        QVERIFY(!repository.save(edit.interviews[0]));
        QCOMPARE(edit.interviews[0].sequence, 1);

        const QString path = source.filePath(QStringLiteral("out.ics"));
        QVERIFY(!ICalendar::exportFile(source.session(), path));
        const QByteArray text = readAll(path);
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(text.contains("UID:" + full.meta.id.toUtf8() + "@cadence\r\n"));
        QVERIFY(text.contains("UID:abc123@google.com\r\n"));
        QVERIFY(text.contains("SEQUENCE:1\r\n"));
        QVERIFY(text.contains("DTSTAMP:20261116T090000Z\r\n"));
        QVERIFY(text.contains("ORGANIZER;CN=Anna Szell:urn:uuid:"));
        QVERIFY(text.contains("CATEGORIES:Candidate interview,Surveys\r\n"));
        QVERIFY(text.contains("CATEGORIES:User interview\r\n"));
        QVERIFY(text.contains("DTSTART:20261118T143000Z\r\n"));
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20261124\r\n"));
        QVERIFY(text.contains("STATUS:CANCELLED\r\n"));
        // Cadence's own fields in one X-CADENCE property, nothing a standard one already says.
        QVERIFY(text.contains("\r\nX-CADENCE:pm="));
        QVERIFY(text.contains("&organisation=Initech%3B %22R%26D%22%2C Berlin&"));
        QVERIFY(!text.contains("X-CADENCE-"));
        QVERIFY(!text.contains("notes="));
        QCOMPARE(text.count("X-CADENCE:id="), 1); // only where the UID is not Cadence's

        TestWorkspace target(WorkspaceFactory::Content::Starter);
        const ICalendar::ImportPlan plan = importInto(target.session(), path);
        QCOMPARE(plan.added, 3);
        const QList<Interview> before = repository.interviews();
        const QList<Interview> after = target.session().interviews().interviews();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QVERIFY2(after[i].sameContent(before[i]), qPrintable(before[i].interviewee));
            QCOMPARE(after[i].sequence, before[i].sequence);
            QCOMPARE(after[i].meta.sample, before[i].meta.sample);
        }

        // Importing the same file again changes nothing; importing it back to its source too.
        const ICalendar::ImportPlan again = importInto(target.session(), path);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(importInto(source.session(), path).unchanged, 3);
        QCOMPARE(repository.count(), 3);
    }

    // Thousands of events: parsed on two threads, written in bulk; still the same interviews,
    // and a bad event near the end still refuses the whole file.
    // A file exported before Cadence packed its fields into one X-CADENCE property: one
    // X-CADENCE-* property per field, notes repeated, all-day marked.
    void earlierLayoutIsStillRead()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = corpus(QStringLiteral("cadence-old-layout.ics"));
        QCOMPARE(importInto(workspace.session(), path).added, 3);
        const QList<Interview> list = workspace.session().interviews().interviews();
        QCOMPARE(list.size(), 3);
        const Interview &full = list[0];
        QCOMPARE(full.meta.id, QStringLiteral("68ad2c45-5ffd-41c5-b370-70cb625ef38d"));
        QCOMPARE(full.icsUid, QString());
        QCOMPARE(full.pmId, StarterData::pmId(QStringLiteral("anna")));
        QCOMPARE(full.kind, InterviewKind::Candidate);
        QCOMPARE(full.interviewee, QStringLiteral("Jo Park"));
        QCOMPARE(full.organisation, QStringLiteral("Initech; \"R&D\", Berlin"));
        QCOMPARE(full.teamId, StarterData::teamId(QStringLiteral("surveys")));
        QCOMPARE(full.product, QStringLiteral("Surveys"));
        QCOMPARE(full.start, utc(2026, 11, 18, 14, 30));
        QCOMPARE(full.minutes, 50);
        QCOMPARE(full.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(full.location, QStringLiteral("https://meet.example/x?a=1,b=2"));
        QCOMPARE(full.status, InterviewStatus::Done);
        QCOMPARE(full.notes,
                 QStringLiteral("Line one\nline two, commas; semicolons \\ backslash é"));
        QCOMPARE(full.findings, QStringLiteral("Strong on SQL.\n\nWeak on retention."));
        QCOMPARE(full.scorecard.recommendation, Recommendation::Yes);
        QCOMPARE(full.scorecard.redFlags, QStringLiteral("Talks over people"));
        QCOMPARE(full.sequence, 1);
        QVERIFY(list[1].allDay);
        QVERIFY(list[1].meta.sample);
        QCOMPARE(list[1].minutes, 2 * 1440);
        QCOMPARE(list[2].meta.id, QStringLiteral("19ff53f9-1fe0-418f-95f8-1e016f86b12f"));
        QCOMPARE(list[2].icsUid, QStringLiteral("abc123@google.com"));
        QCOMPARE(list[2].status, InterviewStatus::Cancelled);

        // Exported again in the packed layout and read back: the same interviews.
        const QString again = workspace.filePath(QStringLiteral("again.ics"));
        QVERIFY(!ICalendar::exportFile(workspace.session(), again));
        TestWorkspace target(WorkspaceFactory::Content::Starter);
        QCOMPARE(importInto(target.session(), again).added, 3);
        const QList<Interview> back = target.session().interviews().interviews();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QVERIFY2(back[i].sameContent(list[i]), qPrintable(list[i].interviewee));
            QCOMPARE(back[i].meta.sample, list[i].meta.sample);
        }
        // And the old file over the new import: nothing changes.
        QCOMPARE(importInto(target.session(), path).unchanged, 3);
    }

    void bigExportThenImportIsLossless()
    {
        TestWorkspace source(WorkspaceFactory::Content::Starter);
        InterviewEdit edit;
        const QString pms[] = {StarterData::pmId(QStringLiteral("anna")),
                               StarterData::pmId(QStringLiteral("cory")),
                               StarterData::pmId(QStringLiteral("abe"))};
        for (int i = 0; i < 5000; ++i) {
            Interview interview;
            interview.meta.id = Ids::random();
            interview.pmId = pms[i % 3];
            interview.kind = i % 7 == 0 ? InterviewKind::Candidate : InterviewKind::User;
            interview.interviewee = QStringLiteral("Person %1").arg(i);
            interview.organisation = i % 5 == 0 ? QStringLiteral("Acme, Inc.") : QString();
            interview.start = utc(2026, 1, 5, 9).addSecs(qint64(i) * 3600);
            interview.timeZone = QStringLiteral("Europe/Berlin");
            // A carriage return is not kept by DESCRIPTION: such notes travel packed.
            interview.notes = i % 22 == 0   ? QStringLiteral("two\r\nlines; really")
                              : i % 11 == 0 ? QStringLiteral("two\nlines; really")
                                            : QString();
            interview.status = i % 13 == 0 ? InterviewStatus::NoShow : InterviewStatus::Done;
            if (interview.kind == InterviewKind::Candidate)
                interview.scorecard.entry(Criterion::ProductSense) = {3, QStringLiteral("good")};
            edit.interviews.append(interview);
        }
        const Outcome applied = source.session().interviews().apply(edit);
        QVERIFY2(!applied, applied ? qPrintable(applied->text()) : "");
        const QString path = source.filePath(QStringLiteral("big.ics"));
        QVERIFY(!ICalendar::exportFile(source.session(), path));

        TestWorkspace target(WorkspaceFactory::Content::Starter);
        const int indexes = interviewIndexes(target.session());
        QVERIFY(indexes >= 3);
        QCOMPARE(importInto(target.session(), path).added, 5000);
        const QList<Interview> before = source.session().interviews().interviews();
        const QList<Interview> after = target.session().interviews().interviews();
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(after[i].sameContent(before[i]), qPrintable(before[i].interviewee));
        QCOMPARE(importInto(target.session(), path).unchanged, 5000);
        // A bulk write into an empty table builds the indexes afterwards: they are all back.
        QCOMPARE(interviewIndexes(target.session()), indexes);

        // A batch refused half-way leaves the empty table as it was, indexes included.
        TestWorkspace refusedBatch(WorkspaceFactory::Content::Starter);
        InterviewEdit wrong = edit;
        wrong.interviews.last().minutes = 0;
        QVERIFY(refusedBatch.session().interviews().apply(wrong));
        QCOMPARE(refusedBatch.session().interviews().count(), 0);
        QCOMPARE(interviewIndexes(refusedBatch.session()), indexes);

        QByteArray broken = readAll(path);
        const qsizetype last = broken.lastIndexOf("DTSTART:");
        broken.replace(last, 16, "DTSTART:20261340");
        const QString badPath = source.filePath(QStringLiteral("big-bad.ics"));
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(broken);
        bad.close();
        TestWorkspace untouched(WorkspaceFactory::Content::Starter);
        const auto refused = ICalendar::planImport(untouched.session(), badPath);
        QVERIFY(!refused);
        QVERIFY2(refused.problem().text().contains(QStringLiteral("big-bad.ics")),
                 qPrintable(refused.problem().text()));
        QCOMPARE(untouched.session().interviews().count(), 0);
    }

    void googleExportWithVtimezone()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = corpus(QStringLiteral("google-vtimezone.ics"));
        const ICalendar::ImportPlan plan = importInto(workspace.session(), path);
        QCOMPARE(plan.added, 2);
        const QList<Interview> list = workspace.session().interviews().interviews();
        const Interview *call = withInterviewee(list, QStringLiteral("Call with Priya (Hooli)"));
        QVERIFY(call);
        QCOMPARE(call->start, utc(2026, 11, 18, 14)); // 15:00 in Berlin, winter time
        QCOMPARE(call->minutes, 45);
        QCOMPARE(call->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(call->pmId, StarterData::pmId(QStringLiteral("anna")));
        QCOMPARE(call->status, InterviewStatus::Planned); // after "now" (16 November)
        QCOMPARE(call->notes, QStringLiteral("Talk about survey targeting.\nBring the NPS deck."));
        QCOMPARE(call->location, QStringLiteral("https://meet.google.com/abc-defg-hij"));
        QCOMPARE(call->icsUid, QStringLiteral("7kukuqrfedlm2f9t0vr2g0bpk8@google.com"));
        QCOMPARE(call->sequence, 2);
        const Interview *summer = withInterviewee(list, QStringLiteral("Summer user chat"));
        QVERIFY(summer);
        QCOMPARE(summer->start, utc(2026, 7, 1, 8)); // summer time: UTC+2
        QCOMPARE(summer->status, InterviewStatus::Done);

        // Re-importing updates in place; a changed event in the calendar updates the record.
        QCOMPARE(importInto(workspace.session(), path).unchanged, 2);
        Interview edited = *call;
        edited.notes = QStringLiteral("changed in Cadence");
        QVERIFY(!workspace.session().interviews().save(edited));
        const ICalendar::ImportPlan third = importInto(workspace.session(), path);
        QCOMPARE(third.updated, 1);
        QCOMPARE(workspace.session().interviews().count(), 2);
    }

    void thunderbirdFloatingAndAllDay()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        importInto(workspace.session(), corpus(QStringLiteral("thunderbird-floating-allday.ics")));
        const QList<Interview> list = workspace.session().interviews().interviews();
        QCOMPARE(list.size(), 2);
        const Interview *candidate =
            withInterviewee(list, QStringLiteral("Candidate interview: Jo Park"));
        QVERIFY(candidate);
        QCOMPARE(candidate->kind, InterviewKind::Candidate);
        // Floating time: the importer's own wall clock.
        QCOMPARE(candidate->start,
                 QDateTime(QDate(2026, 11, 19), QTime(11, 0), QTimeZone::systemTimeZone()));
        QCOMPARE(candidate->timeZone, QString());
        QCOMPARE(candidate->pmId, StarterData::pmId(QStringLiteral("cory")));
        const Interview *day = withInterviewee(list, QStringLiteral("Customer visit day"));
        QVERIFY(day);
        QVERIFY(day->allDay);
        QCOMPARE(day->minutes, 1440);
        QCOMPARE(day->localDate(), QDate(2026, 11, 24));
        QCOMPARE(day->teamId, StarterData::teamId(QStringLiteral("surveys")));
        QCOMPARE(day->kind, InterviewKind::User);
    }

    void outlookRecurringSeries()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = corpus(QStringLiteral("outlook-windows-zone-recurring.ics"));
        QCOMPARE(importInto(workspace.session(), path).added, 3);
        const QList<Interview> list = workspace.session().interviews().interviews();
        QCOMPARE(list.size(), 3); // 4 Tuesdays, one excluded, one moved to Wednesday
        QCOMPARE(list[0].start, utc(2026, 11, 17, 8));
        QCOMPARE(list[0].timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(list[0].location, QStringLiteral("Teams"));
        QCOMPARE(list[1].start, utc(2026, 11, 25, 13));
        QCOMPARE(list[1].location, QStringLiteral("Room 4"));
        QCOMPARE(list[2].start, utc(2026, 12, 8, 8));
        QCOMPARE(list[2].minutes, 30);
        for (const Interview &interview : list)
            QCOMPARE(interview.pmId, StarterData::pmId(QStringLiteral("annika")));
        QCOMPARE(importInto(workspace.session(), path).unchanged, 3);
        QCOMPARE(workspace.session().interviews().count(), 3);
    }

    void utcAndCancelled()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        importInto(workspace.session(), corpus(QStringLiteral("utc-cancelled.ics")));
        const QList<Interview> list = workspace.session().interviews().interviews();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].start, utc(2026, 11, 20, 16));
        QCOMPARE(list[0].minutes, 45);
        QCOMPARE(list[0].status, InterviewStatus::Cancelled);
    }

    void unknownOrganizerNeedsAPm()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = corpus(QStringLiteral("unknown-organizer.ics"));
        const Result<ICalendar::ImportPlan> refused =
            ICalendar::planImport(workspace.session(), path);
        QVERIFY(!refused);
        QCOMPARE(refused.problem().file, path);
        QVERIFY2(refused.problem().what.startsWith(QLatin1String("line 4: ")),
                 qPrintable(refused.problem().what));
        QVERIFY(refused.problem().what.contains(QLatin1String("--pm")));
        importInto(workspace.session(), path, QStringLiteral("Raquel"));
        QCOMPARE(workspace.session().interviews().interviews().first().pmId,
                 StarterData::pmId(QStringLiteral("raquel")));
        QVERIFY(!ICalendar::planImport(workspace.session(), path, QStringLiteral("Nobody")));
    }

    void badFilesImportNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not iCalendar") << "not-icalendar.ics"
                                       << "line 1: not an iCalendar file";
        QTest::newRow("JSON") << "json.ics"
                              << "line 1: not an iCalendar file";
        QTest::newRow("empty") << "empty.ics"
                               << "is empty";
        QTest::newRow("truncated")
            << "truncated.ics"
            << "line 12: BEGIN:VEVENT is never closed: the file is truncated";
        QTest::newRow("month 13") << "impossible-date.ics"
                                  << "line 12: event “Thirteenth month” starts on an impossible "
                                     "date (20261331T100000Z)";
        QTest::newRow("30 February") << "february-30.ics"
                                     << "line 4: event “No such day” starts "
                                        "on an impossible date";
        QTest::newRow("nesting") << "mismatched-end.ics"
                                 << "line 8: END:VTODO where BEGIN:VEVENT of line 4 should end";
        QTest::newRow("backwards") << "ends-before-start.ics"
                                   << "line 4: event “Backwards” ends "
                                      "before it starts";
        QTest::newRow("no start") << "no-start.ics"
                                  << "line 4: event “When?” has no start";
        QTest::newRow("runaway") << "runaway-recurrence.ics"
                                 << "repeats more than 1000 times";
        QTest::newRow("missing") << "no-such-file.ics"
                                 << "cannot be read";
        QTest::newRow("year 9999") << "ends-in-9999.ics"
                                   << "line 4: event “Forever” ends in 9999, outside the years "
                                      "1900\u20132200";
        QTest::newRow("two days") << "two-days.ics"
                                  << "line 4: event “Two days and an hour” lasts 49 hours; an "
                                     "interview lasts at most 24";
        QTest::newRow("all-day month") << "all-day-month.ics"
                                       << "line 4: event “December away” is all-day for 31 days; "
                                          "an all-day interview lasts at most 7";
        QTest::newRow("parameters") << "many-parameters.ics"
                                    << "line 11: a property with more than 100 parameters";
        QTest::newRow("long UID") << "long-uid.ics"
                                  << "line 5: a UID of more than 1000 bytes";
    }

    void hostileFilesAreRefusedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("property");
        QTest::addColumn<QByteArray>("uid");
        QTest::addColumn<QString>("reason");
        QTest::newRow("10 MB line")
            << "DESCRIPTION:" + QByteArray(10 << 20, 'a') + "\r\n"
            << QByteArray("x@example.com") << "line 11: a property of more than 1 MB";
        QTest::newRow("10 MB folded") <<
            [] {
                QByteArray folded = "DESCRIPTION:";
                for (int i = 0; i < (10 << 20) / 74; ++i)
                    folded += QByteArray(74, 'a') + "\r\n ";
                return folded + "a\r\n";
            }() << QByteArray("x@example.com")
                                      << "line 11: a property of more than 1 MB";
        QTest::newRow("10 MB UID")
            << QByteArray() << QByteArray(10 << 20, 'u') << "line 5: a property of more than 1 MB";
        QByteArray parameters = "X-HOSTILE";
        for (int i = 0; i < 50000; ++i)
            parameters += ";P" + QByteArray::number(i) + "=a";
        QTest::newRow("50,000 parameters")
            << parameters + ":v\r\n"
            << QByteArray("x@example.com") << "line 11: a property with more than 100 parameters";
    }

    void hostileFilesAreRefusedAtOnce()
    {
        // What made libical take seconds to minutes is refused before libical reads it (how
        // fast: bench_import).
        QFETCH(QByteArray, property);
        QFETCH(QByteArray, uid);
        QFETCH(QString, reason);
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = workspace.filePath(QStringLiteral("hostile.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:" + uid +
            "\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261118T100000Z\r\n"
            "DTEND:20261118T110000Z\r\nSUMMARY:Hostile\r\n"
            "ORGANIZER;CN=Anna Szell:mailto:anna@example.com\r\n" +
            property + "END:VEVENT\r\nEND:VCALENDAR\r\n");
        file.close();
        const Result<ICalendar::ImportPlan> plan = ICalendar::planImport(workspace.session(), path);
        QVERIFY(!plan);
        QVERIFY2(plan.problem().what.startsWith(reason), qPrintable(plan.problem().what));
    }

    void longUnfoldedLinesAreRead()
    {
        // A long line that is within the bounds (a long note, unfolded by its writer) is read
        // as it is, and quickly: Cadence folds it for libical.
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = workspace.filePath(QStringLiteral("long.ics"));
        const QString notes = QString(300000, QLatin1Char('n')) + QStringLiteral("é") +
                              QString(300000, QLatin1Char('m'));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
                   "UID:long@example.com\r\nDTSTAMP:20261101T000000Z\r\n"
                   "DTSTART:20261118T100000Z\r\nDTEND:20261118T110000Z\r\nSUMMARY:Long\r\n"
                   "ORGANIZER;CN=Anna Szell:mailto:anna@example.com\r\nDESCRIPTION:" +
                   notes.toUtf8() + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        file.close();
        const ICalendar::ImportPlan plan = importInto(workspace.session(), path);
        QCOMPARE(plan.added, 1);
        QCOMPARE(workspace.session().interviews().interviews().first().notes, notes);
    }

    void badFilesImportNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = corpus(QStringLiteral("bad/") + file);
        const Result<ICalendar::ImportPlan> plan = ICalendar::planImport(workspace.session(), path);
        QVERIFY(!plan);
        QCOMPARE(plan.problem().file, path);
        QVERIFY2(plan.problem().what.contains(reason), qPrintable(plan.problem().what));
        QCOMPARE(workspace.session().interviews().count(), 0);
    }

    void bigFileNamesItsFirstBadEvent()
    {
        // Events in UTC, read on two threads a batch at a time: of two bad events far apart,
        // the first in the file is the one named, and nothing is imported.
        QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
        const int count = 6000;
        int firstBadLine = 0;
        for (int i = 0; i < count; ++i) {
            const bool bad = i == 3100 || i == 5900;
            if (i == 3100)
                firstBadLine = int(text.count('\n')) + 1;
            text += "BEGIN:VEVENT\r\nUID:big-" + QByteArray::number(i) +
                    "@test\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:" +
                    (bad ? QByteArray("20261332T100000Z")
                         : QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc())
                               .addSecs(qint64(i) * 3600)
                               .toString(QStringLiteral("yyyyMMddTHHmmssZ"))
                               .toLatin1()) +
                    "\r\nSUMMARY:Person " + QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
        }
        text += "END:VCALENDAR\r\n";
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        const QString path = workspace.filePath(QStringLiteral("big-two-bad.ics"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const Result<ICalendar::ImportPlan> plan =
            ICalendar::planImport(workspace.session(), path, QStringLiteral("Anna"));
        QVERIFY(!plan);
        QCOMPARE(plan.problem().file, path);
        QVERIFY2(plan.problem().what.startsWith(QStringLiteral("line %1: event “Person 3100” "
                                                               "starts on an impossible date")
                                                    .arg(firstBadLine)),
                 qPrintable(plan.problem().what));
        QCOMPARE(workspace.session().interviews().count(), 0);
    }

    void everyCorpusFileIsCovered()
    {
        // A new file in the bad corpus must be listed above, so that its reason is checked.
        const QStringList bad =
            QDir(corpus(QStringLiteral("bad"))).entryList({QStringLiteral("*.ics")}, QDir::Files);
        QCOMPARE(bad.size(), 15);
    }
};

QTEST_MAIN(TestInterviewsIcs)
#include "tst_interviews_ics.moc"
