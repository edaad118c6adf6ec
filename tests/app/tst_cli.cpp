// memplanner-cli as other tools see it: DESIGN.md, "The CLI contract". Runs the built executable
// (MEMPLANNER_CLI_PATH) as a process and checks its output formats, its invariants and its
// failures (one "error:" line on stderr, a non-zero exit code, never a crash or a hang).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

namespace {

/** What one run of the CLI gave. */
struct CliResult
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int code = -1;
    QString out;
    QString err;
};

QString badFixture(const char *name)
{
    return QStringLiteral(MEMPLANNER_SOURCE_DIR "/tests/data/bad/") + QLatin1String(name);
}

QStringList csvLines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

/** Column @p name of a CSV row, by the header. */
QString csvCell(const QStringList &header, const QString &row, const char *name)
{
    const int column = header.indexOf(QLatin1String(name));
    const QStringList cells = row.split(QLatin1Char(','));
    return column >= 0 && column < cells.size() ? cells[column] : QString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void planJsonContract_data();
    void planJsonContract();
    void planCsvMatchesJson();
    void maxBatchIsTheBoundary_data();
    void maxBatchIsTheBoundary();
    void sweepBatchGrows();
    void sweepCheckpointSegments();
    void fitRanksByThroughput();
    void fitCsvHasTheAssistantsColumns_data();
    void fitCsvHasTheAssistantsColumns();
    void sweepVariantsAreTheBatchChart_data();
    void sweepVariantsAreTheBatchChart();
    void listings_data();
    void listings();
    void badInput_data();
    void badInput();
    void noArgumentsPrintsUsage();
    void calibrationRoundTrip();
    void planPdf_data();
    void planPdf();

private:
    CliResult run(const QStringList &arguments) const;
    bool runJson(const QStringList &arguments, QJsonObject *root, QString *why) const;

    QTemporaryDir m_home; ///< an empty per-user data directory: no user device profiles leak in
};

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(MEMPLANNER_CLI_PATH)), MEMPLANNER_CLI_PATH);
}

CliResult TestCli::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MEMPLANNER_CLI_PATH), arguments);
    CliResult r;
    if (!process.waitForStarted(10000))
        return r;
    r.finished = process.waitForFinished(120000);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.status = process.exitStatus();
    r.code = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

/** Runs a verb that must succeed and print one JSON object; false, and why, when it did not. */
bool TestCli::runJson(const QStringList &arguments, QJsonObject *root, QString *why) const
{
    const CliResult r = run(arguments);
    const QString command = arguments.join(QLatin1Char(' '));
    if (!r.finished || r.status != QProcess::NormalExit || r.code != 0) {
        *why = QStringLiteral("%1: hung, crashed or exit %2: %3")
                       .arg(command)
                       .arg(r.code)
                       .arg(r.err);
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("%1: not a JSON object (%2)").arg(command, error.errorString());
        return false;
    }
    *root = doc.object();
    return true;
}

// ---------------------------------------------------------------------------------------------
// plan

void TestCli::planJsonContract_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("parameters"); // -1: not asserted
    QTest::addColumn<QString>("phase");     // "": any

    const QStringList json = {QStringLiteral("--batch"), QStringLiteral("32"),
                              QStringLiteral("--format"), QStringLiteral("json")};
    auto plan = [&](const char *model, QStringList extra = {}) {
        return QStringList{QStringLiteral("plan"), QLatin1String(model)} + json + extra;
    };
    // Published parameter counts: torchvision's model tables ("Params" column of
    // https://pytorch.org/vision/0.15/models.html): resnet50 25,557,032, resnet18 11,689,512,
    // vgg16 138,357,544, mobilenet_v2 3,504,872. Hugging Face num_parameters() of BertModel
    // (bert-base-uncased) 109,482,240 and GPT2Model (gpt2) 124,439,808. LeNet-300-100: 266,610
    // (784·300+300 + 300·100+100 + 100·10+10).
    QTest::newRow("resnet50") << plan("builtin:resnet50") << qint64(25557032) << QString();
    QTest::newRow("resnet18") << plan("builtin:resnet18") << qint64(11689512) << QString();
    QTest::newRow("vgg16") << plan("builtin:vgg16") << qint64(138357544) << QString();
    QTest::newRow("mobilenetv2") << plan("builtin:mobilenetv2") << qint64(3504872) << QString();
    QTest::newRow("bert-base") << plan("builtin:bert-base") << qint64(109482240) << QString();
    QTest::newRow("gpt2-small") << plan("builtin:gpt2-small") << qint64(124439808) << QString();
    QTest::newRow("lenet300") << plan("builtin:lenet300") << qint64(266610) << QString();
    QTest::newRow("lstm-classifier") << plan("builtin:lstm-classifier") << qint64(-1) << QString();
    // The invariants hold whatever the configuration.
    QTest::newRow("resnet50 infer")
            << plan("builtin:resnet50", {QStringLiteral("--mode"), QStringLiteral("infer")})
            << qint64(25557032) << QStringLiteral("forward");
    QTest::newRow("resnet50 amp sqrt")
            << plan("builtin:resnet50", {QStringLiteral("--precision"), QStringLiteral("amp-fp16"),
                                         QStringLiteral("--checkpoint"), QStringLiteral("sqrt")})
            << qint64(25557032) << QString();
    QTest::newRow("resnet50 three devices")
            << plan("builtin:resnet50", {QStringLiteral("--device"),
                                         QStringLiteral("colab-t4,laptop-cpu-8gb,rpi4-4gb")})
            << qint64(25557032) << QString();
    QTest::newRow("resnet50 sgd keep-grads loop") << plan(
            "builtin:resnet50",
            {QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--keep-grads"),
             QStringLiteral("--optimizer-impl"), QStringLiteral("loop")})
                                                  << qint64(25557032) << QString();
    QTest::newRow("gpt2 bf16-master adamw 4 segments") << plan(
            "builtin:gpt2-small", {QStringLiteral("--precision"), QStringLiteral("bf16-master"),
                                   QStringLiteral("--optimizer"), QStringLiteral("adamw"),
                                   QStringLiteral("--checkpoint"), QStringLiteral("4")})
                                                       << qint64(124439808) << QString();
    QTest::newRow("bert int8 infer")
            << plan("builtin:bert-base", {QStringLiteral("--mode"), QStringLiteral("infer"),
                                          QStringLiteral("--precision"), QStringLiteral("int8")})
            << qint64(109482240) << QStringLiteral("forward");
}

