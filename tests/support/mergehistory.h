#pragma once

// Random edit histories of three replicas for the merge's property tests: the steps (edits,
// field edits, deletions, points, merges, clock skew), RapidCheck's generator of them, the
// replicas that play them, and the checks of what a merge promises. tst_mergeproperties
// merges the replicas directly, tst_syncfolder through a sync folder. The checks use
// RapidCheck's RC_ASSERT: call them inside rc::check.
#include "metrics/metricsrepository.h"
#include "sync/conflicts.h"
#include "sync/merge.h"
#include "sync/mergesource.h"
#include "testworkspace.h"
#include "workspace/recordstore.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <rapidcheck.h>

#include <algorithm>
#include <array>
#include <functional>
#include <set>
#include <tuple>

namespace MergeHistory {

constexpr int Replicas = 3;
constexpr int Records = 3; // goals every replica may edit

// One step of a history.
struct Step {
    enum Kind { Edit, Delete, Undelete, SetPoint, DeletePoint, Merge, Skew };
    int kind = Edit;
    int replica = 0;
    int other = 0;  // Merge: the replica merged from
    int record = 0; // a goal, or a point's day
    int unit = 0;   // Edit: title, description, status or rank
    int value = 0;
    int skew = 0; // Skew: an hour back, a day back, a day ahead, a year ahead
};

inline void showValue(const Step &step, std::ostream &os)
{
    static const char *kinds[] = {"Edit",        "Delete", "Undelete", "SetPoint",
                                  "DeletePoint", "Merge",  "Skew"};
    os << kinds[step.kind] << "(replica " << step.replica;
    switch (step.kind) {
    case Step::Edit:
        os << ", goal " << step.record << ", unit " << step.unit << " = " << step.value;
        break;
    case Step::Delete:
    case Step::Undelete:
        os << ", goal " << step.record;
        break;
    case Step::SetPoint:
        os << ", day " << step.record << " = " << step.value;
        break;
    case Step::DeletePoint:
        os << ", day " << step.record;
        break;
    case Step::Merge:
        os << " <- " << step.other;
        break;
    case Step::Skew:
        os << ", skew " << step.skew;
        break;
    }
    os << ')';
}

} // namespace MergeHistory

namespace rc {
template<> struct Arbitrary<MergeHistory::Step> {
    static Gen<MergeHistory::Step> arbitrary()
    {
        using namespace MergeHistory;
        return gen::apply(
            [](int kind, int replica, int other, int record, int unit, int value, int skew) {
                Step step{kind, replica, other, record, unit, value, skew};
                if (step.kind == Step::Merge && step.other == step.replica)
                    step.other = (step.other + 1) % Replicas;
                return step;
            },
            // Edits and merges most often; everything else now and then.
            gen::weightedElement<int>({{6, Step::Edit},
                                       {1, Step::Delete},
                                       {1, Step::Undelete},
                                       {2, Step::SetPoint},
                                       {1, Step::DeletePoint},
                                       {5, Step::Merge},
                                       {1, Step::Skew}}),
            gen::inRange(0, Replicas), gen::inRange(0, Replicas), gen::inRange(0, Records),
            gen::inRange(0, 4), gen::inRange(0, 3), gen::inRange(0, 4));
    }
};
} // namespace rc

