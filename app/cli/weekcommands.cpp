#include "commandgroups.h"

#include "coverage/coveragerepository.h"
#include "formats/weekmarkdown.h"
#include "week/mepm.h"
#include "week/weekoutline.h"
#include "week/weeksource.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeekCommands)
};

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString isoTime(const QDateTime &at)
{
    return at.toString(Qt::ISODate);
}

void printText(QTextStream &out, const WeekPlan &plan)
{
    out << WeekText::title(plan) << '\n';
    for (const OutlineSection &section : WeekOutline::of(plan)) {
        out << '\n' << section.heading << '\n';
        for (const OutlineLine &line : section.lines) {
            out << QString(2 + 4 * line.depth, QLatin1Char(' '));
            if (line.kind == OutlineLine::Kind::Item && line.depth == 0)
                out << (line.checked ? (*line.checked ? "[x] " : "[ ] ") : "- ");
            else if (line.kind == OutlineLine::Kind::Item)
                out << "- ";
            out << line.fullText() << '\n';
        }
    }
}

QJsonObject refJson(const RecordRef &ref)
{
    QJsonObject object{{QStringLiteral("table"), ref.table}, {QStringLiteral("id"), ref.id}};
    if (ref.day.isValid())
        object.insert(QStringLiteral("day"), iso(ref.day));
    return object;
}

QJsonObject interviewJson(const Interview &interview, const WeekPlan &plan)
{
    return {{QStringLiteral("id"), interview.meta.id},
            {QStringLiteral("kind"), interviewKindKey(interview.kind)},
            {QStringLiteral("pm"), plan.pmNames.value(interview.pmId)},
            {QStringLiteral("interviewee"), interview.interviewee},
            {QStringLiteral("organisation"), interview.organisation},
            {QStringLiteral("team"), plan.teamNames.value(interview.teamId)},
            {QStringLiteral("starts_at"), isoTime(interview.start.toTimeZone(plan.zone))},
            {QStringLiteral("minutes"), interview.minutes},
            {QStringLiteral("status"), interviewStatusKey(interview.status)},
            {QStringLiteral("scorecard"), !interview.scorecard.isEmpty()}};
}

QJsonArray actionsJson(const WeekPlan &plan)
{
    QJsonArray list;
    for (const SuggestedAction &action : plan.actions) {
        QJsonObject object{{QStringLiteral("id"), action.id()},
                           {QStringLiteral("rule"), weekRuleKey(action.record.rule)},
                           {QStringLiteral("text"), action.text()},
                           {QStringLiteral("detail"), action.detail},
                           {QStringLiteral("state"), actionStateKey(action.state)}};
        if (action.subject.isValid())
            object.insert(QStringLiteral("subject"), refJson(action.subject));
        if (action.state == ActionState::Snoozed)
            object.insert(QStringLiteral("snoozed_until"), iso(action.snoozedUntil));
        if (action.state == ActionState::Done && action.record.doneOn.isValid())
            object.insert(QStringLiteral("done_on"), iso(action.record.doneOn));
        if (action.record.isCustom())
            object.insert(QStringLiteral("day"), iso(action.record.day));
        list.append(object);
    }
    return list;
}

QJsonArray agendaJson(const WeekPlan &plan)
{
    QJsonArray days;
    for (const AgendaDay &day : plan.days) {
        QJsonArray entries;
        for (const AgendaSlot &slot : day.entries) {
            QJsonObject object{{QStringLiteral("from"), isoTime(slot.start)},
                               {QStringLiteral("to"), isoTime(slot.end)}};
            if (slot.isFree())
                object.insert(QStringLiteral("free"), true);
            else
                object.insert(QStringLiteral("interview"), interviewJson(*slot.interview, plan));
            entries.append(object);
        }
        days.append(QJsonObject{{QStringLiteral("day"), iso(day.day)},
                                {QStringLiteral("workday"), day.workday},
                                {QStringLiteral("entries"), entries}});
    }
    return days;
}

QJsonObject habitJson(const WeekPlan &plan)
{
    const HabitSummary &habit = plan.habit;
    QJsonArray teams;
    for (const TeamRecency &team : habit.teams) {
        QJsonObject object{{QStringLiteral("team"), team.team.name}};
        if (team.lastInterview.isValid()) {
            object.insert(QStringLiteral("last_interview"), iso(team.lastInterview));
            object.insert(QStringLiteral("weeks_since"), team.weeksSince);
        }
        teams.append(object);
    }
    QJsonObject object{{QStringLiteral("active"), habit.active},
                       {QStringLiteral("done"), habit.done},
                       {QStringLiteral("planned"), habit.planned},
                       {QStringLiteral("target"), habit.target},
                       {QStringLiteral("debt"), habit.debt},
                       {QStringLiteral("weeks_back"), habit.weeksBack},
                       {QStringLiteral("teams"), teams}};
    if (!plan.isEveryone())
        object.insert(QStringLiteral("streak"), habit.streak);
    return object;
}

QJsonArray reviewsJson(const WeekPlan &plan)
{
    QJsonArray list;
    for (const ReviewItem &item : plan.reviews) {
        QJsonArray moves;
        for (const BandMove &move : item.moves)
            moves.append(QJsonObject{{QStringLiteral("metric"), move.metric.key},
                                     {QStringLiteral("from"), bandLevelKey(move.from)},
                                     {QStringLiteral("to"), bandLevelKey(move.to)},
                                     {QStringLiteral("since"), WeekPeriods::month(move.since)},
                                     {QStringLiteral("value"), move.value}});
        QJsonObject object{{QStringLiteral("product"), item.review.product.name},
                           {QStringLiteral("month"), WeekPeriods::month(item.review.month)},
                           {QStringLiteral("due"), iso(item.review.dueOn)},
                           {QStringLiteral("status"), reviewStatusKey(item.review.status)},
                           {QStringLiteral("earlier_open"), item.earlierOpen},
                           {QStringLiteral("moves"), moves}};
        if (item.lastDoneMonth.isValid())
            object.insert(QStringLiteral("last_review"), WeekPeriods::month(item.lastDoneMonth));
        list.append(object);
    }
    return list;
}

