#pragma once

#include "weekplan.h"

// How the week plan reads, in one place for the pane, the command line, the Markdown export
// and the printout: each item of the plan as one line of text (links and layout are the
// renderers' business), and the reasons behind the suggestions.
namespace WeekText {

enum class Section { Actions, Agenda, Habit, Reviews, Goals, Hiring, Team };
QString heading(Section section);

// "Annika Schmid" or "Everyone", and "16–22 November 2026".
QString whose(const WeekPlan &plan);
QString weekRange(const WeekPlan &plan);
// "Annika Schmid · week of 16–22 November 2026 (2026-W47)": the title of exports.
QString title(const WeekPlan &plan);

QString shortDate(QDate day);      // "Mon 16 Nov"
QString monthName(QDate month);    // "November"
QString time(const QDateTime &at); // "10:00"

QString slotTime(const AgendaSlot &slot); // "10:00–10:30", "all day"
// "User interview: Dana (Acme) · Feature Flags · Anna Szell (planned)"; "free for 3 h".
QString slotText(const AgendaSlot &slot, const WeekPlan &plan);

// "1 done, 1 booked (target: 1 a week) · 4 weeks in a row · 2 short over 12 weeks".
QString habitLine(const WeekPlan &plan);
QString recencyDetail(const TeamRecency &team); // "users last interviewed 6 weeks ago"
QString recencyLine(const TeamRecency &team);   // "Feature Flags: users last …"
QString debt(int debt, int weeks);              // "3 interviews short over the past 12 weeks"

QString reviewLine(const ReviewItem &item, const WeekPlan &plan);
QString reviewDetail(const ReviewItem &item, const WeekPlan &plan);
QString moveLine(const BandMove &move); // "Activation rate: good → fair (24.1%)"

QString goalLine(const GoalItem &item, const WeekPlan &plan);
QString goalDetail(const GoalItem &item, const WeekPlan &plan); // "at risk; untouched for …"
QString untouched(int days);                                    // "untouched for 3 weeks"
QString offTrackLine(const OffTrackResult &result);
QString offTrackDetail(const OffTrackResult &result);

QString candidateLine(const Interview &interview, const WeekPlan &plan);
QString scorecardLine(const Interview &interview, const WeekPlan &plan);

QString uncoveredLine(const TeamCoverage &team, const WeekPlan &plan);
QString overloadLine(const PmLoad &load, const WeekPlan &plan);
QString behindLine(const PmHabit &pm, const WeekPlan &plan);

// "Book a user interview with a Feature Flags user — users last interviewed 6 weeks ago".
QString actionLine(const SuggestedAction &action);
QString stateNote(const SuggestedAction &action); // "", "done Tue 17 Nov", "snoozed until …"

// What each section says when it has nothing to list.
QString nothing(Section section, const WeekPlan &plan);

} // namespace WeekText
