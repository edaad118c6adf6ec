// The step simulator on graphs small enough to derive every byte by hand. Each expected value
// is derived in the comment above its row; the runtime "test" adds no overhead and no workspace,
// and runs the optimizer as PyTorch's multi-tensor ("foreach") path.

#include "ModelError.h"
#include "PlanSerializer.h"
#include "Planner.h"
#include "TestSupport.h"

#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

namespace {

/** x [B,10] → Linear(5) → MSELoss against target [B,5]. */
Graph linearGraph()
{
    Graph g;
    g.name = QStringLiteral("linear");
    g.inputs = {input("x", {kBatchDim, 10}), input("target", {kBatchDim, 5})};
    g.nodes = {node("fc", "Linear", {QStringLiteral("x")}, {{QStringLiteral("out_features"), 5}}),
               node("loss", "MSELoss", {QStringLiteral("fc"), QStringLiteral("target")})};
    return g;
}

/** x [B,3,8,8] → Conv(4, 3×3, pad 1, no bias) → BN → ReLU(in place) → MaxPool(2) → Flatten →
 *  Linear(10) → CrossEntropy(label). */
Graph convChain()
{
    Graph g;
    g.name = QStringLiteral("chain");
    g.inputs = {input("x", {kBatchDim, 3, 8, 8}), input("label", {kBatchDim}, DType::Int64)};
    g.nodes = {node("conv", "Conv2d", {QStringLiteral("x")},
                    {{QStringLiteral("out_channels"), 4}, {QStringLiteral("kernel"), 3},
                     {QStringLiteral("padding"), 1}, {QStringLiteral("bias"), false}}),
               node("bn", "BatchNorm", {QStringLiteral("conv")}),
               node("relu", "ReLU", {QStringLiteral("bn")}, {{QStringLiteral("inplace"), true}}),
               node("pool", "MaxPool2d", {QStringLiteral("relu")}, {{QStringLiteral("kernel"), 2}}),
               node("flat", "Flatten", {QStringLiteral("pool")}),
               node("fc", "Linear", {QStringLiteral("flat")}, {{QStringLiteral("out_features"), 10}}),
               node("loss", "CrossEntropy", {QStringLiteral("fc"), QStringLiteral("label")})};
    return g;
}

QString peakNodeName(const Plan &plan)
{
    return plan.memory.node < 0 ? QString() : plan.core->graph.tensors[plan.core->graph.nodes[plan.memory.node].outputs[0]].name;
}

} // namespace

class TestStepSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linearLayer_data();
    void linearLayer();
    void linearInt8TrainingIsRefused();
    void convChainSavesSharedStorageOnce();
    void convChainScalesAffinely();
    void frozenPrefixSavesNothing();
    void im2colWorkspaceIsTransient();
    void oneDnnReorderCopiesAreTransient_data();
    void oneDnnReorderCopiesAreTransient();
    void moduleArgumentsLiveUntilTheModuleReturns_data();
    void moduleArgumentsLiveUntilTheModuleReturns();
    void attentionLocalsLiveUntilTheModuleReturns_data();
    void attentionLocalsLiveUntilTheModuleReturns();
    void largestBatchIsSolved();

private:
    DeviceCatalogue m_devices;
    RuntimeCatalogue m_runtimes;
};

void TestStepSimulator::initTestCase()
{
    m_devices = DeviceCatalogue::load();
    m_runtimes = testRuntimes();
}

