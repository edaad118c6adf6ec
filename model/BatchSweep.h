#pragma once

#include "Planner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace memplanner {

class Graph;

/** One device's capacity line in a sweep. */
struct CapacityLine
{
    QString id;
    QString name;
    std::int64_t capacity = 0; ///< usable bytes
};

/** One configuration swept over the batch sizes. */
struct SweepSeries
{
    PlanConfig config;
    QString label;                     ///< BatchSweep::label(config) unless the caller names it
    std::vector<MemoryAtPeak> points;  ///< one per batch of the sweep; fewer when a size overflows
    /// per capacity line: the largest batch that fits (empty: unbounded; 0: not even batch 1)
    std::vector<std::optional<std::int64_t>> maxBatch;
};

/** Peak memory against batch size for several configurations, with device capacities. */
struct BatchSweepResult
{
    std::vector<std::int64_t> batches;
    QList<SweepSeries> series;
    QList<CapacityLine> devices;
};

/**
 * Peak memory versus batch size: each configuration's core is built once and evaluated at
 * every batch (sizes are affine in the batch), its largest batch per device solved from the
 * same core (PlanCore::maxBatch). Each configuration uses its own effective runtime, as the
 * top-level plan does.
 */
class BatchSweep
{
    Q_DECLARE_TR_FUNCTIONS(BatchSweep)

public:
    /** Powers of two from 1 up to at least 1,024 and twice @p current. */
    static std::vector<std::int64_t> defaultBatches(std::int64_t current);

    /**
     * The configurations worth comparing with @p base: @p base itself, then the other
     * precision (mixed bf16 for fp32, fp32 otherwise), the other checkpointing (√n for none,
     * none otherwise), both, and a lighter optimizer (SGD for the Adam family, Adam otherwise).
     * Inference plans vary the precision only.
     */
    static QList<PlanConfig> variants(const PlanConfig &base);

    /** A short label for a configuration: "amp-bf16 · adam · √n". */
    static QString label(const PlanConfig &config);

    /** Throws ModelError when a configuration cannot be planned. */
    static BatchSweepResult sweep(const Planner &planner, const Graph &graph,
                                  const QList<PlanConfig> &configs,
                                  const std::vector<std::int64_t> &batches,
                                  const QStringList &deviceIds);
};

} // namespace memplanner
