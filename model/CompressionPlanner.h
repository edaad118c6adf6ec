#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace memplanner {

/** One weight tensor to deploy. */
struct WeightTensor
{
    QString name;
    std::int64_t elements = 0; ///< element count
    /** Rows of the 2-D view: output features / output channels (CSR rows, channel scales). */
    std::int64_t rows = 1;
    /**
     * A matrix or convolution weight: pruned, clustered and quantised. Other tensors (biases,
     * normalisation scales) stay dense in the base precision.
     */
    bool isMatrix = true;
};

/** How pruned tensors are stored. */
enum class SparseStorage {
    Dense, ///< zeros stored (only a later entropy coder would gain)
    Csr,   ///< values + column indices + row pointers
    Auto   ///< per tensor, whichever is smaller
};

/** Which elements share one quantisation scale. */
enum class ScaleGranularity {
    PerTensor,  ///< one scale per tensor
    PerChannel, ///< one per row (output channel)
    PerGroup    ///< one per groupSize consecutive elements of a row
};

/**
 * A compression recipe applied to every matrix tensor. Pruning combines with either weight
 * sharing or quantisation (Deep Compression, Han et al. 2016, prunes then clusters).
 */
struct CompressionConfig
{
    int baseBits = 32;     ///< bits of the uncompressed weights (fp32)
    double sparsity = 0.0; ///< fraction of matrix weights pruned, 0 ≤ s < 1
    SparseStorage storage = SparseStorage::Auto;
    int clusters = 0;  ///< weight sharing with k ≥ 2 shared values per tensor; 0: off
    int quantBits = 0; ///< 8 or 4 (integer quantisation); 0: off
    ScaleGranularity granularity = ScaleGranularity::PerChannel;
    std::int64_t groupSize = 128; ///< PerGroup: elements per scale, along a row
    int scaleBits = 16;           ///< 16 (fp16) or 32 (fp32) scales
    bool zeroPoints = false;      ///< asymmetric quantisation: a quantBits zero-point per scale
};

/** How one tensor is stored after compression. All sizes in bytes. */
struct TensorCompression
{
    QString name;
    std::int64_t elements = 0;
    std::int64_t nonZeros = 0;
    bool sparse = false;     ///< stored as CSR
    int valueBits = 0;       ///< bits per stored value (log2 k, quantBits or baseBits)
    int columnIndexBits = 0; ///< CSR: 16 when the columns fit int16, else 32
    int rowPointerBits = 0;  ///< CSR: 32, or 64 beyond 2^31 − 1 non-zeros
    std::int64_t originalBytes = 0;
    std::int64_t valueBytes = 0;
    std::int64_t indexBytes = 0;    ///< column indices + row pointers
    std::int64_t metadataBytes = 0; ///< scales, zero-points, codebook
    std::int64_t totalBytes = 0;
};

/** The compressed size of a list of tensors. All sizes in bytes. */
struct CompressionResult
{
    QList<TensorCompression> tensors;
    std::int64_t parameters = 0;
    std::int64_t nonZeros = 0;
    std::int64_t originalBytes = 0;
    std::int64_t valueBytes = 0;
    std::int64_t indexBytes = 0;
    std::int64_t metadataBytes = 0;
    std::int64_t totalBytes = 0;
    double ratio = 1.0; ///< originalBytes / totalBytes
    /**
     * Sparsity above which CSR is smaller than dense storage for all matrix tensors together,
     * with this recipe's value and index widths; 1 when CSR never pays.
     */
    double breakEvenSparsity = 1.0;
};

/** A device to deploy on, for the roofline. */
struct EdgeDevice
{
    QString name;
    std::int64_t memoryBytes = 0; ///< 0: unknown
    double peakFlops = 0.0;       ///< FLOP/s in the precision used
    double bandwidth = 0.0;       ///< bytes/s
    double efficiency = 1.0;      ///< fraction of both peaks reached, 0 < e ≤ 1
};

