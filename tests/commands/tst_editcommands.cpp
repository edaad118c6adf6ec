// Undo commands on the editor's document: each edit, its undo and its redo.
#include "../model/TestSupport.h"

#include "Document.h"
#include "EditCommands.h"
#include "LayerStats.h"
#include "PlanScheduler.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace memplanner;
using namespace memplanner::test;

namespace {

/** x [batch, 784] → a (ReLU) → b (ReLU), with editor positions. */
Project chainProject()
{
    Project p;
    p.graph.name = QStringLiteral("chain");
    p.graph.inputs.append(input("x", {kBatchDim, 784}));
    p.graph.nodes.append(node("a", "ReLU", {QStringLiteral("x")}));
    p.graph.nodes.append(node("b", "ReLU", {QStringLiteral("a")}));
    p.layout.insert(QStringLiteral("a"), QJsonArray{10, 20});
    p.layout.insert(QStringLiteral("b"), QJsonArray{10, 120});
    p.config = config(7);
    p.hasConfig = true;
    return p;
}

QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QLatin1String(item));
    return out;
}

QStringList nodeNames(const Document &d)
{
    QStringList names;
    for (const Node &n : d.graph().nodes)
        names.append(n.name);
    return names;
}

} // namespace

class TestEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void addNodeUndoRedo()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        PlacedNode placed{node("fc", "Linear", {QStringLiteral("b")},
                               QJsonObject{{QStringLiteral("out_features"), 10}}),
                          QPointF(5, 300)};
        stack.push(new AddItemsCommand(&d, {}, {placed}, QStringLiteral("add")));
        QCOMPARE(nodeNames(d), names({"a", "b", "fc"}));
        QCOMPARE(d.position(QStringLiteral("fc")), std::optional<QPointF>(QPointF(5, 300)));
        stack.undo();
        QCOMPARE(nodeNames(d), names({"a", "b"}));
        QVERIFY(!d.position(QStringLiteral("fc")));
        stack.redo();
        QCOMPARE(nodeNames(d), names({"a", "b", "fc"}));
    }

    void removeDropsAndRestoresReferences()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        stack.push(new RemoveItemsCommand(&d, {QStringLiteral("a")}, QStringLiteral("remove")));
        QCOMPARE(nodeNames(d), names({"b"}));
        QVERIFY(d.graph().nodes.at(0).inputs.isEmpty()); // b no longer reads the removed a
        stack.undo();
        QCOMPARE(nodeNames(d), names({"a", "b"}));
        QCOMPARE(d.graph().nodes.at(1).inputs, QStringList{QStringLiteral("a")});
        QCOMPARE(d.position(QStringLiteral("a")), std::optional<QPointF>(QPointF(10, 20)));
        stack.redo();
        QCOMPARE(nodeNames(d), names({"b"}));
    }

    void removeGraphInput()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        stack.push(new RemoveItemsCommand(&d, {QStringLiteral("x")}, QStringLiteral("remove")));
        QVERIFY(d.graph().inputs.isEmpty());
        QVERIFY(d.graph().nodes.at(0).inputs.isEmpty());
        stack.undo();
        QCOMPARE(d.graph().inputs.size(), 1);
        QCOMPARE(d.graph().nodes.at(0).inputs, QStringList{QStringLiteral("x")});
    }

    void renameRewritesReferences()
    {
        Document d;
        Project p = chainProject();
        p.graph.nodes[1].inputs = {QStringLiteral("a:0")};
        d.resetProject(p);
        QUndoStack stack;
        Node renamed = d.graph().nodes.at(0);
        renamed.name = QStringLiteral("act");
        stack.push(new ChangeNodesCommand(&d, {{QStringLiteral("a"), renamed}}, QStringLiteral("rename")));
        QCOMPARE(nodeNames(d), names({"act", "b"}));
        QCOMPARE(d.graph().nodes.at(1).inputs, QStringList{QStringLiteral("act:0")});
        QCOMPARE(d.position(QStringLiteral("act")), std::optional<QPointF>(QPointF(10, 20)));
        stack.undo();
        QCOMPARE(nodeNames(d), names({"a", "b"}));
        QCOMPARE(d.graph().nodes.at(1).inputs, QStringList{QStringLiteral("a:0")});
        QCOMPARE(d.position(QStringLiteral("a")), std::optional<QPointF>(QPointF(10, 20)));
    }

    void changeSeveralNodesIsOneStep()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        Node a = d.graph().nodes.at(0), b = d.graph().nodes.at(1);
        a.attrs.insert(QStringLiteral("inplace"), true);
        b.attrs.insert(QStringLiteral("inplace"), true);
        stack.push(new ChangeNodesCommand(&d, {{a.name, a}, {b.name, b}}, QStringLiteral("inplace")));
        QCOMPARE(stack.count(), 1);
        QVERIFY(d.graph().nodes.at(0).attrs.value(QStringLiteral("inplace")).toBool());
        QVERIFY(d.graph().nodes.at(1).attrs.value(QStringLiteral("inplace")).toBool());
        stack.undo();
        QVERIFY(d.graph().nodes.at(0).attrs.isEmpty());
        QVERIFY(d.graph().nodes.at(1).attrs.isEmpty());
    }

    void changeInputRenamesReferences()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        GraphInput in = d.graph().inputs.at(0);
        in.name = QStringLiteral("pixels");
        in.shape = {kBatchDim, 100};
        stack.push(new ChangeInputCommand(&d, QStringLiteral("x"), in, QStringLiteral("edit")));
        QCOMPARE(d.graph().inputs.at(0).name, QStringLiteral("pixels"));
        QCOMPARE(d.graph().nodes.at(0).inputs, QStringList{QStringLiteral("pixels")});
        stack.undo();
        QCOMPARE(d.graph().inputs.at(0).name, QStringLiteral("x"));
        QCOMPARE(d.graph().inputs.at(0).shape, (std::vector<std::int64_t>{kBatchDim, 784}));
        QCOMPARE(d.graph().nodes.at(0).inputs, QStringList{QStringLiteral("x")});
    }

    void moveUndo()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        stack.push(new MoveItemsCommand(&d, {{QStringLiteral("a"), QPointF(10, 20)}},
                                        {{QStringLiteral("a"), QPointF(50, 60)}}, QStringLiteral("move")));
        QCOMPARE(d.position(QStringLiteral("a")), std::optional<QPointF>(QPointF(50, 60)));
        stack.undo();
        QCOMPARE(d.position(QStringLiteral("a")), std::optional<QPointF>(QPointF(10, 20)));
    }

    void configEditsOfOneFieldMerge()
    {
        Document d;
        d.resetProject(chainProject());
        QUndoStack stack;
        const int batchKey = 1;
        for (int b : {3, 33, 333}) {
            PlanConfig c = d.config();
            c.batch = b;
            stack.push(new SetConfigCommand(&d, c, QStringLiteral("batch"), batchKey));
        }
        QCOMPARE(stack.count(), 1); // typing "333" is one undo step
        QCOMPARE(d.config().batch, 333);
        PlanConfig c = d.config();
        c.precision = QStringLiteral("amp-bf16");
        stack.push(new SetConfigCommand(&d, c, QStringLiteral("precision")));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(d.config().precision, QStringLiteral("fp32"));
        stack.undo();
        QCOMPARE(d.config().batch, 7);
    }

    void schedulerReplansAfterEdits()
    {
        const DeviceCatalogue devices = DeviceCatalogue::load();
        const RuntimeCatalogue runtimes = testRuntimes();
        const Planner planner(devices, runtimes);
        Document d;
        Project p = chainProject();
        p.graph.nodes.append(node("fc", "Linear", {QStringLiteral("b")},
                                  QJsonObject{{QStringLiteral("out_features"), 10}}));
        PlanScheduler scheduler(&d, planner);
        QSignalSpy updated(&scheduler, &PlanScheduler::planUpdated);
        d.resetProject(p);
        QTRY_COMPARE(updated.count(), 1); // the reset is coalesced into one plan
        QVERIFY(scheduler.plan());
        // x needs no gradient and the ReLUs own no parameters, so autograd records nothing for
        // a and b. Linear(784 → 10) owns 784·10 + 10 = 7,850 parameters and, its weight being
        // trained, saves its input for the weight gradient: 7 × 784 × 4 B = 21,952 B.
        const std::vector<LayerRow> rows = LayerStats::rows(d.graph(), scheduler.plan().get());
        QCOMPARE(rows.at(2).parameters, 7850);
        QCOMPARE(rows.at(2).outputShape, (std::vector<std::int64_t>{7, 10}));
        QCOMPARE(rows.at(0).savedBytes, 0);
        QCOMPARE(rows.at(1).savedBytes, 0);
        QCOMPARE(rows.at(2).savedBytes, 21952);

        const std::int64_t peakAt7 = scheduler.plan()->memory.tensorPeak;
        QUndoStack stack;
        PlanConfig c = d.config();
        c.batch = 70;
        stack.push(new SetConfigCommand(&d, c, QStringLiteral("batch")));
        QTRY_COMPARE(updated.count(), 2);
        QVERIFY(scheduler.plan()->memory.tensorPeak > peakAt7);

        // A node reading a missing tensor: the plan fails and names the node at fault.
        Node broken = d.graph().nodes.at(2);
        broken.inputs = {QStringLiteral("nowhere")};
        stack.push(new ChangeNodesCommand(&d, {{broken.name, broken}}, QStringLiteral("break")));
        QTRY_COMPARE(updated.count(), 3);
        QVERIFY(!scheduler.plan());
        QCOMPARE(scheduler.errorNode(), QStringLiteral("fc"));
        QVERIFY(scheduler.error().contains(QStringLiteral("nowhere")));
        stack.undo();
        QTRY_COMPARE(updated.count(), 4);
        QCOMPARE(scheduler.plan()->memory.tensorPeak,
                 planner.plan(d.graph(), d.config()).memory.tensorPeak);
    }

    void renamedTensorRefs()
    {
        QCOMPARE(renamedTensorRef(QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("z")),
                 QStringLiteral("z"));
        QCOMPARE(renamedTensorRef(QStringLiteral("a:2"), QStringLiteral("a"), QStringLiteral("z")),
                 QStringLiteral("z:2"));
        QCOMPARE(renamedTensorRef(QStringLiteral("ab"), QStringLiteral("a"), QStringLiteral("z")),
                 QStringLiteral("ab"));
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
