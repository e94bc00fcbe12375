#include "cli/cli.h"
#include "core/appidentity.h"
#include "core/englishplurals.h"
#include "shell/application.h"
#include "shell/language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <memory>

namespace {

// -w/--workspace may stand anywhere on the line; take it out before finding the command.
QStringList takeWorkspaceOption(QStringList args, QString *path, bool *given)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString arg = args[i];
        QString value;
        if ((arg == QLatin1String("-w") || arg == QLatin1String("--workspace")) &&
            i + 1 < args.size()) {
            value = args[i + 1];
            args.remove(i, 2);
        } else if (arg.startsWith(QLatin1String("--workspace="))) {
            value = arg.section(QLatin1Char('='), 1);
            args.remove(i);
        } else {
            continue;
        }
        *path = value;
        *given = true;
        --i;
    }
    return args;
}

// The only argument names a workspace to open, not a mistyped command: it ends in .cadence
// or is a file (a group word such as "metrics" stays a command, even beside such a file).
bool isWorkspaceArgument(const QString &word)
{
    if (word.startsWith(QLatin1Char('-')) || !Cli::groupHelpText(word).isEmpty())
        return false;
    return word.endsWith(QLatin1String(".cadence")) || QFileInfo(word).isFile();
}

// Headless rendering commands run where no desktop session set XDG_RUNTIME_DIR; Qt then
// picks a folder itself and says so on stderr, which would break the one-line error contract.
QtMessageHandler standardHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (standardHandler)
        standardHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    QString workspacePath;
    bool workspaceGiven = false;
    const QStringList args = takeWorkspaceOption(rawArgs, &workspacePath, &workspaceGiven);
    const QStringList words = args.mid(1);
    const bool wantsHelp = words.size() == 1 && (words.first() == QLatin1String("--help") ||
                                                 words.first() == QLatin1String("-h"));
    const bool wantsVersion = words.size() == 1 && words.first() == QLatin1String("--version");
    const CliCommand *command = Cli::find(words);
    // A file manager opens a workspace as `cadence FILE` (the desktop file's Exec=cadence %f).
    const bool opensFile =
        !command && !workspaceGiven && words.size() == 1 && isWorkspaceArgument(words.first());
    const bool isUnknownCommand =
        !command && !opensFile && !words.isEmpty() && !wantsHelp && !wantsVersion;

    // Headless commands never need a display; rendering ones draw on the offscreen platform.
    if (command && command->needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (command)
        standardHandler = qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> app;
    if (command ? command->needsGui : words.isEmpty() || opensFile) {
        app = std::make_unique<QApplication>(argc, argv);
        Application::installStyle();
    } else
        app = std::make_unique<QCoreApplication>(argc, argv);
    AppIdentity::apply();
    EnglishPlurals::install();
    Language::install();
    if (workspacePath.isEmpty())
        workspacePath = AppIdentity::defaultWorkspacePath();

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (wantsHelp) {
        out << Cli::helpText();
        return ExitSuccess;
    }
    if (wantsVersion) {
        out << "cadence " << QCoreApplication::applicationVersion() << '\n';
        return ExitSuccess;
    }
    // A group word alone or with --help: its commands (alone, on stderr as a usage error).
    if (isUnknownCommand && !Cli::groupHelpText(words.first()).isEmpty() &&
        (words.size() == 1 || (words.size() == 2 && (words[1] == QLatin1String("--help") ||
                                                     words[1] == QLatin1String("-h"))))) {
        if (words.size() == 2) {
            out << Cli::groupHelpText(words.first());
            return ExitSuccess;
        }
        err << "cadence: '" << words.first() << "' needs one of its commands\n\n"
            << Cli::groupHelpText(words.first());
        return ExitUsage;
    }
    if (isUnknownCommand) {
        err << "cadence: '" << words.first() << "' is not a command or option\n"
            << "Try 'cadence --help'.\n";
        return ExitUsage;
    }
    if (command) {
        QStringList commandArgs =
            QStringList{QStringLiteral("cadence ") + command->words.join(QLatin1Char(' '))} +
            words.mid(command->words.size());
        CliContext context(commandArgs, workspacePath, workspaceGiven, Clock::system(), out, err);
        const int status = command->run(context);
        out.flush();
        err.flush();
        return status;
    }
    if (opensFile)
        return Application::runMainWindow(QFileInfo(words.first()).absoluteFilePath());
    return Application::runMainWindow(workspaceGiven ? workspacePath : QString());
}
