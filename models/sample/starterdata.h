#pragma once

#include "core/problem.h"

#include <QJsonObject>

class WorkspaceSession;

// The starter workspace from the PM team's handbook (resources/starter/handbook.json, whose
// "about" says how each fact was read off the pages). Starter records get ids derived from
// their keys, so two workspaces started from the handbook agree on them and merge cleanly.
namespace StarterData {

QJsonObject document();
QString pmId(const QString &key);
QString teamId(const QString &key);

// PMs, teams and the two dated coverage snapshots.
Outcome writeCoverage(WorkspaceSession &session);

} // namespace StarterData
