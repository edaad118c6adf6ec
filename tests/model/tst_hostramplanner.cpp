// Tests of HostRamPlanner: host RAM of a training process (runtime, dataset, loader, model copy).
#include "HostRamPlanner.h"
#include "ModelError.h"

#include <QTest>

#include <limits>

using namespace memplanner;

namespace {

// A config with nothing in it, so each test row switches on only what it checks.
HostRamConfig emptyConfig()
{
    HostRamConfig c;
    c.runtimeBaselineBytes = 0;
    c.workerBaselineBytes = 0;
    return c;
}

// REFERENCE.md: "a 55 M-row tabular dataset needed > 12 GB in RAM". The source gives no
// column count; we assume 28 numeric columns held as float64/int64 (pandas' defaults, 8 bytes):
// 28 is the smallest whole number of 8-byte columns with 55e6 × c × 8 > 12e9
// (27 columns give 11.88e9). One row is 28 × 8 = 224 bytes.
constexpr qint64 TableRows = 55'000'000;
constexpr qint64 TableColumns = 28;

} // namespace

class tst_HostRamPlanner : public QObject
{
    Q_OBJECT

private slots:
    void defaultRuntimeBaseline_data();
    void defaultRuntimeBaseline();
    void unknownRuntime();
    void totals_data();
    void totals();
    void inMemoryVersusStreamed_data();
    void inMemoryVersusStreamed();
    void streamedProcessNearReference();
    void fitsAndMaxRows_data();
    void fitsAndMaxRows();
    void rowSweep();
    void breakdownAddsUp();
    void invalidInput_data();
    void invalidInput();
    void overflow();
};

void tst_HostRamPlanner::defaultRuntimeBaseline_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<qint64>("expected");
    // REFERENCE.md: "A deep-learning framework import alone reserved ≈391 MB of host RAM";
    // MB taken as 10^6 bytes.
    QTest::newRow("pytorch") << QStringLiteral("pytorch") << qint64(391'000'000);
    QTest::newRow("case-insensitive") << QStringLiteral(" PyTorch ") << qint64(391'000'000);
    // No framework: the baseline is not counted.
    QTest::newRow("none") << QStringLiteral("none") << qint64(0);
}

void tst_HostRamPlanner::defaultRuntimeBaseline()
{
    QFETCH(QString, runtime);
    QFETCH(qint64, expected);
    QCOMPARE(HostRamPlanner::defaultRuntimeBaseline(runtime), expected);
}

void tst_HostRamPlanner::unknownRuntime()
{
    QVERIFY_THROWS_EXCEPTION(ModelError,
                             HostRamPlanner::defaultRuntimeBaseline(QStringLiteral("jax")));
}

