#include "CheckpointFrontier.h"

#include "Checkpointing.h"
#include "GraphAnalysis.h"

#include <algorithm>
#include <limits>

namespace memplanner {

namespace {

/** Prefix sums so that a segment's saved bytes and FLOPs cost O(1). */
class SegmentCosts
{
public:
    SegmentCosts(const std::vector<std::int64_t> &first, const std::vector<std::int64_t> &last,
                 const std::vector<double> &flops)
        : m_first(prefix(first)), m_last(prefix(last)), m_flops(flops.size() + 1, 0.0)
    {
        for (std::size_t i = 0; i < flops.size(); ++i)
            m_flops[i + 1] = m_flops[i] + flops[i];
    }
    /** Storages a re-run segment saves (first savers inside it). */
    std::int64_t saved(int from, int to) const { return m_first[to] - m_first[from]; }
    /** Storages still saved by nodes from @p from on (last savers there). */
    std::int64_t savedFrom(int from) const { return m_last.back() - m_last[from]; }
    double flops(int from, int to) const { return m_flops[to] - m_flops[from]; }
    int nodes() const { return static_cast<int>(m_first.size()) - 1; }

private:
    static std::vector<std::int64_t> prefix(const std::vector<std::int64_t> &v)
    {
        std::vector<std::int64_t> p(v.size() + 1, 0);
        for (std::size_t i = 0; i < v.size(); ++i)
            p[i + 1] = p[i] + v[i];
        return p;
    }
    std::vector<std::int64_t> m_first;
    std::vector<std::int64_t> m_last;
    std::vector<double> m_flops;
};

/**
 * Greedy segmentation of [0, cuts[last]) under @p cap: each checkpointed segment runs as far as
 * its cost (kept inputs + its saved bytes + its re-run output and that output's gradient) stays
 * within the cap. Returns false when none fits; otherwise the ends and the inputs kept.
 */
bool segmentUnderCap(const SegmentCosts &costs, const std::vector<int> &cuts,
                     const std::vector<std::int64_t> &crossing, std::size_t last, std::int64_t cap,
                     std::vector<int> *ends, std::int64_t *kept)
{
    ends->clear();
    std::int64_t prefix = 0; // inputs kept by the checkpointed segments so far
    int start = 0;
    std::size_t k = 0; // first cut after start
    while (true) {
        std::size_t furthest = SIZE_MAX;
        for (std::size_t j = k; j <= last; ++j) {
            if (prefix + costs.saved(start, cuts[j]) > cap)
                break; // saved bytes only grow with the segment
            if (prefix + costs.saved(start, cuts[j]) + 2 * crossing[j] <= cap)
                furthest = j;
        }
        if (furthest == SIZE_MAX)
            return false;
        ends->push_back(cuts[furthest]);
        if (furthest == last) {
            *kept = prefix;
            return true;
        }
        prefix += crossing[furthest]; // the next checkpointed segment keeps its input
        start = cuts[furthest];
        k = furthest + 1;
    }
}

} // namespace

std::vector<std::int64_t> CheckpointFrontier::crossingBytes(const AnalysedGraph &graph,
                                                            const std::vector<int> &cuts,
                                                            std::int64_t batch)
{
    std::vector<std::int64_t> bytes(cuts.size(), 0);
    const auto [first, last] = Checkpointing::storageLiveRanges(graph);
    for (std::size_t r = 0; r < graph.tensors.size(); ++r) {
        if (first[r] < 0 || last[r] <= first[r])
            continue;
        // cuts in (first, last] have this storage crossing them
        auto it = std::upper_bound(cuts.begin(), cuts.end(), first[r]);
        for (; it != cuts.end() && *it <= last[r]; ++it)
            bytes[it - cuts.begin()] = graph.tensors[r].bytes.at(batch);
    }
    return bytes;
}

std::vector<FrontierPoint> CheckpointFrontier::compute(const std::vector<std::int64_t> &savedFirst,
                                                       const std::vector<std::int64_t> &savedLast,
                                                       const std::vector<double> &forwardFlops,
                                                       const std::vector<int> &cuts,
                                                       const std::vector<std::int64_t> &crossing)
{
    const SegmentCosts costs(savedFirst, savedLast, forwardFlops);
    const int n = costs.nodes();
    std::vector<FrontierPoint> candidates;
    candidates.push_back({{}, costs.saved(0, n), 0.0});
    std::vector<int> ends;
    for (std::size_t last = 0; last < cuts.size(); ++last) {
        // the kept boundaries plus the last segment, which runs normally
        std::int64_t lo = 0, hi = costs.saved(0, n);
        for (std::int64_t c : crossing)
            hi += 2 * c;
        std::int64_t kept = 0;
        if (!segmentUnderCap(costs, cuts, crossing, last, hi, &ends, &kept))
            continue;
        while (lo < hi) { // smallest cap under which [0, cuts[last]) segments
            const std::int64_t mid = lo + (hi - lo) / 2;
            if (segmentUnderCap(costs, cuts, crossing, last, mid, &ends, &kept))
                hi = mid;
            else
                lo = mid + 1;
        }
        segmentUnderCap(costs, cuts, crossing, last, hi, &ends, &kept);
        const std::int64_t tail = kept + costs.savedFrom(cuts[last]);
        candidates.push_back({ends, std::max(hi, tail), costs.flops(0, cuts[last])});
    }
    // Pareto frontier: by recompute, keeping only points that need less memory than every
    // cheaper one.
    std::stable_sort(candidates.begin(), candidates.end(), [](const FrontierPoint &a, const FrontierPoint &b) {
        return a.recomputeFlops < b.recomputeFlops;
    });
    std::vector<FrontierPoint> frontier;
    std::int64_t best = std::numeric_limits<std::int64_t>::max();
    for (FrontierPoint &p : candidates) {
        if (p.estimatedBytes < best) {
            best = p.estimatedBytes;
            frontier.push_back(std::move(p));
        }
    }
    return frontier;
}

} // namespace memplanner