void TestStepSimulator::linearLayer_data()
{
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<QString>("impl");
    QTest::addColumn<bool>("keepGrads");
    QTest::addColumn<bool>("training");
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<QString>("phase");

    // Batch 7, fp32. Parameters W 5×10 + b 5 = 55 → 220 B; inputs x 7·10·4 = 280, target 140.
    // Adam: state 2·220 = 440. Start 220 + 440 + 420 = 1080. fc output y 7·5·4 = 140 (the
    // training loop keeps it), MSE's scalar 4 → 1224 after forward. Backward: loss gradient 4 +
    // grad y 140 → 1368, then 1364; fc's backward adds the parameter gradients 220 → 1584 (peak:
    // x needs no gradient). Afterwards grad y and y go (1304); foreach Adam holds one
    // parameter-sized list (220) → 1524.
    QTest::newRow("fp32 adam") << "adam" << "fp32" << "foreach" << false << true << qint64(1584) << "backward";
    // SGD keeps no state and no temporaries: 1584 − 440.
    QTest::newRow("fp32 sgd") << "sgd" << "fp32" << "foreach" << false << true << qint64(1144) << "backward";
    // Momentum: one state (220): 1144 + 220.
    QTest::newRow("fp32 momentum") << "momentum" << "fp32" << "foreach" << false << true << qint64(1364) << "backward";
    // Nesterov adds one foreach temporary at the step: 1304 − 440 + 220 + 220 = 1304 < 1364.
    QTest::newRow("fp32 nesterov") << "nesterov" << "fp32" << "foreach" << false << true << qint64(1364) << "backward";
    // Per-parameter Adam holds two tensors of the largest parameter (W, 200 B) at the step:
    // 1304 + 400 = 1704 > 1584, so the optimizer step is the peak.
    QTest::newRow("fp32 adam loop") << "adam" << "fp32" << "loop" << false << true << qint64(1704) << "optimizer";
    // Kept gradients (set_to_none=False) exist from the start (+220) and fc's new gradients are
    // a transient before the in-place add (+220): 1584 + 220.
    QTest::newRow("fp32 adam keep-grads") << "adam" << "fp32" << "foreach" << true << true << qint64(1804) << "backward";
    // Adafactor factors W into 5 rows + 10 columns and keeps b's 5 whole: 20·4 = 80 B of state.
    // 1584 − 440 + 80 = 1224; its step (1304 − 440 + 80 + 220 = 1164) stays below.
    QTest::newRow("fp32 adafactor") << "adafactor" << "fp32" << "foreach" << false << true << qint64(1224) << "backward";
    // AMP bf16: fc casts x to bf16 (140, saved) and caches bf16 copies of W and b (110, saved);
    // y is bf16 (70); MSE (a float32 op) casts y to float32 (140, saved). Start 1080; fc → 1400;
    // MSE → 1544; backward: +4 + grad y (bf16, 70) → 1618, then the loss gradient and MSE's
    // float32 copy go → 1474; fc's float32 parameter gradients +220 → 1694 (peak).
    QTest::newRow("amp-bf16 adam") << "adam" << "amp-bf16" << "foreach" << false << true << qint64(1694) << "backward";
    // Pure fp16: weights 110, Adam state 2·110 = 220, inputs 140 + 70. Start 540; y 70, loss 2
    // → 612; backward +2 + 70 → 684 → 682; parameter gradients (fp16) 110 → 792.
    QTest::newRow("fp16 adam") << "adam" << "fp16" << "foreach" << false << true << qint64(792) << "backward";
    // fp16 with float32 master weights: weights 110 + master 220 + state 440 + inputs 210 = 980;
    // backward peak 980 + 70 + 2 + 2 + 70 − 2 + 110 = 1232; the step keeps gradients (110) and
    // adds one float32 parameter list (220): 980 + 110 + 2 + 220 = 1312 (peak).
    QTest::newRow("fp16-master adam") << "adam" << "fp16-master" << "foreach" << false << true << qint64(1312) << "optimizer";
    // Adagrad, RMSprop and Lion keep one state (220) and take one foreach temporary at the step
    // (1084 + 220 = 1304 < backward's 1364).
    QTest::newRow("fp32 adagrad") << "adagrad" << "fp32" << "foreach" << false << true << qint64(1364) << "backward";
    QTest::newRow("fp32 rmsprop") << "rmsprop" << "fp32" << "foreach" << false << true << qint64(1364) << "backward";
    QTest::newRow("fp32 lion") << "lion" << "fp32" << "foreach" << false << true << qint64(1364) << "backward";
    // Centered RMSprop and AdamW keep two states, like Adam.
    QTest::newRow("fp32 rmsprop-centered") << "rmsprop-centered" << "fp32" << "foreach" << false << true << qint64(1584) << "backward";
    QTest::newRow("fp32 adamw") << "adamw" << "fp32" << "foreach" << false << true << qint64(1584) << "backward";
    // LAMB: two states and two foreach temporaries: 220 + 440 + 220 + 420 + 4 + 440 = 1744.
    QTest::newRow("fp32 lamb") << "lamb" << "fp32" << "foreach" << false << true << qint64(1744) << "optimizer";
    // 8-bit Adam keeps 32-bit state for tensors under 4,096 elements (bitsandbytes'
    // min_8bit_size), so this small layer costs what Adam costs.
    QTest::newRow("fp32 adam8bit") << "adam8bit" << "fp32" << "foreach" << false << true << qint64(1584) << "backward";
    // AMP fp16 sizes like AMP bf16; pure bf16 like pure fp16; bf16 + master like fp16 + master.
    QTest::newRow("amp-fp16 adam") << "adam" << "amp-fp16" << "foreach" << false << true << qint64(1694) << "backward";
    QTest::newRow("bf16 adam") << "adam" << "bf16" << "foreach" << false << true << qint64(792) << "backward";
    QTest::newRow("bf16-master adam") << "adam" << "bf16-master" << "foreach" << false << true << qint64(1312) << "optimizer";
    // Inference: weights 220 + inputs 420 + y 140; the loss is not run.
    QTest::newRow("infer fp32") << "adam" << "fp32" << "foreach" << false << false << qint64(780) << "forward";
    // int8 weights: W 50 B + one fp16 scale per row (5·2) = 60, b in fp16 10; fp16 inputs
    // 140 + 70; fp16 y 70 → 350.
    QTest::newRow("infer int8") << "adam" << "int8" << "foreach" << false << false << qint64(350) << "forward";
    // int4 weights: W 50 elements packed = 25 B + one fp16 scale per 128-element group (2), b in
    // fp16 10 → 37; inputs 210 and y 70 → 317.
    QTest::newRow("infer int4") << "adam" << "int4" << "foreach" << false << false << qint64(317) << "forward";
}

