// libFuzzer target: any bytes as a CSV file of metric series to import.
#include "formats/metricscsv.h"
#include "fuzzsession.h"
#include "metrics/metricsrepository.h"
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
    MetricsRepository &metrics = FuzzSession::sample().metrics();
    static const QList<Product> products = metrics.products();
    static const QList<MetricDefinition> definitions = metrics.definitions();
    const Result<MetricsCsv::Preview> preview = MetricsCsv::read(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz.csv"), products, definitions);
    if (preview && !preview.value().ok())
        preview.value().problem();
    return 0;
}
