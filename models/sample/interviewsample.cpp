#include "interviewsample.h"

#include "core/ids.h"
#include "coverage/coveragerepository.h"
#include "interviews/interviewhabit.h"
#include "interviews/interviewrepository.h"
#include "workspace/workspacesession.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>

namespace {

const char *const FirstNames[] = {"Dana",   "Priya", "Tomás", "Mei",    "Olu",   "Sven",
                                  "Aisha",  "Jonas", "Lucía", "Kenji",  "Marta", "Noah",
                                  "Fatima", "Ilya",  "Grace", "Mateo",  "Sara",  "Yusuf",
                                  "Chloé",  "Ravi",  "Hana",  "Pieter", "Zoe",   "Kwame"};
const char *const Organisations[] = {
    "Hooli",      "Initech",    "Globex",    "Umbrella Analytics", "Vandelay",  "Stark Retail",
    "Wayne Labs", "Pied Piper", "Soylent",   "Tyrell Data",        "Cyberdyne", "Monarch Apps",
    "Acme Cloud", "Oscorp",     "Wonka Ops", "Aperture SaaS"};
const char *const Notes[] = {"Walked through their weekly reporting ritual.",
                             "Onboarding call; set up tracking together.",
                             "Churn risk: asked why they reduced seats.",
                             "Power user; shared their SQL notebooks.",
                             "Evaluating us against an in-house tool.",
                             "Asked about self-hosting and data residency."};
const char *const Findings[] = {
    "Exports to spreadsheets every Monday: a scheduled report would save an hour.",
    "Did not find the filter for cohorts; the default view hides it.",
    "Would pay for longer retention of raw events.",
    "Their activation metric differs from ours: first dashboard shared, not created.",
    "Alerts are too noisy; they muted them all.",
    "Loves the SQL editor, hates the autocomplete delay."};
template<typename T, size_t N> QString pick(QRandomGenerator &random, const T (&list)[N])
{
    return QString::fromUtf8(list[random.bounded(int(N))]);
}

// Draws how many interviews happen in a week around a mean, Poisson-like but small.
int weeklyCount(QRandomGenerator &random, double mean)
{
    const double limit = std::exp(-mean);
    double product = random.generateDouble();
    int count = 0;
    while (product > limit && count < 8) {
        ++count;
        product *= random.generateDouble();
    }
    return count;
}

} // namespace

