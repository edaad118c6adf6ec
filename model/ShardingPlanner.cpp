#include "ShardingPlanner.h"

#include "Bytes.h"
#include "ModelError.h"

#include <QLocale>

namespace memplanner {

namespace {

void requireNonNegative(std::int64_t value, const QString &field)
{
    if (value < 0)
        throw ModelError(
            ShardingPlanner::tr("%1 must not be negative (got %2).").arg(field).arg(value));
}

void requirePositive(std::int64_t value, const QString &field)
{
    if (value < 1)
        throw ModelError(
            ShardingPlanner::tr("%1 must be at least 1 (got %2).").arg(field).arg(value));
}

bool shardsParameters(ShardingStrategy s)
{
    return s == ShardingStrategy::Zero3 || s == ShardingStrategy::Fsdp;
}

bool shardsGradients(ShardingStrategy s)
{
    return s == ShardingStrategy::Zero2 || shardsParameters(s);
}

void validate(const ShardingConfig &c)
{
    requireNonNegative(c.parameters, ShardingPlanner::tr("Parameters"));
    requireNonNegative(c.weightBytes, ShardingPlanner::tr("Weight bytes"));
    requireNonNegative(c.gradientBytes, ShardingPlanner::tr("Gradient bytes"));
    requireNonNegative(c.masterWeightBytes, ShardingPlanner::tr("Master weight bytes"));
    requireNonNegative(c.optimizerStateBytes, ShardingPlanner::tr("Optimizer state bytes"));
    requirePositive(c.gpus, ShardingPlanner::tr("The number of GPUs"));
    requirePositive(c.tensorParallel, ShardingPlanner::tr("The tensor-parallel degree"));
    requirePositive(c.microBatch, ShardingPlanner::tr("The micro-batch"));
    requirePositive(c.gradientAccumulationSteps,
                    ShardingPlanner::tr("Gradient accumulation steps"));
    requirePositive(c.bucketCapBytes, ShardingPlanner::tr("The bucket size"));
    requirePositive(c.unitsInFlight, ShardingPlanner::tr("Units in flight"));
    requireNonNegative(c.largestUnitParameters, ShardingPlanner::tr("Largest unit parameters"));
    requireNonNegative(c.activationBytes, ShardingPlanner::tr("Activation bytes"));
    requireNonNegative(c.gpuMemoryBytes, ShardingPlanner::tr("GPU memory"));
    requireNonNegative(c.transformer.layers, ShardingPlanner::tr("Transformer layers"));
    if (c.blockParameters < -1 || c.blockParameters > c.parameters)
        throw ModelError(ShardingPlanner::tr("Block parameters (%1) must lie between 0 and the "
                                             "parameter count (%2), or be −1 for all.")
                             .arg(c.blockParameters)
                             .arg(c.parameters));
    if (c.gpus % c.tensorParallel != 0)
        throw ModelError(ShardingPlanner::tr("%1 GPUs cannot be split into tensor-parallel "
                                             "groups of %2.")
                             .arg(c.gpus)
                             .arg(c.tensorParallel));
    if (c.largestUnitParameters > c.parameters)
        throw ModelError(ShardingPlanner::tr("The largest unit (%1 parameters) is larger than "
                                             "the model (%2).")
                             .arg(c.largestUnitParameters)
                             .arg(c.parameters));
    if (c.offloadParameters && !shardsParameters(c.strategy))
        throw ModelError(ShardingPlanner::tr("Parameter offload needs ZeRO stage 3 or FSDP."));
    if ((c.offloadOptimizer || c.offloadParameters) && c.strategy == ShardingStrategy::DataParallel)
        throw ModelError(ShardingPlanner::tr("CPU offload needs a ZeRO stage or FSDP, not DDP."));
}

} // namespace

std::int64_t ShardingBreakdown::modelStates() const
{
    try {
        return checkedAdd(checkedAdd(weights, gradients), optimizerStates);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(ShardingPlanner::tr("per-GPU model states"));
    }
}

std::int64_t ShardingBreakdown::total() const
{
    try {
        return checkedAdd(checkedAdd(modelStates(), activations), communicationBuffers);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(ShardingPlanner::tr("per-GPU memory"));
    }
}

std::int64_t ShardingPlanner::transformerActivationBytes(const TransformerShape &shape,
                                                         std::int64_t microBatch, std::int64_t t)
{
    if (shape.layers == 0)
        return 0;
    for (std::int64_t v : {shape.layers, shape.sequence, shape.hidden, shape.heads, microBatch, t})
        if (v < 1)
            throw ModelError(tr("Transformer layers, sequence, hidden size, heads, micro-batch "
                                "and tensor-parallel degree must all be at least 1."));
    try {
        const std::int64_t sbh = checkedMul(checkedMul(shape.sequence, microBatch), shape.hidden);
        // 5·a·s/(h·t) · s·b·h = 5·a·s²·b / t: the attention scores, softmax output and its
        // dropout mask, which grow with s².
        const std::int64_t attention = checkedMul(
            checkedMul(checkedMul(5, shape.heads), checkedMul(shape.sequence, shape.sequence)),
            microBatch);
        std::int64_t perLayer = 0;
        switch (shape.recompute) {
        case ActivationRecompute::None:
            perLayer = shape.sequenceParallel
                ? ceilDiv(checkedAdd(checkedMul(34, sbh), attention), t)
                : checkedAdd(checkedMul(10, sbh),
                             ceilDiv(checkedAdd(checkedMul(24, sbh), attention), t));
            break;
        case ActivationRecompute::Selective:
            perLayer = shape.sequenceParallel
                ? ceilDiv(checkedMul(34, sbh), t)
                : checkedAdd(checkedMul(10, sbh), ceilDiv(checkedMul(24, sbh), t));
            break;
        case ActivationRecompute::Full:
            perLayer = checkedMul(2, sbh);
            break;
        }
        return checkedMul(perLayer, shape.layers);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("transformer activations"));
    }
}