void TestCli::planJsonContract()
{
    QFETCH(QStringList, arguments);
    QFETCH(qint64, parameters);
    QFETCH(QString, phase);

    const CliResult r = run(arguments);
    QVERIFY2(r.finished, "memplanner-cli hung");
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("memplanner.plan/1"));

    // Every field of the contract is there (more are allowed).
    const struct
    {
        const char *object;
        QStringList fields;
    } sections[] = {
            {"model",
             {QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("nodes"),
              QStringLiteral("parameters"), QStringLiteral("trainable_parameters")}},
            {"config",
             {QStringLiteral("mode"), QStringLiteral("batch"), QStringLiteral("seq"),
              QStringLiteral("optimizer"), QStringLiteral("precision"),
              QStringLiteral("checkpoint"), QStringLiteral("runtime")}},
            {"memory",
             {QStringLiteral("weights"), QStringLiteral("gradients"),
              QStringLiteral("optimizer_states"), QStringLiteral("activations"),
              QStringLiteral("workspace"), QStringLiteral("inputs"), QStringLiteral("tensor_peak"),
              QStringLiteral("runtime_overhead"), QStringLiteral("device_peak"),
              QStringLiteral("peak_phase")}},
            {"compute",
             {QStringLiteral("forward_flops"), QStringLiteral("backward_flops"),
              QStringLiteral("recompute_flops"), QStringLiteral("total_flops")}},
    };
    for (const auto &section : sections) {
        const QJsonValue v = root.value(QLatin1String(section.object));
        QVERIFY2(v.isObject(), section.object);
        for (const QString &field : section.fields)
            QVERIFY2(v.toObject().contains(field),
                     qPrintable(QLatin1String(section.object) + QLatin1Char('.') + field));
    }
    QVERIFY(root.value(QLatin1String("devices")).isArray());
    QVERIFY(!root.value(QLatin1String("devices")).toArray().isEmpty());
    QVERIFY(root.value(QLatin1String("warnings")).isArray());
    for (const QJsonValue &w : root.value(QLatin1String("warnings")).toArray())
        QVERIFY(w.isString() && !w.toString().isEmpty());

    // Sizes and counts are written as JSON integers (digits only), never as 1.5e+09.
    const QStringList integers = {QStringLiteral("nodes"),
                                  QStringLiteral("parameters"),
                                  QStringLiteral("trainable_parameters"),
                                  QStringLiteral("batch"),
                                  QStringLiteral("seq"),
                                  QStringLiteral("weights"),
                                  QStringLiteral("gradients"),
                                  QStringLiteral("optimizer_states"),
                                  QStringLiteral("activations"),
                                  QStringLiteral("workspace"),
                                  QStringLiteral("inputs"),
                                  QStringLiteral("tensor_peak"),
                                  QStringLiteral("runtime_overhead"),
                                  QStringLiteral("device_peak"),
                                  QStringLiteral("capacity"),
                                  QStringLiteral("headroom")};
    for (const QString &key : integers) {
        const QRegularExpression pattern(QLatin1Char('"') + key + QLatin1String("\": ([^,\\n]*)"));
        int seen = 0;
        for (auto it = pattern.globalMatch(r.out); it.hasNext(); ++seen) {
            const QString token = it.next().captured(1);
            QVERIFY2(QRegularExpression(QStringLiteral("^-?[0-9]+$")).match(token).hasMatch(),
                     qPrintable(key + QLatin1String(": ") + token));
        }
        QVERIFY2(seen > 0, qPrintable(key));
    }
    const QRegularExpression maxBatch(QStringLiteral("\"max_batch\": ([^,\\n]*)"));
    for (auto it = maxBatch.globalMatch(r.out); it.hasNext();) {
        const QString token = it.next().captured(1);
        QVERIFY2(QRegularExpression(QStringLiteral("^([0-9]+|null)$")).match(token).hasMatch(),
                 qPrintable(token));
    }

    const QJsonObject model = root.value(QLatin1String("model")).toObject();
    QVERIFY(!model.value(QLatin1String("name")).toString().isEmpty());
    QVERIFY(!model.value(QLatin1String("source")).toString().isEmpty());
    QVERIFY(model.value(QLatin1String("nodes")).toInteger() > 0);
    const QJsonObject config = root.value(QLatin1String("config")).toObject();
    const QString mode = config.value(QLatin1String("mode")).toString();
    QVERIFY2(mode == QLatin1String("train") || mode == QLatin1String("infer"), qPrintable(mode));
    const qint64 trainable = model.value(QLatin1String("trainable_parameters")).toInteger(-1);
    QVERIFY(trainable >= 0 && trainable <= model.value(QLatin1String("parameters")).toInteger());
    if (parameters >= 0) {
        QCOMPARE(model.value(QLatin1String("parameters")).toInteger(), parameters);
        // No built-in network freezes layers (int8/int4 weights are inference-only: none train).
        if (mode == QLatin1String("train"))
            QCOMPARE(trainable, parameters);
    }

    QCOMPARE(config.value(QLatin1String("batch")).toInteger(), qint64(32));
    QVERIFY(config.value(QLatin1String("seq")).toInteger() > 0);
    for (const char *text : {"optimizer", "precision", "checkpoint", "runtime"})
        QVERIFY2(!config.value(QLatin1String(text)).toString().isEmpty(), text);

    // The breakdown is taken at the peak moment and adds up exactly to the tensor peak; the
    // device peak adds the runtime overhead (DESIGN.md, "The CLI contract").
    const QJsonObject memory = root.value(QLatin1String("memory")).toObject();
    auto bytes = [&](const char *key) { return memory.value(QLatin1String(key)).toInteger(); };
    qint64 sum = 0;
    for (const char *part :
         {"weights", "gradients", "optimizer_states", "activations", "workspace", "inputs"}) {
        QVERIFY2(bytes(part) >= 0, part);
        sum += bytes(part);
    }
    QCOMPARE(sum, bytes("tensor_peak"));
    QVERIFY(bytes("tensor_peak") > 0);
    QVERIFY(bytes("runtime_overhead") >= 0);
    QCOMPARE(bytes("device_peak"), bytes("tensor_peak") + bytes("runtime_overhead"));
    const QString peakPhase = memory.value(QLatin1String("peak_phase")).toString();
    QVERIFY2(QStringList({QStringLiteral("forward"), QStringLiteral("backward"),
                          QStringLiteral("optimizer")})
                     .contains(peakPhase),
             qPrintable(peakPhase));
    if (!phase.isEmpty())
        QCOMPARE(peakPhase, phase);
    if (mode == QLatin1String("infer")) {
        QCOMPARE(bytes("gradients"), qint64(0));
        QCOMPARE(bytes("optimizer_states"), qint64(0));
    }

    const QJsonObject compute = root.value(QLatin1String("compute")).toObject();
    auto flops = [&](const char *key) { return compute.value(QLatin1String(key)).toDouble(-1.0); };
    QVERIFY(flops("forward_flops") > 0.0);
    QVERIFY(flops("backward_flops") >= 0.0);
    QVERIFY(flops("recompute_flops") >= 0.0);
    const double total
            = flops("forward_flops") + flops("backward_flops") + flops("recompute_flops");
    QVERIFY2(std::abs(flops("total_flops") - total) <= 1e-9 * total,
             qPrintable(QString::number(total)));

    for (const QJsonValue &value : root.value(QLatin1String("devices")).toArray()) {
        const QJsonObject d = value.toObject();
        for (const char *field :
             {"id", "name", "capacity", "fits", "headroom", "max_batch", "step_time_s"})
            QVERIFY2(d.contains(QLatin1String(field)), field);
        QVERIFY(!d.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!d.value(QLatin1String("name")).toString().isEmpty());
        const qint64 capacity = d.value(QLatin1String("capacity")).toInteger();
        const qint64 headroom = d.value(QLatin1String("headroom")).toInteger();
        QVERIFY(capacity > 0);
        QVERIFY(d.value(QLatin1String("fits")).isBool());
        QCOMPARE(d.value(QLatin1String("fits")).toBool(), headroom >= 0);
        if (d.contains(QLatin1String("device_peak"))) // beyond the contract, but then consistent
            QCOMPARE(headroom, capacity - d.value(QLatin1String("device_peak")).toInteger());
        const QJsonValue max = d.value(QLatin1String("max_batch"));
        QVERIFY(max.isNull() || max.toInteger(-1) >= 0);
        if (max.isDouble())
            QCOMPARE(max.toInteger() >= 32, d.value(QLatin1String("fits")).toBool());
        QVERIFY(d.value(QLatin1String("step_time_s")).toDouble(-1.0) > 0.0);
    }
}

