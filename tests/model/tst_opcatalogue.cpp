// Every op of the catalogue on one small input at batch 2: output shape, parameter count,
// forward FLOPs and the bytes it allocates only to save for backward, each derived by hand in
// the row's comment (formulas: DESIGN.md "Compute"; saved tensors: docs/SEMANTICS.md).

#include "GraphAnalysis.h"
#include "ModelError.h"
#include "PrecisionPolicy.h"
#include "TestSupport.h"

#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

using Shape = std::vector<std::int64_t>;
using Shapes = QList<Shape>;

Q_DECLARE_METATYPE(Shape)
Q_DECLARE_METATYPE(Shapes)

class TestOpCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void ops_data();
    void ops();
    void everyOpIsCovered();
    void lstmCpuCells_data();
    void lstmCpuCells();
    void rnnPathIsValidated();
    void oneDnnBlockIsValidated();

private:
    QStringList m_covered;
};

namespace {

/** Input shapes without the batch (prepended as the batch symbol) unless @p batched is false. */
GraphInput shaped(const char *name, Shape shape, DType dtype = DType::Float32)
{
    return input(name, std::move(shape), dtype);
}

QJsonObject json(std::initializer_list<std::pair<const char *, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto &[k, v] : pairs)
        o.insert(QLatin1String(k), v);
    return o;
}

void row(const char *name, const char *op, QList<GraphInput> inputs, QJsonObject attrs, Shapes outputs,
         qint64 parameters, double flops, qint64 savedExtraBytes)
{
    QTest::newRow(name) << QString::fromLatin1(op) << inputs << attrs << outputs << parameters << flops
                        << savedExtraBytes;
}

} // namespace

Q_DECLARE_METATYPE(QList<memplanner::GraphInput>)

