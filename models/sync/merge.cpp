#include "merge.h"

#include "conflicts.h"
#include "core/hybridclock.h"
#include "core/ids.h"
#include "mergesource.h"
#include "workspace/metricpoints.h"
#include "workspace/recordstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <cstdio>

namespace Merge {

Counts &Counts::operator+=(const Counts &other)
{
    added += other.added;
    updated += other.updated;
    deleted += other.deleted;
    conflicts += other.conflicts;
    return *this;
}

Counts Report::total() const
{
    Counts sum;
    for (const auto &[table, counts] : tables)
        sum += counts;
    return sum;
}

Counts Report::of(const QString &table) const
{
    for (const auto &[name, counts] : tables)
        if (name == table)
            return counts;
    return {};
}

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Merge)
};

using Seen = QHash<QString, qint64>;

bool hasSeen(const Seen &seen, const Stamp &stamp)
{
    return seen.value(stamp.origin, 0) >= stamp.hlc;
}

QString unitName(const RecordTable &table, int unit)
{
    return unit == int(table.units.size()) ? Conflicts::DeletedUnit : table.units[unit].name;
}

bool identical(const StoredRecord &a, const StoredRecord &b)
{
    return a.meta == b.meta && a.values == b.values && a.stamps == b.stamps;
}

// Merging one other workspace into this one, inside the caller's transaction.
class FileMerge
{
public:
    FileMerge(Workspace &ours, MergeSource &theirs, const Options &options, qint64 *done,
              qint64 total, Report &report)
        : m_ours(ours)
        , m_theirs(theirs)
        , m_options(options)
        , m_done(done)
        , m_total(total)
        , m_report(report)
        , m_ourSeen(seenBy(ours))
        , m_future(HybridClock::fromMs(ours.wallClock().nowMs() + 24 * 3600 * 1000))
    {}

    Outcome run()
    {
        const QList<RecordTable> &tables = RecordTables::all();
        for (const RecordTable &table : tables)
            m_report.tables.append({table.name, Counts{}});
        // Conflicts first: whether one of theirs is new here, or one of ours was resolved
        // there, is judged on the states before the merge (see Conflicts::supersededIn).
        if (Outcome problem = mergeConflicts())
            return problem;
        for (const RecordTable &table : tables) {
            if (table.name == Conflicts::Table)
                continue;
            const Outcome problem = table.name == QLatin1String("metric_point") ? mergePoints(table)
                                                                                : mergeTable(table);
            if (problem)
                return problem;
        }
        for (const Conflicts::Found &found : std::as_const(m_found))
            if (Outcome problem = Conflicts::record(m_ours, found))
                return problem;
        return learn();
    }

private:
    Counts &countsOf(const QString &table)
    {
        for (auto &[name, counts] : m_report.tables)
            if (name == table)
                return counts;
        Q_UNREACHABLE();
    }

    bool step()
    {
        ++*m_done;
        if (m_options.progress && *m_done % 1024 == 0)
            return m_options.progress(*m_done, m_total);
        return true;
    }

    Problem cancelled() const
    {
        return m_ours.problem(Text::tr("was not changed: the merge was cancelled"));
    }

    void noteStamp(const Stamp &stamp)
    {
        if (stamp.hlc > m_future)
            ++m_report.futureStamps;
    }

    // One record of theirs against ours (if we have it): written when the merge changes ours.
    Outcome takeIn(const RecordTable &table, const StoredRecord &record,
                   const std::optional<StoredRecord> &ours, bool findConflicts)
    {
        if (ours && identical(*ours, record))
            return {};
        const StoredRecord result = ours ? resolve(table, *ours, record, findConflicts) : record;
        if (ours && identical(*ours, result))
            return {};
        count(table, ours ? &*ours : nullptr, result);
        return m_ours.records().put(table, result);
    }

