#pragma once

#include <QList>
#include <QString>

#include <compare>
#include <optional>

// When a unit of a record last changed, and where: a hybrid-logical-clock stamp and the
// replica that made it. Stamps order by time, then by replica id, so that every workspace
// picks the same winner of two edits made at the same instant.
struct Stamp {
    qint64 hlc = 0;
    QString origin;

    auto operator<=>(const Stamp &other) const
    {
        if (const auto order = hlc <=> other.hlc; order != 0)
            return order;
        return origin.compare(other.origin) <=> 0;
    }
    bool operator==(const Stamp &other) const = default;
};

// The stamps of every unit of one record (see RecordTable: its units, then the tombstone).
// Stored in the record's `stamps` column as the units whose stamp differs from the record's
// own (hlc, origin), which is the stamp of its last change: "hlc origin 0,3;hlc origin 5".
// A record written once, as nearly all are, stores NULL.
class RecordStamps
{
public:
    RecordStamps() = default;
    RecordStamps(int unitCount, const Stamp &everyUnit);
    // Nothing for text this program did not write (a unit beyond the table's, a bad number).
    static std::optional<RecordStamps> decode(const QString &text, int unitCount,
                                              const Stamp &record);

    int size() const { return int(m_units.size()); }
    const Stamp &operator[](int unit) const { return m_units[unit]; }
    Stamp &operator[](int unit) { return m_units[unit]; }
    // The greatest stamp: the record's own (hlc, origin).
    Stamp latest() const;
    // The text for the stamps column, given the record's own stamp: null when every unit has it.
    QString encode(const Stamp &record) const;
    bool operator==(const RecordStamps &) const = default;

private:
    QList<Stamp> m_units;
};
