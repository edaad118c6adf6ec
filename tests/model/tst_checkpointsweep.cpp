// Memory versus extra compute of checkpointing: uniform, √n and the optimal frontier.
#include "../model/ChartFixtures.h"

#include "CheckpointSweep.h"
#include "Planner.h"
#include "Throughput.h"

#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

class TestCheckpointSweep : public QObject
{
    Q_OBJECT

    DeviceCatalogue m_devices = devicesWith(qint64(1) << 30);
    RuntimeCatalogue m_runtimes = testRuntimes();
    Planner m_planner{m_devices, m_runtimes};

private slots:
    void strategies()
    {
        const Graph graph = chainGraph(8);
        const PlanConfig base = config(64);
        const QList<CheckpointOption> options = CheckpointSweep::options(m_planner, graph, base);
        QVERIFY(options.size() > 3);
        QCOMPARE(options.first().strategy, CheckpointOption::Strategy::None);
        QCOMPARE(options.first().recomputeFlops, 0.0);
        QCOMPARE(options.first().memory.devicePeak, m_planner.plan(graph, base).memory.devicePeak);
        bool sqrt = false;
        int uniform = 0;
        int optimal = 0;
        for (const CheckpointOption &o : options) {
            // applying the point's spec plans at most its memory and its recompute
            PlanConfig c = base;
            c.checkpoint = o.spec;
            const Plan plan = m_planner.plan(graph, c);
            switch (o.strategy) {
            case CheckpointOption::Strategy::None:
                break;
            case CheckpointOption::Strategy::Uniform:
                ++uniform;
                QCOMPARE(plan.memory.devicePeak, o.memory.devicePeak);
                QCOMPARE(o.boundaries.size(), o.segments - 1);
                break;
            case CheckpointOption::Strategy::Sqrt:
                sqrt = true;
                QCOMPARE(plan.memory.devicePeak, o.memory.devicePeak);
                break;
            case CheckpointOption::Strategy::Optimal:
                ++optimal;
                QVERIFY(plan.memory.tensorPeak <= o.memory.tensorPeak);
                QVERIFY(plan.compute.recompute <= o.recomputeFlops);
                break;
            }
            if (o.strategy != CheckpointOption::Strategy::None)
                QVERIFY(o.recomputeFlops > 0.0);
            QVERIFY(o.stepFlops >= o.recomputeFlops);
        }
        QVERIFY(sqrt);
        QVERIFY(uniform >= 2);
        QVERIFY(optimal >= 1);
    }

    void thinsUniformCounts()
    {
        const QList<CheckpointOption> options = CheckpointSweep::options(m_planner, chainGraph(8), config(8), 3);
        int uniform = 0;
        for (const CheckpointOption &o : options)
            uniform += o.strategy == CheckpointOption::Strategy::Uniform ? 1 : 0;
        QVERIFY(uniform <= 3);
    }

    void inferenceHasNoCheckpointing()
    {
        PlanConfig c = config(8);
        c.training = false;
        QCOMPARE(CheckpointSweep::options(m_planner, chainGraph(4), c).size(), 1);
    }

    void throughputAndEpoch()
    {
        PlanConfig c = config(32);
        c.devices = {QStringLiteral("tiny")};
        const Plan plan = m_planner.plan(chainGraph(4), c);
        const QList<DeviceThroughput> rows = Throughput::perDevice(plan, 1000);
        QCOMPARE(rows.size(), 1);
        const DeviceThroughput &r = rows.first();
        QCOMPARE(r.stepSeconds, plan.devices.first().stepTimeSeconds);
        QVERIFY(r.stepSeconds > 0.0);
        QCOMPARE(r.samplesPerSecond, 32.0 / r.stepSeconds);
        QCOMPARE(r.stepsPerEpoch, std::int64_t{32}); // ⌈1,000 / 32⌉
        QCOMPARE(r.epochSeconds, 32.0 * r.stepSeconds);
        QCOMPARE(Throughput::perDevice(plan, 0).first().epochSeconds, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCheckpointSweep)
#include "tst_checkpointsweep.moc"
