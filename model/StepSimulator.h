#pragma once

#include "Bytes.h"
#include "RuntimeProfile.h"

#include <array>
#include <vector>

namespace memplanner {

class AnalysedGraph;
struct OptimizerSpec;
struct PrecisionPolicy;

/** What live memory is, in the plan's breakdown. */
enum class Category { Weights, Gradients, OptimizerStates, Activations, Workspace, Inputs };
inline constexpr int kCategoryCount = 6;

enum class Phase { Forward, Backward, Optimizer };

/** Live memory at one moment of the step, per category, as affine functions of the batch. */
struct MemorySnapshot
{
    Phase phase = Phase::Forward;
    int node = -1;          ///< position in topological order; -1 for the step's start or the optimizer
    bool recompute = false; ///< inside a checkpointed segment's re-run
    int liveBlocks = 0;     ///< allocations alive (for the allocator's rounding)
    std::array<Affine, kCategoryCount> live{};

    Affine total() const;
};

/** Options of one simulated step. */
struct SimulationOptions
{
    bool training = true;
    const OptimizerSpec *optimizer = nullptr;
    const PrecisionPolicy *precision = nullptr;
    OptimizerImpl optimizerImpl = OptimizerImpl::Foreach;
    bool keepGradients = false;
    /// library workspace per thread that runs matrix products (cuBLAS): allocated through the
    /// framework's allocator, so part of the tensors; forward and autograd threads have one each
    std::int64_t libraryWorkspaceBytes = 0;
    /// exclusive end positions of checkpointed segments (all but the last segment)
    std::vector<int> checkpointEnds;
};

/** The simulated step: every snapshot, plus per-node saved bytes for the layer table. */
struct StepTimeline
{
    std::vector<MemorySnapshot> snapshots;
    std::vector<Affine> savedBytesPerNode; ///< storage first saved by each node
    std::vector<Affine> savedBytesByLastSaver; ///< each saved storage under the last node saving it
    bool implicitLoss = false;
    /// snapshots that can be the peak at some batch ≥ 0 (no other is as large in both the fixed
    /// and the per-sample term), with their totals; earliest first on ties
    std::vector<int> envelope;
    std::vector<Affine> envelopeTotals;

    /** Index of the (first) snapshot with the largest total at @p batch. */
    int peakIndex(std::int64_t batch) const;
    /** Fills envelope and envelopeTotals; called once the snapshots are complete. */
    void buildEnvelope();
};

/**
 * Simulates one steady-state training step (or one inference forward) at storage level, as
 * PyTorch eager autograd runs it: DESIGN.md "The engine" steps 1–3.
 */
class StepSimulator
{
public:
    static StepTimeline simulate(const AnalysedGraph &graph, const SimulationOptions &options);
};

} // namespace memplanner
