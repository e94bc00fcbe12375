#pragma once

#include <QString>
#include <QStringList>

// A name a letter or two away from one the workspace knows ("Sesion Replay" for "Session
// Replay") is more likely a typo than a new name: importers refuse it and say which.
namespace NearMiss {

// The candidate within a small edit distance of `name` (ignoring case; one letter for short
// names, two for longer ones, a swap of two counting as one), or empty. A candidate equal to
// name but for case is not a near miss: it is the same name.
QString closest(const QString &name, const QStringList &candidates);

} // namespace NearMiss
