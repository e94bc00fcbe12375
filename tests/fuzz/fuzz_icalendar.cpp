// libFuzzer target: any bytes as an iCalendar file to import, then what it read written back.
#include "coverage/coveragerepository.h"
#include "formats/icalendar.h"
#include "fuzzsession.h"
#include "workspace/workspacesession.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSession::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    WorkspaceSession &session = FuzzSession::sample();
    static const QList<Pm> pms = session.coverage().pms();
    static const QList<Team> teams = session.coverage().teams();
    ICalendar::ReadContext context{pms, teams, pms.first().meta.id, session.clock().now(),
                                   QStringLiteral("fuzz.ics")};
    const Result<QList<Interview>> read = ICalendar::read(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), context);
    if (read)
        ICalendar::write(read.value(), pms, teams, session.clock().now());
    return 0;
}
