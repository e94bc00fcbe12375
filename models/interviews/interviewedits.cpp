#include "interviewedits.h"

#include "core/ids.h"

#include <QCoreApplication>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(InterviewEdits)
};

InterviewChange change(const QString &text, const Interview &before, const Interview &after)
{
    if (before.sameContent(after))
        return {};
    return {text, {{before}}, {{after}}};
}

} // namespace

namespace InterviewEdits {

InterviewChange create(Interview interview)
{
    if (interview.meta.id.isEmpty())
        interview.meta.id = Ids::random();
    interview.meta.deleted = false;
    return {Text::tr("Add %1").arg(interview.title()), {{tombstoneOf(interview)}}, {{interview}}};
}

InterviewChange update(const Interview &before, const Interview &after)
{
    return change(Text::tr("Edit %1").arg(after.title()), before, after);
}

InterviewChange move(const Interview &interview, const QDateTime &newStart)
{
    Interview moved = interview;
    moved.start = newStart.toUTC();
    return change(Text::tr("Move %1").arg(interview.title()), interview, moved);
}

InterviewChange resize(const Interview &interview, int minutes)
{
    Interview resized = interview;
    resized.minutes = std::max(5, minutes);
    return change(Text::tr("Change the length of %1").arg(interview.title()), interview, resized);
}

InterviewChange setStatus(const Interview &interview, InterviewStatus status)
{
    Interview changed = interview;
    changed.status = status;
    return change(
        Text::tr("Mark %1 as %2").arg(interview.title(), interviewStatusLabel(status).toLower()),
        interview, changed);
}

InterviewChange remove(const Interview &interview)
{
    Interview removed = interview;
    removed.meta.deleted = true;
    return change(Text::tr("Delete %1").arg(interview.title()), interview, removed);
}

} // namespace InterviewEdits
