#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace memplanner {

struct Plan;

/** Step time, throughput and epoch time of a plan on one device. */
struct DeviceThroughput
{
    QString id;
    QString name;
    bool fits = false;
    double stepSeconds = 0.0;       ///< one step of the plan's batch (roofline)
    double samplesPerSecond = 0.0;
    std::int64_t stepsPerEpoch = 0; ///< ⌈dataset ÷ batch⌉
    double epochSeconds = 0.0;
};

/** Throughput of a plan on its devices, and the time of one epoch over a dataset. */
class Throughput
{
public:
    /** One row per device of @p plan, in its order; @p datasetSize samples per epoch (≥ 0). */
    static QList<DeviceThroughput> perDevice(const Plan &plan, std::int64_t datasetSize);
};

} // namespace memplanner
