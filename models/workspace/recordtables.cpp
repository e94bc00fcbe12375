#include "recordtables.h"

#include <QHash>

namespace {

// A table whose fields are each a unit, except the named groups.
RecordTable table(const char *name, Area area, const QStringList &fields,
                  const QList<std::pair<QString, QStringList>> &groups = {})
{
    RecordTable result{QString::fromLatin1(name), area, fields, {}};
    QList<bool> grouped(fields.size(), false);
    for (const auto &[group, members] : groups)
        for (const QString &member : members)
            grouped[fields.indexOf(member)] = true;
    for (int i = 0; i < fields.size(); ++i) {
        if (!grouped[i]) {
            result.units.append({fields[i], {i}});
            continue;
        }
        for (const auto &[group, members] : groups) {
            if (members.first() != fields[i])
                continue;
            RecordTable::Unit unit{group, {}};
            for (const QString &member : members)
                unit.fields.append(int(fields.indexOf(member)));
            result.units.append(unit);
        }
    }
    return result;
}

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QString RecordTable::metaColumns()
{
    return QStringLiteral("id, hlc, origin, deleted, sample");
}

QStringList RecordTable::metaColumnList()
{
    return {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin"),
            QStringLiteral("deleted"), QStringLiteral("sample")};
}

int RecordTable::unitOf(int field) const
{
    for (int i = 0; i < units.size(); ++i)
        if (units[i].fields.contains(field))
            return i;
    return -1;
}

int RecordTable::unitIndex(const QString &unitName) const
{
    for (int i = 0; i < units.size(); ++i)
        if (units[i].name == unitName)
            return i;
    return -1;
}

namespace RecordTables {

const QList<RecordTable> &all()
{
    static const QList<RecordTable> tables = {
        table("pm", Area::Coverage, words("name email joined_on archived_on note")),
        table("team", Area::Coverage, words("name created_on archived_on note")),
        // A period is moved as a whole: its end must stay after its start.
        table("assignment", Area::Coverage, words("team_id pm_id support start_on end_on"),
              {{QStringLiteral("period"), words("start_on end_on")}}),
        // When an interview happens is one decision (start, length, all day, zone).
        table("interview", Area::Interviews,
              words("pm_id kind interviewee organisation team_id product starts_at minutes "
                    "all_day time_zone location status notes findings scorecard ics_uid "
                    "sequence"),
              {{QStringLiteral("schedule"), words("starts_at minutes all_day time_zone")}}),
        table("product", Area::Metrics, words("name team_id pmf pmf_since note"),
              {{QStringLiteral("fit"), words("pmf pmf_since")}}),
        // The bands are read together from one source on one day.
        table("metric", Area::Metrics,
              words("key name definition unit good_direction smoothing_months band_poor "
                    "band_good band_great band_source band_taken_on"),
              {{QStringLiteral("bands"),
                words("band_poor band_good band_great band_source band_taken_on")}}),
        table("metric_point", Area::Metrics, words("product_id metric_key day value")),
        table("growth_review", Area::Metrics, words("product_id month done_on notes link")),
        table("goal", Area::Goals,
              words("quarter title kind owner_id supporters team_id status description "
                    "findings_url rank carried_from")),
        // A key result follows one metric of one product towards one target.
        table("key_result", Area::Goals,
              words("goal_id position text done metric_product metric_key metric_baseline "
                    "metric_target"),
              {{QStringLiteral("metric"),
                words("metric_product metric_key metric_baseline metric_target")}}),
        // What became of an item of the week plan: a snooze date means nothing without its
        // state, nor a day done.
        table("week_action", Area::Week,
              words("pm_id rule subject_id period text day state snoozed_until done_on"),
              {{QStringLiteral("state"), words("state snoozed_until done_on")}}),
        table("workspace_setting", Area::Settings, words("key value")),
        // Last: a merge reads the conflicts that the records above lead to.
        table("conflict", Area::Conflicts,
              words("table_name record_id unit lost_value lost_hlc lost_origin won_hlc "
                    "won_origin found_at state")),
    };
    return tables;
}

const RecordTable *find(QStringView name)
{
    static const QHash<QString, const RecordTable *> byName = [] {
        QHash<QString, const RecordTable *> map;
        for (const RecordTable &table : all())
            map.insert(table.name, &table);
        return map;
    }();
    return byName.value(name.toString(), nullptr);
}

const RecordTable &get(QStringView name)
{
    const RecordTable *table = find(name);
    Q_ASSERT_X(table, "RecordTables::get", "not a record table");
    return *table;
}

} // namespace RecordTables
