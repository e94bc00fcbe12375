#pragma once

#include "core/problem.h"
#include "week/weekplan.h"

// A week plan as Markdown, to paste into a team channel or a pull request, and what File ▸
// Print lays out:
//
//   # Annika Schmid · week of 16–22 November 2026 (2026-W47)
//
//   ## Suggested actions
//   - [ ] Run the November growth review for Experiments — overdue since Mon 2 Nov
//   - [x] Write the scorecard for Jane Doe — interviewed Tue 10 Nov (done Mon 16 Nov)
//
//   ## Agenda
//   **Mon 16 Nov (today)**
//   - 10:00–10:30  User interview: Dana (Acme) · Feature Flags
//
// and so on for the habit, reviews, goals, hiring and the team-wide picture.
namespace WeekMarkdown {

QString write(const WeekPlan &plan);
// Writes the plan to `path`, whole or not at all.
Outcome save(const WeekPlan &plan, const QString &path);

} // namespace WeekMarkdown