void TestCli::planCsvMatchesJson()
{
    const QStringList base
            = {QStringLiteral("plan"), QStringLiteral("builtin:resnet50"),
               QStringLiteral("--batch"), QStringLiteral("32"), QStringLiteral("--format")};
    QJsonObject json;
    QString why;
    QVERIFY2(runJson(base + QStringList{QStringLiteral("json")}, &json, &why), qPrintable(why));
    const qint64 tensorPeak = json.value(QLatin1String("memory"))
                                      .toObject()
                                      .value(QLatin1String("tensor_peak"))
                                      .toInteger();
    QVERIFY(tensorPeak > 0);

    const CliResult r = run(base + QStringList{QStringLiteral("csv")});
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 0);
    QVERIFY(r.err.isEmpty());
    const QStringList lines = csvLines(r.out);
    QCOMPARE(lines.size(), 2); // a header and one row
    const QStringList header = lines[0].split(QLatin1Char(','));
    QVERIFY(header.contains(QStringLiteral("tensor_peak")));
    QCOMPARE(lines[1].split(QLatin1Char(',')).size(), header.size());
    QCOMPARE(csvCell(header, lines[1], "tensor_peak"), QString::number(tensorPeak));
    QCOMPARE(csvCell(header, lines[1], "batch"), QStringLiteral("32"));
    const qint64 devicePeak = json.value(QLatin1String("memory"))
                                      .toObject()
                                      .value(QLatin1String("device_peak"))
                                      .toInteger();
    QCOMPARE(csvCell(header, lines[1], "device_peak"), QString::number(devicePeak));
}

