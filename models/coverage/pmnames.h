#pragma once

#include "coveragetypes.h"

#include <QList>

// How people name a PM in files and on the command line: the full name, or the first name
// alone ("Annika"), which the handbook uses. The one rule for every reader of names.
namespace PmNames {

// The PM whose full name this is (case-insensitive); else every PM whose first name it is.
// One PM: the name is resolved; several: it is ambiguous; none: unknown.
QList<Pm> matching(const QList<Pm> &pms, const QString &name);

// "Anna Szell, Annika Schmid and Raquel", for messages that list the candidates.
QString list(const QList<Pm> &pms);

} // namespace PmNames
