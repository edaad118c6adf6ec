#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace memplanner {

/** How model states are spread over the data-parallel GPUs. */
enum class ShardingStrategy {
    DataParallel, ///< PyTorch DDP: every GPU holds everything, gradients all-reduced in buckets
    Zero1,        ///< ZeRO stage 1 (P_os): optimizer states (incl. master weights) partitioned
    Zero2,        ///< ZeRO stage 2 (P_os+g): … and gradients
    Zero3,        ///< ZeRO stage 3 (P_os+g+p): … and parameters
    Fsdp          ///< PyTorch FSDP FULL_SHARD: ZeRO-3 plus the all-gathered unit being computed
};

/** What the backward pass recomputes instead of storing (Korthikanti et al. 2022). */
enum class ActivationRecompute {
    None,      ///< store every activation
    Selective, ///< recompute the attention core (the 5·a·s/h term)
    Full       ///< keep only each layer's input
};

/**
 * A transformer stack whose activations ShardingPlanner derives from Korthikanti et al. 2022,
 * "Reducing Activation Recomputation in Large Transformer Models", Table 2 (16-bit
 * activations, 1-byte dropout masks; per layer, per micro-batch):
 *   no recompute:          s·b·h·(10 + 24/t + 5·a·s/(h·t))
 *   + sequence parallel:   s·b·h·(34/t + 5·a·s/(h·t))
 *   selective recompute:   s·b·h·(10 + 24/t)      (sequence parallel: s·b·h·34/t)
 *   full recompute:        2·s·b·h
 * Embeddings, the final norm and the logits are not included (pass them as extra bytes).
 */
struct TransformerShape
{
    std::int64_t layers = 0;   ///< L; 0 disables the formula
    std::int64_t sequence = 0; ///< s
    std::int64_t hidden = 0;   ///< h
    std::int64_t heads = 0;    ///< a
    bool sequenceParallel = false;
    ActivationRecompute recompute = ActivationRecompute::None;
};

/**
 * Inputs of a multi-GPU plan. Sizes in bytes, counts in elements. Defaults: mixed-precision
 * Adam as in ZeRO (Rajbhandari et al. 2020): 2 + 2 bytes of fp16 weights and gradients and
 * K = 12 bytes of optimizer states (fp32 master weights 4 + momentum 4 + variance 4).
 */
struct ShardingConfig
{
    std::int64_t parameters = 0; ///< Ψ, trainable parameters
    /**
     * Parameters inside transformer blocks, split t ways by tensor parallelism; −1: all of Ψ
     * (Megatron also splits the embedding over the vocabulary).
     */
    std::int64_t blockParameters = -1;

    std::int64_t weightBytes = 2;         ///< per parameter, the working copy
    std::int64_t gradientBytes = 2;       ///< per parameter
    std::int64_t masterWeightBytes = 4;   ///< fp32 master copy (0 without one)
    std::int64_t optimizerStateBytes = 8; ///< e.g. Adam's two fp32 moments
    // K (ZeRO's "optimizer states") = masterWeightBytes + optimizerStateBytes.

    std::int64_t gpus = 1; ///< N
    ShardingStrategy strategy = ShardingStrategy::DataParallel;
    /** ZeRO-Offload: optimizer states (and, from stage 2, the gradient shard) in host RAM. */
    bool offloadOptimizer = false;
    /** ZeRO-3 / FSDP: the parameter shard in host RAM too (implies offloadOptimizer). */
    bool offloadParameters = false;

    std::int64_t tensorParallel = 1; ///< t; N must be a multiple of t; data parallel = N / t

    std::int64_t microBatch = 1; ///< samples per GPU per micro-step (b)
    std::int64_t gradientAccumulationSteps = 1;

    /** Bucket size: DDP's bucket_cap_mb (25 MiB), or a ZeRO reduce bucket. */
    std::int64_t bucketCapBytes = 25 * 1024 * 1024;
    /** DDP gradient_as_bucket_view: gradients live in the buckets (no second copy). */
    bool gradientAsBucketView = false;
    /**
     * ZeRO-3 / FSDP: parameters of the largest unit gathered at once (an FSDP-wrapped module).
     * FSDP with 0 assumes no auto-wrap policy, i.e. the whole model is one unit; ZeRO-3 with 0
     * counts no gathered parameters (the paper's idealised figure).
     */
    std::int64_t largestUnitParameters = 0;
    /** Gathered units alive together (2 models FSDP's BACKWARD_PRE prefetch). */
    std::int64_t unitsInFlight = 1;

