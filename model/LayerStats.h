#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace memplanner {

class Graph;
struct Plan;

/** What the layer table shows for one node of the graph, at the plan's batch. */
struct LayerRow
{
    QString name;
    QString op;
    QString module;
    std::vector<std::int64_t> outputShape; ///< first output; empty when not analysed
    std::int64_t parameters = 0;           ///< parameters and buffers this node owns
    std::int64_t savedBytes = 0;           ///< saved for backward (each storage at its first saver)
    double forwardFlops = 0.0;
    double peakShare = 0.0;                ///< savedBytes / tensor peak
    bool trainable = true;
    bool isPeakNode = false;               ///< the node running when memory peaks
};

/** Per-layer figures from a plan, in the graph's node order (one row per node). */
class LayerStats
{
public:
    static std::vector<LayerRow> rows(const Graph &graph, const Plan *plan);
    /** "32×64×56×56"; empty shape gives "—". */
    static QString shapeText(const std::vector<std::int64_t> &shape);
};

} // namespace memplanner
