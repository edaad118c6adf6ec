#include "BatchSweep.h"

#include "Bytes.h"

#include <algorithm>

namespace memplanner {

std::vector<std::int64_t> BatchSweep::defaultBatches(std::int64_t current)
{
    std::vector<std::int64_t> batches;
    const std::int64_t limit
            = std::max<std::int64_t>(1024, 2 * std::min<std::int64_t>(current, std::int64_t{1} << 40));
    for (std::int64_t b = 1; b <= limit; b *= 2)
        batches.push_back(b);
    return batches;
}

QList<PlanConfig> BatchSweep::variants(const PlanConfig &base)
{
    PlanConfig precision = base;
    precision.precision = base.precision == QLatin1String("fp32") ? QStringLiteral("amp-bf16")
                                                                  : QStringLiteral("fp32");
    QList<PlanConfig> configs = {base, precision};
    if (!base.training)
        return configs;
    PlanConfig checkpoint = base;
    checkpoint.checkpoint = base.checkpoint.mode == CheckpointSpec::Mode::None
                                    ? CheckpointSpec::parse(QStringLiteral("sqrt"))
                                    : CheckpointSpec{};
    PlanConfig both = checkpoint;
    both.precision = precision.precision;
    PlanConfig optimizer = base;
    optimizer.optimizer = base.optimizer.startsWith(QLatin1String("adam")) ? QStringLiteral("sgd")
                                                                           : QStringLiteral("adam");
    configs << checkpoint << both << optimizer;
    return configs;
}

QString BatchSweep::label(const PlanConfig &config)
{
    QString checkpoint;
    switch (config.checkpoint.mode) {
    case CheckpointSpec::Mode::None:
        checkpoint = tr("no checkpointing");
        break;
    case CheckpointSpec::Mode::Sqrt:
        checkpoint = tr("√n segments");
        break;
    case CheckpointSpec::Mode::Uniform:
        checkpoint = tr("%n segments", nullptr, config.checkpoint.segments);
        break;
    case CheckpointSpec::Mode::Budget:
        checkpoint = tr("checkpointing for a budget");
        break;
    }
    if (!config.training)
        return tr("%1 · inference").arg(config.precision);
    return tr("%1 · %2 · %3").arg(config.precision, config.optimizer, checkpoint);
}

BatchSweepResult BatchSweep::sweep(const Planner &planner, const Graph &graph,
                                   const QList<PlanConfig> &configs,
                                   const std::vector<std::int64_t> &batches,
                                   const QStringList &deviceIds)
{
    BatchSweepResult result;
    result.batches = batches;
    for (const QString &id : deviceIds) {
        const Device &device = planner.deviceCatalogue().require(id);
        result.devices << CapacityLine{device.id, device.name, device.usableBytes};
    }
    for (const PlanConfig &config : configs) {
        const RuntimeProfile &runtime = planner.runtimeCatalogue().require(config.effectiveRuntime());
        const auto core = planner.buildCore(graph, config, runtime, nullptr);
        SweepSeries series;
        series.config = config;
        series.label = label(config);
        for (std::int64_t batch : batches) {
            try {
                series.points.push_back(core->memoryAt(batch));
            } catch (const SizeOverflow &) {
                break; // the larger batches overflow too: the series ends here
            }
        }
        for (const CapacityLine &line : std::as_const(result.devices))
            series.maxBatch.push_back(core->maxBatch(line.capacity));
        result.series << series;
    }
    return result;
}

} // namespace memplanner
