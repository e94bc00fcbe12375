#include "conflictrepository.h"

#include "core/isodate.h"
#include "metrics/metricsrepository.h"
#include "workspace/recordstore.h"

namespace {

double realOf(const SqlValue &value)
{
    return value.type == SqlValue::Type::Real ? value.real : double(value.integer);
}

} // namespace

ConflictRepository::ConflictRepository(Workspace &workspace, MetricsRepository &metrics,
                                       QObject *parent)
    : Repository(workspace, parent)
    , m_metrics(metrics)
{}

QList<Conflicts::Described> ConflictRepository::described(bool resolved) const
{
    QList<Conflicts::Described> list;
    for (const Conflicts::Conflict &conflict : Conflicts::all(workspace()))
        if (resolved || conflict.state == Conflicts::State::Open)
            list.append(Conflicts::describe(workspace(), conflict));
    return list;
}

int ConflictRepository::openCount() const
{
    return Conflicts::openCount(workspace());
}

Result<ConflictResolution> ConflictRepository::resolution(const QString &conflictId,
                                                          Conflicts::State to) const
{
    const std::optional<Conflicts::Conflict> conflict = Conflicts::find(workspace(), conflictId);
    if (!conflict)
        return workspace().problem(tr("no longer has that conflict"));
    const Conflicts::Described described = Conflicts::describe(workspace(), *conflict);
    ConflictResolution resolution{conflictId, conflict->state, to, false, {}, {}, {}};
    if (to == Conflicts::State::Restored) {
        const Conflicts::Found &found = conflict->found;
        const std::optional<Conflicts::UnitState> now =
            Conflicts::unitIn(workspace(), found.table, found.recordId, found.unit);
        if (!now)
            return workspace().problem(tr("no longer has %1, so its other value cannot be restored")
                                           .arg(described.record));
        resolution.restores = true;
        resolution.valuesBefore = now->values;
        resolution.valuesAfter = found.lost;
        resolution.text =
            conflict->isEditAfterDeletion()
                ? tr("Bring back %1").arg(described.record)
                : tr("Restore the other %1 of %2").arg(described.field, described.record);
    } else {
        resolution.text = tr("Keep the current %1 of %2").arg(described.field, described.record);
    }
    return resolution;
}

Outcome ConflictRepository::apply(const ConflictResolution &resolution, bool forward)
{
    const std::optional<Conflicts::Conflict> conflict =
        Conflicts::find(workspace(), resolution.conflictId);
    if (!conflict)
        return workspace().problem(tr("no longer has that conflict"));
    return writeTogether([&]() -> Outcome {
        if (resolution.restores)
            if (Outcome problem = writeUnit(conflict->found, forward ? resolution.valuesAfter
                                                                     : resolution.valuesBefore))
                return problem;
        return writeState(resolution.conflictId,
                          forward ? resolution.stateAfter : resolution.stateBefore);
    });
}

Outcome ConflictRepository::writeUnit(const Conflicts::Found &found, const QList<SqlValue> &values)
{
    if (found.table == QLatin1String("metric_point")) {
        // Points have one path of their own (MetricsRepository::importPoints): value and
        // tombstone together, the one the conflict is about set, the other as it is.
        const QStringList key = found.recordId.split(u'|');
        const auto value =
            Conflicts::unitIn(workspace(), found.table, found.recordId, QStringLiteral("value"));
        const auto deleted =
            Conflicts::unitIn(workspace(), found.table, found.recordId, Conflicts::DeletedUnit);
        if (key.size() != 3 || !value || !deleted || values.isEmpty())
            return workspace().problem(tr("no longer has that metric value"));
        const bool ofTombstone = found.unit == Conflicts::DeletedUnit;
        MetricPoint point;
        point.productId = key[0];
        point.metricKey = key[1];
        point.day = IsoDate::day(key[2]);
        point.value = realOf(ofTombstone ? value->values.first() : values.first());
        point.meta.deleted = (ofTombstone ? values.first() : deleted->values.first()).integer != 0;
        auto written = m_metrics.importPoints({point}, false);
        return written ? Outcome() : Outcome(written.problem());
    }
    const RecordTable *table = RecordTables::find(found.table);
    std::optional<StoredRecord> record =
        table ? records().find(*table, found.recordId) : std::nullopt;
    const int unit = table ? Conflicts::unitNumber(*table, found.unit) : -1;
    if (!record || unit < 0)
        return workspace().problem(tr("no longer has that record"));
    record->setUnitValues(*table, unit, values);
    return records().save(*table, record->meta, record->values);
}

Outcome ConflictRepository::writeState(const QString &conflictId, Conflicts::State state)
{
    const RecordTable &table = RecordTables::get(Conflicts::Table);
    std::optional<StoredRecord> record = records().find(table, conflictId);
    if (!record)
        return workspace().problem(tr("no longer has that conflict"));
    record->values[table.fieldIndex(QStringLiteral("state"))] =
        SqlValue::of(Conflicts::stateKey(state));
    return records().save(table, record->meta, record->values);
}
