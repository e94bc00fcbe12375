#include "commandgroups.h"

#include "workspace/workspacefactory.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommands)
};

// The file to create: the positional argument, else --workspace, else the default.
bool targetFile(CliContext &context, const QCommandLineParser &parser, QString *path, int *status)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *status = context.usage(Text::tr("expected one FILE, got %1").arg(positional.size()));
        return false;
    }
    *path = positional.isEmpty() ? context.workspacePath : positional.first();
    return true;
}

int runInit(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("empty"), Text::tr("An empty workspace, without the handbook's data.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The new workspace file."));
    int status = ExitSuccess;
    QString path;
    if (!context.parse(parser, QStringLiteral("init [--empty] FILE"), &status) ||
        !targetFile(context, parser, &path, &status))
        return status;
    const auto content = parser.isSet(QStringLiteral("empty")) ? WorkspaceFactory::Content::Empty
                                                               : WorkspaceFactory::Content::Starter;
    auto session = WorkspaceFactory::create(path, context.clock, content);
    if (!session)
        return context.fail(session.problem());
    context.out << Text::tr("Created %1\n").arg(path);
    return ExitSuccess;
}

int runSample(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("scale"),
                      Text::tr("Multiplies the generated data (default 1)."), QStringLiteral("N"),
                      QStringLiteral("1")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The new workspace file."));
    int status = ExitSuccess;
    QString path;
    if (!context.parse(parser, QStringLiteral("sample [--scale N] FILE"), &status) ||
        !targetFile(context, parser, &path, &status))
        return status;
    bool ok = false;
    const int scale = parser.value(QStringLiteral("scale")).toInt(&ok);
    if (!ok || scale < 1 || scale > 10000)
        return context.usage(Text::tr("--scale: '%1' is not a whole number from 1 to 10000")
                                 .arg(parser.value(QStringLiteral("scale"))));
    auto session =
        WorkspaceFactory::create(path, context.clock, WorkspaceFactory::Content::Sample, scale);
    if (!session)
        return context.fail(session.problem());
    context.out << Text::tr("Created %1 (sample data, scale %2)\n").arg(path).arg(scale);
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> workspaceCommands()
{
    return {
        {{QStringLiteral("init")},
         QStringLiteral("init [--empty] FILE"),
         Text::tr(
             "New workspace: the handbook's teams, PMs, coverage history and goals (or nothing)."),
         false,
         runInit},
        {{QStringLiteral("sample")},
         QStringLiteral("sample [--scale N] FILE"),
         Text::tr("The starter data plus generated demo activity, marked as sample."),
         false,
         runSample},
    };
}
