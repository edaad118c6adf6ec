#include "GraphAnalysis.h"

#include "ModelError.h"
#include "PrecisionPolicy.h"
#include "RuntimeProfile.h"

#include <QHash>

#include <algorithm>

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
        t.bytes = fixed(storageBytes(t.type.dtype, t.type.numel()));
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
    if (m_graph.nodeIndex(base) >= 0)
        throw ModelError(AnalysedGraph::tr("Node “%1” reads output %2 of “%3”, which has no such "
                                           "output.")
                             .arg(node.name)
                             .arg(index)
                             .arg(base));
    throw ModelError(AnalysedGraph::tr("Node “%1” reads “%2”, which is neither a graph input nor "
                                       "a node.")
                         .arg(node.name, ref));
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
                             .arg(node.name, node.op));
    const int arity = static_cast<int>(node.inputs.size());
    if (arity < an.def->minInputs || (an.def->maxInputs >= 0 && arity > an.def->maxInputs))
        throw ModelError(AnalysedGraph::tr("Node “%1” (%2) has %3 inputs; it takes %4 to %5.")
                             .arg(node.name, node.op)
                             .arg(arity)
                             .arg(an.def->minInputs)
                             .arg(an.def->maxInputs < 0 ? QStringLiteral("∞")
                                                        : QString::number(an.def->maxInputs)));
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

    OpContext context(node, types, m_runtime, m_options.training, m_options.batch, m_options.seq,
                      m_policy.autocast.has_value());
    try {
        an.outcome = an.def->infer(context);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(node.name);
    }
    OpOutcome &o = an.outcome;
    o.outputSharesInput.resize(o.outputs.size(), -1);
    o.gradIsView.resize(an.inputs.size(), false);
    o.differentiable.resize(an.inputs.size(), true);
    if (node.op == QLatin1String("Embedding"))
        o.outputs[0].dtype = m_policy.weights;

    addParams(an, node);

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
                throw ModelError(AnalysedGraph::tr("Node “%1” produces an empty tensor.").arg(node.name));
        t.producer = position;
        t.requiresGrad = an.hasBackward && isFloating(t.type.dtype);
        try {
            t.bytes = fixed(storageBytes(t.type.dtype, t.type.numel()));
        } catch (const SizeOverflow &) {
            throw ModelError::overflow(node.name);
        }
        const int id = static_cast<int>(m_result.tensors.size());
        const int shares = o.outputSharesInput[k];
        t.root = shares >= 0 ? m_result.tensors[an.inputs[shares]].root : id;
        m_result.tensors.push_back(t);
        an.outputs.push_back(id);
        m_tensorByName.insert(t.name, id);
        if (k == 0)
            m_tensorByName.insert(node.name + QLatin1String(":0"), id);
    }

    for (const SavedTensor &s : o.saved)
        if (s.kind == SavedTensor::Kind::Extra)
            an.extraBytes.push_back(fixed(storageBytes(s.dtype, s.elements)));
    an.forwardTransient = fixed(storageBytes(o.transientDType, o.forwardTransientElements));
    an.backwardTransient = fixed(storageBytes(o.transientDType, o.backwardTransientElements));
    std::int64_t workspace = storageBytes(o.transientDType, o.workspaceElements);
    if (m_runtime.convWorkspaceLimitBytes >= 0)
        workspace = std::min(workspace, m_runtime.convWorkspaceLimitBytes);
    an.workspace = fixed(workspace);
    m_result.nodes.push_back(std::move(an));
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
    return std::move(m_result);
}

Affine affineFrom(const Affine &atBatch, const Affine &atNext, std::int64_t batch)
{
    Affine a;
    a.perSample = atNext.fixed - atBatch.fixed;
    a.fixed = atBatch.fixed - a.perSample * batch;
    return a;
}

/** Turns the concrete sizes of @p a (at @p batch) into affine ones using @p b (at batch + 1). */
void makeAffine(AnalysedGraph &a, const AnalysedGraph &b, std::int64_t batch,
                std::int64_t workspaceLimit)
{
    for (std::size_t i = 0; i < a.tensors.size(); ++i)
        a.tensors[i].bytes = affineFrom(a.tensors[i].bytes, b.tensors[i].bytes, batch);
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        AnalysedNode &n = a.nodes[i];
        const AnalysedNode &m = b.nodes[i];
        for (std::size_t k = 0; k < n.extraBytes.size(); ++k)
            n.extraBytes[k] = affineFrom(n.extraBytes[k], m.extraBytes[k], batch);
        n.forwardTransient = affineFrom(n.forwardTransient, m.forwardTransient, batch);
        n.backwardTransient = affineFrom(n.backwardTransient, m.backwardTransient, batch);
        // A workspace at the runtime's cap stays at the cap as the batch grows.
        if (workspaceLimit < 0 || n.workspace.fixed < workspaceLimit)
            n.workspace = affineFrom(n.workspace, m.workspace, batch);
    }
}

bool sameStructure(const AnalysedGraph &a, const AnalysedGraph &b)
{
    if (a.tensors.size() != b.tensors.size() || a.nodes.size() != b.nodes.size())
        return false;
    for (std::size_t i = 0; i < a.nodes.size(); ++i)
        if (a.nodes[i].extraBytes.size() != b.nodes[i].extraBytes.size())
            return false;
    return true;
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
    try {
        const AnalysedGraph other = Analyser(graph, next).run();
        if (sameStructure(result, other))
            makeAffine(result, other, options.batch, options.runtime->convWorkspaceLimitBytes);
        else
            result.warnings << tr("The graph's structure changes with the batch size; sizes are "
                                  "exact only at batch %1.")
                                   .arg(options.batch);
    } catch (const SizeOverflow &) {
        result.warnings << tr("Sizes overflow 64 bits just above batch %1.").arg(options.batch);
    } catch (const ModelError &) {
        result.warnings << tr("The graph is valid only at batch %1 (a shape fixes the batch); "
                              "sizes do not scale with the batch.")
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