void TestOpCatalogue::ops_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QList<GraphInput>>("inputs");
    QTest::addColumn<QJsonObject>("attrs");
    QTest::addColumn<Shapes>("outputs");
    QTest::addColumn<qint64>("parameters");
    QTest::addColumn<double>("flops");
    QTest::addColumn<qint64>("savedExtraBytes");
    const std::int64_t B = kBatchDim;
    const DType i64 = DType::Int64;

    // [2,4,10], 8 filters of 3, pad 1: [2,8,10]; 8·4·3 + 8 = 104; 2·3·4·8·10·2 = 3840.
    row("Conv1d", "Conv1d", {shaped("x", {B, 4, 10})}, json({{"out_channels", 8}, {"kernel", 3}, {"padding", 1}}),
        {{2, 8, 10}}, 104, 3840, 0);
    // 2 groups: weight 8·(4/2)·3·3 + 8 = 152; 2·9·4·8·64·2 / 2 = 36864.
    row("Conv2d groups", "Conv2d", {shaped("x", {B, 4, 8, 8})},
        json({{"out_channels", 8}, {"kernel", 3}, {"padding", 1}, {"groups", 2}}), {{2, 8, 8, 8}}, 152, 36864, 0);
    // Dilation 2 spans 5: (9 − 5)/2 + 1 = 3; 4·3·9 = 108; 2·9·3·4·9·2 = 3888.
    row("Conv2d stride dilation", "Conv2d", {shaped("x", {B, 3, 9, 9})},
        json({{"out_channels", 4}, {"kernel", 3}, {"stride", 2}, {"dilation", 2}, {"bias", false}}), {{2, 4, 3, 3}},
        108, 3888, 0);
    // (5 − 1)·2 − 2·1 + (3 − 1) + 1 + 1 = 10; weight [4,3,3,3] + 3 = 111; 2·9·4·3·25·2 = 10800.
    row("ConvTranspose2d", "ConvTranspose2d", {shaped("x", {B, 4, 5, 5})},
        json({{"out_channels", 3}, {"kernel", 3}, {"stride", 2}, {"padding", 1}, {"output_padding", 1}}),
        {{2, 3, 10, 10}}, 111, 10800, 0);
    // [2,5,6] → [2,5,4]; 6·4 + 4 = 28; 2·10·6·4 = 480.
    row("Linear", "Linear", {shaped("x", {B, 5, 6})}, json({{"out_features", 4}}), {{2, 5, 4}}, 28, 480, 0);
    // [2,3,4] @ [4,5] → [2,3,5]; 2·2·3·4·5 = 240.
    row("MatMul", "MatMul", {shaped("a", {B, 3, 4}), shaped("b", {4, 5})}, {}, {{2, 3, 5}}, 0, 240, 0);
    // γ, β: 6 (running stats are buffers); mean + invstd 2·3 floats = 24 B; 4·96 = 384.
    row("BatchNorm", "BatchNorm", {shaped("x", {B, 3, 4, 4})}, {}, {{2, 3, 4, 4}}, 6, 384, 24);
    // γ, β over 6: 12; mean + rstd for 10 rows: 20 floats = 80 B; 5·60 = 300.
    row("LayerNorm", "LayerNorm", {shaped("x", {B, 5, 6})}, {}, {{2, 5, 6}}, 12, 300, 80);
    // 4 channels in 2 groups: γ, β 8; mean + rstd 2·2·2 floats = 32 B; 5·72 = 360.
    row("GroupNorm", "GroupNorm", {shaped("x", {B, 4, 3, 3})}, json({{"num_groups", 2}}), {{2, 4, 3, 3}}, 8, 360, 32);
    row("ReLU", "ReLU", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 14, 0);
    row("ReLU6", "ReLU6", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 28, 0);
    row("LeakyReLU", "LeakyReLU", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 28, 0);
    row("GELU", "GELU", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 112, 0);
    // decomposed GELU keeps three more tensors of its input's size: 3·14 floats = 168 B.
    row("GELU decomposed", "GELU", {shaped("x", {B, 7})}, json({{"approximate", QStringLiteral("tanh")}, {"decomposed", true}}),
        {{2, 7}}, 0, 112, 168);
    row("SiLU", "SiLU", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 56, 0);
    row("Sigmoid", "Sigmoid", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 56, 0);
    row("Tanh", "Tanh", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 56, 0);
    row("Softmax", "Softmax", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 70, 0);
    row("LogSoftmax", "LogSoftmax", {shaped("x", {B, 7})}, {}, {{2, 7}}, 0, 70, 0);
    // [2,3,8] → [2,3,4]; 24 int64 indices = 192 B; 24 windows of 2.
    row("MaxPool1d", "MaxPool1d", {shaped("x", {B, 3, 8})}, json({{"kernel", 2}}), {{2, 3, 4}}, 0, 48, 192);
    // 3×3/2 pad 1 on 8: (8 + 2 − 3)/2 + 1 = 4; 96 indices = 768 B; 96·9 = 864.
    row("MaxPool2d", "MaxPool2d", {shaped("x", {B, 3, 8, 8})}, json({{"kernel", 3}, {"stride", 2}, {"padding", 1}}),
        {{2, 3, 4, 4}}, 0, 864, 768);
    row("AvgPool1d", "AvgPool1d", {shaped("x", {B, 3, 8})}, json({{"kernel", 4}}), {{2, 3, 2}}, 0, 48, 0);
    // ceil_mode on 5 with 2/2: ⌈3/2⌉ + 1 = 3 windows.
    row("AvgPool2d ceil", "AvgPool2d", {shaped("x", {B, 1, 5, 5})}, json({{"kernel", 2}, {"ceil_mode", true}}),
        {{2, 1, 3, 3}}, 0, 72, 0);
    row("AdaptiveAvgPool2d", "AdaptiveAvgPool2d", {shaped("x", {B, 3, 8, 8})},
        json({{"output_size", QJsonArray{2, 3}}}), {{2, 3, 2, 3}}, 0, 384, 0);
    row("GlobalAvgPool", "GlobalAvgPool", {shaped("x", {B, 3, 4, 4})}, {}, {{2, 3}}, 0, 96, 0);
    // training dropout saves a bool mask: 14 B.
    row("Dropout", "Dropout", {shaped("x", {B, 7})}, json({{"p", 0.5}}), {{2, 7}}, 0, 14, 14);
    row("Flatten", "Flatten", {shaped("x", {B, 3, 4})}, {}, {{2, 12}}, 0, 0, 0);
    row("Reshape", "Reshape", {shaped("x", {B, 3, 4})}, json({{"shape", QJsonArray{0, -1, 2}}}), {{2, 6, 2}}, 0, 0, 0);
    row("Transpose", "Transpose", {shaped("x", {B, 3, 4})}, json({{"dim0", 1}, {"dim1", 2}}), {{2, 4, 3}}, 0, 0, 0);
    row("Permute", "Permute", {shaped("x", {B, 3, 4})}, json({{"dims", QJsonArray{0, 2, 1}}}), {{2, 4, 3}}, 0, 0, 0);
    row("Select", "Select", {shaped("x", {B, 3, 4})}, json({{"dim", 1}, {"index", 0}}), {{2, 4}}, 0, 0, 0);
    row("Identity", "Identity", {shaped("x", {B, 3})}, {}, {{2, 3}}, 0, 0, 0);
    row("Split", "Split", {shaped("x", {B, 6})}, json({{"parts", 2}}), {{2, 3}, {2, 3}}, 0, 0, 0);
    row("Concat", "Concat", {shaped("a", {B, 3}), shaped("b", {B, 4})}, {}, {{2, 7}}, 0, 0, 0);
    row("Add broadcast", "Add", {shaped("a", {B, 3}), shaped("b", {3})}, {}, {{2, 3}}, 0, 6, 0);
    row("Mul", "Mul", {shaped("a", {B, 3}), shaped("b", {B, 3})}, {}, {{2, 3}}, 0, 6, 0);
    row("Embedding", "Embedding", {shaped("ids", {B, 5}, i64)}, json({{"num_embeddings", 100}, {"embedding_dim", 8}}),
        {{2, 5, 8}}, 800, 0, 0);
    // E = 8, 2 heads, math path: in-projection 3·8·8 + 24, out 8·8 + 8 = 288. FLOPs: projections
    // 2·E²·(2·10 + 2·10) = 5120, scores 4·N·s²·E = 4·2·25·8 = 1600. Saved extras: Q, K, V
    // 3·80, context 80, probabilities 2·2·5·5 = 100 floats → 420·4 = 1680 B.
    row("MultiHeadAttention math", "MultiHeadAttention", {shaped("x", {B, 5, 8})},
        json({{"embed_dim", 8}, {"num_heads", 2}, {"path", QStringLiteral("math")}}), {{2, 5, 8}}, 288, 6720, 1680);
    // Fused path: Q, K, V 240 + context 80 + output 80 floats + log-sum-exp 2·2·5 floats = 420·4 = 1680 B.
    row("MultiHeadAttention fused", "MultiHeadAttention", {shaped("x", {B, 5, 8})},
        json({{"embed_dim", 8}, {"num_heads", 2}, {"path", QStringLiteral("fused")}}), {{2, 5, 8}}, 288, 6720, 1680);
    // H = 4 on 3 inputs: 16·3 + 16·4 + 2·16 = 144 (PyTorch's two bias vectors); 2·10·16·7 = 2240.
    // cuDNN reserve (G + 1)·H per step: 10·5·4 = 200 floats = 800 B (the output is saved itself).
    row("LSTM", "LSTM", {shaped("x", {B, 5, 3})}, json({{"hidden_size", 4}}), {{2, 5, 4}}, 144, 2240, 800);
    // 2 layers, both directions, H = 4: layer 0 (12·3 + 12·4 + 24)·2 = 216, layer 1 (12·8 + 12·4
    // + 24)·2 = 336 → 552 = PyTorch's GRU(3, 4, num_layers=2, bidirectional=True).
    // FLOPs: 2·10·12·(3 + 4)·2 + 2·10·12·(8 + 4)·2 = 3360 + 5760 = 9120. Reserve: 10·2·2 steps ×
    // 4·4 = 640 floats = 2560 B.
    row("GRU", "GRU", {shaped("x", {B, 5, 3})}, json({{"hidden_size", 4}, {"num_layers", 2}, {"bidirectional", true}}),
        {{2, 5, 8}}, 552, 9120, 2560);
    // log-probabilities of the 10 logits: 40 B; 5 per logit.
    row("CrossEntropy", "CrossEntropy", {shaped("logits", {B, 5}), shaped("label", {B}, i64)}, {}, {{}}, 0, 50, 40);
    row("MSELoss", "MSELoss", {shaped("y", {B, 3}), shaped("t", {B, 3})}, {}, {{}}, 0, 18, 0);

    // Generic ops of imported graphs (ONNX, Keras): one FLOP per output element and operation;
    // they save inputs or outputs (tst_onnximporter checks which), never extra memory.
    row("Elementwise div", "Elementwise", {shaped("a", {B, 3}), shaped("b", {B, 3})},
        json({{"function", QStringLiteral("div")}}), {{2, 3}}, 0, 6, 0);
    // x·w with a trainable w [3]: 3 parameters.
    row("Elementwise mul parameter", "Elementwise", {shaped("x", {B, 3})},
        json({{"function", QStringLiteral("mul")}, {"param_shape", QJsonArray{3}}}), {{2, 3}}, 3, 6, 0);
    row("Elementwise where", "Elementwise", {shaped("c", {B, 3}, DType::Bool), shaped("x", {B, 3})},
        json({{"function", QStringLiteral("where")}, {"scalar", true}}), {{2, 3}}, 0, 6, 0);
    // mean over dimension 1 of [2,3,4] reads 24 elements.
    row("Reduce", "Reduce", {shaped("x", {B, 3, 4})},
        json({{"function", QStringLiteral("mean")}, {"axes", QJsonArray{1}}, {"keepdims", false}}), {{2, 4}}, 0, 24, 0);
    // bij,bjk->bik is a batched matrix product: 2·(2·3·4·5) = 240, as MatMul.
    row("Einsum", "Einsum", {shaped("a", {B, 3, 4}), shaped("b", {B, 4, 5})},
        json({{"equation", QStringLiteral("bij,bjk->bik")}}), {{2, 3, 5}}, 0, 240, 0);
    row("Slice", "Slice", {shaped("x", {B, 6, 4})},
        json({{"starts", QJsonArray{1}}, {"ends", QJsonArray{5}}, {"axes", QJsonArray{1}}}), {{2, 4, 4}}, 0, 0, 0);
    row("Squeeze", "Squeeze", {shaped("x", {B, 1, 3})}, json({{"dims", QJsonArray{1}}}), {{2, 3}}, 0, 0, 0);
    row("Unsqueeze", "Unsqueeze", {shaped("x", {B, 3})}, json({{"dims", QJsonArray{1}}}), {{2, 1, 3}}, 0, 0, 0);
    row("Expand", "Expand", {shaped("x", {B, 1, 3})}, json({{"shape", QJsonArray{-1, 4, 3}}}), {{2, 4, 3}}, 0, 0, 0);
    // pads [begins…, ends…]: 4 + 1 + 2 = 7; 42 elements written.
    row("Pad", "Pad", {shaped("x", {B, 3, 4})}, json({{"pads", QJsonArray{0, 0, 1, 0, 0, 2}}}), {{2, 3, 7}}, 0, 42, 0);
    // nearest, ×2: 2·3·8·8 = 384 elements.
    row("Resize", "Resize", {shaped("x", {B, 3, 4, 4})}, json({{"scales", QJsonArray{1, 1, 2, 2}}}),
        {{2, 3, 8, 8}}, 0, 384, 0);
    row("Parameter", "Parameter", {}, json({{"shape", QJsonArray{3, 4}}}), {{3, 4}}, 12, 0, 0);
    row("Opaque", "Opaque", {shaped("x", {B, 3})},
        json({{"output_shapes", QJsonArray{QJsonArray{QStringLiteral("batch"), 5}}}}), {{2, 5}}, 0, 10, 0);
}

