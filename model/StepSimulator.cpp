#include "StepSimulator.h"

#include "GraphAnalysis.h"
#include "OptimizerSpec.h"
#include "PrecisionPolicy.h"

#include <algorithm>
#include <limits>

namespace memplanner {

Affine MemorySnapshot::total() const
{
    Affine sum;
    for (const Affine &a : live)
        sum += a;
    return sum;
}

void StepTimeline::buildEnvelope()
{
    // A snapshot dominated in both terms never peaks at a batch ≥ 1 before the one dominating
    // it; only the rest need evaluating. Sorted by per-sample term, then fixed, then time, a
    // snapshot belongs to the envelope when its fixed term beats every one before it.
    struct Key
    {
        std::int64_t perSample;
        std::int64_t fixed;
        int index;
    };
    std::vector<Key> keys;
    keys.reserve(snapshots.size());
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        const Affine t = snapshots[i].total();
        // cheap pre-filter: skip one no larger than the previous snapshot in both terms
        if (!keys.empty() && keys.back().index == static_cast<int>(i) - 1
            && keys.back().perSample >= t.perSample && keys.back().fixed >= t.fixed)
            continue;
        keys.push_back({t.perSample, t.fixed, static_cast<int>(i)});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.perSample != b.perSample)
            return a.perSample > b.perSample;
        if (a.fixed != b.fixed)
            return a.fixed > b.fixed;
        return a.index < b.index;
    });
    envelope.clear();
    std::int64_t largestFixed = std::numeric_limits<std::int64_t>::min();
    for (const Key &k : keys) {
        if (k.fixed > largestFixed) {
            envelope.push_back(k.index);
            largestFixed = k.fixed;
        }
    }
    std::sort(envelope.begin(), envelope.end());
    envelopeTotals.clear();
    for (int i : envelope)
        envelopeTotals.push_back(snapshots[i].total());
}

int StepTimeline::peakIndex(std::int64_t batch) const
{
    int best = 0;
    std::int64_t bestBytes = -1;
    for (std::size_t k = 0; k < envelope.size(); ++k) {
        const std::int64_t bytes = envelopeTotals[k].at(batch);
        if (bytes > bestBytes) {
            bestBytes = bytes;
            best = envelope[k];
        }
    }
    return best;
}

namespace {

struct Block
{
    Affine size;
    Category category = Category::Activations;
    int holds = 0;
    bool savedBefore = false;
    int lastSaver = -1;
};

/**
 * One step of PyTorch eager autograd at storage level. A block is one allocation; it lives
 * while something holds it: a pending forward use, a backward node that saved it, a
 * checkpoint boundary, a pin (graph inputs, parameters, outputs the caller keeps).
 */
class Simulation
{
public:
    Simulation(const AnalysedGraph &graph, const SimulationOptions &options)
        : m_g(graph), m_o(options), m_tensorBlock(graph.tensors.size(), -1),
          m_gradBlock(graph.tensors.size(), -1), m_paramGrad(graph.params.size(), -1),
          m_weightCopy(graph.params.size(), -1), m_savedHolds(graph.nodes.size()),
          m_releaseAfter(graph.nodes.size())
    {
        m_out.savedBytesPerNode.resize(graph.nodes.size());
        m_out.savedBytesByLastSaver.resize(graph.nodes.size());
        // about two snapshots and three allocations per node and pass
        m_out.snapshots.reserve(graph.nodes.size() * 3 + 4);
        m_blocks.reserve(graph.params.size() * 3 + graph.tensors.size() * 3 + 16);
    }

    StepTimeline run();

private:
    int allocate(const Affine &size, Category category, int holds);
    void hold(int block) { ++m_blocks[block].holds; }
    void release(int block);
    void snapshot(Phase phase, int node, bool recompute);

    void setUpSteadyState();
    void forwardNode(int p, bool saving, int passStart, int scopeEnd, bool recompute);
    void backwardNode(int p, bool recompute);
    void seedLossGradients();
    void optimizerStep();
    void holdSegmentInputs(int start, int end, std::vector<int> &holds);
    void clearWeightCache();
    void releaseAll(std::vector<int> &blocks);
    void addSavedHold(int p, int block);
    void holdUntil(int block, int position, int p, int scopeEnd);
    bool savedNeeded(const AnalysedNode &n, const SavedTensor &s) const;
    int rootBlock(int tensor) const { return m_tensorBlock[m_g.tensors[tensor].root]; }
    std::int64_t gradBytes(const AnalysedParam &p) const;