ShardingPlan ShardingPlanner::plan(const ShardingConfig &c)
{
    validate(c);
    ShardingPlan p;
    p.gpus = c.gpus;
    p.tensorParallel = c.tensorParallel;
    p.dataParallel = c.gpus / c.tensorParallel;
    const std::int64_t t = c.tensorParallel;
    const std::int64_t d = p.dataParallel;
    try {
        const std::int64_t blocks = c.blockParameters < 0 ? c.parameters : c.blockParameters;
        p.parametersPerRank = checkedAdd(c.parameters - blocks, ceilDiv(blocks, t));
        const std::int64_t psi = p.parametersPerRank;
        // FSDP pads each flat parameter to a multiple of the world size, so a shard is ⌈Ψ'/d⌉.
        p.shardParameters = ceilDiv(psi, d);
        const std::int64_t shard = p.shardParameters;
        const std::int64_t k = checkedAdd(c.masterWeightBytes, c.optimizerStateBytes);
        const ShardingStrategy s = c.strategy;
        const bool offloadOptimizer = c.offloadOptimizer || c.offloadParameters;

        ShardingBreakdown &b = p.perGpu;
        std::int64_t host = 0;

        // Weights: replicated except under ZeRO-3 / FSDP.
        const std::int64_t weights = checkedMul(c.weightBytes, shardsParameters(s) ? shard : psi);
        if (c.offloadParameters)
            host = checkedAdd(host, weights);
        else
            b.weights = weights;

        // Gradients: replicated under DDP and ZeRO-1.
        const std::int64_t grads = checkedMul(c.gradientBytes, shardsGradients(s) ? shard : psi);
        // ZeRO-Offload (Ren et al. 2021) moves the reduced gradient shard to the CPU, where
        // the optimizer step runs; with ZeRO-1 every GPU still needs its full gradients.
        if (offloadOptimizer && shardsGradients(s))
            host = checkedAdd(host, grads);
        else
            b.gradients = grads;

        // Optimizer states incl. fp32 master weights (K): partitioned from ZeRO-1 on.
        const std::int64_t optimizer
            = checkedMul(k, s == ShardingStrategy::DataParallel ? psi : shard);
        if (offloadOptimizer)
            host = checkedAdd(host, optimizer);
        else
            b.optimizerStates = optimizer;
        p.hostBytesPerGpu = host;
        if (host > 0)
            p.notes << tr("Offload keeps %1 bytes per GPU process in host RAM.").arg(QLocale().toString(host));

        // Communication buffers.
        switch (s) {
        case ShardingStrategy::DataParallel: {
            const std::int64_t allGrads = checkedMul(c.gradientBytes, psi);
            p.ddpBuckets = ceilDiv(allGrads, c.bucketCapBytes);
            // DDP's reducer allocates flat bucket tensors covering every gradient; unless
            // gradient_as_bucket_view=True, param.grad is a second copy (PyTorch PR #41954
            // measured ≈ the model's gradient size saved by the view).
            if (!c.gradientAsBucketView)
                b.communicationBuffers = allGrads;
            p.notes << (c.gradientAsBucketView
                            ? tr("DDP gradients are views into its %1 buckets: no extra copy.")
                                  .arg(p.ddpBuckets)
                            : tr("DDP keeps a flat copy of all gradients in %1 buckets of at most "
                                 "%2 bytes; gradient_as_bucket_view=True removes it.")
                                  .arg(p.ddpBuckets)
                                  .arg(QLocale().toString(c.bucketCapBytes)));
            break;
        }
        case ShardingStrategy::Zero1:
        case ShardingStrategy::Zero2:
        case ShardingStrategy::Zero3:
            b.communicationBuffers = c.bucketCapBytes;
            if (s == ShardingStrategy::Zero3 && c.largestUnitParameters > 0) {
                const std::int64_t unit = ceilDiv(c.largestUnitParameters, t);
                b.communicationBuffers
                    = checkedAdd(b.communicationBuffers,
                                 checkedMul(checkedMul(c.weightBytes, unit), c.unitsInFlight));
            }
            p.notes << tr("One reduce bucket of %1 bytes is counted as communication buffer.")
                           .arg(QLocale().toString(c.bucketCapBytes));
            break;
        case ShardingStrategy::Fsdp: {
            std::int64_t unit = ceilDiv(c.largestUnitParameters, t);
            if (c.largestUnitParameters == 0) {
                unit = psi;
                p.notes << tr("No FSDP unit size given: assuming no auto-wrap policy, so the "
                              "whole model is gathered at once.");
            }
            // The all-gathered flat parameters of the units being computed, and the unsharded
            // gradient of one unit before its reduce-scatter.
            b.communicationBuffers
                = checkedAdd(checkedMul(checkedMul(c.weightBytes, unit), c.unitsInFlight),
                             checkedMul(c.gradientBytes, unit));
            break;
        }
        }

        b.activations = checkedAdd(c.activationBytes,
                                   transformerActivationBytes(c.transformer, c.microBatch, t));
        p.total = b.total();
        p.globalBatch = checkedMul(checkedMul(c.microBatch, c.gradientAccumulationSteps), d);
        if (c.gradientAccumulationSteps > 1)
            p.notes << tr("Gradient accumulation over %1 micro-batches raises the global batch "
                          "to %2 without raising per-GPU memory.")
                           .arg(c.gradientAccumulationSteps)
                           .arg(p.globalBatch);
        if (c.gpuMemoryBytes > 0) {
            p.fits = p.total <= c.gpuMemoryBytes;
            p.headroom = checkedSub(c.gpuMemoryBytes, p.total);
            if (!p.fits)
                p.notes
                    << tr("Each GPU needs %1 bytes but has %2.").arg(QLocale().toString(p.total), QLocale().toString(c.gpuMemoryBytes));
        }
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("multi-GPU plan"));
    }
    return p;
}