void TestOpCatalogue::ops()
{
    QFETCH(QString, op);
    QFETCH(QList<GraphInput>, inputs);
    QFETCH(QJsonObject, attrs);
    QFETCH(Shapes, outputs);
    QFETCH(qint64, parameters);
    QFETCH(double, flops);
    QFETCH(qint64, savedExtraBytes);

    Graph g;
    g.inputs = inputs;
    Node n;
    n.name = QStringLiteral("op");
    n.op = op;
    n.attrs = attrs;
    for (const GraphInput &in : inputs)
        n.inputs << in.name;
    g.nodes = {n};
    AnalysisOptions o;
    o.batch = 2;
    o.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    const RuntimeCatalogue runtimes = testRuntimes();
    o.runtime = &runtimes.require(QStringLiteral("test"));
    const AnalysedGraph a = AnalysedGraph::analyse(g, o);
    const AnalysedNode &node = a.nodes.front();
    QCOMPARE(static_cast<int>(node.outputs.size()), static_cast<int>(outputs.size()));
    for (std::size_t k = 0; k < node.outputs.size(); ++k)
        QCOMPARE(a.tensors[node.outputs[k]].type.shape, outputs[static_cast<int>(k)]);
    QCOMPARE(a.parameterCount(), parameters);
    QCOMPARE(node.outcome.forwardFlops, flops);
    std::int64_t extras = 0;
    for (const Affine &e : node.extraBytes)
        extras += e.at(2);
    QCOMPARE(extras, savedExtraBytes);
    m_covered << op;
}

