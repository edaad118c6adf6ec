// Gradient checkpointing on a chain whose every byte is derived by hand.

#include "CheckpointFrontier.h"
#include "Checkpointing.h"
#include "OptimizerSpec.h"
#include "PrecisionPolicy.h"
#include "StepSimulator.h"
#include "Planner.h"
#include "TestSupport.h"

#include <QTest>

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
        // output r3. Its re-run happens after the second segment's backward, with four parameter
        // gradients already held; backward peaks at l3 (re-run) with W + 8a + L + 4P = 43652.
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("2"));
        const Plan checkpointed = planner.plan(chain(), c);
        QCOMPARE(checkpointed.segments, 2);
        QCOMPARE(checkpointed.memory.tensorPeak, qint64(43652));
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
        int optimal = 0, feasible = 0, missed = 0;
        for (std::int64_t budget = tightest; budget <= plain.memory.tensorPeak; budget += 256) {
            double best = -1.0;
            for (const Option &o : all)
                if (o.peak <= budget && (best < 0.0 || o.recompute < best))
                    best = o.recompute;
            c.checkpoint = CheckpointSpec::parse(QStringLiteral("budget=%1").arg(budget));
            const Plan chosen = planner.plan(chain(), c);
            if (chosen.memory.tensorPeak > budget) {
                // the frontier's estimate found nothing under this budget; the planner says so
                QVERIFY(!chosen.warnings.isEmpty());
                ++missed;
                continue;
            }
            ++feasible;
            QVERIFY2(chosen.compute.recompute >= best,
                     qPrintable(QStringLiteral("budget %1: %2 < brute force %3").arg(budget).arg(chosen.compute.recompute).arg(best)));
            optimal += chosen.compute.recompute == best ? 1 : 0;
        }
        // Measured on this chain: 16 of 24 budgets optimal, 3 met with more recompute than
        // needed, 5 of the tightest missed — the frontier is an estimate from the plain step's
        // saved bytes (docs/SEMANTICS.md); an exact search is future work.
        qInfo("budgets: %d optimal, %d met but not optimal, %d missed", optimal, feasible - optimal, missed);
        QVERIFY(optimal * 2 > optimal + feasible - optimal + missed);
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
