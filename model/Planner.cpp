#include "Planner.h"

#include "CheckpointFrontier.h"
#include "Checkpointing.h"
#include "Graph.h"
#include "ModelError.h"
#include "OptimizerSpec.h"
#include "PrecisionPolicy.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace memplanner {

namespace {

constexpr std::int64_t kLargestBatch = std::int64_t(1) << 40;

/** The element type matrix math runs in under @p policy for an op of @p cls. */
DType computeType(const PrecisionPolicy &policy, AutocastClass cls)
{
    if (cls == AutocastClass::Lower && policy.autocast)
        return *policy.autocast;
    if (policy.autocast)
        return DType::Float32;
    return policy.activations;
}

/** The checkpointing frontier of @p graph from its no-checkpoint step @p plain. */
std::vector<FrontierPoint> frontierOf(const AnalysedGraph &graph, const StepTimeline &plain,
                                      const std::vector<int> &cuts, std::int64_t batch)
{
    std::vector<std::int64_t> first, last;
    std::vector<double> flops;
    for (std::size_t p = 0; p < graph.nodes.size(); ++p) {
        first.push_back(plain.savedBytesPerNode[p].at(batch));
        last.push_back(plain.savedBytesByLastSaver[p].at(batch));
        flops.push_back(graph.nodes[p].outcome.forwardFlops);
    }
    return CheckpointFrontier::compute(first, last, flops, cuts,
                                       CheckpointFrontier::crossingBytes(graph, cuts, batch));
}

SimulationOptions simulationOptions(const PlanConfig &config, const RuntimeProfile &runtime)
{
    SimulationOptions o;
    o.training = config.training;
    o.optimizer = &OptimizerSpec::require(config.optimizer);
    o.precision = &PrecisionPolicy::require(config.precision);
    o.optimizerImpl = config.optimizerImpl.value_or(runtime.optimizerImpl);
    o.keepGradients = config.keepGradients;
    o.libraryWorkspaceBytes = runtime.libraryWorkspaceBytes;
    return o;
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::int64_t PlanCore::runtimeOverhead(const MemorySnapshot &peak, std::int64_t tensorPeak,
                                       std::int64_t batch) const
{
    // The context (driver, kernels of the libraries), the allocator's rounding (on average half a block per live
    // allocation) and fragmentation as a fraction of the tensor peak — each a profile value.
    const std::int64_t rounding = checkedMul(peak.liveBlocks, runtime->blockBytes / 2);
    const auto fragmentation = static_cast<std::int64_t>(
        std::ceil(runtime->fragmentation * static_cast<double>(tensorPeak)));
    const auto perSample = static_cast<std::int64_t>(
        std::llround(runtime->overheadPerSampleBytes * static_cast<double>(batch)));
    return checkedAdd(checkedAdd(runtime->contextBytes, perSample), checkedAdd(rounding, fragmentation));
}

MemoryAtPeak PlanCore::memoryAt(std::int64_t batch) const
{
    MemoryAtPeak m;
    const int index = timeline.peakIndex(batch);
    const MemorySnapshot &s = timeline.snapshots[index];
    for (int c = 0; c < kCategoryCount; ++c) {
        m.breakdown[c] = s.live[c].at(batch);
        m.tensorPeak = checkedAdd(m.tensorPeak, m.breakdown[c]);
    }
    m.runtimeOverhead = runtimeOverhead(s, m.tensorPeak, batch);
    m.devicePeak = checkedAdd(m.tensorPeak, m.runtimeOverhead);
    m.phase = s.phase;
    m.node = s.node;
    m.recompute = s.recompute;
    return m;
}

std::optional<std::int64_t> PlanCore::maxBatch(std::int64_t capacity) const
{
    // device(B) = C + h·blocks + (1 + f)·(fixed + perSample·B) for every snapshot: solve each
    // linear inequality, take the smallest bound, then confirm with exact integer arithmetic.
    const double f = 1.0 + runtime->fragmentation;
    const double fixedOverhead = static_cast<double>(runtime->contextBytes);
    double bound = std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < timeline.envelope.size(); ++k) {
        const MemorySnapshot &s = timeline.snapshots[timeline.envelope[k]];
        const Affine &total = timeline.envelopeTotals[k];
        const double room = static_cast<double>(capacity) - fixedOverhead
                            - static_cast<double>(s.liveBlocks) * (runtime->blockBytes / 2)
                            - f * static_cast<double>(total.fixed);
        const double growth = f * static_cast<double>(total.perSample) + runtime->overheadPerSampleBytes;
        if (growth <= 0.0) {
            if (room < 0)
                return 0;
            continue;
        }
        bound = std::min(bound, room / growth);
    }
    if (std::isinf(bound))
        return std::nullopt;
    if (bound < 1.0)
        return 0;
    std::int64_t b = static_cast<std::int64_t>(std::min(bound, static_cast<double>(kLargestBatch)));
    auto fitsAt = [&](std::int64_t batch) {
        try {
            return memoryAt(batch).devicePeak <= capacity;
        } catch (const SizeOverflow &) {
            return false;
        }
    };
    while (b > 0 && !fitsAt(b))
        --b;
    for (int step = 0; step < 64 && b < kLargestBatch && fitsAt(b + 1); ++step)
        ++b;
    return b;
}

// ---------------------------------------------------------------------------------------------

Planner::Planner(const DeviceCatalogue &devices, const RuntimeCatalogue &runtimes)
    : m_devices(devices), m_runtimes(runtimes)
{
}

std::shared_ptr<const PlanCore> Planner::buildCore(const Graph &graph, const PlanConfig &config,
                                                   const RuntimeProfile &runtime,
                                                   QStringList *warnings) const
{
    const PrecisionPolicy &policy = PrecisionPolicy::require(config.precision);
    OptimizerSpec::require(config.optimizer);
    if (config.training && policy.inferenceOnly)
        throw ModelError(tr("The precision “%1” is for inference only; choose --mode infer or "
                            "another precision.")
                             .arg(config.precision));
    auto core = std::make_shared<PlanCore>();
    core->runtime = &runtime;
    core->training = config.training;

    AnalysisOptions options;
    options.batch = config.batch;
    options.seq = config.seq;
    options.training = config.training;
    options.precision = &policy;
    options.runtime = &runtime;
    core->graph = AnalysedGraph::analyse(graph, options);

    SimulationOptions sim = simulationOptions(config, runtime);
    try {
        if (config.training && config.checkpoint.mode != CheckpointSpec::Mode::None) {
            const std::vector<int> cuts = Checkpointing::cutPoints(core->graph);
            int nodes = 0; // layers, as checkpoint_sequential counts modules: the loss is not one
            for (const AnalysedNode &n : core->graph.nodes)
                nodes += n.outcome.isLoss ? 0 : 1;
            if (cuts.empty() && warnings)
                *warnings << tr("The graph has no point where a single tensor crosses; it cannot "
                                "be checkpointed in segments.");
            // checkpoint_sequential counts the model's children: the top-level modules when the
            // nodes name them (an exported nn.Sequential of blocks), otherwise every node.
            const std::vector<int> modules = Checkpointing::topLevelModuleStarts(graph, core->graph);
            auto uniform = [&](int segments) {
                return static_cast<int>(modules.size()) >= segments
                           ? Checkpointing::uniformEnds(cuts, modules, segments)
                           : Checkpointing::uniformEnds(cuts, nodes, segments);
            };
            switch (config.checkpoint.mode) {
            case CheckpointSpec::Mode::Uniform:
                core->checkpointEnds = uniform(config.checkpoint.segments);
                if (warnings && static_cast<int>(core->checkpointEnds.size()) + 1 < config.checkpoint.segments)
                    *warnings << tr("Only %1 segments are possible (the graph has %2 cut points).")
                                     .arg(core->checkpointEnds.size() + 1)
                                     .arg(cuts.size());
                break;
            case CheckpointSpec::Mode::Sqrt:
                core->checkpointEnds = uniform(Checkpointing::sqrtSegments(cuts));
                break;
            case CheckpointSpec::Mode::Budget: {
                // The frontier's points, least recompute first, checked with the simulator: the
                // first that meets the budget is the cheapest plan that does.
                const StepTimeline plain = StepSimulator::simulate(core->graph, sim);
                std::int64_t bestPeak = std::numeric_limits<std::int64_t>::max();
                bool met = false;
                for (const FrontierPoint &point : frontierOf(core->graph, plain, cuts, config.batch)) {
                    sim.checkpointEnds = point.ends;
                    const StepTimeline t = StepSimulator::simulate(core->graph, sim);
                    const std::int64_t peak = t.snapshots[t.peakIndex(config.batch)].total().at(config.batch);
                    if (peak < bestPeak) {
                        bestPeak = peak;
                        core->checkpointEnds = point.ends;
                    }
                    if (peak <= config.checkpoint.budgetBytes) {
                        core->checkpointEnds = point.ends;
                        met = true;
                        break;
                    }
                }
                if (!met && warnings)
                    *warnings << tr("No checkpointing meets the budget; the plan uses the lowest peak found.");
                break;
            }
            case CheckpointSpec::Mode::None:
                break;
            }
        }
        sim.checkpointEnds = core->checkpointEnds;
        core->timeline = StepSimulator::simulate(core->graph, sim);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("the training step"));
    }
    return core;
}

