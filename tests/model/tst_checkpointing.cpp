// Gradient checkpointing on a chain whose every byte is derived by hand.

#include "CheckpointFrontier.h"
#include "Checkpointing.h"
#include "OptimizerSpec.h"
#include "PrecisionPolicy.h"
#include "StepSimulator.h"
#include "Planner.h"
#include "TestSupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace memplanner;
using namespace memplanner::test;

namespace {

/** x [B,16] → 6 × (Linear(16) → ReLU) → MSELoss against target [B,16]: 13 nodes. */
Graph chain()
{
    Graph g;
    g.name = QStringLiteral("chain");
    g.inputs = {input("x", {kBatchDim, 16}), input("target", {kBatchDim, 16})};
    QString previous = QStringLiteral("x");
    for (int i = 1; i <= 6; ++i) {
        const QString l = QStringLiteral("l%1").arg(i), r = QStringLiteral("r%1").arg(i);
        Node linear = node("", "Linear", {previous}, {{QStringLiteral("out_features"), 16}});
        linear.name = l;
        Node relu = node("", "ReLU", {l});
        relu.name = r;
        g.nodes << linear << relu;
        previous = r;
    }
    g.nodes << node("loss", "MSELoss", {previous, QStringLiteral("target")});
    return g;
}


/** What CheckpointFrontier::compute takes: a graph reduced to per-node sums and its cuts. */
struct FrontierInput
{
    std::vector<std::int64_t> savedFirst, savedLast;
    std::vector<double> flops;
    std::vector<int> cuts;
    std::vector<std::int64_t> crossing;

