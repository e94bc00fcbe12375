#pragma once

#include "weektext.h"

// The week plan as sections of lines, in the order a reader takes it in: what the pane's
// page, `cadence week` and the Markdown export (and so the printout) all lay out, each in its
// own way (links, indentation, list marks).
struct OutlineLine {
    enum class Kind { Item, Label, Note };
    // Attention: needs doing first (red on screen); Free: time to book (green).
    enum class Tone { Plain, Attention, Free };
    Kind kind = Kind::Item; // a list item, a label over the items below it, a plain remark
    QString text;
    int depth = 0;               // items under an item (a review's moved metrics)
    std::optional<bool> checked; // checklist items: ticked or not
    RecordRef ref;               // what the line is about, if a record
    Tone tone = Tone::Plain;
    QString lead; // a column before the text: an agenda entry's time

    // "10:00–10:30  User interview: …": the lead and the text as one line.
    QString fullText() const { return lead.isEmpty() ? text : lead + QStringLiteral("  ") + text; }
};

struct OutlineSection {
    WeekText::Section section;
    QString heading;
    QList<OutlineLine> lines;
    int hidden = 0; // items left out by a limit
};

namespace WeekOutline {

// Every section of the plan. With a limit, each list stops after that many items and says
// how many more there are (the page on screen); without, nothing is left out (exports).
QList<OutlineSection> of(const WeekPlan &plan, int limit = 0);

} // namespace WeekOutline
