// libFuzzer target: any bytes as a CSV file of metric series to import.
#include "formats/metricscsv.h"
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
    static const MetricsCsv::Catalogue catalogue = MetricsCsv::catalogue(FuzzSession::sample());
    const Result<MetricsCsv::Preview> preview = MetricsCsv::read(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.csv"), catalogue);
    if (preview && !preview.value().ok())
        preview.value().problem();
    return 0;
}