namespace MergeHistory {

inline const QStringList GoalUnits = {QStringLiteral("title"), QStringLiteral("description"),
                                      QStringLiteral("status"), QStringLiteral("rank")};

inline SqlValue goalValue(int unit, int value)
{
    static const char *statuses[] = {"not_started", "on_track", "at_risk", "done"};
    switch (unit) {
    case 0:
        return SqlValue::of(QStringLiteral("title %1").arg(value));
    case 1:
        return SqlValue::of(QStringLiteral("description %1").arg(value));
    case 2:
        return SqlValue::of(QString::fromLatin1(statuses[value]));
    default:
        return SqlValue::ofReal(value + 0.5);
    }
}

inline QString goalId(int record)
{
    return QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(record);
}

// A value somebody wrote, and whether somebody later replaced it with it in front of them.
struct Written {
    QString table;
    QString recordId;
    QString unit;
    QString value; // as Conflicts::valuesText() writes it
    Stamp stamp;
};

// A unit's current value as Conflicts::valuesText() writes it. A metric point has one unit,
// its value, unless it is deleted.
inline QString currentText(const RecordTable &table, const StoredRecord &record,
                           const QString &unit)
{
    if (unit == Conflicts::DeletedUnit)
        return Conflicts::valuesText({SqlValue::of(qint64(record.meta.deleted ? 1 : 0))});
    if (table.name == QLatin1String("metric_point"))
        return record.meta.deleted ? QString() : Conflicts::valuesText({record.values.last()});
    QList<SqlValue> values;
    for (int field : table.units[table.unitIndex(unit)].fields)
        values.append(record.values[field]);
    return Conflicts::valuesText(values);
}

// What names a written value: its record, unit and stamp. A metric point is one unit, its
// value with its tombstone, whichever of the two a conflict is filed under.
inline QString valueKey(const QString &recordId, const QString &unit, const Stamp &stamp)
{
    const bool point = recordId.count(u'|') == 2;
    return recordId + u'|' + (point ? QString() : unit) + u'|' + stamp.origin;
}

// Everything a merge must agree on: every record's values and tombstone, and each conflict's
// identity and state (not when or by whom it was found).
inline QStringList content(Workspace &workspace)
{
    QStringList lines;
    for (const RecordTable &table : RecordTables::all()) {
        workspace.records().forEach(table, [&](const StoredRecord &record) {
            QList<SqlValue> values = record.values;
            if (table.name == Conflicts::Table)
                values = values.mid(0, 6) + values.mid(9);
            lines << table.name + u' ' + record.meta.id + u' ' +
                         QString::number(record.meta.deleted) + u' ' +
                         Conflicts::valuesText(values);
            return true;
        });
    }
    lines.sort();
    return lines;
}

inline qint64 greatestStamp(Workspace &workspace)
{
    qint64 greatest = 0;
    for (const RecordTable &table : RecordTables::all())
        workspace.records().forEach(table, [&](const StoredRecord &record) {
            greatest = std::max(greatest, record.stamps.latest().hlc);
            return true;
        });
    return greatest;
}

// Where the histories' files live: in memory (/dev/shm) where the system has it. Thousands of
// small files are made, synced and removed, which on a disk is mostly waiting for the disk
// (tmpfs: 38 s instead of 50 s for 40 histories on a loaded machine).
inline QString historiesRoot()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return (shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath()) +
           QStringLiteral("/cadence-merge-XXXXXX");
}

// The three replicas the histories play on: files copied once from the templates and kept open
// for writing, each set back to its template, with a new clock, before a history (reopening
// three files a history was half of the property test's time).
class ReplicaSet
{
public:
    explicit ReplicaSet(const QStringList &templates)
    {
        auto clock = std::make_shared<FixedClock>(TestWorkspace::defaultNow());
        for (int i = 0; i < Count; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("r%1.cadence").arg(i));
            QFile::copy(templates[i], path);
            QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_templates[i] = Workspace::open(templates[i], clock, Workspace::Access::ReadOnly,
                                             Workspace::Lifetime::Throwaway)
                                 .take();
            m_open[i] = Workspace::open(path, clock, Workspace::Access::ReadWrite,
                                        Workspace::Lifetime::Throwaway)
                            .take();
        }
        const QString spare = m_dir.filePath(QStringLiteral("spare.cadence"));
        QFile::copy(templates[0], spare);
        QFile(spare).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_spare = Workspace::open(spare, clock, Workspace::Access::ReadWrite,
                                  Workspace::Lifetime::Throwaway)
                      .take();
    }
    static constexpr int Count = MergeHistory::Replicas;

    // Every replica as its template was, its clock at `start`.
    void reset(const QDateTime &start)
    {
        for (int i = 0; i < Count; ++i) {
            m_clocks[i] = std::make_shared<FixedClock>(start);
            RC_ASSERT(!m_open[i]->replaceWith(*m_templates[i], m_clocks[i]));
        }
    }
    Workspace &replica(int i) { return *m_open[i]; }
    const std::shared_ptr<FixedClock> &clock(int i) { return m_clocks[i]; }
    // A fourth workspace, a copy of replica i as it stands (the same replica id, as a copy made
    // with `cp` has), on a clock of its own at that replica's time.
    Workspace &copyOf(int i)
    {
        RC_ASSERT(
            !m_spare->replaceWith(*m_open[i], std::make_shared<FixedClock>(m_clocks[i]->now())));
        return *m_spare;
    }

