#pragma once

#include <vector>

namespace memplanner {

class AnalysedGraph;
class Graph;

/**
 * Where a graph can be cut into checkpoint segments, and how to place N segments.
 * A cut before node p is valid when exactly one activation storage crosses it (graph inputs
 * such as labels or masks stay alive anyway and do not count), as checkpoint_sequential needs.
 */
class Checkpointing
{
public:
    /** Per storage root: the first position producing it and the last consuming it (-1: none;
     *  graph inputs, which stay alive anyway, are left out). */
    struct LiveRanges
    {
        std::vector<int> first;
        std::vector<int> last;
    };
    static LiveRanges storageLiveRanges(const AnalysedGraph &graph);

    /** Valid cut positions (a segment may start at each), ascending. */
    static std::vector<int> cutPoints(const AnalysedGraph &graph);

    /**
     * Segment ends for @p segments segments as torch.utils.checkpoint.checkpoint_sequential
     * places them over @p nodeCount layers (chunks of ⌊n / segments⌋, the rest in the last),
     * each moved to the nearest valid cut. Fewer when the graph has too few cuts.
     */
    static std::vector<int> uniformEnds(const std::vector<int> &cuts, int nodeCount, int segments);

    /**
     * The same over layers that begin at the positions @p layerStarts (ascending, the first 0):
     * segment k ends where layer k·⌊n / segments⌋ begins, moved to the nearest valid cut.
     */
    static std::vector<int> uniformEnds(const std::vector<int> &cuts,
                                        const std::vector<int> &layerStarts, int segments);

    /**
     * Where each top-level module begins (the first part of the nodes' dotted module paths:
     * "2" of "2.attn.q", "layer1" of "layer1.0.conv1"), over the nodes that are not losses: the
     * children checkpoint_sequential counts. Only for an exported nn.Sequential: empty when a
     * node names no module, a top-level module's nodes are not contiguous, or the top-level
     * modules are not named 0, 1, 2, … in order.
     */
    static std::vector<int> topLevelModuleStarts(const Graph &graph, const AnalysedGraph &analysed);

    /** √n segments, n being the number of cut-delimited blocks (Chen et al. 2016). */
    static int sqrtSegments(const std::vector<int> &cuts);

    /** Forward FLOPs re-run in backward: every segment but the last. */
    static double recomputeFlops(const AnalysedGraph &graph, const std::vector<int> &ends);
};

} // namespace memplanner
