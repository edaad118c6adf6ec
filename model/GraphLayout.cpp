#include "GraphLayout.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace memplanner {

namespace {

/** Edges spanning more layers than this get no virtual vertices. */
constexpr int kLongestChain = 24;

/** The layered graph: real vertices (inputs, then nodes) followed by virtual ones. */
struct Layered
{
    int realCount = 0;
    std::vector<int> layer;
    std::vector<std::vector<int>> up;   ///< neighbours one layer above
    std::vector<std::vector<int>> down; ///< neighbours one layer below
    std::vector<std::vector<int>> layers; ///< vertices of each layer, in order
    std::vector<int> pos;               ///< index within its layer

    bool isReal(int v) const { return v < realCount; }
};

/** Forward edges (u before v in a topological order) and a longest-path layering. */
Layered buildLayers(const Graph &graph)
{
    const int inputCount = int(graph.inputs.size());
    const int n = inputCount + int(graph.nodes.size());
    QHash<QString, int> id;
    id.reserve(n);
    for (int i = 0; i < inputCount; ++i)
        id.insert(graph.inputs.at(i).name, i);
    for (int i = 0; i < graph.nodes.size(); ++i)
        id.insert(graph.nodes.at(i).name, inputCount + i);

    const auto count = static_cast<std::size_t>(n);
    std::vector<std::vector<int>> preds(count), succs(count);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const int v = inputCount + i;
        for (const QString &ref : graph.nodes.at(i).inputs) {
            const auto it = id.constFind(splitTensorRef(ref).first);
            if (it == id.cend() || *it == v)
                continue;
            auto &p = preds[std::size_t(v)];
            if (std::find(p.begin(), p.end(), *it) != p.end())
                continue;
            p.push_back(*it);
            succs[std::size_t(*it)].push_back(v);
        }
    }

    // Kahn's algorithm in index order; vertices left on a cycle follow in index order.
    std::vector<int> indegree(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        indegree[std::size_t(v)] = int(preds[std::size_t(v)].size());
    std::vector<int> order;
    order.reserve(std::size_t(n));
    std::vector<int> rank(std::size_t(n), -1);
    std::vector<int> queue;
    for (int v = 0; v < n; ++v)
        if (indegree[std::size_t(v)] == 0)
            queue.push_back(v);
    std::size_t head = 0;
    const auto drain = [&] {
        while (head < queue.size()) {
            const int u = queue[head++];
            rank[std::size_t(u)] = int(order.size());
            order.push_back(u);
            for (int s : succs[std::size_t(u)])
                if (--indegree[std::size_t(s)] == 0)
                    queue.push_back(s);
        }
    };
    drain();
    for (int v = 0; v < n && int(order.size()) < n; ++v) {
        if (rank[std::size_t(v)] < 0 && indegree[std::size_t(v)] > 0) {
            indegree[std::size_t(v)] = 0; // break the cycle here
            queue.push_back(v);
            drain();
        }
    }

    const auto forward = [&](int u, int v) { return rank[std::size_t(u)] < rank[std::size_t(v)]; };

    Layered g;
    g.realCount = n;
    g.layer.assign(std::size_t(n), 0);
    for (int v : order)
        for (int u : preds[std::size_t(v)])
            if (forward(u, v))
                g.layer[std::size_t(v)]
                        = std::max(g.layer[std::size_t(v)], g.layer[std::size_t(u)] + 1);
    // Sources sit just above their highest consumer instead of all at the top.
    for (int v = 0; v < n; ++v) {
        const bool source = std::none_of(preds[std::size_t(v)].begin(), preds[std::size_t(v)].end(),
                                         [&](int u) { return forward(u, v); });
        if (!source)
            continue;
        int lowest = -1;
        for (int s : succs[std::size_t(v)])
            if (forward(v, s))
                lowest = lowest < 0 ? g.layer[std::size_t(s)]
                                    : std::min(lowest, g.layer[std::size_t(s)]);
        if (lowest > 0)
            g.layer[std::size_t(v)] = lowest - 1;
    }

    // Split long edges into chains of virtual vertices, one per crossed layer.
    g.up.resize(std::size_t(n));
    g.down.resize(std::size_t(n));
    const auto addVertex = [&g](int layer) {
        g.layer.push_back(layer);
        g.up.emplace_back();
        g.down.emplace_back();
        return int(g.layer.size()) - 1;
    };
    const auto link = [&g](int a, int b) {
        g.down[std::size_t(a)].push_back(b);
        g.up[std::size_t(b)].push_back(a);
    };
    std::vector<int> insertion; // the order vertices enter their layers at first
    insertion.reserve(std::size_t(n) * 2);
    for (int u : order) {
        insertion.push_back(u);
        for (int v : succs[std::size_t(u)]) {
            if (!forward(u, v))
                continue;
            // A very long edge (an attention mask read by every layer) would add thousands of
            // virtual vertices; it is drawn, but does not steer the order.
            if (g.layer[std::size_t(v)] - g.layer[std::size_t(u)] > kLongestChain)
                continue;
            int last = u;
            for (int l = g.layer[std::size_t(u)] + 1; l < g.layer[std::size_t(v)]; ++l) {
                const int d = addVertex(l);
                insertion.push_back(d);
                link(last, d);
                last = d;
            }
            link(last, v);
        }
    }

    int layerCount = 0;
    for (int l : g.layer)
        layerCount = std::max(layerCount, l + 1);
    g.layers.resize(std::size_t(layerCount));
    g.pos.assign(g.layer.size(), 0);
    // Initial order: a depth-first walk down from the sources keeps chains together.
    std::vector<char> placed(g.layer.size(), 0);
    std::vector<int> stack;
    for (int start : insertion) {
        if (placed[std::size_t(start)])
            continue;
        stack.push_back(start);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            if (placed[std::size_t(v)])
                continue;
            placed[std::size_t(v)] = 1;
            auto &row = g.layers[std::size_t(g.layer[std::size_t(v)])];
            g.pos[std::size_t(v)] = int(row.size());
            row.push_back(v);
            const auto &next = g.down[std::size_t(v)];
            for (auto it = next.rbegin(); it != next.rend(); ++it)
                if (!placed[std::size_t(*it)])
                    stack.push_back(*it);
        }
    }
    return g;
}

