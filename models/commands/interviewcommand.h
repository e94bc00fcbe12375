#pragma once

#include "changecommand.h"
#include "interviews/interviewrepository.h"
#include "interviews/interviewtypes.h"

// A change of interviews, undoable. Sequence and stamps are the repository's: saving raises
// them past what is stored.
using InterviewCommand = ChangeCommand<InterviewRepository, InterviewChange>;
