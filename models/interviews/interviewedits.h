#pragma once

#include "interviewtypes.h"

// The rules of editing interviews, free of storage so that they can be tested alone. Each
// returns the records before and after one user edit (empty when nothing would change).
namespace InterviewEdits {

// A new interview gets its id here, so that undo can leave a tombstone with the same id.
InterviewChange create(Interview interview);
InterviewChange update(const Interview &before, const Interview &after);
// Keeps the duration; a move to the same time is no change.
InterviewChange move(const Interview &interview, const QDateTime &newStart);
InterviewChange resize(const Interview &interview, int minutes);
InterviewChange setStatus(const Interview &interview, InterviewStatus status);
InterviewChange remove(const Interview &interview);

} // namespace InterviewEdits
