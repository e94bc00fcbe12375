#include "weekoutline.h"

#include <QCoreApplication>

namespace {

using Kind = OutlineLine::Kind;
using Tone = OutlineLine::Tone;
using WeekText::Section;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(WeekOutline)
};

// Adds lines to a section, keeping count of the items a limit leaves out.
class Writer
{
public:
    Writer(OutlineSection &section, int limit)
        : m_section(section)
        , m_limit(limit)
    {}

    // A top-level item; false if the limit left it out (and its sub-items with it). The line
    // is made only when it is let in: on everyone's page of sample --scale 20, formatting the
    // 3,000 lines a limit of 8 leaves out was most of the page's time (bench_week, everyone's
    // switch: the page 6.3 -> 3.2 ms of processor time).
    template<typename MakeLine> bool item(MakeLine makeLine)
    {
        if (m_limit > 0 && m_shown >= m_limit) {
            ++m_section.hidden;
            m_skipping = true;
            return false;
        }
        ++m_shown;
        m_skipping = false;
        m_section.lines.append(makeLine());
        return true;
    }
    void sub(const QString &text, const RecordRef &ref = {})
    {
        if (!m_skipping)
            m_section.lines.append({Kind::Item, text, 1, std::nullopt, ref, Tone::Plain, {}});
    }
    void label(const QString &text)
    {
        m_section.lines.append({Kind::Label, text, 0, std::nullopt, {}, Tone::Plain, {}});
        m_shown = 0; // the limit counts per list
        m_skipping = false;
    }
    void note(const QString &text)
    {
        m_section.lines.append({Kind::Note, text, 0, std::nullopt, {}, Tone::Plain, {}});
    }

private:
    OutlineSection &m_section;
    int m_limit;
    int m_shown = 0;
    bool m_skipping = false;
};

OutlineSection actions(const WeekPlan &plan, int limit)
{
    OutlineSection section{Section::Actions, WeekText::heading(Section::Actions), {}, 0};
    Writer out(section, limit);
    for (const SuggestedAction &action : plan.actions) {
        if (!action.isVisible())
            continue;
        out.item([&] {
            QString text = WeekText::actionLine(action);
            if (action.state == ActionState::Done)
                text += Text::tr(" (%1)").arg(WeekText::stateNote(action));
            return OutlineLine{Kind::Item,     text,        0, action.state == ActionState::Done,
                               action.subject, Tone::Plain, {}};
        });
    }
    const int snoozed = plan.count(ActionState::Snoozed);
    const int dismissed = plan.count(ActionState::Dismissed);
    if (section.lines.isEmpty() && snoozed + dismissed == 0)
        out.note(WeekText::nothing(Section::Actions, plan));
    if (snoozed + dismissed > 0)
        out.note(
            Text::tr("Put aside: %1, %2.")
                .arg(Text::tr("%1 snoozed").arg(snoozed), Text::tr("%1 dismissed").arg(dismissed)));
    return section;
}

OutlineSection agenda(const WeekPlan &plan, int limit)
{
    OutlineSection section{Section::Agenda, WeekText::heading(Section::Agenda), {}, 0};
    Writer out(section, limit);
    bool any = false;
    for (const AgendaDay &day : plan.days) {
        const bool today = day.day == plan.today;
        QString heading = WeekText::shortDate(day.day);
        if (today)
            heading = Text::tr("%1 (today)").arg(heading);
        if (day.entries.isEmpty()) {
            // Days off without interviews say nothing; a working day says it is empty.
            if (day.workday)
                out.label(Text::tr("%1: no interviews").arg(heading));
            continue;
        }
        out.label(heading);
        for (const AgendaSlot &slot : day.entries) {
            any = any || !slot.isFree();
            const RecordRef ref =
                slot.isFree()
                    ? RecordRef{QStringLiteral("interview"), {}, day.day}
                    : RecordRef{QStringLiteral("interview"), slot.interview->meta.id, day.day};
            out.item([&] {
                return OutlineLine{Kind::Item,
                                   WeekText::slotText(slot, plan),
                                   0,
                                   std::nullopt,
                                   ref,
                                   slot.isFree() ? Tone::Free : Tone::Plain,
                                   WeekText::slotTime(slot)};
            });
        }
    }
    if (!any)
        out.note(WeekText::nothing(Section::Agenda, plan));
    return section;
}

OutlineSection habit(const WeekPlan &plan, int limit)
{
    OutlineSection section{Section::Habit, WeekText::heading(Section::Habit), {}, 0};
    Writer out(section, limit);
    out.note(WeekText::habitLine(plan));
    if (plan.isEveryone())
        return section;
    if (!plan.habit.coversTeams) {
        out.note(
            Text::tr("%1 covers no team: any user interview counts.").arg(WeekText::whose(plan)));
        return section;
    }
    out.label(Text::tr("Teams, longest without a user interview first"));
    for (const TeamRecency &team : plan.habit.teams)
        out.item([&] {
            return OutlineLine{Kind::Item,
                               WeekText::recencyLine(team),
                               0,
                               std::nullopt,
                               RecordRef{QStringLiteral("team"), team.team.meta.id, {}},
                               team.weeksSince < 0 || team.weeksSince >= 4 ? Tone::Attention
                                                                           : Tone::Plain,
                               {}};
        });
    return section;
}

