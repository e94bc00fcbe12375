// Interviews: the repository, undoable edits, the cadence computation and double bookings.
#include "commands/interviewcommand.h"
#include "core/ids.h"
#include "coverage/coveragerepository.h"
#include "interviews/interviewedits.h"
#include "interviews/interviewhabit.h"
#include "interviews/interviewrepository.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

Interview userInterview(const QString &pmId, const QDateTime &start,
                        InterviewStatus status = InterviewStatus::Done)
{
    Interview interview;
    interview.meta.id = Ids::random();
    interview.pmId = pmId;
    interview.interviewee = QStringLiteral("Dana");
    interview.organisation = QStringLiteral("Acme");
    interview.start = start;
    interview.minutes = 45;
    interview.timeZone = QStringLiteral("UTC");
    interview.status = status;
    return interview;
}

Pm pmJoined(const QString &name, QDate joined)
{
    Pm pm;
    pm.meta.id = Ids::fromKey(QStringLiteral("test-pm"), name);
    pm.name = name;
    pm.joinedOn = joined;
    return pm;
}

} // namespace

class TestInterviews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateUserFolders(); }

    void savesEveryFieldAndRaisesSequence()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        InterviewRepository &repository = workspace.session().interviews();
        Interview interview = userInterview(StarterData::pmId(QStringLiteral("anna")),
                                            utc(2026, 11, 17, 14, 30), InterviewStatus::Planned);
        interview.kind = InterviewKind::Candidate;
        interview.teamId = StarterData::teamId(QStringLiteral("surveys"));
        interview.product = QStringLiteral("Surveys");
        interview.location = QStringLiteral("https://meet.example/abc");
        interview.timeZone = QStringLiteral("Europe/Berlin");
        interview.notes = QStringLiteral("Line one\nline two, with; punctuation");
        interview.findings = QStringLiteral("Wants SQL access");
        interview.scorecard.entry(Criterion::MetricsTechnical) = {3, QStringLiteral("good SQL")};
        interview.scorecard.entry(Criterion::HandsOnCode) = {0, QStringLiteral("not assessed")};
        interview.scorecard.redFlags = QStringLiteral("none");
        interview.scorecard.recommendation = Recommendation::Yes;
        QSignalSpy changed(&repository.workspace().changes(), &ChangeFeed::changed);
        QVERIFY(!repository.save(interview));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(interview.sequence, 0);
        const std::optional<Interview> stored = repository.interview(interview.meta.id);
        QVERIFY(stored);
        QCOMPARE(*stored, interview);
        QCOMPARE(stored->localStart().time(), QTime(15, 30)); // Berlin, winter

        Interview edited = *stored;
        edited.minutes = 60;
        QVERIFY(!repository.save(edited));
        QCOMPARE(edited.sequence, 1);
        QCOMPARE(repository.interview(edited.meta.id)->sequence, 1);
        QVERIFY(edited.meta.hlc > interview.meta.hlc);

        workspace.reopen();
        QCOMPARE(*workspace.session().interviews().interview(edited.meta.id), edited);
    }

    void rangesAndCounts()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        InterviewRepository &repository = workspace.session().interviews();
        const QString anna = StarterData::pmId(QStringLiteral("anna"));
        InterviewEdit edit;
        for (int day = 0; day < 10; ++day)
            edit.interviews.append(userInterview(anna, utc(2026, 11, 10 + day, 10)));
        QVERIFY(!repository.apply(edit));
        QCOMPARE(repository.count(), 10);
        QCOMPARE(repository.between(utc(2026, 11, 16, 0), utc(2026, 11, 23, 0)).size(), 4);
        QCOMPARE(repository.interviews().first().start, utc(2026, 11, 10, 10));
    }

    void habitRowsAreTheUserInterviewsDoneOrPlanned()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        InterviewRepository &repository = workspace.session().interviews();
        const QString anna = StarterData::pmId(QStringLiteral("anna"));
        const QString flags = StarterData::teamId(QStringLiteral("feature-flags"));
        InterviewEdit edit;
        Interview later = userInterview(anna, utc(2026, 11, 18, 10), InterviewStatus::Planned);
        later.teamId = flags;
        later.allDay = true;
        later.timeZone = QStringLiteral("Europe/Berlin");
        Interview earlier = userInterview(anna, utc(2026, 11, 16, 10));
        Interview candidate = userInterview(anna, utc(2026, 11, 17, 10));
        candidate.kind = InterviewKind::Candidate;
        Interview deleted = userInterview(anna, utc(2026, 11, 17, 11));
        deleted.meta.deleted = true;
        edit.interviews = {later,
                           earlier,
                           candidate,
                           deleted,
                           userInterview(anna, utc(2026, 11, 17, 12), InterviewStatus::Cancelled),
                           userInterview(anna, utc(2026, 11, 17, 13), InterviewStatus::NoShow),
                           userInterview(anna, utc(2026, 11, 23, 10))};
        QVERIFY(!repository.apply(edit));
        const QList<Interview> rows =
            repository.habitBetween(utc(2026, 11, 16, 0), utc(2026, 11, 23, 0));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].start, earlier.start);
        QCOMPARE(rows[0].status, InterviewStatus::Done);
        QCOMPARE(rows[1].pmId, anna);
        QCOMPARE(rows[1].teamId, flags);
        QCOMPARE(rows[1].status, InterviewStatus::Planned);
        QVERIFY(rows[1].allDay);
        QCOMPARE(rows[1].timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(rows[1].localDate(), later.localDate());
        // What the habit does not count is not read.
        QVERIFY(rows[1].interviewee.isEmpty());
        QCOMPARE(repository.ofPmBetween(anna, utc(2026, 11, 16, 0), utc(2026, 11, 23, 0)).size(),
                 5);
        QVERIFY(repository
                    .ofPmBetween(StarterData::pmId(QStringLiteral("abe")), utc(2026, 11, 16, 0),
                                 utc(2026, 11, 23, 0))
                    .isEmpty());
    }

    void editsAreUndoable()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        WorkspaceSession &session = workspace.session();
        InterviewRepository &repository = session.interviews();
        Interview interview = userInterview(StarterData::pmId(QStringLiteral("anna")),
                                            utc(2026, 11, 18, 9), InterviewStatus::Planned);
        interview.meta.id.clear();
        const InterviewChange create = InterviewEdits::create(interview);
        QVERIFY(!create.after.interviews.first().meta.id.isEmpty());
        const QString id = create.after.interviews.first().meta.id;
        session.undoStack().push(new InterviewCommand(repository, create));
        QCOMPARE(repository.count(), 1);

        const Interview stored = *repository.interview(id);
        session.undoStack().push(
            new InterviewCommand(repository, InterviewEdits::move(stored, utc(2026, 11, 19, 13))));
        QCOMPARE(repository.interview(id)->start, utc(2026, 11, 19, 13));
        QCOMPARE(repository.interview(id)->minutes, 45);
        session.undoStack().push(
            new InterviewCommand(repository, InterviewEdits::setStatus(*repository.interview(id),
                                                                       InterviewStatus::NoShow)));
        QCOMPARE(repository.interview(id)->status, InterviewStatus::NoShow);

        session.undoStack().undo();
        QCOMPARE(repository.interview(id)->status, InterviewStatus::Planned);
        session.undoStack().undo();
        QCOMPARE(repository.interview(id)->start, utc(2026, 11, 18, 9));
        // Undo is a new revision for calendars that got an export: SEQUENCE never goes back.
        QCOMPARE(repository.interview(id)->sequence, 4);
        session.undoStack().undo();
        QCOMPARE(repository.count(), 0);
        QVERIFY(repository.interview(id)->meta.deleted);
        session.undoStack().redo();
        QCOMPARE(repository.count(), 1);

        session.undoStack().push(
            new InterviewCommand(repository, InterviewEdits::remove(*repository.interview(id))));
        QCOMPARE(repository.count(), 0);
        session.undoStack().undo();
        QCOMPARE(repository.count(), 1);

        QVERIFY(InterviewEdits::move(stored, stored.start).isEmpty());
        QVERIFY(InterviewEdits::update(stored, stored).isEmpty());
    }

    void doubleBookingIsFound()
    {
        TestWorkspace workspace(WorkspaceFactory::Content::Starter);
        InterviewRepository &repository = workspace.session().interviews();
        const QString anna = StarterData::pmId(QStringLiteral("anna"));
        const QString cory = StarterData::pmId(QStringLiteral("cory"));
        Interview first = userInterview(anna, utc(2026, 11, 18, 10)); // 10:00–10:45
        Interview overlapping = userInterview(anna, utc(2026, 11, 18, 10, 30));
        Interview touching = userInterview(anna, utc(2026, 11, 18, 11, 15)); // starts at end
        Interview otherPm = userInterview(cory, utc(2026, 11, 18, 10));
        Interview cancelled =
            userInterview(anna, utc(2026, 11, 18, 10), InterviewStatus::Cancelled);
        InterviewEdit edit{{first, overlapping, touching, otherPm, cancelled}};
        QVERIFY(!repository.apply(edit));
        const QList<Interview> clashes = repository.clashesWith(first);
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(clashes.first().meta.id, overlapping.meta.id);
        QVERIFY(repository.clashesWith(touching).isEmpty() ||
                repository.clashesWith(touching).first().meta.id == overlapping.meta.id);
        QVERIFY(repository.clashesWith(otherPm).isEmpty());
        QVERIFY(repository.clashesWith(cancelled).isEmpty());
        const auto pairs = InterviewHabit::doubleBookings(repository.interviews());
        // first×overlapping, overlapping×touching (10:30–11:15 meets 11:15: no)
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().first.meta.id, first.meta.id);
    }

    void cadenceAcrossYearEnd()
    {
        // Wednesday 6 January 2027: the window's weeks run back through the old year.
        const QDate today(2027, 1, 6);
        const Pm pm = pmJoined(QStringLiteral("Anna"), QDate(2025, 1, 1));
        QList<Interview> interviews;
        interviews << userInterview(pm.meta.id, utc(2026, 12, 22, 10)) // week of 21 Dec
                   << userInterview(pm.meta.id, utc(2026, 12, 31, 10)) // week of 28 Dec
                   << userInterview(pm.meta.id, utc(2027, 1, 2, 10))   // same week (Saturday)
                   << userInterview(pm.meta.id, utc(2027, 1, 5, 10))   // this week
                   << userInterview(pm.meta.id, utc(2027, 1, 12, 10), InterviewStatus::Planned);
        Interview candidate = userInterview(pm.meta.id, utc(2026, 12, 15, 10));
        candidate.kind = InterviewKind::Candidate; // hiring does not count for the habit
        interviews << candidate;
        const HabitReport report =
            InterviewHabit::compute({pm}, {}, {}, interviews, today, 1, 12, 4, Qt::Monday);
        QCOMPARE(report.weekStarts.size(), 17);
        QCOMPARE(report.weekStarts[report.currentWeek], QDate(2027, 1, 4));
        QCOMPARE(report.weekStarts.first(), QDate(2026, 10, 12));
        QCOMPARE(report.pms.size(), 1);
        const PmHabit &cadence = report.pms.first();
        QCOMPARE(cadence.weeks[report.currentWeek].done, 1);
        QCOMPARE(cadence.weeks[report.currentWeek - 1].done, 2);
        QCOMPARE(cadence.weeks[report.currentWeek - 1].start, QDate(2026, 12, 28));
        QCOMPARE(cadence.weeks[report.currentWeek - 2].done, 1);
        QCOMPARE(cadence.weeks[report.currentWeek - 3].done, 0);
        QCOMPARE(cadence.weeks[report.currentWeek + 1].planned, 1);
        QCOMPARE(cadence.streak, 3); // 21 Dec, 28 Dec and this week
        QCOMPARE(cadence.debt, 12 - 2);

        // With a target of 2 the week of 28 December alone meets it.
        const HabitReport two =
            InterviewHabit::compute({pm}, {}, {}, interviews, today, 2, 12, 4, Qt::Monday);
        QCOMPARE(two.pms.first().streak, 1);
        QCOMPARE(two.pms.first().debt, 24 - 3);

        // Weeks starting on Sunday (a US locale) move the Saturday 2 January interview.
        const HabitReport sunday =
            InterviewHabit::compute({pm}, {}, {}, interviews, today, 1, 12, 4, Qt::Sunday);
        QCOMPARE(sunday.weekStarts[sunday.currentWeek], QDate(2027, 1, 3));
        QCOMPARE(sunday.pms.first().weeks[sunday.currentWeek - 1].done, 2);
        QCOMPARE(sunday.pms.first().weeks[sunday.currentWeek - 1].start, QDate(2026, 12, 27));
    }

    void cadenceUsesTheBookingTimeZone()
    {
        const QDate today(2026, 11, 18);
        const Pm pm = pmJoined(QStringLiteral("Sam"), QDate(2025, 1, 1));
        // Sunday 15 November 23:30 in Los Angeles is Monday 16 November 07:30 UTC.
        Interview late = userInterview(pm.meta.id, utc(2026, 11, 16, 7, 30));
        late.timeZone = QStringLiteral("America/Los_Angeles");
        QCOMPARE(late.localDate(), QDate(2026, 11, 15));
        // Monday 16 November 00:30 in Tokyo is Sunday 15:30 UTC.
        Interview early = userInterview(pm.meta.id, utc(2026, 11, 15, 15, 30));
        early.timeZone = QStringLiteral("Asia/Tokyo");
        QCOMPARE(early.localDate(), QDate(2026, 11, 16));
        const HabitReport report =
            InterviewHabit::compute({pm}, {}, {}, {late, early}, today, 1, 4, 0, Qt::Monday);
        const PmHabit &cadence = report.pms.first();
        QCOMPARE(cadence.weeks[report.currentWeek].done, 1);     // Tokyo's Monday
        QCOMPARE(cadence.weeks[report.currentWeek - 1].done, 1); // LA's Sunday
    }

    void pmJoiningMidQuarter()
    {
        const QDate today(2026, 11, 18);
        // Joined on Thursday three weeks ago: that week counts, the ones before do not.
        const Pm newcomer = pmJoined(QStringLiteral("Abe"), QDate(2026, 10, 29));
        const Pm left = [&] {
            Pm pm = pmJoined(QStringLiteral("Old"), QDate(2024, 1, 1));
            pm.archivedOn = QDate(2026, 1, 1);
            return pm;
        }();
        QList<Interview> interviews{userInterview(newcomer.meta.id, utc(2026, 10, 30, 10)),
                                    userInterview(newcomer.meta.id, utc(2026, 11, 4, 10)),
                                    userInterview(newcomer.meta.id, utc(2026, 11, 11, 10))};
        const HabitReport report = InterviewHabit::compute({newcomer, left}, {}, {}, interviews,
                                                           today, 1, 12, 4, Qt::Monday);
        QCOMPARE(report.pms.size(), 1); // someone who left before the window is not shown
        const PmHabit &cadence = report.pms.first();
        QVERIFY(!cadence.weeks[report.currentWeek - 4].active);
        QVERIFY(cadence.weeks[report.currentWeek - 3].active);
        QCOMPARE(cadence.streak, 3); // every week since joining, then the window's start
        QCOMPARE(cadence.debt, 0);   // weeks before joining are no debt

        interviews.removeAt(1);
        const HabitReport gap =
            InterviewHabit::compute({newcomer}, {}, {}, interviews, today, 1, 12, 4, Qt::Monday);
        QCOMPARE(gap.pms.first().streak, 1);
        QCOMPARE(gap.pms.first().debt, 1);
    }

    void weeksSinceEachCoveredTeam()
    {
        const QDate today(2026, 11, 18);
        const Pm pm = pmJoined(QStringLiteral("Anna"), QDate(2025, 1, 1));
        Team surveys;
        surveys.meta.id = QStringLiteral("t-surveys");
        surveys.name = QStringLiteral("Surveys");
        Team replay = surveys;
        replay.meta.id = QStringLiteral("t-replay");
        replay.name = QStringLiteral("Replay");
        Team uncovered = surveys;
        uncovered.meta.id = QStringLiteral("t-none");
        uncovered.name = QStringLiteral("Nobody");
        QList<Assignment> assignments;
        for (const Team &team : {surveys, replay}) {
            Assignment a;
            a.teamId = team.meta.id;
            a.pmId = pm.meta.id;
            a.startOn = QDate(2025, 1, 1);
            assignments << a;
        }
        Interview old = userInterview(pm.meta.id, utc(2026, 9, 1, 10));
        old.teamId = surveys.meta.id;
        Interview recent = userInterview(pm.meta.id, utc(2026, 11, 3, 10));
        recent.teamId = surveys.meta.id;
        Interview planned =
            userInterview(pm.meta.id, utc(2026, 11, 20, 10), InterviewStatus::Planned);
        planned.teamId = replay.meta.id; // planned is not "interviewed"
        const HabitReport report = InterviewHabit::compute(
            {pm}, {surveys, replay, uncovered}, assignments, {old, recent, planned}, today, 1);
        QCOMPARE(report.teams.size(), 2);
        QCOMPARE(report.teams[0].team.name, QStringLiteral("Replay"));
        QCOMPARE(report.teams[0].weeksSince, -1);
        QCOMPARE(report.teams[1].team.name, QStringLiteral("Surveys"));
        QCOMPARE(report.teams[1].lastInterview, QDate(2026, 11, 3));
        QCOMPARE(report.teams[1].weeksSince, 2);
    }

    void scorecardJson()
    {
        Scorecard card;
        QVERIFY(card.isEmpty());
        QCOMPARE(card.toJson(), QString());
        card.entry(Criterion::UserCloseness) = {4, QStringLiteral("ran a research panel")};
        card.entry(Criterion::CultureFit).notes = QStringLiteral("direct");
        card.recommendation = Recommendation::StrongYes;
        QCOMPARE(Scorecard::fromJson(card.toJson()), card);
        const Scorecard clamped =
            Scorecard::fromJson(QStringLiteral(R"({"criteria":{"product_sense":{"score":9}}})"));
        QCOMPARE(clamped.entry(Criterion::ProductSense).score, Scorecard::MaxScore);
        QVERIFY(Scorecard::fromJson(QStringLiteral("not json")).isEmpty());

        // Written by hand, the same text as QJsonDocument's compact form, awkward characters
        // included.
        card.entry(Criterion::MetricsTechnical) = {
            2, QStringLiteral("\"quoted\" \\ back\nline\ttab\r\x01 é 😀 </script>")};
        card.entry(Criterion::HandsOnCode) = {0, QStringLiteral("not assessed")};
        card.redFlags = QStringLiteral("talks over people; \u2028");
        for (const Recommendation r : {Recommendation::None, Recommendation::StrongYes}) {
            card.recommendation = r;
            const QString json = card.toJson();
            const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8());
            QVERIFY2(parsed.isObject(), qPrintable(json));
            QCOMPARE(json, QString::fromUtf8(parsed.toJson(QJsonDocument::Compact)));
            QCOMPARE(Scorecard::fromJson(json), card);
        }
    }
};

QTEST_MAIN(TestInterviews)
#include "tst_interviews.moc"
