#pragma once

#include "Graph.h"

namespace memplanner::test {

/**
 * A chain of @p n Add nodes where every 4th node also reads the node 7 back (a residual
 * stack): the layout test's and bench_layout's synthetic graph.
 */
inline Graph chainWithSkips(int n)
{
    Graph g;
    g.name = QStringLiteral("chain with skips %1").arg(n);
    g.inputs << GraphInput{QStringLiteral("x"), {kBatchDim, 8}, DType::Float32, false};
    for (int i = 0; i < n; ++i) {
        Node v;
        v.name = QStringLiteral("n%1").arg(i);
        v.op = QStringLiteral("Add");
        v.inputs << (i == 0 ? QStringLiteral("x") : QStringLiteral("n%1").arg(i - 1));
        if (i % 4 == 3 && i >= 7)
            v.inputs << QStringLiteral("n%1").arg(i - 7);
        g.nodes << v;
    }
    return g;
}

} // namespace memplanner::test
