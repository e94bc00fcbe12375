#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// How many records an import adds, changes, or finds already there as they are.
struct ImportCounts {
    int added = 0;
    int updated = 0;
    int unchanged = 0;

    bool changesAnything() const { return added > 0 || updated > 0; }
    int total() const { return added + updated + unchanged; }
    // "2 added, 1 updated, 5 unchanged"
    QString summary() const
    {
        return QCoreApplication::translate("ImportCounts", "%1 added, %2 updated, %3 unchanged")
            .arg(added)
            .arg(updated)
            .arg(unchanged);
    }
};

// What an import does with one record it read.
enum class ImportAction { Add, Update, Keep };

// The one comparison of every importer (iCalendar, goals from Markdown, metric points): each
// record read is compared with the one stored under the same identity. A new one is added
// (a tombstone of it goes before, so that undo removes it again), a different one updates the
// stored one (which goes before), and one already stored as it is stays out of the change,
// not even stamped again, so that importing a file twice changes nothing the second time.
// A tombstone is never "the same": importing brings a deleted record back.
//
// Record is any record with a RecordMeta `meta`. What is kept can be less than the whole
// change, for imports too large to hold (a million metric points, written as they are read).
template<typename Record> class ImportDiff
{
public:
    enum class Keep { Change, BeforeOnly, Counts };

    explicit ImportDiff(Keep keep = Keep::Change)
        : m_keep(keep)
    {}

    // `stored`: the record with incoming's identity (tombstones too), or null when there is
    // none. `same`: whether it already says what incoming says. Add and Update are to be
    // written; Keep is left alone.
    ImportAction compare(Record incoming, const Record *stored, bool same)
    {
        ImportAction action = ImportAction::Update;
        if (!stored) {
            action = ImportAction::Add;
            ++m_counts.added;
            if (m_keep != Keep::Counts) {
                Record tombstone = incoming;
                tombstone.meta.deleted = true;
                before.append(std::move(tombstone));
            }
        } else if (same && !stored->meta.deleted) {
            ++m_counts.unchanged;
            return ImportAction::Keep;
        } else {
            ++m_counts.updated;
            if (m_keep != Keep::Counts)
                before.append(*stored);
        }
        if (m_keep == Keep::Change)
            after.append(std::move(incoming));
        return action;
    }

    const ImportCounts &counts() const { return m_counts; }
    bool isEmpty() const { return !m_counts.changesAnything(); }

    // Undo saves `before`, redo `after` (as much as Keep asked for).
    QList<Record> before;
    QList<Record> after;

private:
    Keep m_keep;
    ImportCounts m_counts;
};