    // Takes each unit from the side that changed it last, and notes the values that lost to
    // an edit made without knowing them.
    StoredRecord resolve(const RecordTable &table, const StoredRecord &ours,
                         const StoredRecord &theirs, bool findConflicts)
    {
        StoredRecord result = ours;
        const int units = int(table.units.size()) + 1;
        for (int unit = 0; unit < units; ++unit) {
            const Stamp &mine = ours.stamps[unit];
            const Stamp &other = theirs.stamps[unit];
            if (mine == other)
                continue;
            const QList<SqlValue> mineValues = ours.unitValues(table, unit);
            const QList<SqlValue> otherValues = theirs.unitValues(table, unit);
            if (mineValues == otherValues) {
                result.stamps[unit] = std::max(mine, other);
                continue;
            }
            if (mine < other) {
                result.setUnitValues(table, unit, otherValues);
                result.stamps[unit] = other;
                if (findConflicts && !hasSeen(m_theirs.seen(), mine))
                    note(table, ours.meta.id, unit, mineValues, mine, other);
            } else if (findConflicts && !hasSeen(m_ourSeen, other)) {
                note(table, ours.meta.id, unit, otherValues, other, mine);
            }
        }
        result.meta.hlc = result.stamps.latest().hlc;
        result.meta.origin = result.stamps.latest().origin;
        if (findConflicts && result.meta.deleted && ours.meta.deleted != theirs.meta.deleted)
            noteEditsAfterDeletion(table, ours, theirs, result);
        return result;
    }

    // A record deleted on one side and edited on the other by someone who never saw the
    // deletion: it stays deleted, the edit is kept in it, and the conflict lists it so that
    // the user can bring the record back.
    void noteEditsAfterDeletion(const RecordTable &table, const StoredRecord &ours,
                                const StoredRecord &theirs, const StoredRecord &result)
    {
        const bool oursDeleted = ours.meta.deleted;
        const StoredRecord &kept = oursDeleted ? theirs : ours;
        const Seen &deleterSeen = oursDeleted ? m_ourSeen : m_theirs.seen();
        const int tombstone = int(table.units.size());
        std::optional<Stamp> edit;
        for (int unit = 0; unit < tombstone; ++unit)
            if (!hasSeen(deleterSeen, kept.stamps[unit]) && (!edit || *edit < kept.stamps[unit]))
                edit = kept.stamps[unit];
        if (edit)
            note(table, ours.meta.id, tombstone, {SqlValue::of(qint64(0))}, *edit,
                 result.stamps[tombstone]);
    }

    void note(const RecordTable &table, const QString &recordId, int unit,
              const QList<SqlValue> &lost, const Stamp &lostStamp, const Stamp &wonStamp)
    {
        m_found.append({table.name, recordId, unitName(table, unit), lost, lostStamp, wonStamp});
        ++countsOf(table.name).conflicts;
    }

    void count(const RecordTable &table, const StoredRecord *ours, const StoredRecord &result)
    {
        if (!ours) {
            if (!result.meta.deleted)
                count(table, Change::Kind::Added, [&] { return result.meta.id; });
        } else if (!ours->meta.deleted && result.meta.deleted) {
            count(table, Change::Kind::Deleted, [&] { return result.meta.id; });
        } else if (ours->meta.deleted && !result.meta.deleted) {
            count(table, Change::Kind::Added, [&] { return result.meta.id; });
        } else if (!result.meta.deleted && ours->values != result.values) {
            count(table, Change::Kind::Updated, [&] { return result.meta.id; });
        }
    }

    // recordId() names the record, asked only while the report still lists changes: a
    // million points need not each make one.
    template<typename Id> void count(const RecordTable &table, Change::Kind kind, Id recordId)
    {
        Counts &counts = countsOf(table.name);
        ++(kind == Change::Kind::Added     ? counts.added
           : kind == Change::Kind::Deleted ? counts.deleted
                                           : counts.updated);
        if (m_report.changes.size() < Report::ListedChanges)
            m_report.changes.append({table.name, recordId(), kind});
    }

