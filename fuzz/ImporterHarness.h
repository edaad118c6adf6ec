#pragma once

// The shared body of the importer fuzz targets: run an importer on the fuzzer's bytes. A
// ModelError is the importer rejecting bad input (expected); any other exception, a crash, a
// leak, a UBSan report or a timeout is a finding.

#include "ImportResult.h"
#include "ModelError.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace memplanner::fuzz {

/** MEMPLANNER_FUZZ_VERBOSE=1 prints what each input gave (to check seeds); off while fuzzing. */
inline bool verbose()
{
    static const bool on = std::getenv("MEMPLANNER_FUZZ_VERBOSE") != nullptr;
    return on;
}

template<typename Import>
int runImporter(const std::uint8_t *data, std::size_t size, Import import)
{
    // fromRawData: no copy, so ASan sees reads past the fuzzer's own buffer.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    try {
        const ImportResult result = import(bytes);
        if (verbose())
            std::fprintf(stderr, "imported: %lld nodes, %lld warnings\n",
                         static_cast<long long>(result.graph.nodes.size()),
                         static_cast<long long>(result.warnings.size()));
    } catch (const ModelError &e) {
        if (verbose())
            std::fprintf(stderr, "ModelError: %s\n", qPrintable(e.message()));
    }
    return 0;
}

} // namespace memplanner::fuzz
