#pragma once

#include "changecommand.h"
#include "week/weekaction.h"
#include "week/weekactionrepository.h"

// A change of the week's actions (done, snoozed, dismissed), undoable.
using WeekActionCommand = ChangeCommand<WeekActionRepository, WeekActionChange>;
