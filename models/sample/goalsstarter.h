#pragma once

#include "core/problem.h"

class WorkspaceSession;

// The PM team's Q1 2025 goals from the handbook (the "goals" of resources/starter/handbook.json).
namespace GoalsStarter {

QString goalId(const QString &key);
Outcome write(WorkspaceSession &session);

} // namespace GoalsStarter
