#include "cli.h"

#include "core/appidentity.h"
#include "core/isodate.h"
#include "core/problemlist.h"
#include "coverage/coveragerepository.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QDir>

CliContext::CliContext(QStringList args, QString path, bool given, std::shared_ptr<Clock> clk,
                       QTextStream &outStream, QTextStream &errStream)
    : arguments(std::move(args))
    , workspacePath(std::move(path))
    , workspaceGiven(given)
    , clock(std::move(clk))
    , out(outStream)
    , err(errStream)
{}

bool CliContext::parse(QCommandLineParser &parser, const QString &synopsis, int *status)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QCoreApplication::translate("Cli", "The workspace file."),
                      QStringLiteral("FILE")});
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("Cli", "List every problem of a refused file."));
    parser.addOption(verboseOption);
    if (!parser.parse(arguments)) {
        *status = usage(parser.errorText());
        return false;
    }
    verbose = parser.isSet(verboseOption);
    if (parser.isSet(help)) {
        out << "Usage: cadence " << synopsis << "\n\n" << parser.helpText().section(u'\n', 2);
        *status = ExitSuccess;
        return false;
    }
    return true;
}

int CliContext::fail(const Problem &problem)
{
    const qsizetype shown = verbose
                                ? problem.details.size()
                                : std::min<qsizetype>(problem.details.size(), ProblemList::Shown);
    for (qsizetype i = 0; i < shown; ++i)
        err << "cadence: " << Problem{problem.file, problem.details[i]}.text() << '\n';
    if (shown < problem.details.size())
        err << "cadence: "
            << Problem{problem.file,
                       QCoreApplication::translate("Cli", "and %n more (--verbose lists them all)",
                                                   nullptr, int(problem.details.size() - shown))}
                   .text()
            << '\n';
    err << "cadence: " << problem.text() << '\n';
    err.flush();
    return ExitBadInput;
}

int CliContext::usage(const QString &message)
{
    err << "cadence: " << message << "\n"
        << QCoreApplication::translate("Cli", "Try 'cadence --help'.") << '\n';
    err.flush();
    return ExitUsage;
}

Result<std::unique_ptr<WorkspaceSession>> CliContext::openWorkspace(Workspace::Access access)
{
    auto session = WorkspaceSession::open(workspacePath, clock, access);
    if (!session && !workspaceGiven && !QFileInfo::exists(workspacePath))
        return Problem{workspacePath,
                       QCoreApplication::translate(
                           "Cli", "no such file (make one with 'cadence init %1', or choose "
                                  "another with --workspace)")
                           .arg(workspacePath)};
    if (!session)
        return session;
    // A file of the command that is the workspace itself would be read, or replaced, behind
    // SQLite's back (see models/workspace/workspacefile.h).
    for (const QString &argument : arguments.mid(1)) {
        const QString file = argument.startsWith(QLatin1String("--"))
                                 ? argument.section(QLatin1Char('='), 1)
                                 : argument;
        if (!file.isEmpty() && session.value()->workspace().isSameFile(file))
            return Problem{file, QCoreApplication::translate(
                                     "Cli", "is the workspace itself; name another file")};
    }
    // A file trusted on its unchanged fingerprint is checked before a command writes to it,
    // however little: a page damaged in place, its mtime restored, keeps the fingerprint.
    if (access == Workspace::Access::ReadWrite)
        if (Outcome damaged = session.value()->verify())
            return *damaged;
    return session;
}

bool CliContext::dateOption(const QCommandLineParser &parser, const QString &name, QDate *day,
                            int *status)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    *day = IsoDate::day(text);
    if (day->isValid())
        return true;
    *status = usage(QCoreApplication::translate("Cli", "--%1: '%2' is not a date like 2025-10-06")
                        .arg(name, text));
    return false;
}

bool CliContext::pmOption(const QCommandLineParser &parser, WorkspaceSession &session,
                          QString *pmId, int *status)
{
    if (!parser.isSet(QStringLiteral("pm")))
        return true;
    const QString name = parser.value(QStringLiteral("pm")).trimmed();
    if (const std::optional<Pm> pm = session.coverage().findPm(name)) {
        *pmId = pm->meta.id;
        return true;
    }
    if (name.compare(QLatin1String("everyone"), Qt::CaseInsensitive) == 0) {
        pmId->clear();
        return true;
    }
    *status = fail(session.workspace().problem(
        QCoreApplication::translate("Cli", "has no PM named “%1”").arg(name)));
    return false;
}

bool CliContext::formatOption(const QCommandLineParser &parser, const QStringList &allowed,
                              QString *format, int *status)
{
    *format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                     : allowed.first();
    if (allowed.contains(*format))
        return true;
    *status = usage(QCoreApplication::translate("Cli", "--format: '%1' is not one of %2")
                        .arg(*format, allowed.join(QStringLiteral(", "))));
    return false;
}

namespace Cli {

const CliCommand *find(const QStringList &args)
{
    const CliCommand *best = nullptr;
    for (const CliCommand &command : commands()) {
        if (args.size() < command.words.size())
            continue;
        if (args.mid(0, command.words.size()) != command.words)
            continue;
        if (!best || command.words.size() > best->words.size())
            best = &command;
    }
    return best;
}

QString helpText()
{
    QString text =
        QCoreApplication::translate(
            "Cli", "Usage: cadence [-w FILE]              open the main window\n"
                   "       cadence FILE                    open the main window on FILE\n"
                   "       cadence COMMAND [OPTIONS]       run headless and exit\n\n"
                   "Every command takes --workspace FILE (-w); the default workspace is\n  %1\n\n"
                   "Commands:\n")
            .arg(QDir::toNativeSeparators(AppIdentity::defaultWorkspacePath()));
    for (const CliCommand &command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    text += QCoreApplication::translate(
        "Cli", "\nExit status: 0 success; 1 bad input or workspace (nothing changed); 2 usage "
               "error.\n'cadence COMMAND --help' tells more about one command.\n");
    return text;
}

QString groupHelpText(const QString &word)
{
    QString list;
    for (const CliCommand &command : commands())
        if (command.words.size() > 1 && command.words.first() == word)
            list += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    if (list.isEmpty())
        return {};
    return QCoreApplication::translate("Cli", "Usage: cadence %1 COMMAND [OPTIONS]\n\nCommands:\n")
               .arg(word) +
           list +
           QCoreApplication::translate("Cli", "\n'cadence %1 COMMAND --help' tells more about one "
                                              "command.\n")
               .arg(word);
}

} // namespace Cli
