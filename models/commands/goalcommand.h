#pragma once

#include "changecommand.h"
#include "goals/goaledits.h"
#include "goals/goalrepository.h"

// A change of goals and their key results, undoable.
using GoalCommand = ChangeCommand<GoalRepository, GoalChange>;
