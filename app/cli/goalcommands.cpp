#include "commandgroups.h"

#include "coverage/coveragerepository.h"
#include "formats/goalsmarkdown.h"
#include "goals/goalcontext.h"
#include "goals/goalrepository.h"
#include "workspace/bulkwrite.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QFile>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GoalCommands)
};

const QString importSynopsis = QStringLiteral("goals import-md [--quarter YYYY-Qn] FILE");

int runExport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quarter"),
                      Text::tr("The quarter to export, like 2025-Q1 (default: this quarter)."),
                      QStringLiteral("YYYY-Qn")});
    parser.addOption({QStringLiteral("pm"), Text::tr("Only the goals this PM owns or supports."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), Text::tr("Write to FILE instead of printing."),
                      QStringLiteral("FILE")});
    int status = ExitSuccess;
    if (!context.parse(parser,
                       QStringLiteral("goals export-md [--quarter YYYY-Qn] [--pm NAME] "
                                      "[--out FILE]"),
                       &status))
        return status;
    if (!parser.positionalArguments().isEmpty())
        return context.usage(Text::tr("goals export-md takes no FILE; use --out"));
    Quarter quarter = Quarter::containing(context.clock->today());
    if (parser.isSet(QStringLiteral("quarter"))) {
        const std::optional<Quarter> given =
            Quarter::parse(parser.value(QStringLiteral("quarter")));
        if (!given)
            return context.usage(Text::tr("--quarter wants a quarter like 2025-Q1, not \"%1\"")
                                     .arg(parser.value(QStringLiteral("quarter"))));
        quarter = *given;
    }
    auto opened = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!opened)
        return context.fail(opened.problem());
    WorkspaceSession &session = *opened.value();
    QString pmId;
    if (parser.isSet(QStringLiteral("pm"))) {
        const QString name = parser.value(QStringLiteral("pm"));
        const std::optional<Pm> pm = session.coverage().findPm(name);
        if (!pm)
            return context.fail(
                Problem{session.path(), Text::tr("has no PM named \"%1\"").arg(name)});
        pmId = pm->meta.id;
    }
    const QString text =
        GoalsMarkdown::write(quarter.key(), GoalContext::quarterGoals(session, quarter.key(), pmId),
                             GoalContext::markdownNames(session));
    if (!parser.isSet(QStringLiteral("out"))) {
        context.out << text;
        return ExitSuccess;
    }
    if (Outcome problem = GoalContext::exportMarkdown(session, quarter.key(), pmId,
                                                      parser.value(QStringLiteral("out"))))
        return context.fail(*problem);
    return ExitSuccess;
}

int runImport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The Markdown file to import."));
    parser.addOption({QStringLiteral("quarter"),
                      Text::tr("The quarter of goals the file gives none, like 2025-Q1."),
                      QStringLiteral("YYYY-Qn")});
    int status = ExitSuccess;
    if (!context.parse(parser, importSynopsis, &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usage(Text::tr("goals import-md takes one FILE"));
    QString quarter;
    if (parser.isSet(QStringLiteral("quarter"))) {
        const std::optional<Quarter> given =
            Quarter::parse(parser.value(QStringLiteral("quarter")));
        if (!given)
            return context.usage(Text::tr("--quarter wants a quarter like 2025-Q1, not \"%1\"")
                                     .arg(echo(parser.value(QStringLiteral("quarter")))));
        quarter = given->key();
    }
    const QString path = files.first();
    // A file that cannot be read is reported before the workspace is opened (or created).
    const Result<QString> text = GoalContext::readMarkdownFile(path);
    if (!text)
        return context.fail(text.problem());
    auto opened = context.openWorkspace();
    if (!opened)
        return context.fail(opened.problem());
    WorkspaceSession &session = *opened.value();
    GoalContext::MarkdownImport plan = GoalContext::planMarkdown(session, text.value(), quarter);
    if (!plan.reading.ok())
        return context.fail(plan.reading.problem(path));
    const int read = int(plan.reading.goals.size());
    if (plan.import.change.isEmpty()) {
        context.out << (read == 0
                            ? Text::tr("%1 has no goals; nothing to import.\n").arg(path)
                            : Text::tr(
                                  "%n goal(s) read; the workspace already has them as they are.\n",
                                  nullptr, int(read)));
        return ExitSuccess;
    }
    BulkWrite bulk(session.workspace(), {QStringLiteral("goal"), QStringLiteral("key_result")});
    if (!bulk.isOpen())
        return context.fail(*bulk.problem());
    if (Outcome problem = session.goals().apply(plan.import.change.after))
        return context.fail(*problem);
    if (Outcome problem = bulk.commit())
        return context.fail(*problem);
    context.out << Text::tr("%n goal(s) read: %1 added, %2 updated.\n", nullptr, int(read))
                       .arg(plan.import.counts.added)
                       .arg(plan.import.counts.updated);
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> goalCommands()
{
    return {{{QStringLiteral("goals"), QStringLiteral("export-md")},
             QStringLiteral("goals export-md [--quarter YYYY-Qn] [--pm NAME] [--out FILE]"),
             Text::tr("A quarter's goals as Markdown in the handbook's shape."),
             false,
             runExport},
            {{QStringLiteral("goals"), QStringLiteral("import-md")},
             importSynopsis,
             Text::tr("Goals from Markdown: updates goals of the same title, adds the others."),
             false,
             runImport}};
}
