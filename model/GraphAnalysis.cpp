#include "GraphAnalysis.h"

#include "ModelError.h"
#include "PrecisionPolicy.h"
#include "RuntimeProfile.h"

#include <QHash>

#include <algorithm>
#include <span>

namespace memplanner {

namespace {

/** Kahn's algorithm, keeping the file's order among ready nodes; throws on a cycle. */
std::vector<int> topologicalOrder(const Graph &graph, const QHash<QString, int> &nodeByName)
{
    const int n = static_cast<int>(graph.nodes.size());
    std::vector<int> indegree(n, 0);
    std::vector<std::vector<int>> successors(n);
    for (int i = 0; i < n; ++i) {
        for (const QString &ref : graph.nodes[i].inputs) {
            const auto it = nodeByName.constFind(splitTensorRef(ref).first);
            if (it == nodeByName.cend())
                continue;
            successors[*it].push_back(i);
            ++indegree[i];
        }
    }
    std::vector<int> order;
    order.reserve(n);
    std::vector<int> ready;
    for (int i = n - 1; i >= 0; --i)
        if (indegree[i] == 0)
            ready.push_back(i);
    // ready is a stack holding the smallest index last, so file order wins among ready nodes
    while (!ready.empty()) {
        const int i = ready.back();
        ready.pop_back();
        order.push_back(i);
        std::vector<int> released;
        for (int s : successors[i])
            if (--indegree[s] == 0)
                released.push_back(s);
        for (int s : released) {
            const auto pos = std::lower_bound(ready.begin(), ready.end(), s, std::greater<int>());
            ready.insert(pos, s);
        }
    }
    if (static_cast<int>(order.size()) != n) {
        QStringList inCycle;
        for (int i = 0; i < n && inCycle.size() < 5; ++i)
            if (indegree[i] > 0)
                inCycle << graph.nodes[i].name;
        throw ModelError(AnalysedGraph::tr("The graph has a cycle through: %1.")
                             .arg(inCycle.join(QLatin1String(", "))));
    }
    return order;
}

/** One tensor of a petabyte or more is a typo in a shape, not a plan: say so. */
std::int64_t requireSensibleSize(std::int64_t bytes, const QString &where)
{
    constexpr std::int64_t kPetabyte = std::int64_t(1) << 50;
    if (bytes >= kPetabyte)
        throw ModelError(AnalysedGraph::tr("“%1” would need %2 PiB for one tensor: a dimension is "
                                           "absurdly large.")
                             .arg(where)
                             .arg(bytes / kPetabyte));
    return bytes;
}

/** Analysis at one batch size; Affine fields hold only concrete byte counts (fixed). */
class Analyser
{
public:
    Analyser(const Graph &graph, const AnalysisOptions &options)
        : m_graph(graph), m_options(options), m_policy(*options.precision),
          m_runtime(*options.runtime)
    {
    }

    AnalysedGraph run();

private:
    void addGraphInputs();
    void checkNames();
    void analyseNode(int graphIndex);
    int resolve(const Node &node, const QString &ref) const;
    int castCopy(int tensor, DType to, int position);
    void addParams(AnalysedNode &an, const Node &node);
    void addModuleScopes();
    DType paramDType(const ParamSpec &p) const;
    std::int64_t paramBytes(const ParamSpec &p) const;
    Affine fixed(std::int64_t bytes) const { return Affine{bytes, 0}; }

