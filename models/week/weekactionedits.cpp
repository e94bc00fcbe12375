#include "weekactionedits.h"

#include "core/ids.h"

#include <QCoreApplication>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeekActionEdits)
};

bool isStored(const WeekAction &action)
{
    return action.meta.hlc != 0 && !action.meta.deleted;
}

// The record as it was before the edit: a tombstone for one never stored, so that undo takes
// the new record away again.
WeekAction before(const WeekAction &action)
{
    if (isStored(action))
        return action;
    WeekAction gone = action;
    gone.meta.deleted = true;
    return gone;
}

WeekActionChange change(const QString &text, const WeekAction &original, WeekAction edited)
{
    edited.meta.deleted = false;
    if (isStored(original) && edited == original)
        return {};
    if (edited.state != ActionState::Snoozed)
        edited.snoozedUntil = {};
    if (edited.state != ActionState::Done)
        edited.doneOn = {};
    return {text.arg(edited.text), {before(original)}, {edited}};
}

} // namespace

namespace WeekActionEdits {

WeekActionChange setDone(const WeekAction &action, bool done, QDate day)
{
    if ((action.state == ActionState::Done) == done)
        return {};
    WeekAction edited = action;
    edited.state = done ? ActionState::Done : ActionState::Open;
    edited.doneOn = done ? day : QDate();
    return change(done ? Text::tr("Tick off: %1") : Text::tr("Open again: %1"), action, edited);
}

WeekActionChange snooze(const WeekAction &action, QDate until, QDate today)
{
    if (!until.isValid() || until <= today)
        return {};
    WeekAction edited = action;
    edited.state = ActionState::Snoozed;
    edited.snoozedUntil = until;
    return change(Text::tr("Snooze: %1"), action, edited);
}

WeekActionChange dismiss(const WeekAction &action)
{
    if (action.isCustom()) {
        if (!isStored(action))
            return {};
        WeekAction removed = action;
        removed.meta.deleted = true;
        return {Text::tr("Remove: %1").arg(action.text), {action}, {removed}};
    }
    WeekAction edited = action;
    edited.state = ActionState::Dismissed;
    return change(Text::tr("Dismiss: %1"), action, edited);
}

WeekActionChange restore(const WeekAction &action)
{
    if (action.state != ActionState::Snoozed && action.state != ActionState::Dismissed)
        return {};
    WeekAction edited = action;
    edited.state = ActionState::Open;
    return change(Text::tr("Bring back: %1"), action, edited);
}

WeekActionChange add(const QString &pmId, const QString &text, QDate day)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty() || !day.isValid())
        return {};
    WeekAction action;
    action.meta.id = Ids::random();
    action.pmId = pmId;
    action.rule = WeekRule::Custom;
    action.text = trimmed;
    action.day = day;
    return change(Text::tr("Add: %1"), action, action);
}

} // namespace WeekActionEdits