void TestCli::maxBatchIsTheBoundary_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("device");
    QTest::newRow("resnet50 colab-t4")
            << QStringLiteral("builtin:resnet50") << QStringLiteral("colab-t4");
    QTest::newRow("resnet50 rpi4")
            << QStringLiteral("builtin:resnet50") << QStringLiteral("rpi4-4gb");
    QTest::newRow("resnet50 rtx3050")
            << QStringLiteral("builtin:resnet50") << QStringLiteral("laptop-rtx3050-4gb");
    QTest::newRow("gpt2 colab-t4")
            << QStringLiteral("builtin:gpt2-small") << QStringLiteral("colab-t4");
}

// "max_batch" is solved from the affine peak; planning at it must fit and one more must not.
void TestCli::maxBatchIsTheBoundary()
{
    QFETCH(QString, model);
    QFETCH(QString, device);
    QString why;
    auto deviceAt = [&](qint64 batch, QJsonObject *fit) {
        QJsonObject root;
        if (!runJson({QStringLiteral("plan"), model, QStringLiteral("--batch"),
                      QString::number(batch), QStringLiteral("--device"), device,
                      QStringLiteral("--format"), QStringLiteral("json")},
                     &root, &why))
            return false;
        *fit = root.value(QLatin1String("devices")).toArray().first().toObject();
        return true;
    };
    QJsonObject atOne, atMax, beyond;
    QVERIFY2(deviceAt(1, &atOne), qPrintable(why));
    const qint64 maxBatch = atOne.value(QLatin1String("max_batch")).toInteger(-1);
    QVERIFY2(maxBatch >= 1, "expected a bounded max_batch of at least 1");
    QVERIFY2(deviceAt(maxBatch, &atMax), qPrintable(why));
    QVERIFY2(atMax.value(QLatin1String("fits")).toBool(), qPrintable(QString::number(maxBatch)));
    QCOMPARE(atMax.value(QLatin1String("max_batch")).toInteger(), maxBatch);
    QVERIFY2(deviceAt(maxBatch + 1, &beyond), qPrintable(why));
    QVERIFY(!beyond.value(QLatin1String("fits")).toBool());
}

// ---------------------------------------------------------------------------------------------
// sweep

void TestCli::sweepBatchGrows()
{
    const CliResult r = run({QStringLiteral("sweep"), QStringLiteral("builtin:resnet18"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 0);
    const QStringList lines = csvLines(r.out);
    QCOMPARE(lines.size(), 1 + 11); // header, batches 1, 2, 4, …, 1024
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("batch"));
    qint64 lastBatch = 0;
    qint64 lastPeak = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const qint64 batch = csvCell(header, lines[i], "batch").toLongLong();
        const qint64 peak = csvCell(header, lines[i], "tensor_peak").toLongLong();
        const qint64 device = csvCell(header, lines[i], "device_peak").toLongLong();
        QVERIFY2(batch > lastBatch, qPrintable(lines[i]));
        QVERIFY2(peak > lastPeak, qPrintable(lines[i]));
        QVERIFY2(device >= peak, qPrintable(lines[i]));
        lastBatch = batch;
        lastPeak = peak;
    }

    // The sweep's point at batch 32 is the plan at batch 32 (one core evaluated vs. a full plan).
    QJsonObject plan;
    QString why;
    QVERIFY2(runJson({QStringLiteral("plan"), QStringLiteral("builtin:resnet18"),
                      QStringLiteral("--batch"), QStringLiteral("32"), QStringLiteral("--format"),
                      QStringLiteral("json")},
                     &plan, &why),
             qPrintable(why));
    const QString row32 = lines[6];
    QCOMPARE(csvCell(header, row32, "batch"), QStringLiteral("32"));
    QCOMPARE(csvCell(header, row32, "tensor_peak"),
             QString::number(plan.value(QLatin1String("memory"))
                                     .toObject()
                                     .value(QLatin1String("tensor_peak"))
                                     .toInteger()));
}

