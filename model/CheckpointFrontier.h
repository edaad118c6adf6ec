#pragma once

#include <cstdint>
#include <vector>

namespace memplanner {

class AnalysedGraph;

/** One way to checkpoint: its segment ends, its estimated activation memory and its recompute. */
struct FrontierPoint
{
    std::vector<int> ends;          ///< exclusive ends of the checkpointed segments
    std::int64_t estimatedBytes = 0; ///< saved activations + kept boundaries (estimate)
    double recomputeFlops = 0.0;
};

/**
 * The memory-versus-recompute frontier of gradient checkpointing over a graph's cut points.
 *
 * Recompute depends only on the last checkpointed boundary c (everything before it runs twice),
 * so for each c the boundaries before it are placed to minimise the largest live set. Like
 * checkpoint_sequential, every checkpointed segment keeps only its input: segment i is re-run
 * while the inputs of segments 1..i are kept, so its cost is those inputs plus its saved
 * activations plus its re-run output and that output's gradient. The last segment runs normally:
 * it keeps whatever its nodes save (each storage counted at its last saver). For a cap X a greedy left-to-right cut
 * (each segment reaching as far as the cap allows) places the boundaries, and a binary search on
 * X finds the smallest cap that works. The estimate uses the no-checkpoint step's saved bytes
 * per node; the planner checks each candidate with the exact simulator, cheapest first.
 */
class CheckpointFrontier
{
public:
    /**
     * @p savedFirst / @p savedLast: the bytes each node saves, every saved storage counted at
     * its first (resp. last) saver, from the no-checkpoint step at the plan's batch;
     * @p crossing: bytes of the tensor crossing each cut in @p cuts. Returns the Pareto
     * frontier, least recompute first, always starting with "no checkpointing".
     */
    static std::vector<FrontierPoint> compute(const std::vector<std::int64_t> &savedFirst,
                                              const std::vector<std::int64_t> &savedLast,
                                              const std::vector<double> &forwardFlops,
                                              const std::vector<int> &cuts,
                                              const std::vector<std::int64_t> &crossing);

    /** Bytes of the one storage crossing each cut (graph inputs excluded), at @p batch. */
    static std::vector<std::int64_t> crossingBytes(const AnalysedGraph &graph,
                                                   const std::vector<int> &cuts,
                                                   std::int64_t batch);
};

} // namespace memplanner
