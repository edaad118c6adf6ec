#include "CheckpointFrontier.h"

#include "Bytes.h"
#include "Checkpointing.h"
#include "GraphAnalysis.h"

#include <algorithm>

namespace memplanner {

namespace {

/**
 * The cut points as the dynamic program sees them: index 0 is the start of the graph (nothing
 * kept, nothing crossing), indices 1..m the cuts, each with the sums the cost model needs.
 */
struct CutTable
{
    std::vector<int> position;
    std::vector<std::int64_t> crossing;    ///< x: bytes crossing the cut (0 at the start)
    std::vector<std::int64_t> savedBefore; ///< saved(0, position): first savers before the cut
    std::vector<std::int64_t> savedFrom;   ///< last savers from the cut on (the tail's saves)
    std::vector<double> flopsBefore;       ///< forward FLOPs before the cut: the recompute
    std::int64_t savedTotal = 0;           ///< everything the plain step saves

    int cutCount() const { return static_cast<int>(position.size()) - 1; }
    /** u(j): what a segment ending at cut j costs, before subtracting its start's savedBefore. */
    std::int64_t reach(int j) const
    {
        return checkedAdd(savedBefore[j], checkedMul(2, crossing[j]));
    }
};

std::vector<std::int64_t> prefixSums(const std::vector<std::int64_t> &v)
{
    std::vector<std::int64_t> p(v.size() + 1, 0);
    for (std::size_t i = 0; i < v.size(); ++i)
        p[i + 1] = checkedAdd(p[i], v[i]);
    return p;
}

CutTable cutTable(const std::vector<std::int64_t> &savedFirst,
                  const std::vector<std::int64_t> &savedLast, const std::vector<double> &flops,
                  const std::vector<int> &cuts, const std::vector<std::int64_t> &crossing)
{
    const std::vector<std::int64_t> first = prefixSums(savedFirst);
    const std::vector<std::int64_t> last = prefixSums(savedLast);
    std::vector<double> flopsPrefix(flops.size() + 1, 0.0);
    for (std::size_t i = 0; i < flops.size(); ++i)
        flopsPrefix[i + 1] = flopsPrefix[i] + flops[i];

    CutTable t;
    t.savedTotal = first.back();
    t.position.push_back(0);
    t.crossing.push_back(0);
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        t.position.push_back(cuts[i]);
        t.crossing.push_back(crossing[i]);
    }
    for (int p : t.position) {
        t.savedBefore.push_back(first[p]);
        t.savedFrom.push_back(checkedSub(last.back(), last[p]));
        t.flopsBefore.push_back(flopsPrefix[p]);
    }
    return t;
}

/** A candidate next boundary: score max(reach − savedBefore(start), rest). */
struct Step
{
    std::int64_t reach; ///< u
    std::int64_t rest;  ///< v: everything after the boundary, relative to the inputs kept so far
    int cut;
};

/**
 * The non-dominated candidates, reach strictly up and rest strictly down: any other candidate
 * has one with no larger reach and no larger rest, so it never scores lower.
 */
class Staircase
{
public:
    void clear() { m_steps.clear(); }
    bool empty() const { return m_steps.empty(); }

    void insert(const Step &s)
    {
        auto at = std::lower_bound(m_steps.begin(), m_steps.end(), s.reach,
                                   [](const Step &a, std::int64_t r) { return a.reach < r; });
        if (at != m_steps.begin() && std::prev(at)->rest <= s.rest)
            return; // a step reaching less needs no more after it
        if (at != m_steps.end() && at->reach == s.reach && at->rest <= s.rest)
            return;
        auto dominated = at;
        while (dominated != m_steps.end() && dominated->rest >= s.rest)
            ++dominated; // reach at least as far and need at least as much: never better
        at = m_steps.erase(at, dominated);
        m_steps.insert(at, s);
    }

    /** Drops the steps whose segment from @p start alone costs @p bound or more. */
    void dropFrom(std::int64_t start, std::int64_t bound)
    {
        while (!m_steps.empty() && m_steps.back().reach - start >= bound)
            m_steps.pop_back();
    }

