// libFuzzer target: ProjectFile::fromJson on arbitrary bytes, then Planner::plan of the parsed
// graph under the project's own configuration (or the defaults), against the built-in device
// and runtime catalogues. A ModelError is rejected input (expected); any other exception, a
// crash, a leak, a UBSan report or a timeout is a finding.
#include "Device.h"
#include "ModelError.h"
#include "Planner.h"
#include "ProjectFile.h"
#include "RuntimeProfile.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// The catalogues come from the Qt resources (memplanner_resources), which register themselves
// in static initialisers: reading :/devices.json needs no QCoreApplication. Loaded once.
const memplanner::DeviceCatalogue *g_devices = nullptr;
const memplanner::RuntimeCatalogue *g_runtimes = nullptr;

// MEMPLANNER_FUZZ_VERBOSE=1 prints what each input gave (to check seeds); off while fuzzing.
bool verbose()
{
    static const bool on = std::getenv("MEMPLANNER_FUZZ_VERBOSE") != nullptr;
    return on;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Deliberately never freed: reachable from globals, so LeakSanitizer ignores them.
    try {
        g_devices = new memplanner::DeviceCatalogue(memplanner::DeviceCatalogue::load());
        g_runtimes = new memplanner::RuntimeCatalogue(memplanner::RuntimeCatalogue::load());
    } catch (const memplanner::ModelError &e) {
        std::fprintf(stderr, "fuzz_memplan_project: cannot load the built-in catalogues: %s\n",
                     qPrintable(e.message()));
        std::abort();
    }
    if (g_devices->items().isEmpty() || g_runtimes->items().isEmpty()) {
        std::fprintf(stderr, "fuzz_memplan_project: the built-in catalogues are empty\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                    static_cast<qsizetype>(size));
    try {
        const memplanner::Project project =
            memplanner::ProjectFile::fromJson(json, QStringLiteral("fuzz.memplan"));
        const memplanner::PlanConfig config =
            project.hasConfig ? project.config : memplanner::PlanConfig{};
        const memplanner::Planner planner(*g_devices, *g_runtimes);
        const memplanner::Plan plan = planner.plan(project.graph, config);
        if (verbose())
            std::fprintf(stderr, "planned: %d nodes, tensor peak %lld bytes, %lld devices\n",
                         plan.nodeCount, static_cast<long long>(plan.memory.tensorPeak),
                         static_cast<long long>(plan.devices.size()));
    } catch (const memplanner::ModelError &e) {
        if (verbose())
            std::fprintf(stderr, "ModelError: %s\n", qPrintable(e.message()));
    }
    return 0;
}