void TestStepSimulator::linearLayer()
{
    QFETCH(QString, optimizer);
    QFETCH(QString, precision);
    QFETCH(QString, impl);
    QFETCH(bool, keepGrads);
    QFETCH(bool, training);
    QFETCH(qint64, peak);
    QFETCH(QString, phase);

    PlanConfig c = config(7);
    c.optimizer = optimizer;
    c.precision = precision;
    c.optimizerImpl = parseOptimizerImpl(impl);
    c.keepGradients = keepGrads;
    c.training = training;
    const Plan plan = Planner(m_devices, m_runtimes).plan(linearGraph(), c);
    QCOMPARE(plan.memory.tensorPeak, peak);
    QCOMPARE(PlanSerializer::phaseId(plan.memory.phase), phase);
    std::int64_t sum = 0;
    for (std::int64_t b : plan.memory.breakdown)
        sum += b;
    QCOMPARE(sum, plan.memory.tensorPeak);
    QCOMPARE(plan.parameters, qint64(55));
    // FLOPs: forward 2·7·10·5 = 700 for fc; MSE 3 per element (105 for 35 elements).
    QCOMPARE(plan.compute.forward, training ? 805.0 : 700.0);
}

void TestStepSimulator::linearInt8TrainingIsRefused()
{
    PlanConfig c = config(7, "adam", "int8");
    try {
        Planner(m_devices, m_runtimes).plan(linearGraph(), c);
        QFAIL("int8 training was accepted");
    } catch (const ModelError &e) {
        QVERIFY2(e.message().contains(QLatin1String("int8")), qPrintable(e.message()));
    }
}

