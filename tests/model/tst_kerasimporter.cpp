// The Keras importer: parameter counts equal to Keras' model.summary(), the shapes of key layers,
// plans without error, and one clear message per bad file. Fixtures: tests/data/keras (their
// sources are in tests/data/keras/README.md).

#include "GraphAnalysis.h"
#include "KerasImporter.h"
#include "ModelError.h"
#include "Planner.h"
#include "PrecisionPolicy.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace memplanner;
using namespace memplanner::test;

using Shape = std::vector<std::int64_t>;
Q_DECLARE_METATYPE(Shape)

namespace {

QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromUtf8(w);
    return out;
}

QString fixture(const QString &name)
{
    return QStringLiteral(MEMPLANNER_SOURCE_DIR "/tests/data/keras/") + name;
}

AnalysedGraph analyse(const Graph &g, std::int64_t batch, std::int64_t seq,
                      const RuntimeCatalogue &runtimes)
{
    AnalysisOptions o;
    o.batch = batch;
    o.seq = seq;
    o.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    o.runtime = &runtimes.require(QStringLiteral("test"));
    return AnalysedGraph::analyse(g, o);
}

/** Keras' "Total params": parameters and buffers (BatchNormalization's moving statistics). */
std::int64_t kerasTotal(const AnalysedGraph &a)
{
    std::int64_t n = 0;
    for (const AnalysedParam &p : a.params)
        n += p.elements;
    return n;
}

/** The shape of node @p name's first output. */
Shape outputShape(const Graph &g, const AnalysedGraph &a, const QString &name)
{
    const int index = g.nodeIndex(name);
    for (const AnalysedNode &n : a.nodes)
        if (n.graphIndex == index)
            return a.tensors[n.outputs[0]].type.shape;
    return {};
}

QStringList fixtureNames()
{
    return {QStringLiteral("mnist_convnet.json"),          QStringLiteral("lstm_text_classifier.json"),
            QStringLiteral("toy_resnet.json"),             QStringLiteral("multi_input_ticket.json"),
            QStringLiteral("mobilenet_block.json"),        QStringLiteral("gru_timeseries.json"),
            QStringLiteral("transformer_classifier.json"), QStringLiteral("imdb_bidirectional_lstm.json"),
            QStringLiteral("conv_autoencoder.json")};
}

// A Functional model with one layer given by @p layer (a Keras 2 layer entry, its inbound node
// taking "x"), for the small inline cases.
QByteArray functional2(const char *inputShape, const char *layers, const char *output)
{
    return QByteArray(R"({"class_name": "Functional", "config": {"name": "m", "layers": [
        {"class_name": "InputLayer", "name": "x", "inbound_nodes": [],
         "config": {"batch_input_shape": )")
           + inputShape + R"(, "dtype": "float32", "name": "x"}}, )" + layers
           + R"(], "input_layers": [["x", 0, 0]], "output_layers": [[")" + output
           + R"(", 0, 0]]}, "keras_version": "2.12.0", "backend": "tensorflow"})";
}