std::vector<std::shared_ptr<const PlanCore>>
Planner::checkpointFrontier(const Graph &graph, const PlanConfig &config,
                            const RuntimeProfile &runtime) const
{
    PlanConfig plainConfig = config;
    plainConfig.checkpoint = CheckpointSpec{};
    const std::shared_ptr<const PlanCore> plain = buildCore(graph, plainConfig, runtime, nullptr);
    std::vector<std::shared_ptr<const PlanCore>> cores{plain};
    if (!config.training)
        return cores;
    SimulationOptions sim = simulationOptions(config, runtime);
    try {
        const std::vector<FrontierPoint> frontier
                = frontierOf(plain->graph, plain->timeline,
                             Checkpointing::cutPoints(plain->graph), config.batch);
        for (std::size_t i = 1; i < frontier.size(); ++i) { // the first point is `plain`
            auto core = std::make_shared<PlanCore>(*plain);
            core->checkpointEnds = frontier[i].ends;
            sim.checkpointEnds = frontier[i].ends;
            core->timeline = StepSimulator::simulate(core->graph, sim);
            cores.push_back(std::move(core));
        }
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("the training step"));
    }
    return cores;
}

ComputeCost Planner::computeCost(const PlanCore &core, const PlanConfig &config)
{
    ComputeCost cost;
    for (const AnalysedNode &n : core.graph.nodes) {
        if (!config.training && n.outcome.isLoss)
            continue;
        cost.forward += n.outcome.forwardFlops;
        if (!n.hasBackward)
            continue;
        bool inputGrad = false;
        for (std::size_t i = 0; i < n.inputs.size(); ++i) {
            const AnalysedTensor &t = core.graph.tensors[n.inputs[i]];
            const int target = t.castCopy ? t.castOf : n.inputs[i];
            inputGrad = inputGrad || (n.outcome.differentiable[i] && core.graph.tensors[target].requiresGrad);
        }
        if (inputGrad)
            cost.backward += n.outcome.backwardInputFlops;
        if (n.paramsTrainable)
            cost.backward += n.outcome.backwardParamFlops;
    }
    cost.recompute = Checkpointing::recomputeFlops(core.graph, core.checkpointEnds);
    if (config.training)
        cost.optimizer = OptimizerSpec::require(config.optimizer).flopsPerParameter
                         * static_cast<double>(core.graph.trainableParameterCount());
    return cost;
}

