#pragma once

#include "core/clock.h"
#include "core/problem.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class WorkspaceSession;

// Exit statuses of the command line (DESIGN.md): 0 success, 1 bad input or workspace, 2 usage.
enum ExitStatus { ExitSuccess = 0, ExitBadInput = 1, ExitUsage = 2 };

// What a headless command gets: its own arguments, the chosen workspace path and the
// streams, plus the shared ways to fail.
class CliContext
{
public:
    CliContext(QStringList arguments, QString workspacePath, bool workspaceGiven,
               std::shared_ptr<Clock> clock, QTextStream &out, QTextStream &err);

    QStringList arguments; // "cadence" and the command words first, as QCommandLineParser wants
    QString workspacePath;
    bool workspaceGiven;
    std::shared_ptr<Clock> clock;
    QTextStream &out;
    QTextStream &err;
    bool verbose = false; // --verbose: every problem of a refused file, not the first ones

    // Parses arguments with the command's options plus --workspace, --verbose and --help.
    // Returns false (with *status set) when the command should stop: help shown, or a usage
    // error.
    bool parse(QCommandLineParser &parser, const QString &synopsis, int *status);
    // One line per problem on stderr, each naming the file: a file's grouped problems (the
    // first few, or all with --verbose), then what they mean.
    int fail(const Problem &problem);
    int usage(const QString &message);
    Result<std::unique_ptr<WorkspaceSession>>
    openWorkspace(Workspace::Access access = Workspace::Access::ReadWrite);

    // Parses an ISO date option; a bad one is a usage error naming the option.
    bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *day, int *status);
    // --pm NAME: a PM's id, or an empty one for 'everyone'; false (with *status set) if the
    // workspace has no PM of that name. Unset, *pmId is left as it is.
    bool pmOption(const QCommandLineParser &parser, WorkspaceSession &session, QString *pmId,
                  int *status);
    // --format with the allowed values; the first is the default.
    bool formatOption(const QCommandLineParser &parser, const QStringList &allowed, QString *format,
                      int *status);
};

// One command of the `cadence` executable.
struct CliCommand {
    QStringList words; // {"interviews", "cadence"}
    QString synopsis;  // shown by --help
    QString summary;
    bool needsGui; // needs QApplication (rendering), run on the offscreen platform
    std::function<int(CliContext &)> run;
};

namespace Cli {
const std::vector<CliCommand> &commands();
// The command named by the leading words of args (after the program name), or nullptr.
const CliCommand *find(const QStringList &args);
QString helpText();
// The commands of a group word ("metrics", "goals", "interviews"), as `cadence --help` lists
// them; empty when `word` starts no group.
QString groupHelpText(const QString &word);
} // namespace Cli
