// Tests of the CLI verbs ram, dtypes, deploy and shard (app/cli/BeyondCommands.cpp), run as a
// separate process exactly as a user or script would. Every expected number is derived by hand
// in the comment next to it, from the formulas documented in the four planners' headers.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString fixture(const char *name)
{
    return QStringLiteral(MEMPLANNER_SOURCE_DIR "/tests/data/beyond/") + QLatin1String(name);
}

/** "a.b.2.c": members by name, array elements by index. */
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else
            v = v.toObject().value(part);
    }
    return v;
}

} // namespace

class tst_BeyondCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ram_data();
    void ram();
    void dtypes_data();
    void dtypes();
    void dtypesText();
    void deploy_data();
    void deploy();
    void deployStudent();
    void shard_data();
    void shard();
    void shardActivationsComeFromThePlan();
    void shardText();

    void help_data();
    void help();
    void badInput_data();
    void badInput();

private:
    CliRun run(const QStringList &args) const;
    /** Runs @p args (which must ask for JSON) and parses stdout; fails the test on error. */
    QJsonObject runJson(const QStringList &args) const;
    void compareFields(const QJsonObject &root, const QVariantMap &expected) const;

    QTemporaryDir m_home; ///< isolates the CLI from the user's own device/runtime profiles
};

void tst_BeyondCommands::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(MEMPLANNER_CLI_PATH)), MEMPLANNER_CLI_PATH);
}

CliRun tst_BeyondCommands::run(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MEMPLANNER_CLI_PATH), args);
    CliRun r;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

QJsonObject tst_BeyondCommands::runJson(const QStringList &args) const
{
    const CliRun r = run(args);
    if (r.exitCode != 0) {
        QTest::qFail(
            qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))),
            __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        QTest::qFail(qPrintable(QStringLiteral("not a JSON object: ") + error.errorString()),
                     __FILE__, __LINE__);
        return {};
    }
    return doc.object();
}

void tst_BeyondCommands::compareFields(const QJsonObject &root, const QVariantMap &expected) const
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QJsonValue actual = valueAt(root, it.key());
        bool same = false;
        switch (it.value().typeId()) {
        case QMetaType::QString:
            same = actual.isString() && actual.toString() == it.value().toString();
            break;
        case QMetaType::Bool:
            same = actual.isBool() && actual.toBool() == it.value().toBool();
            break;
        case QMetaType::Double: {
            const double e = it.value().toDouble();
            same = actual.isDouble()
                   && std::fabs(actual.toDouble() - e) <= 1e-9 * std::max(1.0, std::fabs(e));
            break;
        }
        default:
            same = actual.isDouble() && actual.toInteger(-1) == it.value().toLongLong();
        }
        const QString actualText
            = actual.isDouble()
                  ? QString::number(actual.toDouble(), 'g', 17)
                  : QString::fromUtf8(
                      QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact));
        QVERIFY2(same, qPrintable(QStringLiteral("%1: got %2, expected %3")
                                      .arg(it.key(), actualText, it.value().toString())));
    }
}

// ---------------------------------------------------------------------------------------------
// ram: total = runtime + dataset + workers × worker baseline + (workers × prefetch + 1) × batch
// × sample + pinned × batch × sample + model copy (HostRamPlanner.h).

