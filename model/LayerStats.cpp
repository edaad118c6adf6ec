#include "LayerStats.h"

#include "Planner.h"

#include <QStringList>

namespace memplanner {

std::vector<LayerRow> LayerStats::rows(const Graph &graph, const Plan *plan)
{
    std::vector<LayerRow> rows(static_cast<std::size_t>(graph.nodes.size()));
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes.at(i);
        LayerRow &row = rows[static_cast<std::size_t>(i)];
        row.name = node.name;
        row.op = node.op;
        row.module = node.module;
        row.trainable = node.trainable;
    }
    if (!plan || !plan->core)
        return rows;
    const PlanCore &core = *plan->core;
    const AnalysedGraph &analysed = core.graph;
    const std::int64_t batch = plan->config.batch;
    const double peak = static_cast<double>(plan->memory.tensorPeak);
    for (std::size_t pos = 0; pos < analysed.nodes.size(); ++pos) {
        const AnalysedNode &an = analysed.nodes[pos];
        if (an.graphIndex < 0 || an.graphIndex >= static_cast<int>(rows.size()))
            continue;
        LayerRow &row = rows[static_cast<std::size_t>(an.graphIndex)];
        if (!an.outputs.empty())
            row.outputShape = analysed.tensors[static_cast<std::size_t>(an.outputs.front())].type.shape;
        for (int p : an.params)
            row.parameters += analysed.params[static_cast<std::size_t>(p)].elements;
        if (pos < core.timeline.savedBytesPerNode.size())
            row.savedBytes = core.timeline.savedBytesPerNode[pos].at(batch);
        row.forwardFlops = an.outcome.forwardFlops;
        row.peakShare = peak > 0 ? static_cast<double>(row.savedBytes) / peak : 0.0;
        row.isPeakNode = plan->memory.node == static_cast<int>(pos);
    }
    return rows;
}

QString LayerStats::shapeText(const std::vector<std::int64_t> &shape)
{
    if (shape.empty())
        return QStringLiteral("—");
    QStringList parts;
    for (std::int64_t d : shape)
        parts.append(QString::number(d));
    return parts.join(QStringLiteral("×"));
}

} // namespace memplanner
