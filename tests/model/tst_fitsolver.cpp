// "Make it fit": candidates, micro-batch and accumulation, ranking, the closest miss, freezing.
#include "ChartFixtures.h"

#include "FitSolver.h"
#include "Planner.h"

#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

class TestFitSolver : public QObject
{
    Q_OBJECT

    RuntimeCatalogue m_runtimes = testRuntimes();

    /** Device peak of @p graph under @p config at @p batch on the "test" runtime. */
    std::int64_t peakAt(const Planner &planner, const Graph &graph, PlanConfig config,
                        std::int64_t batch) const
    {
        config.batch = batch;
        config.devices.clear();
        return planner.plan(graph, config).memory.devicePeak;
    }

private slots:
    void ranking_data()
    {
        QTest::addColumn<qint64>("capacity");
        QTest::addColumn<bool>("freeze");
        // fp32 Adam keeps 16 bytes per parameter: 16 × 238,510 = 3.8 MB before activations.
        QTest::newRow("roomy") << qint64(1) * 1024 * 1024 * 1024 << false;
        QTest::newRow("tight") << qint64(5) * 1000 * 1000 << false;
        QTest::newRow("tight, freezing") << qint64(5) * 1000 * 1000 << true;
        QTest::newRow("nothing fits") << qint64(1000 * 1000) << false;
    }

    void ranking()
    {
        QFETCH(qint64, capacity);
        QFETCH(bool, freeze);
        const DeviceCatalogue devices = devicesWith(capacity);
        const Planner planner(devices, m_runtimes);
        const Graph graph = mlpGraph();
        const PlanConfig base = config(256);
        FitOptions options;
        options.tryFreezing = freeze;
        const QList<DeviceRecommendation> recs
                = FitSolver::solve(planner, graph, base, {QStringLiteral("tiny")}, options);
        QCOMPARE(recs.size(), 1);
        const DeviceRecommendation &rec = recs.first();
        QCOMPARE(rec.capacity, capacity);
        // fp32, amp-fp16, amp-bf16 × adam, adam8bit × none, √n (and × frozen when asked)
        QCOMPARE(rec.ranked.size(), freeze ? 24 : 12);
        bool seenMiss = false;
        bool seenFrozen = false;
        for (int i = 0; i < rec.ranked.size(); ++i) {
            const FitCandidate &c = rec.ranked.at(i);
            QCOMPARE(c.effectiveBatch, base.batch);
            if (!c.fits()) {
                seenMiss = true;
                QVERIFY(c.devicePeak > capacity);
                if (i > 0 && !rec.ranked.at(i - 1).fits())
                    QVERIFY(rec.ranked.at(i - 1).devicePeak <= c.devicePeak);
                continue;
            }
            QVERIFY2(!seenMiss, "a fitting candidate after one that misses");
            // micro-batch × steps reaches the batch, one step fewer does not
            QVERIFY(c.microBatch * c.accumulation >= base.batch);
            QVERIFY(c.microBatch * (c.accumulation - 1) < base.batch);
            QCOMPARE(c.config.batch, c.microBatch);
            QVERIFY(c.devicePeak <= capacity);
            // the micro-batch is the largest that fits, unless it is the whole batch
            if (c.microBatch < base.batch && c.frozenNodes.isEmpty())
                QVERIFY(peakAt(planner, graph, c.config, c.microBatch + 1) > capacity);
            QCOMPARE(c.devicePeak, c.frozenNodes.isEmpty() ? peakAt(planner, graph, c.config, c.microBatch)
                                                           : c.devicePeak);
            if (!c.frozenNodes.isEmpty())
                seenFrozen = true;
            else
                QVERIFY2(!seenFrozen, "a candidate that trains everything after a frozen one");
            if (i > 0) {
                const FitCandidate &prev = rec.ranked.at(i - 1);
                if (prev.frozenNodes.isEmpty() == c.frozenNodes.isEmpty())
                    QVERIFY(prev.samplesPerSecond >= c.samplesPerSecond);
            }
            QVERIFY(c.samplesPerSecond > 0.0);
            // throughput = the effective batch over the time of all accumulation steps
            QVERIFY(qFuzzyCompare(c.samplesPerSecond, double(base.batch) / c.stepSeconds));
            QVERIFY(c.extraComputeShare() >= 0.0);
            QCOMPARE(c.extraComputeShare() > 0.0, c.config.checkpoint.mode != CheckpointSpec::Mode::None
                                                      && c.recomputeFlops > 0.0);
        }
        QCOMPARE(seenFrozen, freeze && rec.anyFits());
        if (rec.anyFits()) {
            QCOMPARE(rec.closestMissBytes, std::int64_t{0});
        } else {
            // the closest is the smallest peak at batch 1, and the miss is its excess
            std::int64_t least = rec.ranked.first().devicePeak;
            for (const FitCandidate &c : rec.ranked)
                least = std::min(least, c.devicePeak);
            QCOMPARE(rec.closestMissBytes, least - capacity);
            QVERIFY(rec.closestMissBytes > 0);
        }
    }

