// The layer table model: structure under edits (QAbstractItemModelTester), edits through undo.
#include "../model/TestSupport.h"

#include "Document.h"
#include "EditCommands.h"
#include "LayerTableModel.h"
#include "PlanScheduler.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace memplanner;
using namespace memplanner::test;

/** An MLP document with its undo stack, scheduler and table model, watched by the tester. */
struct TableFixture
{
    explicit TableFixture(const Planner &planner, Project project)
        : scheduler(&document, planner), model(&document, &stack, &scheduler),
          tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        document.resetProject(std::move(project));
    }
    Document document;
    QUndoStack stack;
    PlanScheduler scheduler;
    LayerTableModel model;
    QAbstractItemModelTester tester;
};

class TestLayerTableModel : public QObject
{
    Q_OBJECT

    DeviceCatalogue m_devices = DeviceCatalogue::load();
    RuntimeCatalogue m_runtimes = testRuntimes();
    Planner m_planner{m_devices, m_runtimes};

    static Project mlp()
    {
        Project p;
        p.graph.inputs.append(input("x", {kBatchDim, 784}));
        p.graph.nodes.append(node("fc1", "Linear", {QStringLiteral("x")},
                                  QJsonObject{{QStringLiteral("out_features"), 300}}));
        p.graph.nodes.append(node("relu", "ReLU", {QStringLiteral("fc1")}));
        p.graph.nodes.append(node("fc2", "Linear", {QStringLiteral("relu")},
                                  QJsonObject{{QStringLiteral("out_features"), 10}}));
        p.config = config(4);
        return p;
    }

private slots:
    void structureFollowsEdits()
    {
        TableFixture f(m_planner, mlp());
        QCOMPARE(f.model.rowCount(), 3);
        f.stack.push(new AddItemsCommand(&f.document, {}, {{node("out", "Softmax", {QStringLiteral("fc2")}), {}}},
                                       QStringLiteral("add")));
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.nameAt(3), QStringLiteral("out"));
        f.stack.push(new RemoveItemsCommand(&f.document, {QStringLiteral("relu")}, QStringLiteral("rm")));
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.nameAt(1), QStringLiteral("fc2"));
        f.stack.undo();
        f.stack.undo();
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.nameAt(1), QStringLiteral("relu"));
        f.scheduler.planNow();
        // fc1: 784 × 300 + 300 = 235,500 parameters (LeNet-300-100's first layer).
        QCOMPARE(f.model.data(f.model.index(0, LayerTableModel::Parameters), LayerTableModel::SortRole)
                     .toLongLong(),
                 235500);
        // fc2 saves relu's output for its weight gradient: 4 × 300 × 4 B = 4,800 B; relu's own
        // saved output is that storage, counted at relu, its first saver.
        QCOMPARE(f.model.data(f.model.index(1, LayerTableModel::Saved), LayerTableModel::SortRole)
                     .toLongLong(),
                 4800);
        QCOMPARE(f.model.data(f.model.index(1, LayerTableModel::OutputShape)).toString(),
                 QStringLiteral("4×300"));
    }

    void renameThroughSetDataIsUndoable()
    {
        TableFixture f(m_planner, mlp());
        QVERIFY(f.model.setData(f.model.index(0, LayerTableModel::Name), QStringLiteral("encoder")));
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.document.graph().nodes.at(0).name, QStringLiteral("encoder"));
        QCOMPARE(f.document.graph().nodes.at(1).inputs, QStringList{QStringLiteral("encoder")});
        f.stack.undo();
        QCOMPARE(f.model.data(f.model.index(0, LayerTableModel::Name)).toString(), QStringLiteral("fc1"));

        QSignalSpy refused(&f.model, &LayerTableModel::editRefused);
        QVERIFY(!f.model.setData(f.model.index(0, LayerTableModel::Name), QStringLiteral("fc2")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!f.model.setData(f.model.index(0, LayerTableModel::Name), QStringLiteral("a:b")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(f.stack.count(), 1); // nothing pushed for refused edits (the undone rename stays)
        QCOMPARE(f.stack.index(), 0);
    }

    void freezingThroughTheCheckBox()
    {
        TableFixture f(m_planner, mlp());
        f.scheduler.planNow();
        QCOMPARE(f.scheduler.plan()->trainableParameters, 235500 + 3010);
        const QModelIndex box = f.model.index(0, LayerTableModel::Trainable);
        QCOMPARE(f.model.data(box, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(f.model.setData(box, int(Qt::Unchecked), Qt::CheckStateRole));
        QVERIFY(!f.document.graph().nodes.at(0).trainable);
        f.scheduler.planNow();
        QCOMPARE(f.scheduler.plan()->trainableParameters, 3010); // fc2: 300 × 10 + 10
        f.stack.undo();
        QVERIFY(f.document.graph().nodes.at(0).trainable);
    }

    void headersAreTranslatable()
    {
        TableFixture f(m_planner, mlp());
        QSignalSpy headers(&f.model, &QAbstractItemModel::headerDataChanged);
        f.model.retranslate();
        QCOMPARE(headers.count(), 1);
        QCOMPARE(f.model.headerData(LayerTableModel::Saved, Qt::Horizontal).toString(),
                 QStringLiteral("Saved for backward"));
    }
};

QTEST_MAIN(TestLayerTableModel)
#include "tst_layertablemodel.moc"
