#pragma once

#include "core/importdiff.h"
#include "core/problem.h"
#include "core/problemlist.h"
#include "goals/goaledits.h"
#include "goals/goaltypes.h"

#include <functional>
#include <optional>

// Goals as Markdown in the handbook's shape, for a public repository:
//
//   # Goals 2025-Q1
//
//   Goal 1: Hire a new PM -> Annika
//   - Kind: side project
//   - Status: on track
//   - Team: Surveys
//   - Support: Anna
//   - Findings: https://github.com/org/repo/pull/7
//   - Description:
//     Several lines, each indented by two spaces.
//   - Key results:
//     - [x] Hire a third PM
//     - [ ] Activation at 40% (metric: Product analytics / activation, baseline 30, target 40)
//
// Reading also takes the handbook page as it is: the quarter from a line such as "In Q1 2025,
// those are:" or a heading "Q1 2025", goals as "Goal 2: Title -> Annika, with support from
// Anna" followed by plain bullets (its key results), owners by first name, and the text
// around the goals skipped. A goal without a kind takes the one the text before its list
// names ("…a couple of side projects each quarter…").
namespace GoalsMarkdown {

// How ids are written: names of PMs, teams and products.
struct Names {
    std::function<QString(const QString &pmId)> pm;
    std::function<QString(const QString &teamId)> team;
    std::function<QString(const QString &productId)> product; // null: the id itself
};

// How names are read back into ids; a name that resolves to nothing is an error. A PM's
// problem (unknown, or a first name several PMs share) is given with its candidates.
struct Resolver {
    std::function<Result<QString>(const QString &name)> pm;
    std::function<std::optional<QString>(const QString &name)> team;
    std::function<std::optional<QString>(const QString &name)> product; // null: the id itself
};

// Writes the goals of one quarter, in the order given, numbered from 1.
QString write(const QString &quarter, const QList<Goal> &goals, const Names &names);

// What a text holds: its goals in file order, each with its quarter and no ids yet, or the
// problems that stop it (any problem means no goals), each with its line.
struct Reading {
    QList<Goal> goals;
    ProblemList problems;
    // Some goal has no quarter in the text: it takes the one given to read(), and without one
    // it is refused (--quarter on the command line; the pane asks).
    bool undated = false;

    bool ok() const { return problems.isEmpty(); }
    // The problems as one Problem naming `file`; nothing is imported.
    Problem problem(const QString &file) const;
};
// `quarter` ("2025-Q1", or empty) is for the goals of a text that names none above them.
Reading read(const QString &text, const Resolver &resolver, const QString &quarter = {});

// What importing read goals into a workspace that holds `existing` does: a goal of the same
// quarter and title (and owner, when titles repeat; then team) is updated in place, keeping
// its id, rank and key results' ids where their text is unchanged; any other goal is added at
// the end of its quarter. Each existing goal is updated by one goal of the file at most, so
// goals that share a title and owner pair off in board order. Goals the file does not mention
// are left alone. The change is empty if nothing changes.
struct Import {
    GoalChange change;
    ImportCounts counts;
    QList<ImportAction> actions; // what happens to each goal read, in its order
};
Import importChange(const QList<Goal> &read, const QList<Goal> &existing);

} // namespace GoalsMarkdown