private:
    QTemporaryDir m_dir{historiesRoot()};
    std::array<std::unique_ptr<Workspace>, Count> m_templates;
    std::array<std::unique_ptr<Workspace>, Count> m_open;
    std::array<std::shared_ptr<FixedClock>, Count> m_clocks;
    std::unique_ptr<Workspace> m_spare;
};

// One history of the three replicas, each open for writing with its own clock and read-only
// for the others to merge from.
class History
{
public:
    // On replicas of its own, copied from the templates.
    History(const QStringList &templates, const QDateTime &start)
        : m_owned(std::make_unique<ReplicaSet>(templates))
        , m_replicas(*m_owned)
    {
        begin(start);
    }
    // On these replicas, set back to their templates first.
    History(ReplicaSet &replicas, const QDateTime &start)
        : m_replicas(replicas)
    {
        begin(start);
    }

    Workspace &replica(int i) { return m_replicas.replica(i); }
    Workspace &copyOf(int i) { return m_replicas.copyOf(i); }
    FixedClock &clock(int i) { return *m_replicas.clock(i); }
    const QList<Written> &written() const { return m_written; }
    const std::set<std::pair<QString, qint64>> &replaced() const { return m_replaced; }
    // Whether an edit replaced this value of the unit with it in front of its author, at a stamp
    // at or after this one's: the same value written on two sides merges into one (the later
    // stamp), and replacing it replaced both.
    bool replacedKnowingly(const Written &written) const
    {
        return std::any_of(
            m_replacedValues.cbegin(), m_replacedValues.cend(), [&](const Written &replaced) {
                return replaced.recordId == written.recordId && replaced.unit == written.unit &&
                       replaced.value == written.value && !(replaced.stamp < written.stamp);
            });
    }

    // Merges of the history go this way instead (into, from): through a sync folder, say.
    void mergeThrough(std::function<void(int into, int from)> merge)
    {
        m_mergeThrough = std::move(merge);
    }

    void tick()
    {
        for (int i = 0; i < ReplicaSet::Count; ++i)
            clock(i).advanceMs(1000);
    }

    void run(const Step &step)
    {
        tick();
        switch (step.kind) {
        case Step::Edit:
            editGoal(step.replica, step.record,
                     [&](StoredRecord &record, const RecordTable &table) {
                         record.values[table.fieldIndex(GoalUnits[step.unit])] =
                             goalValue(step.unit, step.value);
                         return GoalUnits[step.unit];
                     });
            break;
        case Step::Delete:
        case Step::Undelete:
            editGoal(step.replica, step.record, [&](StoredRecord &record, const RecordTable &) {
                record.meta.deleted = step.kind == Step::Delete;
                return Conflicts::DeletedUnit;
            });
            break;
        case Step::SetPoint:
        case Step::DeletePoint:
            setPoint(step.replica, step.record, step.value, step.kind == Step::DeletePoint);
            break;
        case Step::Merge:
            if (m_mergeThrough)
                m_mergeThrough(step.replica, step.other);
            else
                merge(step.replica, step.other);
            break;
        case Step::Skew: {
            static const qint64 skews[] = {-3600000LL, -86400000LL, 86400000LL, 31536000000LL};
            clock(step.replica).advanceMs(skews[step.skew]);
            break;
        }
        }
    }

    Merge::Report merge(int into, int from)
    {
        std::unique_ptr<MergeSource> source = MergeSource::over(replica(from));
        auto merged = Merge::mergeSources(replica(into), {source.get()});
        RC_ASSERT(merged.ok());
        return merged.value().first();
    }

private:
    void begin(const QDateTime &start)
    {
        m_replicas.reset(start);
        for (int i = 0; i < ReplicaSet::Count; ++i)
            m_metrics[i] = std::make_unique<MetricsRepository>(replica(i));
    }