    void roomyKeepsTheBatch()
    {
        const DeviceCatalogue devices = devicesWith(qint64(1) << 30);
        const Planner planner(devices, m_runtimes);
        const auto recs = FitSolver::solve(planner, mlpGraph(), config(256), {QStringLiteral("tiny")});
        for (const FitCandidate &c : recs.first().ranked) {
            QCOMPARE(c.microBatch, std::int64_t{256});
            QCOMPARE(c.accumulation, std::int64_t{1});
        }
        // On a device with 4× the fp32 rate in 16-bit, mixed precision is the fastest way.
        QVERIFY(recs.first().ranked.first().config.precision.startsWith(QLatin1String("amp-")));
    }

    void tightNeedsAccumulation()
    {
        const Planner probe(devicesWith(qint64(1) << 30), m_runtimes);
        const Graph graph = mlpGraph();
        // Capacity halfway between the fp32 Adam peaks at batch 8 and 9: micro-batch 8, 32 steps.
        const std::int64_t capacity = (peakAt(probe, graph, config(1), 8) + peakAt(probe, graph, config(1), 9)) / 2;
        const DeviceCatalogue devices = devicesWith(capacity);
        const Planner planner(devices, m_runtimes);
        const auto recs = FitSolver::solve(planner, graph, config(256), {QStringLiteral("tiny")});
        bool found = false;
        for (const FitCandidate &c : recs.first().ranked) {
            if (c.config.precision == QLatin1String("fp32") && c.config.optimizer == QLatin1String("adam")
                && c.config.checkpoint.mode == CheckpointSpec::Mode::None) {
                found = true;
                QCOMPARE(c.maxBatch.value_or(-1), std::int64_t{8});
                QCOMPARE(c.microBatch, std::int64_t{8});
                QCOMPARE(c.accumulation, std::int64_t{32}); // 256 / 8
            }
        }
        QVERIFY(found);
    }

    void appliedConfigKeepsTheRest()
    {
        PlanConfig current = config(256);
        current.devices = {QStringLiteral("tiny"), QStringLiteral("colab-t4")};
        current.keepGradients = true;
        FitCandidate c;
        c.config = config(8, "adam8bit", "amp-bf16");
        c.config.checkpoint = CheckpointSpec::parse(QStringLiteral("sqrt"));
        c.microBatch = 8;
        const PlanConfig applied = FitSolver::appliedConfig(current, c);
        QCOMPARE(applied.batch, std::int64_t{8});
        QCOMPARE(applied.precision, QStringLiteral("amp-bf16"));
        QCOMPARE(applied.optimizer, QStringLiteral("adam8bit"));
        QCOMPARE(applied.checkpoint.toString(), QStringLiteral("sqrt"));
        QCOMPARE(applied.devices, current.devices);
        QCOMPARE(applied.runtime, current.runtime);
        QVERIFY(applied.keepGradients);
        c.microBatch = 0; // a miss keeps the user's batch
        QCOMPARE(FitSolver::appliedConfig(current, c).batch, std::int64_t{256});
    }

    void frozenPrefixHoldsHalf()
    {
        const DeviceCatalogue devices = devicesWith(qint64(1) << 30);
        const Planner planner(devices, m_runtimes);
        const Graph mlp = mlpGraph();
        const auto core = planner.buildCore(mlp, config(4), m_runtimes.require(QStringLiteral("test")), nullptr);
        // fc1 holds 784 × 300 + 300 = 235,500 of 238,510 parameters: freezing it is enough.
        QCOMPARE(FitSolver::frozenPrefix(mlp, core->graph), QStringList{QStringLiteral("fc1")});
        // Eight equal layers: the first four hold half.
        const Graph chain = chainGraph(8);
        const auto chainCore = planner.buildCore(chain, config(4), m_runtimes.require(QStringLiteral("test")), nullptr);
        QCOMPARE(FitSolver::frozenPrefix(chain, chainCore->graph),
                 (QStringList{QStringLiteral("fc0"), QStringLiteral("fc1"), QStringLiteral("fc2"),
                              QStringLiteral("fc3")}));
        // A single trainable layer is never frozen.
        Graph one = mlp;
        one.nodes[2].trainable = false;
        const auto oneCore = planner.buildCore(one, config(4), m_runtimes.require(QStringLiteral("test")), nullptr);
        QVERIFY(FitSolver::frozenPrefix(one, oneCore->graph).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFitSolver)
#include "tst_fitsolver.moc"