    std::vector<FrontierPoint> frontier() const
    {
        return CheckpointFrontier::compute(savedFirst, savedLast, flops, cuts, crossing);
    }
};

/**
 * The estimate of one boundary set, written straight from CheckpointFrontier.h's cost model:
 * segment i costs the inputs kept by segments 2..i + its saves + 2 × its output; the tail costs
 * the inputs kept by every checkpointed segment but the first + the saves from the last end on.
 */
std::int64_t estimateOf(const FrontierInput &in, const std::vector<int> &ends)
{
    const auto sum = [](const std::vector<std::int64_t> &v, int from, int to) {
        return std::accumulate(v.begin() + from, v.begin() + to, std::int64_t(0));
    };
    const int n = static_cast<int>(in.savedFirst.size());
    if (ends.empty())
        return sum(in.savedFirst, 0, n);
    const auto crossingAt = [&](int position) {
        return in.crossing[std::find(in.cuts.begin(), in.cuts.end(), position) - in.cuts.begin()];
    };
    std::int64_t kept = 0, peak = 0;
    int start = 0;
    for (std::size_t i = 0; i < ends.size(); ++i) {
        peak = std::max(peak, kept + sum(in.savedFirst, start, ends[i]) + 2 * crossingAt(ends[i]));
        if (i + 1 < ends.size())
            kept += crossingAt(ends[i]); // the next segment's input
        start = ends[i];
    }
    return std::max(peak, kept + sum(in.savedLast, ends.back(), n));
}

/** Forward FLOPs before the last boundary: what the checkpointed segments re-run. */
double recomputeOf(const FrontierInput &in, const std::vector<int> &ends)
{
    return ends.empty() ? 0.0
                        : std::accumulate(in.flops.begin(), in.flops.begin() + ends.back(), 0.0);
}

/**
 * The frontier by brute force: every subset of the cuts estimated, then "no checkpointing"
 * and, by recompute, each option with less memory than every cheaper one.
 */
std::vector<FrontierPoint> bruteForceFrontier(const FrontierInput &in)
{
    std::vector<FrontierPoint> options;
    for (unsigned mask = 1; mask < (1u << in.cuts.size()); ++mask) {
        FrontierPoint p;
        for (std::size_t i = 0; i < in.cuts.size(); ++i)
            if (mask & (1u << i))
                p.ends.push_back(in.cuts[i]);
        p.estimatedBytes = estimateOf(in, p.ends);
        p.recomputeFlops = recomputeOf(in, p.ends);
        options.push_back(p);
    }
    std::sort(options.begin(), options.end(), [](const FrontierPoint &a, const FrontierPoint &b) {
        return std::pair(a.recomputeFlops, a.estimatedBytes)
               < std::pair(b.recomputeFlops, b.estimatedBytes);
    });
    std::vector<FrontierPoint> frontier{{{}, estimateOf(in, {}), 0.0}};
    for (const FrontierPoint &p : options)
        if (p.estimatedBytes < frontier.back().estimatedBytes)
            frontier.push_back(p);
    return frontier;
}

/**
 * The frontier from the header's recurrence without staircase or pruning: for each last
 * boundary, R over all later boundaries in O(m²) — a slow second opinion for chains too long
 * to enumerate. Only (recompute, estimate) pairs, which is what the comparison needs.
 */
std::vector<std::pair<double, std::int64_t>> slowFrontier(const FrontierInput &in)
{
    const int m = static_cast<int>(in.cuts.size());
    std::vector<int> position{0};
    std::vector<std::int64_t> x{0};
    position.insert(position.end(), in.cuts.begin(), in.cuts.end());
    x.insert(x.end(), in.crossing.begin(), in.crossing.end());
    const auto saved = [&](int from, int to) {
        return std::accumulate(in.savedFirst.begin() + position[from],
                               in.savedFirst.begin() + position[to], std::int64_t(0));
    };
    std::vector<std::pair<double, std::int64_t>> frontier{{0.0, estimateOf(in, {})}};
    for (int last = 1; last <= m; ++last) {
        const std::int64_t tail = std::accumulate(in.savedLast.begin() + position[last],
                                                  in.savedLast.end(), std::int64_t(0));
        std::vector<std::int64_t> r(last + 1, 0);
        for (int j = last - 1; j >= 0; --j) {
            r[j] = std::max(saved(j, last) + 2 * x[last], tail);
            for (int k = j + 1; k < last; ++k)
                r[j] = std::min(r[j], std::max(saved(j, k) + 2 * x[k], x[k] + r[k]));
        }
        const double recompute = recomputeOf(in, {position[last]});
        if (r[0] >= frontier.back().second)
            continue;
        if (frontier.size() > 1 && frontier.back().first == recompute)
            frontier.back().second = r[0];
        else
            frontier.emplace_back(recompute, r[0]);
    }
    return frontier;
}

/**
 * A random chain of @p cutCount cuts: small sizes so that ties happen, FLOP-free nodes so that
 * equal recomputes do, and some storages saved again later so that first and last savers differ.
 */
FrontierInput randomChain(quint32 seed, int cutCount)
{
    QRandomGenerator random(seed);
    const int n = cutCount + 1 + random.bounded(3);
    FrontierInput in;
    for (int i = 0; i < n; ++i) {
        in.savedFirst.push_back(random.bounded(25));
        in.flops.push_back(random.bounded(4));
    }
    in.savedLast = in.savedFirst;
    for (int k = 0; k < n / 3; ++k) { // a storage first saved at i and last at j > i
        const int i = random.bounded(n - 1), j = i + 1 + random.bounded(n - 1 - i);
        const std::int64_t bytes = random.bounded(static_cast<int>(in.savedLast[i]) + 1);
        in.savedLast[i] -= bytes;
        in.savedLast[j] += bytes;
    }
    std::vector<int> positions(n - 1);
    std::iota(positions.begin(), positions.end(), 1);
    std::shuffle(positions.begin(), positions.end(), random);
    in.cuts.assign(positions.begin(), positions.begin() + cutCount);
    std::sort(in.cuts.begin(), in.cuts.end());
    for (int c = 0; c < cutCount; ++c)
        in.crossing.push_back(1 + random.bounded(12));
    return in;
}

/**
 * Four nodes saving 10 B each, cuts before nodes 1, 2 and 3 with 4 B crossing each, 1 FLOP per
 * node. By hand (segment costs: kept + saves + 2·4; tail: kept + saves from the last end on):
 *   none: 40.   {1}: seg 0+10+8 = 18, tail 0+30 = 30 → 30, recompute 1.
 *   {2}: 20+8 = 28, tail 20 → 28.   {1,2}: 18, 4+10+8 = 22, tail 4+20 = 24 → 24, recompute 2.
 *   last boundary 3: {3} 38; {1,3} 18, 4+20+8 = 32 → 32; {2,3} 28, 22, tail 4+10 → 28;
 *   {1,2,3} 18, 22, 8+10+8 = 26, tail 8+10 → 26: at best 26 ≥ 24, off the frontier.
 */
FrontierInput fourNodes()
{
    return {{10, 10, 10, 10}, {10, 10, 10, 10}, {1, 1, 1, 1}, {1, 2, 3}, {4, 4, 4}};
}

} // namespace

