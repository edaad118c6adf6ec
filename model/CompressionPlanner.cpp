#include "CompressionPlanner.h"

#include "Bytes.h"
#include "ModelError.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace memplanner {

namespace {

std::int64_t bitsToBytes(std::int64_t count, std::int64_t bits)
{
    return ceilDiv(checkedMul(count, bits), 8);
}

// ⌈log2 k⌉: bits of a cluster index.
int indexBitsFor(int clusters)
{
    int bits = 0;
    while ((std::int64_t(1) << bits) < clusters)
        ++bits;
    return bits;
}

void validate(const QList<WeightTensor> &tensors, const CompressionConfig &c)
{
    if (c.baseBits < 1 || c.baseBits > 64)
        throw ModelError(CompressionPlanner::tr("The base precision must be 1 to 64 bits (got %1).")
                             .arg(c.baseBits));
    if (!(c.sparsity >= 0.0 && c.sparsity < 1.0))
        throw ModelError(CompressionPlanner::tr("Sparsity must be at least 0 and below 1 (got %1).")
                             .arg(c.sparsity));
    if (c.clusters != 0 && (c.clusters < 2 || c.clusters > (1 << 24)))
        throw ModelError(
            CompressionPlanner::tr("Weight sharing needs 2 to 16,777,216 clusters (got %1).")
                .arg(c.clusters));
    if (c.quantBits != 0 && (c.quantBits < 2 || c.quantBits > 16))
        throw ModelError(
            CompressionPlanner::tr("Quantisation needs 2 to 16 bits (got %1).").arg(c.quantBits));
    if (c.clusters != 0 && c.quantBits != 0)
        throw ModelError(
            CompressionPlanner::tr("Choose weight sharing or integer quantisation, not both."));
    if (c.quantBits != 0) {
        if (c.scaleBits != 16 && c.scaleBits != 32)
            throw ModelError(
                CompressionPlanner::tr("Scales are 16 or 32 bits (got %1).").arg(c.scaleBits));
        if (c.granularity == ScaleGranularity::PerGroup && c.groupSize < 1)
            throw ModelError(
                CompressionPlanner::tr("The quantisation group size must be at least 1 (got %1).")
                    .arg(c.groupSize));
    }
    for (const WeightTensor &t : tensors) {
        if (t.elements < 0)
            throw ModelError(
                CompressionPlanner::tr("Tensor \"%1\" has a negative element count.").arg(t.name));
        if (t.rows < 1 || (t.elements > 0 && t.rows > t.elements))
            throw ModelError(CompressionPlanner::tr("Tensor \"%1\" has %2 rows for %3 elements.")
                                 .arg(t.name)
                                 .arg(t.rows)
                                 .arg(t.elements));
    }
}

int valueBitsFor(const CompressionConfig &c)
{
    if (c.clusters != 0)
        return indexBitsFor(c.clusters);
    if (c.quantBits != 0)
        return c.quantBits;
    return c.baseBits;
}

int columnIndexBits(std::int64_t columns)
{
    // Column indices run 0 … columns − 1; int16 holds up to 32,767.
    return columns <= 32'768 ? 16 : 32;
}

int rowPointerBits(std::int64_t nonZeros)
{
    return nonZeros <= std::numeric_limits<std::int32_t>::max() ? 32 : 64;
}

std::int64_t prunedCount(std::int64_t elements, double sparsity)
{
    return std::min<std::int64_t>(elements, std::llround(sparsity * double(elements)));
}

TensorCompression compressOne(const WeightTensor &t, const CompressionConfig &c)
{
    TensorCompression r;
    r.name = t.name;
    r.elements = t.elements;
    r.originalBytes = bitsToBytes(t.elements, c.baseBits);
    if (!t.isMatrix) {
        r.nonZeros = t.elements;
        r.valueBits = c.baseBits;
        r.valueBytes = r.originalBytes;
        r.totalBytes = r.originalBytes;
        return r;
    }

    const std::int64_t columns = ceilDiv(t.elements, t.rows);
    r.nonZeros = t.elements - prunedCount(t.elements, c.sparsity);
    r.valueBits = valueBitsFor(c);

    // Metadata does not depend on the storage: scales are indexed by the dense position.
    if (c.clusters != 0) {
        r.metadataBytes = bitsToBytes(c.clusters, c.baseBits); // the codebook
    } else if (c.quantBits != 0) {
        std::int64_t scales = 1;
        if (c.granularity == ScaleGranularity::PerChannel)
            scales = t.rows;
        else if (c.granularity == ScaleGranularity::PerGroup)
            scales = checkedMul(t.rows, ceilDiv(columns, c.groupSize));
        r.metadataBytes = checkedMul(scales, c.scaleBits / 8);
        if (c.zeroPoints)
            r.metadataBytes = checkedAdd(r.metadataBytes, bitsToBytes(scales, c.quantBits));
    }

    const std::int64_t denseValues = bitsToBytes(t.elements, r.valueBits);
    const int idxBits = columnIndexBits(columns);
    const int ptrBits = rowPointerBits(r.nonZeros);
    const std::int64_t csrValues = bitsToBytes(r.nonZeros, r.valueBits);
    const std::int64_t csrIndex
        = checkedAdd(bitsToBytes(r.nonZeros, idxBits), bitsToBytes(checkedAdd(t.rows, 1), ptrBits));
    const bool useCsr = c.storage == SparseStorage::Csr
        || (c.storage == SparseStorage::Auto && checkedAdd(csrValues, csrIndex) < denseValues);
    if (useCsr) {
        r.sparse = true;
        r.columnIndexBits = idxBits;
        r.rowPointerBits = ptrBits;
        r.valueBytes = csrValues;
        r.indexBytes = csrIndex;
    } else {
        r.valueBytes = denseValues;
    }
    r.totalBytes = checkedAdd(checkedAdd(r.valueBytes, r.indexBytes), r.metadataBytes);
    return r;
}

} // namespace

