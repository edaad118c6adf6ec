#include "FitSolver.h"

#include "Checkpointing.h"
#include "ModelError.h"
#include "Planner.h"

#include <QHash>

#include <optional>

#include <algorithm>

namespace memplanner {

namespace {

/** Configurations worth trying: precisions the device runs natively, the chosen optimizer
 *  (and 8-bit Adam for the Adam family), with and without √n checkpointing. */
QList<PlanConfig> candidateConfigs(const PlanConfig &base, const Device &device)
{
    QStringList precisions = {QStringLiteral("fp32")};
    if (device.flopsFp16 > 0.0)
        precisions << QStringLiteral("amp-fp16");
    if (device.flopsBf16 > 0.0)
        precisions << QStringLiteral("amp-bf16");
    if (!precisions.contains(base.precision))
        precisions.prepend(base.precision);
    QStringList optimizers = {base.optimizer};
    if (base.optimizer == QLatin1String("adam") || base.optimizer == QLatin1String("adamw"))
        optimizers << QStringLiteral("adam8bit");
    QList<CheckpointSpec> checkpoints = {CheckpointSpec{}, CheckpointSpec::parse(QStringLiteral("sqrt"))};
    if (base.checkpoint.mode != CheckpointSpec::Mode::None
        && base.checkpoint.mode != CheckpointSpec::Mode::Sqrt)
        checkpoints << base.checkpoint;
    QList<PlanConfig> configs;
    for (const QString &precision : precisions)
        for (const QString &optimizer : optimizers)
            for (const CheckpointSpec &checkpoint : checkpoints) {
                PlanConfig c = base;
                c.precision = precision;
                c.optimizer = optimizer;
                c.checkpoint = checkpoint;
                c.devices.clear();
                configs << c;
            }
    return configs;
}

} // namespace

QList<DeviceRecommendation> FitSolver::solve(const Planner &planner, const Graph &graph,
                                             const PlanConfig &base, const QStringList &deviceIds,
                                             const FitOptions &options)
{
    QList<DeviceRecommendation> result;
    // Cores depend on the runtime, the configuration and the frozen nodes, not on the device:
    // share them.
    QHash<QString, std::shared_ptr<const PlanCore>> cores;
    // The frozen variant of the graph, made once from the first core analysed.
    std::optional<Graph> frozenGraph;
    QStringList frozen;
    const auto coreFor = [&](const Graph &g, const PlanConfig &config, const QString &runtimeId,
                             bool freeze) {
        const QString key = runtimeId + QLatin1Char('|') + config.precision + QLatin1Char('|')
                            + config.optimizer + QLatin1Char('|') + config.checkpoint.toString()
                            + (freeze ? QStringLiteral("|frozen") : QString());
        std::shared_ptr<const PlanCore> core = cores.value(key);
        if (!core) {
            core = planner.buildCore(g, config, planner.runtimeCatalogue().require(runtimeId), nullptr);
            cores.insert(key, core);
        }
        return core;
    };
    for (const QString &id : deviceIds) {
        const Device &device = planner.deviceCatalogue().require(id);
        DeviceRecommendation rec;
        rec.deviceId = device.id;
        rec.deviceName = device.name;
        rec.capacity = device.usableBytes;
        for (const PlanConfig &config : candidateConfigs(base, device)) {
            const QString runtimeId = config.runtime.isEmpty() ? device.runtime : config.runtime;
            const std::shared_ptr<const PlanCore> plain = coreFor(graph, config, runtimeId, false);
            if (options.tryFreezing && base.training && !frozenGraph) {
                frozen = frozenPrefix(graph, plain->graph);
                frozenGraph = graph;
                for (const QString &name : std::as_const(frozen))
                    frozenGraph->nodes[frozenGraph->nodeIndex(name)].trainable = false;
            }
            const bool tryFrozen = options.tryFreezing && base.training && !frozen.isEmpty();
            for (int variant = 0; variant < (tryFrozen ? 2 : 1); ++variant) {
                const bool freeze = variant == 1;
                const std::shared_ptr<const PlanCore> core
                        = freeze ? coreFor(*frozenGraph, config, runtimeId, true) : plain;
                FitCandidate c;
                c.config = config;
                c.effectiveBatch = base.batch;
                if (freeze)
                    c.frozenNodes = frozen;
                c.maxBatch = core->maxBatch(device.usableBytes);
                c.microBatch = std::min(base.batch, c.maxBatch.value_or(base.batch));
                if (c.microBatch > 0) {
                    c.accumulation = (base.batch + c.microBatch - 1) / c.microBatch;
                    c.config.batch = c.microBatch;
                    c.devicePeak = core->memoryAt(c.microBatch).devicePeak;
                    c.stepSeconds = static_cast<double>(c.accumulation)
                                    * Planner::stepTime(*core, c.config, device, c.microBatch, nullptr);
                    c.samplesPerSecond = c.stepSeconds > 0.0 ? static_cast<double>(base.batch) / c.stepSeconds : 0.0;
                } else {
                    c.config.batch = 1;
                    c.devicePeak = core->memoryAt(1).devicePeak;
                }
                // The core was analysed at the configuration's batch: scale its FLOPs (linear
                // in the batch) to the micro-batch.
                const ComputeCost cost = Planner::computeCost(*core, config);
                const double scale = config.batch > 0 ? static_cast<double>(c.config.batch)
                                                            / static_cast<double>(config.batch)
                                                      : 1.0;
                c.recomputeFlops = cost.recompute * scale;
                c.stepFlops = cost.total() * scale;
                rec.ranked << c;
            }
        }
        std::stable_sort(rec.ranked.begin(), rec.ranked.end(), [](const FitCandidate &a, const FitCandidate &b) {
            if (a.fits() != b.fits())
                return a.fits();
            if (!a.fits())
                return a.devicePeak < b.devicePeak;
            if (a.frozenNodes.isEmpty() != b.frozenNodes.isEmpty())
                return a.frozenNodes.isEmpty();
            if (a.samplesPerSecond != b.samplesPerSecond)
                return a.samplesPerSecond > b.samplesPerSecond;
            return a.devicePeak < b.devicePeak;
        });
        if (!rec.anyFits() && !rec.ranked.isEmpty())
            rec.closestMissBytes = rec.ranked.first().devicePeak - rec.capacity;
        result << rec;
    }
    return result;
}

PlanConfig FitSolver::appliedConfig(const PlanConfig &current, const FitCandidate &candidate)
{
    PlanConfig c = current;
    c.precision = candidate.config.precision;
    c.optimizer = candidate.config.optimizer;
    c.checkpoint = candidate.config.checkpoint;
    if (candidate.fits())
        c.batch = candidate.microBatch;
    return c;
}

QStringList FitSolver::frozenPrefix(const Graph &graph, const AnalysedGraph &analysed)
{
    std::int64_t total = 0;
    int holders = 0;
    for (const AnalysedNode &n : analysed.nodes) {
        if (n.graphIndex < 0 || !graph.nodes.at(n.graphIndex).trainable || !n.paramsTrainable)
            continue;
        ++holders;
        for (int p : n.params)
            total += analysed.params[static_cast<std::size_t>(p)].elements;
    }
    QStringList names;
    if (holders < 2)
        return names;
    std::int64_t sum = 0;
    for (const AnalysedNode &n : analysed.nodes) {
        if (n.graphIndex < 0 || !graph.nodes.at(n.graphIndex).trainable || !n.paramsTrainable)
            continue;
        if (2 * sum >= total || names.size() + 1 >= holders)
            break;
        names << graph.nodes.at(n.graphIndex).name;
        for (int p : n.params)
            sum += analysed.params[static_cast<std::size_t>(p)].elements;
    }
    return names;
}

} // namespace memplanner