QByteArray sequential3(const char *inputShape, const char *layers)
{
    return QByteArray(R"({"module": "keras", "class_name": "Sequential", "config": {"name": "s",
        "layers": [{"module": "keras.layers", "class_name": "InputLayer",
                    "config": {"batch_shape": )")
           + inputShape + R"(, "dtype": "float32", "name": "input_layer"}}, )" + layers
           + "]}}";
}

} // namespace

class TestKerasImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_runtimes = testRuntimes();
        m_devices = DeviceCatalogue::load();
        m_realRuntimes = RuntimeCatalogue::load();
    }

    void parameterCounts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("trainable");
        // keras.io, "Simple MNIST convnet" (fchollet), model.summary(): Total params: 34,826.
        // By hand: (9·1·32 + 32) + (9·32·64 + 64) + (1600·10 + 10) = 320 + 18,496 + 16,010.
        QTest::newRow("MNIST convnet (Keras 3 Sequential)")
            << "mnist_convnet.json" << qint64(34826) << qint64(34826);
        // By hand: 20,000·128 + 4·(64·(128 + 64) + 64) + (64 + 1) = 2,560,000 + 49,408 + 65.
        QTest::newRow("LSTM text classifier (Keras 2 Sequential)")
            << "lstm_text_classifier.json" << qint64(2609473) << qint64(2609473);
        // keras.io guide "The Functional API", toy ResNet summary: Total params: 223,242.
        // By hand: 896 + 18,496 + 5·36,928 (64→64 3×3) + (64·256 + 256) + (256·10 + 10).
        QTest::newRow("toy ResNet (Keras 2 Functional, Add)")
            << "toy_resnet.json" << qint64(223242) << qint64(223242);
        // The Functional API guide's ticket model (12 tags, 10,000 words, 4 departments), by hand:
        // 2·10,000·64 + 4·(128·(64 + 128) + 128) + 4·(32·(64 + 32) + 32) + (172 + 1) + (172·4 + 4)
        // = 1,280,000 + 98,816 + 12,416 + 173 + 692.
        QTest::newRow("multi-input ticket model (Keras 3, Concatenate, 3 inputs, dict outputs)")
            << "multi_input_ticket.json" << qint64(1392097) << qint64(1392097);
        // By hand: stem 9·3·32 = 864; three BatchNorms 4·32 + 4·32 + 4·64 (half of it moving
        // statistics: 256 non-trainable); depthwise 9·32 = 288; pointwise 32·64 = 2,048;
        // separable 9·64 + 64·128 + 128 = 8,896; depthwise ×2 with bias 9·128·2 + 256 = 2,560;
        // dense 256·5 + 5 = 1,285. Total 16,453; trainable 16,197.
        QTest::newRow("MobileNet-style block (Keras 2, Depthwise/SeparableConv2D, BN)")
            << "mobilenet_block.json" << qint64(16453) << qint64(16197);
        // By hand: Conv1D 5·8·32 + 32 = 1,312; GRU(64, reset_after) 3·64·(32 + 64) + 2·3·64
        // = 18,816; GRU(32, reset_after=False) 3·32·(64 + 32) + 3·32 = 9,312; dense 33.
        QTest::newRow("Conv1D + GRU forecaster (Keras 3)")
            << "gru_timeseries.json" << qint64(29473) << qint64(29473);
        // keras.io "Text classification with Transformer" (embed 32, 2 heads, key_dim 32, ff 32,
        // vocabulary 20,000, length 200), its custom layers written out as built-in ones. By hand:
        // embeddings 640,000 + 6,400; attention: Q, K, V kernels 3·(32·2·32 + 2·32) + output
        // 2·32·32 + 32 = 8,416; two LayerNorms 2·64; FFN 2·(32·32 + 32); dense 32·20 + 20 and
        // 20·2 + 2. Total 657,758.
        QTest::newRow("Transformer classifier (Keras 3, MultiHeadAttention key_dim ≠ E/heads)")
            << "transformer_classifier.json" << qint64(657758) << qint64(657758);
        // keras.io "Bidirectional LSTM on IMDB", model.summary(): Total params: 2,757,761.
        // By hand: 2,560,000 + 2·4·(64·(128 + 64) + 64) twice + (128 + 1).
        QTest::newRow("Bidirectional LSTM on IMDB (Keras 3)")
            << "imdb_bidirectional_lstm.json" << qint64(2757761) << qint64(2757761);
        // keras.io "Convolutional autoencoder for image denoising", summary: Total params: 28,353.
        // By hand: 320 + 3·9,248 (32→32 3×3, two of them transposed) + (9·32 + 1).
        QTest::newRow("Conv autoencoder (Keras 2.4 \"Model\", Conv2DTranspose)")
            << "conv_autoencoder.json" << qint64(28353) << qint64(28353);
    }
    void parameterCounts()
    {
        QFETCH(QString, file);
        QFETCH(qint64, total);
        QFETCH(qint64, trainable);
        const ImportResult r = KerasImporter::importFile(fixture(file));
        const AnalysedGraph a = analyse(r.graph, 2, 16, m_runtimes);
        QCOMPARE(kerasTotal(a), total);
        QCOMPARE(a.trainableParameterCount(), trainable);
    }

    void outputShapes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("node");
        QTest::addColumn<Shape>("shape");
        // Batch 4 and sequence 10 throughout; images come out channels-first (NCHW).
        // 28 → conv 3 → 26 → pool 2 → 13 → conv 3 → 11 → pool 2 → 5; 5·5·64 = 1,600.
        QTest::newRow("mnist pool") << "mnist_convnet.json" << "max_pooling2d_1" << Shape{4, 64, 5, 5};
        QTest::newRow("mnist flatten") << "mnist_convnet.json" << "flatten" << Shape{4, 1600};
        QTest::newRow("mnist softmax") << "mnist_convnet.json" << "dense.softmax" << Shape{4, 10};
        QTest::newRow("lstm last step") << "lstm_text_classifier.json" << "lstm" << Shape{4, 64};
        QTest::newRow("lstm embedding") << "lstm_text_classifier.json" << "embedding" << Shape{4, 10, 128};
        // 32 → 30 → 28 → max-pool 3 (stride 3) → 9; "same" keeps 9; a valid 3×3 gives 7.
        QTest::newRow("resnet pool") << "toy_resnet.json" << "max_pooling2d" << Shape{4, 64, 9, 9};
        QTest::newRow("resnet add") << "toy_resnet.json" << "add_1" << Shape{4, 64, 9, 9};
        QTest::newRow("resnet last conv") << "toy_resnet.json" << "conv2d_6" << Shape{4, 64, 7, 7};
        QTest::newRow("resnet logits") << "toy_resnet.json" << "dense_1" << Shape{4, 10};
        // 128 + 32 + 12 tags.
        QTest::newRow("ticket concat") << "multi_input_ticket.json" << "concatenate" << Shape{4, 172};
        QTest::newRow("ticket department") << "multi_input_ticket.json" << "department" << Shape{4, 4};
        // "same" with stride 2: ceil(64/2) = 32, ceil(32/2) = 16, ceil(16/2) = 8.
        QTest::newRow("mobile stem") << "mobilenet_block.json" << "stem" << Shape{4, 32, 32, 32};
        QTest::newRow("mobile depthwise") << "mobilenet_block.json" << "sep2.depthwise" << Shape{4, 64, 16, 16};
        QTest::newRow("mobile separable") << "mobilenet_block.json" << "sep2" << Shape{4, 128, 16, 16};
        QTest::newRow("mobile multiplier") << "mobilenet_block.json" << "dw3" << Shape{4, 256, 8, 8};
        // causal padding keeps 100 steps; pooling halves them.
        QTest::newRow("gru conv1d") << "gru_timeseries.json" << "conv1d" << Shape{4, 32, 100};
        QTest::newRow("gru pool") << "gru_timeseries.json" << "max_pooling1d" << Shape{4, 32, 50};
        QTest::newRow("gru sequences") << "gru_timeseries.json" << "gru" << Shape{4, 50, 64};
        QTest::newRow("gru last") << "gru_timeseries.json" << "gru_1" << Shape{4, 32};
        QTest::newRow("transformer attention") << "transformer_classifier.json" << "att" << Shape{4, 200, 32};
        QTest::newRow("transformer pooled") << "transformer_classifier.json" << "global_average_pooling1d" << Shape{4, 32};
        QTest::newRow("imdb bidirectional") << "imdb_bidirectional_lstm.json" << "bidirectional" << Shape{4, 10, 128};
        QTest::newRow("imdb bidirectional last") << "imdb_bidirectional_lstm.json" << "bidirectional_1" << Shape{4, 128};
        // 28 → 14 → 7 → transposed, stride 2, "same" → 14 → 28.
        QTest::newRow("autoencoder bottleneck") << "conv_autoencoder.json" << "max_pooling2d_1" << Shape{4, 32, 7, 7};
        QTest::newRow("autoencoder up") << "conv_autoencoder.json" << "conv2d_transpose" << Shape{4, 32, 14, 14};
        QTest::newRow("autoencoder out") << "conv_autoencoder.json" << "conv2d_2" << Shape{4, 1, 28, 28};
    }
    void outputShapes()
    {
        QFETCH(QString, file);
        QFETCH(QString, node);
        QFETCH(Shape, shape);
        const ImportResult r = KerasImporter::importFile(fixture(file));
        QVERIFY2(r.graph.nodeIndex(node) >= 0, qPrintable(node));
        const AnalysedGraph a = analyse(r.graph, 4, 10, m_runtimes);
        QCOMPARE(outputShape(r.graph, a, node), shape);
    }

    void fixturesPlan_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : fixtureNames())
            QTest::newRow(qPrintable(f)) << f;
    }
    void fixturesPlan()
    {
        QFETCH(QString, file);
        const ImportResult r = KerasImporter::importFile(fixture(file));
        QVERIFY(!r.graph.nodes.isEmpty());
        QVERIFY(r.warnings.first().contains(QLatin1String("no loss")));
        for (const char *mode : {"train", "infer"}) {
            PlanConfig c;
            c.batch = 8;
            c.seq = 64;
            c.training = QLatin1String(mode) == QLatin1String("train");
            c.devices = {QStringLiteral("colab-t4")};
            const Plan plan = Planner(m_devices, m_realRuntimes).plan(r.graph, c);
            QVERIFY(plan.memory.tensorPeak > 0);
            QVERIFY(plan.compute.forward > 0.0);
            QCOMPARE(plan.devices.size(), 1);
        }
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("malformed JSON") << "bad/malformed.json" << words({"not valid JSON", "byte"});
        QTest::newRow("unknown layer class") << "bad/unknown_layer.json" << words({"fancy", "MyFancyLayer", "not supported"});
        QTest::newRow("dangling inbound node") << "bad/dangling_inbound.json" << words({"dense_1", "dense_missing"});
        QTest::newRow("cycle") << "bad/cycle.json" << words({"cycle", "add", "dense_a", "dense_b"});
        QTest::newRow("negative units") << "bad/negative_units.json" << words({"dense", "units", "-10"});
        QTest::newRow("absurd size") << "bad/absurd_size.json" << words({"dense", "units", "1000000000000000"});
        QTest::newRow("missing file") << "bad/no_such_file.json" << words({"Cannot open", "no_such_file.json"});
    }
    void rejectsBadFiles()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, mentions);
        try {
            KerasImporter::importFile(fixture(file));
            QFAIL("the bad file was accepted");
        } catch (const ModelError &e) {
            for (const QString &m : mentions)
                QVERIFY2(e.message().contains(m), qPrintable(e.message()));
        }
    }

    void rejectsBadJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << words({"not a Keras model"});
        QTest::newRow("a MemPlanner project")
            << QByteArray(R"({"format": "memplanner.project", "version": 1})")
            << words({"not a Keras model"});
        QTest::newRow("layers not a list")
            << QByteArray(R"({"class_name": "Sequential", "config": {"layers": 3}})")
            << words({"config.layers"});
        QTest::newRow("no layers")
            << QByteArray(R"({"class_name": "Sequential", "config": {"layers": []}})")
            << words({"no layers"});
        QTest::newRow("no input shape")
            << QByteArray(R"({"class_name": "Sequential", "config": {"layers": [
                   {"class_name": "Dense", "config": {"name": "dense", "units": 4}}]}})")
            << words({"no input shape"});
        QTest::newRow("fractional units")
            << sequential3("[null, 8]", R"({"class_name": "Dense", "config": {"name": "d", "units": 3.5}})")
            << words({"“d”", "units", "integer"});
        QTest::newRow("units as text")
            << sequential3("[null, 8]", R"({"class_name": "Dense", "config": {"name": "d", "units": "ten"}})")
            << words({"“d”", "units", "integer"});
        QTest::newRow("unknown padding")
            << sequential3("[null, 8, 8, 3]", R"({"class_name": "Conv2D", "config": {"name": "c",
                   "filters": 4, "kernel_size": [3, 3], "padding": "full"}})")
            << words({"“c”", "padding", "full"});
        QTest::newRow("unknown activation")
            << sequential3("[null, 8]", R"({"class_name": "Dense", "config": {"name": "d", "units": 2,
                   "activation": "frobnicate"}})")
            << words({"“d”", "frobnicate"});
        QTest::newRow("window larger than input")
            << sequential3("[null, 4, 4, 3]", R"({"class_name": "Conv2D", "config": {"name": "c",
                   "filters": 4, "kernel_size": [5, 5]}})")
            << words({"“c”", "larger"});
        QTest::newRow("unsized image")
            << sequential3("[null, null, null, 3]", R"({"class_name": "Flatten", "config": {"name": "f"}})")
            << words({"input_layer", "dimension 2", "None"});
        QTest::newRow("negative input size")
            << sequential3("[null, -4]", R"({"class_name": "Flatten", "config": {"name": "f"}})")
            << words({"input_layer", "-4"});
        QTest::newRow("nested model")
            << sequential3("[null, 4]", R"({"class_name": "Sequential", "config": {"name": "inner", "layers": []}})")
            << words({"inner", "nested"});
        QTest::newRow("dense on unknown width")
            << sequential3("[null, null, 8]", R"({"class_name": "Flatten", "config": {"name": "f"}},
                   {"class_name": "Dense", "config": {"name": "d", "units": 2}})")
            << words({"“d”", "not fixed"});
        QTest::newRow("second output (return_state)")
            << functional2("[null, 5, 3]", R"({"class_name": "LSTM", "name": "lstm",
                   "config": {"name": "lstm", "units": 4, "return_state": true},
                   "inbound_nodes": [[["x", 0, 0, {}]]]},
                   {"class_name": "Dense", "name": "d", "config": {"name": "d", "units": 2},
                    "inbound_nodes": [[["lstm", 0, 1, {}]]]})", "d")
            << words({"“d”", "output 2", "lstm"});
        QTest::newRow("call that does not exist")
            << functional2("[null, 3]", R"({"class_name": "Dense", "name": "d", "config": {"name": "d", "units": 2},
                    "inbound_nodes": [[["x", 3, 0, {}]]]})", "d")
            << words({"“d”", "call 4"});
        QTest::newRow("dangling output")
            << functional2("[null, 3]", R"({"class_name": "Dense", "name": "d", "config": {"name": "d", "units": 2},
                    "inbound_nodes": [[["x", 0, 0, {}]]]})", "ghost")
            << words({"output_layers", "ghost"});
        QTest::newRow("duplicate layer names")
            << functional2("[null, 3]", R"({"class_name": "Dense", "name": "x", "config": {"name": "x", "units": 2},
                    "inbound_nodes": [[["x", 0, 0, {}]]]})", "x")
            << words({"two layers", "x"});
        QTest::newRow("attention widths differ")
            << functional2("[null, 5, 8]", R"({"class_name": "Dense", "name": "v", "config": {"name": "v", "units": 4},
                    "inbound_nodes": [[["x", 0, 0, {}]]]},
                   {"class_name": "MultiHeadAttention", "name": "mha",
                    "config": {"name": "mha", "num_heads": 2, "key_dim": 4},
                    "inbound_nodes": [[["x", 0, 0, {"value": ["v", 0, 0]}]]]})", "mha")
            << words({"“mha”", "width"});
    }
    void rejectsBadJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mentions);
        try {
            KerasImporter::importJson(json, QStringLiteral("inline.json"));
            QFAIL("the bad model was accepted");
        } catch (const ModelError &e) {
            QVERIFY2(e.message().startsWith(QLatin1String("inline.json")), qPrintable(e.message()));
            for (const QString &m : mentions)
                QVERIFY2(e.message().contains(m), qPrintable(e.message()));
        }
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mentions");
        // 64 → 32 with a 3×3 window, stride 2: total padding (32 − 1)·2 + 3 − 64 = 1.
        QTest::newRow("asymmetric same") << "mobilenet_block.json" << "Layer “stem”: Keras pads “same” asymmetrically here";
        QTest::newRow("causal") << "gru_timeseries.json" << "Layer “conv1d”: Keras pads causally (4 before";
        QTest::newRow("float indices") << "multi_input_ticket.json" << "Input “title” is float32";
    }
    void warnings()
    {
        QFETCH(QString, file);
        QFETCH(QString, mentions);
        const ImportResult r = KerasImporter::importFile(fixture(file));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(mentions),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
    }

    void looksLikeKeras_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("keras");
        QTest::newRow("Sequential") << QByteArray(R"({"class_name": "Sequential", "config": {}})") << true;
        QTest::newRow("Functional") << QByteArray(R"({"class_name": "Functional", "config": {}})") << true;
        QTest::newRow("Model") << QByteArray(R"({"class_name": "Model", "config": {}})") << true;
        QTest::newRow("layer") << QByteArray(R"({"class_name": "Dense", "config": {}})") << false;
        QTest::newRow("no config") << QByteArray(R"({"class_name": "Sequential"})") << false;
        QTest::newRow("project") << QByteArray(R"({"format": "memplanner.project", "config": {}})") << false;
    }
    void looksLikeKeras()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, keras);
        QCOMPARE(KerasImporter::looksLikeKeras(QJsonDocument::fromJson(json).object()), keras);
    }

    void imageInputsAreChannelsFirst()
    {
        // NHWC [None, 28, 28, 1] is declared NCHW; a CNN needs no Permute at all.
        const ImportResult r = KerasImporter::importFile(fixture(QStringLiteral("mnist_convnet.json")));
        QCOMPARE(r.graph.inputs.size(), 1);
        QCOMPARE(r.graph.inputs[0].shape, (Shape{kBatchDim, 1, 28, 28}));
        for (const Node &n : r.graph.nodes)
            QVERIFY2(n.op != QLatin1String("Permute"), qPrintable(n.name));
        QCOMPARE(r.graph.nodes[r.graph.nodeIndex(QStringLiteral("conv2d.relu"))].module,
                 QStringLiteral("conv2d"));
        // None time dimension → "seq"; float ids feeding an Embedding → int64.
        const ImportResult t = KerasImporter::importFile(fixture(QStringLiteral("lstm_text_classifier.json")));
        QCOMPARE(t.graph.inputs[0].shape, (Shape{kBatchDim, kSeqDim}));
        QCOMPARE(t.graph.inputs[0].dtype, DType::Int64);
    }

    void layoutPermutesWhereNeeded()
    {
        // Dense straight on an image works on Keras' last axis (channels): a channels-last view
        // first. A Conv1D on [N, L, C] needs channels first. Each view is made once per tensor.
        const QByteArray json = sequential3("[null, 6, 6, 3]",
            R"({"class_name": "Conv2D", "config": {"name": "c", "filters": 4, "kernel_size": 1}},
               {"class_name": "Dense", "config": {"name": "d", "units": 5}},
               {"class_name": "Reshape", "config": {"name": "r", "target_shape": [36, 5]}},
               {"class_name": "Conv1D", "config": {"name": "c1", "filters": 2, "kernel_size": 3, "padding": "same"}})");
        const ImportResult r = KerasImporter::importJson(json, QStringLiteral("inline.json"));
        QStringList ops;
        for (const Node &n : r.graph.nodes)
            ops << n.op;
        QCOMPARE(ops, (words({"Conv2d", "Permute", "Linear", "Reshape", "Permute", "Conv1d"})));
        const AnalysedGraph a = analyse(r.graph, 2, 8, m_runtimes);
        QCOMPARE(outputShape(r.graph, a, QStringLiteral("d")), (Shape{2, 6, 6, 5}));
        QCOMPARE(outputShape(r.graph, a, QStringLiteral("c1")), (Shape{2, 2, 36}));
        // 3·4 + 4, 4·5 + 5, 3·5·2 + 2
        QCOMPARE(kerasTotal(a), qint64(16 + 25 + 32));
    }

    void smallModels_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("node");
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<qint64>("total");
        // Batch 2 throughout; totals by hand from Keras' weight shapes.
        // 2 directions × (3·4·(3 + 4) + 2·12) = 216; "sum" adds the halves: width 4.
        QTest::newRow("Bidirectional GRU, merge sum")
            << sequential3("[null, 7, 3]", R"({"class_name": "Bidirectional", "config": {"name": "b", "merge_mode": "sum",
                   "layer": {"class_name": "GRU", "config": {"name": "g", "units": 4, "return_sequences": true}}}})")
            << "b.sum" << Shape{2, 7, 4} << qint64(216);
        // 3·3·3·4 + 4 = 112; Keras' [N, 3, 8, 8] is already channels-first.
        QTest::newRow("channels_first Conv2D")
            << sequential3("[null, 3, 8, 8]", R"({"class_name": "Conv2D", "config": {"name": "c", "filters": 4,
                   "kernel_size": [3, 3], "padding": "same", "data_format": "channels_first"}})")
            << "c" << Shape{2, 4, 8, 8} << qint64(112);
        // BatchNormalization of 6 features on a sequence (4·6) + LayerNormalization (2·6).
        QTest::newRow("BN on a sequence, LayerNorm, Softmax")
            << sequential3("[null, 5, 6]", R"({"class_name": "BatchNormalization", "config": {"name": "bn", "axis": -1}},
                   {"class_name": "LayerNormalization", "config": {"name": "ln", "axis": [2]}},
                   {"class_name": "Softmax", "config": {"name": "sm", "axis": -1}})")
            << "sm" << Shape{2, 5, 6} << qint64(36);
        // ceil(9 / 2) = 5 (total padding (5 − 1)·2 + 3 − 9 = 2, symmetric); keepdims → [N, C, 1, 1].
        QTest::newRow("average pooling same, global keepdims")
            << sequential3("[null, 9, 9, 2]", R"({"class_name": "AveragePooling2D", "config": {"name": "p",
                   "pool_size": [3, 3], "strides": [2, 2], "padding": "same"}},
                   {"class_name": "GlobalAveragePooling2D", "config": {"name": "g", "keepdims": true}})")
            << "g" << Shape{2, 2, 1, 1} << qint64(0);
        // two Dense(4) on 4 features: 2·20; Multiply of three chains two Mul nodes.
        QTest::newRow("Multiply of three")
            << functional2("[null, 4]", R"({"class_name": "Dense", "name": "a", "config": {"name": "a", "units": 4},
                    "inbound_nodes": [[["x", 0, 0, {}]]]},
                   {"class_name": "Dense", "name": "b", "config": {"name": "b", "units": 4},
                    "inbound_nodes": [[["x", 0, 0, {}]]]},
                   {"class_name": "Multiply", "name": "m", "config": {"name": "m"},
                    "inbound_nodes": [[["x", 0, 0, {}], ["a", 0, 0, {}], ["b", 0, 0, {}]]]})", "m")
            << "m" << Shape{2, 4} << qint64(40);
        // Permute(2, 1) → [N, 5, 3]; Dense(2): 3·2 + 2.
        QTest::newRow("Permute, LeakyReLU, Dense")
            << sequential3("[null, 3, 5]", R"({"class_name": "Permute", "config": {"name": "p", "dims": [2, 1]}},
                   {"class_name": "LeakyReLU", "config": {"name": "lr", "alpha": 0.1}},
                   {"class_name": "Dense", "config": {"name": "d", "units": 2}})")
            << "d" << Shape{2, 5, 2} << qint64(8);
        // Keras: 5·2 + max(3 − 2, 0) = 11; kernel [3, 3, 3, 2] + bias 3 = 57.
        QTest::newRow("Conv2DTranspose valid")
            << sequential3("[null, 5, 5, 2]", R"({"class_name": "Conv2DTranspose", "config": {"name": "t", "filters": 3,
                   "kernel_size": [3, 3], "strides": [2, 2], "padding": "valid"}})")
            << "t" << Shape{2, 3, 11, 11} << qint64(57);
        // 24 elements per sample → [8, 3]; Dense(1): 3 + 1.
        QTest::newRow("Reshape with -1")
            << sequential3("[null, 4, 6]", R"({"class_name": "Reshape", "config": {"name": "r", "target_shape": [-1, 3]}},
                   {"class_name": "Dense", "config": {"name": "d", "units": 1}})")
            << "d" << Shape{2, 8, 1} << qint64(4);
        // Activation layers (gelu, swish, linear: no node) and an "elu" argument; Dense 4·2 + 2.
        QTest::newRow("activations")
            << sequential3("[null, 4]", R"({"class_name": "Activation", "config": {"name": "a1", "activation": "gelu"}},
                   {"class_name": "Activation", "config": {"name": "a2", "activation": "swish"}},
                   {"class_name": "Activation", "config": {"name": "a3", "activation": "linear"}},
                   {"class_name": "Dense", "config": {"name": "d", "units": 2, "activation": "elu"}})")
            << "d.elu" << Shape{2, 2} << qint64(10);
        // depthwise 3·4, pointwise 4·8, bias 8.
        QTest::newRow("SeparableConv1D")
            << sequential3("[null, 10, 4]", R"({"class_name": "SeparableConv1D", "config": {"name": "s", "filters": 8,
                   "kernel_size": [3], "padding": "same"}})")
            << "s" << Shape{2, 8, 10} << qint64(52);
    }
    void smallModels()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, node);
        QFETCH(Shape, shape);
        QFETCH(qint64, total);
        const ImportResult r = KerasImporter::importJson(json, QStringLiteral("inline.json"));
        QVERIFY2(r.graph.nodeIndex(node) >= 0, qPrintable(node));
        const AnalysedGraph a = analyse(r.graph, 2, 8, m_runtimes);
        QCOMPARE(outputShape(r.graph, a, node), shape);
        QCOMPARE(kerasTotal(a), total);
    }

    void callFormsAgree()
    {
        // MultiHeadAttention(query, value): Keras 2 passes value in the node's kwargs, Keras 3
        // as a keyword here; cross-attention gives q, k, v inputs (key defaults to value).
        // Parameters by Keras' shapes: Dense 8·8 + 8 = 72; Q, K, V kernels [8, 2, 4] + biases
        // [2, 4] → 3·72 = 216; output kernel [2, 4, 8] + bias [8] → 72.
        const QByteArray dense = R"({"class_name": "Dense", "name": "v", "config": {"name": "v", "units": 8},
                                     "inbound_nodes": [[["x", 0, 0, {}]]]},)";
        const QByteArray k2 = functional2("[null, 5, 8]", QByteArray(dense + R"(
            {"class_name": "MultiHeadAttention", "name": "mha",
             "config": {"name": "mha", "num_heads": 2, "key_dim": 4, "value_dim": null},
             "inbound_nodes": [[["x", 0, 0, {"value": ["v", 0, 0], "use_causal_mask": true}]]]})").constData(), "mha");
        const QByteArray tensorX = R"({"class_name": "__keras_tensor__", "config": {"shape": [null, 5, 8], "dtype": "float32", "keras_history": ["x", 0, 0]}})";
        const QByteArray tensorV = R"({"class_name": "__keras_tensor__", "config": {"shape": [null, 5, 8], "dtype": "float32", "keras_history": ["v", 0, 0]}})";
        const QByteArray k3 = R"({"module": "keras.src.models.functional", "class_name": "Functional",
            "config": {"name": "m", "trainable": true, "layers": [
              {"module": "keras.layers", "class_name": "InputLayer", "name": "x", "inbound_nodes": [],
               "config": {"batch_shape": [null, 5, 8], "dtype": "float32", "name": "x"}},
              {"module": "keras.layers", "class_name": "Dense", "name": "v", "config": {"name": "v", "units": 8},
               "inbound_nodes": [{"args": [)" + tensorX + R"(], "kwargs": {}}]},
              {"module": "keras.layers", "class_name": "MultiHeadAttention", "name": "mha",
               "config": {"name": "mha", "num_heads": 2, "key_dim": 4},
               "inbound_nodes": [{"args": [)" + tensorX + R"(], "kwargs": {"value": )" + tensorV
                                + R"(, "use_causal_mask": true}}]}],
            "input_layers": [["x", 0, 0]], "output_layers": [["mha", 0, 0]]}})";
        for (const QByteArray &json : {k2, k3}) {
            const ImportResult r = KerasImporter::importJson(json, QStringLiteral("inline.json"));
            const Node &mha = r.graph.nodes[r.graph.nodeIndex(QStringLiteral("mha"))];
            QCOMPARE(mha.inputs, (words({"x", "v", "v"})));
            QCOMPARE(mha.attrs.value(QLatin1String("causal")).toBool(), true);
            const AnalysedGraph a = analyse(r.graph, 2, 8, m_runtimes);
            QCOMPARE(kerasTotal(a), qint64(72 + 216 + 72));
        }
    }

    void frozenLayersAndSharedCalls()
    {
        // trainable: false freezes the layer's nodes; a layer called twice is counted per call.
        const QByteArray json = functional2("[null, 3]", R"(
            {"class_name": "Dense", "name": "d", "config": {"name": "d", "units": 3, "trainable": false},
             "inbound_nodes": [[["x", 0, 0, {}]], [["d", 0, 0, {}]]]},
            {"class_name": "Dense", "name": "out", "config": {"name": "out", "units": 1, "activation": "sigmoid"},
             "inbound_nodes": [[["d", 1, 0, {}]]]})", "out");
        const ImportResult r = KerasImporter::importJson(json, QStringLiteral("inline.json"));
        QVERIFY(r.graph.nodeIndex(QStringLiteral("d_call2")) >= 0);
        QVERIFY(!r.graph.nodes[r.graph.nodeIndex(QStringLiteral("d"))].trainable);
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("called 2 time")));
        const AnalysedGraph a = analyse(r.graph, 2, 8, m_runtimes);
        QCOMPARE(kerasTotal(a), qint64(2 * 12 + 4));
        QCOMPARE(a.trainableParameterCount(), qint64(4));
    }

    void opAttributesForKeras_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("attrs");
        QTest::addColumn<qint64>("parameters");
        const auto attrs = [](std::initializer_list<std::pair<const char *, QJsonValue>> list) {
            QJsonObject o;
            for (const auto &[k, v] : list)
                o.insert(QLatin1String(k), v);
            return o;
        };
        // Input width 8, hidden 4: PyTorch's two bias vectors 4·4·(8 + 4) + 2·16 = 224;
        // Keras' one: 192 + 16 = 208. GRU: 3·4·12 + 2·12 = 168 or + 12 = 156.
        QTest::newRow("LSTM, PyTorch biases") << "LSTM" << attrs({{"hidden_size", 4}}) << qint64(224);
        QTest::newRow("LSTM, Keras bias") << "LSTM" << attrs({{"hidden_size", 4}, {"bias_vectors", 1}}) << qint64(208);
        QTest::newRow("GRU, reset_after=False") << "GRU" << attrs({{"hidden_size", 4}, {"bias_vectors", 1}}) << qint64(156);
        // Embedding 8, 2 heads: PyTorch 4·8·8 + 4·8 = 288; head_dim 8 (Keras key_dim 8): in-proj
        // [48, 8] + 48, out-proj [8, 16] + 8 = 384 + 48 + 128 + 8 = 568; value_dim 2:
        // [2·16 + 4, 8] + 36 + [8, 4] + 8 = 288 + 36 + 32 + 8 = 364.
        QTest::newRow("MHA, PyTorch") << "MultiHeadAttention" << attrs({{"embed_dim", 8}, {"num_heads", 2}}) << qint64(288);
        QTest::newRow("MHA, key_dim 8") << "MultiHeadAttention" << attrs({{"embed_dim", 8}, {"num_heads", 2}, {"head_dim", 8}}) << qint64(568);
        QTest::newRow("MHA, value_dim 2") << "MultiHeadAttention" << attrs({{"embed_dim", 8}, {"num_heads", 2}, {"head_dim", 8}, {"value_dim", 2}}) << qint64(364);
        QTest::newRow("MHA, 3 heads of 8 over 8") << "MultiHeadAttention" << attrs({{"embed_dim", 8}, {"num_heads", 3}, {"head_dim", 8}})
                                                   // [72, 8] + 72 + [8, 24] + 8
                                                   << qint64(576 + 72 + 192 + 8);
    }
    void opAttributesForKeras()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, attrs);
        QFETCH(qint64, parameters);
        Graph g;
        g.inputs = {input("x", {kBatchDim, 5, 8})};
        Node n = node("n", "LSTM", {QStringLiteral("x")}, attrs);
        n.op = op;
        g.nodes = {n};
        const AnalysedGraph a = analyse(g, 2, 8, m_runtimes);
        QCOMPARE(a.parameterCount(), parameters);
        QVERIFY(a.nodes[0].outcome.forwardFlops > 0.0);
    }

    void opAttributesRejectNonsense()
    {
        Graph g;
        g.inputs = {input("x", {kBatchDim, 5, 8})};
        g.nodes = {node("rnn", "LSTM", {QStringLiteral("x")},
                        {{QStringLiteral("hidden_size"), 4}, {QStringLiteral("bias_vectors"), 3}})};
        QVERIFY_THROWS_EXCEPTION(ModelError, analyse(g, 2, 8, m_runtimes));
        g.nodes = {node("att", "MultiHeadAttention", {QStringLiteral("x")},
                        {{QStringLiteral("embed_dim"), 8}, {QStringLiteral("num_heads"), 2},
                         {QStringLiteral("head_dim"), 0}})};
        QVERIFY_THROWS_EXCEPTION(ModelError, analyse(g, 2, 8, m_runtimes));
    }

private:
    RuntimeCatalogue m_runtimes; ///< with TestSupport's "test" runtime
    RuntimeCatalogue m_realRuntimes;
    DeviceCatalogue m_devices;
};

QTEST_GUILESS_MAIN(TestKerasImporter)
#include "tst_kerasimporter.moc"