void TestStepSimulator::convChainSavesSharedStorageOnce()
{
    // Batch 2, fp32, SGD. Weights: conv 4·3·3·3 = 108, BN 4 + 4 and buffers 4 + 4, fc 10·64 + 10
    // → 774 elements = 3096 B. Inputs x 2·3·8·8·4 = 1536, label 2·8 = 16.
    // Forward: conv c 2·4·8·8·4 = 2048; BN b 2048 (+ mean/invstd 2·4·4 = 32, saves c); ReLU in
    // place on b (saves b); MaxPool m 2·4·4·4·4 = 512 + int64 indices 1024 (saves b again — the
    // same storage, counted once); Flatten views m; fc z 80 (saves m); CE log-probs 80 + loss 4.
    // Backward: CE (+grad z 80, transient 80), fc (+grad of flat 512, fc parameter gradients
    // 2600; m freed), Flatten (gradient is a view), MaxPool (+grad 2048; m's gradient and the
    // indices freed), ReLU (+grad 2048) — the peak:
    //   weights 3096 + inputs 1552 + activations (c 2048, b 2048, mean/invstd 32, z 80, loss 4)
    //   + gradients (fc 2600, grad of relu output 2048, grad of bn output 2048) = 15556.
    PlanConfig c = config(2, "sgd");
    const Plan plan = Planner(m_devices, m_runtimes).plan(convChain(), c);
    QCOMPARE(plan.memory.tensorPeak, qint64(15556));
    QCOMPARE(plan.memory.phase, Phase::Backward);
    QCOMPARE(peakNodeName(plan), QStringLiteral("relu"));
    QCOMPARE(plan.memory.breakdown[int(Category::Weights)], qint64(3096));
    QCOMPARE(plan.memory.breakdown[int(Category::Inputs)], qint64(1552));
    QCOMPARE(plan.memory.breakdown[int(Category::Activations)], qint64(4212));
    QCOMPARE(plan.memory.breakdown[int(Category::Gradients)], qint64(6696));
    QCOMPARE(plan.parameters, qint64(766)); // running statistics are buffers, not parameters

    // Saved bytes per node, each storage attributed to the first node that saved it: BN saves c
    // (2048) and mean/invstd (32); ReLU saves b (2048); MaxPool only adds its indices (1024).
    const auto &saved = plan.core->timeline.savedBytesPerNode;
    QCOMPARE(saved[1].at(2), qint64(2080));
    QCOMPARE(saved[2].at(2), qint64(2048));
    QCOMPARE(saved[3].at(2), qint64(1024));
}

void TestStepSimulator::convChainScalesAffinely()
{
    // At the same moment the peak is 5732 fixed (weights 3096, fc gradients 2600, mean/invstd 32,
    // loss 4) plus 4912 per sample (inputs 776, c + b + z 2088, two activation gradients 2048):
    // 5732 + 2·4912 = 15556 at batch 2, and 5732 + 4·4912 = 25380 at batch 4.
    const Plan plan = Planner(m_devices, m_runtimes).plan(convChain(), config(2, "sgd"));
    QCOMPARE(plan.core->memoryAt(4).tensorPeak, qint64(25380));
    const Plan direct = Planner(m_devices, m_runtimes).plan(convChain(), config(4, "sgd"));
    QCOMPARE(direct.memory.tensorPeak, qint64(25380));
}

void TestStepSimulator::frozenPrefixSavesNothing()
{
    // Conv and BN frozen: nothing before fc needs a gradient, so conv, BN, ReLU and MaxPool have
    // no backward and save nothing (no mean/invstd, no indices), and only fc's 650 parameters
    // train. Batch 2, SGD. Start 3096 + 1552 = 4648; conv c 2048 → 6696; BN b 2048 → 8744 (the
    // peak: c is freed right after); the rest of the step stays below (fc's backward:
    // 3096 + 1552 + m 512 + z 80 + loss 4 + grad z 80 + fc gradients 2600 = 7924).
    Graph g = convChain();
    g.nodes[0].trainable = false;
    g.nodes[1].trainable = false;
    const Plan plan = Planner(m_devices, m_runtimes).plan(g, config(2, "sgd"));
    QCOMPARE(plan.memory.tensorPeak, qint64(8744));
    QCOMPARE(plan.memory.phase, Phase::Forward);
    QCOMPARE(peakNodeName(plan), QStringLiteral("bn"));
    QCOMPARE(plan.trainableParameters, qint64(650));
    const auto &saved = plan.core->timeline.savedBytesPerNode;
    for (int p = 0; p < 4; ++p)
        QCOMPARE(saved[p].at(2), qint64(0));
    QCOMPARE(saved[5].at(2), qint64(512)); // fc keeps the pooled map for its weight gradient
    // Backward skips the frozen prefix: fc's weight gradient only (2·2·64·10 = 2560), plus
    // CE's 2 per logit (40); no input gradients anywhere.
    QCOMPARE(plan.compute.backward, 2600.0);
}

