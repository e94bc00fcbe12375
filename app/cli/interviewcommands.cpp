#include "commandgroups.h"

#include "core/settings.h"
#include "coverage/coveragerepository.h"
#include "formats/csvwriter.h"
#include "formats/icalendar.h"
#include "interviews/interviewhabit.h"
#include "interviews/interviewrepository.h"
#include "workspace/bulkwrite.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(InterviewCommands)
};

QString iso(QDate day)
{
    return day.toString(Qt::ISODate);
}

HabitReport reportFor(WorkspaceSession &session, int weeks)
{
    CoverageRepository &coverage = session.coverage();
    return InterviewHabit::compute(
        coverage.pms(), coverage.teams(), coverage.assignments(), session.interviews().interviews(),
        session.today(), Settings().weeklyInterviewTarget(), weeks, 4, QLocale().firstDayOfWeek());
}

QList<std::pair<Interview, Interview>> upcomingDoubleBookings(WorkspaceSession &session)
{
    const QDateTime from = QDateTime(session.today(), QTime(0, 0)).toUTC();
    return InterviewHabit::doubleBookings(
        session.interviews().between(from.addDays(-1), from.addDays(7 * 8)));
}

void printText(QTextStream &out, const HabitReport &report,
               const QList<std::pair<Interview, Interview>> &clashes,
               const QHash<QString, QString> &pmNames)
{
    out << Text::tr("Interview cadence on %1: target %2 per PM per week (done/planned; · before "
                    "joining)\n\n")
               .arg(iso(report.today))
               .arg(report.target);
    qsizetype width = 2;
    for (const PmHabit &pm : report.pms)
        width = std::max(width, pm.pm.name.size());
    out << QString(width + 2, QLatin1Char(' '));
    for (int i = 0; i < report.weekStarts.size(); ++i) {
        const QString label = report.weekStarts[i].toString(QStringLiteral("MM-dd"));
        out << (i == report.currentWeek ? QLatin1Char('[') + label + QLatin1Char(']')
                                        : QLatin1Char(' ') + label + QLatin1Char(' '));
    }
    out << "  " << Text::tr("streak  debt") << '\n';
    for (const PmHabit &pm : report.pms) {
        out << pm.pm.name.leftJustified(width + 2);
        for (const HabitWeek &week : pm.weeks) {
            QString cell = !week.active ? QStringLiteral("·")
                                        : QStringLiteral("%1/%2").arg(week.done).arg(week.planned);
            out << cell.rightJustified(6) << ' ';
        }
        out << "  " << QString::number(pm.streak).rightJustified(6) << "  "
            << QString::number(pm.debt).rightJustified(4) << '\n';
    }
    if (report.pms.isEmpty())
        out << Text::tr("No PMs.\n");
    out << '\n' << Text::tr("Weeks since users of each covered team were last interviewed\n");
    qsizetype teamWidth = 4;
    for (const TeamRecency &team : report.teams)
        teamWidth = std::max(teamWidth, team.team.name.size());
    for (const TeamRecency &team : report.teams)
        out << "  " << team.team.name.leftJustified(teamWidth + 2)
            << (team.weeksSince < 0
                    ? Text::tr("never")
                    : Text::tr("%1 (last %2)").arg(team.weeksSince).arg(iso(team.lastInterview)))
            << '\n';
    if (report.teams.isEmpty())
        out << Text::tr("  No team is covered today.\n");
    for (const auto &[first, second] : clashes)
        out << '\n'
            << Text::tr("! %1 is booked twice: %2 and %3")
                   .arg(pmNames.value(first.pmId),
                        first.localStart().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                            QLatin1Char(' ') + first.title(),
                        second.localStart().toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
                            QLatin1Char(' ') + second.title());
    if (!clashes.isEmpty())
        out << '\n';
}

void printCsv(QTextStream &out, const HabitReport &report)
{
    out << CsvWriter::row({QStringLiteral("pm"), QStringLiteral("week"), QStringLiteral("done"),
                           QStringLiteral("planned"), QStringLiteral("target"),
                           QStringLiteral("active"), QStringLiteral("streak"),
                           QStringLiteral("debt")});
    for (const PmHabit &pm : report.pms)
        for (const HabitWeek &week : pm.weeks)
            out << CsvWriter::row({pm.pm.name, iso(week.start), QString::number(week.done),
                                   QString::number(week.planned), QString::number(report.target),
                                   week.active ? QStringLiteral("1") : QStringLiteral("0"),
                                   QString::number(pm.streak), QString::number(pm.debt)});
}

