// libFuzzer target: OnnxImporter::importBytes on arbitrary bytes.
// A ModelError is the importer rejecting bad input (expected); any other exception, a crash,
// a leak, a UBSan report or a timeout is a finding.
#include "ModelError.h"
#include "OnnxImporter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// MEMPLANNER_FUZZ_VERBOSE=1 prints what each input gave (to check seeds); off while fuzzing.
bool verbose()
{
    static const bool on = std::getenv("MEMPLANNER_FUZZ_VERBOSE") != nullptr;
    return on;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // fromRawData: no copy, so ASan sees reads past the fuzzer's own buffer.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    try {
        const memplanner::ImportResult result =
            memplanner::OnnxImporter::importBytes(bytes, QStringLiteral("fuzz.onnx"));
        if (verbose())
            std::fprintf(stderr, "imported: %lld nodes, %lld warnings\n",
                         static_cast<long long>(result.graph.nodes.size()),
                         static_cast<long long>(result.warnings.size()));
    } catch (const memplanner::ModelError &e) {
        if (verbose())
            std::fprintf(stderr, "ModelError: %s\n", qPrintable(e.message()));
    }
    return 0;
}
