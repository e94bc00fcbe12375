#pragma once

#include "core/recordref.h"

#include <QString>

class Workspace;

// How a record of any table is named to the user, and where it is shown: for the merge's
// report and the Conflicts view, which list records of every kind.
namespace RecordLabels {

// "goal", "metric value", … for a record table's name.
QString tableLabel(const QString &table);
// What people call the record: its name, title, who, text or key; empty if it has none.
QString nameOf(Workspace &workspace, const QString &table, const QString &id);
// "goal “Hire a new PM”", or the table's label alone for a record without a name.
QString describe(Workspace &workspace, const QString &table, const QString &id);
// The record a pane selects to show this one: itself, or the record it belongs to (a key
// result's goal, an assignment's team, a metric value's product on its day); invalid when
// no pane shows it.
RecordRef shownAt(Workspace &workspace, const QString &table, const QString &id);

} // namespace RecordLabels