    Outcome mergeTable(const RecordTable &table)
    {
        RecordStore &store = m_ours.records();
        RecordStore::Cursor theirs = m_theirs.workspace().records().cursor(table);
        while (std::optional<StoredRecord> record = theirs.next()) {
            if (!step())
                return cancelled();
            noteStamp(record->stamps.latest());
            if (Outcome problem = takeIn(table, *record, store.find(table, record->meta.id), true))
                return problem;
        }
        if (theirs.problem())
            return Problem{m_theirs.path(), theirs.problem()->what};
        return {};
    }

    // Points, a table of their own shape (see MetricPoints): one unit, the value with its
    // tombstone, merged a series at a time, their series and replicas renumbered as ours.
    Outcome mergePoints(const RecordTable &table)
    {
        sqlite3 *theirDb = m_theirs.workspace().sqliteHandle();
        sqlite3 *ourDb = m_ours.sqliteHandle();
        MetricPoints::Numbers numbers(m_ours);
        QHash<qint64, qint64> origins; // their replica number -> ours
        QHash<qint64, QString> originIds;
        Statement replicas(theirDb, "SELECT n, id FROM replica");
        while (replicas.next()) {
            const Result<qint64> ours = numbers.replicaOrNew(replicas.text(1));
            if (!ours)
                return ours.problem();
            origins.insert(replicas.integer(0), ours.value());
            originIds.insert(replicas.integer(0), replicas.text(1));
        }
        Statement series(theirDb, "SELECT n, product_id, metric_key FROM metric_series");
        Statement points(theirDb, "SELECT key, value, hlc, origin, deleted, sample FROM "
                                  "metric_point WHERE key BETWEEN ?1 AND ?2 ORDER BY key");
        Statement mine(ourDb, "SELECT p.value, p.hlc, r.id, p.deleted FROM metric_point p "
                              "JOIN replica r ON r.n = p.origin WHERE p.key = ?1");
        MetricPoints::Writer write(m_ours);
        while (series.next()) {
            const QString productId = series.text(1);
            const QString metricKey = series.text(2);
            const Result<qint64> ourSeries = numbers.seriesOrNew(productId, metricKey);
            if (!ourSeries)
                return ourSeries.problem();
            points.reset();
            points.bind(1, MetricPoints::firstKey(series.integer(0), {}));
            points.bind(2, MetricPoints::lastKey(series.integer(0), {}));
            while (points.next()) {
                if (!step())
                    return cancelled();
                const qint64 key =
                    MetricPoints::key(ourSeries.value(), points.integer(0) & MetricPoints::DayMask);
                const double value = points.real(1);
                const bool deleted = points.integer(4) != 0;
                const Stamp other{points.integer(2), originIds.value(points.integer(3))};
                noteStamp(other);
                mine.reset();
                mine.bind(1, key);
                bool take = true;
                if (mine.next()) {
                    const double myValue = mine.real(0);
                    const bool myDeleted = mine.integer(3) != 0;
                    const Stamp my{mine.integer(1), mine.text(2)};
                    const bool same = myValue == value && myDeleted == deleted;
                    take = my < other;
                    if (my == other || (!take && same))
                        continue;
                    auto recordId = [&] {
                        return Conflicts::pointKey(productId, metricKey, MetricPoints::dayOf(key));
                    };
                    if (!same) {
                        // A tombstone against a value is a conflict of the tombstone.
                        const bool ofTombstone = myDeleted != deleted;
                        const int unit = ofTombstone ? int(table.units.size())
                                                     : table.unitIndex(QStringLiteral("value"));
                        if (take && !hasSeen(m_theirs.seen(), my))
                            note(table, recordId(), unit,
                                 {ofTombstone ? SqlValue::of(qint64(myDeleted))
                                              : SqlValue::ofReal(myValue)},
                                 my, other);
                        else if (!take && !hasSeen(m_ourSeen, other))
                            note(table, recordId(), unit,
                                 {ofTombstone ? SqlValue::of(qint64(deleted))
                                              : SqlValue::ofReal(value)},
                                 other, my);
                        if (take)
                            count(table,
                                  myDeleted == deleted ? Change::Kind::Updated
                                  : deleted            ? Change::Kind::Deleted
                                                       : Change::Kind::Added,
                                  recordId);
                    }
                    if (!take)
                        continue;
                } else if (!mine.done()) {
                    return m_ours.problem(Text::tr("cannot be read (%1)").arg(mine.error()));
                } else if (!deleted) {
                    count(table, Change::Kind::Added, [&] {
                        return Conflicts::pointKey(productId, metricKey, MetricPoints::dayOf(key));
                    });
                }
                if (!write.write(key, value, other.hlc, origins.value(points.integer(3)), deleted,
                                 points.integer(5) != 0))
                    return m_ours.problem(Text::tr("cannot be written (%1)").arg(write.error()));
            }
            if (!points.done())
                return Problem{m_theirs.path(),
                               Text::tr("cannot be read (%1)").arg(points.error())};
        }
        return {};
    }