/** Crossings between layer @p l and the next one (inversions counted with a Fenwick tree). */
std::int64_t crossingsBelow(const Layered &g, std::size_t l,
                            std::vector<std::pair<int, int>> &edges, std::vector<int> &tree)
{
    edges.clear();
    for (int u : g.layers[l])
        for (int v : g.down[std::size_t(u)])
            edges.emplace_back(g.pos[std::size_t(u)], g.pos[std::size_t(v)]);
    std::sort(edges.begin(), edges.end());
    const std::size_t width = g.layers[l + 1].size();
    tree.assign(width + 1, 0);
    std::int64_t crossings = 0;
    std::int64_t seen = 0;
    for (const auto &edge : edges) {
        // Edges seen so far ending strictly right of this one cross it.
        std::int64_t notGreater = 0;
        for (int i = edge.second + 1; i > 0; i -= i & -i)
            notGreater += tree[std::size_t(i)];
        crossings += seen - notGreater;
        for (std::size_t i = std::size_t(edge.second) + 1; i <= width; i += i & (~i + 1))
            ++tree[i];
        ++seen;
    }
    return crossings;
}

std::int64_t crossings(const Layered &g)
{
    std::vector<std::pair<int, int>> edges;
    std::vector<int> tree;
    std::int64_t total = 0;
    for (std::size_t l = 0; l + 1 < g.layers.size(); ++l)
        total += crossingsBelow(g, l, edges, tree);
    return total;
}

/** Reorders one layer by the mean position of each vertex's neighbours in @p adjacent. */
void sortByBarycentre(Layered &g, std::size_t l, const std::vector<std::vector<int>> &adjacent,
                      std::vector<std::pair<double, int>> &keys)
{
    auto &row = g.layers[l];
    keys.clear();
    for (int v : row) {
        const auto &nb = adjacent[std::size_t(v)];
        double key = g.pos[std::size_t(v)];
        if (!nb.empty()) {
            double sum = 0;
            for (int u : nb)
                sum += g.pos[std::size_t(u)];
            key = sum / double(nb.size());
        }
        keys.emplace_back(key, v);
    }
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keys.size(); ++i) {
        row[i] = keys[i].second;
        g.pos[std::size_t(row[i])] = int(i);
    }
}

void orderLayers(Layered &g, int sweeps)
{
    std::int64_t best = crossings(g);
    std::vector<std::vector<int>> bestLayers = g.layers;
    std::vector<std::pair<double, int>> keys;
    for (int sweep = 0; sweep < sweeps && best > 0; ++sweep) {
        for (std::size_t l = 1; l < g.layers.size(); ++l)
            sortByBarycentre(g, l, g.up, keys);
        for (std::size_t l = g.layers.size(); l-- > 1;)
            sortByBarycentre(g, l - 1, g.down, keys);
        const std::int64_t now = crossings(g);
        if (now < best) {
            best = now;
            bestLayers = g.layers;
        }
    }
    g.layers = std::move(bestLayers);
    for (const auto &row : g.layers)
        for (std::size_t i = 0; i < row.size(); ++i)
            g.pos[std::size_t(row[i])] = int(i);
}