void TestStepSimulator::im2colWorkspaceIsTransient()
{
    // Lowering the 3×3 conv expands its input to N·Hout·Wout·Cin·k² = 2·8·8·3·9 = 3456 floats =
    // 13824 B, held only while the conv runs (forward and backward). In conv's backward the live
    // set is 9412 (everything but the gradients already released) + its weight gradient 432, so
    // the peak moves there: 9412 + 432 + 13824 = 23668.
    const Plan plan = Planner(m_devices, m_runtimes).plan(convChain(), config(2, "sgd", "fp32", "test-im2col"));
    QCOMPARE(plan.memory.tensorPeak, qint64(23668));
    QCOMPARE(plan.memory.breakdown[int(Category::Workspace)], qint64(13824));
    QCOMPARE(peakNodeName(plan), QStringLiteral("conv"));
}

void TestStepSimulator::oneDnnReorderCopiesAreTransient_data()
{
    QTest::addColumn<int>("inChannels");
    QTest::addColumn<qint64>("peak");
    // Inference, batch 2: x [2,C,8,8] → Conv2d(40, 3×3, pad 1). Blocks of 16 pad 40 output
    // channels to 48 and 24 input channels to 32. The output is 2·40·64 = 5120 floats (20,480 B);
    // the blocked result 2·48·64 = 6144.
    // C = 24: input copy 2·32·64 = 4096, weight copy 48·32·9 = 13,824. While computing,
    // 4096 + 13,824 + 6144 = 24,064 are live; while copying out, 6144 + the output. Beyond the
    // output: max(24,064 − 5120, 6144) = 18,944 floats = 75,776 B. Weights 40·24·9 + 40 = 8680
    // floats = 34,720 B; x 2·24·64·4 = 12,288 B. Peak 34,720 + 12,288 + 20,480 + 75,776.
    QTest::newRow("24 channels") << 24 << qint64(143264);
    // C = 3, a first convolution: oneDNN reads NCHW directly (no input copy); weight copy
    // 48·3·9 = 1296: max(1296 + 6144 − 5120, 6144) = 6144 floats = 24,576 B. Weights 1120 floats
    // = 4480 B; x 1536 B. Peak 4480 + 1536 + 20,480 + 24,576.
    QTest::newRow("first convolution") << 3 << qint64(51072);
}

void TestStepSimulator::oneDnnReorderCopiesAreTransient()
{
    QFETCH(int, inChannels);
    QFETCH(qint64, peak);
    Graph g;
    g.inputs = {input("x", {kBatchDim, inChannels, 8, 8})};
    g.nodes = {node("conv", "Conv2d", {QStringLiteral("x")},
                    {{QStringLiteral("out_channels"), 40}, {QStringLiteral("kernel"), 3},
                     {QStringLiteral("padding"), 1}})};
    PlanConfig c = config(2, "sgd", "fp32", "test-onednn");
    c.training = false;
    const Plan plan = Planner(m_devices, m_runtimes).plan(g, c);
    QCOMPARE(plan.memory.tensorPeak, peak);
    // the same graph without the reorders: weights + x + output
    c.runtime = QStringLiteral("test");
    QCOMPARE(Planner(m_devices, m_runtimes).plan(g, c).memory.tensorPeak,
             peak - (inChannels == 24 ? 75776 : 24576));
}

/** x [B,16] → pre: Linear(16) → blk: { fc1: Linear(32) → act: ReLU → fc2: Linear(8) } → head:
 *  Linear(4), with or without module paths. */
Graph moduleChain(bool withModules)
{
    Graph g;
    g.inputs = {input("x", {kBatchDim, 16})};
    g.nodes = {node("pre", "Linear", {QStringLiteral("x")}, {{QStringLiteral("out_features"), 16}}),
               node("fc1", "Linear", {QStringLiteral("pre")}, {{QStringLiteral("out_features"), 32}}),
               node("act", "ReLU", {QStringLiteral("fc1")}),
               node("fc2", "Linear", {QStringLiteral("act")}, {{QStringLiteral("out_features"), 8}}),
               node("head", "Linear", {QStringLiteral("fc2")}, {{QStringLiteral("out_features"), 4}})};
    if (withModules) {
        const char *modules[] = {"pre", "blk.fc1", "blk", "blk.fc2", "head"};
        for (int i = 0; i < g.nodes.size(); ++i)
            g.nodes[i].module = QLatin1String(modules[i]);
    }
    return g;
}

