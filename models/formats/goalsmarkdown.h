#pragma once

#include "core/problem.h"
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
// Reading also takes the handbook's own looser shape ("Goal 2: Title -> Annika, with support
// from Anna" followed by plain bullets, which are key results).
namespace GoalsMarkdown {

// How ids are written: names of PMs, teams and products.
struct Names {
    std::function<QString(const QString &pmId)> pm;
    std::function<QString(const QString &teamId)> team;
    std::function<QString(const QString &productId)> product; // null: the id itself
};

// How names are read back into ids; a name that resolves to nothing is an error.
struct Resolver {
    std::function<std::optional<QString>(const QString &name)> pm;
    std::function<std::optional<QString>(const QString &name)> team;
    std::function<std::optional<QString>(const QString &name)> product; // null: the id itself
};

// Writes the goals of one quarter, in the order given, numbered from 1.
QString write(const QString &quarter, const QList<Goal> &goals, const Names &names);

// Reads goals from Markdown, each goal in file order with its quarter. The goals carry no
// ids yet. Every problem is line-numbered ("line 7: …", naming `file`); any problem means
// no goals.
Result<QList<Goal>> read(const QString &text, const QString &file, const Resolver &resolver);

// The change that brings read goals into a workspace that holds `existing`: a goal of the
// same quarter and title (and owner, when titles repeat; then team) is updated in place,
// keeping its id, rank and key results' ids where their text is unchanged; any other goal is
// added at the end of its quarter. Each existing goal is updated by one goal of the file at
// most, so goals that share a title and owner pair off in board order. Goals the file does
// not mention are left alone. Empty if nothing changes.
GoalChange importChange(const QList<Goal> &read, const QList<Goal> &existing);

} // namespace GoalsMarkdown
