// Tests of ShardingPlanner: per-GPU memory under DDP, ZeRO 1–3, FSDP, offload and tensor
// parallelism.
#include "ModelError.h"
#include "ShardingPlanner.h"

#include <QTest>

using namespace memplanner;

Q_DECLARE_METATYPE(memplanner::ShardingStrategy)
Q_DECLARE_METATYPE(memplanner::ActivationRecompute)

namespace {

// Rajbhandari et al. 2020, "ZeRO: Memory Optimizations Toward Training Trillion Parameter
// Models", Figure 1: Ψ = 7.5 B, mixed-precision Adam (2 + 2 + K = 12 bytes per parameter),
// N = 64 data-parallel GPUs. 7.5e9 / 64 = 117,187,500 exactly, so no shard rounding.
constexpr qint64 Psi = 7'500'000'000;

ShardingConfig zeroPaperConfig(ShardingStrategy strategy, qint64 gpus = 64)
{
    ShardingConfig c; // defaults: w = 2, g = 2, master 4 + optimizer 8 = K 12
    c.parameters = Psi;
    c.gpus = gpus;
    c.strategy = strategy;
    return c;
}

} // namespace

class tst_ShardingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void zeroPaperFigure_data();
    void zeroPaperFigure();
    void zeroFormulas_data();
    void zeroFormulas();
    void communicationBuffers_data();
    void communicationBuffers();
    void offload_data();
    void offload();
    void tensorParallelModelStates();
    void transformerActivations_data();
    void transformerActivations();
    void gradientAccumulation();
    void gpuSweep();
    void fits();
    void strategyNames_data();
    void strategyNames();
    void invalidInput_data();
    void invalidInput();
    void overflow();
};

