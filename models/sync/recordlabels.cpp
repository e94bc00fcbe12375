#include "recordlabels.h"

#include "core/isodate.h"
#include "workspace/recordstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace RecordLabels {

QString tableLabel(const QString &table)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("pm"), QT_TRANSLATE_NOOP("Conflicts", "PM")},
        {QStringLiteral("team"), QT_TRANSLATE_NOOP("Conflicts", "team")},
        {QStringLiteral("assignment"), QT_TRANSLATE_NOOP("Conflicts", "assignment")},
        {QStringLiteral("interview"), QT_TRANSLATE_NOOP("Conflicts", "interview")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("Conflicts", "product")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("Conflicts", "metric")},
        {QStringLiteral("metric_point"), QT_TRANSLATE_NOOP("Conflicts", "metric value")},
        {QStringLiteral("growth_review"), QT_TRANSLATE_NOOP("Conflicts", "growth review")},
        {QStringLiteral("goal"), QT_TRANSLATE_NOOP("Conflicts", "goal")},
        {QStringLiteral("key_result"), QT_TRANSLATE_NOOP("Conflicts", "key result")},
        {QStringLiteral("week_action"), QT_TRANSLATE_NOOP("Conflicts", "week plan item")},
        {QStringLiteral("workspace_setting"), QT_TRANSLATE_NOOP("Conflicts", "setting")},
    };
    const char *label = labels.value(table, nullptr);
    return label ? QCoreApplication::translate("Conflicts", label) : table;
}

QString nameOf(Workspace &workspace, const QString &tableName, const QString &id)
{
    if (tableName == QLatin1String("metric_point"))
        return QString(id).replace(u'|', QStringLiteral(" / "));
    const RecordTable *table = RecordTables::find(tableName);
    if (!table)
        return {};
    const std::optional<StoredRecord> record = workspace.records().find(*table, id);
    if (!record)
        return {};
    for (const char *field : {"name", "title", "interviewee", "text", "key"}) {
        const int index = table->fieldIndex(QString::fromLatin1(field));
        if (index >= 0 && !record->values[index].text.isEmpty())
            return QString::fromUtf8(record->values[index].text);
    }
    return {};
}

QString describe(Workspace &workspace, const QString &table, const QString &id)
{
    const QString name = nameOf(workspace, table, id);
    return name.isEmpty()
               ? tableLabel(table)
               : QCoreApplication::translate("Conflicts", "%1 “%2”").arg(tableLabel(table), name);
}

RecordRef shownAt(Workspace &workspace, const QString &tableName, const QString &id)
{
    static const QStringList shownThemselves = {QStringLiteral("pm"), QStringLiteral("team"),
                                                QStringLiteral("goal"), QStringLiteral("interview"),
                                                QStringLiteral("product")};
    if (shownThemselves.contains(tableName))
        return {tableName, id, {}};
    if (tableName == QLatin1String("metric_point")) {
        const QStringList key = id.split(u'|');
        if (key.size() != 3)
            return {};
        return {QStringLiteral("product"), key[0], IsoDate::day(key[2])};
    }
    // The record it belongs to, through the field that names it.
    static const QHash<QString, std::pair<const char *, const char *>> owners = {
        {QStringLiteral("assignment"), {"team_id", "team"}},
        {QStringLiteral("key_result"), {"goal_id", "goal"}},
        {QStringLiteral("growth_review"), {"product_id", "product"}},
    };
    const auto owner = owners.constFind(tableName);
    const RecordTable *table = RecordTables::find(tableName);
    if (owner == owners.constEnd() || !table)
        return {};
    const std::optional<StoredRecord> record = workspace.records().find(*table, id);
    if (!record)
        return {};
    const int field = table->fieldIndex(QString::fromLatin1(owner->first));
    RecordRef ref{
        QString::fromLatin1(owner->second), QString::fromUtf8(record->values[field].text), {}};
    if (tableName == QLatin1String("growth_review"))
        ref.day = IsoDate::day(
            QString::fromUtf8(record->values[table->fieldIndex(QStringLiteral("month"))].text) +
            QStringLiteral("-01"));
    return ref;
}

} // namespace RecordLabels
