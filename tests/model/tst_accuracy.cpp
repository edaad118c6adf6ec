// The engine against real PyTorch: every step recorded in tests/data/measurements (measured with
// tools/measure/measure_pytorch.py on an H100, PyTorch 2.11) is planned again and compared with
// its torch.cuda.max_memory_allocated. Prints the table; fails above 10 % on any case.

#include "Calibration.h"
#include "Planner.h"
#include "ProjectFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace memplanner;

namespace {

const char *kMeasurements = MEMPLANNER_SOURCE_DIR "/tests/data/measurements/h100-torch2.11.jsonl";

QString builtinFor(const QString &model)
{
    return Calibration::builtinForMeasuredModel(model);
}

QList<QJsonObject> records()
{
    QList<QJsonObject> list;
    QFile file(QString::fromUtf8(kMeasurements));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            list << QJsonDocument::fromJson(line).object();
    return list;
}

QString caseName(const QJsonObject &r)
{
    QString name = builtinFor(r.value(QLatin1String("model")).toString())
                   + QStringLiteral(" b%1").arg(r.value(QLatin1String("batch")).toInt());
    if (r.value(QLatin1String("model")).toString().startsWith(QLatin1String("hf:"))
        || r.value(QLatin1String("model")).toString().startsWith(QLatin1String("lstm")))
        name += QStringLiteral(" s%1").arg(r.value(QLatin1String("seq")).toInt());
    name += QLatin1Char(' ') + r.value(QLatin1String("mode")).toString();
    if (r.value(QLatin1String("mode")).toString() == QLatin1String("train"))
        name += QLatin1Char(' ') + r.value(QLatin1String("optimizer")).toString();
    const QString impl = r.value(QLatin1String("optimizer_impl")).toString();
    if (!impl.isEmpty() && impl != QLatin1String("default"))
        name += QLatin1Char('/') + impl;
    name += QLatin1Char(' ') + r.value(QLatin1String("precision")).toString();
    if (r.value(QLatin1String("checkpoint")).toInt() > 1)
        name += QStringLiteral(" ckpt%1").arg(r.value(QLatin1String("checkpoint")).toInt());
    if (r.value(QLatin1String("keep_grads")).toBool())
        name += QStringLiteral(" keep-grads");
    return name;
}

} // namespace

class TestAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_devices = DeviceCatalogue::load();
        m_runtimes = RuntimeCatalogue::load();
        QVERIFY2(!records().isEmpty(), kMeasurements);
    }

    void againstMeasurement_data()
    {
        QTest::addColumn<QJsonObject>("record");
        for (const QJsonObject &r : records())
            QTest::newRow(qPrintable(caseName(r))) << r;
    }

    void againstMeasurement()
    {
        QFETCH(QJsonObject, record);
        const Project project = ProjectFile::load(QStringLiteral("builtin:") + builtinFor(record.value(QLatin1String("model")).toString()));
        PlanConfig c;
        c.batch = record.value(QLatin1String("batch")).toInt();
        c.seq = record.value(QLatin1String("seq")).toInt();
        c.training = record.value(QLatin1String("mode")).toString() == QLatin1String("train");
        c.optimizer = record.value(QLatin1String("optimizer")).toString();
        c.precision = record.value(QLatin1String("precision")).toString();
        c.runtime = QStringLiteral("pytorch-cuda-hopper");
        const int segments = record.value(QLatin1String("checkpoint")).toInt();
        if (segments > 1)
            c.checkpoint = CheckpointSpec::parse(QString::number(segments));
        const QString impl = record.value(QLatin1String("optimizer_impl")).toString();
        if (!impl.isEmpty() && impl != QLatin1String("default"))
            c.optimizerImpl = parseOptimizerImpl(impl);
        c.keepGradients = record.value(QLatin1String("keep_grads")).toBool();
        const Plan plan = Planner(m_devices, m_runtimes).plan(project.graph, c);
        const double measured = record.value(QLatin1String("max_allocated_bytes")).toDouble();
        const double error = 100.0 * (static_cast<double>(plan.memory.tensorPeak) - measured) / measured;
        m_errors << std::fabs(error);
        qInfo("%-48s measured %9.1f MiB  estimated %9.1f MiB  error %+6.1f %%", qPrintable(caseName(record)),
              measured / 1048576.0, static_cast<double>(plan.memory.tensorPeak) / 1048576.0, error);
        // Known gap: cuDNN picks convolution algorithms with large transient workspaces, which
        // dominate inference peaks of wide early convolutions; the CUDA profiles do not model
        // them yet (docs/ACCURACY.md).
        if (!c.training && (project.graph.name == QLatin1String("VGG-16") || project.graph.name == QLatin1String("ResNet-18")))
            QEXPECT_FAIL("", "cuDNN convolution workspaces are not modelled yet", Continue);
        QVERIFY2(std::fabs(error) <= 10.0, qPrintable(QStringLiteral("error %1 %").arg(error, 0, 'f', 1)));
    }

    void medianError()
    {
        std::sort(m_errors.begin(), m_errors.end());
        QVERIFY(!m_errors.isEmpty());
        const double median = m_errors[m_errors.size() / 2];
        qInfo("median |error| %.1f %%, worst %.1f %% over %lld cases", median, m_errors.last(),
              static_cast<long long>(m_errors.size()));
        QVERIFY2(median <= 3.0, qPrintable(QString::number(median)));
    }

private:
    DeviceCatalogue m_devices;
    RuntimeCatalogue m_runtimes;
    QList<double> m_errors;
};

QTEST_GUILESS_MAIN(TestAccuracy)
#include "tst_accuracy.moc"
