#include "Throughput.h"

#include "Planner.h"

#include <algorithm>

namespace memplanner {

QList<DeviceThroughput> Throughput::perDevice(const Plan &plan, std::int64_t datasetSize)
{
    QList<DeviceThroughput> rows;
    const std::int64_t batch = std::max<std::int64_t>(1, plan.config.batch);
    for (const DeviceFit &fit : plan.devices) {
        DeviceThroughput row;
        row.id = fit.id;
        row.name = fit.name;
        row.fits = fit.fits;
        row.stepSeconds = fit.stepTimeSeconds;
        row.samplesPerSecond = fit.stepTimeSeconds > 0.0
                                       ? static_cast<double>(batch) / fit.stepTimeSeconds
                                       : 0.0;
        row.stepsPerEpoch = datasetSize > 0 ? (datasetSize + batch - 1) / batch : 0;
        row.epochSeconds = static_cast<double>(row.stepsPerEpoch) * fit.stepTimeSeconds;
        rows << row;
    }
    return rows;
}

} // namespace memplanner