class TestCheckpointing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_devices = DeviceCatalogue::load();
        m_runtimes = testRuntimes();
    }

    void cutPointsOfAChain()
    {
        // One tensor crosses after every node; no cut may separate the loss: cuts before 1..11.
        const Plan plan = Planner(m_devices, m_runtimes).plan(chain(), config(64, "sgd"));
        std::vector<int> expected;
        for (int p = 1; p <= 11; ++p)
            expected.push_back(p);
        QCOMPARE(Checkpointing::cutPoints(plan.core->graph), expected);
        // √(11 + 1) = 3.46 → 3 segments. checkpoint_sequential over the 12 layers: 2 segments
        // of ⌊12/2⌋ = 6 (cut before 6); 3 of 4 (cuts before 4 and 8); 5 of 2 (2, 4, 6, 8).
        QCOMPARE(Checkpointing::sqrtSegments(expected), 3);
        QCOMPARE(Checkpointing::uniformEnds(expected, 12, 2), std::vector<int>{6});
        QCOMPARE(Checkpointing::uniformEnds(expected, 12, 3), (std::vector<int>{4, 8}));
        QCOMPARE(Checkpointing::uniformEnds(expected, 12, 5), (std::vector<int>{2, 4, 6, 8}));
    }

    void segmentsCountTopLevelModules()
    {
        // The chain's 12 nodes as an nn.Sequential of 4 children with 1, 3, 1 and 1 Linear-ReLU
        // pairs: modules "0" (nodes 0-1), "1.0".."1.2" (2-7), "2" (8-9), "3" (10-11).
        // checkpoint_sequential with 2 segments takes ⌊4/2⌋ = 2 children: the cut before
        // child 2, node 8 (counting nodes would cut before node 6, inside child 1). With 4
        // segments, chunks of 1 child: cuts before nodes 2, 8 and 10.
        Graph g = chain();
        const QStringList modules = {QStringLiteral("0"), QStringLiteral("1.0"),
                                     QStringLiteral("1.1"), QStringLiteral("1.2"),
                                     QStringLiteral("2"), QStringLiteral("3")};
        for (int i = 0; i < 12; ++i)
            g.nodes[i].module = modules[i / 2];
        const Planner planner(m_devices, m_runtimes);
        PlanConfig c = config(64, "sgd");
        const Plan plain = planner.plan(g, c);
        QCOMPARE(Checkpointing::topLevelModuleStarts(g, plain.core->graph),
                 (std::vector<int> {0, 2, 8, 10}));
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("2"));
        QCOMPARE(planner.plan(g, c).core->checkpointEnds, std::vector<int> {8});
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("4"));
        QCOMPARE(planner.plan(g, c).core->checkpointEnds, (std::vector<int> {2, 8, 10}));

        // A node without a module, or a child whose nodes are not contiguous: the graph does not
        // say what the children are, and the segments count nodes (cut before node 6).
        Graph unnamed = g;
        unnamed.nodes[5].module.clear();
        QVERIFY(Checkpointing::topLevelModuleStarts(unnamed, plain.core->graph).empty());
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("2"));
        QCOMPARE(planner.plan(unnamed, c).core->checkpointEnds, std::vector<int> {6});
        Graph interleaved = g;
        interleaved.nodes[10].module = QStringLiteral("1.3");
        QVERIFY(Checkpointing::topLevelModuleStarts(interleaved, plain.core->graph).empty());
        // Fewer children than segments: nodes again (⌊12/4⌋ = 3: before 3, 6, 9, each a cut).
        Graph two = g;
        for (int i = 0; i < 12; ++i)
            two.nodes[i].module = i < 6 ? QStringLiteral("0.x") : QStringLiteral("1");
        QCOMPARE(Checkpointing::topLevelModuleStarts(two, plain.core->graph),
                 (std::vector<int> {0, 6}));
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("4"));
        QCOMPARE(planner.plan(two, c).core->checkpointEnds, (std::vector<int> {3, 6, 9}));
        // Children not named 0, 1, 2, … (BERT's embeddings, encoder, pooler): not an
        // nn.Sequential, so no chunks of children; the nodes are counted.
        Graph named = g;
        for (int i = 0; i < 12; ++i)
            named.nodes[i].module = i < 2 ? QStringLiteral("embeddings")
                                  : i < 10 ? QStringLiteral("encoder.layer.%1").arg(i / 2)
                                           : QStringLiteral("pooler");
        QVERIFY(Checkpointing::topLevelModuleStarts(named, plain.core->graph).empty());
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("2"));
        QCOMPARE(planner.plan(named, c).core->checkpointEnds, std::vector<int> {6});
    }

    void twoSegmentsLowerThePeak()
    {
        // Batch 64: every activation a = 64·16·4 = 4096 B; each Linear's parameter gradients
        // P = (16·16 + 16)·4 = 1088 B; weights W = 6·1088 = 6528 B; the loss L = 4 B.
        // No checkpointing: backward peaks at l6 with W + 10a + L + P = 48580 (inputs 2a, r1..r6
        // saved, grad r6 and grad of l6's output, grad r5, l6's parameter gradients).
        const Planner planner(m_devices, m_runtimes);
        PlanConfig c = config(64, "sgd");
        const Plan plain = planner.plan(chain(), c);
        QCOMPARE(plain.memory.tensorPeak, qint64(48580));
        QCOMPARE(plain.compute.recompute, 0.0);

        // Two segments [l1..r3 | l4..loss]: the first runs without saving and keeps only its
        // output r3. Its re-run happens after the second segment's backward, with three
        // parameter gradients already held. The peak is the re-run of r3: l3's and r3's outputs,
        // the re-saved r1 and r2, the gradient of r3, x, target and r6 (the loss's input, kept
        // to the end of the step): W + 8a + L + 3P = 42564. (This expectation was 43652, at l3's
        // backward with r3's re-run output pinned through the segment's backward: that is the
        // reentrant checkpoint; the non-reentrant one, which checkpoint_sequential is measured
        // with, drops the re-run's output once r3's backward has released it.)
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("2"));
        const Plan checkpointed = planner.plan(chain(), c);
        QCOMPARE(checkpointed.segments, 2);
        QCOMPARE(checkpointed.memory.tensorPeak, qint64(42564));
        QVERIFY(checkpointed.memory.recompute);
        // Recompute = forward of l1..r3: 3 × 2·64·16·16 + 3 × 64·16 = 98304 + 3072.
        QCOMPARE(checkpointed.compute.recompute, 101376.0);
        QCOMPARE(checkpointed.compute.forward, plain.compute.forward);
    }

    void budgetPicksTheCheapestThatFits()
    {
        // A budget between the two peaks needs checkpointing; one above the plain peak does not.
        const Planner planner(m_devices, m_runtimes);
        PlanConfig c = config(64, "sgd");
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("budget=48580"));
        QCOMPARE(planner.plan(chain(), c).segments, 1);
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("budget=45000"));
        const Plan fitted = planner.plan(chain(), c);
        QVERIFY(fitted.segments > 1);
        QVERIFY(fitted.memory.tensorPeak <= 45000);
    }

    void budgetChoiceIsTheCheapestThatFits()
    {
        // Exhaustive check: every subset of the chain's 11 cuts, simulated exactly, against the
        // frontier's choice for budgets from the tightest reachable peak to the plain one. The
        // planner must never pick a plan over budget, nor one recomputing more than the best.
        const Planner planner(m_devices, m_runtimes);
        PlanConfig c = config(64, "sgd");
        const Plan plain = planner.plan(chain(), c);
        const AnalysedGraph &g = plain.core->graph;
        const std::vector<int> cuts = Checkpointing::cutPoints(g);
        SimulationOptions sim;
        sim.optimizer = &OptimizerSpec::require(QStringLiteral("sgd"));
        sim.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
        struct Option { std::int64_t peak; double recompute; };
        std::vector<Option> all;
        for (unsigned mask = 0; mask < (1u << cuts.size()); ++mask) {
            sim.checkpointEnds.clear();
            for (std::size_t i = 0; i < cuts.size(); ++i)
                if (mask & (1u << i))
                    sim.checkpointEnds.push_back(cuts[i]);
            const StepTimeline t = StepSimulator::simulate(g, sim);
            all.push_back({t.snapshots[t.peakIndex(64)].total().at(64),
                           Checkpointing::recomputeFlops(g, sim.checkpointEnds)});
        }
        std::int64_t tightest = all.front().peak;
        for (const Option &o : all)
            tightest = std::min(tightest, o.peak);
        int optimal = 0, missed = 0;
        std::int64_t lowestMet = std::numeric_limits<std::int64_t>::max();
        std::int64_t highestMissed = -1;
        for (std::int64_t budget = tightest; budget <= plain.memory.tensorPeak; budget += 256) {
            double best = -1.0;
            for (const Option &o : all)
                if (o.peak <= budget && (best < 0.0 || o.recompute < best))
                    best = o.recompute;
            c.checkpoint = CheckpointSpec::parse(QStringLiteral("budget=%1").arg(budget));
            const Plan chosen = planner.plan(chain(), c);
            if (chosen.memory.tensorPeak > budget) {
                // no frontier point simulates under this budget; the planner says so
                QVERIFY(!chosen.warnings.isEmpty());
                ++missed;
                highestMissed = budget;
                continue;
            }
            // a budget the planner meets, it meets with the least recompute there is
            QVERIFY2(chosen.compute.recompute == best,
                     qPrintable(QStringLiteral("budget %1: %2, brute force %3")
                                        .arg(budget)
                                        .arg(chosen.compute.recompute)
                                        .arg(best)));
            ++optimal;
            lowestMet = std::min(lowestMet, budget);
        }
        // Misses are only ever the tightest budgets. Measured on this chain: 19 of 24 budgets
        // met optimally, the 5 tightest (42,564 to 43,588 B) missed. Only sets such as cuts
        // before l3 and r4 reach them: the estimate does not count the parameter gradients held
        // while earlier segments re-run, so its (exact) frontier never proposes them
        // (docs/SEMANTICS.md).
        qInfo("budgets: %d met optimally, %d missed", optimal, missed);
        QVERIFY(highestMissed < lowestMet);
        QVERIFY(optimal > 3 * missed);
    }

    void frontierByHand()
    {
        // fourNodes(): the points derived in its comment.
        const std::vector<FrontierPoint> f = fourNodes().frontier();
        QCOMPARE(f.size(), std::size_t(3));
        QCOMPARE(f[0].ends, std::vector<int>{});
        QCOMPARE(f[0].estimatedBytes, std::int64_t(40));
        QCOMPARE(f[0].recomputeFlops, 0.0);
        QCOMPARE(f[1].ends, std::vector<int>{1});
        QCOMPARE(f[1].estimatedBytes, std::int64_t(30));
        QCOMPARE(f[1].recomputeFlops, 1.0);
        QCOMPARE(f[2].ends, (std::vector<int>{1, 2}));
        QCOMPARE(f[2].estimatedBytes, std::int64_t(24));
        QCOMPARE(f[2].recomputeFlops, 2.0);
    }

    void frontierNeedsTheKeptInputs()
    {
        // Five nodes saving 20, 20, 0, 10, 40 B (90 in all); cuts before 1..4 crossing 5, 1, 2,
        // 1 B; 1 FLOP per node. At cut 2, {1,2} peaks lower (max(20+10, 5+20+2) = 30) than {2}
        // (40+2 = 42) but keeps 6 B instead of 1, and that decides the last boundary 4:
        //   {2,4}: 42, 1+0+10+2 = 13, tail 1+40 = 41 → 42;
        //   {1,2,4}: 30, 27, 6+10+2, tail 6+40 → 46;
        //   {4}: 50+2 → 52; {1,4}: 30, 5+30+2 = 37, tail 45 → 45; {3,4}: 40+4 = 44;
        //   {2,3,4}: tail 1+2+40 = 43; {1,3,4}, {1,2,3,4}: tails 47, 49. So M(4) = 42 by {2,4}.
        // Cheaper points: {1}: 30, tail 70 → 70; {2}: 42, tail 50 → 50 ({1,2}: tail 5+50 = 55);
        // last boundary 3 keeps the 50-byte tail, no better than 50.
        const FrontierInput in{{20, 20, 0, 10, 40}, {20, 20, 0, 10, 40}, {1, 1, 1, 1, 1},
                               {1, 2, 3, 4}, {5, 1, 2, 1}};
        const std::vector<FrontierPoint> f = in.frontier();
        QCOMPARE(f.size(), std::size_t(4));
        const std::int64_t bytes[] = {90, 70, 50, 42};
        const double recompute[] = {0, 1, 2, 4};
        const std::vector<int> ends[] = {{}, {1}, {2}, {2, 4}};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(f[i].estimatedBytes, bytes[i]);
            QCOMPARE(f[i].recomputeFlops, recompute[i]);
            QCOMPARE(f[i].ends, ends[i]);
        }
    }

    void budgetSelectsTheCheapestEstimate_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<bool>("found");
        QTest::addColumn<std::vector<int>>("ends");
        // fourNodes(): estimates 40 (none), 30 ({1}), 24 ({1,2}).
        QTest::newRow("above all") << qint64(100) << true << std::vector<int>{};
        QTest::newRow("exactly none") << qint64(40) << true << std::vector<int>{};
        QTest::newRow("just under none") << qint64(39) << true << std::vector<int>{1};
        QTest::newRow("exactly one") << qint64(30) << true << std::vector<int>{1};
        QTest::newRow("needs two") << qint64(29) << true << std::vector<int>{1, 2};
        QTest::newRow("tightest") << qint64(24) << true << std::vector<int>{1, 2};
        QTest::newRow("below all") << qint64(23) << false << std::vector<int>{};
    }
    void budgetSelectsTheCheapestEstimate()
    {
        QFETCH(qint64, budget);
        QFETCH(bool, found);
        QFETCH(std::vector<int>, ends);
        const std::vector<FrontierPoint> f = fourNodes().frontier();
        const FrontierPoint *chosen = CheckpointFrontier::cheapestWithin(f, budget);
        QCOMPARE(chosen != nullptr, found);
        if (chosen)
            QCOMPARE(chosen->ends, ends);
    }

    void frontierMatchesBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("cuts");
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const int cuts = 1 + static_cast<int>(seed % 12); // 1..12 cuts: ≤ 4,096 subsets
            QTest::addRow("seed %u, %d cuts", seed, cuts) << seed << cuts;
        }
    }
    void frontierMatchesBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, cuts);
        const FrontierInput in = randomChain(seed, cuts);
        const std::vector<FrontierPoint> dp = in.frontier();
        const std::vector<FrontierPoint> brute = bruteForceFrontier(in);
        QCOMPARE(dp.size(), brute.size());
        for (std::size_t i = 0; i < dp.size(); ++i) {
            QCOMPARE(dp[i].recomputeFlops, brute[i].recomputeFlops);
            QCOMPARE(dp[i].estimatedBytes, brute[i].estimatedBytes);
            // the boundaries it returns really cost what it says (ties may pick other sets)
            QCOMPARE(estimateOf(in, dp[i].ends), dp[i].estimatedBytes);
            QCOMPARE(recomputeOf(in, dp[i].ends), dp[i].recomputeFlops);
        }
        // For every budget, the cheapest estimate that fits is brute force's cheapest.
        for (const FrontierPoint &p : brute) {
            for (const std::int64_t budget : {p.estimatedBytes, p.estimatedBytes - 1}) {
                const FrontierPoint *chosen = CheckpointFrontier::cheapestWithin(dp, budget);
                double best = -1.0;
                for (const FrontierPoint &q : brute)
                    if (q.estimatedBytes <= budget && best < 0.0)
                        best = q.recomputeFlops;
                QCOMPARE(chosen ? chosen->recomputeFlops : -1.0, best);
            }
        }
    }

    void frontierMatchesTheSlowRecurrence_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("cuts");
        for (int cuts : {20, 50, 120, 250})
            QTest::addRow("%d cuts", cuts) << quint32(1000 + cuts) << cuts;
    }
    void frontierMatchesTheSlowRecurrence()
    {
        // Chains too long to enumerate: the pruned staircase against the plain O(m³) recurrence.
        QFETCH(quint32, seed);
        QFETCH(int, cuts);
        const FrontierInput in = randomChain(seed, cuts);
        const std::vector<FrontierPoint> dp = in.frontier();
        const auto slow = slowFrontier(in);
        QCOMPARE(dp.size(), slow.size());
        for (std::size_t i = 0; i < dp.size(); ++i) {
            QCOMPARE(dp[i].recomputeFlops, slow[i].first);
            QCOMPARE(dp[i].estimatedBytes, slow[i].second);
            QCOMPARE(estimateOf(in, dp[i].ends), dp[i].estimatedBytes);
        }
    }

    void parsesModes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("none") << "none" << "none";
        QTest::newRow("sqrt") << "sqrt" << "sqrt";
        QTest::newRow("count") << "4" << "4";
        QTest::newRow("budget GiB") << "budget=6GiB" << "budget=6442450944";
        QTest::newRow("budget MB") << "budget=500MB" << "budget=500000000";
    }
    void parsesModes()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(CheckpointSpec::parse(text).toString(), normalised);
    }

private:
    DeviceCatalogue m_devices;
    RuntimeCatalogue m_runtimes;
};

QTEST_GUILESS_MAIN(TestCheckpointing)
#include "tst_checkpointing.moc"