/** A roofline estimate of one inference. */
struct LatencyEstimate
{
    double computeSeconds = 0.0; ///< flops / (peakFlops · efficiency)
    double memorySeconds = 0.0;  ///< bytes / (bandwidth · efficiency)
    double seconds = 0.0;        ///< the larger of the two
    bool memoryBound = false;
    double arithmeticIntensity = 0.0; ///< flops / bytes
    double ridgePoint = 0.0;          ///< peakFlops / bandwidth
};

/** Everything a deployment costs: compressed weights, memory, latency. */
struct DeploymentEstimate
{
    CompressionResult weights;
    std::int64_t activationPeakBytes = 0;
    std::int64_t workspaceBytes = 0;
    std::int64_t inferenceBytes = 0; ///< weights.totalBytes + activation peak + workspace
    double flops = 0.0;              ///< per inference
    std::int64_t bytesMoved = 0;     ///< weights.totalBytes + activation traffic
    LatencyEstimate latency;
    bool fits = true; ///< inferenceBytes ≤ device memory (true when unknown)
    std::int64_t headroom = 0;
};

/** A teacher and its distilled student, side by side; ratios are teacher / student. */
struct DeploymentComparison
{
    DeploymentEstimate teacher;
    DeploymentEstimate student;
    double parameterRatio = 0.0;
    double weightBytesRatio = 0.0;
    double inferenceBytesRatio = 0.0;
    double flopsRatio = 0.0;
    double speedup = 0.0; ///< teacher latency / student latency
};

/**
 * Deployment size of a network's weights under pruning (dense or CSR), weight sharing and
 * int8/int4 quantisation, the resulting inference memory, and a roofline latency on an edge
 * device.
 *
 * Per matrix tensor of n elements, r rows, c = ⌈n/r⌉ columns, sparsity s, nnz = n − round(s·n),
 * v value bits (log2 k with k clusters, else quantBits, else baseBits):
 *   dense values  ⌈n·v / 8⌉                CSR values ⌈nnz·v / 8⌉
 *   CSR indices   nnz · (16 if c ≤ 32,768 else 32) / 8 + (r + 1) · (32 or 64) / 8
 *   codebook      k · baseBits / 8         (weight sharing)
 *   scales        m · scaleBits / 8 (+ ⌈m · quantBits / 8⌉ zero-points), m = 1, r or r·⌈c/g⌉
 * Weight sharing alone compresses n·b / (n·log2 k + k·b) (Han et al. 2016).
 * All functions throw ModelError on invalid input or 64-bit overflow.
 */
class CompressionPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CompressionPlanner)

public:
    /** Compresses @p tensors with @p config. */
    static CompressionResult compress(const QList<WeightTensor> &tensors,
                                      const CompressionConfig &config);

    /** Sparsity at which CSR storage of @p tensor equals dense storage under @p config. */
    static double breakEvenSparsity(const WeightTensor &tensor, const CompressionConfig &config);

    /** Roofline: max(flops / (peak · e), bytes / (bandwidth · e)). */
    static LatencyEstimate roofline(double flops, double bytesMoved, const EdgeDevice &device);

    /**
     * Inference on @p device: compressed weights + @p activationPeakBytes + @p workspaceBytes
     * resident; latency from @p flops and the bytes moved (compressed weights read once +
     * @p activationTrafficBytes).
     */
    static DeploymentEstimate deploy(const QList<WeightTensor> &tensors,
                                     const CompressionConfig &config,
                                     std::int64_t activationPeakBytes, double flops,
                                     std::int64_t activationTrafficBytes, const EdgeDevice &device,
                                     std::int64_t workspaceBytes = 0);

    /** Side-by-side ratios of a teacher and a student deployment. */
    static DeploymentComparison compare(const DeploymentEstimate &teacher,
                                        const DeploymentEstimate &student);
};

} // namespace memplanner