    const AnalysedGraph &m_g;
    const SimulationOptions &m_o;
    std::vector<Block> m_blocks;
    std::array<Affine, kCategoryCount> m_live{};
    int m_liveCount = 0;
    std::vector<int> m_tensorBlock;
    std::vector<int> m_gradBlock;
    std::vector<int> m_paramGrad;
    std::vector<int> m_weightCopy;
    std::vector<int> m_weightCache; ///< params whose autocast copy is cached in this pass
    std::vector<std::vector<int>> m_savedHolds;
    std::vector<int> m_pins; ///< outputs kept until the end of backward
    std::vector<std::vector<int>> m_releaseAfter; ///< per position: blocks Python frames free there
    StepTimeline m_out;
};

int Simulation::allocate(const Affine &size, Category category, int holds)
{
    Block b;
    b.size = size;
    b.category = category;
    b.holds = holds;
    m_blocks.push_back(b);
    m_live[static_cast<int>(category)] += size;
    ++m_liveCount;
    return static_cast<int>(m_blocks.size()) - 1;
}

void Simulation::release(int block)
{
    Block &b = m_blocks[block];
    if (--b.holds == 0) {
        m_live[static_cast<int>(b.category)] -= b.size;
        --m_liveCount;
    }
}

void Simulation::releaseAll(std::vector<int> &blocks)
{
    for (int b : blocks)
        release(b);
    blocks.clear();
}

void Simulation::snapshot(Phase phase, int node, bool recompute)
{
    MemorySnapshot s;
    s.phase = phase;
    s.node = node;
    s.recompute = recompute;
    s.liveBlocks = m_liveCount;
    s.live = m_live;
    m_out.snapshots.push_back(s);
}

std::int64_t Simulation::gradBytes(const AnalysedParam &p) const
{
    return storageBytes(m_o.precision->gradients, p.elements);
}

void Simulation::setUpSteadyState()
{
    // The measured step is a steady-state one: weights, optimizer state (created by the first
    // step) and, when kept, last step's gradients exist before the forward pass starts.
    const int stateBytes = elementBytes(m_o.precision->optimizerState);
    for (std::size_t i = 0; i < m_g.params.size(); ++i) {
        const AnalysedParam &p = m_g.params[i];
        allocate({p.bytes, 0}, Category::Weights, 1);
        if (!m_o.training || !p.trainable)
            continue;
        if (m_o.precision->masterWeights)
            allocate({storageBytes(*m_o.precision->masterWeights, p.elements), 0},
                     Category::OptimizerStates, 1);
        const std::int64_t state = m_o.optimizer->stateBytes(p.elements, p.rows, stateBytes);
        if (state > 0)
            allocate({state, 0}, Category::OptimizerStates, 1);
        if (m_o.keepGradients)
            m_paramGrad[i] = allocate({gradBytes(p), 0}, Category::Gradients, 1);
    }
    for (std::size_t t = 0; t < m_g.tensors.size(); ++t)
        if (m_g.tensors[t].graphInput)
            m_tensorBlock[t] = allocate(m_g.tensors[t].bytes, Category::Inputs, 1);
    const bool usesBlas = std::any_of(m_g.nodes.begin(), m_g.nodes.end(), [](const AnalysedNode &n) {
        return n.def->autocast == AutocastClass::Lower;
    });
    if (usesBlas && m_o.libraryWorkspaceBytes > 0)
        allocate({checkedMul(m_o.libraryWorkspaceBytes, m_o.training ? 2 : 1), 0}, Category::Workspace, 1);
    snapshot(Phase::Forward, -1, false);
}

bool Simulation::savedNeeded(const AnalysedNode &n, const SavedTensor &s) const
{
    if (s.neededByInputGrads.empty() && !s.neededByParamGrads)
        return true;
    if (s.neededByParamGrads && n.paramsTrainable)
        return true;
    for (int i : s.neededByInputGrads) {
        const AnalysedTensor &t = m_g.tensors[n.inputs[i]];
        if (n.outcome.differentiable[i] && t.requiresGrad)
            return true;
    }
    return false;
}

void Simulation::addSavedHold(int p, int block)
{
    std::vector<int> &holds = m_savedHolds[p];
    if (std::find(holds.begin(), holds.end(), block) != holds.end())
        return;
    hold(block);
    holds.push_back(block);
    m_blocks[block].lastSaver = p;
    if (!m_blocks[block].savedBefore) {
        m_blocks[block].savedBefore = true;
        m_out.savedBytesPerNode[p] += m_blocks[block].size;
    }
}

/** Holds @p block until node @p position of the pass [p, scopeEnd) has run. */
void Simulation::holdUntil(int block, int position, int p, int scopeEnd)
{
    hold(block);
    m_releaseAfter[static_cast<std::size_t>(std::clamp(position, p, scopeEnd - 1))].push_back(block);
}

void Simulation::forwardNode(int p, bool saving, int passStart, int scopeEnd, bool recompute)
{
    const AnalysedNode &n = m_g.nodes[p];
    const bool save = saving && n.hasBackward;

    for (int t : n.castCopies)
        m_tensorBlock[t] = allocate(m_g.tensors[t].bytes, Category::Activations, 1);
    // autocast caches one 16-bit copy per weight for the whole forward region
    for (int id : n.params) {
        if (m_g.params[id].copyBytes > 0 && m_weightCopy[id] < 0) {
            m_weightCopy[id] = allocate({m_g.params[id].copyBytes, 0}, Category::Weights, 1);
            m_weightCache.push_back(id);
        }
    }

    // Outputs of a re-run that only later segments read: non-reentrant checkpoint (PyTorch
    // >= 1.13's use_reentrant=False, what checkpoint_sequential measures here) recomputes only to
    // refill the segment's saved tensors and drops the re-run's results, so such an output lives
    // only as long as a node of the segment saves it. (The reentrant form kept them for its
    // inner backward call.)
    std::vector<int> discarded;
    for (std::size_t k = 0; k < n.outputs.size(); ++k) {
        const int t = n.outputs[k];
        const std::vector<int> &consumers = m_g.tensors[t].consumers;
        const int uses = static_cast<int>(
            std::lower_bound(consumers.begin(), consumers.end(), scopeEnd)
            - std::lower_bound(consumers.begin(), consumers.end(), p));
        const bool beyond = !consumers.empty() && consumers.back() >= scopeEnd;
        const bool keep = consumers.empty() || (beyond && !recompute);
        int block = -1;
        if (n.outcome.outputSharesInput[k] >= 0) {
            block = rootBlock(t);
            m_blocks[block].holds += uses;
        } else {
            block = allocate(m_g.tensors[t].bytes, Category::Activations, uses);
        }
        m_tensorBlock[t] = block;
        if (m_g.tensors[t].heldByCallerUntil > p)
            holdUntil(block, m_g.tensors[t].heldByCallerUntil, p, scopeEnd);
        if (keep && !n.outcome.isLoss) {
            hold(block);
            m_pins.push_back(block);
        } else if (beyond && recompute) {
            hold(block);
            discarded.push_back(block);
        }
    }

    // The training loop keeps the model's outputs (the loss's inputs) until the step ends.
    if (n.outcome.isLoss && m_o.training) {
        for (int t : n.inputs) {
            const AnalysedTensor &in = m_g.tensors[t];
            const int kept = in.castCopy ? in.castOf : t;
            if (!m_g.tensors[m_g.tensors[kept].root].graphInput) {
                hold(rootBlock(kept));
                m_pins.push_back(rootBlock(kept));
            }
        }
    }

    int extra = 0;
    if (save) {
        for (const SavedTensor &s : n.outcome.saved) {
            if (s.kind != SavedTensor::Kind::Extra)
                continue;
            const Affine bytes = n.extraBytes[extra++];
            if (savedNeeded(n, s)) {
                const int b = allocate(bytes, Category::Activations, 0);
                addSavedHold(p, b);
            }
        }
    }

    std::vector<int> transients;
    // Without saving, the op's locals outlive it (they cover its forward transient); when it
    // saves, the saved tensors are those locals.
    if (!save && !n.scopeLocals.isZero())
        holdUntil(allocate(n.scopeLocals, Category::Activations, 0), n.moduleEnd, p, scopeEnd);
    else if (!n.forwardTransient.isZero())
        transients.push_back(allocate(n.forwardTransient, Category::Activations, 1));
    if (!n.workspace.isZero())
        transients.push_back(allocate(n.workspace, Category::Workspace, 1));
    snapshot(Phase::Forward, p, recompute);
    releaseAll(transients);

    if (save) {
        for (const SavedTensor &s : n.outcome.saved) {
            if (s.kind == SavedTensor::Kind::Extra || !savedNeeded(n, s))
                continue;
            const int t = s.kind == SavedTensor::Kind::Input ? n.inputs[s.index] : n.outputs[s.index];
            addSavedHold(p, rootBlock(t));
        }
        for (int id : n.params)
            if (m_weightCopy[id] >= 0)
                addSavedHold(p, m_weightCopy[id]);
    }

    for (int t : n.inputs) {
        const AnalysedTensor &tensor = m_g.tensors[t];
        if (tensor.castCopy)
            release(m_tensorBlock[t]);
        else if (!m_g.tensors[tensor.root].graphInput && tensor.producer >= passStart)
            release(rootBlock(t));
    }
    releaseAll(discarded);
    releaseAll(m_releaseAfter[static_cast<std::size_t>(p)]);
}

void Simulation::clearWeightCache()
{
    for (int id : m_weightCache) {
        release(m_weightCopy[id]);
        m_weightCopy[id] = -1;
    }
    m_weightCache.clear();
}

void Simulation::seedLossGradients()
{
    bool anyLoss = false;
    for (const AnalysedNode &n : m_g.nodes) {
        if (!n.outcome.isLoss || !n.hasBackward)
            continue;
        anyLoss = true;
        for (int t : n.outputs)
            m_gradBlock[t] = allocate(m_g.tensors[t].bytes, Category::Gradients, 1);
    }
    if (anyLoss)
        return;
    // No loss node: backward starts from every unconsumed output as if a mean-reduced loss
    // sent a gradient of the output's size.
    m_out.implicitLoss = true;
    for (std::size_t t = 0; t < m_g.tensors.size(); ++t) {
        const AnalysedTensor &tensor = m_g.tensors[t];
        if (tensor.producer >= 0 && tensor.consumers.empty() && tensor.requiresGrad)
            m_gradBlock[t] = allocate(tensor.bytes, Category::Gradients, 1);
    }
}

void Simulation::backwardNode(int p, bool recompute)
{
    const AnalysedNode &n = m_g.nodes[p];
    bool gradArrived = false;
    for (int t : n.outputs)
        gradArrived = gradArrived || m_gradBlock[t] >= 0;
    if (!n.hasBackward || !gradArrived) {
        releaseAll(m_savedHolds[p]);
        return;
    }

    std::vector<std::pair<int, int>> produced; // (tensor, gradient block)
    for (std::size_t i = 0; i < n.inputs.size(); ++i) {
        const AnalysedTensor &in = m_g.tensors[n.inputs[i]];
        const int target = in.castCopy ? in.castOf : n.inputs[i];
        if (!n.outcome.differentiable[i] || !m_g.tensors[target].requiresGrad)
            continue;
        const int outGrad = m_gradBlock[n.outputs[0]];
        int block = -1;
        if (n.outcome.gradIsView[i] && !in.castCopy && outGrad >= 0) {
            block = outGrad;
            hold(block);
        } else {
            block = allocate(m_g.tensors[target].bytes, Category::Gradients, 1);
        }
        produced.emplace_back(target, block);
    }

    std::vector<int> transients;
    std::vector<int> seen;
    for (int id : n.params) {
        const AnalysedParam &param = m_g.params[id];
        if (!param.trainable || std::find(seen.begin(), seen.end(), id) != seen.end())
            continue;
        seen.push_back(id);
        const Affine bytes{gradBytes(param), 0};
        if (m_paramGrad[id] < 0) // AccumulateGrad steals the fresh gradient
            m_paramGrad[id] = allocate(bytes, Category::Gradients, 1);
        else // .grad exists: the new gradient is added in place, then freed
            transients.push_back(allocate(bytes, Category::Gradients, 1));
    }
    if (!n.backwardTransient.isZero())
        transients.push_back(allocate(n.backwardTransient, Category::Gradients, 1));
    if (!n.workspace.isZero())
        transients.push_back(allocate(n.workspace, Category::Workspace, 1));
    snapshot(Phase::Backward, p, recompute);
    releaseAll(transients);

    for (int t : n.outputs) {
        if (m_gradBlock[t] >= 0)
            release(m_gradBlock[t]);
        m_gradBlock[t] = -1;
    }
    releaseAll(m_savedHolds[p]);

    // InputBuffer::accumulate: in place when the buffer is not shared, out of place otherwise.
    for (const auto &[target, block] : produced) {
        int &buffer = m_gradBlock[target];
        if (buffer < 0) {
            buffer = block;
        } else if (m_blocks[buffer].holds == 1 && buffer != block) {
            release(block);
        } else {
            const int sum = allocate(m_g.tensors[target].bytes, Category::Gradients, 1);
            release(buffer);
            release(block);
            buffer = sum;
        }
    }
}

void Simulation::holdSegmentInputs(int start, int end, std::vector<int> &holds)
{
    for (int p = start; p < end; ++p) {
        for (int t : m_g.nodes[p].inputs) {
            const AnalysedTensor &tensor = m_g.tensors[t];
            if (tensor.castCopy || tensor.producer >= start || m_g.tensors[tensor.root].graphInput)
                continue;
            const int block = rootBlock(t);
            if (std::find(holds.begin(), holds.end(), block) == holds.end()) {
                hold(block);
                holds.push_back(block);
            }
        }
    }
}

void Simulation::optimizerStep()
{
    const OptimizerSpec &opt = *m_o.optimizer;
    const int stateBytes = elementBytes(m_o.precision->optimizerState);
    std::int64_t all = 0;
    std::int64_t largest = 0;
    for (const AnalysedParam &p : m_g.params) {
        if (!p.trainable)
            continue;
        all = checkedAdd(all, checkedMul(p.elements, stateBytes));
        largest = std::max(largest, checkedMul(p.elements, stateBytes));
    }
    std::int64_t temporaries = 0;
    switch (m_o.optimizerImpl) {
    case OptimizerImpl::Foreach:
        temporaries = checkedMul(all, opt.foreachTemporaries);
        break;
    case OptimizerImpl::Loop:
        temporaries = checkedMul(largest, opt.loopTemporaries);
        break;
    case OptimizerImpl::Fused:
        break;
    }
    std::vector<int> transients;
    if (temporaries > 0)
        transients.push_back(allocate({temporaries, 0}, Category::OptimizerStates, 1));
    snapshot(Phase::Optimizer, -1, false);
    releaseAll(transients);
}

StepTimeline Simulation::run()
{
    setUpSteadyState();
    const int n = static_cast<int>(m_g.nodes.size());
    if (!m_o.training) {
        for (int p = 0; p < n; ++p)
            if (!m_g.nodes[p].outcome.isLoss)
                forwardNode(p, false, 0, n, false);
        return std::move(m_out);
    }

    std::vector<int> starts = {0};
    for (int end : m_o.checkpointEnds)
        if (end > starts.back() && end < n)
            starts.push_back(end);
    const int segments = static_cast<int>(starts.size());
    auto segmentEnd = [&](int s) { return s + 1 < segments ? starts[s + 1] : n; };

    // Forward: checkpointed segments run without saving; each keeps only its inputs.
    std::vector<std::vector<int>> segmentInputs(segments);
    for (int s = 0; s < segments; ++s) {
        const bool checkpointed = s + 1 < segments;
        if (checkpointed)
            holdSegmentInputs(starts[s], segmentEnd(s), segmentInputs[s]);
        for (int p = starts[s]; p < segmentEnd(s); ++p)
            forwardNode(p, !checkpointed, 0, n, false);
    }
    clearWeightCache();

    seedLossGradients();
    for (int s = segments - 1; s >= 0; --s) {
        const bool checkpointed = s + 1 < segments;
        std::vector<int> outerPins;
        if (checkpointed) {
            // Re-run the segment's forward with saving (its boundary output is dropped).
            outerPins.swap(m_pins);
            for (int p = starts[s]; p < segmentEnd(s); ++p)
                forwardNode(p, true, starts[s], segmentEnd(s), true);
            clearWeightCache();
        }
        for (int p = segmentEnd(s) - 1; p >= starts[s]; --p)
            backwardNode(p, checkpointed);
        if (checkpointed) {
            releaseAll(m_pins);
            m_pins.swap(outerPins);
            releaseAll(segmentInputs[s]);
        }
    }
    releaseAll(m_pins);
    for (std::vector<int> &holds : m_savedHolds)
        releaseAll(holds);
    optimizerStep();
    for (const Block &b : m_blocks)
        if (b.lastSaver >= 0)
            m_out.savedBytesByLastSaver[b.lastSaver] += b.size;
    return std::move(m_out);
}

} // namespace

StepTimeline StepSimulator::simulate(const AnalysedGraph &graph, const SimulationOptions &options)
{
    StepTimeline timeline = Simulation(graph, options).run();
    timeline.buildEnvelope();
    return timeline;
}

} // namespace memplanner
