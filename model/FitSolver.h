#pragma once

#include "PlanConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <QStringList>

#include <cstdint>
#include <optional>

namespace memplanner {

class AnalysedGraph;
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
    double stepFlops = 0.0;               ///< forward + backward (+ recompute) of one micro-batch
    /// the graph's nodes this candidate freezes (a prefix holding about half the trainable
    /// parameters); empty when it trains the graph as the user set it
    QStringList frozenNodes;
    std::int64_t effectiveBatch = 0;      ///< the user's batch, which accumulation keeps

    bool fits() const { return microBatch > 0; }
    /** Recompute as a share of the step's forward and backward work (0 without checkpointing). */
    double extraComputeShare() const
    {
        const double base = stepFlops - recomputeFlops;
        return base > 0.0 ? recomputeFlops / base : 0.0;
    }
};

/** What the assistant may change besides precision, optimizer and checkpointing. */
struct FitOptions
{
    /// also try freezing the first layers (fine-tuning): changes what is trained, so such
    /// candidates rank after every fitting candidate that trains the whole graph
    bool tryFreezing = false;
};

/** The ranked configurations for one device. */
struct DeviceRecommendation
{
    QString deviceId;
    QString deviceName;
    std::int64_t capacity = 0;
    QList<FitCandidate> ranked;     ///< fitting ones first, by throughput
    std::int64_t closestMissBytes = 0; ///< when nothing fits: how far the best one misses

    bool anyFits() const { return !ranked.isEmpty() && ranked.first().fits(); }
};

/**
 * "Make it fit": for each device, tries precision × optimizer × checkpointing (× freezing a
 * prefix of the layers, when asked), solves the largest micro-batch from the affine peak, keeps
 * the user's effective batch with gradient accumulation, and ranks by estimated throughput.
 *
 * **Ranking.** Fitting candidates first; among them those that train the whole graph before
 * those that freeze layers, then by samples per second (higher first), then by device peak
 * (lower first). Candidates that do not fit follow, by device peak at batch 1 (lower first);
 * when nothing fits, closestMissBytes is how far the first of them misses.
 */
class FitSolver
{
    Q_DECLARE_TR_FUNCTIONS(FitSolver)

public:
    static QList<DeviceRecommendation> solve(const Planner &planner, const Graph &graph,
                                             const PlanConfig &base, const QStringList &deviceIds,
                                             const FitOptions &options = {});

    /**
     * @p current with @p candidate's precision, optimizer, checkpointing and micro-batch; the
     * devices, runtime and everything else stay the user's.
     */
    static PlanConfig appliedConfig(const PlanConfig &current, const FitCandidate &candidate);

    /**
     * The nodes a freezing candidate freezes: in topological order of @p analysed, trainable
     * nodes with parameters until they hold at least half the trainable parameters. Empty
     * when the graph has fewer than two such nodes (freezing would leave nothing to train).
     */
    static QStringList frozenPrefix(const Graph &graph, const AnalysedGraph &analysed);
};

} // namespace memplanner