double Planner::stepTime(const PlanCore &core, const PlanConfig &config, const Device &device,
                         std::int64_t batch, QStringList *warnings)
{
    const PrecisionPolicy &policy = PrecisionPolicy::require(config.precision);
    bool warnedPrecision = false;
    auto rate = [&](DType type) {
        double peak = device.peakFlops(type);
        if (peak <= 0.0) {
            if (warnings && !warnedPrecision)
                *warnings << tr("%1 has no native %2 math; timed at its float32 rate.")
                                 .arg(device.name, dtypeName(type));
            warnedPrecision = true;
            peak = device.flopsFp32;
        }
        return peak * device.efficiency;
    };
    const double bandwidth = device.bandwidth * device.efficiency;
    const int lastRecomputed = core.checkpointEnds.empty() ? 0 : core.checkpointEnds.back();
    double seconds = 0.0;
    for (int p = 0; p < static_cast<int>(core.graph.nodes.size()); ++p) {
        const AnalysedNode &n = core.graph.nodes[p];
        if (!config.training && n.outcome.isLoss)
            continue;
        // roofline per op: the slower of its math and its memory traffic
        double bytes = 0.0;
        for (int t : n.inputs)
            bytes += static_cast<double>(core.graph.tensors[t].bytes.at(batch));
        for (std::size_t k = 0; k < n.outputs.size(); ++k)
            if (n.outcome.outputSharesInput[k] < 0)
                bytes += static_cast<double>(core.graph.tensors[n.outputs[k]].bytes.at(batch));
        for (int id : n.params)
            bytes += static_cast<double>(core.graph.params[id].bytes);
        const double flopRate = rate(computeType(policy, n.def->autocast));
        const double forward = std::max(n.outcome.forwardFlops / flopRate, bytes / bandwidth);
        seconds += forward;
        if (!config.training || !n.hasBackward)
            continue;
        const double backwardFlops = n.outcome.backwardInputFlops + n.outcome.backwardParamFlops;
        seconds += std::max(backwardFlops / flopRate, 2.0 * bytes / bandwidth);
        if (p < lastRecomputed)
            seconds += forward;
    }
    if (config.training) {
        // The step reads and writes weights and state and reads gradients once.
        double stepBytes = 0.0;
        const OptimizerSpec &opt = OptimizerSpec::require(config.optimizer);
        for (const AnalysedParam &p : core.graph.params) {
            if (!p.trainable)
                continue;
            stepBytes += 2.0 * static_cast<double>(p.bytes)
                         + static_cast<double>(storageBytes(policy.gradients, p.elements))
                         + 2.0 * static_cast<double>(opt.stateBytes(p.elements, p.rows, elementBytes(policy.optimizerState)));
        }
        seconds += stepBytes / bandwidth;
    }
    return seconds;
}

