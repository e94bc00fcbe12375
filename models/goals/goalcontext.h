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

// What importing Markdown would do: the goals as read (or the problems that stop it), and
// the one edit that brings them in (empty: the workspace has them already).
struct MarkdownImport {
    GoalsMarkdown::Reading reading;
    GoalsMarkdown::Import import;
};
// `quarter` is for goals the text gives no quarter (see GoalsMarkdown::read).
MarkdownImport planMarkdown(WorkspaceSession &session, const QString &text,
                            const QString &quarter = {});
// The text of a Markdown file; a file that cannot be read or is not UTF-8 is a Problem.
Result<QString> readMarkdownFile(const QString &path);

} // namespace GoalContext
