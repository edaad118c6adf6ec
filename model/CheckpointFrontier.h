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
 * The memory-versus-recompute frontier of gradient checkpointing over a graph's cut points,
 * exact for the cost model below.
 *
 * **Cost model** (checkpoint_sequential's). Boundaries e₁ < … < e_k split the nodes before e_k
 * into checkpointed segments [e_{i−1}, e_i) (e₀ = 0); the nodes from e_k on form the last
 * segment, which runs normally. A checkpointed segment keeps only its input, so segment i is
 * re-run while the inputs of segments 1..i are kept (the graph's own input is not counted):
 *
 *     cost_i = x(e₁) + … + x(e_{i−1}) + saved(e_{i−1}, e_i) + 2·x(e_i)
 *
 * (kept inputs, what the re-run saves, its output and that output's gradient; x is the tensor
 * crossing a cut). The last segment keeps whatever its nodes save, each storage counted at its
 * last saver, next to the kept inputs: tail = x(e₁) + … + x(e_{k−1}) + savedFrom(e_k). The
 * estimate is max(cost₁, …, cost_k, tail); no checkpointing costs everything the step saves.
 * Everything before e_k runs twice, so recompute = forward FLOPs of [0, e_k): it depends on the
 * last boundary alone.
 *
 * **Algorithm.** For every last boundary L the least estimate M(L) comes from a backward
 * dynamic program over the cut points. The kept inputs x(e₁) + … + x(e_i) are a common offset
 * of every cost after boundary e_i, so max(K + a, K + b) = K + max(a, b) lets the suffix after
 * e_i be scored independently of the prefix before it:
 *
 *     R(j) = min over next boundaries j' in (j, L] of max(saved(j, j') + 2·x(j'), next(j')),
 *     next(j') = x(j') + R(j') for j' < L,   next(L) = savedFrom(L),   M(L) = R(0).
 *
 * That recurrence is exact: it is the min-max over every boundary set ending at L, split at its
 * first boundary. With savedBefore(j) = saved(0, j), u(j') = savedBefore(j') + 2·x(j') and
 * v(j') = next(j'), a candidate's score is max(u(j') − savedBefore(j), v(j')); only the (u, v)
 * staircase (u up, v down) can win, and the best step is where u − v crosses savedBefore(j), so
 * each j costs a binary search and one insertion into the staircase.
 *
 * **Pruning, still exact.** The frontier keeps a point only when M(L) is below every cheaper
 * point's estimate B, so a candidate scoring ≥ B cannot change the answer and is dropped (and
 * last boundaries whose tail alone reaches B are skipped). savedBefore(j) only falls as j moves
 * left, so a step dropped because its segment alone reaches B stays useless, and the scan of j
 * stops once the staircase is empty.
 *
 * **Complexity.** O(m² log m) time for m cut points in the worst case (O(m) memory); with the
 * pruning usually far less. 1,000 cut points take a few milliseconds (bench_planner).
 *
 * The estimate uses the no-checkpoint step's saved bytes per node; the planner checks each
 * candidate with the exact simulator, cheapest first.
 */
class CheckpointFrontier
{
public:
    /**
     * @p savedFirst / @p savedLast: the bytes each node saves, every saved storage counted at
     * its first (resp. last) saver, from the no-checkpoint step at the plan's batch;
     * @p cuts: valid cut positions, ascending; @p crossing: bytes of the tensor crossing each cut.
     *
     * Returns the Pareto frontier, least recompute first: "no checkpointing" first, then for
     * every distinct recompute the boundary set with the least estimate, kept only when that
     * estimate is below every earlier point's. Throws SizeOverflow when a sum leaves 64 bits.
     */
    static std::vector<FrontierPoint> compute(const std::vector<std::int64_t> &savedFirst,
                                              const std::vector<std::int64_t> &savedLast,
                                              const std::vector<double> &forwardFlops,
                                              const std::vector<int> &cuts,
                                              const std::vector<std::int64_t> &crossing);

    /**
     * The least-recompute point of @p frontier (as compute() returns it) whose estimate is at
     * most @p budgetBytes; nullptr when none is.
     */
    static const FrontierPoint *cheapestWithin(const std::vector<FrontierPoint> &frontier,
                                               std::int64_t budgetBytes);

    /** Bytes of the one storage crossing each cut (graph inputs excluded), at @p batch. */
    static std::vector<std::int64_t> crossingBytes(const AnalysedGraph &graph,
                                                   const std::vector<int> &cuts,
                                                   std::int64_t batch);
};

} // namespace memplanner
