#include "commandgroups.h"

#include "core/hybridclock.h"
#include "sync/conflicts.h"
#include "sync/merge.h"
#include "sync/syncfolder.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

QString countsText(const Merge::Counts &counts)
{
    return Text::tr("%1 added, %2 updated, %3 deleted, %n conflict(s)", nullptr,
                    int(counts.conflicts))
        .arg(counts.added)
        .arg(counts.updated)
        .arg(counts.deleted);
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
        context.out << Text::tr(
            "%n value(s) lost to a concurrent edit are kept: 'cadence conflicts' "
            "lists them.\n",
            nullptr, int(conflicts));
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

int runSyncFolderSet(CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 Text::tr("The folder Syncthing, Dropbox or git keeps in step."));
    int status = ExitSuccess;
    if (!context.parse(parser, QStringLiteral("sync-folder set DIR"), &status))
        return status;
    const QStringList folders = parser.positionalArguments();
    if (folders.size() != 1)
        return context.usage(Text::tr("sync-folder set takes one DIR"));
    auto session = context.openWorkspace();
    if (!session)
        return context.fail(session.problem());
    if (Outcome problem = SyncFolder::configure(session.value()->workspace(), folders.first()))
        return context.fail(*problem);
    context.out << Text::tr("%1 syncs through %2 ('cadence sync' syncs now)\n")
                       .arg(session.value()->path(),
                            QDir::toNativeSeparators(
                                SyncFolder::configured(session.value()->workspace())));
    return ExitSuccess;
}

int runSyncFolderShow(CliContext &context)
{
    QCommandLineParser parser;
    int status = ExitSuccess;
    if (!context.parse(parser, QStringLiteral("sync-folder show"), &status))
        return status;
    auto session = context.openWorkspace(Workspace::Access::ReadOnly);
    if (!session)
        return context.fail(session.problem());
    const QString folder = SyncFolder::configured(session.value()->workspace());
    if (folder.isEmpty())
        context.out << Text::tr("No sync folder ('cadence sync-folder set DIR' sets one).\n");
    else
        context.out << QDir::toNativeSeparators(folder) << '\n';
    return ExitSuccess;
}

int runSyncFolderUnset(CliContext &context)
{
    QCommandLineParser parser;
    int status = ExitSuccess;
    if (!context.parse(parser, QStringLiteral("sync-folder unset"), &status))
        return status;
    auto session = context.openWorkspace();
    if (!session)
        return context.fail(session.problem());
    if (Outcome problem = SyncFolder::configure(session.value()->workspace(), QString()))
        return context.fail(*problem);
    context.out << Text::tr("%1 no longer syncs through a folder (its export there stays).\n")
                       .arg(session.value()->path());
    return ExitSuccess;
}

int runSync(CliContext &context)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("format"), Text::tr("text (default) or json."), QStringLiteral("FORMAT")});
    int status = ExitSuccess;
    QString format;
    if (!context.parse(parser, QStringLiteral("sync [--format text|json]"), &status) ||
        !context.formatOption(parser, {QStringLiteral("text"), QStringLiteral("json")}, &format,
                              &status))
        return status;
    auto session = context.openWorkspace();
    if (!session)
        return context.fail(session.problem());
    Workspace &workspace = session.value()->workspace();
    const QString folder = SyncFolder::configured(workspace);
    if (folder.isEmpty())
        return context.fail(workspace.problem(
            Text::tr("has no sync folder; set one with 'cadence sync-folder set DIR'")));
    SyncFolder sync(workspace, folder, context.clock);
    SyncFolder::Pass pass = sync.sync();
    // A file that was just written may still be growing: it is given the time to settle, as
    // the window would, before this one-off sync gives up on it.
    for (int retry = 0; retry < 2 && !pass.failure && !pass.pending.isEmpty(); ++retry) {
        QThread::msleep(quint64(sync.settleMs()));
        SyncFolder::Pass again = sync.sync();
        again.merged = pass.merged + again.merged;
        again.problems = pass.problems + again.problems;
        again.exported = again.exported || pass.exported;
        pass = again;
    }

    if (format == QLatin1String("json")) {
        QJsonArray merged;
        for (const Merge::Report &report : pass.merged)
            merged.append(QJsonObject{{QStringLiteral("file"), report.file},
                                      {QStringLiteral("replica"), report.replicaId},
                                      {QStringLiteral("name"), report.replicaName},
                                      {QStringLiteral("total"), countsJson(report.total())}});
        QJsonArray problems;
        for (const Problem &problem : pass.problems)
            problems.append(QJsonObject{{QStringLiteral("file"), problem.file},
                                        {QStringLiteral("problem"), problem.what}});
        QJsonObject result{{QStringLiteral("folder"), folder},
                           {QStringLiteral("merged"), merged},
                           {QStringLiteral("inStepWith"), QJsonArray::fromStringList(sync.peers())},
                           {QStringLiteral("pending"), QJsonArray::fromStringList(pass.pending)},
                           {QStringLiteral("skipped"), problems},
                           {QStringLiteral("exported"), pass.exported}};
        if (pass.failure)
            result.insert(QStringLiteral("failure"), pass.failure->text());
        context.out << QJsonDocument(result).toJson();
        return pass.failure ? ExitBadInput : ExitSuccess;
    }
    for (const Problem &problem : pass.problems)
        context.err << "cadence: " << problem.text() << '\n';
    if (pass.failure)
        return context.fail(*pass.failure);
    for (const Merge::Report &report : pass.merged)
        context.out << Text::tr("Merged %1 (%2): %3\n")
                           .arg(QFileInfo(report.file).fileName(), report.replicaName,
                                countsText(report.total()));
    for (const QString &file : pass.pending)
        context.out << Text::tr("Still being written, left for the next sync: %1\n")
                           .arg(QFileInfo(file).fileName());
    if (pass.exported)
        context.out << Text::tr("Exported %1\n").arg(SyncFolder::exportName(workspace.replicaId()));
    const QStringList peers = sync.peers();
    context.out << (peers.isEmpty()
                        ? Text::tr("No teammate's export in %1 yet.\n").arg(folder)
                        : Text::tr("In step with %1.\n").arg(peers.join(QStringLiteral(", "))));
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
        {{QStringLiteral("sync-folder"), QStringLiteral("set")},
         QStringLiteral("sync-folder set DIR"),
         Text::tr("Syncs through a folder Syncthing, Dropbox or git keeps in step."),
         false,
         runSyncFolderSet},
        {{QStringLiteral("sync-folder"), QStringLiteral("show")},
         QStringLiteral("sync-folder show"),
         Text::tr("Prints the sync folder."),
         false,
         runSyncFolderShow},
        {{QStringLiteral("sync-folder"), QStringLiteral("unset")},
         QStringLiteral("sync-folder unset"),
         Text::tr("Stops syncing through a folder."),
         false,
         runSyncFolderUnset},
        {{QStringLiteral("sync")},
         QStringLiteral("sync [--format text|json]"),
         Text::tr(
             "Writes this workspace's export to the sync folder and merges the others' there."),
         false,
         runSync},
    };
}
