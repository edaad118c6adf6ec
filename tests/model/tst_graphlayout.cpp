// GraphLayout: every input and node placed, producers above consumers, no overlaps, same
// answer every time, on hand-written graphs and on every built-in network.

#include "GraphLayout.h"
#include "ProjectFile.h"
#include "SyntheticGraphs.h"
#include "TestSupport.h"

#include <QRectF>
#include <QTest>

using namespace memplanner;
using memplanner::test::chainWithSkips;
using memplanner::test::input;
using memplanner::test::node;

namespace {

/** A diamond with a skip connection, a multi-output reference and a late label input. */
Graph diamond()
{
    Graph g;
    g.inputs << input("x", {kBatchDim, 8}) << input("label", {kBatchDim}, DType::Int64);
    g.nodes << node("a", "Linear", {QStringLiteral("x")})
            << node("b", "ReLU", {QStringLiteral("a")})
            << node("c", "Linear", {QStringLiteral("a")})
            << node("split", "Split", {QStringLiteral("c")})
            << node("d", "Add", {QStringLiteral("b"), QStringLiteral("split:1")})
            << node("e", "Add", {QStringLiteral("d"), QStringLiteral("x")})
            << node("loss", "CrossEntropy", {QStringLiteral("e"), QStringLiteral("label")});
    return g;
}

void checkLayout(const Graph &graph)
{
    const GraphLayout::Options options;
    const QHash<QString, QPointF> positions = GraphLayout::layout(graph, options);

    // Every input and node has a position (and nothing else does).
    QCOMPARE(positions.size(), graph.inputs.size() + graph.nodes.size());
    for (const GraphInput &in : graph.inputs)
        QVERIFY2(positions.contains(in.name), qPrintable(in.name));
    for (const Node &n : graph.nodes)
        QVERIFY2(positions.contains(n.name), qPrintable(n.name));

    // A producer's box is strictly above each consumer's.
    for (const Node &n : graph.nodes) {
        for (const QString &ref : n.inputs) {
            const QString producer = splitTensorRef(ref).first;
            QVERIFY2(positions.value(producer).y() < positions.value(n.name).y(),
                     qPrintable(producer + QLatin1String(" → ") + n.name));
        }
    }

    // No two boxes overlap: sort by y, then compare boxes of equal y (layers are whole rows).
    QList<QRectF> boxes;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        boxes << QRectF(it.value(), options.nodeSize);
    std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) {
        return a.y() < b.y() || (a.y() == b.y() && a.x() < b.x());
    });
    for (qsizetype i = 0; i + 1 < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size() && boxes.at(j).y() < boxes.at(i).bottom();
             ++j) {
            QVERIFY2(!boxes.at(i).intersects(boxes.at(j)),
                     qPrintable(QStringLiteral("overlap at %1,%2")
                                        .arg(boxes.at(j).x())
                                        .arg(boxes.at(j).y())));
        }
    }

    // Deterministic.
    QCOMPARE(GraphLayout::layout(graph, options), positions);
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void handWritten_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("diamond with skip and split:1") << 0;
        QTest::newRow("chain of 200 with skips") << 1;
        QTest::newRow("empty graph") << 2;
    }
    void handWritten()
    {
        QFETCH(int, which);
        const Graph g = which == 0 ? diamond() : which == 1 ? chainWithSkips(200) : Graph();
        checkLayout(g);
    }

    void diamondShape()
    {
        const QHash<QString, QPointF> p = GraphLayout::layout(diamond());
        // Longest path x → a → c → split → d → e → loss: 7 layers; "label" is a source
        // pulled down to the layer just above the loss, beside "e".
        QCOMPARE(p.value(QStringLiteral("x")).y(), 0.0);
        QCOMPARE(p.value(QStringLiteral("label")).y(), p.value(QStringLiteral("e")).y());
        QVERIFY(p.value(QStringLiteral("label")).x() != p.value(QStringLiteral("e")).x());
    }

    void cycleStillPlaced()
    {
        // A cycle cannot be planned, but the editor must still show every node.
        Graph g;
        g.inputs << input("x", {kBatchDim, 8});
        g.nodes << node("a", "Add", {QStringLiteral("x"), QStringLiteral("b")})
                << node("b", "ReLU", {QStringLiteral("a")})
                << node("c", "ReLU", {QStringLiteral("missing")});
        const QHash<QString, QPointF> p = GraphLayout::layout(g);
        QCOMPARE(p.size(), 4);
    }

    void builtinNetworks_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : ProjectFile::builtinNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void builtinNetworks()
    {
        QFETCH(QString, name);
        checkLayout(ProjectFile::load(QStringLiteral("builtin:") + name).graph);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
