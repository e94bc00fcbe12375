#include "fuzzsession.h"

#include "core/appidentity.h"
#include "core/clock.h"
#include "workspace/workspacefactory.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

// Never destroyed: Qt's SQL drivers may be gone by the time static objects are, and a pointer
// held here is no leak to LeakSanitizer.
WorkspaceSession *session = nullptr;

} // namespace

namespace FuzzSession {

const QTemporaryDir &scratch()
{
    static const QTemporaryDir folder;
    return folder;
}

void initialise()
{
    static int argc = 1;
    static char name[] = "cadence-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    AppIdentity::apply();
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", QFile::encodeName(scratch().filePath(QStringLiteral("data"))));
    auto clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc()));
    auto created = WorkspaceFactory::create(scratch().filePath(QStringLiteral("sample.cadence")),
                                            clock, WorkspaceFactory::Content::Sample);
    if (!created) {
        std::fprintf(stderr, "cannot make the sample: %s\n", qPrintable(created.problem().text()));
        std::abort();
    }
    session = created.take().release();
}

WorkspaceSession &sample()
{
    return *session;
}

} // namespace FuzzSession
