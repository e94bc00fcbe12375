#pragma once

#include "changecommand.h"
#include "coverage/coverageedits.h"
#include "coverage/coveragerepository.h"

// A change of PMs, teams and assignments, undoable.
using CoverageCommand = ChangeCommand<CoverageRepository, CoverageChange>;
