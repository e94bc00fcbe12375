// libFuzzer target: any bytes as a workspace file, opened for reading and for writing (which
// may upgrade it), then read whole through every repository.
#include "coverage/coveragerepository.h"
#include "fuzzsession.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "metrics/metricsrepository.h"
#include "workspace/verifiedworkspaces.h"
#include "workspace/workspacesession.h"

#include <QFile>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSession::initialise();
    return 0;
}

namespace {

void readEverything(WorkspaceSession &session)
{
    session.coverage().pms();
    session.coverage().teams();
    session.coverage().assignments();
    session.interviews().allRecords();
    session.metrics().definitions();
    session.metrics().reviews();
    for (const Product &product : session.metrics().products())
        for (const QString &key : session.metrics().seriesKeys(product.meta.id))
            session.metrics().series(product.meta.id, key);
    session.goals().goals();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzSession::scratch().filePath(QStringLiteral("fuzz.cadence"));
    for (const Workspace::Access access :
         {Workspace::Access::ReadOnly, Workspace::Access::ReadWrite}) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return 0;
            file.write(reinterpret_cast<const char *>(data), qint64(size));
        }
        VerifiedWorkspaces::forget(path);
        auto opened = WorkspaceSession::open(path, FuzzSession::sample().sharedClock(), access);
        if (opened)
            readEverything(*opened.value());
    }
    return 0;
}