void TestCli::sweepCheckpointSegments()
{
    const CliResult r = run({QStringLiteral("sweep"), QStringLiteral("builtin:resnet18"),
                             QStringLiteral("--over"), QStringLiteral("checkpoint"),
                             QStringLiteral("--batch"), QStringLiteral("32"),
                             QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 0);
    const QStringList lines = csvLines(r.out);
    QVERIFY(lines.size() >= 3);
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header.first(), QStringLiteral("segments"));
    QCOMPARE(csvCell(header, lines[1], "segments"), QStringLiteral("1"));
    QCOMPARE(csvCell(header, lines[2], "segments"), QStringLiteral("2"));
    const qint64 one = csvCell(header, lines[1], "tensor_peak").toLongLong();
    const qint64 two = csvCell(header, lines[2], "tensor_peak").toLongLong();
    QVERIFY(one > 0);
    // Checkpointing ResNet-18 in two segments keeps fewer activations than not checkpointing
    // (measured here at 889,969,284 → 850,778,756 bytes at batch 32); it never costs memory.
    QVERIFY2(two <= one, qPrintable(QStringLiteral("%1 → %2").arg(one).arg(two)));
    // One segment is no checkpointing: no recompute.
    QCOMPARE(csvCell(header, lines[1], "recompute_flops").toDouble(), 0.0);
    QVERIFY(csvCell(header, lines[2], "recompute_flops").toDouble() > 0.0);
}

// ---------------------------------------------------------------------------------------------
// fit, devices, ops

void TestCli::fitRanksByThroughput()
{
    QJsonObject root;
    QString why;
    QVERIFY2(runJson({QStringLiteral("fit"), QStringLiteral("builtin:resnet18"),
                      QStringLiteral("--device"), QStringLiteral("colab-t4"),
                      QStringLiteral("--format"), QStringLiteral("json")},
                     &root, &why),
             qPrintable(why));
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("memplanner.fit/1"));
    const QJsonArray devices = root.value(QLatin1String("devices")).toArray();
    QCOMPARE(devices.size(), 1);
    const QJsonObject t4 = devices.first().toObject();
    QCOMPARE(t4.value(QLatin1String("id")).toString(), QStringLiteral("colab-t4"));
    const QJsonArray candidates = t4.value(QLatin1String("candidates")).toArray();
    QVERIFY(candidates.size() >= 2);
    bool seenMiss = false;
    double last = std::numeric_limits<double>::infinity();
    int fitting = 0;
    for (const QJsonValue &value : candidates) {
        const QJsonObject c = value.toObject();
        const bool fits = c.value(QLatin1String("fits")).toBool();
        if (!fits) {
            seenMiss = true;
            continue;
        }
        QVERIFY2(!seenMiss, "a fitting candidate after one that misses");
        ++fitting;
        const double rate = c.value(QLatin1String("samples_per_s")).toDouble(-1.0);
        QVERIFY(rate > 0.0);
        QVERIFY2(rate <= last, qPrintable(QStringLiteral("%1 after %2").arg(rate).arg(last)));
        last = rate;
        QVERIFY(c.value(QLatin1String("device_peak")).toInteger()
                <= t4.value(QLatin1String("capacity")).toInteger());
    }
    // ResNet-18 at batch 32 fits a 16 GB T4 in fp32 with Adam (1.44 GB device peak, see the sweep).
    QVERIFY(fitting >= 1);
}

// `fit` prints the assistant's ranking: the original columns first (unchanged), then rank,
// effective batch, extra compute and the frozen layers; --freeze adds the candidates that
// freeze a prefix, ranked after every fitting one that trains the whole graph (FitSolver).
void TestCli::fitCsvHasTheAssistantsColumns_data()
{
    QTest::addColumn<bool>("freeze");
    QTest::newRow("whole graph") << false;
    QTest::newRow("--freeze") << true;
}

void TestCli::fitCsvHasTheAssistantsColumns()
{
    QFETCH(bool, freeze);
    QStringList args = {QStringLiteral("fit"), QStringLiteral("builtin:resnet18"),
                        QStringLiteral("--device"), QStringLiteral("colab-t4"),
                        QStringLiteral("--format"), QStringLiteral("csv")};
    if (freeze)
        args << QStringLiteral("--freeze");
    const CliResult r = run(args);
    QVERIFY(r.finished);
    QCOMPARE(r.code, 0);
    const QStringList lines = csvLines(r.out);
    QVERIFY(lines.size() >= 3);
    QVERIFY(lines[0].startsWith(QLatin1String(
            "device,precision,optimizer,checkpoint,fits,max_batch,micro_batch,accumulation_steps,"
            "device_peak,step_time_s,samples_per_s,")));
    const QStringList header = lines[0].split(QLatin1Char(','));
    QVERIFY(header.contains(QLatin1String("frozen_layers")));
    int freezing = 0;
    bool seenFrozenFit = false;
    for (int i = 1; i < lines.size(); ++i) {
        QCOMPARE(csvCell(header, lines[i], "rank").toInt(), i);
        QCOMPARE(csvCell(header, lines[i], "effective_batch"), QStringLiteral("32")); // --batch default
        const bool fits = csvCell(header, lines[i], "fits") == QLatin1String("true");
        const bool frozen = !csvCell(header, lines[i], "frozen_layers").isEmpty();
        freezing += frozen ? 1 : 0;
        if (fits && frozen)
            seenFrozenFit = true;
        QVERIFY2(!(fits && !frozen && seenFrozenFit), qPrintable(lines[i]));
        const double extra = csvCell(header, lines[i], "extra_compute").toDouble();
        const bool checkpointed = csvCell(header, lines[i], "checkpoint") != QLatin1String("none");
        QVERIFY2(checkpointed ? extra > 0.0 : extra == 0.0, qPrintable(lines[i]));
    }
    // without --freeze no candidate freezes; with it, half of them do (each configuration
    // once as the user set it and once freezing the prefix)
    QCOMPARE(freezing, freeze ? (lines.size() - 1) / 2 : 0);

    // The JSON carries the same extras.
    QJsonObject root;
    QString why;
    args[args.indexOf(QStringLiteral("csv"))] = QStringLiteral("json");
    QVERIFY2(runJson(args, &root, &why), qPrintable(why));
    const QJsonArray candidates = root.value(QLatin1String("devices")).toArray().first().toObject()
                                          .value(QLatin1String("candidates")).toArray();
    QCOMPARE(candidates.size(), lines.size() - 1);
    for (int i = 0; i < candidates.size(); ++i) {
        const QJsonObject c = candidates.at(i).toObject();
        const QString csvFrozen = csvCell(header, lines[i + 1], "frozen_layers");
        QCOMPARE(c.value(QLatin1String("frozen_layers")).toArray().size(),
                 csvFrozen.isEmpty() ? 0 : csvFrozen.count(QLatin1Char(';')) + 1);
        QCOMPARE(c.value(QLatin1String("effective_batch")).toInteger(), qint64(32));
    }
}

