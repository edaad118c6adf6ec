// Peak memory against batch size for several configurations: the same numbers as full plans.
#include "../model/ChartFixtures.h"

#include "BatchSweep.h"
#include "Planner.h"

#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

class TestBatchSweep : public QObject
{
    Q_OBJECT

    RuntimeCatalogue m_runtimes = testRuntimes();

private slots:
    void defaultBatches_data()
    {
        QTest::addColumn<qint64>("current");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("last");
        QTest::newRow("small") << qint64(32) << 11 << qint64(1024);   // 2⁰ … 2¹⁰
        QTest::newRow("large") << qint64(1500) << 12 << qint64(2048); // up to 2 × 1,500
    }

    void defaultBatches()
    {
        QFETCH(qint64, current);
        QFETCH(int, count);
        QFETCH(qint64, last);
        const std::vector<std::int64_t> batches = BatchSweep::defaultBatches(current);
        QCOMPARE(int(batches.size()), count);
        QCOMPARE(batches.front(), std::int64_t{1});
        QCOMPARE(batches.back(), last);
    }

    void variants()
    {
        const QList<PlanConfig> train = BatchSweep::variants(config(32));
        QCOMPARE(train.size(), 5);
        QCOMPARE(train[0].precision, QStringLiteral("fp32"));
        QCOMPARE(train[1].precision, QStringLiteral("amp-bf16"));
        QCOMPARE(train[2].checkpoint.toString(), QStringLiteral("sqrt"));
        QCOMPARE(train[3].precision, QStringLiteral("amp-bf16"));
        QCOMPARE(train[3].checkpoint.toString(), QStringLiteral("sqrt"));
        QCOMPARE(train[4].optimizer, QStringLiteral("sgd"));
        PlanConfig infer = config(32, "sgd", "amp-fp16");
        infer.training = false;
        const QList<PlanConfig> inference = BatchSweep::variants(infer);
        QCOMPARE(inference.size(), 2);
        QCOMPARE(inference[1].precision, QStringLiteral("fp32"));
    }

    void pointsArePlans()
    {
        // capacity: 8 MB on the tensors-only runtime, so the largest batch is finite
        const std::int64_t capacity = 8 * 1000 * 1000;
        const DeviceCatalogue devices = devicesWith(capacity);
        const Planner planner(devices, m_runtimes);
        const Graph graph = chainGraph(4);
        const QList<PlanConfig> configs = BatchSweep::variants(config(16));
        const std::vector<std::int64_t> batches = {1, 2, 4, 64, 512};
        const BatchSweepResult result = BatchSweep::sweep(planner, graph, configs, batches, {QStringLiteral("tiny")});
        QCOMPARE(result.devices.size(), 1);
        QCOMPARE(result.devices.first().capacity, capacity);
        QCOMPARE(result.series.size(), configs.size());
        for (const SweepSeries &series : result.series) {
            QCOMPARE(series.points.size(), batches.size());
            for (std::size_t i = 0; i < batches.size(); ++i) {
                PlanConfig c = series.config;
                c.batch = batches[i];
                const Plan plan = planner.plan(graph, c);
                QCOMPARE(series.points[i].devicePeak, plan.memory.devicePeak);
                QCOMPARE(series.points[i].breakdown, plan.memory.breakdown);
                if (i > 0) // memory grows with the batch
                    QVERIFY(series.points[i].devicePeak > series.points[i - 1].devicePeak);
            }
            QCOMPARE(series.maxBatch.size(), std::size_t{1});
            const std::int64_t max = series.maxBatch.front().value_or(-1);
            QVERIFY(max > 0);
            PlanConfig c = series.config;
            c.batch = max;
            QVERIFY(planner.plan(graph, c).memory.devicePeak <= capacity);
            c.batch = max + 1;
            QVERIFY(planner.plan(graph, c).memory.devicePeak > capacity);
        }
        // SGD keeps no state where Adam keeps two fp32 states, and at Adam's peak (its foreach
        // step) one more parameter-sized temporary: 12 bytes × 4 × (256 × 256 + 256) parameters
        // = 3,158,016 bytes at batch 1, where activations are small
        QVERIFY(result.series[4].points.front().devicePeak < result.series[0].points.front().devicePeak);
        QCOMPARE(result.series[0].points.front().breakdown[int(Category::OptimizerStates)], std::int64_t{3158016});
        QCOMPARE(result.series[4].points.front().breakdown[int(Category::OptimizerStates)], std::int64_t{0});
    }

    void labels()
    {
        QCOMPARE(BatchSweep::label(config(1)), QStringLiteral("fp32 · adam · no checkpointing"));
        PlanConfig c = config(1, "sgd", "amp-bf16");
        c.checkpoint = CheckpointSpec::parse(QStringLiteral("4"));
        QCOMPARE(BatchSweep::label(c), QStringLiteral("amp-bf16 · sgd · 4 segments"));
    }
};

QTEST_GUILESS_MAIN(TestBatchSweep)
#include "tst_batchsweep.moc"
