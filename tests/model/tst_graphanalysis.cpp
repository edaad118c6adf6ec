// Bad graphs: one clear, translated message naming the node or field, never a crash.

#include "GraphAnalysis.h"
#include "ModelError.h"
#include "PrecisionPolicy.h"
#include "TestSupport.h"

#include <QTest>

Q_DECLARE_METATYPE(memplanner::Graph)

using namespace memplanner;
using namespace memplanner::test;

class TestGraphAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void rejectsBadGraphs_data();
    void rejectsBadGraphs();
    void shapesAreInferred();
};

namespace {

Graph withNodes(QList<Node> nodes, QList<GraphInput> inputs = {input("x", {kBatchDim, 4})})
{
    Graph g;
    g.inputs = std::move(inputs);
    g.nodes = std::move(nodes);
    return g;
}

const QJsonObject out2{{QStringLiteral("out_features"), 2}};

} // namespace

void TestGraphAnalysis::rejectsBadGraphs_data()
{
    QTest::addColumn<Graph>("graph");
    QTest::addColumn<qint64>("batch");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown op") << withNodes({node("mystery", "Frobnicate", {QStringLiteral("x")})}) << qint64(2) << "Frobnicate";
    QTest::newRow("dangling edge") << withNodes({node("fc", "Linear", {QStringLiteral("nowhere")}, out2)}) << qint64(2) << "nowhere";
    QTest::newRow("cycle") << withNodes({node("a", "Add", {QStringLiteral("x"), QStringLiteral("b")}),
                                         node("b", "ReLU", {QStringLiteral("a")})})
                           << qint64(2) << "cycle";
    QTest::newRow("shape mismatch") << withNodes({node("fc", "Linear", {QStringLiteral("x")}, out2),
                                                  node("sum", "Add", {QStringLiteral("fc"), QStringLiteral("x")})})
                                    << qint64(2) << "sum";
    QTest::newRow("missing attribute") << withNodes({node("fc", "Linear", {QStringLiteral("x")})}) << qint64(2) << "out_features";
    QTest::newRow("wrong arity") << withNodes({node("sum", "Add", {QStringLiteral("x")})}) << qint64(2) << "sum";
    QTest::newRow("duplicate name") << withNodes({node("x", "ReLU", {QStringLiteral("x")})}) << qint64(2) << "x";
    QTest::newRow("zero batch") << withNodes({node("fc", "Linear", {QStringLiteral("x")}, out2)}) << qint64(0) << "batch";
    QTest::newRow("negative batch") << withNodes({node("fc", "Linear", {QStringLiteral("x")}, out2)}) << qint64(-3) << "batch";
    QTest::newRow("absurd batch") << withNodes({node("fc", "Linear", {QStringLiteral("x")}, out2)}) << (qint64(1) << 50) << "batch";
    // 10^6 × 10^7 × 10^7 floats overflow 64-bit bytes.
    QTest::newRow("overflow") << withNodes({node("fc", "Linear", {QStringLiteral("x")}, out2)},
                                           {input("x", {kBatchDim, 10000000, 10000000})})
                              << qint64(1000000) << "overflow";
    QTest::newRow("conv window too large") << withNodes({node("conv", "Conv2d", {QStringLiteral("x")},
                                                              {{QStringLiteral("out_channels"), 4}, {QStringLiteral("kernel"), 9}})},
                                                        {input("x", {kBatchDim, 3, 4, 4})})
                                           << qint64(2) << "conv";
}

void TestGraphAnalysis::rejectsBadGraphs()
{
    QFETCH(Graph, graph);
    QFETCH(qint64, batch);
    QFETCH(QString, mentions);
    AnalysisOptions o;
    o.batch = batch;
    o.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    const RuntimeCatalogue runtimes = testRuntimes();
    o.runtime = &runtimes.require(QStringLiteral("test"));
    try {
        AnalysedGraph::analyse(graph, o);
        QFAIL("the bad graph was accepted");
    } catch (const ModelError &e) {
        QVERIFY2(e.message().contains(mentions, Qt::CaseInsensitive), qPrintable(e.message()));
    }
}

void TestGraphAnalysis::shapesAreInferred()
{
    // ResNet's stem: 224 → conv 7×7/2 pad 3 → 112 → max-pool 3/2 pad 1 → 56.
    const Graph g = withNodes({node("conv", "Conv2d", {QStringLiteral("x")},
                                    {{QStringLiteral("out_channels"), 64}, {QStringLiteral("kernel"), 7},
                                     {QStringLiteral("stride"), 2}, {QStringLiteral("padding"), 3}}),
                               node("pool", "MaxPool2d", {QStringLiteral("conv")},
                                    {{QStringLiteral("kernel"), 3}, {QStringLiteral("stride"), 2}, {QStringLiteral("padding"), 1}})},
                              {input("x", {kBatchDim, 3, 224, 224})});
    AnalysisOptions o;
    o.batch = 8;
    o.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    const RuntimeCatalogue runtimes = testRuntimes();
    o.runtime = &runtimes.require(QStringLiteral("test"));
    const AnalysedGraph a = AnalysedGraph::analyse(g, o);
    QCOMPARE(a.tensors[a.nodes[0].outputs[0]].type.shape, (std::vector<std::int64_t>{8, 64, 112, 112}));
    QCOMPARE(a.tensors[a.nodes[1].outputs[0]].type.shape, (std::vector<std::int64_t>{8, 64, 56, 56}));
    // Affine sizes: 64·56·56·4 = 802,816 bytes per sample, nothing fixed.
    QCOMPARE(a.tensors[a.nodes[1].outputs[0]].bytes, (Affine{0, 802816}));
}

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "tst_graphanalysis.moc"