double CompressionPlanner::breakEvenSparsity(const WeightTensor &tensor,
                                             const CompressionConfig &config)
{
    validate({tensor}, config);
    if (!tensor.isMatrix || tensor.elements == 0)
        return 1.0;
    // dense n·v = CSR (1 − s)·n·(v + i) + (r + 1)·p  ⇒  s* = 1 − (n·v − (r + 1)·p) / (n·(v + i))
    const double n = double(tensor.elements);
    const double v = valueBitsFor(config);
    const double i = columnIndexBits(ceilDiv(tensor.elements, tensor.rows));
    const double p = rowPointerBits(tensor.elements);
    const double s = 1.0 - (n * v - double(tensor.rows + 1) * p) / (n * (v + i));
    return std::clamp(s, 0.0, 1.0);
}

CompressionResult CompressionPlanner::compress(const QList<WeightTensor> &tensors,
                                               const CompressionConfig &config)
{
    validate(tensors, config);
    CompressionResult result;
    double denseBits = 0.0, csrBitsPerKept = 0.0, pointerBits = 0.0;
    try {
        for (const WeightTensor &t : tensors) {
            const TensorCompression tc = compressOne(t, config);
            result.parameters = checkedAdd(result.parameters, tc.elements);
            result.nonZeros = checkedAdd(result.nonZeros, tc.nonZeros);
            result.originalBytes = checkedAdd(result.originalBytes, tc.originalBytes);
            result.valueBytes = checkedAdd(result.valueBytes, tc.valueBytes);
            result.indexBytes = checkedAdd(result.indexBytes, tc.indexBytes);
            result.metadataBytes = checkedAdd(result.metadataBytes, tc.metadataBytes);
            result.totalBytes = checkedAdd(result.totalBytes, tc.totalBytes);
            result.tensors.append(tc);
            if (t.isMatrix && t.elements > 0) {
                const double n = double(t.elements);
                const double v = valueBitsFor(config);
                denseBits += n * v;
                csrBitsPerKept += n * (v + columnIndexBits(ceilDiv(t.elements, t.rows)));
                pointerBits += double(t.rows + 1) * rowPointerBits(t.elements);
            }
        }
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("compressed weights"));
    }
    result.ratio
        = result.totalBytes > 0 ? double(result.originalBytes) / double(result.totalBytes) : 1.0;
    if (csrBitsPerKept > 0.0)
        result.breakEvenSparsity
            = std::clamp(1.0 - (denseBits - pointerBits) / csrBitsPerKept, 0.0, 1.0);
    return result;
}