void tst_HostRamPlanner::totals_data()
{
    QTest::addColumn<qint64>("runtime");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("columns");
    QTest::addColumn<qint64>("workers");
    QTest::addColumn<qint64>("workerBaseline");
    QTest::addColumn<qint64>("batch");
    QTest::addColumn<qint64>("sampleBytes");
    QTest::addColumn<qint64>("pinned");
    QTest::addColumn<qint64>("model");
    QTest::addColumn<qint64>("expectedLoaderBatches");
    QTest::addColumn<qint64>("expectedTotal");

    // Only the PyTorch import: 391e6.
    QTest::newRow("runtime only") << qint64(391'000'000) << qint64(0) << qint64(0) << qint64(0)
                                  << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                  << qint64(0) << qint64(391'000'000);

    // ImageNet-style loader: a sample is a 3×224×224 float32 tensor = 602,112 bytes; batch 32
    // → 19,267,584 bytes. 4 workers × prefetch 2 + 1 batch in use = 9 batches = 173,408,256.
    // 4 spawned workers × 391e6 = 1,564,000,000; 2 pinned buffers = 38,535,168.
    // Total 391e6 + 1,564e6 + 173,408,256 + 38,535,168 = 2,166,943,424.
    QTest::newRow("imagenet loader")
        << qint64(391'000'000) << qint64(0) << qint64(0) << qint64(4) << qint64(391'000'000)
        << qint64(32) << qint64(602'112) << qint64(2) << qint64(0) << qint64(173'408'256)
        << qint64(2'166'943'424);

    // No workers: only the batch in use (1 × 32 × 602,112 = 19,267,584), no prefetching.
    QTest::newRow("main-process loading")
        << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(391'000'000) << qint64(32)
        << qint64(602'112) << qint64(0) << qint64(0) << qint64(19'267'584) << qint64(19'267'584);

    // A loaded ResNet-50 state_dict: 25,557,032 parameters (REFERENCE.md) × 4 bytes
    // = 102,228,128, on top of the 391e6 import: 493,228,128.
    QTest::newRow("resnet50 state_dict")
        << qint64(391'000'000) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(0) << qint64(102'228'128) << qint64(0) << qint64(493'228'128);

    // 55e6 rows × 28 columns × 8 bytes = 12,320,000,000, plus the 391e6 import
    // = 12,711,000,000 (no loader batch: batch size 0).
    QTest::newRow("55M rows in memory")
        << qint64(391'000'000) << TableRows << TableColumns << qint64(0) << qint64(0) << qint64(0)
        << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(12'711'000'000);
}

void tst_HostRamPlanner::totals()
{
    QFETCH(qint64, runtime);
    QFETCH(qint64, rows);
    QFETCH(qint64, columns);
    QFETCH(qint64, workers);
    QFETCH(qint64, workerBaseline);
    QFETCH(qint64, batch);
    QFETCH(qint64, sampleBytes);
    QFETCH(qint64, pinned);
    QFETCH(qint64, model);
    QFETCH(qint64, expectedLoaderBatches);
    QFETCH(qint64, expectedTotal);

    HostRamConfig c = emptyConfig();
    c.runtimeBaselineBytes = runtime;
    c.datasetRows = rows;
    c.datasetColumns = columns;
    c.workers = workers;
    c.workerBaselineBytes = workerBaseline;
    c.batchSize = batch;
    c.sampleBytes = sampleBytes;
    c.pinnedBuffers = pinned;
    c.modelHostBytes = model;
    const HostRamPlan p = HostRamPlanner::plan(c);
    QCOMPARE(p.loaderBatches, expectedLoaderBatches);
    QCOMPARE(p.total, expectedTotal);
    QVERIFY(p.fits); // capacity unknown
}

void tst_HostRamPlanner::inMemoryVersusStreamed_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("expectedInMemory");
    QTest::addColumn<qint64>("expectedStreamed");
    // Streaming: chunks of 1,000,000 rows, 2 resident → 2e6 × 224 = 448,000,000 bytes,
    // whatever the number of rows beyond 2e6. In memory: rows × 224.
    QTest::newRow("55M rows") << TableRows << qint64(12'320'000'000) << qint64(448'000'000);
    QTest::newRow("110M rows") << 2 * TableRows << qint64(24'640'000'000) << qint64(448'000'000);
    // Fewer rows than two chunks: streaming holds only what exists, 1.5e6 × 224.
    QTest::newRow("1.5M rows") << qint64(1'500'000) << qint64(336'000'000) << qint64(336'000'000);
}

void tst_HostRamPlanner::inMemoryVersusStreamed()
{
    QFETCH(qint64, rows);
    QFETCH(qint64, expectedInMemory);
    QFETCH(qint64, expectedStreamed);
    HostRamConfig c = emptyConfig();
    c.datasetRows = rows;
    c.datasetColumns = TableColumns;
    c.chunkRows = 1'000'000;
    c.prefetchChunks = 2;
    QCOMPARE(HostRamPlanner::datasetBytes(c, DatasetLoading::InMemory), expectedInMemory);
    QCOMPARE(HostRamPlanner::datasetBytes(c, DatasetLoading::Streamed), expectedStreamed);
    // REFERENCE.md: the 55 M-row table needed "> 12 GB" in memory.
    if (rows == TableRows)
        QVERIFY(expectedInMemory > 12'000'000'000);
}

void tst_HostRamPlanner::streamedProcessNearReference()
{
    // REFERENCE.md: streaming in chunks "kept the whole training process near 2.1–2.4 GB";
    // the same source says the framework import took ≈391 MB and building a one-hidden-layer
    // model added ≈600 MB. The chunk size is not given; with 2 resident chunks of 2.5e6 rows
    // (5e6 × 224 = 1,120,000,000 bytes) the process is 391e6 + 600e6 + 1,120e6
    // = 2,111,000,000 — inside the quoted range. This checks consistency, not a measurement.
    HostRamConfig c = emptyConfig();
    c.runtimeBaselineBytes = HostRamPlanner::PyTorchBaselineBytes;
    c.otherBytes = 600'000'000;
    c.datasetRows = TableRows;
    c.datasetColumns = TableColumns;
    c.loading = DatasetLoading::Streamed;
    c.chunkRows = 2'500'000;
    c.prefetchChunks = 2;
    const HostRamPlan p = HostRamPlanner::plan(c);
    QCOMPARE(p.dataset, qint64(1'120'000'000));
    QCOMPARE(p.total, qint64(2'111'000'000));
    QVERIFY(p.total >= 2'100'000'000 && p.total <= 2'400'000'000);
}

void tst_HostRamPlanner::fitsAndMaxRows_data()
{
    QTest::addColumn<int>("loading");
    QTest::addColumn<bool>("expectedFits");
    QTest::addColumn<qint64>("expectedHeadroom");
    QTest::addColumn<qint64>("expectedMaxRows");
    // Capacity 12.7e9 (Colab free ≈12.7 GB, REFERENCE.md), 391e6 import, 55e6 × 224 dataset.
    // In memory: 12,711,000,000 > 12.7e9 → headroom −11,000,000.
    // Max rows: (12.7e9 − 391e6) / 224 = 12,309,000,000 / 224 = 54,950,892.86 → 54,950,892.
    QTest::newRow("in memory") << int(DatasetLoading::InMemory) << false << qint64(-11'000'000)
                               << qint64(54'950'892);
    // Streamed: 391e6 + 448e6 = 839e6 → headroom 11,861,000,000; max rows is for in-memory
    // loading and does not depend on the mode.
    QTest::newRow("streamed") << int(DatasetLoading::Streamed) << true << qint64(11'861'000'000)
                              << qint64(54'950'892);
}

void tst_HostRamPlanner::fitsAndMaxRows()
{
    QFETCH(int, loading);
    QFETCH(bool, expectedFits);
    QFETCH(qint64, expectedHeadroom);
    QFETCH(qint64, expectedMaxRows);
    HostRamConfig c = emptyConfig();
    c.runtimeBaselineBytes = HostRamPlanner::PyTorchBaselineBytes;
    c.datasetRows = TableRows;
    c.datasetColumns = TableColumns;
    c.loading = DatasetLoading(loading);
    c.chunkRows = 1'000'000;
    c.prefetchChunks = 2;
    c.capacityBytes = 12'700'000'000;
    const HostRamPlan p = HostRamPlanner::plan(c);
    QCOMPARE(p.fits, expectedFits);
    QCOMPARE(p.headroom, expectedHeadroom);
    QCOMPARE(p.maxRowsInMemory, expectedMaxRows);
    QCOMPARE(p.warnings.isEmpty(), expectedFits);
}

void tst_HostRamPlanner::rowSweep()
{
    HostRamConfig c = emptyConfig();
    c.runtimeBaselineBytes = HostRamPlanner::PyTorchBaselineBytes;
    c.datasetColumns = TableColumns;
    c.chunkRows = 2'500'000;
    c.prefetchChunks = 2;
    const QList<HostRamPoint> s = HostRamPlanner::rowSweep(c, 100'000'000, 5);
    QCOMPARE(s.size(), 5);
    // Rows 0, 25e6, 50e6, 75e6, 100e6. In memory: 391e6 + rows × 224; streamed:
    // 391e6 + min(rows, 5e6) × 224 = 391e6 + 1,120e6 = 1,511e6 once rows ≥ 5e6.
    const qint64 rows[] = {0, 25'000'000, 50'000'000, 75'000'000, 100'000'000};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(s[i].rows, rows[i]);
        QCOMPARE(s[i].inMemoryBytes, 391'000'000 + rows[i] * 224);
        QCOMPARE(s[i].streamedBytes, rows[i] == 0 ? qint64(391'000'000) : qint64(1'511'000'000));
    }
    QVERIFY_THROWS_EXCEPTION(ModelError, HostRamPlanner::rowSweep(c, 1000, 1));
}

void tst_HostRamPlanner::breakdownAddsUp()
{
    HostRamConfig c; // defaults: PyTorch import and spawned-worker baseline of 391e6
    c.datasetRows = 1'000'000;
    c.datasetColumns = 10;
    c.dataCopies = 2; // DataFrame + NumPy copy: 2 × 1e6 × 10 × 8 = 160e6
    c.workers = 2;
    c.workersCopyDataset = true; // × (1 + 2) workers = 480e6
    c.batchSize = 64;
    c.sampleBytes = 80; // 10 float64 features
    c.pinnedBuffers = 1;
    c.modelHostBytes = 1'000;
    c.otherBytes = 7;
    const HostRamPlan p = HostRamPlanner::plan(c);
    QCOMPARE(p.dataset, qint64(480'000'000));
    QCOMPARE(p.workerProcesses, qint64(782'000'000)); // 2 × 391e6
    QCOMPARE(p.batchBytes, qint64(5'120));            // 64 × 80
    QCOMPARE(p.loaderBatches, qint64(25'600));        // (2 × 2 + 1) × 5,120
    QCOMPARE(p.pinnedBuffers, qint64(5'120));
    const QList<HostRamLine> lines = p.breakdown();
    QCOMPARE(lines.size(), 7);
    qint64 sum = 0;
    for (const HostRamLine &l : lines) {
        QVERIFY(!l.label.isEmpty());
        sum += l.bytes;
    }
    // 391e6 + 480e6 + 782e6 + 25,600 + 5,120 + 1,000 + 7 = 1,653,031,727
    QCOMPARE(sum, qint64(1'653'031'727));
    QCOMPARE(p.total, sum);
    QCOMPARE(p.warnings.size(), 1); // workers copy the in-memory dataset
}

void tst_HostRamPlanner::invalidInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("negative rows") << QStringLiteral("rows");
    QTest::newRow("streamed without chunk") << QStringLiteral("chunk");
    QTest::newRow("zero copies") << QStringLiteral("copies");
    QTest::newRow("negative capacity") << QStringLiteral("capacity");
}

void tst_HostRamPlanner::invalidInput()
{
    QFETCH(QString, what);
    HostRamConfig c = emptyConfig();
    if (what == QLatin1String("rows"))
        c.datasetRows = -1;
    else if (what == QLatin1String("chunk"))
        c.loading = DatasetLoading::Streamed;
    else if (what == QLatin1String("copies"))
        c.dataCopies = 0;
    else
        c.capacityBytes = -5;
    QVERIFY_THROWS_EXCEPTION(ModelError, HostRamPlanner::plan(c));
}

void tst_HostRamPlanner::overflow()
{
    HostRamConfig c = emptyConfig();
    c.datasetRows = std::numeric_limits<qint64>::max() / 4;
    c.datasetColumns = 8; // × 8 bytes overflows 2^63
    QVERIFY_THROWS_EXCEPTION(ModelError, HostRamPlanner::plan(c));
}

QTEST_GUILESS_MAIN(tst_HostRamPlanner)
#include "tst_hostramplanner.moc"
