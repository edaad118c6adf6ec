// GraphScene (with GraphView): every edit through the scene is one undo command on the stack;
// the scene follows the document on undo/redo; refused edits push nothing.

#include "Device.h"
#include "Document.h"
#include "EdgeItem.h"
#include "GraphLayout.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "GroupItem.h"
#include "NodeItem.h"
#include "Planner.h"
#include "ProjectFile.h"
#include "RuntimeProfile.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace memplanner;

namespace {

Node makeNode(const char *name, const char *op, QStringList inputs, const char *module = "")
{
    Node n;
    n.name = QLatin1String(name);
    n.op = QLatin1String(op);
    n.inputs = std::move(inputs);
    n.module = QLatin1String(module);
    return n;
}

/** x → a (ReLU) → b (ReLU), and c (ReLU) with no input yet; a and b in module "blk". */
Project smallProject()
{
    Project p;
    p.graph.name = QStringLiteral("small");
    GraphInput x;
    x.name = QStringLiteral("x");
    x.shape = {kBatchDim, 8};
    p.graph.inputs << x;
    p.graph.nodes << makeNode("a", "ReLU", {QStringLiteral("x")}, "blk.first")
                  << makeNode("b", "ReLU", {QStringLiteral("a")}, "blk.second")
                  << makeNode("c", "ReLU", {});
    return p;
}

const Node &nodeNamed(const Document &doc, const char *name)
{
    const int index = doc.graph().nodeIndex(QLatin1String(name));
    Q_ASSERT(index >= 0);
    return doc.graph().nodes.at(index);
}

} // namespace

class TestGraphScene : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<GraphScene> m_scene;

    QStringList inputsOf(const char *name) const { return nodeNamed(*m_doc, name).inputs; }

