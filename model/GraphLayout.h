#pragma once

#include "Graph.h"

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace memplanner {

/**
 * Automatic layered layout of a graph for the editor (Sugiyama style), top to bottom:
 *
 * 1. longest-path layering from the graph inputs, with sources pulled down to just above their
 *    first consumer (a label input sits next to the loss, not at the top);
 * 2. edges spanning several layers are split by virtual nodes;
 * 3. barycentre ordering sweeps (down and up), keeping the order with the fewest crossings;
 * 4. x coordinates that sit each box between its neighbours (least squares under the minimum
 *    spacing, solved per layer by pool-adjacent-violators), y from the layer.
 *
 * Every box has the same size. The result is deterministic and runs in about O(E log V) per
 * sweep; references to unknown names are ignored, and edges closing a cycle are laid out as if
 * absent (such a graph cannot be planned, but it can still be shown).
 */
class GraphLayout
{
public:
    static constexpr double kNodeWidth = 176.0;
    static constexpr double kNodeHeight = 60.0;

    struct Options
    {
        QSizeF nodeSize{kNodeWidth, kNodeHeight};
        double columnGap = 28.0; ///< horizontal space between two boxes of one layer
        double layerGap = 44.0;  ///< vertical space between layers
        int sweeps = 4;          ///< ordering iterations (each one down and one up sweep)
    };

    /**
     * The top-left corner of every graph input's and node's box, keyed by name. A producer's box
     * is always above its consumers' (strictly smaller y) and no two boxes overlap.
     */
    static QHash<QString, QPointF> layout(const Graph &graph, const Options &options);
    static QHash<QString, QPointF> layout(const Graph &graph) { return layout(graph, Options()); }
};

} // namespace memplanner
