// The ONNX importer: real exports (parameter counts, output shapes, FLOPs as torch reports them),
// each fusion pattern, bad and hostile input, names and symbols, and plans compared with the
// corresponding built-in networks.
//
// Fixtures: tests/data/onnx, written by tools/fixtures/make_onnx_fixtures.py (torch 1.13,
// torchvision 0.14, onnx 1.12). Real models were exported with their weights, then the values
// were removed: the importer needs only shapes. NAME.json holds torch's figures for NAME.onnx.

#include "GraphAnalysis.h"
#include "ModelError.h"
#include "OnnxImporter.h"
#include "OnnxWire.h"
#include "Planner.h"
#include "PrecisionPolicy.h"
#include "ProjectFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace memplanner;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MEMPLANNER_SOURCE_DIR "/tests/data/onnx/") + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonObject expectations(const QString &name)
{
    return QJsonDocument::fromJson(readFile(fixture(name + QStringLiteral(".json")))).object();
}

const Node *findNode(const Graph &g, const QString &name)
{
    for (const Node &n : g.nodes)
        if (n.name == name)
            return &n;
    return nullptr;
}

QStringList ops(const Graph &g)
{
    QStringList out;
    for (const Node &n : g.nodes)
        out << n.op;
    return out;
}

} // namespace

class TestOnnxImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_devices = DeviceCatalogue::load();
        m_runtimes = test::testRuntimes();
        m_runtime = m_runtimes.require(QStringLiteral("test"));
    }

    // --- real exports -------------------------------------------------------------------------

    void realModels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("fusions");
        // parameters, output shapes and FLOPs: NAME.json (torch at export time); the published
        // counts are 25,557,032 (torchvision resnet50), 109,482,240 (BertModel bert-base-uncased
        // with pooler) and 124,439,808 (GPT-2 small, tied).
        QTest::newRow("ResNet-50") << "resnet50" << QStringList();
        QTest::newRow("BERT-base")
            << "bert_base"
            << QStringList {QStringLiteral("GELU (Erf form) ×12"),
                            QStringLiteral("LayerNorm (ReduceMean, Sub, Pow, ReduceMean, Add, "
                                           "Sqrt, Div, Mul, Add) ×25"),
                            QStringLiteral("Linear (MatMul + bias Add) ×24"),
                            QStringLiteral("MultiHeadAttention (math path: QKᵀ, softmax, dropout, "
                                           "PV, with its projections) ×12")};
        QTest::newRow("GPT-2 small")
            << "gpt2_small"
            << QStringList {
                   QStringLiteral("GELU (tanh form written as tensor ops, as gelu_new) ×12"),
                   QStringLiteral("Linear (MatMul + bias Add) ×24"),
                   QStringLiteral("Linear (MatMul with a weight) ×1"),
                   QStringLiteral("MultiHeadAttention (math path: QKᵀ, softmax, dropout, PV, with "
                                  "its projections) ×12")};
        QTest::newRow("LSTM classifier")
            << "lstm_classifier"
            << QStringList {QStringLiteral("LSTM (1 layer(s), batch-first) ×1")};
        QTest::newRow("GRU, 2 bidirectional layers, opset 11")
            << "gru_bidirectional"
            << QStringList {QStringLiteral("GRU (2 layer(s), batch-first) ×1")};
        QTest::newRow("small CNN, opset 9")
            << "small_cnn_opset9" << QStringList {QStringLiteral("SiLU (Sigmoid · x) ×1")};
        QTest::newRow("small CNN, opset 16")
            << "small_cnn_opset16" << QStringList {QStringLiteral("SiLU (Sigmoid · x) ×1")};
        // input [seq, batch]: MemPlanner's LSTM is batch-first, so permuted views surround it
        QTest::newRow("LSTM, batch_first=False")
            << "lstm_seq_first"
            << QStringList {QStringLiteral("LSTM (2 layer(s), sequence-first) ×1")};
        // `_, (h, _) = lstm(x)`, then h[-1]: the layers' Y_h concatenated and gathered
        QTest::newRow("LSTM, final hidden state read")
            << "lstm_final_state"
            << QStringList {QStringLiteral("LSTM (2 layer(s), batch-first) ×1")};
        // F.cross_entropy exported as SoftmaxCrossEntropyLoss: the plan's loss node
        QTest::newRow("MLP with its loss")
            << "classifier_with_loss" << QStringList {QStringLiteral("GELU (Erf form) ×1")};
        // ConvTranspose, InstanceNorm, Resize, Pad, ReLU6, Slice, free parameters, Einsum …
        QTest::newRow("operator zoo") << "ops_zoo" << QStringList();
    }
    void realModels()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, fusions);
        const QJsonObject expected = expectations(name);
        const ImportResult r = OnnxImporter::importFile(fixture(name + QStringLiteral(".onnx")));
        QCOMPARE(r.fusions, fusions);
        for (const QString &w : r.warnings)
            QVERIFY2(!w.contains(QLatin1String("where ONNX gives")), qPrintable(w));

        const AnalysedGraph a = analyse(r.graph, expected.value(QLatin1String("batch")).toInteger(),
                                        expected.value(QLatin1String("seq")).toInteger());
        QCOMPARE(a.parameterCount(), expected.value(QLatin1String("parameters")).toInteger());
        QCOMPARE(a.trainableParameterCount(), a.parameterCount());

        // the graph's outputs: tensors nothing consumes
        QList<std::vector<std::int64_t>> outputs;
        for (const AnalysedTensor &t : a.tensors)
            if (t.producer >= 0 && t.consumers.empty() && !t.castCopy)
                outputs << t.type.shape;
        QList<std::vector<std::int64_t>> wanted;
        for (const QJsonValue &shape : expected.value(QLatin1String("outputs")).toObject()) {
            std::vector<std::int64_t> s;
            for (const QJsonValue &d : shape.toArray())
                s.push_back(d.toInteger());
            wanted << s;
        }
        QCOMPARE(outputs, wanted);

        // forward FLOPs of convolutions and matrix products, as torch.profiler counts them;
        // torch 1.13's profiler gives conv_transpose2d none (the zoo's one is checked by hand)
        double matrix = 0.0;
        for (const AnalysedNode &n : a.nodes) {
            const QString op = QLatin1String(n.def->name);
            if (op == QLatin1String("ConvTranspose2d")) {
                // 2·N·Hin·Win·k²·Cin·Cout = 2·2·(4·4)·9·4·8
                QCOMPARE(n.outcome.forwardFlops, 18432.0);
                continue;
            }
            if (op.startsWith(QLatin1String("Conv")) || op == QLatin1String("Linear")
                || op == QLatin1String("MatMul") || op == QLatin1String("MultiHeadAttention")
                || op == QLatin1String("LSTM") || op == QLatin1String("GRU")
                || op == QLatin1String("Einsum"))
                matrix += n.outcome.forwardFlops;
        }
        const double flops = expected.value(QLatin1String("forward_matrix_flops")).toDouble();
        QVERIFY2(
            std::abs(matrix - flops) <= 1e-9 * flops,
            qPrintable(
                QStringLiteral("%1 vs torch %2").arg(matrix, 0, 'f', 0).arg(flops, 0, 'f', 0)));
    }

    void importFileMatchesImportBytes()
    {
        const QString path = fixture(QStringLiteral("gpt2_small.onnx"));
        const ImportResult a = OnnxImporter::importFile(path);
        const ImportResult b = OnnxImporter::importBytes(readFile(path), path);
        QCOMPARE(ops(a.graph), ops(b.graph));
        QCOMPARE(a.fusions, b.fusions);
        QCOMPARE(a.graph.nodes.last().attrs, b.graph.nodes.last().attrs);
    }

    // --- names, modules, symbols, ties --------------------------------------------------------

    void namesAndModules()
    {
        const ImportResult r = OnnxImporter::importFile(fixture(QStringLiteral("resnet50.onnx")));
        // "/layer1/layer1.0/conv1/Conv": PyTorch's scopes, the Sequential child's name replacing
        // its parent's
        const Node *conv = findNode(r.graph, QStringLiteral("layer1.0.conv1"));
        QVERIFY(conv);
        QCOMPARE(conv->op, QStringLiteral("Conv2d"));
        QCOMPARE(conv->module, QStringLiteral("layer1.0.conv1"));
        QCOMPARE(conv->attrs.value(QLatin1String("out_channels")).toInt(), 64);
        const Node *down = findNode(r.graph, QStringLiteral("layer2.0.downsample.0"));
        QVERIFY(down);
        QCOMPARE(down->attrs.value(QLatin1String("stride")).toInt(), 2);
        QSet<QString> names;
        for (const Node &n : r.graph.nodes)
            names.insert(n.name);
        QCOMPARE(names.size(), r.graph.nodes.size());
        QCOMPARE(r.graph.nodes.size(), 175); // 53 conv, 53 BN, 49 ReLU, 16 Add, pools, flatten, fc
    }

    void symbolicInputs()
    {
        const ImportResult bert
            = OnnxImporter::importFile(fixture(QStringLiteral("bert_base.onnx")));
        QCOMPARE(bert.graph.inputs.size(), 4);
        QCOMPARE(bert.graph.inputs[0].name, QStringLiteral("input_ids"));
        QCOMPARE(bert.graph.inputs[0].shape, (std::vector<std::int64_t> {kBatchDim, kSeqDim}));
        QCOMPARE(bert.graph.inputs[0].dtype, DType::Int64);
        // HF's position_ids buffer sliced to the sequence length, read by the embedding
        QCOMPARE(bert.graph.inputs[3].name,
                 QStringLiteral("embeddings.position_embeddings.indices"));
        QCOMPARE(bert.graph.inputs[3].shape, (std::vector<std::int64_t> {1, kSeqDim}));
        const ImportResult resnet
            = OnnxImporter::importFile(fixture(QStringLiteral("resnet50.onnx")));
        QCOMPARE(resnet.graph.inputs[0].shape,
                 (std::vector<std::int64_t> {kBatchDim, 3, 224, 224}));
        QCOMPARE(resnet.graph.inputs[0].dtype, DType::Float32);

        // --batch and --seq bind them: the pooled output is [batch, 768]
        const AnalysedGraph a = analyse(bert.graph, 5, 40);
        QCOMPARE(a.tensors.back().type.shape, (std::vector<std::int64_t> {5, 768}));
        const AnalysedGraph b = analyse(bert.graph, 5, 80);
        std::int64_t attentionA = 0, attentionB = 0;
        for (const AnalysedNode &n : a.nodes)
            if (QLatin1String(n.def->name) == QLatin1String("MultiHeadAttention"))
                attentionA += n.extraBytes.back().fixed;
        for (const AnalysedNode &n : b.nodes)
            if (QLatin1String(n.def->name) == QLatin1String("MultiHeadAttention"))
                attentionB += n.extraBytes.back().fixed;
        QCOMPARE(attentionB, 4 * attentionA); // seq² attention probabilities
    }

    void lstmFinalHiddenState()
    {
        // tools/fixtures/make_onnx_fixtures.py, lstm_final_state: Embedding(1000, 32),
        // LSTM(32, 48, num_layers=2, batch_first=True), `_, (h, _) = lstm(x)`, fc(dropout(h[-1])).
        // The two LSTM nodes, the Squeeze between them, the Concat of their Y_h and the Gather
        // of index -1 become one LSTM returning the last step [N, 48]; nothing stays opaque.
        const ImportResult r
            = OnnxImporter::importFile(fixture(QStringLiteral("lstm_final_state.onnx")));
        for (const QString &w : r.warnings)
            QVERIFY2(!w.contains(QLatin1String("opaque")), qPrintable(w));
        const Node *lstm = nullptr;
        for (const Node &n : r.graph.nodes) {
            QVERIFY2(n.op != QLatin1String("Opaque"), qPrintable(n.name));
            if (n.op == QLatin1String("LSTM"))
                lstm = &n;
        }
        QVERIFY(lstm);
        QCOMPARE(lstm->attrs.value(QLatin1String("num_layers")).toInt(), 2);
        QCOMPARE(lstm->attrs.value(QLatin1String("return_sequences")).toBool(), false);
        const AnalysedGraph a = analyse(r.graph, 2, 16);
        for (const AnalysedNode &n : a.nodes)
            if (QLatin1String(n.def->name) == QLatin1String("LSTM"))
                QCOMPARE(a.tensors[n.outputs[0]].type.shape, (std::vector<std::int64_t> {2, 48}));
    }

    void tiedWeights()
    {
        const ImportResult r = OnnxImporter::importFile(fixture(QStringLiteral("gpt2_small.onnx")));
        const Node *head = findNode(r.graph, QStringLiteral("lm_head"));
        QVERIFY(head);
        QCOMPARE(head->op, QStringLiteral("Linear"));
        QCOMPARE(head->attrs.value(QLatin1String("weight_from")).toString(),
                 QStringLiteral("transformer.wte"));
        QCOMPARE(head->attrs.value(QLatin1String("out_features")).toInt(), 50257);
        const Node *attn = findNode(r.graph, QStringLiteral("transformer.h.3.attn"));
        QVERIFY(attn);
        QCOMPARE(attn->attrs.value(QLatin1String("num_heads")).toInt(), 12);
        QCOMPARE(attn->attrs.value(QLatin1String("causal")).toBool(), true); // the tril buffer
        QCOMPARE(attn->attrs.value(QLatin1String("path")).toString(), QStringLiteral("math"));
        QCOMPARE(attn->attrs.value(QLatin1String("dropout")).toDouble(),
                 double(0.1f)); // float32 in ONNX
    }

    // --- fusion patterns (hand-built graphs) --------------------------------------------------

    void fusionPatterns_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("ops");
        QTest::addColumn<QString>("fusion");
        QTest::addColumn<qint64>("parameters");
        QTest::newRow("GELU, erf") << "pattern_gelu_erf" << QStringList {QStringLiteral("GELU")}
                                   << "GELU (Erf form) ×1" << qint64(0);
        QTest::newRow("GELU, tanh with Pow")
            << "pattern_gelu_tanh_pow" << QStringList {QStringLiteral("GELU")}
            << "GELU (tanh form written as tensor ops, as gelu_new) ×1" << qint64(0);
        // weight and bias [64]
        QTest::newRow("LayerNorm")
            << "pattern_layernorm" << QStringList {QStringLiteral("LayerNorm")}
            << "LayerNorm (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add) ×1"
            << qint64(128);
        QTest::newRow("SiLU") << "pattern_silu" << QStringList {QStringLiteral("SiLU")}
                              << "SiLU (Sigmoid · x) ×1" << qint64(0);
        // four projections of 64×64 + 64
        QTest::newRow("attention")
            << "pattern_attention" << QStringList {QStringLiteral("MultiHeadAttention")}
            << "MultiHeadAttention (math path: QKᵀ, softmax, dropout, PV, with its projections) ×1"
            << qint64(4 * (64 * 64 + 64));
        QTest::newRow("attention, fused QKV")
            << "pattern_attention_fused_qkv" << QStringList {QStringLiteral("MultiHeadAttention")}
            << "MultiHeadAttention (math path: QKᵀ, softmax, dropout, PV, with its projections) ×1"
            << qint64(64 * 192 + 192 + 64 * 64 + 64);
    }
    void fusionPatterns()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, ops);
        QFETCH(QString, fusion);
        QFETCH(qint64, parameters);
        const ImportResult r = OnnxImporter::importFile(fixture(file + QStringLiteral(".onnx")));
        QCOMPARE(::ops(r.graph), ops);
        QCOMPARE(r.fusions, QStringList {fusion});
        QCOMPARE(analyse(r.graph, 2, 16).parameterCount(), parameters);
    }

    void attentionAttributes()
    {
        const ImportResult r
            = OnnxImporter::importFile(fixture(QStringLiteral("pattern_attention.onnx")));
        const Node &n = r.graph.nodes.first();
        QCOMPARE(n.attrs.value(QLatin1String("embed_dim")).toInt(), 64);
        QCOMPARE(n.attrs.value(QLatin1String("num_heads")).toInt(), 4); // from the head reshape
        QCOMPARE(n.attrs.value(QLatin1String("causal")).toBool(), false); // a padding mask input
        QCOMPARE(n.attrs.value(QLatin1String("dropout")).toDouble(), double(0.1f));
        QCOMPARE(n.inputs, QStringList {QStringLiteral("x")});
        // the mask branch is dropped with the fusion; the mask stays an input
        QCOMPARE(r.graph.inputs.size(), 2);
    }

    // --- tf2onnx idioms, warnings, opaque operators -------------------------------------------

    void tf2onnxIdioms()
    {
        const ImportResult r
            = OnnxImporter::importFile(fixture(QStringLiteral("tf2onnx_cnn.onnx")));
        // "input_1:0" cannot be a name here (":" addresses outputs)
        QCOMPARE(r.graph.inputs[0].name, QStringLiteral("input_1_0"));
        QCOMPARE(r.graph.inputs[0].shape, (std::vector<std::int64_t> {kBatchDim, 32, 32, 3}));
        QCOMPARE(
            ops(r.graph),
            (QStringList {QStringLiteral("Permute"), QStringLiteral("Conv2d"),
                          QStringLiteral("ReLU"), QStringLiteral("Pad"), QStringLiteral("Conv2d"),
                          QStringLiteral("Reduce"), QStringLiteral("Linear")}));
        // SAME_UPPER, 3×3 stride 2 on 32: pads (0, 1); padding 1 on both sides gives 16 as well
        QCOMPARE(r.graph.nodes[1].attrs.value(QLatin1String("padding")).toInt(), 1);
        // 2×2 stride 1: pads (0, 1) would change the size, so an explicit Pad is used
        QCOMPARE(r.graph.nodes[3].attrs.value(QLatin1String("pads")).toArray(),
                 (QJsonArray {0, 0, 0, 0, 0, 0, 1, 1}));
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("pad asymmetrically")));
        // 8·3·3·3 + 8 + 8·8·2·2 + 8·10 + 10, the weight stored [in, out] as TensorFlow does
        QCOMPARE(analyse(r.graph, 2, 16).parameterCount(), qint64(216 + 8 + 256 + 80 + 10));
    }

    void warnsAboutInferenceExports()
    {
        const ImportResult r
            = OnnxImporter::importFile(fixture(QStringLiteral("inference_cnn.onnx")));
        const QString all = r.warnings.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("inference mode")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("training=torch.onnx.TrainingMode.TRAINING")));
        QVERIFY(all.contains(QLatin1String("do_constant_folding=False")));
        // a training export has no such warning
        const ImportResult ok = OnnxImporter::importFile(fixture(QStringLiteral("resnet50.onnx")));
        QVERIFY2(ok.warnings.isEmpty(), qPrintable(ok.warnings.join(QLatin1Char('\n'))));
    }

    void customOperatorIsOpaque()
    {
        const ImportResult r = OnnxImporter::importFile(fixture(QStringLiteral("custom_op.onnx")));
        const Node *n = findNode(r.graph, QStringLiteral("norm"));
        QVERIFY(n);
        QCOMPARE(n->op, QStringLiteral("Opaque"));
        QCOMPARE(n->attrs.value(QLatin1String("onnx_op")).toString(),
                 QStringLiteral("com.example:FancyNorm"));
        // its shape comes from the file's value_info, with the batch and sequence symbols
        QCOMPARE(n->attrs.value(QLatin1String("output_shapes")).toArray(),
                 (QJsonArray {QJsonValue(QJsonArray {QStringLiteral("batch"), QStringLiteral("seq"), 64})}));
        QVERIFY(
            r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("com.example:FancyNorm")));
        // it saves its floating inputs (the ReLU output and the parameter), conservatively
        const AnalysedGraph a = analyse(r.graph, 2, 16);
        for (const AnalysedNode &an : a.nodes)
            if (QLatin1String(an.def->name) == QLatin1String("Opaque"))
                QCOMPARE(an.outcome.saved.size(), std::size_t(2));
        QCOMPARE(a.parameterCount(), qint64(64)); // "scale"
    }

    void malformedConvolutionsAreOpaque()
    {
        // pads of the wrong length and a zero stride (found by fuzzing: the pads were read out
        // of bounds): each convolution is kept as an opaque node with its own reason
        const ImportResult r = OnnxImporter::importFile(fixture(QStringLiteral("bad_conv_attributes.onnx")));
        QStringList names;
        for (const Node &n : r.graph.nodes)
            names << n.name;
        for (const char *name : {"a.Conv", "b.Conv"}) {
            const Node *n = findNode(r.graph, QLatin1String(name));
            QVERIFY2(n, qPrintable(names.join(QLatin1String(", "))));
            QCOMPARE(n->op, QStringLiteral("Opaque"));
        }
        const QString warnings = r.warnings.join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QLatin1String("(/a/Conv) is kept as an opaque node (its pads do not match its kernel)")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("(/b/Conv) is kept as an opaque node (its kernel, strides and dilations must be positive")),
                 qPrintable(warnings));
        // and the graph still plans: 8·3·3·3 + 8·8·1·1 = 280 parameters
        QCOMPARE(analyse(r.graph, 2, 16).parameterCount(), qint64(280));
    }

    // --- what the generic ops save (PyTorch 2.x derivatives.yaml, per OpCatalogue.cpp) -------

    void genericOpsSave_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("attrs");
        QTest::addColumn<int>("inputs");
        QTest::addColumn<QString>("saved");
        const auto fn = [](const char *f, QJsonObject more = {}) {
            more.insert(QStringLiteral("function"), QLatin1String(f));
            return more;
        };
        const QJsonObject scalar = {{QStringLiteral("scalar"), true}};
        // DivBackward0 keeps self (for other's gradient) and other
        QTest::newRow("a / b") << "Elementwise" << fn("div") << 2 << "in0,in1";
        QTest::newRow("x / 8") << "Elementwise" << fn("div", scalar) << 1 << ""; // only the scalar
        QTest::newRow("a - b") << "Elementwise" << fn("sub") << 2 << "";
        QTest::newRow("cast") << "Elementwise"
                              << fn("cast", {{QStringLiteral("to"), QStringLiteral("float16")}})
                              << 1 << "";
        QTest::newRow("x ** 2") << "Elementwise" << fn("pow", scalar) << 1 << "in0"; // PowBackward0
        QTest::newRow("sqrt") << "Elementwise" << fn("sqrt") << 1 << "out0";
        QTest::newRow("exp") << "Elementwise" << fn("exp") << 1 << "out0";
        QTest::newRow("erf") << "Elementwise" << fn("erf") << 1 << "in0";
        QTest::newRow("clip") << "Elementwise" << fn("clip") << 1 << "in0"; // clamp_backward
        QTest::newRow("x · w") << "Elementwise"
                               << fn("mul", {{QStringLiteral("param_shape"), QJsonArray {4}}}) << 1
                               << "in0"; // for w's gradient
        QTest::newRow("mean") << "Reduce" << QJsonObject {{QStringLiteral("axes"), QJsonArray {1}}}
                              << 1 << "";
        QTest::newRow("amax") << "Reduce"
                              << QJsonObject {{QStringLiteral("function"), QStringLiteral("max")}}
                              << 1 << "in0,out0";
        QTest::newRow("pad") << "Pad"
                             << QJsonObject {{QStringLiteral("pads"),
                                              QJsonArray {0, 0, 1, 0, 0, 1}}}
                             << 1 << "";
        QTest::newRow("slice") << "Slice"
                               << QJsonObject {{QStringLiteral("starts"), QJsonArray {1}},
                                               {QStringLiteral("ends"), QJsonArray {3}}}
                               << 1 << "";
        QTest::newRow("resize") << "Resize"
                                << QJsonObject {{QStringLiteral("scales"), QJsonArray {1, 1, 2}}}
                                << 1 << "";
        QTest::newRow("einsum") << "Einsum"
                                << QJsonObject {{QStringLiteral("equation"),
                                                 QStringLiteral("bij,bij->bi")}}
                                << 2 << "in0,in1";
        QTest::newRow("opaque") << "Opaque"
                                << QJsonObject {{QStringLiteral("output_shapes"),
                                                 QJsonArray {QJsonValue(
                                                     QJsonArray {QStringLiteral("batch"), 4})}}}
                                << 1 << "in0";
    }
    void genericOpsSave()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, attrs);
        QFETCH(int, inputs);
        QFETCH(QString, saved);
        Graph g;
        g.inputs << test::input("a", {kBatchDim, 3, 4}) << test::input("b", {kBatchDim, 3, 4});
        g.inputs[0].requiresGrad = g.inputs[1].requiresGrad = true;
        Node n;
        n.name = QStringLiteral("op");
        n.op = op;
        n.attrs = attrs;
        n.inputs = QStringList {QStringLiteral("a"), QStringLiteral("b")}.mid(0, inputs);
        g.nodes = {n};
        const AnalysedGraph a = analyse(g, 2, 16);
        QStringList got;
        for (const SavedTensor &t : a.nodes.front().outcome.saved)
            got << (t.kind == SavedTensor::Kind::Input        ? QStringLiteral("in%1").arg(t.index)
                        : t.kind == SavedTensor::Kind::Output ? QStringLiteral("out%1").arg(t.index)
                                                              : t.what);
        QCOMPARE(got.join(QLatin1Char(',')), saved);
    }

    // --- bad and hostile input ----------------------------------------------------------------

    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << "bad_truncated.onnx"
                                   << "truncated or corrupt at byte";
        QTest::newRow("not ONNX") << "bad_not_onnx.onnx"
                                  << "is not a valid ONNX model";
        QTest::newRow("JSON") << "bad_json.onnx"
                              << "is JSON, not an ONNX model";
        QTest::newRow("cycle") << "bad_cycle.onnx"
                               << "the graph has a cycle through the nodes /a/Relu, /b/Relu";
        QTest::newRow("missing shape") << "bad_missing_shape.onnx"
                                       << "the input “x” has no shape";
        QTest::newRow("absurd dimension")
            << "bad_absurd_dimension.onnx"
            << "the input “x” has a dimension of 5000000000000: that is absurdly large";
        QTest::newRow("bytes overflow") << "bad_overflow.onnx"
                                        << "overflows 64 bits";
        QTest::newRow("custom op without shapes")
            << "bad_custom_op_no_shape.onnx"
            << "the shape of “f”, output 0 of node “/norm/FancyNorm” (FancyNorm), is unknown";
        QTest::newRow("no such file") << "does_not_exist.onnx"
                                      << "Cannot open";
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        try {
            OnnxImporter::importFile(fixture(file));
            QFAIL("no ModelError");
        } catch (const ModelError &e) {
            QVERIFY2(e.message().contains(message), qPrintable(e.message()));
            QVERIFY2(e.message().contains(file), qPrintable(e.message())); // names the file
        }
    }

    void hostileBytes()
    {
        // random bytes, every prefix of a valid model, and random corruptions of it: each
        // imports or gives a ModelError; nothing else escapes and nothing crashes
        // MEMPLANNER_HOSTILE_ROUNDS=N repeats the random part N times (for sanitizer builds)
        const int rounds = std::max(1, qEnvironmentVariableIntValue("MEMPLANNER_HOSTILE_ROUNDS"));
        QRandomGenerator rng(20240317);
        int refused = 0, imported = 0;
        const auto attempt = [&](const QByteArray &bytes) {
            try {
                OnnxImporter::importBytes(bytes, QStringLiteral("fuzz"));
                ++imported;
            } catch (const ModelError &e) {
                QVERIFY(!e.message().isEmpty());
                ++refused;
            }
        };
        for (int i = 0; i < 200 * rounds; ++i) {
            QByteArray bytes(static_cast<qsizetype>(rng.bounded(2048)), Qt::Uninitialized);
            for (char &c : bytes)
                c = static_cast<char>(rng.bounded(256));
            attempt(bytes);
        }
        for (const char *name : {"pattern_attention.onnx", "ops_zoo.onnx", "lstm_seq_first.onnx",
                                 "tf2onnx_cnn.onnx"}) {
            const QByteArray good = readFile(fixture(QLatin1String(name)));
            for (qsizetype n = 0; n < good.size(); n += 1 + good.size() / 200)
                attempt(good.left(n));
            for (int i = 0; i < 100 * rounds; ++i) {
                QByteArray bytes = good;
                for (int k = 0; k < 1 + static_cast<int>(rng.bounded(4)); ++k)
                    bytes[static_cast<qsizetype>(rng.bounded(static_cast<quint32>(bytes.size())))]
                        = static_cast<char>(rng.bounded(256));
                attempt(bytes);
            }
        }
        QVERIFY(refused > 0);
        qInfo("hostile inputs: %d refused with a ModelError, %d imported", refused, imported);
    }

    void weightsAreNeverRead()
    {
        // a model whose initializer claims 2 GB of raw data it does not have: only its dims
        // count, so the structure reader skips the field and stops at the declared end
        QByteArray bytes = readFile(fixture(QStringLiteral("pattern_layernorm.onnx")));
        OnnxWire::Stats stats;
        const QByteArray stripped
            = OnnxWire::stripBytes(bytes, QStringLiteral("layernorm"), &stats);
        QCOMPARE(stats.inputBytes, bytes.size());
        QVERIFY(stripped.size() <= bytes.size());
        const ImportResult r = OnnxImporter::importBytes(bytes, QStringLiteral("layernorm"));
        QCOMPARE(r.graph.nodes.size(), 1);
    }

    // --- plans compared with the built-in networks ---------------------------------------------

    void comparedWithBuiltins_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("builtin");
        QTest::addColumn<qint64>("batch");
        QTest::addColumn<qint64>("seq");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("ResNet-50") << "resnet50"
                                   << "resnet50" << qint64(32) << qint64(128) << 0.01;
        QTest::newRow("BERT-base") << "bert_base"
                                   << "bert-base" << qint64(32) << qint64(128) << 0.01;
        QTest::newRow("GPT-2 small") << "gpt2_small"
                                     << "gpt2-small" << qint64(32) << qint64(128) << 0.01;
        QTest::newRow("LSTM classifier") << "lstm_classifier"
                                         << "lstm-classifier" << qint64(32) << qint64(200) << 0.01;
    }
    void comparedWithBuiltins()
    {
        QFETCH(QString, file);
        QFETCH(QString, builtin);
        QFETCH(qint64, batch);
        QFETCH(qint64, seq);
        QFETCH(double, tolerance);
        const Project reference = ProjectFile::load(QStringLiteral("builtin:") + builtin);
        Graph imported = OnnxImporter::importFile(fixture(file + QStringLiteral(".onnx"))).graph;
        PlanConfig c = test::config(batch);
        c.seq = seq;
        const Planner planner(m_devices, m_runtimes);
        const Plan bare = planner.plan(imported, c);

        // The exported models compute attention by hand (PyTorch's "math" path, as eager HF
        // code with attn_implementation="eager" does); the built-in networks describe the
        // library modules, whose path the runtime picks. Compare the same computation.
        for (const Node &n : reference.graph.nodes)
            if (n.op == QLatin1String("MultiHeadAttention"))
                for (Node &m : imported.nodes)
                    if (m.op == n.op)
                        m.attrs.insert(
                            QStringLiteral("path"),
                            n.attrs.value(QLatin1String("path")).toString(QStringLiteral("auto")));

        // the exported model has no loss; give it the built-in network's, on its output
        for (const Node &n : reference.graph.nodes) {
            if (n.op != QLatin1String("CrossEntropy") && n.op != QLatin1String("MSELoss"))
                continue;
            Node loss = n;
            loss.inputs[0] = imported.nodes.last().name;
            for (int i = 1; i < loss.inputs.size(); ++i)
                imported.inputs
                    << reference.graph.inputs[reference.graph.inputIndex(loss.inputs[i])];
            imported.nodes << loss;
        }
        const Plan withLoss = planner.plan(imported, c);
        const Plan expected = planner.plan(reference.graph, c);
        QCOMPARE(withLoss.parameters, expected.parameters);
        const double ratio = static_cast<double>(withLoss.memory.tensorPeak)
            / static_cast<double>(expected.memory.tensorPeak);
        qInfo("%s at batch %lld, seq %lld: imported %.1f MiB with the built-in's loss and "
              "attention path (%.1f MiB as exported: no loss, math attention), built-in %.1f MiB, "
              "ratio %.4f",
              qPrintable(file), static_cast<long long>(batch), static_cast<long long>(seq),
              static_cast<double>(withLoss.memory.tensorPeak) / (1 << 20),
              static_cast<double>(bare.memory.tensorPeak) / (1 << 20),
              static_cast<double>(expected.memory.tensorPeak) / (1 << 20), ratio);
        QVERIFY2(std::abs(ratio - 1.0) <= tolerance, qPrintable(QString::number(ratio)));
    }

private:
    AnalysedGraph analyse(const Graph &g, std::int64_t batch, std::int64_t seq) const
    {
        AnalysisOptions o;
        o.batch = batch;
        o.seq = seq;
        o.training = true;
        o.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
        o.runtime = &m_runtime;
        return AnalysedGraph::analyse(g, o);
    }

    DeviceCatalogue m_devices;
    RuntimeCatalogue m_runtimes;
    RuntimeProfile m_runtime;
};

QTEST_GUILESS_MAIN(TestOnnxImporter)
#include "tst_onnximporter.moc"