private slots:
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->resetProject(smallProject());
        m_stack = std::make_unique<QUndoStack>();
        m_scene = std::make_unique<GraphScene>(*m_doc, *m_stack);
    }
    void cleanup()
    {
        m_scene.reset();
        m_stack.reset();
        m_doc.reset();
    }

    void buildsItemsAndEdges()
    {
        for (const char *name : {"x", "a", "b", "c"})
            QVERIFY(m_scene->itemFor(QLatin1String(name)));
        QCOMPARE(m_scene->itemFor(QStringLiteral("b"))->inEdges().size(), 1);
        QCOMPARE(m_scene->itemFor(QStringLiteral("a"))->outEdges().size(), 1);
        // No stored positions: GraphLayout placed them, producers above consumers.
        QVERIFY(m_scene->itemPosition(QStringLiteral("a")).y()
                < m_scene->itemPosition(QStringLiteral("b")).y());
    }

    void addNodeUndoRedo()
    {
        const QString name = m_scene->addNode(QStringLiteral("GELU"), QPointF(500, 300));
        QCOMPARE(name, QStringLiteral("gelu"));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Add GELU"));
        QVERIFY(m_doc->graph().nodeIndex(name) >= 0);
        // Centred on the drop point.
        QCOMPARE(m_scene->itemFor(name)->sceneBoundingRect().center().x(), 500.0);
        QCOMPARE(m_scene->selectedNames(), QStringList{name});
        m_stack->undo();
        QCOMPARE(m_doc->graph().nodeIndex(name), -1);
        QVERIFY(!m_scene->itemFor(name));
        m_stack->redo();
        QVERIFY(m_scene->itemFor(name));
        QCOMPARE(m_scene->itemPosition(name), QPointF(500, 300) - NodeItem::box().center());

        // Unknown ops are refused.
        QSignalSpy refused(m_scene.get(), &GraphScene::editRefused);
        QVERIFY(m_scene->addNode(QStringLiteral("NoSuchOp"), QPointF()).isEmpty());
        QCOMPARE(refused.size(), 1);
        QCOMPARE(m_stack->count(), 1);
    }

    void dropFromPalette()
    {
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(GraphScene::kOpMimeType), QByteArrayLiteral("Linear"));
        QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
        drop.setMimeData(mime);
        drop.setScenePos(QPointF(50, 700));
        QApplication::sendEvent(m_scene.get(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(m_doc->graph().nodeIndex(QStringLiteral("linear")) >= 0);
        QCOMPARE(m_stack->count(), 1);
        delete mime;
    }

    void connectViaApi()
    {
        QVERIFY(m_scene->connectNodes(QStringLiteral("b"), QStringLiteral("c")));
        QCOMPARE(inputsOf("c"), QStringList{QStringLiteral("b")});
        QCOMPARE(m_scene->itemFor(QStringLiteral("c"))->inEdges().size(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Connect b to c"));
        m_stack->undo();
        QVERIFY(inputsOf("c").isEmpty());
        QCOMPARE(m_scene->itemFor(QStringLiteral("c"))->inEdges().size(), 0);
        QCOMPARE(m_scene->itemFor(QStringLiteral("b"))->outEdges().size(), 0);
    }

    void connectViaMouse()
    {
        GraphView view(m_scene.get());
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        NodeItem *from = m_scene->itemFor(QStringLiteral("b"));
        NodeItem *to = m_scene->itemFor(QStringLiteral("c"));
        view.centerOn(from);
        const QPoint start = view.mapFromScene(from->outputPort());
        const QPoint end = view.mapFromScene(to->sceneBoundingRect().center());
        QVERIFY(view.viewport()->rect().contains(start));
        QVERIFY(view.viewport()->rect().contains(end));
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), (start + end) / 2);
        QTest::mouseMove(view.viewport(), end);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
        QCOMPARE(inputsOf("c"), QStringList{QStringLiteral("b")});
        QCOMPARE(m_stack->count(), 1);
        // The drag started on a port: nothing moved.
        QVERIFY(!m_doc->position(QStringLiteral("b")));
    }

    void refusedCycle()
    {
        QSignalSpy refused(m_scene.get(), &GraphScene::editRefused);
        QVERIFY(!m_scene->connectNodes(QStringLiteral("b"), QStringLiteral("a")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QLatin1String("cycle")));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(inputsOf("a"), QStringList{QStringLiteral("x")});
        // Feeding a graph input is refused too.
        QVERIFY(!m_scene->connectNodes(QStringLiteral("a"), QStringLiteral("x")));
        QCOMPARE(m_stack->count(), 0);
    }

    void moveThenUndo()
    {
        GraphView view(m_scene.get());
        view.resize(1000, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        NodeItem *item = m_scene->itemFor(QStringLiteral("c"));
        const QPointF before = item->pos();
        view.centerOn(item);
        const QPoint start = view.mapFromScene(item->sceneBoundingRect().center()
                                               - QPointF(0, 10));
        const QPoint end = start + QPoint(60, 40);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        // Past the drag distance in small steps, as a hand does.
        for (int k = 1; k <= 6; ++k)
            QTest::mouseMove(view.viewport(), start + (end - start) * k / 6);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, end);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Move"));
        const QPointF after = item->pos();
        QVERIFY(after != before);
        QCOMPARE(m_doc->position(QStringLiteral("c")).value_or(QPointF()), after);
        m_stack->undo();
        QVERIFY(!m_doc->position(QStringLiteral("c")));
        QCOMPARE(item->pos(), before);
        m_stack->redo();
        QCOMPARE(item->pos(), after);
    }

    void deleteThenUndo()
    {
        m_scene->selectNames({QStringLiteral("a")});
        m_scene->deleteSelection();
        QCOMPARE(m_doc->graph().nodeIndex(QStringLiteral("a")), -1);
        QVERIFY(inputsOf("b").isEmpty());
        QVERIFY(!m_scene->itemFor(QStringLiteral("a")));
        QCOMPARE(m_scene->itemFor(QStringLiteral("b"))->inEdges().size(), 0);
        QCOMPARE(m_scene->itemFor(QStringLiteral("x"))->outEdges().size(), 0);
        m_stack->undo();
        QCOMPARE(inputsOf("a"), QStringList{QStringLiteral("x")});
        QCOMPARE(inputsOf("b"), QStringList{QStringLiteral("a")});
        QCOMPARE(m_scene->itemFor(QStringLiteral("b"))->inEdges().size(), 1);
        QCOMPARE(m_scene->itemFor(QStringLiteral("b"))->inEdges().first()->producer(),
                 m_scene->itemFor(QStringLiteral("a")));
        QCOMPARE(m_scene->itemFor(QStringLiteral("x"))->outEdges().size(), 1);
    }

    void disconnectSelectedEdge()
    {
        EdgeItem *edge = m_scene->itemFor(QStringLiteral("b"))->inEdges().first();
        m_scene->clearSelection();
        edge->setSelected(true);
        QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
        QApplication::sendEvent(m_scene.get(), &del);
        QVERIFY(inputsOf("b").isEmpty());
        QCOMPARE(m_stack->undoText(), QStringLiteral("Disconnect"));
        QVERIFY(m_doc->graph().nodeIndex(QStringLiteral("a")) >= 0);
        m_stack->undo();
        QCOMPARE(inputsOf("b"), QStringList{QStringLiteral("a")});
    }

    void copyPasteRenames()
    {
        m_scene->selectNames({QStringLiteral("a"), QStringLiteral("b")});
        m_scene->copy();
        QVERIFY(m_scene->canPaste());
        m_scene->paste();
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Paste"));
        // Unique names; b_2 reads the pasted a_2; a_2 still reads the graph input x.
        QCOMPARE(inputsOf("a_2"), QStringList{QStringLiteral("x")});
        QCOMPARE(inputsOf("b_2"), QStringList{QStringLiteral("a_2")});
        QCOMPARE(m_scene->selectedNames(), (QStringList{QStringLiteral("a_2"),
                                                        QStringLiteral("b_2")}));
        // The copies do not cover any existing box.
        for (const char *name : {"a_2", "b_2"}) {
            const QRectF pasted = m_scene->itemFor(QLatin1String(name))->sceneBoundingRect();
            for (const char *other : {"x", "a", "b", "c"}) {
                const QRectF box = NodeItem::box().translated(
                        m_scene->itemPosition(QLatin1String(other)));
                QVERIFY2(!NodeItem::box().translated(pasted.topLeft() + QPointF(2, 7))
                                  .intersects(box),
                         name);
            }
        }
        // Pasting again gives a_3, b_3.
        m_scene->paste();
        QCOMPARE(inputsOf("b_3"), QStringList{QStringLiteral("a_3")});
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_doc->graph().nodes.size(), 3);

        // Cut removes, paste puts them back under the original names in place.
        m_scene->selectNames({QStringLiteral("c")});
        const QPointF where = m_scene->itemPosition(QStringLiteral("c"));
        m_scene->cut();
        QCOMPARE(m_stack->undoText(), QStringLiteral("Cut"));
        QCOMPARE(m_doc->graph().nodeIndex(QStringLiteral("c")), -1);
        m_scene->paste();
        QVERIFY(m_doc->graph().nodeIndex(QStringLiteral("c")) >= 0);
        QCOMPARE(m_scene->itemPosition(QStringLiteral("c")), where);
    }

    void groupCollapseHidesMembers()
    {
        QCOMPARE(m_scene->groupModules(), QStringList{QStringLiteral("blk")});
        NodeItem *a = m_scene->itemFor(QStringLiteral("a"));
        NodeItem *b = m_scene->itemFor(QStringLiteral("b"));
        QVERIFY(a->isVisible() && b->isVisible());
        m_scene->toggleGroup(QStringLiteral("blk"));
        QVERIFY(m_scene->isGroupCollapsed(QStringLiteral("blk")));
        QVERIFY(!a->isVisible());
        QVERIFY(!b->isVisible());
        // The edge x → a now ends at the group box; the inner edge a → b is hidden.
        EdgeItem *outer = a->inEdges().first();
        QVERIFY(outer->isVisible());
        QCOMPARE(outer->sceneBoundingRect().bottom() - 4, a->group()->inputPort().y());
        QVERIFY(!b->inEdges().first()->isVisible());
        // Selecting a hidden member expands its group.
        m_scene->selectNames({QStringLiteral("b")});
        QVERIFY(!m_scene->isGroupCollapsed(QStringLiteral("blk")));
        QVERIFY(b->isVisible() && b->isSelected());
        // Collapsing is view state, not an edit.
        QCOMPARE(m_stack->count(), 0);

        // A selected collapsed group is its members for delete.
        m_scene->toggleGroup(QStringLiteral("blk"));
        m_scene->clearSelection();
        a->group()->setSelected(true);
        QCOMPARE(m_scene->selectedNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void selectionSignal()
    {
        QSignalSpy changed(m_scene.get(), &GraphScene::selectedNamesChanged);
        m_scene->selectNames({QStringLiteral("c"), QStringLiteral("x")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_scene->selectedNames(), (QStringList{QStringLiteral("x"), QStringLiteral("c")}));
    }

    void arrangeIsOneStep()
    {
        m_scene->arrange();
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Arrange"));
        QVERIFY(m_doc->position(QStringLiteral("a")));
        m_stack->undo();
        QVERIFY(!m_doc->position(QStringLiteral("a")));
    }

    void planAndError()
    {
        const DeviceCatalogue devices = DeviceCatalogue::load();
        const RuntimeCatalogue runtimes = RuntimeCatalogue::load();
        Project project = ProjectFile::load(QStringLiteral("builtin:resnet18"));
        m_doc->resetProject(project);
        PlanConfig config = project.config;
        config.batch = 4;
        auto plan = std::make_shared<const Plan>(
                Planner(devices, runtimes).plan(m_doc->graph(), config));
        m_scene->setPlan(plan);
        NodeItem *conv = m_scene->itemFor(QStringLiteral("conv1"));
        QVERIFY(conv);
        // conv1: 3×224×224 → 64 channels, kernel 7, stride 2, padding 3: 112×112.
        QVERIFY2(conv->toolTip().contains(QStringLiteral("4×64×112×112")),
                 qPrintable(conv->toolTip()));
        QVERIFY(conv->toolTip().contains(QLatin1String("Saved for backward")));
        const EdgeItem *edge = conv->inEdges().first();
        QVERIFY2(edge->toolTip().contains(QStringLiteral("4×3×224×224")),
                 qPrintable(edge->toolTip()));

        m_scene->setError(QStringLiteral("conv1"), QStringLiteral("broken here"));
        QVERIFY(conv->isFlagged());
        QVERIFY(conv->toolTip().contains(QLatin1String("broken here")));
        m_scene->setError({}, {});
        QVERIFY(!conv->isFlagged());
        QVERIFY(!conv->toolTip().contains(QLatin1String("broken here")));
    }

    void resetTime()
    {
        // A ResNet-50 replicated end to end to 1,000 nodes (bench/bench_layout.cpp's graph).
        const Graph base = ProjectFile::load(QStringLiteral("builtin:resnet50")).graph;
        Project big;
        big.graph.inputs = base.inputs;
        QString last;
        for (int copy = 0; big.graph.nodes.size() < 1000; ++copy) {
            const QString prefix = QStringLiteral("c%1.").arg(copy);
            for (const Node &original : base.nodes) {
                if (big.graph.nodes.size() >= 1000)
                    break;
                Node n = original;
                n.name = prefix + n.name;
                n.module = prefix + n.module;
                for (QString &ref : n.inputs) {
                    if (base.inputIndex(ref) >= 0)
                        ref = copy > 0 && ref == base.inputs.first().name ? last : ref;
                    else
                        ref = prefix + ref;
                }
                big.graph.nodes << n;
            }
            last = big.graph.nodes.last().name;
        }
        QElapsedTimer timer;
        timer.start();
        m_doc->resetProject(big);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        qInfo("scene reset, 1,000 nodes (with automatic layout): %.1f ms", ms);
        QCOMPARE(m_scene->items().size() > 2000, true);
        timer.start();
        m_scene->arrange();
        qInfo("arrange (one undo step, 1,000 nodes moved): %.1f ms",
              double(timer.nsecsElapsed()) / 1e6);
        timer.start();
        m_scene->selectNames({QStringLiteral("c0.conv1")});
        m_scene->deleteSelection();
        m_stack->undo();
        qInfo("delete + undo of one node in 1,000: %.1f ms", double(timer.nsecsElapsed()) / 1e6);
    }
};

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
