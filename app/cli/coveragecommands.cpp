#include "commandgroups.h"

#include "core/settings.h"
#include "coverage/coveragerepository.h"
#include "formats/csvwriter.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CoverageCommands)
};

void printCsv(QTextStream &out, const CoverageSnapshot &snapshot)
{
    out << CsvWriter::row(
        {QStringLiteral("team"), QStringLiteral("pm"), QStringLiteral("support")});
    for (const TeamCoverage &team : snapshot.teams()) {
        if (team.assignments.isEmpty())
            out << CsvWriter::row({team.team.name, QString(), QStringLiteral("none")});
        for (const Assignment &assignment : team.assignments)
            out << CsvWriter::row({team.team.name, snapshot.load(assignment.pmId)->pm.name,
                                   supportKey(assignment.support)});
    }
}

void printJson(QTextStream &out, const CoverageSnapshot &snapshot, int limit)
{
    QJsonArray teams;
    for (const TeamCoverage &team : snapshot.teams()) {
        QJsonArray pms;
        for (const Assignment &assignment : team.assignments)
            pms.append(
                QJsonObject{{QStringLiteral("pm"), snapshot.load(assignment.pmId)->pm.name},
                            {QStringLiteral("support"), supportKey(assignment.support)},
                            {QStringLiteral("since"), assignment.startOn.toString(Qt::ISODate)}});
        teams.append(QJsonObject{{QStringLiteral("team"), team.team.name},
                                 {QStringLiteral("coverage"), coverageLevelKey(team.level)},
                                 {QStringLiteral("since"), team.levelSince.toString(Qt::ISODate)},
                                 {QStringLiteral("pms"), pms}});
    }
    QJsonArray loads;
    for (const PmLoad &load : snapshot.loads())
        loads.append(QJsonObject{{QStringLiteral("pm"), load.pm.name},
                                 {QStringLiteral("full"), load.fullTeams},
                                 {QStringLiteral("light"), load.lightTeams},
                                 {QStringLiteral("over_limit"), load.teams() > limit}});
    const QJsonObject root{{QStringLiteral("as_of"), snapshot.day().toString(Qt::ISODate)},
                           {QStringLiteral("pm_team_limit"), limit},
                           {QStringLiteral("teams"), teams},
                           {QStringLiteral("pms"), loads}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void printText(QTextStream &out, const CoverageSnapshot &snapshot, int limit)
{
    const QDate day = snapshot.day();
    out << Text::tr("Coverage on %1\n\n").arg(day.toString(Qt::ISODate));
    qsizetype width = 4;
    for (const TeamCoverage &team : snapshot.teams())
        width = std::max(width, team.team.name.size());
    for (const TeamCoverage &team : snapshot.teams()) {
        QStringList pms;
        for (const Assignment &assignment : team.assignments) {
            const QString name = snapshot.load(assignment.pmId)->pm.name;
            pms << (assignment.support == Support::Light ? Text::tr("%1 (light)").arg(name) : name);
        }
        const QString who = team.level == CoverageLevel::None
                                ? Text::tr("no PM for %1 (since %2)")
                                      .arg(describeDuration(team.levelSince, day),
                                           team.levelSince.toString(Qt::ISODate))
                                : pms.join(QStringLiteral(", "));
        out << "  " << team.team.name.leftJustified(width + 2) << who << '\n';
    }
    out << '\n' << Text::tr("PM load (flagged above %1 teams)\n").arg(limit);
    qsizetype pmWidth = 2;
    for (const PmLoad &load : snapshot.loads())
        pmWidth = std::max(pmWidth, load.pm.name.size());
    for (const PmLoad &load : snapshot.loads()) {
        out << "  " << load.pm.name.leftJustified(pmWidth + 2)
            << Text::tr("%1 full, %2 light").arg(load.fullTeams).arg(load.lightTeams);
        if (load.teams() > limit)
            out << Text::tr("  ! over the limit");
        out << '\n';
    }
    const QList<TeamCoverage> uncovered = snapshot.uncoveredTeams();
    QStringList names;
    for (const TeamCoverage &team : uncovered)
        names << team.team.name;
    out << '\n'
        << (names.isEmpty()
                ? Text::tr("Every team has a PM.\n")
                : Text::tr("Teams with no PM: %1\n").arg(names.join(QStringLiteral(", "))));
}

int runCoverage(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("as-of"),
                      Text::tr("Coverage as it stood on DATE (default today)."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text, csv or json."), QStringLiteral("FORMAT")});
    int status = ExitSuccess;
    QDate day = context.clock->today();
    QString format;
    if (!context.parse(parser, QStringLiteral("coverage [--as-of DATE] [--format text|csv|json]"),
                       &status) ||
        !context.dateOption(parser, QStringLiteral("as-of"), &day, &status) ||
        !context.formatOption(
            parser, {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")},
            &format, &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("coverage takes no FILE; use --workspace"));
    auto session = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!session)
        return context.fail(session.problem());
    const CoverageSnapshot snapshot = session.value()->coverage().coverageOn(day);
    const int limit = Settings().pmTeamLimit();
    if (format == QLatin1String("csv"))
        printCsv(context.out, snapshot);
    else if (format == QLatin1String("json"))
        printJson(context.out, snapshot, limit);
    else
        printText(context.out, snapshot, limit);
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> coverageCommands()
{
    return {{{QStringLiteral("coverage")},
             QStringLiteral("coverage [--as-of DATE] [--format text|csv|json]"),
             Text::tr("Teams × PMs on a day: full or light support, teams with no PM, PM load."),
             false,
             runCoverage}};
}
