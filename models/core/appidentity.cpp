#include "appidentity.h"

// Set by CMake for this file alone (models/CMakeLists.txt), from CMakeLists.txt.
#if !defined(CADENCE_APP_ID) || !defined(CADENCE_LICENSE)
#error "CADENCE_APP_ID and CADENCE_LICENSE (set in CMakeLists.txt) are not defined"
#endif

namespace AppIdentity {

QString desktopId()
{
    return QStringLiteral(CADENCE_APP_ID);
}

QString licence()
{
    return QStringLiteral(CADENCE_LICENSE);
}

} // namespace AppIdentity
