#pragma once

#include <QString>
#include <QtGlobal>

// The columns every mergeable record carries (see the workspace schema): who changed it last
// (origin, a replica id), when (hlc, a hybrid logical clock stamp), whether it is a tombstone
// and whether `cadence sample` made it. Repositories fill hlc and origin when they save.
struct RecordMeta {
    QString id;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    bool sample = false;

    bool operator==(const RecordMeta &) const = default;
};

// A record as its removal is saved (and as undo saves a record an edit created): the same
// record, marked a tombstone, so that the removal merges like any other change.
template<typename Record> Record tombstoneOf(Record record)
{
    record.meta.deleted = true;
    return record;
}