QJsonArray goalsJson(const WeekPlan &plan)
{
    QJsonArray list;
    for (const GoalItem &item : plan.goals) {
        QJsonArray offTrack;
        for (const OffTrackResult &result : item.offTrack)
            offTrack.append(QJsonObject{{QStringLiteral("key_result"), result.result.text},
                                        {QStringLiteral("progress"), result.progress},
                                        {QStringLiteral("expected"), result.expected}});
        list.append(QJsonObject{{QStringLiteral("id"), item.goal.meta.id},
                                {QStringLiteral("title"), item.goal.title},
                                {QStringLiteral("kind"), goalKindKey(item.goal.kind)},
                                {QStringLiteral("status"), goalStatusKey(item.goal.status)},
                                {QStringLiteral("owner"), plan.pmNames.value(item.goal.ownerId)},
                                {QStringLiteral("last_changed"), iso(item.lastChanged)},
                                {QStringLiteral("untouched_days"), item.untouchedDays},
                                {QStringLiteral("missing_findings"), item.missingFindings},
                                {QStringLiteral("off_track"), offTrack}});
    }
    return list;
}

QJsonObject teamJson(const WeekPlan &plan)
{
    QJsonArray uncovered;
    for (const TeamCoverage &team : plan.uncoveredTeams)
        uncovered.append(QJsonObject{{QStringLiteral("team"), team.team.name},
                                     {QStringLiteral("since"), iso(team.levelSince)}});
    QJsonArray overloaded;
    for (const PmLoad &load : plan.overloadedPms)
        overloaded.append(QJsonObject{{QStringLiteral("pm"), load.pm.name},
                                      {QStringLiteral("full"), load.fullTeams},
                                      {QStringLiteral("light"), load.lightTeams}});
    QJsonArray behind;
    for (const PmHabit &pm : plan.pmsBehind)
        behind.append(QJsonObject{{QStringLiteral("pm"), pm.pm.name},
                                  {QStringLiteral("debt"), pm.debt},
                                  {QStringLiteral("streak"), pm.streak}});
    return {{QStringLiteral("pm_team_limit"), plan.policy.pmTeamLimit},
            {QStringLiteral("teams_without_pm"), uncovered},
            {QStringLiteral("pms_above_limit"), overloaded},
            {QStringLiteral("pms_behind_on_interviews"), behind}};
}

void printJson(QTextStream &out, const WeekPlan &plan)
{
    QJsonArray candidates;
    for (const Interview &interview : plan.candidateInterviews)
        candidates.append(interviewJson(interview, plan));
    QJsonArray missing;
    for (const Interview &interview : plan.missingScorecards)
        missing.append(interviewJson(interview, plan));
    const QJsonObject root{
        {QStringLiteral("pm"), plan.isEveryone() ? QJsonValue() : QJsonValue(plan.pmName)},
        {QStringLiteral("week"), plan.period},
        {QStringLiteral("from"), iso(plan.start)},
        {QStringLiteral("to"), iso(plan.end())},
        {QStringLiteral("as_of"), iso(plan.asOf)},
        {QStringLiteral("quarter"), plan.quarter.key()},
        {QStringLiteral("actions"), actionsJson(plan)},
        {QStringLiteral("agenda"), agendaJson(plan)},
        {QStringLiteral("interview_habit"), habitJson(plan)},
        {QStringLiteral("growth_reviews"), reviewsJson(plan)},
        {QStringLiteral("goals"), goalsJson(plan)},
        {QStringLiteral("hiring"), QJsonObject{{QStringLiteral("candidate_interviews"), candidates},
                                               {QStringLiteral("missing_scorecards"), missing}}},
        {QStringLiteral("team"), teamJson(plan)}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int runWeek(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pm"),
                      Text::tr("Whose week: a PM's name, or 'everyone' (default: the PM you are on "
                               "this machine, else everyone)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("date"), Text::tr("Any day of the week (default today)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text, md or json."), QStringLiteral("FORMAT")});
    int status = ExitSuccess;
    QDate day;
    QString format;
    if (!context.parse(parser,
                       QStringLiteral("week [--pm NAME] [--date DATE] [--format text|md|json]"),
                       &status) ||
        !context.dateOption(parser, QStringLiteral("date"), &day, &status) ||
        !context.formatOption(
            parser, {QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("json")}, &format,
            &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("week takes no FILE; use --workspace"));
    auto opened = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.problem());
    WorkspaceSession &session = *opened.value();

    QString pmId = MePm::of(session).value_or(QString());
    if (!context.pmOption(parser, session, &pmId, &status))
        return status;
    const WeekPlan plan =
        WeekPlanner::plan(session.weekSource(), WeekRequest::of(session, pmId, day));
    if (format == QLatin1String("md"))
        context.out << WeekMarkdown::write(plan);
    else if (format == QLatin1String("json"))
        printJson(context.out, plan);
    else
        printText(context.out, plan);
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> weekCommands()
{
    return {
        {{QStringLiteral("week")},
         QStringLiteral("week [--pm NAME] [--date DATE] [--format text|md|json]"),
         Text::tr("A PM's week (or everyone's): agenda, interview habit, growth reviews, goals, "
                  "hiring, the team, and the suggested actions with their state."),
         false,
         runWeek}};
}