// `sweep --over variants` writes the batch chart's series: the configuration and its
// variants (BatchSweep::variants: the other precision, √n, both, SGD — five for training),
// each at every batch, with the largest batch per --device.
void TestCli::sweepVariantsAreTheBatchChart_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("text") << QStringLiteral("text");
}

void TestCli::sweepVariantsAreTheBatchChart()
{
    QFETCH(QString, format);
    const QStringList args = {QStringLiteral("sweep"), QStringLiteral("builtin:resnet18"),
                              QStringLiteral("--over"), QStringLiteral("variants"),
                              QStringLiteral("--batches"), QStringLiteral("1,32"),
                              QStringLiteral("--device"), QStringLiteral("colab-t4"),
                              QStringLiteral("--format"), format};
    // the plain batch sweep of the same configuration, to compare the first series with
    const CliResult plain = run({QStringLiteral("sweep"), QStringLiteral("builtin:resnet18"),
                                 QStringLiteral("--batches"), QStringLiteral("32"),
                                 QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(plain.code, 0);
    const QStringList plainLines = csvLines(plain.out);
    const QString plainPeak = csvCell(plainLines[0].split(QLatin1Char(',')), plainLines[1], "device_peak");
    if (format == QLatin1String("json")) {
        QJsonObject root;
        QString why;
        QVERIFY2(runJson(args, &root, &why), qPrintable(why));
        QCOMPARE(root.value(QLatin1String("over")).toString(), QStringLiteral("variants"));
        const QJsonArray series = root.value(QLatin1String("series")).toArray();
        QCOMPARE(series.size(), 5);
        const QJsonObject first = series.first().toObject();
        QCOMPARE(first.value(QLatin1String("label")).toString(), QStringLiteral("fp32 · adam · no checkpointing"));
        QCOMPARE(first.value(QLatin1String("points")).toArray().size(), 2);
        QCOMPARE(QString::number(first.value(QLatin1String("points")).toArray().at(1).toObject()
                                         .value(QLatin1String("device_peak")).toInteger()),
                 plainPeak);
        QVERIFY(first.value(QLatin1String("max_batch")).toObject().value(QLatin1String("colab-t4")).toInteger() > 32);
        return;
    }
    const CliResult r = run(args);
    QCOMPARE(r.code, 0);
    if (format == QLatin1String("text")) {
        QVERIFY2(r.out.contains(QStringLiteral("fp32 · sgd · no checkpointing")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("largest batch")), qPrintable(r.out));
        return;
    }
    const QStringList lines = csvLines(r.out);
    QCOMPARE(lines.size(), 1 + 5 * 2); // header, five configurations at batches 1 and 32
    const QStringList header = lines[0].split(QLatin1Char(','));
    QCOMPARE(header, (QStringList{QStringLiteral("series"), QStringLiteral("precision"), QStringLiteral("optimizer"),
                                  QStringLiteral("checkpoint"), QStringLiteral("batch"), QStringLiteral("tensor_peak"),
                                  QStringLiteral("device_peak"), QStringLiteral("max_batch_colab-t4")}));
    QCOMPARE(csvCell(header, lines[2], "batch"), QStringLiteral("32"));
    QCOMPARE(csvCell(header, lines[2], "device_peak"), plainPeak);
    QCOMPARE(csvCell(header, lines[3], "precision"), QStringLiteral("amp-bf16"));
    QCOMPARE(csvCell(header, lines[9], "optimizer"), QStringLiteral("sgd"));
}

void TestCli::listings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("devices") << QStringList{QStringLiteral("devices")}
                             << QStringLiteral("colab-t4");
    QTest::newRow("devices csv") << QStringList{QStringLiteral("devices"),
                                                QStringLiteral("--format"), QStringLiteral("csv")}
                                 << QStringLiteral("colab-t4,");
    QTest::newRow("devices json") << QStringList{QStringLiteral("devices"),
                                                 QStringLiteral("--format"), QStringLiteral("json")}
                                  << QStringLiteral("\"memplanner.devices/1\"");
    QTest::newRow("ops") << QStringList{QStringLiteral("ops")} << QStringLiteral("Conv2d");
    QTest::newRow("ops json") << QStringList{QStringLiteral("ops"), QStringLiteral("--format"),
                                             QStringLiteral("json")}
                              << QStringLiteral("\"LayerNorm\"");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: ");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")}
                             << QStringLiteral("memplanner-cli ");
    QTest::newRow("plan --help") << QStringList{QStringLiteral("plan"), QStringLiteral("--help")}
                                 << QStringLiteral("--batch");
}

