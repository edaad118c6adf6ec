// Tests of CompressionPlanner: pruning (dense / CSR), weight sharing, int8/int4 quantisation,
// inference memory, roofline latency and teacher/student comparison.
#include "CompressionPlanner.h"
#include "ModelError.h"

#include <QTest>

using namespace memplanner;

Q_DECLARE_METATYPE(memplanner::SparseStorage)
Q_DECLARE_METATYPE(memplanner::ScaleGranularity)

namespace {

WeightTensor matrix(qint64 rows, qint64 columns)
{
    return {QStringLiteral("w"), rows * columns, rows, true};
}

// torchvision resnet50 parameters: 53 convolutions (bias-free), 53 BatchNorms (weight + bias;
// running statistics are buffers, not parameters) and fc 2048 → 1000 with bias. Totals:
// 25,557,032 parameters (REFERENCE.md), of which 54 matrix tensors hold 25,502,912 elements in
// 27,560 output rows, and 107 vectors (BN weights/biases, fc bias) hold 54,120. The widest
// row is layer4's 3×3 conv, 512 · 9 = 4,608 columns, so int16 column indices fit everywhere.
QList<WeightTensor> resnet50()
{
    QList<WeightTensor> t;
    const auto conv = [&](const QString &name, qint64 out, qint64 in, qint64 k) {
        t.append({name, out * in * k * k, out, true});
    };
    const auto bn = [&](const QString &name, qint64 c) {
        t.append({name + QStringLiteral(".weight"), c, c, false});
        t.append({name + QStringLiteral(".bias"), c, c, false});
    };
    conv(QStringLiteral("conv1"), 64, 3, 7);
    bn(QStringLiteral("bn1"), 64);
    qint64 in = 64;
    const qint64 widths[] = {64, 128, 256, 512};
    const int blocks[] = {3, 4, 6, 3};
    for (int l = 0; l < 4; ++l) {
        const qint64 w = widths[l];
        for (int b = 0; b < blocks[l]; ++b) {
            const QString p = QStringLiteral("layer%1.%2.").arg(l + 1).arg(b);
            conv(p + QStringLiteral("conv1"), w, in, 1);
            bn(p + QStringLiteral("bn1"), w);
            conv(p + QStringLiteral("conv2"), w, w, 3);
            bn(p + QStringLiteral("bn2"), w);
            conv(p + QStringLiteral("conv3"), 4 * w, w, 1);
            bn(p + QStringLiteral("bn3"), 4 * w);
            if (b == 0) {
                conv(p + QStringLiteral("downsample.0"), 4 * w, in, 1);
                bn(p + QStringLiteral("downsample.1"), 4 * w);
            }
            in = 4 * w;
        }
    }
    t.append({QStringLiteral("fc.weight"), 1000 * 2048, 1000, true});
    t.append({QStringLiteral("fc.bias"), 1000, 1000, false});
    return t;
}

} // namespace

class tst_CompressionPlanner : public QObject
{
    Q_OBJECT

private slots:
    void resnet50Inventory();
    void weightSharing_data();
    void weightSharing();
    void pruning_data();
    void pruning();
    void breakEven_data();
    void breakEven();
    void quantisation_data();
    void quantisation();
    void resnet50PrunedQuantised_data();
    void resnet50PrunedQuantised();
    void roofline_data();
    void roofline();
    void deployment();
    void teacherStudent();
    void invalidInput_data();
    void invalidInput();
    void overflow();
};

void tst_CompressionPlanner::resnet50Inventory()
{
    // The fixture itself: 25,557,032 parameters (REFERENCE.md, torchvision resnet50).
    const CompressionResult r = CompressionPlanner::compress(resnet50(), CompressionConfig{});
    QCOMPARE(r.parameters, qint64(25'557'032));
    QCOMPARE(r.originalBytes, qint64(102'228'128)); // × 4 bytes (fp32)
    QCOMPARE(r.totalBytes, r.originalBytes);        // no compression configured
    QCOMPARE(r.tensors.size(), 161);
}

