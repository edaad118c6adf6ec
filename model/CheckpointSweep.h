#pragma once

#include "Planner.h"

#include <QList>
#include <QStringList>

#include <cstdint>

namespace memplanner {

class Graph;

/** One way to checkpoint, simulated exactly at the configuration's batch. */
struct CheckpointOption
{
    enum class Strategy { None, Uniform, Sqrt, Optimal };
    Strategy strategy = Strategy::None;
    /// what to apply to get this point: "N" segments, "sqrt", or budget=its tensor peak (the
    /// planner then takes the least-recompute frontier point within it: this one or better)
    CheckpointSpec spec;
    int segments = 1;
    QStringList boundaries; ///< the first node of every later segment
    MemoryAtPeak memory;
    double recomputeFlops = 0.0;
    double stepFlops = 0.0; ///< forward + backward + recompute
};

/**
 * Memory versus extra compute of gradient checkpointing: uniform segments (as
 * checkpoint_sequential splits them), √n, and the optimal frontier (Planner::checkpointFrontier),
 * each point simulated exactly so the three compare on the same footing. The CLI's
 * `sweep --over checkpoint` and the frontier chart show these points.
 */
class CheckpointSweep
{
public:
    /**
     * All points for @p config (its own checkpointing ignored): "none" first, then uniform
     * segment counts 2… (at most @p maxUniform of them, spread evenly when there are more),
     * √n, then the optimal frontier's points. Inference gives "none" only.
     */
    static QList<CheckpointOption> options(const Planner &planner, const Graph &graph,
                                           const PlanConfig &config, int maxUniform = 64);
};

} // namespace memplanner