void TestOpCatalogue::everyOpIsCovered()
{
    for (const OpDef &def : OpCatalogue::all())
        QVERIFY2(m_covered.contains(QLatin1String(def.name)), def.name);
}

void TestOpCatalogue::lstmCpuCells_data()
{
    QTest::addColumn<bool>("training");
    QTest::addColumn<bool>("returnSequences");
    QTest::addColumn<qint64>("savedExtraBytes");
    QTest::addColumn<qint64>("forwardTransientBytes");
    QTest::addColumn<qint64>("backwardTransientBytes");
    // LSTM(3, 4, num_layers=2) on a contiguous batch-first x [2, 5, 3]: one step's h is
    // N·H = 8 floats, a layer's output sequence 5·8 = 40, its input projection 4·40 = 160.
    // Saved (training): 2 layers × 8·(7·5 − 2) = 528 (gates, c, tanh c, h), initial h_0 and c_0
    // 2·2·8 = 32, layer 0's output 40, the time-major copy of x 30: 630 floats = 2520 B.
    // Forward transient: projection 160 + every layer's final h and c 2·2·8 = 32 → 192 = 768 B;
    // returning h_n[-1] instead, + the unread output 40 − the final h that is the output 8 →
    // 224 = 896 B. Backward transient: (S + 2)·8 = 56 floats = 224 B.
    QTest::newRow("training, sequence") << true << true << qint64(2520) << qint64(768) << qint64(224);
    QTest::newRow("training, h_n[-1]") << true << false << qint64(2520) << qint64(896) << qint64(224);
    // Inference saves nothing; live at the end of layer 1: projection 160, its unstacked h's 40,
    // its final c and layer 0's final h and c 3·8 = 24, h_0 and c_0 32, layer 0's output 40:
    // 296 floats = 1184 B; returning h_n[-1]: + the unread output 40 − the output's h 8 → 1312 B.
    QTest::newRow("inference, sequence") << false << true << qint64(0) << qint64(1184) << qint64(0);
    QTest::newRow("inference, h_n[-1]") << false << false << qint64(0) << qint64(1312) << qint64(0);
}