/**
 * Places one layer: x as close as possible (least squares) to @p desired while keeping the
 * order and the minimum spacing @p gap between neighbours. Shifting each x by the sum of the
 * spacings to its left turns the constraints into "non-decreasing", which pool-adjacent-
 * violators solves exactly in linear time.
 */
void placeRow(const std::vector<double> &desired, const std::vector<double> &gap,
              std::vector<double> &x)
{
    const std::size_t n = desired.size();
    std::vector<double> offset(n, 0.0);
    for (std::size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + gap[i - 1];
    struct Block
    {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    std::vector<Block> blocks;
    blocks.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        blocks.push_back({desired[i] - offset[i], 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() >= blocks.back().mean()) {
            const Block last = blocks.back();
            blocks.pop_back();
            blocks.back().sum += last.sum;
            blocks.back().count += last.count;
        }
    }
    x.resize(n);
    std::size_t i = 0;
    for (const Block &block : blocks) {
        const double y = block.mean();
        for (int k = 0; k < block.count; ++k, ++i)
            x[i] = y + offset[i];
    }
}

std::vector<double> coordinates(const Layered &g, const GraphLayout::Options &options)
{
    const double width = options.nodeSize.width();
    const double virtualWidth = 12.0;
    const auto widthOf = [&](int v) { return g.isReal(v) ? width : virtualWidth; };
    const auto spacing = [&](int a, int b) {
        const double between = g.isReal(a) && g.isReal(b) ? options.columnGap : 10.0;
        return (widthOf(a) + widthOf(b)) / 2 + between;
    };

    std::vector<double> cx(g.layer.size(), 0.0);
    std::vector<std::vector<double>> gaps(g.layers.size());
    for (std::size_t l = 0; l < g.layers.size(); ++l) {
        const auto &row = g.layers[l];
        double x = 0;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) {
                gaps[l].push_back(spacing(row[i - 1], row[i]));
                x += gaps[l].back();
            }
            cx[std::size_t(row[i])] = x;
        }
    }

    std::vector<double> desired, placed;
    const auto pass = [&](std::size_t l, bool useUp, bool useDown) {
        const auto &row = g.layers[l];
        desired.assign(row.size(), 0.0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            const int v = row[i];
            double sum = 0;
            int count = 0;
            if (useUp)
                for (int u : g.up[std::size_t(v)])
                    sum += cx[std::size_t(u)], ++count;
            if (useDown)
                for (int u : g.down[std::size_t(v)])
                    sum += cx[std::size_t(u)], ++count;
            desired[i] = count > 0 ? sum / count : cx[std::size_t(v)];
        }
        placeRow(desired, gaps[l], placed);
        for (std::size_t i = 0; i < row.size(); ++i)
            cx[std::size_t(row[i])] = placed[i];
    };
    for (int round = 0; round < 3; ++round) {
        for (std::size_t l = 1; l < g.layers.size(); ++l)
            pass(l, true, false);
        for (std::size_t l = g.layers.size(); l-- > 1;)
            pass(l - 1, false, true);
    }
    for (std::size_t l = 0; l < g.layers.size(); ++l)
        pass(l, true, true);
    return cx;
}

} // namespace

QHash<QString, QPointF> GraphLayout::layout(const Graph &graph, const Options &options)
{
    Layered g = buildLayers(graph);
    orderLayers(g, options.sweeps);
    const std::vector<double> cx = coordinates(g, options);

    double left = 0;
    bool first = true;
    for (int v = 0; v < g.realCount; ++v) {
        left = first ? cx[std::size_t(v)] : std::min(left, cx[std::size_t(v)]);
        first = false;
    }
    const double step = options.nodeSize.height() + options.layerGap;
    QHash<QString, QPointF> positions;
    positions.reserve(g.realCount);
    const int inputCount = int(graph.inputs.size());
    for (int v = 0; v < g.realCount; ++v) {
        const QString &name = v < inputCount ? graph.inputs.at(v).name
                                             : graph.nodes.at(v - inputCount).name;
        // Whole units keep saved layouts tidy; spacings are far above one unit.
        positions.insert(name, QPointF(std::round(cx[std::size_t(v)] - left),
                                       g.layer[std::size_t(v)] * step));
    }
    return positions;
}

} // namespace memplanner
