#pragma once

#include <QCoreApplication>
#include <QString>

// English plurals while Cadence has no translation catalogue: tr("%n day(s)", …, n) would
// print "(s)". Both forms go through translate(), in the caller's context, with %1 for the
// number in the second.
inline QString plural(const char *context, int n, const char *one, const char *many)
{
    return n == 1 ? QCoreApplication::translate(context, one)
                  : QCoreApplication::translate(context, many).arg(n);
}