OutlineSection reviews(const WeekPlan &plan, int limit)
{
    OutlineSection section{Section::Reviews, WeekText::heading(Section::Reviews), {}, 0};
    Writer out(section, limit);
    for (const ReviewItem &item : plan.reviews) {
        const RecordRef ref{QStringLiteral("product"), item.review.product.meta.id,
                            item.review.month};
        if (out.item([&] {
                return OutlineLine{
                    Kind::Item,
                    WeekText::reviewLine(item, plan),
                    0,
                    std::nullopt,
                    ref,
                    item.review.status == ReviewStatus::Overdue ? Tone::Attention : Tone::Plain,
                    {}};
            }))
            for (const BandMove &move : item.moves)
                out.sub(WeekText::moveLine(move), ref);
    }
    if (plan.reviews.isEmpty())
        out.note(WeekText::nothing(Section::Reviews, plan));
    return section;
}

OutlineSection goals(const WeekPlan &plan, int limit)
{
    OutlineSection section{
        Section::Goals,
        Text::tr("%1 (%2)").arg(WeekText::heading(Section::Goals), plan.quarter.key()),
        {},
        0};
    Writer out(section, limit);
    for (const GoalItem &item : plan.goals) {
        const RecordRef ref{QStringLiteral("goal"), item.goal.meta.id, {}};
        if (out.item([&] {
                return OutlineLine{Kind::Item, WeekText::goalLine(item, plan),
                                   0,          std::nullopt,
                                   ref,        item.isAtRisk() ? Tone::Attention : Tone::Plain,
                                   {}};
            }))
            for (const OffTrackResult &result : item.offTrack)
                out.sub(WeekText::offTrackLine(result), ref);
    }
    if (plan.goals.isEmpty())
        out.note(WeekText::nothing(Section::Goals, plan));
    return section;
}

OutlineSection hiring(const WeekPlan &plan, int limit)
{
    OutlineSection section{Section::Hiring, WeekText::heading(Section::Hiring), {}, 0};
    Writer out(section, limit);
    auto ref = [](const Interview &interview) {
        return RecordRef{QStringLiteral("interview"), interview.meta.id, interview.localDate()};
    };
    if (!plan.candidateInterviews.isEmpty()) {
        out.label(Text::tr("Candidate interviews this week"));
        for (const Interview &interview : plan.candidateInterviews)
            out.item([&] {
                return OutlineLine{Kind::Item,
                                   WeekText::candidateLine(interview, plan),
                                   0,
                                   std::nullopt,
                                   ref(interview),
                                   Tone::Plain,
                                   {}};
            });
    }
    if (!plan.missingScorecards.isEmpty()) {
        out.label(Text::tr("Scorecards still missing"));
        for (const Interview &interview : plan.missingScorecards)
            out.item([&] {
                return OutlineLine{Kind::Item,
                                   WeekText::scorecardLine(interview, plan),
                                   0,
                                   std::nullopt,
                                   ref(interview),
                                   Tone::Attention,
                                   {}};
            });
    }
    if (section.lines.isEmpty())
        out.note(WeekText::nothing(Section::Hiring, plan));
    return section;
}

OutlineSection team(const WeekPlan &plan, int limit)
{
    OutlineSection section{Section::Team, WeekText::heading(Section::Team), {}, 0};
    Writer out(section, limit);
    if (!plan.uncoveredTeams.isEmpty()) {
        out.label(Text::tr("Teams with no PM"));
        for (const TeamCoverage &coverage : plan.uncoveredTeams)
            out.item([&] {
                return OutlineLine{Kind::Item,
                                   WeekText::uncoveredLine(coverage, plan),
                                   0,
                                   std::nullopt,
                                   RecordRef{QStringLiteral("team"), coverage.team.meta.id, {}},
                                   Tone::Attention,
                                   {}};
            });
    }
    if (!plan.overloadedPms.isEmpty()) {
        out.label(Text::tr("PMs above the limit of %n team(s)", nullptr, plan.policy.pmTeamLimit));
        for (const PmLoad &load : plan.overloadedPms)
            out.item([&] {
                return OutlineLine{Kind::Item,
                                   WeekText::overloadLine(load, plan),
                                   0,
                                   std::nullopt,
                                   RecordRef{QStringLiteral("pm"), load.pm.meta.id, {}},
                                   Tone::Plain,
                                   {}};
            });
    }
    if (!plan.pmsBehind.isEmpty()) {
        out.label(Text::tr("PMs behind on user interviews"));
        for (const PmHabit &pm : plan.pmsBehind)
            out.item([&] {
                return OutlineLine{Kind::Item,
                                   WeekText::behindLine(pm, plan),
                                   0,
                                   std::nullopt,
                                   RecordRef{QStringLiteral("pm"), pm.pm.meta.id, {}},
                                   Tone::Plain,
                                   {}};
            });
    }
    if (section.lines.isEmpty())
        out.note(WeekText::nothing(Section::Team, plan));
    return section;
}

} // namespace

namespace WeekOutline {

QList<OutlineSection> of(const WeekPlan &plan, int limit)
{
    return {actions(plan, limit), agenda(plan, limit), habit(plan, limit), reviews(plan, limit),
            goals(plan, limit),   hiring(plan, limit), team(plan, limit)};
}

} // namespace WeekOutline