void tst_CompressionPlanner::weightSharing_data()
{
    QTest::addColumn<qint64>("elements");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<int>("clusters");
    QTest::addColumn<qint64>("expectedBytes");
    QTest::addColumn<double>("expectedRatio");
    // REFERENCE.md / Han et al. 2016: 16 weights of 32 bits, k = 4: indices 16 · 2 = 32 bits
    // + codebook 4 · 32 = 128 bits = 160 bits = 20 bytes; 512 / 160 = 3.2×.
    QTest::newRow("16 weights k=4") << qint64(16) << qint64(4) << 4 << qint64(20) << 3.2;
    // n = 1e6, k = 16: 1e6 · 4 bits = 500,000 bytes + 16 · 4 = 64 bytes of codebook
    // = 500,064; 4e6 / 500,064 = 7.998976…
    QTest::newRow("1M weights k=16")
        << qint64(1'000'000) << qint64(1000) << 16 << qint64(500'064) << 4'000'000.0 / 500'064.0;
    // k = 5 is not a power of two: indices need ⌈log2 5⌉ = 3 bits: 1e6 · 3 / 8 = 375,000
    // + 5 · 4 = 20 → 375,020.
    QTest::newRow("k=5") << qint64(1'000'000) << qint64(1000) << 5 << qint64(375'020)
                         << 4'000'000.0 / 375'020.0;
}

void tst_CompressionPlanner::weightSharing()
{
    QFETCH(qint64, elements);
    QFETCH(qint64, rows);
    QFETCH(int, clusters);
    QFETCH(qint64, expectedBytes);
    QFETCH(double, expectedRatio);
    CompressionConfig c;
    c.clusters = clusters;
    c.storage = SparseStorage::Dense;
    const CompressionResult r
        = CompressionPlanner::compress({{QStringLiteral("w"), elements, rows, true}}, c);
    QCOMPARE(r.totalBytes, expectedBytes);
    QCOMPARE(r.ratio, expectedRatio);
}

void tst_CompressionPlanner::pruning_data()
{
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("columns");
    QTest::addColumn<double>("sparsity");
    QTest::addColumn<SparseStorage>("storage");
    QTest::addColumn<bool>("expectedSparse");
    QTest::addColumn<qint64>("expectedBytes");
    // 1000 × 1000 fp32, 90 % pruned: nnz 100,000 → values 400,000 + int16 column indices
    // (1,000 columns) 200,000 + 1,001 int32 row pointers 4,004 = 604,004 < 4,000,000 dense.
    QTest::newRow("csr 90%") << qint64(1000) << qint64(1000) << 0.9 << SparseStorage::Auto << true
                             << qint64(604'004);
    // Dense storage keeps the zeros: 4,000,000.
    QTest::newRow("dense 90%") << qint64(1000) << qint64(1000) << 0.9 << SparseStorage::Dense
                               << false << qint64(4'000'000);
    // 10 × 100,000 at 50 %: 100,000 columns need int32 indices: 500,000 · (4 + 4) + 11 · 4
    // = 4,000,044 > 4,000,000, so Auto keeps dense storage …
    QTest::newRow("auto keeps dense") << qint64(10) << qint64(100'000) << 0.5 << SparseStorage::Auto
                                      << false << qint64(4'000'000);
    // … and forced CSR costs 4,000,044.
    QTest::newRow("forced csr") << qint64(10) << qint64(100'000) << 0.5 << SparseStorage::Csr
                                << true << qint64(4'000'044);
    // Not pruned, forced CSR: 1e6 · 6 + 4,004 = 6,004,004.
    QTest::newRow("csr 0%") << qint64(1000) << qint64(1000) << 0.0 << SparseStorage::Csr << true
                            << qint64(6'004'004);
}

void tst_CompressionPlanner::pruning()
{
    QFETCH(qint64, rows);
    QFETCH(qint64, columns);
    QFETCH(double, sparsity);
    QFETCH(SparseStorage, storage);
    QFETCH(bool, expectedSparse);
    QFETCH(qint64, expectedBytes);
    CompressionConfig c;
    c.sparsity = sparsity;
    c.storage = storage;
    const CompressionResult r = CompressionPlanner::compress({matrix(rows, columns)}, c);
    QCOMPARE(r.tensors.first().sparse, expectedSparse);
    QCOMPARE(r.totalBytes, expectedBytes);
    QCOMPARE(r.totalBytes, r.valueBytes + r.indexBytes + r.metadataBytes);
}

void tst_CompressionPlanner::breakEven_data()
{
    QTest::addColumn<int>("quantBits");
    QTest::addColumn<qint64>("columns");
    QTest::addColumn<double>("expected");
    // 1000 × 1000; s* = 1 − (n·v − (r + 1)·p) / (n·(v + i)), n = 1e6, r + 1 = 1,001, p = 32.
    // fp32 values, int16 indices: 1 − (32e6 − 32,032) / 48e6 = 0.334000666…
    // (≈ 1/3 = 1 − 32/48 when row pointers are ignored).
    QTest::newRow("fp32 int16") << 0 << qint64(1000) << 1.0 - (32e6 - 32'032.0) / 48e6;
    // int8 values, int16 indices: 1 − (8e6 − 32,032) / 24e6 = 0.668001333… (≈ 2/3).
    QTest::newRow("int8 int16") << 8 << qint64(1000) << 1.0 - (8e6 - 32'032.0) / 24e6;
    // 10 × 100,000, fp32 values, int32 indices, 11 row pointers:
    // 1 − (32e6 − 352) / 64e6 = 0.5000055 (≈ 1/2).
    QTest::newRow("fp32 int32") << 0 << qint64(100'000) << 1.0 - (32e6 - 352.0) / 64e6;
}

void tst_CompressionPlanner::breakEven()
{
    QFETCH(int, quantBits);
    QFETCH(qint64, columns);
    QFETCH(double, expected);
    CompressionConfig c;
    c.quantBits = quantBits;
    const WeightTensor w = matrix(1'000'000 / columns, columns);
    QCOMPARE(CompressionPlanner::breakEvenSparsity(w, c), expected);
    // For a single tensor the aggregate is the same number.
    QCOMPARE(CompressionPlanner::compress({w}, c).breakEvenSparsity, expected);
    // Just above s*, Auto picks CSR; just below, dense.
    c.sparsity = expected + 0.001;
    QVERIFY(CompressionPlanner::compress({w}, c).tensors.first().sparse);
    c.sparsity = expected - 0.001;
    QVERIFY(!CompressionPlanner::compress({w}, c).tensors.first().sparse);
}

void tst_CompressionPlanner::quantisation_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<ScaleGranularity>("granularity");
    QTest::addColumn<int>("scaleBits");
    QTest::addColumn<bool>("zeroPoints");
    QTest::addColumn<qint64>("expectedBytes");
    // 1000 × 1000 weights, dense.
    // int8 per tensor, one fp32 scale: 1,000,000 + 4 = 1,000,004.
    QTest::newRow("int8 tensor") << 8 << ScaleGranularity::PerTensor << 32 << false
                                 << qint64(1'000'004);
    // int8 per channel, 1,000 fp16 scales: 1,000,000 + 2,000 = 1,002,000.
    QTest::newRow("int8 channel") << 8 << ScaleGranularity::PerChannel << 16 << false
                                  << qint64(1'002'000);
    // int8 per channel + int8 zero-points: + 1,000 = 1,003,000.
    QTest::newRow("int8 channel zp")
        << 8 << ScaleGranularity::PerChannel << 16 << true << qint64(1'003'000);
    // int4 per group of 128: values 1e6 / 2 = 500,000; groups 1,000 · ⌈1000 / 128⌉ = 8,000;
    // fp16 scales 16,000; 4-bit zero-points 8,000 / 2 = 4,000 → 520,000.
    QTest::newRow("int4 group128 zp")
        << 4 << ScaleGranularity::PerGroup << 16 << true << qint64(520'000);
}

void tst_CompressionPlanner::quantisation()
{
    QFETCH(int, bits);
    QFETCH(ScaleGranularity, granularity);
    QFETCH(int, scaleBits);
    QFETCH(bool, zeroPoints);
    QFETCH(qint64, expectedBytes);
    CompressionConfig c;
    c.quantBits = bits;
    c.granularity = granularity;
    c.groupSize = 128;
    c.scaleBits = scaleBits;
    c.zeroPoints = zeroPoints;
    const CompressionResult r = CompressionPlanner::compress({matrix(1000, 1000)}, c);
    QCOMPARE(r.totalBytes, expectedBytes);
    QCOMPARE(r.ratio, 4'000'000.0 / double(expectedBytes));
}

void tst_CompressionPlanner::resnet50PrunedQuantised_data()
{
    QTest::addColumn<double>("sparsity");
    QTest::addColumn<int>("bits");
    QTest::addColumn<qint64>("expectedBytes");
    // int8 per channel, fp16 scales, dense: 25,502,912 matrix bytes + 27,560 · 2 scales
    // + 54,120 fp32 vector parameters · 4 = 25,502,912 + 55,120 + 216,480 = 25,774,512.
    QTest::newRow("int8") << 0.0 << 8 << qint64(25'774'512);
    // 75 % pruned (every matrix size divides by 4, so nnz = 25,502,912 / 4 = 6,375,728 exactly),
    // CSR in every tensor (int8 + int16 break even at ≈ 2/3):
    //   values 6,375,728 + column indices 2 · 6,375,728 = 12,751,456
    //   + row pointers (27,560 + 54 tensors) · 4 = 110,456 + scales 55,120 + vectors 216,480
    //   = 19,509,240 bytes, 102,228,128 / 19,509,240 = 5.24×.
    QTest::newRow("75% + int8") << 0.75 << 8 << qint64(19'509'240);
}

void tst_CompressionPlanner::resnet50PrunedQuantised()
{
    QFETCH(double, sparsity);
    QFETCH(int, bits);
    QFETCH(qint64, expectedBytes);
    CompressionConfig c;
    c.sparsity = sparsity;
    c.quantBits = bits;
    c.granularity = ScaleGranularity::PerChannel;
    c.scaleBits = 16;
    const CompressionResult r = CompressionPlanner::compress(resnet50(), c);
    QCOMPARE(r.totalBytes, expectedBytes);
    QCOMPARE(r.ratio, 102'228'128.0 / double(expectedBytes));
    for (const TensorCompression &t : r.tensors)
        QCOMPARE(t.sparse, sparsity > 0.0 && t.elements != t.nonZeros);
}

void tst_CompressionPlanner::roofline_data()
{
    QTest::addColumn<double>("flops");
    QTest::addColumn<double>("bytes");
    QTest::addColumn<double>("expectedSeconds");
    QTest::addColumn<bool>("expectedMemoryBound");
    // Raspberry Pi 4 (REFERENCE.md, derived upper bounds): 96 GFLOP/s FP32, 12.8 GB/s; 50 %
    // efficiency. ResNet-50 forward ≈ 4.1 G multiply-adds = 8.2e9 FLOPs; fp32 weights
    // 102,228,128 bytes read once. Compute 8.2e9 / 48e9 = 0.170833 s; memory
    // 102,228,128 / 6.4e9 = 0.015973 s → compute-bound, 0.170833 s.
    QTest::newRow("resnet50 pi4") << 8.2e9 << 102'228'128.0 << 8.2e9 / 48e9 << false;
    // A memory-bound layer: 1e8 FLOPs over 1e9 bytes: compute 0.0020833 s,
    // memory 1e9 / 6.4e9 = 0.15625 s.
    QTest::newRow("memory bound") << 1e8 << 1e9 << 0.15625 << true;
}

void tst_CompressionPlanner::roofline()
{
    QFETCH(double, flops);
    QFETCH(double, bytes);
    QFETCH(double, expectedSeconds);
    QFETCH(bool, expectedMemoryBound);
    const EdgeDevice pi4{QStringLiteral("Raspberry Pi 4"), 8'000'000'000, 96e9, 12.8e9, 0.5};
    const LatencyEstimate e = CompressionPlanner::roofline(flops, bytes, pi4);
    QCOMPARE(e.seconds, expectedSeconds);
    QCOMPARE(e.memoryBound, expectedMemoryBound);
    QCOMPARE(e.ridgePoint, 7.5); // 96e9 / 12.8e9 FLOP per byte
    QCOMPARE(e.arithmeticIntensity, flops / bytes);
}

void tst_CompressionPlanner::deployment()
{
    // ResNet-50 pruned 75 % + int8 (19,509,240 bytes, above) on a 4 GB Raspberry Pi, with an
    // activation peak of 64e6 bytes (≈16 M activations per image in fp32, REFERENCE.md) and
    // 128e6 bytes of activation traffic: inference 19,509,240 + 64e6 = 83,509,240;
    // bytes moved 147,509,240 → memory time 147,509,240 / 6.4e9 = 0.023048 s < compute
    // 0.170833 s.
    CompressionConfig c;
    c.sparsity = 0.75;
    c.quantBits = 8;
    const EdgeDevice pi4{QStringLiteral("Raspberry Pi 4"), 4'000'000'000, 96e9, 12.8e9, 0.5};
    const DeploymentEstimate d
        = CompressionPlanner::deploy(resnet50(), c, 64'000'000, 8.2e9, 128'000'000, pi4);
    QCOMPARE(d.inferenceBytes, qint64(83'509'240));
    QCOMPARE(d.bytesMoved, qint64(147'509'240));
    QVERIFY(d.fits);
    QCOMPARE(d.headroom, qint64(4'000'000'000 - 83'509'240));
    QCOMPARE(d.latency.memorySeconds, 147'509'240.0 / 6.4e9);
    QVERIFY(!d.latency.memoryBound);
    // 16 MB of device memory is too small.
    const EdgeDevice tiny{QStringLiteral("MCU"), 16'000'000, 1e9, 1e9, 1.0};
    QVERIFY(!CompressionPlanner::deploy(resnet50(), c, 64'000'000, 8.2e9, 0, tiny).fits);
}

void tst_CompressionPlanner::teacherStudent()
{
    // Teacher: 4000 × 1000 fp32 (4e6 parameters, 16e6 bytes, 8e6 FLOPs per sample);
    // student: 1000 × 1000 int8 per tensor (1e6 parameters, 1,000,004 bytes, 2e6 FLOPs).
    const EdgeDevice dev{QStringLiteral("dev"), 0, 1e12, 1e9, 1.0};
    const DeploymentEstimate teacher
        = CompressionPlanner::deploy({matrix(4000, 1000)}, CompressionConfig{}, 1000, 8e6, 0, dev);
    CompressionConfig q;
    q.quantBits = 8;
    q.granularity = ScaleGranularity::PerTensor;
    q.scaleBits = 32;
    const DeploymentEstimate student
        = CompressionPlanner::deploy({matrix(1000, 1000)}, q, 1000, 2e6, 0, dev);
    const DeploymentComparison cmp = CompressionPlanner::compare(teacher, student);
    QCOMPARE(cmp.parameterRatio, 4.0);
    QCOMPARE(cmp.weightBytesRatio, 16e6 / 1'000'004.0);
    // Inference memory: (16e6 + 1000) / (1,000,004 + 1000).
    QCOMPARE(cmp.inferenceBytesRatio, 16'001'000.0 / 1'001'004.0);
    QCOMPARE(cmp.flopsRatio, 4.0);
    // Both memory-bound at 1 GB/s: 16e6 / 1e9 versus 1,000,004 / 1e9.
    QCOMPARE(cmp.speedup, 16e6 / 1'000'004.0);
}

void tst_CompressionPlanner::invalidInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("sparsity 1") << QStringLiteral("sparsity");
    QTest::newRow("one cluster") << QStringLiteral("clusters");
    QTest::newRow("clusters and quantisation") << QStringLiteral("both");
    QTest::newRow("rows above elements") << QStringLiteral("rows");
    QTest::newRow("scale bits 8") << QStringLiteral("scale");
}

void tst_CompressionPlanner::invalidInput()
{
    QFETCH(QString, what);
    CompressionConfig c;
    QList<WeightTensor> t{matrix(10, 10)};
    if (what == QLatin1String("sparsity")) {
        c.sparsity = 1.0;
    } else if (what == QLatin1String("clusters")) {
        c.clusters = 1;
    } else if (what == QLatin1String("both")) {
        c.clusters = 4;
        c.quantBits = 8;
    } else if (what == QLatin1String("rows")) {
        t = {{QStringLiteral("w"), 10, 11, true}};
    } else {
        c.quantBits = 8;
        c.scaleBits = 8;
    }
    QVERIFY_THROWS_EXCEPTION(ModelError, CompressionPlanner::compress(t, c));
}

void tst_CompressionPlanner::overflow()
{
    // 2^61 elements × 32 bits overflows 2^63.
    const WeightTensor huge{QStringLiteral("huge"), qint64(1) << 61, 1, true};
    QVERIFY_THROWS_EXCEPTION(ModelError, CompressionPlanner::compress({huge}, CompressionConfig{}));
}

QTEST_GUILESS_MAIN(tst_CompressionPlanner)
#include "tst_compressionplanner.moc"