    // Their conflict records: new ones come in unless this side had already replaced the lost
    // value knowingly; ours that they resolved that way go. Both judged before the merge.
    Outcome mergeConflicts()
    {
        const RecordTable &table = RecordTables::get(Conflicts::Table);
        RecordStore &store = m_ours.records();
        Workspace &them = m_theirs.workspace();
        QSet<QString> theirIds;
        RecordStore::Cursor theirs = them.records().cursor(table);
        while (std::optional<StoredRecord> record = theirs.next()) {
            if (!step())
                return cancelled();
            theirIds.insert(record->meta.id);
            std::optional<StoredRecord> ours = store.find(table, record->meta.id);
            if (!ours && Conflicts::supersededIn(m_ours, m_ourSeen, *record))
                continue;
            if (Outcome problem = takeIn(table, *record, std::move(ours), false))
                return problem;
        }
        if (theirs.problem())
            return Problem{m_theirs.path(), theirs.problem()->what};
        QStringList resolvedThere;
        RecordStore::Cursor ours = store.cursor(table);
        while (std::optional<StoredRecord> record = ours.next())
            if (!theirIds.contains(record->meta.id) &&
                Conflicts::supersededIn(them, m_theirs.seen(), *record))
                resolvedThere << record->meta.id;
        if (ours.problem())
            return ours.problem();
        return Conflicts::forget(m_ours, resolvedThere);
    }

    // This workspace now holds what the other had seen: its version vector and clock follow.
    Outcome learn()
    {
        m_ours.observeStamp(m_theirs.clock());
        MetricPoints::Numbers numbers(m_ours);
        Statement raise(m_ours.sqliteHandle(),
                        "UPDATE replica SET seen = max(seen, ?2), name = CASE WHEN ?3 = '' "
                        "THEN name ELSE ?3 END WHERE id = ?1");
        for (auto seen = m_theirs.seen().cbegin(); seen != m_theirs.seen().cend(); ++seen) {
            if (seen.key() == m_ours.replicaId())
                continue;
            if (Result<qint64> known = numbers.replicaOrNew(seen.key()); !known)
                return known.problem();
            raise.bind(1, seen.key());
            raise.bind(2, seen.value());
            raise.bind(3, m_theirs.replicaNames().value(seen.key()));
            if (!raise.exec())
                return m_ours.problem(Text::tr("cannot be written (%1)").arg(raise.error()));
        }
        return {};
    }

    Workspace &m_ours;
    MergeSource &m_theirs;
    const Options &m_options;
    qint64 *m_done;
    qint64 m_total;
    Report &m_report;
    const Seen m_ourSeen; // before this merge
    const qint64 m_future;
    QList<Conflicts::Found> m_found;
};

// How many records the workspace holds, in one statement over every record table.
qint64 recordCount(Workspace &workspace)
{
    static const QByteArray sql = [] {
        QStringList counts;
        for (const RecordTable &table : RecordTables::all())
            counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table.name);
        return QByteArray("SELECT ") + counts.join(QStringLiteral(" + ")).toUtf8();
    }();
    Statement count(workspace.sqliteHandle(), sql);
    return count.next() ? count.integer(0) : 0;
}