namespace InterviewSample {

Outcome generate(WorkspaceSession &session, int scale)
{
    QRandomGenerator random(20261116);
    CoverageRepository &coverage = session.coverage();
    const QList<Pm> pms = coverage.pms();
    const QList<Assignment> assignments = coverage.assignments();
    if (pms.isEmpty())
        return {};
    const QDate today = session.today();
    const QDateTime now = session.clock().now();
    const QDate first = InterviewHabit::weekStart(today.addDays(-364), Qt::Monday);
    const QDate last = InterviewHabit::weekStart(today, Qt::Monday).addDays(4 * 7);
    const int weeks = int(first.daysTo(last) / 7);
    const double mean = std::max(1.05, 340.0 * std::max(1, scale) / (double(pms.size()) * weeks));

    // Each PM's assignments, looked up once: a large sample has hundreds of PMs and thousands
    // of assignments.
    QHash<QString, QList<const Assignment *>> byPm;
    for (const Assignment &a : assignments)
        byPm[a.pmId].append(&a);

    InterviewEdit edit;
    edit.interviews.reserve(int(340.0 * std::max(1, scale) * 1.1));
    for (int p = 0; p < pms.size(); ++p) {
        const Pm &pm = pms[p];
        // Booked in the zone of the machine that makes the sample, where it will be looked at:
        // a team spread over far-away zones put a UTC viewer's week at 22:00 and 23:00, which
        // looks like a bug rather than a believable team's working hours.
        const QTimeZone timeZone = QTimeZone::systemTimeZone();
        const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        // Each PM has their own habit: some rarely miss a week, some often do.
        const double skip = 0.08 + 0.22 * random.generateDouble();
        for (int w = 0; w < weeks; ++w) {
            const QDate monday = first.addDays(7 * w);
            if (pm.joinedOn.isValid() && monday.addDays(4) < pm.joinedOn)
                continue;
            if (pm.archivedOn.isValid() && monday >= pm.archivedOn)
                continue;
            const bool future = monday > today;
            int count =
                random.generateDouble() < skip && !future ? 0 : 1 + weeklyCount(random, mean - 0.6);
            if (future && random.bounded(3) == 0)
                count = 0; // plans thin out a few weeks ahead
            QList<QString> teams;
            for (const Assignment *a : std::as_const(byPm[pm.meta.id]))
                if (a->isActiveOn(monday))
                    teams << a->teamId;
            for (int i = 0; i < count; ++i) {
                Interview interview;
                interview.meta.id = Ids::random();
                interview.meta.sample = true;
                interview.pmId = pm.meta.id;
                interview.timeZone = zone;
                const QDate day = monday.addDays(random.bounded(5));
                const QTime time(9 + random.bounded(8), random.bounded(2) * 30);
                interview.start = QDateTime(day, time, timeZone).toUTC();
                interview.minutes = random.bounded(3) == 0 ? 45 : 30;
                // One in eight is a candidate for the PM team.
                interview.kind =
                    random.bounded(8) == 0 ? InterviewKind::Candidate : InterviewKind::User;
                interview.interviewee = pick(random, FirstNames) + QLatin1Char(' ') +
                                        QChar(u'A' + random.bounded(26)) + QLatin1Char('.');
                interview.location = random.bounded(4) == 0
                                         ? QStringLiteral("Office")
                                         : QStringLiteral("https://meet.example.com/%1")
                                               .arg(random.generate() % 900000 + 100000);
                if (interview.kind == InterviewKind::User) {
                    interview.organisation = pick(random, Organisations);
                    if (!teams.isEmpty())
                        interview.teamId = teams[random.bounded(int(teams.size()))];
                    interview.notes = pick(random, Notes);
                }
                if (interview.end() < now) {
                    const int roll = random.bounded(20);
                    interview.status = roll == 0   ? InterviewStatus::NoShow
                                       : roll <= 2 ? InterviewStatus::Cancelled
                                                   : InterviewStatus::Done;
                } else {
                    interview.status = InterviewStatus::Planned;
                }
                if (interview.status == InterviewStatus::Done) {
                    if (interview.kind == InterviewKind::User)
                        interview.findings = pick(random, Findings);
                    else {
                        Scorecard &card = interview.scorecard;
                        for (int c = 0; c < int(Criterion::Count); ++c)
                            if (Criterion(c) != Criterion::HandsOnCode || random.bounded(2))
                                card.entries[size_t(c)].score = 1 + random.bounded(4);
                        card.entry(Criterion::MetricsDepth).notes =
                            QStringLiteral("Talked through a churn investigation.");
                        int total = 0;
                        for (const Scorecard::Entry &e : card.entries)
                            total += e.score;
                        card.recommendation = total >= 17   ? Recommendation::StrongYes
                                              : total >= 14 ? Recommendation::Yes
                                              : total >= 10 ? Recommendation::No
                                                            : Recommendation::StrongNo;
                        if (card.recommendation == Recommendation::StrongNo)
                            card.redFlags = QStringLiteral("Little curiosity about users.");
                        // The last week's scorecards are still to be written, as in any
                        // week of hiring (the cards are drawn all the same, so that the rest
                        // of the sample does not change).
                        if (interview.end().daysTo(now) < 7)
                            card = Scorecard();
                    }
                }
                edit.interviews.append(interview);
            }
        }
    }
    // A double booking next week, so that the warning has something to show.
    for (const Interview &interview : std::as_const(edit.interviews)) {
        if (interview.status == InterviewStatus::Planned && interview.start.date() > today) {
            Interview clash = interview;
            clash.meta.id = Ids::random();
            clash.start = interview.start.addSecs(15 * 60);
            clash.kind = InterviewKind::User;
            clash.interviewee = QStringLiteral("Marta K.");
            clash.organisation = QStringLiteral("Globex");
            clash.scorecard = Scorecard();
            edit.interviews.append(clash);
            break;
        }
    }
    return session.interviews().apply(edit);
}

} // namespace InterviewSample
