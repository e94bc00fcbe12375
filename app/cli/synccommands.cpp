#include "commandgroups.h"

#include "core/hybridclock.h"
#include "sync/conflicts.h"
#include "sync/merge.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

QString countsText(const Merge::Counts &counts)
{
    return Text::tr("%1 added, %2 updated, %3 deleted, %4 conflicts")
        .arg(counts.added)
        .arg(counts.updated)
        .arg(counts.deleted)
        .arg(counts.conflicts);
}

QJsonObject countsJson(const Merge::Counts &counts)
{
    return {{QStringLiteral("added"), counts.added},
            {QStringLiteral("updated"), counts.updated},
            {QStringLiteral("deleted"), counts.deleted},
            {QStringLiteral("conflicts"), counts.conflicts}};
}

int runExport(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The export to write."));
    int status = ExitSuccess;
    if (!context.parse(parser, QStringLiteral("export FILE"), &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return context.usage(Text::tr("export takes one FILE"));
    auto session = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!session)
        return context.fail(session.problem());
    if (Outcome problem = Merge::exportTo(session.value()->workspace(), files.first()))
        return context.fail(*problem);
    context.out << Text::tr("Exported %1 to %2\n").arg(session.value()->path(), files.first());
    return ExitSuccess;
}

int runMerge(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("dry-run"), Text::tr("Say what the merge would do; change nothing.")});
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text (default) or json."), QStringLiteral("FORMAT")});
    parser.addPositionalArgument(QStringLiteral("FILE..."),
                                 Text::tr("Workspace exports to merge."));
    int status = ExitSuccess;
    QString format;
    if (!context.parse(parser, QStringLiteral("merge [--dry-run] [--format text|json] FILE..."),
                       &status) ||
        !context.formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, &format,
                              &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return context.usage(Text::tr("merge needs at least one FILE"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto session = context.openWorkspace();
    if (!session)
        return context.fail(session.problem());
    auto merged = Merge::mergeFiles(session.value()->workspace(), files, context.clock,
                                    Merge::Options{dryRun, {}});
    if (!merged)
        return context.fail(merged.problem());

    if (format == QLatin1String("json")) {
        QJsonArray reports;
        for (const Merge::Report &report : merged.value()) {
            QJsonObject tables;
            for (const auto &[table, counts] : report.tables)
                tables.insert(table, countsJson(counts));
            reports.append(QJsonObject{{QStringLiteral("file"), report.file},
                                       {QStringLiteral("replica"), report.replicaId},
                                       {QStringLiteral("name"), report.replicaName},
                                       {QStringLiteral("tables"), tables},
                                       {QStringLiteral("total"), countsJson(report.total())},
                                       {QStringLiteral("futureStamps"), report.futureStamps}});
        }
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), dryRun},
                                                 {QStringLiteral("files"), reports}})
                           .toJson();
        return ExitSuccess;
    }
    int conflicts = 0;
    for (const Merge::Report &report : merged.value()) {
        context.out << (dryRun ? Text::tr("Merging %1 (%2) would change:\n")
                               : Text::tr("Merged %1 (%2):\n"))
                           .arg(report.file, report.replicaName);
        bool any = false;
        for (const auto &[table, counts] : report.tables) {
            if (counts.isEmpty())
                continue;
            any = true;
            context.out << "  " << table << ": " << countsText(counts) << '\n';
        }
        if (!any)
            context.out << Text::tr("  nothing: this workspace has everything it holds\n");
        conflicts += report.total().conflicts;
        if (report.futureStamps > 0)
            context.err << Text::tr("cadence: %1: %2 changes are stamped more than a day ahead of "
                                    "this machine's clock (is one of the clocks wrong?)\n")
                               .arg(report.file)
                               .arg(report.futureStamps);
    }
    if (conflicts > 0)
        context.out << Text::tr("%1 values lost to a concurrent edit are kept: 'cadence conflicts' "
                                "lists them.\n")
                           .arg(conflicts);
    return ExitSuccess;
}

int runConflicts(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text (default) or json."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("all"), Text::tr("Also the conflicts already resolved.")});
    int status = ExitSuccess;
    QString format;
    if (!context.parse(parser, QStringLiteral("conflicts [--all] [--format text|json]"), &status) ||
        !context.formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, &format,
                              &status))
        return status;
    auto session = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!session)
        return context.fail(session.problem());
    Workspace &workspace = session.value()->workspace();
    const bool all = parser.isSet(QStringLiteral("all"));
    QList<Conflicts::Described> list;
    for (const Conflicts::Conflict &conflict : Conflicts::all(workspace))
        if (all || conflict.state == Conflicts::State::Open)
            list.append(Conflicts::describe(workspace, conflict));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Conflicts::Described &item : std::as_const(list))
            array.append(QJsonObject{
                {QStringLiteral("id"), item.conflict.id},
                {QStringLiteral("table"), item.conflict.found.table},
                {QStringLiteral("record"), item.conflict.found.recordId},
                {QStringLiteral("label"), item.record},
                {QStringLiteral("field"), item.conflict.found.unit},
                {QStringLiteral("lost"), item.lost},
                {QStringLiteral("lostBy"), item.lostBy},
                {QStringLiteral("lostAt"), item.lostAt.toString(Qt::ISODate)},
                {QStringLiteral("current"), item.current},
                {QStringLiteral("currentBy"), item.currentBy},
                {QStringLiteral("currentAt"), item.currentAt.toString(Qt::ISODate)},
                {QStringLiteral("state"), Conflicts::stateKey(item.conflict.state)},
                {QStringLiteral("foundAt"), item.conflict.foundAt.toString(Qt::ISODate)}});
        context.out << QJsonDocument(array).toJson();
        return ExitSuccess;
    }
    if (list.isEmpty()) {
        context.out << (all ? Text::tr("No conflicts.\n") : Text::tr("No open conflicts.\n"));
        return ExitSuccess;
    }
    for (const Conflicts::Described &item : std::as_const(list)) {
        context.out << item.record << " — " << item.field;
        if (item.conflict.state != Conflicts::State::Open)
            context.out << " [" << Conflicts::stateKey(item.conflict.state) << ']';
        context.out << '\n'
                    << Text::tr("  now:  %1 (%2, %3)\n")
                           .arg(item.current, item.currentBy,
                                item.currentAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                    << Text::tr("  lost: %1 (%2, %3)\n")
                           .arg(item.lost, item.lostBy,
                                item.lostAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    return ExitSuccess;
}

} // namespace

std::vector<CliCommand> syncCommands()
{
    return {
        {{QStringLiteral("export")},
         QStringLiteral("export FILE"),
         Text::tr("A copy of the workspace for teammates to merge (replaces FILE atomically)."),
         false,
         runExport},
        {{QStringLiteral("merge")},
         QStringLiteral("merge [--dry-run] [--format text|json] FILE..."),
         Text::tr(
             "Merges teammates' exports field by field; values that lose are kept as conflicts."),
         false,
         runMerge},
        {{QStringLiteral("conflicts")},
         QStringLiteral("conflicts [--all] [--format text|json]"),
         Text::tr("Lists the values that lost a merge to a concurrent edit."),
         false,
         runConflicts},
    };
}