void TestCli::listings()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult r = run(arguments);
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(!r.out.trimmed().isEmpty());
    QVERIFY2(r.out.contains(expected), qPrintable(r.out.left(500)));
}

// ---------------------------------------------------------------------------------------------
// Bad input: one line on stderr that starts with "error:" and names what is at fault, a
// non-zero exit (1 for bad models and values, 2 for bad command lines, which also get the usage
// hint on the same line), nothing on stdout, never a crash or a hang.

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mentions");

    const QString plan = QStringLiteral("plan");
    const QString r18 = QStringLiteral("builtin:resnet18");
    auto file = [&](const char *name) { return QStringList{plan, badFixture(name)}; };
    auto option = [&](const char *name, const char *value) {
        return QStringList{plan, r18, QLatin1String(name), QLatin1String(value)};
    };

    QTest::newRow("unknown op") << file("unknown-op.memplan") << 1
                                << QStringList{QStringLiteral("wobble"),
                                               QStringLiteral("Frobnicate")};
    QTest::newRow("dangling edge")
            << file("dangling-edge.memplan") << 1
            << QStringList{QStringLiteral("head_fc"), QStringLiteral("ghost")};
    QTest::newRow("cycle") << file("cycle.memplan") << 1
                           << QStringList{QStringLiteral("loop_a"), QStringLiteral("loop_b")};
    QTest::newRow("Add of mismatched shapes")
            << file("shape-mismatch-add.memplan") << 1 << QStringList{QStringLiteral("bad_sum")};
    QTest::newRow("Conv2d fed a matrix") << file("shape-mismatch-conv.memplan") << 1
                                         << QStringList{QStringLiteral("conv_on_2d")};
    // [batch, 10^15, 10^6] float32: 4·10^21 bytes per sample, beyond 2^63.
    QTest::newRow("absurd input dimension")
            << file("absurd-dimension.memplan") << 1 << QStringList{QStringLiteral("huge")};
    // Linear 10^6 → 10^15: a 10^21-element weight.
    QTest::newRow("absurd parameter")
            << file("absurd-parameter.memplan") << 1 << QStringList{QStringLiteral("giant_fc")};
    QTest::newRow("truncated JSON")
            << file("truncated.memplan") << 1 << QStringList{QStringLiteral("truncated.memplan")};
    QTest::newRow("not a project") << file("not-a-project.memplan") << 1
                                   << QStringList{QStringLiteral("not-a-project.memplan")};
    QTest::newRow("missing file") << file("no-such-file.memplan") << 1
                                  << QStringList{QStringLiteral("no-such-file.memplan")};
    QTest::newRow("unknown builtin") << QStringList{plan, QStringLiteral("builtin:resnet9000")} << 1
                                     << QStringList{QStringLiteral("resnet9000")};
    QTest::newRow("batch 0") << option("--batch", "0") << 1
                             << QStringList{QStringLiteral("--batch")};
    QTest::newRow("batch -3") << option("--batch", "-3") << 1
                              << QStringList{QStringLiteral("--batch")};
    QTest::newRow("batch=-3") << QStringList{plan, r18, QStringLiteral("--batch=-3")} << 1
                              << QStringList{QStringLiteral("--batch")};
    QTest::newRow("batch absurd") << option("--batch", "99999999999999") << 1
                                  << QStringList{QStringLiteral("--batch")};
    QTest::newRow("batch beyond 64 bits") << option("--batch", "99999999999999999999999") << 1
                                          << QStringList{QStringLiteral("--batch")};
    QTest::newRow("batch not a number")
            << option("--batch", "lots") << 1 << QStringList{QStringLiteral("--batch")};
    QTest::newRow("seq 0") << option("--seq", "0") << 1 << QStringList{QStringLiteral("--seq")};
    QTest::newRow("unknown device")
            << option("--device", "no-such-gpu") << 1 << QStringList{QStringLiteral("no-such-gpu")};
    QTest::newRow("unknown optimizer")
            << option("--optimizer", "adamx") << 1 << QStringList{QStringLiteral("adamx")};
    QTest::newRow("unknown precision")
            << option("--precision", "fp7") << 1 << QStringList{QStringLiteral("fp7")};
    QTest::newRow("int8 training") << QStringList{plan,
                                                  r18,
                                                  QStringLiteral("--precision"),
                                                  QStringLiteral("int8"),
                                                  QStringLiteral("--mode"),
                                                  QStringLiteral("train")}
                                   << 1 << QStringList{QStringLiteral("int8")};
    QTest::newRow("unknown mode") << option("--mode", "dream") << 1
                                  << QStringList{QStringLiteral("dream")};
    QTest::newRow("unknown checkpoint")
            << option("--checkpoint", "often") << 1 << QStringList{QStringLiteral("often")};
    QTest::newRow("bad checkpoint budget")
            << option("--checkpoint", "budget=xyz") << 1 << QStringList{QStringLiteral("xyz")};
    QTest::newRow("unknown runtime")
            << option("--runtime", "tensorflow") << 1 << QStringList{QStringLiteral("tensorflow")};
    QTest::newRow("unknown format")
            << option("--format", "xml") << 1 << QStringList{QStringLiteral("xml")};
    QTest::newRow("sweep over nothing")
            << QStringList{QStringLiteral("sweep"), r18, QStringLiteral("--over"),
                           QStringLiteral("colour")}
            << 1 << QStringList{QStringLiteral("colour")};
    QTest::newRow("sweep of a cycle")
            << QStringList{QStringLiteral("sweep"), badFixture("cycle.memplan")} << 1
            << QStringList{QStringLiteral("loop_a")};
    QTest::newRow("fit unknown device")
            << QStringList{QStringLiteral("fit"), r18, QStringLiteral("--device"),
                           QStringLiteral("no-such-gpu")}
            << 1 << QStringList{QStringLiteral("no-such-gpu")};
    QTest::newRow("fit of a dangling edge")
            << QStringList{QStringLiteral("fit"), badFixture("dangling-edge.memplan")} << 1
            << QStringList{QStringLiteral("ghost")};
    // Command-line (usage) errors: exit 2, the usage hint on the same line.
    QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate"), r18} << 2
                                  << QStringList{QStringLiteral("frobnicate"),
                                                 QStringLiteral("Usage:")};
    QTest::newRow("plan without a model")
            << QStringList{plan} << 2 << QStringList{QStringLiteral("Usage:")};
    QTest::newRow("plan with two models")
            << QStringList{plan, r18, r18} << 2 << QStringList{QStringLiteral("Usage:")};
    QTest::newRow("unknown option")
            << option("--bogus", "1") << 2 << QStringList{QStringLiteral("bogus")};
    QTest::newRow("PDF in a missing folder")
            << QStringList{plan, r18, QStringLiteral("--pdf"), QStringLiteral("/nonexistent-memplanner-dir/report.pdf")}
            << 1 << QStringList{QStringLiteral("report.pdf")};
    QTest::newRow("option without its value") << QStringList{plan, r18, QStringLiteral("--batch")}
                                              << 2 << QStringList{QStringLiteral("batch")};
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QStringList, mentions);

    const CliResult r = run(arguments);
    QVERIFY2(r.finished, "memplanner-cli hung");
    QCOMPARE(r.status, QProcess::NormalExit); // no crash
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out.left(300)));
    QVERIFY2(r.err.endsWith(QLatin1Char('\n')) && r.err.count(QLatin1Char('\n')) == 1,
             qPrintable(QStringLiteral("not exactly one line: ") + r.err));
    QVERIFY2(r.err.startsWith(QLatin1String("error: ")), qPrintable(r.err));
    QCOMPARE(r.code, code);
    for (const QString &m : mentions)
        QVERIFY2(r.err.contains(m), qPrintable(QStringLiteral("“%1” not in: %2").arg(m, r.err)));
}