QList<ShardingPoint> ShardingPlanner::gpuSweep(const ShardingConfig &config)
{
    validate(config);
    QList<ShardingPoint> series;
    for (std::int64_t n = config.tensorParallel; n <= config.gpus; n += config.tensorParallel) {
        ShardingConfig c = config;
        c.gpus = n;
        const ShardingPlan p = plan(c);
        series.append({n, p.perGpu, p.total});
    }
    return series;
}

QString ShardingPlanner::strategyName(ShardingStrategy strategy)
{
    switch (strategy) {
    case ShardingStrategy::DataParallel:
        return QStringLiteral("ddp");
    case ShardingStrategy::Zero1:
        return QStringLiteral("zero1");
    case ShardingStrategy::Zero2:
        return QStringLiteral("zero2");
    case ShardingStrategy::Zero3:
        return QStringLiteral("zero3");
    case ShardingStrategy::Fsdp:
        return QStringLiteral("fsdp");
    }
    return QString();
}

QStringList ShardingPlanner::strategyNames()
{
    return {QStringLiteral("ddp"), QStringLiteral("zero1"), QStringLiteral("zero2"),
            QStringLiteral("zero3"), QStringLiteral("fsdp")};
}

std::optional<ShardingStrategy> ShardingPlanner::strategyFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("ddp") || key == QLatin1String("dp")
        || key == QLatin1String("dataparallel") || key == QLatin1String("zero0"))
        return ShardingStrategy::DataParallel;
    if (key == QLatin1String("zero1"))
        return ShardingStrategy::Zero1;
    if (key == QLatin1String("zero2"))
        return ShardingStrategy::Zero2;
    if (key == QLatin1String("zero3"))
        return ShardingStrategy::Zero3;
    if (key == QLatin1String("fsdp") || key == QLatin1String("fullshard"))
        return ShardingStrategy::Fsdp;
    return std::nullopt;
}

QString ShardingPlanner::strategyLabel(ShardingStrategy strategy)
{
    switch (strategy) {
    case ShardingStrategy::DataParallel:
        return tr("Data parallel (DDP)");
    case ShardingStrategy::Zero1:
        return tr("ZeRO stage 1");
    case ShardingStrategy::Zero2:
        return tr("ZeRO stage 2");
    case ShardingStrategy::Zero3:
        return tr("ZeRO stage 3");
    case ShardingStrategy::Fsdp:
        return tr("FSDP (full shard)");
    }
    return QString();
}

} // namespace memplanner