void printJson(QTextStream &out, const HabitReport &report,
               const QList<std::pair<Interview, Interview>> &clashes,
               const QHash<QString, QString> &pmNames)
{
    QJsonArray weeks;
    for (QDate start : report.weekStarts)
        weeks.append(iso(start));
    QJsonArray pms;
    for (const PmHabit &pm : report.pms) {
        QJsonArray cells;
        for (const HabitWeek &week : pm.weeks)
            cells.append(QJsonObject{{QStringLiteral("week"), iso(week.start)},
                                     {QStringLiteral("done"), week.done},
                                     {QStringLiteral("planned"), week.planned},
                                     {QStringLiteral("active"), week.active}});
        pms.append(QJsonObject{{QStringLiteral("pm"), pm.pm.name},
                               {QStringLiteral("streak"), pm.streak},
                               {QStringLiteral("debt"), pm.debt},
                               {QStringLiteral("weeks"), cells}});
    }
    QJsonArray teams;
    for (const TeamRecency &team : report.teams)
        teams.append(QJsonObject{
            {QStringLiteral("team"), team.team.name},
            {QStringLiteral("last_interview"),
             team.lastInterview.isValid() ? QJsonValue(iso(team.lastInterview)) : QJsonValue()},
            {QStringLiteral("weeks_since"),
             team.weeksSince < 0 ? QJsonValue() : QJsonValue(team.weeksSince)}});
    QJsonArray doubles;
    for (const auto &[first, second] : clashes)
        doubles.append(QJsonObject{{QStringLiteral("pm"), pmNames.value(first.pmId)},
                                   {QStringLiteral("first"), first.start.toString(Qt::ISODate)},
                                   {QStringLiteral("second"), second.start.toString(Qt::ISODate)}});
    const QJsonObject root{
        {QStringLiteral("as_of"), iso(report.today)},
        {QStringLiteral("target"), report.target},
        {QStringLiteral("current_week"), iso(report.weekStarts[report.currentWeek])},
        {QStringLiteral("weeks"), weeks},
        {QStringLiteral("pms"), pms},
        {QStringLiteral("teams"), teams},
        {QStringLiteral("double_bookings"), doubles}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

int runCadence(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("weeks"), Text::tr("Past weeks to show (default 12)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text, csv or json."), QStringLiteral("FORMAT")});
    int status = ExitSuccess;
    QString format;
    const QString synopsis =
        QStringLiteral("interviews cadence [--weeks N] [--format text|csv|json]");
    if (!context.parse(parser, synopsis, &status) ||
        !context.formatOption(
            parser, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")},
            &format, &status))
        return status;
    int weeks = 12;
    if (parser.isSet(QStringLiteral("weeks"))) {
        bool ok = false;
        weeks = parser.value(QStringLiteral("weeks")).toInt(&ok);
        if (!ok || weeks < 1 || weeks > 520)
            return context.usage(Text::tr("--weeks: '%1' is not a number of weeks from 1 to 520")
                                     .arg(parser.value(QStringLiteral("weeks"))));
    }
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("interviews cadence takes no FILE; use --workspace"));
    auto opened = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.problem());
    WorkspaceSession &session = *opened.value();
    const HabitReport report = reportFor(session, weeks);
    QHash<QString, QString> pmNames;
    for (const Pm &pm : session.coverage().pms())
        pmNames.insert(pm.meta.id, pm.name);
    const auto clashes = upcomingDoubleBookings(session);
    if (format == QLatin1String("csv"))
        printCsv(context.out, report);
    else if (format == QLatin1String("json"))
        printJson(context.out, report, clashes, pmNames);
    else
        printText(context.out, report, clashes, pmNames);
    return ExitSuccess;
}

bool oneFile(CliContext &context, const QCommandLineParser &parser, QString *path, int *status)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *status = context.usage(Text::tr("expected one FILE, got %1").arg(positional.size()));
        return false;
    }
    *path = positional.first();
    return true;
}

int runExport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The .ics file to write."));
    int status = ExitSuccess;
    QString path;
    if (!context.parse(parser, QStringLiteral("interviews export-ics FILE"), &status) ||
        !oneFile(context, parser, &path, &status))
        return status;
    auto opened = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.problem());
    if (Outcome problem = ICalendar::exportFile(*opened.value(), path))
        return context.fail(*problem);
    context.out << Text::tr("Exported %1 interviews to %2\n")
                       .arg(opened.value()->interviews().count())
                       .arg(path);
    return ExitSuccess;
}

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The .ics file to read."));
    parser.addOption({QStringLiteral("pm"),
                      Text::tr("The PM for events whose organizer is not a PM of the workspace."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("dry-run"), Text::tr("Say what would change; change nothing.")});
    int status = ExitSuccess;
    QString path;
    if (!context.parse(parser, QStringLiteral("interviews import-ics [--pm NAME] [--dry-run] FILE"),
                       &status) ||
        !oneFile(context, parser, &path, &status))
        return status;
    auto opened = context.openWorkspace();
    if (!opened)
        return context.fail(opened.problem());
    WorkspaceSession &session = *opened.value();
    Result<ICalendar::ImportPlan> plan =
        ICalendar::planImport(session, path, parser.value(QStringLiteral("pm")));
    if (!plan)
        return context.fail(plan.problem());
    if (!parser.isSet(QStringLiteral("dry-run"))) {
        InterviewEdit edit = plan.value().change.after;
        BulkWrite bulk(session.workspace(), {QStringLiteral("interview")});
        if (!bulk.isOpen())
            return context.fail(*bulk.problem());
        if (Outcome problem = session.interviews().apply(edit))
            return context.fail(*problem);
        if (Outcome problem = bulk.commit())
            return context.fail(*problem);
    }
    context.out << (parser.isSet(QStringLiteral("dry-run")) ? Text::tr("Would import %1: %2\n")
                                                            : Text::tr("Imported %1: %2\n"))
                       .arg(path, plan.value().summary());
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> interviewCommands()
{
    return {
        {{QStringLiteral("interviews"), QStringLiteral("cadence")},
         QStringLiteral("interviews cadence [--weeks N] [--format text|csv|json]"),
         Text::tr(
             "PMs × weeks of user interviews against the weekly target; streaks, debt, teams."),
         false,
         runCadence},
        {{QStringLiteral("interviews"), QStringLiteral("export-ics")},
         QStringLiteral("interviews export-ics FILE"),
         Text::tr("Every interview as an iCalendar file."),
         false,
         runExport},
        {{QStringLiteral("interviews"), QStringLiteral("import-ics")},
         QStringLiteral("interviews import-ics [--pm NAME] [--dry-run] FILE"),
         Text::tr("Interviews from an iCalendar file; importing it again updates them."),
         false,
         runImport},
    };
}
