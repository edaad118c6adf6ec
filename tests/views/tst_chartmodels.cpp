// The chart data models: structure (QAbstractItemModelTester) and numbers equal to model/'s.
#include "../model/ChartFixtures.h"

#include "BatchSweepModel.h"
#include "BreakdownSeriesModel.h"
#include "ComparisonModel.h"
#include "FitCandidatesModel.h"
#include "FrontierModel.h"
#include "ThroughputModel.h"
#include "TimelineModel.h"
#include "TopLayersModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

class TestChartModels : public QObject
{
    Q_OBJECT

    DeviceCatalogue m_devices = devicesWith(8 * 1000 * 1000);
    RuntimeCatalogue m_runtimes = testRuntimes();
    Planner m_planner{m_devices, m_runtimes};

    PlanConfig trainConfig() const
    {
        PlanConfig c = config(32);
        c.devices = {QStringLiteral("tiny")};
        return c;
    }

private slots:
    void breakdown()
    {
        const Plan plan = m_planner.plan(chainGraph(4), trainConfig());
        BreakdownSeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({{QStringLiteral("a"), plan.memory}},
                         {CapacityLine{QStringLiteral("tiny"), QStringLiteral("Tiny"), 8000000}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), kCategoryCount + 2);
        // the stacked parts add up to the device peak
        std::int64_t sum = 0;
        for (int part = 0; part < BreakdownSeriesModel::partCount(); ++part)
            sum += model.bytes(0, part);
        QCOMPARE(sum, plan.memory.devicePeak);
        QCOMPARE(model.data(model.index(0, BreakdownSeriesModel::kPeakColumn), Qt::UserRole).toLongLong(),
                 qlonglong(plan.memory.devicePeak));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("a"));
    }

    void comparison()
    {
        const auto teacher = std::make_shared<const Plan>(m_planner.plan(chainGraph(4), trainConfig()));
        const auto student = std::make_shared<const Plan>(m_planner.plan(chainGraph(2), trainConfig()));
        ComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setEntries({{QStringLiteral("teacher"), teacher}, {QStringLiteral("none"), nullptr},
                          {QStringLiteral("student"), student}});
        QCOMPARE(model.columnCount(), 2); // the null plan is left out
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("student"));
        // 4 summary rows, the 6 categories, the overhead, fit and largest batch on "tiny"
        QCOMPARE(model.rowCount(), 4 + kCategoryCount + 1 + 2);
        QCOMPARE(model.deviceIds(), QStringList{QStringLiteral("tiny")});
        for (int column = 0; column < 2; ++column) {
            const Plan &plan = column == 0 ? *teacher : *student;
            const auto value = [&](int row) { return model.data(model.index(row, column), Qt::UserRole); };
            QCOMPARE(value(ComparisonModel::ParametersRow).toLongLong(), qlonglong(plan.parameters));
            QCOMPARE(value(ComparisonModel::TrainableRow).toLongLong(), qlonglong(plan.trainableParameters));
            QCOMPARE(value(ComparisonModel::FlopsRow).toDouble(), plan.compute.total());
            QCOMPARE(value(ComparisonModel::PeakRow).toLongLong(), qlonglong(plan.memory.devicePeak));
            std::int64_t parts = value(ComparisonModel::OverheadRow).toLongLong();
            for (int c = 0; c < kCategoryCount; ++c)
                parts += value(ComparisonModel::FirstCategoryRow + c).toLongLong();
            QCOMPARE(parts, plan.memory.devicePeak); // the rows add up to the peak
            QCOMPARE(value(ComparisonModel::FirstDeviceRow).toBool(), plan.devices.first().fits);
        }
        // a Linear 256→256 holds 256×256 + 256 = 65,792 parameters: the teacher has two more
        QCOMPARE(model.data(model.index(ComparisonModel::ParametersRow, 0), Qt::UserRole).toLongLong()
                         - model.data(model.index(ComparisonModel::ParametersRow, 1), Qt::UserRole).toLongLong(),
                 qlonglong(2 * 65792));
        QCOMPARE(model.headerData(ComparisonModel::FirstDeviceRow + 1, Qt::Vertical).toString(),
                 QStringLiteral("Tiny: largest batch"));
    }

    void batchSweep()
    {
        const BatchSweepResult result = BatchSweep::sweep(m_planner, chainGraph(4), BatchSweep::variants(trainConfig()),
                                                          {1, 8, 64}, {QStringLiteral("tiny")});
        BatchSweepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 1 + 5);
        QCOMPARE(model.data(model.index(2, 0), Qt::UserRole).toLongLong(), 64LL);
        QCOMPARE(model.data(model.index(1, 1), Qt::UserRole).toLongLong(),
                 qlonglong(result.series[0].points[1].devicePeak));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), BatchSweep::label(trainConfig()));
    }

    void frontier()
    {
        FrontierModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOptions(CheckpointSweep::options(m_planner, chainGraph(8), trainConfig()));
        QVERIFY(model.rowCount() > 3);
        QCOMPARE(model.extraComputePercent(0), 0.0);
        for (int row = 1; row < model.rowCount(); ++row) {
            const CheckpointOption &o = model.options().at(row);
            // recompute as a share of forward + backward
            QVERIFY(qFuzzyCompare(model.extraComputePercent(row),
                                  100.0 * o.recomputeFlops / (o.stepFlops - o.recomputeFlops)));
        }
    }

    void timeline()
    {
        const auto plan = std::make_shared<const Plan>(m_planner.plan(chainGraph(4), trainConfig()));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), int(plan->core->timeline.snapshots.size()));
        // the peak row's total is the tensor peak, and its categories the plan's breakdown
        QCOMPARE(model.total(model.peakRow()), plan->memory.tensorPeak);
        for (int c = 0; c < kCategoryCount; ++c)
            QCOMPARE(model.bytes(model.peakRow(), static_cast<Category>(c)), plan->memory.breakdown[std::size_t(c)]);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.total(row) <= plan->memory.tensorPeak);
        QCOMPARE(model.phase(0), Phase::Forward);
        QCOMPARE(model.phase(model.rowCount() - 1), Phase::Optimizer);
        model.setPlan(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void topLayers()
    {
        const Graph graph = chainGraph(4);
        const Plan plan = m_planner.plan(graph, trainConfig());
        TopLayersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(graph, &plan, 3);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row - 1).savedBytes >= model.rowAt(row).savedBytes);
        // every layer saves something: fc0 saves the graph input x[32,256] in fp32, 32,768 bytes
        std::int64_t largest = 0;
        for (const LayerRow &r : LayerStats::rows(graph, &plan))
            largest = std::max(largest, r.savedBytes);
        QCOMPARE(model.rowAt(0).savedBytes, largest);
        model.setPlan(graph, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void throughput()
    {
        const Plan plan = m_planner.plan(chainGraph(4), trainConfig());
        ThroughputModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(Throughput::perDevice(plan, 100));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ThroughputModel::StepColumn), Qt::UserRole).toDouble(),
                 plan.devices.first().stepTimeSeconds);
        // 100 samples at batch 32: ⌈100 / 32⌉ = 4 steps
        QCOMPARE(model.data(model.index(0, ThroughputModel::EpochColumn), Qt::UserRole).toDouble(),
                 4.0 * plan.devices.first().stepTimeSeconds);
        QCOMPARE(ThroughputModel::duration(3725.0), QStringLiteral("1 h 02 min"));
        QCOMPARE(ThroughputModel::duration(125.0), QStringLiteral("2 min 05 s"));
    }

    void fitCandidates()
    {
        const auto recs = FitSolver::solve(m_planner, chainGraph(4), trainConfig(), {QStringLiteral("tiny")});
        FitCandidatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecommendation(recs.first());
        QCOMPARE(model.rowCount(), int(recs.first().ranked.size()));
        QCOMPARE(model.data(model.index(0, FitCandidatesModel::ThroughputColumn), Qt::UserRole).toDouble(),
                 recs.first().ranked.first().samplesPerSecond);
        QCOMPARE(model.data(model.index(0, FitCandidatesModel::HeadroomColumn), Qt::UserRole).toLongLong(),
                 qlonglong(recs.first().capacity - recs.first().ranked.first().devicePeak));
    }
};

QTEST_MAIN(TestChartModels)
#include "tst_chartmodels.moc"