DeviceFit Planner::fitDevice(const Graph &graph, const PlanConfig &config, const Device &device,
                             const std::shared_ptr<const PlanCore> &planCore) const
{
    DeviceFit fit;
    fit.id = device.id;
    fit.name = device.name;
    fit.capacity = device.usableBytes;
    std::shared_ptr<const PlanCore> core = planCore;
    const QString runtimeId = config.runtime.isEmpty() ? device.runtime : config.runtime;
    fit.runtime = runtimeId;
    if (runtimeId != planCore->runtime->id)
        core = buildCore(graph, config, m_runtimes.require(runtimeId), nullptr);
    const MemoryAtPeak m = core->memoryAt(config.batch);
    fit.devicePeak = m.devicePeak;
    fit.headroom = fit.capacity - m.devicePeak;
    fit.fits = fit.headroom >= 0;
    fit.maxBatch = core->maxBatch(fit.capacity);
    fit.stepTimeSeconds = stepTime(*core, config, device, config.batch, &fit.warnings);
    if (config.training && !device.training)
        fit.warnings << tr("%1 is meant for inference; training there is impractical.").arg(device.name);
    return fit;
}

Plan Planner::plan(const Graph &graph, const PlanConfig &config) const
{
    Plan plan;
    plan.config = config;
    plan.modelName = graph.name;
    plan.modelSource = graph.source;
    plan.nodeCount = static_cast<int>(graph.nodes.size());
    const RuntimeProfile &runtime = m_runtimes.require(config.effectiveRuntime());
    for (const QString &id : config.devices)
        m_devices.require(id);
    plan.core = buildCore(graph, config, runtime, &plan.warnings);
    const PlanCore &core = *plan.core;
    plan.warnings = core.graph.warnings + plan.warnings;
    if (core.timeline.implicitLoss)
        plan.warnings << tr("The graph has no loss node: backward is assumed to start from its "
                            "outputs with gradients of their size.");
    plan.parameters = core.graph.parameterCount();
    plan.trainableParameters = core.graph.trainableParameterCount();
    plan.segments = static_cast<int>(core.checkpointEnds.size()) + 1;
    try {
        plan.memory = core.memoryAt(config.batch);
        plan.compute = computeCost(core, config);
        for (const QString &id : config.devices)
            plan.devices << fitDevice(graph, config, m_devices.require(id), plan.core);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("batch %1").arg(config.batch));
    }
    return plan;
}

} // namespace memplanner