LatencyEstimate CompressionPlanner::roofline(double flops, double bytesMoved,
                                             const EdgeDevice &device)
{
    if (!(device.peakFlops > 0.0) || !(device.bandwidth > 0.0))
        throw ModelError(
            tr("Device \"%1\" needs a peak FLOP/s and a bandwidth above 0.").arg(device.name));
    if (!(device.efficiency > 0.0 && device.efficiency <= 1.0))
        throw ModelError(
            tr("Efficiency must be above 0 and at most 1 (got %1).").arg(device.efficiency));
    if (!(flops >= 0.0) || !(bytesMoved >= 0.0))
        throw ModelError(tr("FLOPs and bytes moved must not be negative."));
    LatencyEstimate e;
    e.computeSeconds = flops / (device.peakFlops * device.efficiency);
    e.memorySeconds = bytesMoved / (device.bandwidth * device.efficiency);
    e.seconds = std::max(e.computeSeconds, e.memorySeconds);
    e.memoryBound = e.memorySeconds > e.computeSeconds;
    e.arithmeticIntensity
        = bytesMoved > 0.0 ? flops / bytesMoved : std::numeric_limits<double>::infinity();
    e.ridgePoint = device.peakFlops / device.bandwidth;
    return e;
}

DeploymentEstimate CompressionPlanner::deploy(const QList<WeightTensor> &tensors,
                                              const CompressionConfig &config,
                                              std::int64_t activationPeakBytes, double flops,
                                              std::int64_t activationTrafficBytes,
                                              const EdgeDevice &device, std::int64_t workspaceBytes)
{
    if (activationPeakBytes < 0 || activationTrafficBytes < 0 || workspaceBytes < 0
        || device.memoryBytes < 0)
        throw ModelError(tr("Activation, workspace and device memory sizes must not be "
                            "negative."));
    DeploymentEstimate d;
    d.weights = compress(tensors, config);
    d.activationPeakBytes = activationPeakBytes;
    d.workspaceBytes = workspaceBytes;
    d.flops = flops;
    try {
        d.inferenceBytes
            = checkedAdd(checkedAdd(d.weights.totalBytes, activationPeakBytes), workspaceBytes);
        d.bytesMoved = checkedAdd(d.weights.totalBytes, activationTrafficBytes);
        if (device.memoryBytes > 0) {
            d.fits = d.inferenceBytes <= device.memoryBytes;
            d.headroom = checkedSub(device.memoryBytes, d.inferenceBytes);
        }
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("inference memory"));
    }
    d.latency = roofline(flops, double(d.bytesMoved), device);
    return d;
}

DeploymentComparison CompressionPlanner::compare(const DeploymentEstimate &teacher,
                                                 const DeploymentEstimate &student)
{
    const auto ratio = [](double a, double b) {
        return b > 0.0 ? a / b : std::numeric_limits<double>::infinity();
    };
    DeploymentComparison c;
    c.teacher = teacher;
    c.student = student;
    c.parameterRatio
        = ratio(double(teacher.weights.parameters), double(student.weights.parameters));
    c.weightBytesRatio
        = ratio(double(teacher.weights.totalBytes), double(student.weights.totalBytes));
    c.inferenceBytesRatio = ratio(double(teacher.inferenceBytes), double(student.inferenceBytes));
    c.flopsRatio = ratio(teacher.flops, student.flops);
    c.speedup = ratio(teacher.latency.seconds, student.latency.seconds);
    return c;
}

} // namespace memplanner