// The other workspace read in one read transaction: the merge sees one state of it even while
// its owner writes to it, and SQLite takes the file's locks once instead of at every
// statement (locking was 15% of the merge property test's time). A connection already inside a
// transaction (a live workspace merged from in the middle of its own work) reads as it is.
class SourceSnapshot
{
public:
    explicit SourceSnapshot(Workspace &source)
        : m_db(source.sqliteHandle())
    {
        m_began = m_db && sqlite3_get_autocommit(m_db) &&
                  sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~SourceSnapshot()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    SourceSnapshot(const SourceSnapshot &) = delete;
    SourceSnapshot &operator=(const SourceSnapshot &) = delete;

private:
    sqlite3 *m_db;
    bool m_began = false;
};

} // namespace

Result<QList<Report>> mergeFiles(Workspace &workspace, const QStringList &files,
                                 std::shared_ptr<Clock> clock, const Options &options)
{
    if (workspace.isReadOnly())
        return workspace.problem(Text::tr("is open read-only; a merge needs to write to it"));
    // Every file is checked before anything is written.
    std::vector<std::unique_ptr<MergeSource>> sources;
    QSet<QString> replicas;
    for (const QString &file : files) {
        auto source = MergeSource::open(workspace, file, clock);
        if (!source)
            return source.problem();
        if (replicas.contains(source.value()->replicaId()))
            continue; // the same workspace twice (two copies of one export): once is enough
        replicas.insert(source.value()->replicaId());
        sources.push_back(source.take());
    }
    QList<MergeSource *> checked;
    for (const auto &source : sources)
        checked.append(source.get());
    return mergeChecked(workspace, checked, options);
}

Result<QList<Report>> mergeChecked(Workspace &workspace, const QList<MergeSource *> &sources,
                                   const Options &options)
{
    if (!options.dryRun)
        if (Result<QString> saved = workspace.backup(QStringLiteral("before-merge")); !saved)
            return saved.problem();
    return mergeSources(workspace, sources, options);
}

Result<QList<Report>> mergeSources(Workspace &workspace, const QList<MergeSource *> &sources,
                                   const Options &options)
{
    std::vector<std::unique_ptr<SourceSnapshot>> snapshots;
    qint64 total = 0;
    for (MergeSource *source : sources) {
        snapshots.push_back(std::make_unique<SourceSnapshot>(source->workspace()));
        total += recordCount(source->workspace());
    }
    qint64 done = 0;
    QList<Report> reports;
    WriteTransaction transaction(workspace);
    if (!transaction.isOpen())
        return transaction.commit().value();
    for (MergeSource *source : sources) {
        source->readState();
        Report report{source->path(), source->replicaId(), source->replicaName(), {}, 0, {}};
        if (Outcome problem = FileMerge(workspace, *source, options, &done, total, report).run())
            return *problem; // the transaction rolls back
        reports.append(report);
    }
    if (options.progress)
        options.progress(total, total);
    if (options.dryRun) {
        transaction.rollback();
        return reports;
    }
    if (Outcome problem = transaction.commit())
        return *problem;
    return reports;
}

Outcome exportTo(Workspace &workspace, const QString &path)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile())
        return Problem{path, Text::tr("is not a regular file; choose a file to export to")};
    if (target.exists() &&
        target.canonicalFilePath() == QFileInfo(workspace.path()).canonicalFilePath())
        return Problem{path, Text::tr("is this workspace itself; export to another file")};
    if (!QFileInfo(target.absolutePath()).isDir())
        return Problem{path, Text::tr("cannot be written: the folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(target.absolutePath()))};
    // Written beside the target and renamed over it: a sync tool or a teammate never sees a
    // half-written export, and a failure leaves the old one as it was.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    if (Outcome problem = workspace.copyTo(partial)) {
        QFile::remove(partial);
        return Problem{path, problem->what};
    }
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return Problem{path,
                       Text::tr("cannot be written (the finished export could not replace it)")};
    }
    return {};
}

} // namespace Merge
