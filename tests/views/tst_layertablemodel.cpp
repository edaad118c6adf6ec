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
        Document d;
        d.resetProject(mlp());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        LayerTableModel model(&d, &stack, &scheduler);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        stack.push(new AddItemsCommand(&d, {}, {{node("out", "Softmax", {QStringLiteral("fc2")}), {}}},
                                       QStringLiteral("add")));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.nameAt(3), QStringLiteral("out"));
        stack.push(new RemoveItemsCommand(&d, {QStringLiteral("relu")}, QStringLiteral("rm")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nameAt(1), QStringLiteral("fc2"));
        stack.undo();
        stack.undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nameAt(1), QStringLiteral("relu"));
        scheduler.planNow();
        // fc1: 784 × 300 + 300 = 235,500 parameters (LeNet-300-100's first layer).
        QCOMPARE(model.data(model.index(0, LayerTableModel::Parameters), LayerTableModel::SortRole)
                     .toLongLong(),
                 235500);
        // fc2 saves relu's output for its weight gradient: 4 × 300 × 4 B = 4,800 B; relu's own
        // saved output is that storage, counted at relu, its first saver.
        QCOMPARE(model.data(model.index(1, LayerTableModel::Saved), LayerTableModel::SortRole)
                     .toLongLong(),
                 4800);
        QCOMPARE(model.data(model.index(1, LayerTableModel::OutputShape)).toString(),
                 QStringLiteral("4×300"));
    }

    void renameThroughSetDataIsUndoable()
    {
        Document d;
        d.resetProject(mlp());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        LayerTableModel model(&d, &stack, &scheduler);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setData(model.index(0, LayerTableModel::Name), QStringLiteral("encoder")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(d.graph().nodes.at(0).name, QStringLiteral("encoder"));
        QCOMPARE(d.graph().nodes.at(1).inputs, QStringList{QStringLiteral("encoder")});
        stack.undo();
        QCOMPARE(model.data(model.index(0, LayerTableModel::Name)).toString(), QStringLiteral("fc1"));

        QSignalSpy refused(&model, &LayerTableModel::editRefused);
        QVERIFY(!model.setData(model.index(0, LayerTableModel::Name), QStringLiteral("fc2")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!model.setData(model.index(0, LayerTableModel::Name), QStringLiteral("a:b")));
        QCOMPARE(refused.count(), 2);
        QCOMPARE(stack.count(), 1); // nothing pushed for refused edits (the undone rename stays)
        QCOMPARE(stack.index(), 0);
    }

    void freezingThroughTheCheckBox()
    {
        Document d;
        d.resetProject(mlp());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        LayerTableModel model(&d, &stack, &scheduler);
        scheduler.planNow();
        QCOMPARE(scheduler.plan()->trainableParameters, 235500 + 3010);
        const QModelIndex box = model.index(0, LayerTableModel::Trainable);
        QCOMPARE(model.data(box, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.setData(box, int(Qt::Unchecked), Qt::CheckStateRole));
        QVERIFY(!d.graph().nodes.at(0).trainable);
        scheduler.planNow();
        QCOMPARE(scheduler.plan()->trainableParameters, 3010); // fc2: 300 × 10 + 10
        stack.undo();
        QVERIFY(d.graph().nodes.at(0).trainable);
    }

    void headersAreTranslatable()
    {
        Document d;
        d.resetProject(mlp());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        LayerTableModel model(&d, &stack, &scheduler);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
        QCOMPARE(model.headerData(LayerTableModel::Saved, Qt::Horizontal).toString(),
                 QStringLiteral("Saved for backward"));
    }
};

QTEST_MAIN(TestLayerTableModel)
#include "tst_layertablemodel.moc"
