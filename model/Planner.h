#pragma once

#include "Device.h"
#include "GraphAnalysis.h"
#include "PlanConfig.h"
#include "RuntimeProfile.h"
#include "StepSimulator.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace memplanner {

class Graph;

/** The memory answer at one batch size: the breakdown at the peak moment. */
struct MemoryAtPeak
{
    std::array<std::int64_t, kCategoryCount> breakdown{}; ///< by Category, adds up to tensorPeak
    std::int64_t tensorPeak = 0;     ///< comparable to torch.cuda.max_memory_allocated
    std::int64_t runtimeOverhead = 0;
    std::int64_t devicePeak = 0;     ///< tensorPeak + runtimeOverhead
    Phase phase = Phase::Forward;
    int node = -1;                   ///< position of the node running at the peak (-1: none)
    bool recompute = false;
};

/** Forward, backward and recompute FLOPs of one step. */
struct ComputeCost
{
    double forward = 0.0;
    double backward = 0.0;
    double recompute = 0.0;
    double optimizer = 0.0;
    double total() const { return forward + backward + recompute; }
};

/** How a configuration meets one device. */
struct DeviceFit
{
    QString id;
    QString name;
    QString runtime;
    std::int64_t capacity = 0;
    std::int64_t devicePeak = 0;
    bool fits = false;
    std::int64_t headroom = 0;          ///< capacity − devicePeak (negative when it misses)
    std::optional<std::int64_t> maxBatch; ///< empty: memory does not grow with the batch
    double stepTimeSeconds = 0.0;
    QStringList warnings;
};

/**
 * A plan's core for one runtime: the analysed graph, the checkpoint segments and the simulated
 * step. Everything else (peaks at any batch, the largest batch, step time) is derived from it.
 */
class PlanCore
{
public:
    AnalysedGraph graph;
    StepTimeline timeline;
    std::vector<int> checkpointEnds;
    const RuntimeProfile *runtime = nullptr;
    bool training = true;

    /** Tensor peak and breakdown at @p batch, with @p runtime's overhead. */
    MemoryAtPeak memoryAt(std::int64_t batch) const;
    /** Largest batch whose device peak fits @p capacity; empty when unbounded; 0 if none fits. */
    std::optional<std::int64_t> maxBatch(std::int64_t capacity) const;
    std::int64_t runtimeOverhead(const MemorySnapshot &peak, std::int64_t tensorPeak,
                                 std::int64_t batch) const;
};

/** The complete plan of a graph under one configuration. */
struct Plan
{
    QString modelName;
    QString modelSource;
    int nodeCount = 0;
    std::int64_t parameters = 0;
    std::int64_t trainableParameters = 0;
    PlanConfig config;
    std::shared_ptr<const PlanCore> core;
    int segments = 1;
    MemoryAtPeak memory;
    ComputeCost compute;
    QList<DeviceFit> devices;
    QStringList warnings;
    QStringList fusions; ///< modules an importer fused back (shown with the model)
};

/** Turns a graph and a configuration into a Plan. Stateless apart from the catalogues. */
class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    Planner(const DeviceCatalogue &devices, const RuntimeCatalogue &runtimes);

    /** Plans @p graph; throws ModelError with a translated message on bad input. */
    Plan plan(const Graph &graph, const PlanConfig &config) const;

    /** The step's core for one runtime (analysis + checkpointing + simulation). */
    std::shared_ptr<const PlanCore> buildCore(const Graph &graph, const PlanConfig &config,
                                              const RuntimeProfile &runtime,
                                              QStringList *warnings) const;

    /**
     * The memory-versus-recompute frontier of checkpointing @p graph for training under
     * @p config (its own checkpoint mode is ignored): CheckpointFrontier's points, least
     * recompute first, each simulated exactly. The first core checkpoints nothing; for
     * inference or a graph without cut points it is the only one.
     */
    std::vector<std::shared_ptr<const PlanCore>>
    checkpointFrontier(const Graph &graph, const PlanConfig &config,
                       const RuntimeProfile &runtime) const;

    /** Roofline step time of @p core at @p batch on @p device. */
    static double stepTime(const PlanCore &core, const PlanConfig &config, const Device &device,
                           std::int64_t batch, QStringList *warnings);

    static ComputeCost computeCost(const PlanCore &core, const PlanConfig &config);

    const DeviceCatalogue &deviceCatalogue() const { return m_devices; }
    const RuntimeCatalogue &runtimeCatalogue() const { return m_runtimes; }

private:
    DeviceFit fitDevice(const Graph &graph, const PlanConfig &config, const Device &device,
                        const std::shared_ptr<const PlanCore> &planCore) const;

    const DeviceCatalogue &m_devices;
    const RuntimeCatalogue &m_runtimes;
};

} // namespace memplanner