void tst_ShardingPlanner::zeroPaperFigure_data()
{
    QTest::addColumn<ShardingStrategy>("strategy");
    QTest::addColumn<qint64>("expectedModelStates");
    QTest::addColumn<QString>("expectedGB");
    // Baseline (DDP): (2 + 2 + 12) · 7.5e9 = 120e9 → "120 GB" in the paper.
    QTest::newRow("baseline") << ShardingStrategy::DataParallel << qint64(120'000'000'000)
                              << QStringLiteral("120.0");
    // P_os: 4Ψ + 12Ψ/N = 30e9 + 12 · 117,187,500 = 31,406,250,000 → "31.4 GB".
    QTest::newRow("stage 1") << ShardingStrategy::Zero1 << qint64(31'406'250'000)
                             << QStringLiteral("31.4");
    // P_os+g: 2Ψ + 14Ψ/N = 15e9 + 14 · 117,187,500 = 16,640,625,000 → "16.6 GB".
    QTest::newRow("stage 2") << ShardingStrategy::Zero2 << qint64(16'640'625'000)
                             << QStringLiteral("16.6");
    // P_os+g+p: 16Ψ/N = 16 · 117,187,500 = 1,875,000,000 → 1.875, printed "1.9 GB".
    QTest::newRow("stage 3") << ShardingStrategy::Zero3 << qint64(1'875'000'000)
                             << QStringLiteral("1.9");
}

void tst_ShardingPlanner::zeroPaperFigure()
{
    QFETCH(ShardingStrategy, strategy);
    QFETCH(qint64, expectedModelStates);
    QFETCH(QString, expectedGB);
    const ShardingPlan p = ShardingPlanner::plan(zeroPaperConfig(strategy));
    QCOMPARE(p.perGpu.modelStates(), expectedModelStates);
    // The paper's GB are 10^9 bytes, one decimal.
    QCOMPARE(QString::number(double(p.perGpu.modelStates()) / 1e9, 'f', 1), expectedGB);
    QCOMPARE(p.dataParallel, qint64(64));
    QCOMPARE(p.perGpu.activations, qint64(0));
}

void tst_ShardingPlanner::zeroFormulas_data()
{
    QTest::addColumn<qint64>("psi");
    QTest::addColumn<qint64>("gpus");
    QTest::addColumn<qint64>("expectedStage1");
    QTest::addColumn<qint64>("expectedStage2");
    QTest::addColumn<qint64>("expectedStage3");
    // Ψ = 1e9, N = 8: 4Ψ + 12Ψ/8 = 5.5e9; 2Ψ + 14Ψ/8 = 3.75e9; 16Ψ/8 = 2e9.
    QTest::newRow("1B on 8") << qint64(1'000'000'000) << qint64(8) << qint64(5'500'000'000)
                             << qint64(3'750'000'000) << qint64(2'000'000'000);
    // N = 1: every stage is the 16Ψ baseline.
    QTest::newRow("1B on 1") << qint64(1'000'000'000) << qint64(1) << qint64(16'000'000'000)
                             << qint64(16'000'000'000) << qint64(16'000'000'000);
    // Ψ = 1,000,003 does not divide by 8: a shard is ⌈1,000,003 / 8⌉ = 125,001 (FSDP pads the
    // flat parameter). Stage 1: 4 · 1,000,003 + 12 · 125,001 = 4,000,012 + 1,500,012
    // = 5,500,024; stage 2: 2,000,006 + 14 · 125,001 = 3,750,020; stage 3: 16 · 125,001
    // = 2,000,016.
    QTest::newRow("padded shard") << qint64(1'000'003) << qint64(8) << qint64(5'500'024)
                                  << qint64(3'750'020) << qint64(2'000'016);
}

void tst_ShardingPlanner::zeroFormulas()
{
    QFETCH(qint64, psi);
    QFETCH(qint64, gpus);
    QFETCH(qint64, expectedStage1);
    QFETCH(qint64, expectedStage2);
    QFETCH(qint64, expectedStage3);
    ShardingConfig c;
    c.parameters = psi;
    c.gpus = gpus;
    c.strategy = ShardingStrategy::Zero1;
    QCOMPARE(ShardingPlanner::plan(c).perGpu.modelStates(), expectedStage1);
    c.strategy = ShardingStrategy::Zero2;
    QCOMPARE(ShardingPlanner::plan(c).perGpu.modelStates(), expectedStage2);
    c.strategy = ShardingStrategy::Zero3;
    QCOMPARE(ShardingPlanner::plan(c).perGpu.modelStates(), expectedStage3);
    // The FSDP model states are ZeRO-3's.
    c.strategy = ShardingStrategy::Fsdp;
    QCOMPARE(ShardingPlanner::plan(c).perGpu.modelStates(), expectedStage3);
}

void tst_ShardingPlanner::communicationBuffers_data()
{
    QTest::addColumn<ShardingStrategy>("strategy");
    QTest::addColumn<bool>("bucketView");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<qint64>("expectedComm");
    QTest::addColumn<qint64>("expectedBuckets");
    // DDP keeps a flat copy of every gradient: 2 · 7.5e9 = 15e9 bytes in
    // ⌈15e9 / 26,214,400⌉ = ⌈572.2⌉ = 573 buckets of 25 MiB.
    QTest::newRow("ddp") << ShardingStrategy::DataParallel << false << qint64(0)
                         << qint64(15'000'000'000) << qint64(573);
    // gradient_as_bucket_view=True: gradients are views into the buckets, no copy.
    QTest::newRow("ddp bucket view")
        << ShardingStrategy::DataParallel << true << qint64(0) << qint64(0) << qint64(573);
    // ZeRO-2: one reduce bucket of 25 MiB = 26,214,400 bytes.
    QTest::newRow("zero2") << ShardingStrategy::Zero2 << false << qint64(0) << qint64(26'214'400)
                           << qint64(0);
    // ZeRO-3 with a 200e6-parameter unit gathered: 26,214,400 + 2 · 200e6 = 426,214,400.
    QTest::newRow("zero3 unit") << ShardingStrategy::Zero3 << false << qint64(200'000'000)
                                << qint64(426'214'400) << qint64(0);
    // FSDP, 200e6-parameter unit: gathered fp16 parameters 2 · 200e6 plus the unit's unsharded
    // fp16 gradient 2 · 200e6 = 800,000,000.
    QTest::newRow("fsdp unit") << ShardingStrategy::Fsdp << false << qint64(200'000'000)
                               << qint64(800'000'000) << qint64(0);
    // FSDP without a wrap policy gathers the whole model: (2 + 2) · 7.5e9 = 30e9.
    QTest::newRow("fsdp whole model")
        << ShardingStrategy::Fsdp << false << qint64(0) << qint64(30'000'000'000) << qint64(0);
}

void tst_ShardingPlanner::communicationBuffers()
{
    QFETCH(ShardingStrategy, strategy);
    QFETCH(bool, bucketView);
    QFETCH(qint64, unit);
    QFETCH(qint64, expectedComm);
    QFETCH(qint64, expectedBuckets);
    ShardingConfig c = zeroPaperConfig(strategy);
    c.gradientAsBucketView = bucketView;
    c.largestUnitParameters = unit;
    const ShardingPlan p = ShardingPlanner::plan(c);
    QCOMPARE(p.perGpu.communicationBuffers, expectedComm);
    QCOMPARE(p.ddpBuckets, expectedBuckets);
    QCOMPARE(p.total, p.perGpu.modelStates() + expectedComm);
}

void tst_ShardingPlanner::offload_data()
{
    QTest::addColumn<ShardingStrategy>("strategy");
    QTest::addColumn<bool>("offloadParameters");
    QTest::addColumn<qint64>("expectedGpuModelStates");
    QTest::addColumn<qint64>("expectedHost");
    // ZeRO-Offload (Ren et al. 2021) on ZeRO-2: the GPU keeps the fp16 parameters, 2Ψ = 15e9;
    // the host keeps the fp16 gradient shard and the K = 12 optimizer shard:
    // 14Ψ/N = 14 · 117,187,500 = 1,640,625,000 per GPU process.
    QTest::newRow("zero2 offload")
        << ShardingStrategy::Zero2 << false << qint64(15'000'000'000) << qint64(1'640'625'000);
    // ZeRO-1 offload: only the optimizer shard moves; gradients stay replicated:
    // GPU 2Ψ + 2Ψ = 30e9, host 12Ψ/N = 1,406,250,000.
    QTest::newRow("zero1 offload")
        << ShardingStrategy::Zero1 << false << qint64(30'000'000'000) << qint64(1'406'250'000);
    // ZeRO-3 with parameter offload: all model states on the host, 16Ψ/N = 1,875,000,000.
    QTest::newRow("zero3 offload params")
        << ShardingStrategy::Zero3 << true << qint64(0) << qint64(1'875'000'000);
}

void tst_ShardingPlanner::offload()
{
    QFETCH(ShardingStrategy, strategy);
    QFETCH(bool, offloadParameters);
    QFETCH(qint64, expectedGpuModelStates);
    QFETCH(qint64, expectedHost);
    ShardingConfig c = zeroPaperConfig(strategy);
    c.offloadOptimizer = true;
    c.offloadParameters = offloadParameters;
    const ShardingPlan p = ShardingPlanner::plan(c);
    QCOMPARE(p.perGpu.modelStates(), expectedGpuModelStates);
    QCOMPARE(p.hostBytesPerGpu, expectedHost);
    QCOMPARE(p.perGpu.optimizerStates, qint64(0));
}

void tst_ShardingPlanner::tensorParallelModelStates()
{
    // 7.5e9 parameters, all in blocks, t = 8 on 64 GPUs → d = 8, Ψ' = 937,500,000.
    // ZeRO-1: 4Ψ' + 12Ψ'/8 = 3,750,000,000 + 1,406,250,000 = 5,156,250,000.
    ShardingConfig c = zeroPaperConfig(ShardingStrategy::Zero1);
    c.tensorParallel = 8;
    ShardingPlan p = ShardingPlanner::plan(c);
    QCOMPARE(p.dataParallel, qint64(8));
    QCOMPARE(p.parametersPerRank, qint64(937'500'000));
    QCOMPARE(p.perGpu.modelStates(), qint64(5'156'250'000));
    // Only 7e9 in blocks: Ψ' = 0.5e9 + 7e9 / 8 = 1,375,000,000 → ZeRO-1
    // 4 · 1.375e9 + 12 · 1.375e9 / 8 = 5.5e9 + 2.0625e9 = 7,562,500,000.
    c.blockParameters = 7'000'000'000;
    p = ShardingPlanner::plan(c);
    QCOMPARE(p.parametersPerRank, qint64(1'375'000'000));
    QCOMPARE(p.perGpu.modelStates(), qint64(7'562'500'000));
}

void tst_ShardingPlanner::transformerActivations_data()
{
    QTest::addColumn<qint64>("t");
    QTest::addColumn<bool>("sequenceParallel");
    QTest::addColumn<ActivationRecompute>("recompute");
    QTest::addColumn<qint64>("expected");
    // GPT-3 175B shape from Korthikanti et al. 2022: s = 2048, h = 12288, a = 96, L = 96, b = 1.
    // sbh = 25,165,824; attention term 5·a·s²·b = 5 · 96 · 4,194,304 = 2,013,265,920.
    // t = 1: 34·sbh + 5as²b = 855,638,016 + 2,013,265,920 = 2,868,903,936 per layer, the same
    // as sbh·(34 + 5as/h) = 25,165,824 · (34 + 80); × 96 layers = 275,414,777,856.
    QTest::newRow("no parallelism")
        << qint64(1) << false << ActivationRecompute::None << qint64(275'414'777'856);
    // t = 8: 10·sbh + (24·sbh + 5as²b)/8 = 251,658,240 + 2,617,245,696 / 8 = 578,813,952;
    // × 96 = 55,566,139,392.
    QTest::newRow("tensor parallel 8")
        << qint64(8) << false << ActivationRecompute::None << qint64(55'566'139'392);
    // + sequence parallel: (34·sbh + 5as²b)/8 = 358,612,992; × 96 = 34,426,847,232.
    QTest::newRow("tp + sp") << qint64(8) << true << ActivationRecompute::None
                             << qint64(34'426'847'232);
    // Selective: 10·sbh + 24·sbh/8 = 251,658,240 + 75,497,472 = 327,155,712; × 96
    // = 31,406,948,352.
    QTest::newRow("tp + selective")
        << qint64(8) << false << ActivationRecompute::Selective << qint64(31'406'948'352);
    // Selective + SP: 34·sbh/8 = 106,954,752; × 96 = 10,267,656,192.
    QTest::newRow("tp + sp + selective")
        << qint64(8) << true << ActivationRecompute::Selective << qint64(10'267'656'192);
    // Full recompute keeps each layer's input: 2·sbh = 50,331,648; × 96 = 4,831,838,208.
    QTest::newRow("full recompute")
        << qint64(8) << false << ActivationRecompute::Full << qint64(4'831'838'208);
}

void tst_ShardingPlanner::transformerActivations()
{
    QFETCH(qint64, t);
    QFETCH(bool, sequenceParallel);
    QFETCH(ActivationRecompute, recompute);
    QFETCH(qint64, expected);
    TransformerShape shape;
    shape.layers = 96;
    shape.sequence = 2048;
    shape.hidden = 12288;
    shape.heads = 96;
    shape.sequenceParallel = sequenceParallel;
    shape.recompute = recompute;
    QCOMPARE(ShardingPlanner::transformerActivationBytes(shape, 1, t), expected);

    // Through plan(): activations per GPU plus an extra 1,000 bytes passed in.
    ShardingConfig c;
    c.parameters = 1000;
    c.gpus = t;
    c.tensorParallel = t;
    c.strategy = ShardingStrategy::Zero1;
    c.transformer = shape;
    c.activationBytes = 1000;
    QCOMPARE(ShardingPlanner::plan(c).perGpu.activations, expected + 1000);
}

void tst_ShardingPlanner::gradientAccumulation()
{
    // Micro-batch 4, 8 accumulation steps, 64 data-parallel ranks: global batch
    // 4 · 8 · 64 = 2,048; per-GPU memory is that of accumulation 1.
    ShardingConfig c = zeroPaperConfig(ShardingStrategy::Zero2);
    c.microBatch = 4;
    c.activationBytes = 123'456;
    const ShardingPlan once = ShardingPlanner::plan(c);
    c.gradientAccumulationSteps = 8;
    const ShardingPlan accumulated = ShardingPlanner::plan(c);
    QCOMPARE(accumulated.globalBatch, qint64(2048));
    QCOMPARE(once.globalBatch, qint64(256));
    QCOMPARE(accumulated.total, once.total);
}

void tst_ShardingPlanner::gpuSweep()
{
    // ZeRO-3, 7.5e9 parameters on 1…4 GPUs: 16Ψ/N = 120e9, 60e9, 40e9, 30e9, each plus the
    // 26,214,400-byte bucket.
    ShardingConfig c = zeroPaperConfig(ShardingStrategy::Zero3, 4);
    const QList<ShardingPoint> s = ShardingPlanner::gpuSweep(c);
    QCOMPARE(s.size(), 4);
    const qint64 states[] = {120'000'000'000, 60'000'000'000, 40'000'000'000, 30'000'000'000};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(s[i].gpus, qint64(i + 1));
        QCOMPARE(s[i].perGpu.modelStates(), states[i]);
        QCOMPARE(s[i].total, states[i] + 26'214'400);
    }
    // With t = 2 on 8 GPUs only multiples of 2 are planned: 2, 4, 6, 8.
    c.gpus = 8;
    c.tensorParallel = 2;
    const QList<ShardingPoint> tp = ShardingPlanner::gpuSweep(c);
    QCOMPARE(tp.size(), 4);
    QCOMPARE(tp.first().gpus, qint64(2));
    QCOMPARE(tp.last().gpus, qint64(8));
}

void tst_ShardingPlanner::fits()
{
    // 80e9 bytes (an 80 GB GPU). ZeRO-2 at N = 64: 16,640,625,000 + 26,214,400
    // = 16,666,839,400 → headroom 63,333,160,600. The DDP baseline (120e9 + 15e9 bucket copy)
    // does not fit.
    ShardingConfig c = zeroPaperConfig(ShardingStrategy::Zero2);
    c.gpuMemoryBytes = 80'000'000'000;
    ShardingPlan p = ShardingPlanner::plan(c);
    QVERIFY(p.fits);
    QCOMPARE(p.headroom, qint64(63'333'160'600));
    c.strategy = ShardingStrategy::DataParallel;
    p = ShardingPlanner::plan(c);
    QVERIFY(!p.fits);
    QCOMPARE(p.headroom, qint64(80'000'000'000 - 135'000'000'000));
}

void tst_ShardingPlanner::strategyNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ShardingStrategy>("expected");
    QTest::newRow("ddp") << QStringLiteral("ddp") << ShardingStrategy::DataParallel;
    QTest::newRow("zero2") << QStringLiteral("zero2") << ShardingStrategy::Zero2;
    QTest::newRow("ZeRO-3") << QStringLiteral("ZeRO-3") << ShardingStrategy::Zero3;
    QTest::newRow("fsdp") << QStringLiteral("FSDP") << ShardingStrategy::Fsdp;
}

void tst_ShardingPlanner::strategyNames()
{
    QFETCH(QString, name);
    QFETCH(ShardingStrategy, expected);
    QCOMPARE(ShardingPlanner::strategyFromName(name), std::optional(expected));
    QCOMPARE(ShardingPlanner::strategyFromName(ShardingPlanner::strategyName(expected)),
             std::optional(expected));
    QVERIFY(!ShardingPlanner::strategyLabel(expected).isEmpty());
    QVERIFY(!ShardingPlanner::strategyFromName(QStringLiteral("zero4")).has_value());
}

void tst_ShardingPlanner::invalidInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("gpus not multiple of t") << QStringLiteral("tp");
    QTest::newRow("param offload on zero2") << QStringLiteral("offload-params");
    QTest::newRow("offload with ddp") << QStringLiteral("offload-ddp");
    QTest::newRow("blocks above params") << QStringLiteral("blocks");
    QTest::newRow("zero gpus") << QStringLiteral("gpus");
}

void tst_ShardingPlanner::invalidInput()
{
    QFETCH(QString, what);
    ShardingConfig c = zeroPaperConfig(ShardingStrategy::Zero2);
    if (what == QLatin1String("tp")) {
        c.gpus = 6;
        c.tensorParallel = 4;
    } else if (what == QLatin1String("offload-params")) {
        c.offloadParameters = true;
    } else if (what == QLatin1String("offload-ddp")) {
        c.strategy = ShardingStrategy::DataParallel;
        c.offloadOptimizer = true;
    } else if (what == QLatin1String("blocks")) {
        c.blockParameters = Psi + 1;
    } else {
        c.gpus = 0;
    }
    QVERIFY_THROWS_EXCEPTION(ModelError, ShardingPlanner::plan(c));
}

void tst_ShardingPlanner::overflow()
{
    // 2^62 parameters × 16 bytes overflows 2^63.
    ShardingConfig c;
    c.parameters = qint64(1) << 62;
    QVERIFY_THROWS_EXCEPTION(ModelError, ShardingPlanner::plan(c));
}

QTEST_GUILESS_MAIN(tst_ShardingPlanner)
#include "tst_shardingplanner.moc"
