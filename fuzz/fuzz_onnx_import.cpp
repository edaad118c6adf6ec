// libFuzzer target: OnnxImporter::importBytes on arbitrary bytes.
#include "ImporterHarness.h"
#include "OnnxImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return memplanner::fuzz::runImporter(data, size, [](const QByteArray &bytes) {
        return memplanner::OnnxImporter::importBytes(bytes, QStringLiteral("fuzz.onnx"));
    });
}
