#include "Checkpointing.h"

#include "Graph.h"
#include "GraphAnalysis.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace memplanner {

Checkpointing::LiveRanges Checkpointing::storageLiveRanges(const AnalysedGraph &graph)
{
    LiveRanges r{std::vector<int>(graph.tensors.size(), -1), std::vector<int>(graph.tensors.size(), -1)};
    for (const AnalysedTensor &t : graph.tensors) {
        if (t.producer < 0 || graph.tensors[t.root].graphInput)
            continue;
        int &f = r.first[t.root];
        f = f < 0 ? t.producer : std::min(f, t.producer);
        if (!t.consumers.empty())
            r.last[t.root] = std::max(r.last[t.root], t.consumers.back());
    }
    return r;
}

std::vector<int> Checkpointing::cutPoints(const AnalysedGraph &graph)
{
    const int n = static_cast<int>(graph.nodes.size());
    const auto [first, last] = storageLiveRanges(graph);
    std::vector<int> crossing(n + 1, 0); // difference array: roots crossing the cut before p
    for (std::size_t r = 0; r < graph.tensors.size(); ++r) {
        if (first[r] < 0 || last[r] <= first[r])
            continue;
        crossing[first[r] + 1] += 1;
        crossing[last[r] + 1] -= 1;
    }
    std::vector<int> cuts;
    int live = 0;
    for (int p = 1; p < n; ++p) {
        live += crossing[p];
        if (live == 1 && !graph.nodes[p].outcome.isLoss)
            cuts.push_back(p);
    }
    return cuts;
}

std::vector<int> Checkpointing::uniformEnds(const std::vector<int> &cuts, int nodeCount, int segments)
{
    std::vector<int> starts(static_cast<std::size_t>(std::max(0, nodeCount)));
    std::iota(starts.begin(), starts.end(), 0);
    return uniformEnds(cuts, starts, segments);
}

std::vector<int> Checkpointing::uniformEnds(const std::vector<int> &cuts,
                                            const std::vector<int> &layerStarts, int segments)
{
    std::vector<int> ends;
    if (segments <= 1 || cuts.empty() || layerStarts.empty())
        return ends;
    // checkpoint_sequential splits the modules into chunks of ⌊n / segments⌋; on a graph the
    // boundary moves to the nearest valid cut.
    const int count = static_cast<int>(layerStarts.size());
    const int size = std::max(1, count / segments);
    for (int k = 1; k < segments; ++k) {
        const int layer = k * size;
        const int ideal = layer < count ? layerStarts[static_cast<std::size_t>(layer)]
                                        : layerStarts.back() + (layer - count + 1);
        // the first cut at or after the ideal boundary, or the one before it when nearer
        const auto it = std::lower_bound(cuts.begin(), cuts.end(), ideal);
        int best = it == cuts.end() ? cuts.back() : *it;
        if (it != cuts.begin() && (it == cuts.end() || ideal - *(it - 1) <= *it - ideal))
            best = *(it - 1);
        if (ends.empty() || best > ends.back())
            ends.push_back(best);
    }
    return ends;
}

std::vector<int> Checkpointing::topLevelModuleStarts(const Graph &graph,
                                                     const AnalysedGraph &analysed)
{
    std::vector<int> starts;
    QSet<QString> seen;
    QString current;
    for (int p = 0; p < static_cast<int>(analysed.nodes.size()); ++p) {
        const AnalysedNode &n = analysed.nodes[static_cast<std::size_t>(p)];
        if (n.outcome.isLoss)
            continue;
        if (n.graphIndex < 0 || n.graphIndex >= graph.nodes.size())
            return {};
        const QString &module = graph.nodes[n.graphIndex].module;
        if (module.isEmpty())
            return {};
        const QString top = module.section(QLatin1Char('.'), 0, 0);
        if (!starts.empty() && top == current)
            continue;
        if (seen.contains(top)) // interleaved modules: no chain of children to count
            return {};
        // checkpoint_sequential takes an nn.Sequential, whose children are named 0, 1, 2, … in
        // order; top-level modules named otherwise (BERT's embeddings, encoder, pooler) are not
        // the chunks anyone would checkpoint, so the nodes are counted instead.
        if (top != QString::number(starts.size()))
            return {};
        seen.insert(top);
        current = top;
        starts.push_back(p);
    }
    return starts;
}

int Checkpointing::sqrtSegments(const std::vector<int> &cuts)
{
    const double blocks = static_cast<double>(cuts.size() + 1);
    return std::max(1, static_cast<int>(std::lround(std::sqrt(blocks))));
}

double Checkpointing::recomputeFlops(const AnalysedGraph &graph, const std::vector<int> &ends)
{
    if (ends.empty())
        return 0.0;
    double flops = 0.0;
    for (int p = 0; p < ends.back(); ++p)
        flops += graph.nodes[p].outcome.forwardFlops;
    return flops;
}

} // namespace memplanner