    /** Activation bytes per GPU for one micro-batch, added to the transformer formula. */
    std::int64_t activationBytes = 0;
    TransformerShape transformer; ///< used when transformer.layers > 0

    std::int64_t gpuMemoryBytes = 0; ///< capacity of one GPU; 0: unknown
};

/** Per-GPU memory by role. All sizes in bytes. */
struct ShardingBreakdown
{
    std::int64_t weights = 0;
    std::int64_t gradients = 0;
    std::int64_t optimizerStates = 0; ///< master weights included (ZeRO's K)
    std::int64_t activations = 0;
    std::int64_t communicationBuffers = 0; ///< buckets, all-gathered units
    /** weights + gradients + optimizer states (ZeRO's "model states"). */
    std::int64_t modelStates() const;
    /** Everything; throws ModelError on overflow. */
    std::int64_t total() const;
};

/** The result of ShardingPlanner::plan(). */
struct ShardingPlan
{
    ShardingBreakdown perGpu;
    std::int64_t total = 0;           ///< perGpu.total()
    std::int64_t hostBytesPerGpu = 0; ///< offloaded to host RAM, per GPU process
    std::int64_t gpus = 1;
    std::int64_t dataParallel = 1; ///< N / t: the degree ZeRO/FSDP shard over
    std::int64_t tensorParallel = 1;
    std::int64_t parametersPerRank = 0; ///< Ψ after tensor parallelism
    std::int64_t shardParameters = 0;   ///< ⌈parametersPerRank / dataParallel⌉
    std::int64_t ddpBuckets = 0;        ///< ⌈gradient bytes / bucket cap⌉ (DDP)
    std::int64_t globalBatch = 0;       ///< microBatch × accumulation × data parallel
    bool fits = true;                   ///< total ≤ gpuMemoryBytes (true when unknown)
    std::int64_t headroom = 0;          ///< gpuMemoryBytes − total when known
    QStringList notes;                  ///< translated assumptions and warnings
};

/** One point of per-GPU memory versus the number of GPUs. */
struct ShardingPoint
{
    std::int64_t gpus = 0;
    ShardingBreakdown perGpu;
    std::int64_t total = 0;
};

/**
 * Per-GPU memory of multi-GPU training: model states under DDP, ZeRO stages 1–3 or FSDP,
 * optional CPU offload, tensor parallelism of the transformer blocks, plus activations and
 * communication buffers.
 *
 * With Ψ' = Ψ − Ψ_blocks + ⌈Ψ_blocks / t⌉, d = N / t data-parallel ranks, S = ⌈Ψ' / d⌉,
 * w, g bytes of weights and gradients and K = master + optimizer bytes (ZeRO paper §3):
 *   DDP     w·Ψ' + g·Ψ' + K·Ψ'             + g·Ψ' bucket copy (none with bucket views)
 *   ZeRO-1  w·Ψ' + g·Ψ' + K·S              + one bucket       (paper: 4Ψ + 12Ψ/N)
 *   ZeRO-2  w·Ψ' + g·S  + K·S              + one bucket       (paper: 2Ψ + 14Ψ/N)
 *   ZeRO-3  w·S  + g·S  + K·S              + one bucket (+ gathered units if given)
 *   FSDP    w·S  + g·S  + K·S              + units × w·U + g·U (unsharded unit and its grad)
 * Activations are those of one micro-batch: gradient accumulation changes the global batch,
 * not the per-GPU peak.
 */
class ShardingPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ShardingPlanner)

public:
    /** Plans one configuration; throws ModelError on invalid input or overflow. */
    static ShardingPlan plan(const ShardingConfig &config);

    /**
     * Per-GPU memory for N = 1 … config.gpus (only multiples of the tensor-parallel degree),
     * everything else unchanged.
     */
    static QList<ShardingPoint> gpuSweep(const ShardingConfig &config);

    /** Korthikanti et al. activations of @p shape for micro-batch @p microBatch at degree @p t. */
    static std::int64_t transformerActivationBytes(const TransformerShape &shape,
                                                   std::int64_t microBatch, std::int64_t t);

    /** CLI names: "ddp", "zero1", "zero2", "zero3", "fsdp". */
    static QString strategyName(ShardingStrategy strategy);
    /** Parses a CLI name (case-insensitive; "dp" and "zero-2" style are accepted too). */
    static std::optional<ShardingStrategy> strategyFromName(const QString &name);
    static QStringList strategyNames();
    /** Translated display name, e.g. "ZeRO stage 2". */
    static QString strategyLabel(ShardingStrategy strategy);
};

} // namespace memplanner
