#pragma once

#include "formats/goalsmarkdown.h"
#include "goalprogress.h"

class WorkspaceSession;

// What goals need from the other areas (not a workspace of their own): PM and team names from
// coverage, products and metric values from the metrics area. Shared by the pane and the command
// line.
namespace GoalContext {

GoalsMarkdown::Names markdownNames(WorkspaceSession &session);
GoalsMarkdown::Resolver markdownResolver(WorkspaceSession &session);
GoalProgress::MetricLookup metricLookup(WorkspaceSession &session);

// The goals of a quarter in board order, of one PM (owner or supporter) if pmId is not empty.
QList<Goal> quarterGoals(WorkspaceSession &session, const QString &quarter,
                         const QString &pmId = {});

// Writes a quarter's goals (of one PM, if pmId is not empty) as Markdown to `path`, whole or
// not at all.
Outcome exportMarkdown(WorkspaceSession &session, const QString &quarter, const QString &pmId,
                       const QString &path);

// What importing a Markdown file would change, as one edit (empty: the workspace has its goals
// already), plus how many goals the file holds. A file that cannot be read, is not UTF-8 or
// is malformed is a Problem naming it, with one line-numbered problem per line.
struct MarkdownImport {
    GoalChange change;
    int goalsRead = 0;
    int added = 0;
};
Result<MarkdownImport> importMarkdown(WorkspaceSession &session, const QString &path);

} // namespace GoalContext