    // The unit's value before an edit: replaced knowingly by it.
    void noteReplaced(const Stamp &stamp, const QString &recordId, const QString &unit,
                      const QString &value)
    {
        m_replaced.insert({valueKey(recordId, unit, stamp), stamp.hlc});
        m_replacedValues.append({QString(), recordId, unit, value, stamp});
    }

    template<typename Change> void editGoal(int replica, int number, Change change)
    {
        Workspace &workspace = this->replica(replica);
        const RecordTable &table = RecordTables::get(u"goal");
        std::optional<StoredRecord> stored = workspace.records().find(table, goalId(number));
        StoredRecord record;
        if (stored) {
            record = *stored;
        } else {
            record.meta.id = goalId(number);
            record.values = {SqlValue::of(QStringLiteral("2026-Q4")),
                             goalValue(0, 0),
                             SqlValue::of(QStringLiteral("pm_goal")),
                             SqlValue::null(),
                             SqlValue::of(QString()),
                             SqlValue::null(),
                             goalValue(2, 0),
                             goalValue(1, 0),
                             SqlValue::of(QString()),
                             goalValue(3, 0),
                             SqlValue::null()};
        }
        const QString unit = change(record, table);
        if (stored) {
            const int index =
                unit == Conflicts::DeletedUnit ? int(table.units.size()) : table.unitIndex(unit);
            noteReplaced(stored->stamps[index], record.meta.id, unit,
                         currentText(table, *stored, unit));
        }
        RecordMeta meta = record.meta;
        RC_ASSERT(!workspace.records().save(table, meta, record.values));
        const std::optional<StoredRecord> saved = workspace.records().find(table, meta.id);
        RC_ASSERT(saved.has_value());
        const int index =
            unit == Conflicts::DeletedUnit ? int(table.units.size()) : table.unitIndex(unit);
        QList<SqlValue> values;
        if (unit == Conflicts::DeletedUnit)
            values = {SqlValue::of(qint64(saved->meta.deleted ? 1 : 0))};
        else
            for (int field : table.units[index].fields)
                values.append(saved->values[field]);
        m_written.append(
            {table.name, meta.id, unit, Conflicts::valuesText(values), saved->stamps[index]});
        checkClock(replica);
    }

    void setPoint(int replica, int day, int value, bool deleted)
    {
        Workspace &workspace = this->replica(replica);
        MetricPoint point;
        point.productId = MetricIds::product(QStringLiteral("Product"));
        point.metricKey = QStringLiteral("activation");
        point.day = QDate(2026, 1, 1).addDays(day);
        point.value = value;
        point.meta.deleted = deleted;
        const QString key = Conflicts::pointKey(point.productId, point.metricKey, point.day);
        const RecordTable &table = RecordTables::get(u"metric_point");
        const QString id = MetricIds::point(point.productId, point.metricKey, point.day);
        std::optional<StoredRecord> before = workspace.records().find(table, id);
        RC_ASSERT(m_metrics[replica]->importPoints({point}).ok());
        std::optional<StoredRecord> after = workspace.records().find(table, id);
        RC_ASSERT(after.has_value());
        if (before && before->stamp() == after->stamp())
            return; // the same value again: nothing written
        if (before)
            noteReplaced(before->stamp(), key,
                         before->meta.deleted ? Conflicts::DeletedUnit : QStringLiteral("value"),
                         currentText(table, *before,
                                     before->meta.deleted ? Conflicts::DeletedUnit
                                                          : QStringLiteral("value")));
        m_written.append(
            {table.name, key, deleted ? Conflicts::DeletedUnit : QStringLiteral("value"),
             deleted ? QStringLiteral("[1]") : Conflicts::valuesText({SqlValue::ofReal(value)}),
             after->stamp()});
        checkClock(replica);
    }

    void checkClock(int replica)
    {
        const qint64 now = this->replica(replica).clock().lastSeen();
        RC_ASSERT(now >= m_lastClock[replica]);
        m_lastClock[replica] = now;
    }