void tst_BeyondCommands::ram_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QVariantMap>("expected");

    // 1,000,000 rows × 10 columns × 8 bytes (pandas' float64) = 80,000,000 B in memory, plus the
    // 391,000,000 B PyTorch baseline = 471,000,000 B. No capacity: fits/headroom are null.
    QTest::newRow("in-memory table")
        << QStringList{QStringLiteral("--rows"), QStringLiteral("1000000"),
                       QStringLiteral("--columns"), QStringLiteral("10")}
        << QVariantMap{{QStringLiteral("memory.runtime"), qint64(391'000'000)},
                       {QStringLiteral("memory.dataset"), qint64(80'000'000)},
                       {QStringLiteral("memory.total"), qint64(471'000'000)},
                       {QStringLiteral("breakdown.1.item"), QStringLiteral("dataset")},
                       {QStringLiteral("config.loading"), QStringLiteral("memory")}};

    // Streamed in 100,000-row chunks, 2 resident (default): min(1e6, 2 × 1e5) × 10 × 8 =
    // 16,000,000 B; total 391,000,000 + 16,000,000 = 407,000,000 B.
    QTest::newRow("streamed table")
        << QStringList{QStringLiteral("--rows"),       QStringLiteral("1000000"),
                       QStringLiteral("--columns"),    QStringLiteral("10"),
                       QStringLiteral("--loading"),    QStringLiteral("stream"),
                       QStringLiteral("--chunk-rows"), QStringLiteral("100000")}
        << QVariantMap{{QStringLiteral("memory.dataset"), qint64(16'000'000)},
                       {QStringLiteral("memory.total"), qint64(407'000'000)}};

    // No runtime; 2 workers of 100 MB (10^8) each = 200,000,000; a batch is 32 × 1 KiB = 32,768 B,
    // (2 × 2 + 1) = 5 batches in flight = 163,840; 2 pinned buffers = 65,536.
    // Total 200,000,000 + 163,840 + 65,536 = 200,229,376 B.
    QTest::newRow("data loader")
        << QStringList{QStringLiteral("--runtime"),         QStringLiteral("none"),
                       QStringLiteral("--workers"),         QStringLiteral("2"),
                       QStringLiteral("--worker-baseline"), QStringLiteral("100MB"),
                       QStringLiteral("--batch"),           QStringLiteral("32"),
                       QStringLiteral("--sample-bytes"),    QStringLiteral("1KiB"),
                       QStringLiteral("--pinned"),          QStringLiteral("2")}
        << QVariantMap{{QStringLiteral("memory.worker_processes"), qint64(200'000'000)},
                       {QStringLiteral("memory.batch_bytes"), qint64(32'768)},
                       {QStringLiteral("memory.batches_in_flight"), qint64(5)},
                       {QStringLiteral("memory.loader_batches"), qint64(163'840)},
                       {QStringLiteral("memory.pinned_buffers"), qint64(65'536)},
                       {QStringLiteral("memory.total"), qint64(200'229'376)}};

    // LeNet-300-100's fp32 parameters: 784·300 + 300 + 300·100 + 100 + 100·10 + 10 = 266,610,
    // × 4 bytes = 1,066,440 B (no buffers).
    QTest::newRow("model copy from a builtin")
        << QStringList{QStringLiteral("--runtime"), QStringLiteral("none"),
                       QStringLiteral("--model"), QStringLiteral("builtin:lenet300")}
        << QVariantMap{{QStringLiteral("memory.model_copy"), qint64(1'066'440)},
                       {QStringLiteral("config.model_parameters"), qint64(266'610)},
                       {QStringLiteral("memory.total"), qint64(1'066'440)}};

    // docs/BEYOND_ONE_GPU.md's 55 M-row table: 55e6 × 28 × 8 = 12,320,000,000 + 391,000,000 =
    // 12,711,000,000 B against 12.7 GB (12.7e9): short by 11,000,000 B; at most
    // ⌊(12.7e9 − 391e6) / 224⌋ = ⌊54,950,892.86⌋ = 54,950,892 rows fit.
    QTest::newRow("55M rows against 12.7GB")
        << QStringList{QStringLiteral("--rows"),     QStringLiteral("55000000"),
                       QStringLiteral("--columns"),  QStringLiteral("28"),
                       QStringLiteral("--capacity"), QStringLiteral("12.7GB")}
        << QVariantMap{{QStringLiteral("memory.total"), qint64(12'711'000'000)},
                       {QStringLiteral("capacity"), qint64(12'700'000'000)},
                       {QStringLiteral("fits"), false},
                       {QStringLiteral("headroom"), qint64(-11'000'000)},
                       {QStringLiteral("max_rows_in_memory"), qint64(54'950'892)}};

    // resources/devices.json: colab-t4's host_ram_bytes = 13,600,000,000;
    // headroom 13.6e9 − 12.711e9 = 889,000,000 B.
    QTest::newRow("capacity from a device profile")
        << QStringList{QStringLiteral("--rows"),    QStringLiteral("55000000"),
                       QStringLiteral("--columns"), QStringLiteral("28"),
                       QStringLiteral("--device"),  QStringLiteral("colab-t4")}
        << QVariantMap{{QStringLiteral("capacity"), qint64(13'600'000'000)},
                       {QStringLiteral("fits"), true},
                       {QStringLiteral("headroom"), qint64(889'000'000)}};

    // Sweep 0, 500, 1,000 rows of 1 column (8 B a row), no runtime, 100-row chunks × 2:
    // in memory 0 / 4,000 / 8,000 B; streamed min(rows, 200) × 8 = 0 / 1,600 / 1,600 B.
    QTest::newRow("row sweep")
        << QStringList{QStringLiteral("--runtime"),    QStringLiteral("none"),
                       QStringLiteral("--columns"),    QStringLiteral("1"),
                       QStringLiteral("--chunk-rows"), QStringLiteral("100"),
                       QStringLiteral("--sweep-rows"), QStringLiteral("1000"),
                       QStringLiteral("--points"),     QStringLiteral("3")}
        << QVariantMap{{QStringLiteral("sweep.0.rows"), qint64(0)},
                       {QStringLiteral("sweep.1.rows"), qint64(500)},
                       {QStringLiteral("sweep.1.in_memory"), qint64(4'000)},
                       {QStringLiteral("sweep.1.streamed"), qint64(1'600)},
                       {QStringLiteral("sweep.2.in_memory"), qint64(8'000)},
                       {QStringLiteral("sweep.2.streamed"), qint64(1'600)}};
}

void tst_BeyondCommands::ram()
{
    QFETCH(QStringList, args);
    QFETCH(QVariantMap, expected);
    const QJsonObject root
        = runJson(QStringList{QStringLiteral("ram")} + args
                  + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("memplanner.ram/1"));
    compareFields(root, expected);
}

// ---------------------------------------------------------------------------------------------
// dtypes: tests/data/beyond/passengers.csv has a header and 6 data lines; line 6
// ("5,30,5.25,Lyon,True,extra") has 6 fields for 5 columns, so it is skipped: 5 rows remain
// (ids 1, 2, 3, 4, 6). Memory per CsvDtypeAdvisor.h (pandas memory_usage(deep=True)):
//   id    1…6                 int64 5 × 8 = 40     → int8 5 × 1 = 5
//   age   23, —, 45, 61, 19   float64 (a missing value) 40 → nullable Int8 5 × (1 + 1) = 10
//   price 1.5 … 6.0           float64 40           → float16 5 × 2 = 10 (all exact in binary16)
//   city  Paris ×3, Lyon ×2   object 5 × 8 + 3 × (49 + 5) + 2 × (49 + 4) = 308
//                             → category (2 distinct / 5 ≤ 0.5): 5 int8 codes + (8 + 54) +
//                               (8 + 53) = 128
//   flag  True/False/false    bool 5 → bool 5
// Totals 433 → 158, saving 275 B (275 / 433 = 0.635…).

void tst_BeyondCommands::dtypes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QVariantMap>("expected");

    QTest::newRow("passengers.csv")
        << QStringList{fixture("passengers.csv")}
        << QVariantMap{{QStringLiteral("rows"), qint64(5)},
                       {QStringLiteral("malformed_rows"), qint64(1)},
                       {QStringLiteral("malformed_lines.0"), qint64(6)},
                       {QStringLiteral("columns.0.name"), QStringLiteral("id")},
                       {QStringLiteral("columns.0.kind"), QStringLiteral("integer")},
                       {QStringLiteral("columns.0.default_dtype"), QStringLiteral("int64")},
                       {QStringLiteral("columns.0.recommended_dtype"), QStringLiteral("int8")},
                       {QStringLiteral("columns.0.default_bytes"), qint64(40)},
                       {QStringLiteral("columns.0.recommended_bytes"), qint64(5)},
                       {QStringLiteral("columns.1.default_dtype"), QStringLiteral("float64")},
                       {QStringLiteral("columns.1.recommended_dtype"), QStringLiteral("Int8")},
                       {QStringLiteral("columns.1.missing"), qint64(1)},
                       {QStringLiteral("columns.1.recommended_bytes"), qint64(10)},
                       {QStringLiteral("columns.2.kind"), QStringLiteral("float")},
                       {QStringLiteral("columns.2.recommended_dtype"), QStringLiteral("float16")},
                       {QStringLiteral("columns.2.recommended_bytes"), qint64(10)},
                       {QStringLiteral("columns.3.default_dtype"), QStringLiteral("object")},
                       {QStringLiteral("columns.3.default_bytes"), qint64(308)},
                       {QStringLiteral("columns.3.recommended_dtype"), QStringLiteral("category")},
                       {QStringLiteral("columns.3.recommended_bytes"), qint64(128)},
                       {QStringLiteral("columns.4.kind"), QStringLiteral("boolean")},
                       {QStringLiteral("columns.4.recommended_dtype"), QStringLiteral("bool")},
                       {QStringLiteral("columns.4.recommended_bytes"), qint64(5)},
                       {QStringLiteral("default_bytes"), qint64(433)},
                       {QStringLiteral("recommended_bytes"), qint64(158)},
                       {QStringLiteral("saving_bytes"), qint64(275)},
                       {QStringLiteral("saving_ratio"), 275.0 / 433.0},
                       // read_csv cannot parse float16, so the dtype= argument says float32.
                       {QStringLiteral("pandas_dtype"),
                        QStringLiteral("{'id': 'int8', 'age': 'Int8', 'price': 'float32', "
                                       "'city': 'category', 'flag': 'bool'}")}};

    // tests/data/beyond/readings-semicolon.csv, 3 rows split on ';':
    //   sensor a, b, a: 2 distinct / 3 > 0.5 → stays object: 3 × 8 + 3 × (49 + 1) = 174
    //   reading 0.5, 1.25, −2: exact in float16 → 3 × 2 = 6 (float64: 24)
    // Totals 198 → 180.
    QTest::newRow("semicolon delimiter")
        << QStringList{fixture("readings-semicolon.csv"), QStringLiteral("--delimiter"),
                       QStringLiteral(";")}
        << QVariantMap{{QStringLiteral("rows"), qint64(3)},
                       {QStringLiteral("columns.0.recommended_dtype"), QStringLiteral("object")},
                       {QStringLiteral("columns.0.default_bytes"), qint64(174)},
                       {QStringLiteral("columns.1.recommended_dtype"), QStringLiteral("float16")},
                       {QStringLiteral("columns.1.recommended_bytes"), qint64(6)},
                       {QStringLiteral("default_bytes"), qint64(198)},
                       {QStringLiteral("recommended_bytes"), qint64(180)},
                       {QStringLiteral("pandas_call"),
                        QStringLiteral("pd.read_csv('readings-semicolon.csv', sep=';', "
                                       "dtype={'sensor': 'object', 'reading': 'float32'})")}};

    // Without --delimiter the same file is one column named "sensor;reading".
    QTest::newRow("default delimiter")
        << QStringList{fixture("readings-semicolon.csv")}
        << QVariantMap{{QStringLiteral("columns.0.name"), QStringLiteral("sensor;reading")},
                       {QStringLiteral("columns.0.kind"), QStringLiteral("string")}};

    // --no-header: the header line becomes a data row (6 rows), columns are named 0…4 and "id"
    // makes the first column text; line 6 is still the malformed one.
    QTest::newRow("no header") << QStringList{fixture("passengers.csv"),
                                              QStringLiteral("--no-header")}
                               << QVariantMap{
                                      {QStringLiteral("rows"), qint64(6)},
                                      {QStringLiteral("malformed_lines.0"), qint64(6)},
                                      {QStringLiteral("columns.0.name"), QStringLiteral("0")},
                                      {QStringLiteral("columns.0.kind"), QStringLiteral("string")}};
}

void tst_BeyondCommands::dtypes()
{
    QFETCH(QStringList, args);
    QFETCH(QVariantMap, expected);
    const QJsonObject root
        = runJson(QStringList{QStringLiteral("dtypes")} + args
                  + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("memplanner.dtypes/1"));
    compareFields(root, expected);
}

void tst_BeyondCommands::dtypesText()
{
    const CliRun r = run({QStringLiteral("dtypes"), fixture("passengers.csv")});
    QCOMPARE(r.exitCode, 0);
    // stderr is not a terminal here: no progress output at all.
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("Saving: 275 B of 433 B (63.5 %).")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Malformed rows skipped: 1 (first at line 6).")));
    QVERIFY(text.contains(QStringLiteral("pd.read_csv('passengers.csv', dtype={'id': 'int8'")));
    QVERIFY(text.contains(QStringLiteral("on_bad_lines='skip'")));
}

// ---------------------------------------------------------------------------------------------
// deploy on builtin:lenet300 (Linear 784→300→100→10, PyTorch layout weight [out, in]):
//   fc1.weight 300 × 784 = 235,200   fc2.weight 100 × 300 = 30,000   fc3.weight 10 × 100 = 1,000
//   biases 300 + 100 + 10 = 410 (stay fp32: 1,640 B); fp32 original 266,610 × 4 = 1,066,440 B.
// Default device rpi4-4gb (pytorch-cpu, no workspace), batch 1.

void tst_BeyondCommands::deploy_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QVariantMap>("expected");

    // int8 per channel, fp16 scales: values 266,200 × 1 B; scales (300 + 100 + 10) × 2 = 820 B;
    // values incl. biases 266,200 + 1,640 = 267,840; total 267,840 + 820 = 268,660 B
    // (ratio 1,066,440 / 268,660 = 3.9695…).
    // Activations and inputs at the peak (batch 1): image 784 × 4 + label 8 = 3,144 B plus fc1's
    // output and relu1's (300 × 4 each) = 2,400 B → 5,544 B; inference 268,660 + 5,544 = 274,204 B.
    // FLOPs: 2 × 266,200 multiply-adds + 300 + 100 ReLUs = 532,800 (the plan's forward FLOPs).
    // Traffic: every op reads its inputs and writes its output once:
    //   fc1 3,136 + 1,200, relu1 1,200 + 1,200, fc2 1,200 + 400, relu2 400 + 400, fc3 400 + 40
    //   = 9,576 B; bytes moved 268,660 + 9,576 = 278,236 B.
    // rpi4-4gb: int8 192e9 FLOP/s, 12.8e9 B/s, efficiency 0.3:
    //   compute 532,800 / 57.6e9 = 9.25e-6 s, memory 278,236 / 3.84e9 = 7.2457…e-5 s →
    //   memory-bound.
    QTest::newRow("int8 per channel")
        << QStringList{QStringLiteral("--quant"), QStringLiteral("int8"),
                       QStringLiteral("--granularity"), QStringLiteral("channel")}
        << QVariantMap{{QStringLiteral("weights.parameters"), qint64(266'610)},
                       {QStringLiteral("weights.original"), qint64(1'066'440)},
                       {QStringLiteral("weights.values"), qint64(267'840)},
                       {QStringLiteral("weights.metadata"), qint64(820)},
                       {QStringLiteral("weights.indices"), qint64(0)},
                       {QStringLiteral("weights.total"), qint64(268'660)},
                       {QStringLiteral("weights.ratio"), 1'066'440.0 / 268'660.0},
                       {QStringLiteral("weights.tensors.0.name"), QStringLiteral("fc1.weight")},
                       {QStringLiteral("weights.tensors.0.total"), qint64(235'200 + 600)},
                       {QStringLiteral("weights.tensors.1.value_bits"), qint64(32)},
                       {QStringLiteral("memory.activation_peak"), qint64(5'544)},
                       {QStringLiteral("memory.workspace"), qint64(0)},
                       {QStringLiteral("memory.inference"), qint64(274'204)},
                       {QStringLiteral("latency.flops"), 532'800.0},
                       {QStringLiteral("latency.activation_traffic"), qint64(9'576)},
                       {QStringLiteral("latency.bytes_moved"), qint64(278'236)},
                       {QStringLiteral("latency.compute_s"), 532'800.0 / (192e9 * 0.3)},
                       {QStringLiteral("latency.memory_s"), 278'236.0 / (12.8e9 * 0.3)},
                       {QStringLiteral("latency.memory_bound"), true},
                       {QStringLiteral("device.id"), QStringLiteral("rpi4-4gb")},
                       {QStringLiteral("fits"), true},
                       // usable 3,221,225,472 − 274,204
                       {QStringLiteral("headroom"), qint64(3'220'951'268)}};

    // 75 % pruned, fp32, CSR (int16 column indices: ≤ 784 columns; int32 row pointers):
    //   fc1: nnz 58,800 → values 235,200 + indices 117,600 + (300 + 1) × 4 = 354,004
    //   fc2: nnz 7,500  → 30,000 + 15,000 + 101 × 4 = 45,404
    //   fc3: nnz 250    → 1,000 + 500 + 11 × 4 = 1,544
    //   biases 1,640; total 402,592 B.
    QTest::newRow("75% pruned fp32 CSR")
        << QStringList{QStringLiteral("--sparsity"), QStringLiteral("0.75"),
                       QStringLiteral("--storage"), QStringLiteral("csr")}
        << QVariantMap{{QStringLiteral("weights.non_zeros"), qint64(58'800 + 7'500 + 250 + 410)},
                       {QStringLiteral("weights.tensors.0.total"), qint64(354'004)},
                       {QStringLiteral("weights.tensors.0.sparse"), true},
                       {QStringLiteral("weights.total"), qint64(402'592)},
                       // fp32 compute: 96e9 FLOP/s × 0.3
                       {QStringLiteral("latency.compute_s"), 532'800.0 / (96e9 * 0.3)}};

    // 16-cluster weight sharing: 4-bit indices n / 2 = 117,600 + 15,000 + 500 = 133,100 B plus a
    // 16 × 4-byte codebook per matrix (3 × 64 = 192) plus biases 1,640 = 134,932 B.
    QTest::newRow("16 clusters") << QStringList{QStringLiteral("--clusters"), QStringLiteral("16")}
                                 << QVariantMap{{QStringLiteral("weights.metadata"), qint64(192)},
                                                {QStringLiteral("weights.total"), qint64(134'932)}};

    // int4, groups of 128 along a row, fp16 scales: fc1 300 × ⌈784/128⌉ = 2,100 scales, fc2
    // 100 × ⌈300/128⌉ = 300, fc3 10 × 1 = 10 → 2,410 × 2 = 4,820 B; values 266,200 / 2 =
    // 133,100; + biases 1,640 = 139,560 B.
    QTest::newRow("int4 groups of 128")
        << QStringList{QStringLiteral("--quant"),       QStringLiteral("int4"),
                       QStringLiteral("--granularity"), QStringLiteral("group"),
                       QStringLiteral("--group-size"),  QStringLiteral("128")}
        << QVariantMap{{QStringLiteral("weights.metadata"), qint64(4'820)},
                       {QStringLiteral("weights.total"), qint64(139'560)}};

    // Batch 4 on a Colab T4: activations and inputs scale with the batch, 4 × 5,544 = 22,176 B;
    // int8 peak 130e12 × 0.5.
    QTest::newRow("batch 4 on colab-t4")
        << QStringList{QStringLiteral("--quant"),  QStringLiteral("int8"),
                       QStringLiteral("--batch"),  QStringLiteral("4"),
                       QStringLiteral("--device"), QStringLiteral("colab-t4")}
        << QVariantMap{{QStringLiteral("model.batch"), qint64(4)},
                       {QStringLiteral("device.peak_flops"), 130e12},
                       {QStringLiteral("latency.flops"), 4 * 532'800.0},
                       {QStringLiteral("weights.total"), qint64(268'660)}};
}

void tst_BeyondCommands::deploy()
{
    QFETCH(QStringList, args);
    QFETCH(QVariantMap, expected);
    const QJsonObject root
        = runJson(QStringList{QStringLiteral("deploy"), QStringLiteral("builtin:lenet300")} + args
                  + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("memplanner.deploy/1"));
    compareFields(root, expected);
    // The breakdown adds up: inference = weights + activations + workspace.
    QCOMPARE(valueAt(root, QStringLiteral("memory.inference")).toInteger(),
             valueAt(root, QStringLiteral("memory.weights")).toInteger()
                 + valueAt(root, QStringLiteral("memory.activation_peak")).toInteger()
                 + valueAt(root, QStringLiteral("memory.workspace")).toInteger());
}

void tst_BeyondCommands::deployStudent()
{
    // ResNet-50 (25,557,032 parameters, torchvision) distilled into ResNet-18 (11,689,512).
    // 75 % pruned + int8 per channel, CSR: docs/BEYOND_ONE_GPU.md derives 19,509,240 B for
    // ResNet-50's weights (6,375,728 int8 values + 12,751,456 int16 indices + 110,456 row
    // pointers + 55,120 fp16 scales + 54,120 fp32 BatchNorm/bias parameters × 4 = 216,480).
    const QJsonObject root = runJson(
        {QStringLiteral("deploy"), QStringLiteral("builtin:resnet50"), QStringLiteral("--sparsity"),
         QStringLiteral("0.75"), QStringLiteral("--quant"), QStringLiteral("int8"),
         QStringLiteral("--student"), QStringLiteral("builtin:resnet18"),
         QStringLiteral("--format"), QStringLiteral("json")});
    compareFields(root,
                  {{QStringLiteral("weights.parameters"), qint64(25'557'032)},
                   {QStringLiteral("weights.total"), qint64(19'509'240)},
                   {QStringLiteral("student.weights.parameters"), qint64(11'689'512)},
                   {QStringLiteral("comparison.parameter_ratio"), 25'557'032.0 / 11'689'512.0}});
    const double ratio = valueAt(root, QStringLiteral("weights.total")).toDouble()
                         / valueAt(root, QStringLiteral("student.weights.total")).toDouble();
    QVERIFY(
        std::fabs(valueAt(root, QStringLiteral("comparison.weight_bytes_ratio")).toDouble() - ratio)
        < 1e-12);
}

// ---------------------------------------------------------------------------------------------
// shard on builtin:gpt2-small: Ψ = 124,439,808 trainable parameters (Hugging Face GPT-2 small,
// tied embeddings); 8 GPUs: S = Ψ / 8 = 15,554,976 exactly. ShardingPlanner.h:
//   DDP     w·Ψ + g·Ψ + K·Ψ  + g·Ψ bucket copy
//   ZeRO-2  w·Ψ + g·S + K·S  + one 25 MiB bucket (26,214,400 B)   (paper: 2Ψ + 14Ψ/N)
//   ZeRO-3  w·S + g·S + K·S  + one bucket

void tst_BeyondCommands::shard_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QVariantMap>("expected");

    // bf16 weights and gradients with fp32 master weights and Adam (2 + 2 + 4 + 8, K = 12):
    // weights 2Ψ = 248,879,616; gradients 2S = 31,109,952; optimizer 12S = 186,659,712;
    // model states 2Ψ + 14Ψ/8 = 248,879,616 + 217,769,664 = 466,649,280 B.
    // Sweep point N = 1: 16Ψ = 1,991,036,928 B of model states.
    QTest::newRow("zero2 on 8")
        << QStringList{QStringLiteral("--sharding"), QStringLiteral("zero2"),
                       QStringLiteral("--precision"), QStringLiteral("bf16-master")}
        << QVariantMap{{QStringLiteral("model.trainable_parameters"), qint64(124'439'808)},
                       {QStringLiteral("bytes_per_parameter.weights"), qint64(2)},
                       {QStringLiteral("bytes_per_parameter.gradients"), qint64(2)},
                       {QStringLiteral("bytes_per_parameter.k"), qint64(12)},
                       {QStringLiteral("shard_parameters"), qint64(15'554'976)},
                       {QStringLiteral("per_gpu.weights"), qint64(248'879'616)},
                       {QStringLiteral("per_gpu.gradients"), qint64(31'109'952)},
                       {QStringLiteral("per_gpu.optimizer_states"), qint64(186'659'712)},
                       {QStringLiteral("per_gpu.model_states"), qint64(466'649'280)},
                       {QStringLiteral("per_gpu.communication_buffers"), qint64(26'214'400)},
                       {QStringLiteral("sweep.0.gpus"), qint64(1)},
                       {QStringLiteral("sweep.0.model_states"), qint64(1'991'036'928)},
                       {QStringLiteral("sweep.7.gpus"), qint64(8)},
                       {QStringLiteral("sweep.7.model_states"), qint64(466'649'280)},
                       // micro-batch 8 (the model's) × 1 step × 8 ranks
                       {QStringLiteral("global_batch"), qint64(64)},
                       {QStringLiteral("capacity"), QStringLiteral("<null>")}};

    // DDP: 16Ψ = 1,991,036,928 B of model states plus the gradient bucket copy 2Ψ = 248,879,616 B.
    QTest::newRow("ddp on 8")
        << QStringList{QStringLiteral("--sharding"), QStringLiteral("ddp")}
        << QVariantMap{{QStringLiteral("per_gpu.model_states"), qint64(1'991'036'928)},
                       {QStringLiteral("per_gpu.communication_buffers"), qint64(248'879'616)},
                       // ⌈248,879,616 / 26,214,400⌉ = ⌈9.49⌉ = 10 buckets
                       {QStringLiteral("ddp_buckets"), qint64(10)}};

    // fp32 Adam (4 + 4 + 0 + 8) under ZeRO-3: 16S = 248,879,616 B.
    QTest::newRow("zero3 fp32 on 8")
        << QStringList{QStringLiteral("--sharding"), QStringLiteral("zero3"),
                       QStringLiteral("--precision"), QStringLiteral("fp32")}
        << QVariantMap{{QStringLiteral("bytes_per_parameter.weights"), qint64(4)},
                       {QStringLiteral("bytes_per_parameter.master_weights"), qint64(0)},
                       {QStringLiteral("bytes_per_parameter.k"), qint64(8)},
                       {QStringLiteral("per_gpu.weights"), qint64(62'219'904)},
                       {QStringLiteral("per_gpu.model_states"), qint64(248'879'616)}};

    // ZeRO-2 with optimizer offload: the GPU keeps 2Ψ; gradient and optimizer shards,
    // 2S + 12S = 14 × 15,554,976 = 217,769,664 B, live in host RAM.
    QTest::newRow("zero2 offload on 8")
        << QStringList{QStringLiteral("--sharding"), QStringLiteral("zero2"),
                       QStringLiteral("--offload"), QStringLiteral("optimizer")}
        << QVariantMap{{QStringLiteral("per_gpu.model_states"), qint64(248'879'616)},
                       {QStringLiteral("host_bytes_per_gpu"), qint64(217'769'664)}};

    // ZeRO-1 with t = 2: d = 4, Ψ' = Ψ / 2 = 62,219,904 (all parameters split), S = 15,554,976:
    // 4Ψ' + 12S = 248,879,616 + 186,659,712 = 435,539,328 B.
    QTest::newRow("zero1 tp2 on 8")
        << QStringList{QStringLiteral("--sharding"), QStringLiteral("zero1"),
                       QStringLiteral("--tp"), QStringLiteral("2")}
        << QVariantMap{{QStringLiteral("data_parallel"), qint64(4)},
                       {QStringLiteral("parameters_per_rank"), qint64(62'219'904)},
                       {QStringLiteral("per_gpu.model_states"), qint64(435'539'328)},
                       // only multiples of t: N = 2, 4, 6, 8
                       {QStringLiteral("sweep.0.gpus"), qint64(2)},
                       {QStringLiteral("sweep.3.gpus"), qint64(8)}};

    // a100-80gb: usable 84,987,084,800 B.
    QTest::newRow("zero2 on 8 A100s")
        << QStringList{QStringLiteral("--sharding"), QStringLiteral("zero2"),
                       QStringLiteral("--device"), QStringLiteral("a100-80gb")}
        << QVariantMap{{QStringLiteral("capacity"), qint64(84'987'084'800)},
                       {QStringLiteral("fits"), true}};
}

void tst_BeyondCommands::shard()
{
    QFETCH(QStringList, args);
    QFETCH(QVariantMap, expected);
    const QJsonObject root
        = runJson(QStringList{QStringLiteral("shard"), QStringLiteral("builtin:gpt2-small"),
                              QStringLiteral("--gpus"), QStringLiteral("8")}
                  + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(root.value(QLatin1String("schema")).toString(), QStringLiteral("memplanner.shard/1"));
    QVariantMap numbers = expected;
    if (numbers.value(QStringLiteral("capacity")) == QStringLiteral("<null>")) {
        QVERIFY(root.value(QLatin1String("capacity")).isNull());
        QVERIFY(root.value(QLatin1String("fits")).isNull());
        numbers.remove(QStringLiteral("capacity"));
    }
    compareFields(root, numbers);
    // The per-GPU total is the sum of its parts, and the headroom is capacity − total.
    const QJsonObject g = root.value(QLatin1String("per_gpu")).toObject();
    const qint64 total = g.value(QLatin1String("total")).toInteger();
    QCOMPARE(total, g.value(QLatin1String("model_states")).toInteger()
                        + g.value(QLatin1String("activations")).toInteger()
                        + g.value(QLatin1String("communication_buffers")).toInteger());
    if (!root.value(QLatin1String("capacity")).isNull())
        QCOMPARE(root.value(QLatin1String("headroom")).toInteger(),
                 root.value(QLatin1String("capacity")).toInteger() - total);
}

void tst_BeyondCommands::shardActivationsComeFromThePlan()
{
    // Activations per GPU are the Activations category at the peak of MemPlanner's own training
    // plan of one micro-batch with the same precision: the `plan` verb's memory.activations.
    const QJsonObject shard
        = runJson({QStringLiteral("shard"), QStringLiteral("builtin:gpt2-small"),
                   QStringLiteral("--gpus"), QStringLiteral("8"), QStringLiteral("--sharding"),
                   QStringLiteral("zero2"), QStringLiteral("--batch"), QStringLiteral("4"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject plan = runJson({QStringLiteral("plan"), QStringLiteral("builtin:gpt2-small"),
                                      QStringLiteral("--precision"), QStringLiteral("bf16-master"),
                                      QStringLiteral("--batch"), QStringLiteral("4"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    const qint64 activations = valueAt(plan, QStringLiteral("memory.activations")).toInteger();
    QVERIFY(activations > 0);
    QCOMPARE(valueAt(shard, QStringLiteral("per_gpu.activations")).toInteger(), activations);
    QCOMPARE(valueAt(shard, QStringLiteral("config.micro_batch")).toInteger(), qint64(4));
    // Sharding does not change the activations: every sweep point carries the same figure.
    for (const QJsonValue &p : shard.value(QLatin1String("sweep")).toArray())
        QCOMPARE(p.toObject().value(QLatin1String("activations")).toInteger(), activations);
}

void tst_BeyondCommands::shardText()
{
    const CliRun r = run({QStringLiteral("shard"), QStringLiteral("builtin:gpt2-small"),
                          QStringLiteral("--gpus"), QStringLiteral("8"),
                          QStringLiteral("--sharding"), QStringLiteral("zero2")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("466,649,280 B")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ψ = 124,439,808")));
    QVERIFY(text.contains(QStringLiteral("Per-GPU memory against the number of GPUs")));
}

// ---------------------------------------------------------------------------------------------

void tst_BeyondCommands::help_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("ram") << QStringLiteral(
        "ram") << QStringList{QStringLiteral("--rows"),     QStringLiteral("--loading"),
                              QStringLiteral("--workers"),  QStringLiteral("--model"),
                              QStringLiteral("--capacity"), QStringLiteral("--sweep-rows")};
    QTest::newRow("dtypes") << QStringLiteral("dtypes")
                            << QStringList{QStringLiteral("--delimiter"),
                                           QStringLiteral("--no-header"),
                                           QStringLiteral("--format")};
    QTest::newRow("deploy") << QStringLiteral(
        "deploy") << QStringList{QStringLiteral("--sparsity"),    QStringLiteral("--storage"),
                                 QStringLiteral("--clusters"),    QStringLiteral("--quant"),
                                 QStringLiteral("--granularity"), QStringLiteral("--student")};
    QTest::newRow("shard") << QStringLiteral(
        "shard") << QStringList{QStringLiteral("--gpus"),      QStringLiteral("--sharding"),
                                QStringLiteral("--precision"), QStringLiteral("--offload"),
                                QStringLiteral("--tp"),        QStringLiteral("--accumulation")};
}

void tst_BeyondCommands::help()
{
    QFETCH(QString, verb);
    QFETCH(QStringList, options);
    const CliRun r = run({verb, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const QString &o : options)
        QVERIFY2(text.contains(o), qPrintable(verb + QLatin1Char(' ') + o));
}

void tst_BeyondCommands::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); ///< what the one error line must mention

    QTest::newRow("negative rows")
        << QStringList{QStringLiteral("ram"), QStringLiteral("--rows"), QStringLiteral("-5")}
        << QStringLiteral("--rows");
    QTest::newRow("stream without chunks")
        << QStringList{QStringLiteral("ram"), QStringLiteral("--loading"), QStringLiteral("stream")}
        << QStringLiteral("--chunk-rows");
    QTest::newRow("bad size") << QStringList{QStringLiteral("ram"), QStringLiteral("--capacity"),
                                             QStringLiteral("12XB")}
                              << QStringLiteral("--capacity");
    QTest::newRow("sparsity 1.5") << QStringList{
        QStringLiteral("deploy"), QStringLiteral("builtin:lenet300"), QStringLiteral("--sparsity"),
        QStringLiteral("1.5")} << QStringLiteral("--sparsity");
    QTest::newRow("clusters with quant")
        << QStringList{QStringLiteral("deploy"),     QStringLiteral("builtin:lenet300"),
                       QStringLiteral("--clusters"), QStringLiteral("16"),
                       QStringLiteral("--quant"),    QStringLiteral("int8")}
        << QStringLiteral("--clusters");
    QTest::newRow("unknown model")
        << QStringList{QStringLiteral("deploy"), QStringLiteral("builtin:nope")}
        << QStringLiteral("nope");
    QTest::newRow("gpus 0") << QStringList{
        QStringLiteral("shard"), QStringLiteral("builtin:gpt2-small"), QStringLiteral("--gpus"),
        QStringLiteral("0")} << QStringLiteral("--gpus");
    QTest::newRow("no gpus") << QStringList{QStringLiteral("shard"),
                                            QStringLiteral("builtin:gpt2-small")}
                             << QStringLiteral("--gpus");
    QTest::newRow("unknown sharding")
        << QStringList{QStringLiteral("shard"),      QStringLiteral("builtin:gpt2-small"),
                       QStringLiteral("--gpus"),     QStringLiteral("8"),
                       QStringLiteral("--sharding"), QStringLiteral("zero4")}
        << QStringLiteral("--sharding");
    QTest::newRow("offload with ddp")
        << QStringList{QStringLiteral("shard"),     QStringLiteral("builtin:gpt2-small"),
                       QStringLiteral("--gpus"),    QStringLiteral("8"),
                       QStringLiteral("--offload"), QStringLiteral("optimizer")}
        << QStringLiteral("--offload");
    QTest::newRow("tp does not divide")
        << QStringList{QStringLiteral("shard"),  QStringLiteral("builtin:gpt2-small"),
                       QStringLiteral("--gpus"), QStringLiteral("6"),
                       QStringLiteral("--tp"),   QStringLiteral("4")}
        << QStringLiteral("--tp");
    QTest::newRow("missing CSV") << QStringList{QStringLiteral("dtypes"),
                                                fixture("no-such-file.csv")}
                                 << QStringLiteral("no-such-file.csv");
    QTest::newRow("bad delimiter")
        << QStringList{QStringLiteral("dtypes"), fixture("passengers.csv"),
                       QStringLiteral("--delimiter"), QStringLiteral(";;")}
        << QStringLiteral("--delimiter");
    QTest::newRow("bad format") << QStringList{QStringLiteral("ram"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("--format");
}

void tst_BeyondCommands::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("error: ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(named), qPrintable(lines.first()));
}

QTEST_GUILESS_MAIN(tst_BeyondCommands)
#include "tst_beyondcommands.moc"
