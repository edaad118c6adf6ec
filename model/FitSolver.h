#pragma once

#include "PlanConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace memplanner {

class Graph;
class Planner;
struct Device;

/** One configuration tried on one device. */
struct FitCandidate
{
    PlanConfig config;                    ///< precision, optimizer, checkpointing; batch = micro-batch
    std::optional<std::int64_t> maxBatch; ///< largest micro-batch that fits; empty: unbounded
    std::int64_t microBatch = 0;          ///< 0: not even batch 1 fits
    std::int64_t accumulation = 1;        ///< gradient-accumulation steps to reach the batch
    std::int64_t devicePeak = 0;          ///< at the micro-batch (at batch 1 when nothing fits)
    double stepSeconds = 0.0;             ///< for the whole effective batch
    double samplesPerSecond = 0.0;
    double recomputeFlops = 0.0;

    bool fits() const { return microBatch > 0; }
};

/** The ranked configurations for one device. */
struct DeviceRecommendation
{
    QString deviceId;
    QString deviceName;
    std::int64_t capacity = 0;
    QList<FitCandidate> ranked;     ///< fitting ones first, by throughput
    std::int64_t closestMissBytes = 0; ///< when nothing fits: how far the best one misses
};

/**
 * "Make it fit": for each device, tries precision × optimizer × checkpointing, solves the
 * largest micro-batch from the affine peak, keeps the user's effective batch with gradient
 * accumulation, and ranks by estimated throughput.
 */
class FitSolver
{
    Q_DECLARE_TR_FUNCTIONS(FitSolver)

public:
    static QList<DeviceRecommendation> solve(const Planner &planner, const Graph &graph,
                                             const PlanConfig &base, const QStringList &deviceIds);
};

} // namespace memplanner