    std::unique_ptr<ReplicaSet> m_owned;
    ReplicaSet &m_replicas;
    std::array<std::unique_ptr<MetricsRepository>, ReplicaSet::Count> m_metrics;
    std::array<qint64, ReplicaSet::Count> m_lastClock{};
    QList<Written> m_written;
    std::set<std::pair<QString, qint64>> m_replaced;
    QList<Written> m_replacedValues;
    std::function<void(int, int)> m_mergeThrough;

public:
    // Each replica's clock is past every stamp it holds, and no clock went backwards.
    void checkClocks()
    {
        for (int i = 0; i < ReplicaSet::Count; ++i) {
            const qint64 now = replica(i).clock().lastSeen();
            RC_ASSERT(now >= m_lastClock[i]);
            RC_ASSERT(now >= greatestStamp(replica(i)));
            m_lastClock[i] = now;
        }
    }
};

// The files the replicas of every history start from, made in `folder`: replica 0 makes the
// product, the others join it by merging its workspace, as a teammate does on their first
// day. Empty if one could not be made.
inline QStringList makeTemplates(const QString &folder)
{
    QStringList paths;
    auto clock = std::make_shared<FixedClock>(TestWorkspace::defaultNow());
    for (int i = 0; i < Replicas; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("t%1.cadence").arg(i));
        auto created = Workspace::create(path, clock);
        if (!created)
            return {};
        if (i == 0) {
            MetricsRepository metrics(*created.value());
            MetricsEdit edit;
            Product product;
            product.meta.id = MetricIds::product(QStringLiteral("Product"));
            product.name = QStringLiteral("Product");
            edit.products = {product};
            if (metrics.apply(edit))
                return {};
        } else {
            auto first = Workspace::open(paths.first(), clock, Workspace::Access::ReadOnly);
            if (!first)
                return {};
            std::unique_ptr<MergeSource> source = MergeSource::over(*first.value());
            if (!Merge::mergeSources(*created.value(), {source.get()}))
                return {};
        }
        paths << path;
    }
    return paths;
}

// No value lost: each value written in the history is the current one in `final`, or kept as a
// conflict, or was replaced by an edit made with it in front of its author.
inline void checkNothingLost(const History &history, Workspace &final)
{
    std::set<std::pair<QString, qint64>> kept;
    for (const Conflicts::Conflict &conflict : Conflicts::all(final))
        kept.insert(
            {valueKey(conflict.found.recordId, conflict.found.unit, conflict.found.lostStamp),
             conflict.found.lostStamp.hlc});
    // The same value written on two sides merges into the later stamp: the earlier
    // write is safe when the later one is. Hence newest first.
    QList<Written> writes = history.written();
    std::sort(writes.begin(), writes.end(),
              [](const Written &left, const Written &right) { return right.stamp < left.stamp; });
    std::set<std::tuple<QString, QString, QString>> safe;
    for (const Written &written : std::as_const(writes)) {
        const std::tuple<QString, QString, QString> value{written.recordId, written.unit,
                                                          written.value};
        const std::pair<QString, qint64> key{
            valueKey(written.recordId, written.unit, written.stamp), written.stamp.hlc};
        if (history.replaced().count(key) || kept.count(key) || safe.count(value) ||
            history.replacedKnowingly(written)) {
            safe.insert(value);
            continue;
        }
        const RecordTable &table = RecordTables::get(written.table);
        const QString id =
            written.table == QLatin1String("metric_point")
                ? MetricIds::point(
                      written.recordId.section(u'|', 0, 0), written.recordId.section(u'|', 1, 1),
                      QDate::fromString(written.recordId.section(u'|', 2, 2), Qt::ISODate))
                : written.recordId;
        const std::optional<StoredRecord> record = final.records().find(table, id);
        RC_ASSERT(record.has_value());
        const int unit = written.unit == Conflicts::DeletedUnit ? int(table.units.size())
                         : written.table == QLatin1String("metric_point")
                             ? int(table.units.size())
                             : table.unitIndex(written.unit);
        if (record->stamps[unit] == written.stamp ||
            currentText(table, *record, written.unit) == written.value) {
            safe.insert(value);
            continue; // the current value
        }
        RC_LOG() << "lost: " << qPrintable(written.recordId) << " " << qPrintable(written.unit)
                 << " = " << qPrintable(written.value) << " @" << written.stamp.hlc << " "
                 << qPrintable(written.stamp.origin) << std::endl;
        RC_FAIL("a written value is neither current, nor kept, nor replaced knowingly");
    }
}

} // namespace MergeHistory