void TestCli::noArgumentsPrintsUsage()
{
    const CliResult r = run({});
    QVERIFY(r.finished);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(QLatin1String("Usage: ")));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCli::calibrationRoundTrip()
{
    // calibrate fits the recorded H100 steps and writes a runtime profile; plan --calibration
    // then plans with it.
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("h100.json"));
    const CliResult fitted = run({QStringLiteral("calibrate"),
                                  QStringLiteral(MEMPLANNER_SOURCE_DIR "/tests/data/measurements/h100-torch2.11.jsonl"),
                                  QStringLiteral("--runtime"), QStringLiteral("pytorch-cuda-hopper"),
                                  QStringLiteral("--id"), QStringLiteral("h100-test"), QStringLiteral("--out"), profile,
                                  QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(fitted.code, 0);
    const QJsonObject result = QJsonDocument::fromJson(fitted.out.toUtf8()).object();
    QCOMPARE(result.value(QLatin1String("profile")).toObject().value(QLatin1String("id")).toString(), QStringLiteral("h100-test"));
    QVERIFY(result.value(QLatin1String("residuals")).toArray().size() >= 20);
    QVERIFY(QFile::exists(profile));
    QJsonObject root;
    QString why;
    QVERIFY2(runJson({QStringLiteral("plan"), QStringLiteral("builtin:resnet18"), QStringLiteral("--calibration"), profile,
                      QStringLiteral("--format"), QStringLiteral("json")},
                     &root, &why),
             qPrintable(why));
    QCOMPARE(root.value(QLatin1String("config")).toObject().value(QLatin1String("runtime")).toString(), QStringLiteral("h100-test"));
}

// ---------------------------------------------------------------------------------------------
// plan --pdf (issue 7): the report is written, is a PDF of several pages, and the plan is
// still printed; the CLI makes its own offscreen QApplication for the charts.

void TestCli::planPdf_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestCli::planPdf()
{
    QFETCH(QString, lang);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const CliResult r = run({QStringLiteral("plan"), QStringLiteral("builtin:resnet18"), QStringLiteral("--batch"),
                             QStringLiteral("16"), QStringLiteral("--device"), QStringLiteral("colab-t4,laptop-rtx3050-4gb"),
                             QStringLiteral("--lang"), lang, QStringLiteral("--pdf"), pdf});
    QVERIFY2(r.finished, "memplanner-cli hung");
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("ResNet-18")));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // Page objects are written uncompressed: "/Type /Page" (not "/Pages").
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    const qsizetype pages = QString::fromLatin1(bytes).count(page);
    // title, model and configuration; charts; devices and recommendations; layers
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
