#pragma once

#include "problem.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The problems an importer found in one file, grouped: each distinct problem once, with the
// lines it occurs on summarised ("lines 2–201, 305"), in the order of their first lines. A file
// bad on every one of a million lines gives a handful of lines to read, and memory stays
// bounded however many lines are bad: a problem keeps a few line ranges and counts the rest,
// and past MaxDistinct distinct problems the further ones are only counted.
class ProblemList
{
public:
    static constexpr int MaxDistinct = 1000;
    // What a terminal or a dialog shows before "and N more" (the rest on demand).
    static constexpr int Shown = 19;

    // A problem on a line of the file (1-based); line 0 is the file as a whole.
    void add(int line, const QString &what);

    bool isEmpty() const { return m_occurrences == 0; }
    // Distinct problems; past MaxDistinct each further occurrence counts as one.
    qint64 distinct() const { return m_groups.size() + m_overflow; }
    // Every distinct problem as one line: "lines 2–4, 9: what", "line 7: what", or "what".
    QStringList lines() const;
    // The problems of one line, each as "line 7: what" (to mark a row in a preview).
    QStringList on(int line) const;
    // The list as one Problem naming `file`, ending with `conclusion` ("nothing was
    // imported"): a single problem is its `what`; several are its details, counted in `what`.
    Problem problem(const QString &file, const QString &conclusion) const;

    // "line 7", "lines 2–201, 305 and 12 more" (en dashes, as the messages show them).
    static QString lineSummary(const QList<std::pair<int, int>> &ranges, qint64 moreLines);

private:
    struct Group {
        QString what;
        int first = 0;                     // the first line it is on
        QList<std::pair<int, int>> ranges; // the first few, each from–to
        qint64 moreLines = 0;              // lines past those
    };
    static constexpr int MaxRanges = 4;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_byText;
    qint64 m_occurrences = 0;
    qint64 m_overflow = 0; // occurrences of problems past MaxDistinct
};