    const Graph &m_graph;
    const AnalysisOptions &m_options;
    const PrecisionPolicy &m_policy;
    const RuntimeProfile &m_runtime;
    AnalysedGraph m_result;
    QHash<QString, int> m_tensorByName; // "node" and "node:k" and input names
    QHash<QString, int> m_paramByKey;
};

void Analyser::checkNames()
{
    QHash<QString, int> seen;
    for (const GraphInput &in : m_graph.inputs) {
        if (in.name.isEmpty())
            throw ModelError(AnalysedGraph::tr("A graph input has no name."));
        if (seen.contains(in.name))
            throw ModelError(AnalysedGraph::tr("The name “%1” is used twice.").arg(in.name));
        seen.insert(in.name, 0);
    }
    for (const Node &node : m_graph.nodes) {
        if (node.name.isEmpty())
            throw ModelError(AnalysedGraph::tr("A node of type %1 has no name.").arg(node.op));
        if (seen.contains(node.name))
            throw ModelError(AnalysedGraph::tr("The name “%1” is used twice.").arg(node.name));
        seen.insert(node.name, 0);
    }
}

void Analyser::addGraphInputs()
{
    for (const GraphInput &in : m_graph.inputs) {
        AnalysedTensor t;
        t.name = in.name;
        t.graphInput = true;
        t.requiresGrad = in.requiresGrad && isFloating(in.dtype);
        t.type.dtype = isFloating(in.dtype) ? m_policy.activations : in.dtype;
        for (std::int64_t d : in.shape) {
            if (d == kBatchDim)
                t.type.shape.push_back(m_options.batch);
            else if (d == kSeqDim)
                t.type.shape.push_back(m_options.seq);
            else if (d > 0)
                t.type.shape.push_back(d);
            else
                throw ModelError(AnalysedGraph::tr("Input “%1” has a dimension of %2; sizes "
                                                   "must be positive.")
                                     .arg(in.name)
                                     .arg(d));
        }
        const int id = static_cast<int>(m_result.tensors.size());
        t.root = id;
        try {
            t.bytes = fixed(requireSensibleSize(storageBytes(t.type.dtype, t.type.numel()), in.name));
        } catch (const SizeOverflow &) {
            throw ModelError::overflow(AnalysedGraph::tr("input “%1”").arg(in.name));
        }
        m_result.tensors.push_back(t);
        m_tensorByName.insert(in.name, id);
    }
}

int Analyser::resolve(const Node &node, const QString &ref) const
{
    const auto it = m_tensorByName.constFind(ref);
    if (it != m_tensorByName.cend())
        return *it;
    const auto [base, index] = splitTensorRef(ref);
    if (index == 0) { // "node:0" is the node's first output, stored under the node's name
        const auto first = m_tensorByName.constFind(base);
        if (first != m_tensorByName.cend())
            return *first;
    }
    if (m_graph.nodeIndex(base) >= 0)
        throw ModelError(AnalysedGraph::tr("Node “%1” reads output %2 of “%3”, which has no such "
                                           "output.")
                             .arg(node.name)
                             .arg(index)
                             .arg(base),
                         node.name);
    throw ModelError(AnalysedGraph::tr("Node “%1” reads “%2”, which is neither a graph input nor "
                                       "a node.")
                         .arg(node.name, ref),
                     node.name);
}

int Analyser::castCopy(int tensor, DType to, int position)
{
    AnalysedTensor copy;
    const AnalysedTensor &src = m_result.tensors[tensor];
    copy.name = src.name + QLatin1String(" (") + dtypeName(to) + QLatin1Char(')');
    copy.type = TensorType{src.type.shape, to};
    copy.producer = position;
    copy.castCopy = true;
    copy.castOf = tensor;
    copy.requiresGrad = src.requiresGrad;
    copy.bytes = fixed(storageBytes(to, copy.type.numel()));
    const int id = static_cast<int>(m_result.tensors.size());
    copy.root = id;
    m_result.tensors.push_back(copy);
    return id;
}

DType Analyser::paramDType(const ParamSpec &p) const
{
    if (p.isBuffer && m_policy.autocast)
        return DType::Float32;
    return m_policy.weights;
}

std::int64_t Analyser::paramBytes(const ParamSpec &p) const
{
    const std::int64_t n = p.numel();
    if (m_policy.quantised && p.quantisable) {
        const std::int64_t rows = p.shape.empty() ? 1 : p.shape[0];
        // weight-only quantisation keeps one fp16 scale per output row (int8) or per group (int4)
        const std::int64_t scales = m_policy.quantGroup > 0 ? (n + m_policy.quantGroup - 1) / m_policy.quantGroup
                                                            : rows;
        return checkedAdd(storageBytes(*m_policy.quantised, n), checkedMul(scales, 2));
    }
    return storageBytes(paramDType(p), n);
}

void Analyser::addParams(AnalysedNode &an, const Node &node)
{
    for (const ParamSpec &p : an.outcome.params) {
        QString key = node.name + QLatin1Char('.') + p.name;
        if (!p.tiedTo.isEmpty()) {
            const auto it = m_paramByKey.constFind(p.tiedTo);
            if (it == m_paramByKey.cend())
                throw ModelError(AnalysedGraph::tr("Node “%1” ties its weight to “%2”, which is "
                                                   "not an earlier node's parameter.")
                                     .arg(node.name, p.tiedTo));
            const AnalysedParam &target = m_result.params[*it];
            if (target.elements != p.numel())
                throw ModelError(AnalysedGraph::tr("Node “%1” ties its weight to “%2”, whose "
                                                   "shape differs.")
                                     .arg(node.name, p.tiedTo));
            an.params.push_back(*it);
            an.paramsTrainable = an.paramsTrainable || target.trainable;
            continue;
        }
        AnalysedParam ap;
        ap.key = key;
        ap.elements = p.numel();
        ap.rows = p.shape.empty() ? 1 : p.shape[0];
        ap.isBuffer = p.isBuffer;
        ap.trainable = node.trainable && !p.isBuffer && !m_policy.inferenceOnly;
        ap.quantisable = p.quantisable;
        ap.bytes = paramBytes(p);
        if (m_policy.autocast && !p.isBuffer && an.def->autocast == AutocastClass::Lower)
            ap.copyBytes = storageBytes(*m_policy.autocast, ap.elements);
        const int id = static_cast<int>(m_result.params.size());
        m_result.params.push_back(ap);
        if (p.name == QLatin1String("weight")) // the only parameter others may tie to
            m_paramByKey.insert(key, id);
        an.params.push_back(id);
        an.paramsTrainable = an.paramsTrainable || ap.trainable;
    }
}

void Analyser::analyseNode(int graphIndex)
{
    const Node &node = m_graph.nodes[graphIndex];
    AnalysedNode an;
    an.graphIndex = graphIndex;
    an.def = OpCatalogue::find(node.op);
    if (!an.def)
        throw ModelError(AnalysedGraph::tr("Node “%1” has an unknown operation “%2”.")
                             .arg(node.name, node.op),
                         node.name);
    const int arity = static_cast<int>(node.inputs.size());
    if (arity < an.def->minInputs || (an.def->maxInputs >= 0 && arity > an.def->maxInputs))
        throw ModelError(AnalysedGraph::tr("Node “%1” (%2) has %3 inputs; it takes %4 to %5.")
                             .arg(node.name, node.op)
                             .arg(arity)
                             .arg(an.def->minInputs)
                             .arg(an.def->maxInputs < 0 ? QStringLiteral("∞")
                                                        : QString::number(an.def->maxInputs)),
                         node.name);
    const int position = static_cast<int>(m_result.nodes.size());

    // Autocast: lower-precision ops cast floating inputs to 16 bits, float32 ops to float32;
    // each cast is a new tensor that the op (not the original) saves.
    std::vector<TensorType> types;
    for (const QString &ref : node.inputs) {
        int t = resolve(node, ref);
        const DType have = m_result.tensors[t].type.dtype;
        if (m_policy.autocast && isFloating(have)) {
            std::optional<DType> want;
            if (an.def->autocast == AutocastClass::Lower)
                want = *m_policy.autocast;
            else if (an.def->autocast == AutocastClass::Fp32)
                want = DType::Float32;
            if (want && *want != have) {
                t = castCopy(t, *want, position);
                an.castCopies.push_back(t);
            }
        }
        an.inputs.push_back(t);
        types.push_back(m_result.tensors[t].type);
    }

    OpContext context(node, std::move(types), m_runtime, m_options.training, m_options.batch, m_options.seq,
                      m_policy.autocast.has_value());
    try {
        an.outcome = an.def->infer(context);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(AnalysedGraph::tr("node “%1”").arg(node.name));
    }
    OpOutcome &o = an.outcome;
    o.outputSharesInput.resize(o.outputs.size(), -1);
    o.gradIsView.resize(an.inputs.size(), false);
    o.differentiable.resize(an.inputs.size(), true);
    if (node.op == QLatin1String("Embedding"))
        o.outputs[0].dtype = m_policy.weights;

    try {
        addParams(an, node);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(AnalysedGraph::tr("the parameters of node “%1”").arg(node.name));
    }

    bool inputNeedsGrad = false;
    for (std::size_t i = 0; i < an.inputs.size(); ++i)
        inputNeedsGrad = inputNeedsGrad
                         || (o.differentiable[i] && m_result.tensors[an.inputs[i]].requiresGrad);
    an.hasBackward = m_options.training && (inputNeedsGrad || an.paramsTrainable);

    for (std::size_t k = 0; k < o.outputs.size(); ++k) {
        AnalysedTensor t;
        t.name = k == 0 ? node.name : node.name + QLatin1Char(':') + QString::number(k);
        t.type = o.outputs[k];
        for (std::int64_t d : t.type.shape)
            if (d <= 0)
                throw ModelError(AnalysedGraph::tr("Node “%1” produces an empty tensor.").arg(node.name),
                                 node.name);
        t.producer = position;
        t.requiresGrad = an.hasBackward && isFloating(t.type.dtype);
        try {
            t.bytes = fixed(requireSensibleSize(storageBytes(t.type.dtype, t.type.numel()), node.name));
        } catch (const SizeOverflow &) {
            throw ModelError::overflow(AnalysedGraph::tr("node “%1”").arg(node.name));
        }
        const int id = static_cast<int>(m_result.tensors.size());
        const int shares = o.outputSharesInput[k];
        t.root = shares >= 0 ? m_result.tensors[an.inputs[shares]].root : id;
        m_result.tensors.push_back(t);
        an.outputs.push_back(id);
        m_tensorByName.insert(t.name, id);
    }

    for (const SavedTensor &s : o.saved)
        if (s.kind == SavedTensor::Kind::Extra)
            an.extraBytes.push_back(fixed(storageBytes(s.dtype, s.elements)));
    an.forwardTransient = fixed(storageBytes(o.transientDType, o.forwardTransientElements));
    an.backwardTransient = fixed(storageBytes(o.transientDType, o.backwardTransientElements));
    an.scopeLocals = fixed(storageBytes(o.transientDType, o.scopeLocalElements));
    std::int64_t workspace = storageBytes(o.transientDType, o.workspaceElements);
    if (m_runtime.convWorkspaceLimitBytes >= 0)
        workspace = std::min(workspace, m_runtime.convWorkspaceLimitBytes);
    an.workspace = fixed(workspace);
    m_result.nodes.push_back(std::move(an));
}

/** Appends the lengths of a dotted module path's prefixes: "a.bc.d" → 1, 4, 6. */
void appendPrefixLengths(QStringView module, std::vector<qsizetype> &lengths)
{
    for (qsizetype dot = module.indexOf(QLatin1Char('.')); dot > 0;
         dot = module.indexOf(QLatin1Char('.'), dot + 1))
        lengths.push_back(dot);
    if (!module.isEmpty())
        lengths.push_back(module.size());
}

/** The number of leading module path components that @p a and @p b share. */
std::size_t sharedDepth(QStringView a, std::span<const qsizetype> aLengths, QStringView b,
                        std::span<const qsizetype> bLengths)
{
    std::size_t depth = 0;
    while (depth < aLengths.size() && depth < bLengths.size()
           && aLengths[depth] == bLengths[depth] && a.left(aLengths[depth]) == b.left(bLengths[depth]))
        ++depth;
    return depth;
}

/**
 * Python's frames keep tensors beyond their last use. A module's arguments stay referenced by
 * its caller until its forward returns (nn.Sequential's loop variable, the x of
 * `return x + self.conv(x)`), and an op's local intermediates live until the forward around it
 * returns. Modules come from the exporter's scopes; one call of a module is a run of consecutive
 * nodes inside it (a module called twice, like ResNet's shared ReLU, makes two runs).
 */
void Analyser::addModuleScopes()
{
    const std::size_t count = m_result.nodes.size();
    std::vector<QStringView> modules(count);
    // per node, its prefix lengths at [first[p], first[p + 1]) of lengths; runEnd alongside:
    // the last position of the call, running at p, of p's module at that depth
    std::vector<std::size_t> first(count + 1, 0);
    std::vector<qsizetype> lengths;
    lengths.reserve(count * 3);
    for (std::size_t p = 0; p < count; ++p) {
        modules[p] = m_graph.nodes[m_result.nodes[p].graphIndex].module;
        appendPrefixLengths(modules[p], lengths);
        first[p + 1] = lengths.size();
    }
    if (lengths.empty())
        return;
    const auto prefixes = [&](std::size_t p) {
        return std::span<const qsizetype>(lengths).subspan(first[p], first[p + 1] - first[p]);
    };
    std::vector<int> runEnd(lengths.size());
    for (std::size_t p = count; p-- > 0;) {
        const std::size_t shared = p + 1 == count ? 0
                                   : sharedDepth(modules[p], prefixes(p), modules[p + 1], prefixes(p + 1));
        for (std::size_t d = first[p]; d < first[p + 1]; ++d)
            runEnd[d] = d - first[p] < shared ? runEnd[first[p + 1] + (d - first[p])] : static_cast<int>(p);
        if (first[p + 1] > first[p])
            m_result.nodes[p].moduleEnd = runEnd[first[p + 1] - 1];
    }
    for (AnalysedTensor &t : m_result.tensors) {
        if (t.producer < 0 || t.castCopy || t.consumers.empty())
            continue;
        const auto producer = static_cast<std::size_t>(t.producer);
        int until = -1;
        for (int c : t.consumers) {
            const auto consumer = static_cast<std::size_t>(c);
            // the outermost module the tensor is passed into: one level below the shared part
            const std::size_t shared = sharedDepth(modules[producer], prefixes(producer),
                                                   modules[consumer], prefixes(consumer));
            if (first[consumer] + shared < first[consumer + 1])
                until = std::max(until, runEnd[first[consumer] + shared]);
        }
        if (until > t.consumers.back())
            t.heldByCallerUntil = until;
    }
}

AnalysedGraph Analyser::run()
{
    checkNames();
    if (m_graph.nodes.isEmpty())
        throw ModelError(AnalysedGraph::tr("The graph has no nodes."));
    QHash<QString, int> nodeByName;
    for (int i = 0; i < m_graph.nodes.size(); ++i)
        nodeByName.insert(m_graph.nodes[i].name, i);
    const std::vector<int> order = topologicalOrder(m_graph, nodeByName);
    const std::size_t nodeCount = static_cast<std::size_t>(m_graph.nodes.size());
    m_result.nodes.reserve(nodeCount);
    m_result.tensors.reserve(static_cast<std::size_t>(m_graph.inputs.size()) + nodeCount * 5 / 4 + 8);
    m_result.params.reserve(nodeCount * 2);
    m_tensorByName.reserve(static_cast<qsizetype>(m_result.tensors.capacity()));
    m_paramByKey.reserve(static_cast<qsizetype>(nodeCount * 2));
    addGraphInputs();
    for (int graphIndex : order)
        analyseNode(graphIndex);
    for (int position = 0; position < static_cast<int>(m_result.nodes.size()); ++position)
        for (int t : m_result.nodes[position].inputs)
            m_result.tensors[t].consumers.push_back(position);
    // An autocast copy is consumed by the op it was made for.
    for (AnalysedTensor &t : m_result.tensors)
        if (t.castCopy)
            t.consumers = {t.producer};
    addModuleScopes();
    return std::move(m_result);
}

Affine affineFrom(const Affine &atBatch, const Affine &atNext, std::int64_t batch)
{
    Affine a;
    a.perSample = atNext.fixed - atBatch.fixed;
    a.fixed = atBatch.fixed - a.perSample * batch;
    return a;
}

struct StructureChanged
{
};

/** Sizes valid only at @p batch: every affine size becomes its value there. */
void freezeAt(AnalysedGraph &a, std::int64_t batch)
{
    const auto freeze = [batch](Affine &x) { x = Affine{x.at(batch), 0}; };
    for (AnalysedTensor &t : a.tensors)
        freeze(t.bytes);
    for (AnalysedNode &n : a.nodes) {
        for (Affine &e : n.extraBytes)
            freeze(e);
        freeze(n.forwardTransient);
        freeze(n.backwardTransient);
        freeze(n.scopeLocals);
        freeze(n.workspace);
    }
}

/**
 * Makes every size of @p a (analysed at options.batch) affine by re-running only the ops' shape
 * inference at @p next.batch: the sort, the names and the parameters are reused, so the second
 * point costs a fraction of a full analysis.
 */
void makeAffine(AnalysedGraph &a, const Graph &graph, const AnalysisOptions &next,
                std::int64_t batch)
{
    const std::int64_t limit = next.runtime->convWorkspaceLimitBytes;
    const bool autocast = next.precision->autocast.has_value();
    std::vector<TensorType> types(a.tensors.size());
    int inputIndex = 0;
    for (std::size_t t = 0; t < a.tensors.size() && a.tensors[t].graphInput; ++t, ++inputIndex) {
        TensorType &type = types[t];
        type.dtype = a.tensors[t].type.dtype;
        for (std::int64_t d : graph.inputs[inputIndex].shape)
            type.shape.push_back(d == kBatchDim ? next.batch : d == kSeqDim ? next.seq : d);
        a.tensors[t].bytes = affineFrom(a.tensors[t].bytes, {storageBytes(type.dtype, type.numel()), 0}, batch);
    }
    std::vector<TensorType> inputs;
    for (AnalysedNode &n : a.nodes) {
        inputs.clear();
        for (int t : n.inputs) {
            AnalysedTensor &tensor = a.tensors[t];
            if (tensor.castCopy) {
                types[t] = TensorType{types[tensor.castOf].shape, tensor.type.dtype};
                tensor.bytes = affineFrom(tensor.bytes, {storageBytes(tensor.type.dtype, types[t].numel()), 0}, batch);
            }
            inputs.push_back(types[t]);
        }
        const OpContext context(graph.nodes[n.graphIndex], inputs, *next.runtime, next.training,
                                next.batch, next.seq, autocast);
        const OpOutcome o = n.def->infer(context);
        if (o.outputs.size() != n.outputs.size())
            throw StructureChanged{};
        for (std::size_t k = 0; k < o.outputs.size(); ++k) {
            AnalysedTensor &out = a.tensors[n.outputs[k]];
            types[n.outputs[k]] = TensorType{o.outputs[k].shape, out.type.dtype, o.outputs[k].contiguous};
            out.bytes = affineFrom(out.bytes, {storageBytes(out.type.dtype, types[n.outputs[k]].numel()), 0}, batch);
        }
        std::size_t extra = 0;
        for (const SavedTensor &saved : o.saved) {
            if (saved.kind != SavedTensor::Kind::Extra)
                continue;
            if (extra >= n.extraBytes.size())
                throw StructureChanged{};
            n.extraBytes[extra] = affineFrom(n.extraBytes[extra], {storageBytes(saved.dtype, saved.elements), 0}, batch);
            ++extra;
        }
        if (extra != n.extraBytes.size())
            throw StructureChanged{};
        n.forwardTransient = affineFrom(n.forwardTransient, {storageBytes(o.transientDType, o.forwardTransientElements), 0}, batch);
        n.backwardTransient = affineFrom(n.backwardTransient, {storageBytes(o.transientDType, o.backwardTransientElements), 0}, batch);
        n.scopeLocals = affineFrom(n.scopeLocals, {storageBytes(o.transientDType, o.scopeLocalElements), 0}, batch);
        // A workspace at the runtime's cap stays at the cap as the batch grows.
        if (limit < 0 || n.workspace.fixed < limit) {
            std::int64_t workspace = storageBytes(o.transientDType, o.workspaceElements);
            if (limit >= 0)
                workspace = std::min(workspace, limit);
            n.workspace = affineFrom(n.workspace, {workspace, 0}, batch);
        }
    }
}

} // namespace

AnalysedGraph AnalysedGraph::analyse(const Graph &graph, const AnalysisOptions &options)
{
    if (options.batch <= 0)
        throw ModelError(tr("The batch size must be at least 1 (got %1).").arg(options.batch));
    if (options.seq <= 0)
        throw ModelError(tr("The sequence length must be at least 1 (got %1).").arg(options.seq));
    if (options.batch > (std::int64_t(1) << 40) || options.seq > (std::int64_t(1) << 40))
        throw ModelError(tr("The batch size or sequence length is absurdly large."));
    AnalysedGraph result;
    try {
        result = Analyser(graph, options).run();
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("batch %1").arg(options.batch));
    }
    AnalysisOptions next = options;
    next.batch = options.batch + 1;
    // On failure some sizes are already affine; every one still equals its size at the batch.
    const auto concrete = [&result, &options] { freezeAt(result, options.batch); };
    try {
        makeAffine(result, graph, next, options.batch);
    } catch (const SizeOverflow &) {
        concrete();
        result.warnings << tr("Sizes overflow 64 bits just above batch %1.").arg(options.batch);
    } catch (const ModelError &) {
        concrete();
        result.warnings << tr("The graph is valid only at batch %1 (a shape fixes the batch); "
                              "sizes do not scale with the batch.")
                               .arg(options.batch);
    } catch (const StructureChanged &) {
        concrete();
        result.warnings << tr("The graph's structure changes with the batch size; sizes are "
                              "exact only at batch %1.")
                               .arg(options.batch);
    }
    return result;
}

std::int64_t AnalysedGraph::parameterCount() const
{
    std::int64_t n = 0;
    for (const AnalysedParam &p : params)
        if (!p.isBuffer)
            n = checkedAdd(n, p.elements);
    return n;
}

std::int64_t AnalysedGraph::trainableParameterCount() const
{
    std::int64_t n = 0;
    for (const AnalysedParam &p : params)
        if (p.trainable)
            n = checkedAdd(n, p.elements);
    return n;
}

} // namespace memplanner