void TestOpCatalogue::lstmCpuCells()
{
    QFETCH(bool, training);
    QFETCH(bool, returnSequences);
    QFETCH(qint64, savedExtraBytes);
    QFETCH(qint64, forwardTransientBytes);
    QFETCH(qint64, backwardTransientBytes);
    Graph g;
    g.inputs = {shaped("x", {kBatchDim, 5, 3})};
    Node n;
    n.name = QStringLiteral("lstm");
    n.op = QStringLiteral("LSTM");
    n.attrs = json({{"hidden_size", 4}, {"num_layers", 2}, {"return_sequences", returnSequences}});
    n.inputs << QStringLiteral("x");
    g.nodes = {n};
    RuntimeCatalogue runtimes = testRuntimes();
    runtimes.addFromJson(R"({"runtimes": [{"id": "cells", "rnn_path": "cpu-cells"}]})",
                         QStringLiteral("test runtimes"));
    AnalysisOptions o;
    o.batch = 2;
    o.training = training;
    o.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    o.runtime = &runtimes.require(QStringLiteral("cells"));
    const AnalysedGraph a = AnalysedGraph::analyse(g, o);
    const AnalysedNode &node = a.nodes.front();
    QCOMPARE(a.tensors[node.outputs[0]].type.shape,
             returnSequences ? Shape({2, 5, 4}) : Shape({2, 4}));
    std::int64_t extras = 0;
    for (const Affine &e : node.extraBytes)
        extras += e.at(2);
    QCOMPARE(extras, savedExtraBytes);
    QCOMPARE(node.forwardTransient.at(2), forwardTransientBytes);
    QCOMPARE(node.backwardTransient.at(2), backwardTransientBytes);
}

