#include "FitSolver.h"

#include "Checkpointing.h"
#include "ModelError.h"
#include "Planner.h"

#include <QHash>

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
                                             const PlanConfig &base, const QStringList &deviceIds)
{
    QList<DeviceRecommendation> result;
    // Cores depend on the runtime and configuration, not on the device: share them.
    QHash<QString, std::shared_ptr<const PlanCore>> cores;
    for (const QString &id : deviceIds) {
        const Device &device = planner.deviceCatalogue().require(id);
        DeviceRecommendation rec;
        rec.deviceId = device.id;
        rec.deviceName = device.name;
        rec.capacity = device.usableBytes;
        for (const PlanConfig &config : candidateConfigs(base, device)) {
            const QString runtimeId = config.runtime.isEmpty() ? device.runtime : config.runtime;
            const QString key = runtimeId + QLatin1Char('|') + config.precision + QLatin1Char('|')
                                + config.optimizer + QLatin1Char('|') + config.checkpoint.toString();
            std::shared_ptr<const PlanCore> core = cores.value(key);
            if (!core) {
                core = planner.buildCore(graph, config, planner.runtimeCatalogue().require(runtimeId), nullptr);
                cores.insert(key, core);
            }
            FitCandidate c;
            c.config = config;
            c.maxBatch = core->maxBatch(device.usableBytes);
            c.recomputeFlops = Planner::computeCost(*core, config).recompute;
            c.microBatch = std::min(base.batch, c.maxBatch.value_or(base.batch));
            if (c.microBatch > 0) {
                c.accumulation = (base.batch + c.microBatch - 1) / c.microBatch;
                c.config.batch = c.microBatch;
                c.devicePeak = core->memoryAt(c.microBatch).devicePeak;
                c.stepSeconds = static_cast<double>(c.accumulation)
                                * Planner::stepTime(*core, c.config, device, c.microBatch, nullptr);
                c.samplesPerSecond = c.stepSeconds > 0.0 ? static_cast<double>(base.batch) / c.stepSeconds : 0.0;
            } else {
                c.devicePeak = core->memoryAt(1).devicePeak;
            }
            rec.ranked << c;
        }
        std::stable_sort(rec.ranked.begin(), rec.ranked.end(), [](const FitCandidate &a, const FitCandidate &b) {
            if (a.fits() != b.fits())
                return a.fits();
            if (a.fits())
                return a.samplesPerSecond > b.samplesPerSecond;
            return a.devicePeak < b.devicePeak;
        });
        if (!rec.ranked.isEmpty() && !rec.ranked.first().fits())
            rec.closestMissBytes = rec.ranked.first().devicePeak - rec.capacity;
        result << rec;
    }
    return result;
}

} // namespace memplanner