void TestStepSimulator::moduleArgumentsLiveUntilTheModuleReturns_data()
{
    QTest::addColumn<bool>("withModules");
    QTest::addColumn<qint64>("peak");
    // Inference, batch 10. Weights (272 + 544 + 264 + 36 floats) 4464 B, x 640 B; pre's output
    // 640, fc1's and act's 1280 each, fc2's 320. At act, fc1's output and act's are live: 4464 +
    // 640 + 1280 + 1280 = 7664. With modules, pre's output is blk's argument, which the caller
    // (Python's frame) holds until blk returns after fc2: + 640 at act.
    QTest::newRow("modules") << true << qint64(8304);
    QTest::newRow("no modules") << false << qint64(7664);
}

void TestStepSimulator::moduleArgumentsLiveUntilTheModuleReturns()
{
    QFETCH(bool, withModules);
    QFETCH(qint64, peak);
    PlanConfig c = config(10, "sgd");
    c.training = false;
    const Plan plan = Planner(m_devices, m_runtimes).plan(moduleChain(withModules), c);
    QCOMPARE(plan.memory.tensorPeak, peak);
    QCOMPARE(peakNodeName(plan), QStringLiteral("act"));
}

void TestStepSimulator::attentionLocalsLiveUntilTheModuleReturns_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<QString>("peakAt");
    // Inference, batch 2, x [2,4,8] → attn (module blk, 2 heads) → ff: Linear(8) (module blk.ff)
    // → head: Linear(8). Weights: attn 24·8 + 8·8 + 24 + 8 = 288 floats, ff and head 72 each:
    // 1728 B. x and every output 2·4·8·4 = 256 B.
    // Math path: q, k, v (3·64 floats), scores and probabilities (2·2·4·4 each) and the context
    // (64) are locals of blk's forward: 384 floats = 1536 B, live until ff (blk's last node)
    // returns. At ff: 1728 + x + attn + ff + 1536 = 4032.
    QTest::newRow("math") << "math" << qint64(4032) << "ff";
    // Fused: no locals. At ff or head: 1728 + 3·256 = 2496 (ff is first).
    QTest::newRow("fused") << "fused" << qint64(2496) << "ff";
}

void TestStepSimulator::attentionLocalsLiveUntilTheModuleReturns()
{
    QFETCH(QString, path);
    QFETCH(qint64, peak);
    QFETCH(QString, peakAt);
    Graph g;
    g.inputs = {input("x", {kBatchDim, 4, 8})};
    g.nodes = {node("attn", "MultiHeadAttention", {QStringLiteral("x")},
                    {{QStringLiteral("embed_dim"), 8}, {QStringLiteral("num_heads"), 2},
                     {QStringLiteral("path"), path}}),
               node("ff", "Linear", {QStringLiteral("attn")}, {{QStringLiteral("out_features"), 8}}),
               node("head", "Linear", {QStringLiteral("ff")}, {{QStringLiteral("out_features"), 8}})};
    g.nodes[0].module = QStringLiteral("blk");
    g.nodes[1].module = QStringLiteral("blk.ff");
    g.nodes[2].module = QStringLiteral("head");
    PlanConfig c = config(2, "sgd");
    c.training = false;
    const Plan plan = Planner(m_devices, m_runtimes).plan(g, c);
    QCOMPARE(plan.memory.tensorPeak, peak);
    QCOMPARE(peakNodeName(plan), peakAt);
}

void TestStepSimulator::largestBatchIsSolved()
{
    // Linear + Adam: backward peak 884 + 100·B (fixed: weights 220, state 440, loss 4, parameter
    // gradients 220; per sample: x 40, target 20, y 20, grad y 20); the step 1104 + 60·B. With
    // 10,000 B: min(⌊9116/100⌋, ⌊8896/60⌋) = 91.
    const Plan plan = Planner(m_devices, m_runtimes).plan(linearGraph(), config(7));
    QCOMPARE(plan.core->memoryAt(91).tensorPeak, qint64(9984));
    QCOMPARE(plan.core->maxBatch(10000), std::optional<std::int64_t>(91));
    QCOMPARE(plan.core->maxBatch(984), std::optional<std::int64_t>(0)); // batch 1 needs 1164
}

QTEST_GUILESS_MAIN(TestStepSimulator)
#include "tst_stepsimulator.moc"