    /**
     * The step minimising max(reach − @p start, rest) and that score. reach − rest rises along
     * the staircase, so the best is on either side of where it passes @p start.
     */
    std::pair<std::int64_t, int> best(std::int64_t start) const
    {
        const auto restDominates = [start](const Step &s) { return s.reach - s.rest < start; };
        const auto cross = std::partition_point(m_steps.begin(), m_steps.end(), restDominates);
        std::int64_t score = -1;
        int cut = -1;
        if (cross != m_steps.begin()) {
            score = std::prev(cross)->rest;
            cut = std::prev(cross)->cut;
        }
        if (cross != m_steps.end() && (cut < 0 || cross->reach - start < score)) {
            score = cross->reach - start;
            cut = cross->cut;
        }
        return {score, cut};
    }

private:
    std::vector<Step> m_steps;
};

/**
 * M(L) when it is below @p bound: the backward recurrence of the header from last boundary
 * @p last down to the start, writing the chosen next boundary of each visited cut to @p next.
 * Returns −1 when every boundary set ending at @p last costs @p bound or more.
 */
std::int64_t leastEstimate(const CutTable &t, int last, std::int64_t bound, Staircase &stairs,
                           std::vector<int> &next)
{
    stairs.clear();
    stairs.insert({t.reach(last), t.savedFrom[last], last});
    for (int j = last - 1; j >= 0; --j) {
        stairs.dropFrom(t.savedBefore[j], bound);
        if (stairs.empty())
            return -1; // every segment from here on alone reaches the bound
        const auto [score, cut] = stairs.best(t.savedBefore[j]);
        next[j] = cut;
        if (j == 0)
            return score;
        // Boundary j keeps its input for everything after it.
        const std::int64_t rest = checkedAdd(t.crossing[j], score);
        if (rest < bound)
            stairs.insert({t.reach(j), rest, j});
    }
    return -1;
}

std::vector<int> endsFrom(const CutTable &t, const std::vector<int> &next, int last)
{
    std::vector<int> ends;
    for (int j = next[0];; j = next[j]) {
        ends.push_back(t.position[j]);
        if (j == last)
            return ends;
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
    const CutTable t = cutTable(savedFirst, savedLast, forwardFlops, cuts, crossing);
    // "No checkpointing" first. These vectors are filled step by step because GCC 12 reports a
    // false -Wfree-nonheap-object when they are list- or fill-constructed here.
    std::vector<FrontierPoint> frontier(1);
    frontier.front().estimatedBytes = t.savedTotal;
    Staircase stairs;
    std::vector<int> next;
    next.resize(t.position.size(), -1);
    // Recompute grows with the last boundary, so scanning it upwards meets the points in
    // frontier order; each must beat the estimate of every cheaper one.
    for (int last = 1; last <= t.cutCount(); ++last) {
        const std::int64_t bound = frontier.back().estimatedBytes;
        if (t.savedFrom[last] >= bound)
            continue; // the tail alone already costs the bound
        const std::int64_t estimate = leastEstimate(t, last, bound, stairs, next);
        if (estimate < 0)
            continue;
        FrontierPoint point{endsFrom(t, next, last), estimate, t.flopsBefore[last]};
        // the same recompute for less memory (FLOP-free nodes in between): this one wins
        if (frontier.size() > 1 && frontier.back().recomputeFlops == point.recomputeFlops)
            frontier.back() = std::move(point);
        else
            frontier.push_back(std::move(point));
    }
    return frontier;
}

const FrontierPoint *CheckpointFrontier::cheapestWithin(const std::vector<FrontierPoint> &frontier,
                                                        std::int64_t budgetBytes)
{
    const auto fits = [budgetBytes](const FrontierPoint &p) {
        return p.estimatedBytes <= budgetBytes;
    };
    const auto it = std::find_if(frontier.begin(), frontier.end(), fits);
    return it == frontier.end() ? nullptr : &*it;
}

} // namespace memplanner
