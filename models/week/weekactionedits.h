#pragma once

#include "weekaction.h"

// The rules of editing the week's checklist, free of storage so that they can be tested alone.
// Each takes the item's record as the plan has it: the stored one, or a new one (hlc 0) with
// the suggestion's derived id, which undo then leaves behind as a tombstone.
namespace WeekActionEdits {

// Ticks an item off on `day`, or opens it again. Empty when nothing would change.
WeekActionChange setDone(const WeekAction &action, bool done, QDate day);
// Hides an item until `until` (a day after `today`), when it comes back open.
WeekActionChange snooze(const WeekAction &action, QDate until, QDate today);
// Takes an item off the plan for its period; an added item is removed.
WeekActionChange dismiss(const WeekAction &action);
// Brings a snoozed or dismissed item back.
WeekActionChange restore(const WeekAction &action);
// A new item of the user's own for the week of `day`; its text trimmed, empty text no item.
WeekActionChange add(const QString &pmId, const QString &text, QDate day);

} // namespace WeekActionEdits
