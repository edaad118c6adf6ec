// libFuzzer target: KerasImporter::importJson on arbitrary bytes (model.to_json() output).
#include "ImporterHarness.h"
#include "KerasImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return memplanner::fuzz::runImporter(data, size, [](const QByteArray &json) {
        return memplanner::KerasImporter::importJson(json, QStringLiteral("fuzz.json"));
    });
}
