// The built-in networks: published parameter counts, FLOPs, and a lossless project round trip.

#include "Planner.h"
#include "ProjectFile.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace memplanner;

class TestBuiltinNetworks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_devices = DeviceCatalogue::load();
        m_runtimes = RuntimeCatalogue::load();
    }

    void parameterCounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("parameters");
        // Published counts (shared/REFERENCE.md): torchvision model cards, Hugging Face configs.
        QTest::newRow("LeNet-300-100") << "lenet300" << qint64(266610);
        QTest::newRow("ResNet-18") << "resnet18" << qint64(11689512);
        QTest::newRow("ResNet-50") << "resnet50" << qint64(25557032);
        QTest::newRow("VGG-16") << "vgg16" << qint64(138357544);
        QTest::newRow("MobileNetV2") << "mobilenetv2" << qint64(3504872);
        QTest::newRow("BERT-base-uncased with pooler") << "bert-base" << qint64(109482240);
        QTest::newRow("GPT-2 small, tied") << "gpt2-small" << qint64(124439808);
        // By hand: 20000·128 + 4·256·(128 + 256) + 2·4·256 + 256·2 + 2.
        QTest::newRow("LSTM classifier") << "lstm-classifier" << qint64(2955778);
    }
    void parameterCounts()
    {
        QFETCH(QString, name);
        QFETCH(qint64, parameters);
        const Project project = ProjectFile::load(QStringLiteral("builtin:") + name);
        PlanConfig c = project.config;
        c.batch = 2;
        const Plan plan = Planner(m_devices, m_runtimes).plan(project.graph, c);
        QCOMPARE(plan.parameters, parameters);
        QCOMPARE(plan.trainableParameters, parameters);
        QVERIFY(plan.memory.tensorPeak > 0);
    }

    void resnet50Flops()
    {
        // ResNet-50 at 224×224: about 4.1 G multiply-adds forward (He et al. 2015, Table 1:
        // 3.8 × 10⁹ FLOPs counted as multiply-adds for v1; v1.5 moves the stride: ≈ 4.1 G).
        const Project project = ProjectFile::load(QStringLiteral("builtin:resnet50"));
        PlanConfig c;
        c.batch = 1;
        c.training = false;
        const Plan plan = Planner(m_devices, m_runtimes).plan(project.graph, c);
        const double macs = plan.compute.forward / 2.0;
        QVERIFY2(macs > 4.0e9 && macs < 4.2e9, qPrintable(QString::number(macs)));
    }

    void roundTripIsLossless_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : ProjectFile::builtinNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void roundTripIsLossless()
    {
        QFETCH(QString, name);
        const Project original = ProjectFile::load(QStringLiteral("builtin:") + name);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.memplan"));
        ProjectFile::save(original, path);
        const Project reloaded = ProjectFile::load(path);
        QCOMPARE(ProjectFile::toJson(reloaded), ProjectFile::toJson(original));
        QCOMPARE(reloaded.graph.nodes.size(), original.graph.nodes.size());
    }

    void builtinNamesAreAllEight()
    {
        QCOMPARE(ProjectFile::builtinNames().size(), 8);
    }

private:
    DeviceCatalogue m_devices;
    RuntimeCatalogue m_runtimes;
};

QTEST_GUILESS_MAIN(TestBuiltinNetworks)
#include "tst_builtinnetworks.moc"