void TestOpCatalogue::rnnPathIsValidated()
{
    RuntimeCatalogue runtimes = testRuntimes();
    QVERIFY_THROWS_EXCEPTION(ModelError,
                             runtimes.addFromJson(R"({"runtimes": [{"id": "x", "rnn_path": "mkldnn"}]})",
                                                  QStringLiteral("test runtimes")));
    // the CPU profile takes the loop of cells, the CUDA ones cuDNN
    QCOMPARE(runtimes.require(QStringLiteral("pytorch-cpu")).recurrentPath, RecurrentPath::CpuCells);
    QCOMPARE(runtimes.require(QStringLiteral("pytorch-cuda")).recurrentPath, RecurrentPath::Cudnn);
    const RuntimeProfile cpu = runtimes.require(QStringLiteral("pytorch-cpu"));
    QCOMPARE(RuntimeProfile::fromJson(cpu.toJson()).recurrentPath, RecurrentPath::CpuCells);
}

void TestOpCatalogue::oneDnnBlockIsValidated()
{
    RuntimeCatalogue runtimes = testRuntimes();
    for (const char *bad : {R"("16")", "-1", "65", "2.5"}) {
        const QString json = QStringLiteral(R"({"runtimes": [{"id": "x", "onednn_block_channels": %1}]})")
                                 .arg(QLatin1String(bad));
        QVERIFY_THROWS_EXCEPTION(ModelError, runtimes.addFromJson(json.toUtf8(), QStringLiteral("test runtimes")));
    }
    // the CPU profile reorders in 16-channel blocks (AVX-512), and keeps it through JSON
    const RuntimeProfile cpu = runtimes.require(QStringLiteral("pytorch-cpu"));
    QCOMPARE(cpu.oneDnnBlockChannels, 16);
    QCOMPARE(RuntimeProfile::fromJson(cpu.toJson()).oneDnnBlockChannels, 16);
    QCOMPARE(runtimes.require(QStringLiteral("pytorch-cuda")).oneDnnBlockChannels, 0);
}

QTEST_GUILESS_MAIN(TestOpCatalogue)
#include "tst_opcatalogue.moc"
