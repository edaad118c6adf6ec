#include "OnnxGraph.h"

#include "Bytes.h"
#include "ModelError.h"
#include "OnnxFolding.h"

#include <onnx/defs/schema.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <unordered_set>

namespace memplanner {

namespace {

using P = onnx::TensorProto;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/** "/layer1/layer1.0/conv1/Conv" → "layer1.0.conv1": PyTorch's scope names, joined. */
QString modulePath(const QString &nodeName, QString *leaf)
{
    QStringList parts = nodeName.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    *leaf = parts.isEmpty() ? nodeName : parts.takeLast();
    QStringList pieces;
    for (const QString &p : std::as_const(parts)) {
        if (p == QLatin1String("StatefulPartitionedCall") || p == QLatin1String("PartitionedCall"))
            continue; // tf2onnx wraps every name in these
        // PyTorch names a Sequential's or ModuleList's children with the parent's prefix
        // ("layer1" then "layer1.0"): the child's name replaces the parent's.
        if (!pieces.isEmpty() && p.startsWith(pieces.last() + QLatin1Char('.')))
            pieces.last() = p;
        else
            pieces << p;
    }
    return pieces.join(QLatin1Char('.'));
}

/** Storage bytes of one element; sizeless types count as one byte. */
int elementBytesOf(int t)
{
    return std::max(1, onnxElementBytes(t));
}

bool floatingType(int t)
{
    return t == P::FLOAT || t == P::DOUBLE || t == P::FLOAT16 || t == P::BFLOAT16;
}

/** What one sample found for one value. */
struct SampleValue
{
    int elemType = 0;
    bool hasShape = false;
    std::vector<std::int64_t> dims; ///< -1: unknown
    std::optional<OnnxTensor> folded;
};

std::int64_t power(std::int64_t base, int exponent)
{
    std::int64_t r = 1;
    for (int i = 0; i < exponent; ++i)
        r *= base;
    return r;
}

/** The exponent p ≤ 3 with a·(bᵖ) == c·(aᵖ)… i.e. value(sample)/value(base) = (s/b)ᵖ. */
std::optional<int> exponentOf(std::int64_t base, std::int64_t other, std::int64_t from,
                              std::int64_t to)
{
    if (base == other)
        return 0;
    for (int p = 1; p <= 3; ++p) {
        std::int64_t lhs = 0, rhs = 0;
        if (__builtin_mul_overflow(base, power(to, p), &lhs)
            || __builtin_mul_overflow(other, power(from, p), &rhs))
            return std::nullopt;
        if (lhs == rhs)
            return p;
    }
    return std::nullopt;
}

/**
 * Combines one size seen at sample 0 (a), with the batch changed (b) and seq changed (c).
 * In a shape -1 means unknown; in folded values (@p value) every number is known.
 */
SymDim combine(std::int64_t a, const std::int64_t *b, const std::int64_t *c, bool value = false)
{
    SymDim d;
    d.sample = a;
    if ((!b || *b == a) && (!c || *c == a) && (value || a >= 0)) {
        d.known = true;
        d.coeff = a;
        return d;
    }
    if (a <= 0 || (b && *b <= 0) || (c && *c <= 0))
        return d;
    const std::optional<int> bp = b
        ? exponentOf(a, *b, OnnxGraph::kBatchSamples[0], OnnxGraph::kBatchSamples[1])
        : std::optional<int>(0);
    const std::optional<int> sp = c
        ? exponentOf(a, *c, OnnxGraph::kSeqSamples[0], OnnxGraph::kSeqSamples[1])
        : std::optional<int>(0);
    if (!bp || !sp)
        return d;
    const std::int64_t unit
        = power(OnnxGraph::kBatchSamples[0], *bp) * power(OnnxGraph::kSeqSamples[0], *sp);
    if (a % unit != 0)
        return d;
    d.coeff = a / unit;
    d.batchPower = *bp;
    d.seqPower = *sp;
    d.known = true;
    return d;
}

// libonnx 1.12's shape inference crashes on some malformed nodes instead of failing: Conv and
// ConvTranspose read the weight's dimensions 0 and 1, and the kernel from its dimensions 2 on,
// without checking the ranks (a weight of rank 0 or 1 crashes it), and the convolutions and
// poolings divide by their strides and dilations (0 is a division by zero). Such a node is
// refused with an error in libonnx's own words instead of being handed to it. @p ranks are the
// inputs' ranks (-1: unknown).
std::string libonnxHazard(const onnx::NodeProto &node, const std::string &op,
                          const std::vector<int> &ranks)
{
    const std::string where = "[ShapeInferenceError] (op_type:" + op + "): ";
    if ((op == "Conv" || op == "ConvTranspose") && ranks.size() >= 2 && ranks[0] >= 0
        && ranks[1] >= 0 && (ranks[0] < 3 || ranks[1] != ranks[0]))
        return where + "the input has rank " + std::to_string(ranks[0]) + " and the weight rank "
            + std::to_string(ranks[1]) + "; both need the same rank, at least 3";
    if (op == "Conv" || op == "ConvTranspose" || op == "ConvInteger" || op == "QLinearConv"
        || op == "MaxPool" || op == "AveragePool" || op == "LpPool" || op == "MaxUnpool") {
        for (const onnx::AttributeProto &a : node.attribute())
            if (a.name() == "strides" || a.name() == "dilations")
                for (const std::int64_t v : a.ints())
                    if (v <= 0)
                        return where + a.name() + " must be positive, not " + std::to_string(v);
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

SymDim SymDim::constant(std::int64_t v)
{
    SymDim d;
    d.coeff = v;
    d.known = true;
    d.sample = v;
    return d;
}

QJsonValue SymDim::toJson() const
{
    if (!known)
        return QJsonValue(-1);
    if (isConstant())
        return QJsonValue(static_cast<qint64>(coeff));
    QStringList factors;
    for (int i = 0; i < batchPower; ++i)
        factors << QStringLiteral("batch");
    for (int i = 0; i < seqPower; ++i)
        factors << QStringLiteral("seq");
    if (coeff != 1)
        factors << QString::number(coeff);
    return factors.join(QLatin1Char('*'));
}

bool SymDim::operator==(const SymDim &o) const
{
    if (known != o.known)
        return false;
    if (!known)
        return sample == o.sample;
    return coeff == o.coeff && batchPower == o.batchPower && seqPower == o.seqPower;
}

OnnxGraph::OnnxGraph() = default;
OnnxGraph::~OnnxGraph() = default;

void OnnxGraph::fail(const QString &message) const
{
    throw ModelError(tr("%1: %2").arg(origin, message));
}

int OnnxGraph::value(const std::string &name) const
{
    const auto it = m_valueIndex.find(name);
    return it == m_valueIndex.end() ? -1 : it->second;
}

std::optional<DType> OnnxGraph::dtype(int elemType, bool *exact)
{
    if (exact)
        *exact = true;
    switch (elemType) {
    case P::FLOAT:
        return DType::Float32;
    case P::FLOAT16:
        return DType::Float16;
    case P::BFLOAT16:
        return DType::BFloat16;
    case P::INT64:
        return DType::Int64;
    case P::INT32:
        return DType::Int32;
    case P::INT8:
        return DType::Int8;
    case P::UINT8:
        return DType::UInt8;
    case P::BOOL:
        return DType::Bool;
    case P::DOUBLE:
    case P::UINT64:
        if (exact)
            *exact = false;
        return elemType == P::DOUBLE ? DType::Float32 : DType::Int64;
    case P::INT16:
    case P::UINT16:
    case P::UINT32:
        if (exact)
            *exact = false;
        return DType::Int32;
    default:
        return std::nullopt;
    }
}

QString OnnxGraph::typeName(int elemType)
{
    return q(P::DataType_Name(static_cast<P::DataType>(elemType)));
}

std::unique_ptr<OnnxGraph> OnnxGraph::read(const QByteArray &stripped, const QString &origin)
{
    std::unique_ptr<OnnxGraph> g(new OnnxGraph);
    g->origin = origin;
    try {
        g->build(stripped);
    } catch (const ModelError &) {
        throw;
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(origin);
    } catch (const std::bad_alloc &) {
        throw ModelError(tr("%1: the model is too large to read.").arg(origin));
    } catch (const std::exception &e) {
        // libonnx and protobuf report problems as exceptions; none may escape as a crash
        throw ModelError(
            tr("%1: libonnx rejected the model: %2").arg(origin, QString::fromUtf8(e.what())));
    }
    return g;
}

void OnnxGraph::build(const QByteArray &stripped)
{
    m_model = std::make_unique<onnx::ModelProto>();
    if (stripped.size() > INT_MAX
        || !m_model->ParseFromArray(stripped.constData(), static_cast<int>(stripped.size())))
        fail(tr("this is not a valid ONNX model (the protobuf message does not parse)."));
    if (!m_model->has_graph())
        fail(tr("this protobuf file holds no ONNX graph; is it an ONNX model?"));
    for (const onnx::OperatorSetIdProto &o : m_model->opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx")
            opset = static_cast<int>(o.version());
    if (opset == 0)
        fail(tr("the model declares no version of the ONNX operator set."));
    if (opset < 9)
        fail(tr("operator set %1 is older than 9, the oldest supported; export again with "
                "opset_version=13 or newer.")
                 .arg(opset));
    if (opset > 17)
        warnings << tr("The model uses operator set %1; MemPlanner is tested with 9 to 17 and "
                       "reads newer operators as far as libonnx 1.12 knows them.")
                        .arg(opset);
    producer
        = QString(q(m_model->producer_name()) + QLatin1Char(' ') + q(m_model->producer_version()))
              .trimmed();
    const onnx::GraphProto &graph = m_model->graph();
    if (graph.node_size() == 0)
        fail(tr("the graph has no nodes."));
    if (graph.node_size() > kMaxNodes)
        fail(tr("the graph has %1 nodes; at most %2 are supported.")
                 .arg(graph.node_size())
                 .arg(kMaxNodes));
    buildValues();
    sortNodes();
    findSymbols();
    inferSamples();
    classify();
}

void OnnxGraph::buildValues()
{
    const onnx::GraphProto &graph = m_model->graph();
    const auto addValue = [&](const std::string &name) {
        const int id = static_cast<int>(values.size());
        OnnxValue v;
        v.name = name;
        values.push_back(std::move(v));
        m_valueIndex.emplace(name, id);
        return id;
    };
    const auto addInitializer = [&](const std::string &name, int type,
                                    const google::protobuf::RepeatedField<std::int64_t> &dims) {
        if (name.empty())
            fail(tr("an initializer has no name."));
        if (m_valueIndex.count(name))
            fail(tr("the initializer “%1” is defined twice.").arg(q(name)));
        OnnxInitializer init;
        init.name = name;
        init.elemType = type;
        init.numel = 1;
        for (std::int64_t d : dims) {
            if (d < 0 || d > kMaxDim)
                fail(tr("the initializer “%1” has a dimension of %2.").arg(q(name)).arg(d));
            init.dims.push_back(d);
            init.numel = checkedMul(init.numel, d);
        }
        checkedMul(init.numel, elementBytesOf(type));
        const int id = addValue(name);
        values[id].initializer = static_cast<int>(initializers.size());
        values[id].elemType = type;
        initializers.push_back(std::move(init));
    };
    for (const onnx::TensorProto &t : graph.initializer())
        addInitializer(t.name(), t.data_type(), t.dims());
    for (const onnx::SparseTensorProto &s : graph.sparse_initializer())
        addInitializer(s.values().name(), s.values().data_type(), s.dims());
    for (const onnx::ValueInfoProto &in : graph.input()) {
        if (in.name().empty())
            fail(tr("a graph input has no name."));
        if (const auto it = m_valueIndex.find(in.name()); it != m_valueIndex.end()) {
            if (values[it->second].initializer >= 0)
                continue; // an initializer listed as an input (IR version < 4)
            fail(tr("the graph input “%1” is listed twice.").arg(q(in.name())));
        }
        const int id = addValue(in.name());
        values[id].graphInput = true;
        inputs.push_back(id);
    }
    nodes.reserve(static_cast<std::size_t>(graph.node_size()));
    for (int i = 0; i < graph.node_size(); ++i) {
        const onnx::NodeProto &proto = graph.node(i);
        OnnxNode n;
        n.proto = &proto;
        n.fileIndex = i;
        n.op = proto.op_type();
        n.domain = proto.domain() == "ai.onnx" ? std::string() : proto.domain();
        n.name
            = proto.name().empty() ? QStringLiteral("%1_%2").arg(q(n.op)).arg(i) : q(proto.name());
        n.module = modulePath(n.name, &n.leaf);
        if (n.op.empty())
            fail(tr("node %1 (“%2”) has no operator type.").arg(i).arg(n.name));
        for (const std::string &out : proto.output()) {
            if (out.empty()) {
                n.outputs.push_back(-1);
                continue;
            }
            if (m_valueIndex.count(out))
                fail(tr("the tensor “%1” is defined twice (again by node “%2”).")
                         .arg(q(out), n.name));
            n.outputs.push_back(addValue(out));
        }
        nodes.push_back(std::move(n));
    }
    for (OnnxNode &n : nodes) {
        for (const std::string &in : n.proto->input()) {
            if (in.empty()) {
                n.inputs.push_back(-1);
                continue;
            }
            const int id = value(in);
            if (id < 0)
                fail(tr("node “%1” (%2) reads “%3”, which no node, input or initializer defines.")
                         .arg(n.name, q(n.op), q(in)));
            n.inputs.push_back(id);
        }
    }
    for (const onnx::ValueInfoProto &out : graph.output()) {
        const int id = value(out.name());
        if (id < 0)
            fail(tr("the graph output “%1” is not computed by any node.").arg(q(out.name())));
        values[id].graphOutput = true;
        outputs.push_back(id);
    }
    if (outputs.empty())
        fail(tr("the graph has no outputs."));
}

void OnnxGraph::sortNodes()
{
    // Kahn's algorithm keeping the file's order among ready nodes; ONNX requires the file to be
    // sorted already, but a cycle must be reported, not followed.
    const int n = static_cast<int>(nodes.size());
    std::vector<int> producerOf(values.size(), -1);
    for (int i = 0; i < n; ++i)
        for (int v : nodes[i].outputs)
            if (v >= 0)
                producerOf[v] = i;
    std::vector<int> indegree(n, 0);
    std::vector<std::vector<int>> successors(n);
    for (int i = 0; i < n; ++i)
        for (int v : nodes[i].inputs)
            if (v >= 0 && producerOf[v] >= 0) {
                successors[producerOf[v]].push_back(i);
                ++indegree[i];
            }
    std::vector<int> order;
    order.reserve(n);
    std::vector<int> ready; // a min-heap on the file position
    for (int i = 0; i < n; ++i)
        if (indegree[i] == 0)
            ready.push_back(i);
    std::make_heap(ready.begin(), ready.end(), std::greater<int>());
    while (!ready.empty()) {
        std::pop_heap(ready.begin(), ready.end(), std::greater<int>());
        const int i = ready.back();
        ready.pop_back();
        order.push_back(i);
        for (int s : successors[i])
            if (--indegree[s] == 0) {
                ready.push_back(s);
                std::push_heap(ready.begin(), ready.end(), std::greater<int>());
            }
    }
    if (static_cast<int>(order.size()) != n) {
        QStringList cycle;
        for (int i = 0; i < n && cycle.size() < 5; ++i)
            if (indegree[i] > 0)
                cycle << nodes[i].name;
        fail(
            tr("the graph has a cycle through the nodes %1.").arg(cycle.join(QLatin1String(", "))));
    }
    std::vector<OnnxNode> sorted;
    sorted.reserve(n);
    for (int i : order)
        sorted.push_back(std::move(nodes[i]));
    nodes = std::move(sorted);
    for (int i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < nodes[i].outputs.size(); ++k) {
            const int v = nodes[i].outputs[k];
            if (v >= 0) {
                values[v].producer = i;
                values[v].producerOutput = static_cast<int>(k);
            }
        }
        for (int v : nodes[i].inputs)
            if (v >= 0)
                values[v].consumers.push_back(i);
    }
}

void OnnxGraph::findSymbols()
{
    struct Use
    {
        std::string key;
        int position;
    };
    std::vector<Use> uses;
    const onnx::GraphProto &graph = m_model->graph();
    for (const onnx::ValueInfoProto &in : graph.input()) {
        const int id = value(in.name());
        if (id < 0 || !values[id].graphInput)
            continue;
        if (!in.type().has_tensor_type())
            fail(tr("the input “%1” is not a tensor (sequences and maps are not supported).")
                     .arg(q(in.name())));
        const onnx::TypeProto_Tensor &t = in.type().tensor_type();
        if (!dtype(t.elem_type()))
            fail(tr("the input “%1” has the element type %2, which MemPlanner cannot plan.")
                     .arg(q(in.name()), typeName(t.elem_type())));
        if (!t.has_shape())
            fail(tr("the input “%1” has no shape: export it with a fixed rank, e.g. "
                    "torch.onnx.export(…, input_names=[…], dynamic_axes={…}).")
                     .arg(q(in.name())));
        for (int i = 0; i < t.shape().dim_size(); ++i) {
            const onnx::TensorShapeProto_Dimension &d = t.shape().dim(i);
            if (d.has_dim_value() && d.dim_value() > 0) {
                if (d.dim_value() > kMaxDim)
                    fail(tr("the input “%1” has a dimension of %2: that is absurdly large.")
                             .arg(q(in.name()))
                             .arg(d.dim_value()));
                continue;
            }
            uses.push_back({d.has_dim_param() && !d.dim_param().empty() ? d.dim_param()
                                                                        : "?" + std::to_string(i),
                            i});
        }
    }
    std::vector<std::string> keys;
    for (const Use &u : uses)
        if (std::find(keys.begin(), keys.end(), u.key) == keys.end())
            keys.push_back(u.key);
    const auto named = [](const std::string &key, std::initializer_list<const char *> hints) {
        QString k = q(key).toLower();
        for (const char *h : hints)
            if (k.contains(QLatin1String(h)))
                return true;
        return false;
    };
    std::string batch, seq;
    for (const std::string &k : keys)
        if (batch.empty() && (named(k, {"batch"}) || k == "N" || k == "B" || k == "bs"))
            batch = k;
    for (const Use &u : uses)
        if (batch.empty() && u.position == 0)
            batch = u.key;
    for (const std::string &k : keys)
        if (seq.empty() && k != batch && named(k, {"seq", "len", "time", "token", "step", "sent"}))
            seq = k;
    for (const std::string &k : keys)
        if (seq.empty() && k != batch)
            seq = k;
    for (const std::string &k : keys)
        if (k != batch && k != seq)
            fail(tr("the inputs have more than two symbolic dimensions (%1); MemPlanner binds "
                    "only the batch and the sequence length. Export the others with fixed sizes.")
                     .arg(q(k)));
    if (!batch.empty())
        m_symbol[batch] = 0;
    if (!seq.empty())
        m_symbol[seq] = 1;
    hasBatch = !batch.empty();
    hasSeq = !seq.empty();
    if (!hasBatch && !inputs.empty())
        warnings << tr("The inputs have fixed sizes, so --batch cannot change them. Export with "
                       "dynamic_axes={\"%1\": {0: \"batch\"}} to plan other batch sizes.")
                        .arg(q(values[inputs.front()].name));
}

struct OnnxGraph::Samples
{
    std::vector<std::vector<SampleValue>> runs; ///< per sample, per value
};

void OnnxGraph::inferSamples()
{
    struct Point
    {
        std::int64_t batch, seq;
    };
    std::vector<Point> points = {{kBatchSamples[0], kSeqSamples[0]}};
    if (hasBatch)
        points.push_back({kBatchSamples[1], kSeqSamples[0]});
    if (hasSeq)
        points.push_back({kBatchSamples[0], kSeqSamples[1]});

    onnx::GraphProto *graph = m_model->mutable_graph();
    std::unordered_map<std::string, const onnx::ValueInfoProto *> declared;
    for (const onnx::ValueInfoProto &vi : graph->value_info())
        declared.emplace(vi.name(), &vi);
    for (const onnx::ValueInfoProto &vi : graph->output())
        declared.emplace(vi.name(), &vi);
    std::unordered_map<std::string, const onnx::ValueInfoProto *> inputInfo;
    for (const onnx::ValueInfoProto &vi : graph->input())
        inputInfo.emplace(vi.name(), &vi);
    std::unordered_map<std::string, int> opsets;
    for (const onnx::OperatorSetIdProto &o : m_model->opset_import())
        opsets[o.domain() == "ai.onnx" ? std::string() : o.domain()]
            = static_cast<int>(o.version());

    // schemas, once
    std::vector<const onnx::OpSchema *> schemas(nodes.size(), nullptr);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const auto it = opsets.find(nodes[i].domain);
        if (it != opsets.end())
            schemas[i] = onnx::OpSchemaRegistry::Schema(nodes[i].op, it->second, nodes[i].domain);
        nodes[i].hasSchema = schemas[i] != nullptr;
        if (schemas[i]) {
            // A node that does not match its schema is not handed to the schema's inference
            // function (which assumes a valid node); its outputs stay unknown.
            try {
                schemas[i]->Verify(*nodes[i].proto);
            } catch (const std::exception &e) {
                schemas[i] = nullptr;
                for (int v : nodes[i].outputs)
                    if (v >= 0)
                        values[v].inferenceError = QString::fromUtf8(e.what()).trimmed();
            }
        }
    }
    // initializer values (small ones were kept by OnnxWire)
    std::vector<std::optional<OnnxTensor>> initValues(values.size());
    for (const onnx::TensorProto &t : graph->initializer())
        initValues[static_cast<std::size_t>(value(t.name()))] = OnnxFolding::fromProto(t);

    // declared types with the symbols replaced by the sample's sizes
    const auto concretise = [&](const onnx::TypeProto &type, const Point &p) {
        onnx::TypeProto t = type;
        if (!t.has_tensor_type() || !t.tensor_type().has_shape())
            return t;
        for (onnx::TensorShapeProto_Dimension &d :
             *t.mutable_tensor_type()->mutable_shape()->mutable_dim()) {
            if (d.has_dim_value() && d.dim_value() > 0)
                continue;
            std::string key = d.has_dim_param() ? d.dim_param() : std::string();
            const auto it = m_symbol.find(key);
            d.Clear();
            if (it != m_symbol.end())
                d.set_dim_value(it->second == 0 ? p.batch : p.seq);
        }
        return t;
    };

    Samples samples;
    for (const Point &p : points) {
        std::vector<SampleValue> run(values.size());
        std::unordered_map<std::string, onnx::TypeProto> types;
        std::unordered_map<std::string, onnx::TypeProto *> typePtrs;
        std::unordered_map<std::string, onnx::TensorProto> protos;
        std::unordered_map<std::string, const onnx::TensorProto *> protoPtrs;
        const std::unordered_map<std::string, const onnx::SparseTensorProto *> noSparse;
        const onnx::shape_inference::ModelLocalFunctionsMap noFunctions;
        onnx::shape_inference::SymbolTableImpl symbols;
        onnx::shape_inference::GraphInferenceContext graphContext(
            typePtrs, opsets, &symbols, noFunctions, onnx::OpSchemaRegistry::Instance(), nullptr,
            static_cast<int>(m_model->ir_version()));

        const auto setType = [&](int v, const onnx::TypeProto &t) {
            onnx::TypeProto &slot = types[values[v].name];
            slot = t;
            typePtrs[values[v].name] = &slot;
        };
        const auto setFolded = [&](int v, OnnxTensor t) {
            onnx::TypeProto type;
            type.mutable_tensor_type()->set_elem_type(t.type);
            onnx::TensorShapeProto *shape = type.mutable_tensor_type()->mutable_shape();
            for (std::int64_t d : t.dims)
                shape->add_dim()->set_dim_value(d);
            setType(v, type);
            run[v].folded = std::move(t);
        };

        for (int v : inputs)
            setType(v, concretise(inputInfo.at(values[v].name)->type(), p));
        for (std::size_t v = 0; v < values.size(); ++v) {
            const int init = values[v].initializer;
            if (init < 0)
                continue;
            onnx::TypeProto type;
            type.mutable_tensor_type()->set_elem_type(initializers[init].elemType);
            onnx::TensorShapeProto *shape = type.mutable_tensor_type()->mutable_shape();
            for (std::int64_t d : initializers[init].dims)
                shape->add_dim()->set_dim_value(d);
            setType(static_cast<int>(v), type);
            if (initValues[v])
                run[v].folded = initValues[v];
        }

        for (std::size_t i = 0; i < nodes.size(); ++i) {
            OnnxNode &n = nodes[i];
            std::vector<const OnnxTensor *> in;
            std::vector<const std::vector<std::int64_t> *> inDims;
            std::vector<std::vector<std::int64_t>> dimsStore(n.inputs.size());
            std::vector<int> ranks;
            bool allFolded = true, allTyped = true;
            for (std::size_t k = 0; k < n.inputs.size(); ++k) {
                const int v = n.inputs[k];
                const OnnxTensor *t = v >= 0 && run[v].folded ? &*run[v].folded : nullptr;
                in.push_back(t);
                if (v >= 0 && !t)
                    allFolded = false;
                const auto ty = v >= 0 ? types.find(values[v].name) : types.end();
                if (v >= 0 && ty == types.end())
                    allTyped = false;
                const std::vector<std::int64_t> *dims = nullptr;
                ranks.push_back(ty != types.end() && ty->second.has_tensor_type()
                                        && ty->second.tensor_type().has_shape()
                                    ? ty->second.tensor_type().shape().dim_size()
                                    : -1);
                if (ty != types.end() && ty->second.has_tensor_type()
                    && ty->second.tensor_type().has_shape()) {
                    bool complete = true;
                    for (const auto &d : ty->second.tensor_type().shape().dim()) {
                        complete = complete && d.has_dim_value();
                        dimsStore[k].push_back(d.has_dim_value() ? d.dim_value() : -1);
                    }
                    if (complete)
                        dims = &dimsStore[k];
                }
                inDims.push_back(dims);
            }
            bool hasGraph = false;
            for (const onnx::AttributeProto &a : n.proto->attribute())
                hasGraph = hasGraph || a.has_g() || a.graphs_size() > 0;
            if (!hasGraph && (allFolded || n.op == "Shape" || n.op == "Size")) {
                if (auto folded = OnnxFolding::evaluate(*n.proto, in, inDims, opset);
                    folded && folded->size() == n.outputs.size()) {
                    for (std::size_t k = 0; k < n.outputs.size(); ++k)
                        if (n.outputs[k] >= 0)
                            setFolded(n.outputs[k], std::move((*folded)[k]));
                    continue;
                }
            }
            const onnx::OpSchema *schema = schemas[i];
            bool inferred = false;
            if (const std::string hazard = libonnxHazard(*n.proto, n.op, ranks); !hazard.empty()) {
                for (int v : n.outputs)
                    if (v >= 0)
                        values[v].inferenceError = QString::fromStdString(hazard);
            } else if (schema && schema->has_type_and_shape_inference_function() && allTyped) {
                for (int v : n.inputs) {
                    if (v < 0 || !run[v].folded || protoPtrs.count(values[v].name))
                        continue;
                    onnx::TensorProto &t = protos[values[v].name];
                    OnnxFolding::toProto(*run[v].folded, &t);
                    protoPtrs[values[v].name] = &t;
                }
                onnx::NodeProto *proto = graph->mutable_node(n.fileIndex);
                try {
                    onnx::shape_inference::InferenceContextImpl context(
                        *proto, typePtrs, protoPtrs, noSparse, nullptr, &graphContext);
                    schema->GetTypeAndShapeInferenceFunction()(context);
                    for (std::size_t k = 0;
                         k < n.outputs.size() && k < context.allOutputTypes_.size(); ++k)
                        if (n.outputs[k] >= 0
                            && context.allOutputTypes_[k].value_case()
                                != onnx::TypeProto::VALUE_NOT_SET)
                            setType(n.outputs[k], context.allOutputTypes_[k]);
                    inferred = true;
                } catch (const std::exception &e) {
                    for (int v : n.outputs)
                        if (v >= 0)
                            values[v].inferenceError = QString::fromUtf8(e.what()).trimmed();
                }
            }
            for (int v : n.outputs) {
                if (v < 0 || types.count(values[v].name))
                    continue;
                if (const auto it = declared.find(values[v].name); it != declared.end())
                    setType(v, concretise(it->second->type(), p));
                else if (!inferred && values[v].inferenceError.isEmpty())
                    values[v].inferenceError = schema
                        ? tr("libonnx cannot infer it without the input types")
                        : tr("operator %1 is unknown to libonnx 1.12 and the file declares "
                             "no shape for its output")
                              .arg(q(n.domain.empty() ? n.op : n.domain + ':' + n.op));
            }
        }
        for (std::size_t v = 0; v < values.size(); ++v) {
            const auto it = types.find(values[v].name);
            if (it == types.end() || !it->second.has_tensor_type())
                continue;
            const onnx::TypeProto_Tensor &t = it->second.tensor_type();
            run[v].elemType = t.elem_type();
            run[v].hasShape = t.has_shape();
            for (const auto &d : t.shape().dim())
                run[v].dims.push_back(d.has_dim_value() ? d.dim_value() : -1);
        }
        samples.runs.push_back(std::move(run));
    }

    // combine the samples into symbolic shapes and values
    const std::vector<SampleValue> &a = samples.runs[0];
    const std::vector<SampleValue> *b = hasBatch ? &samples.runs[1] : nullptr;
    const std::vector<SampleValue> *c = hasSeq ? &samples.runs[hasBatch ? 2 : 1] : nullptr;
    for (std::size_t v = 0; v < values.size(); ++v) {
        OnnxValue &val = values[v];
        const SampleValue &s = a[v];
        if (!val.elemType)
            val.elemType = s.elemType;
        const bool sameRank = s.hasShape
            && (!b || ((*b)[v].hasShape && (*b)[v].dims.size() == s.dims.size()))
            && (!c || ((*c)[v].hasShape && (*c)[v].dims.size() == s.dims.size()));
        if (sameRank) {
            val.shapeKnown = true;
            std::int64_t bytes = std::max(1, elementBytesOf(s.elemType));
            for (std::size_t i = 0; i < s.dims.size(); ++i) {
                const std::int64_t d = s.dims[i];
                if (d > kMaxDim || (d > 0 && __builtin_mul_overflow(bytes, d, &bytes))) {
                    const QString where = val.producer >= 0
                        ? tr("node “%1” (%2)")
                              .arg(nodes[val.producer].name, q(nodes[val.producer].op))
                        : tr("the input “%1”").arg(q(val.name));
                    fail(d > kMaxDim ? tr("%1 has a dimension of %2: that is absurdly large.")
                                           .arg(where)
                                           .arg(d)
                                     : tr("%1 has a size that overflows 64 bits.").arg(where));
                }
                val.shape.push_back(
                    combine(d, b ? &(*b)[v].dims[i] : nullptr, c ? &(*c)[v].dims[i] : nullptr));
            }
        }
        if (s.folded && !s.folded->floating()) {
            const OnnxTensor &t = *s.folded;
            const OnnxTensor *tb = b && (*b)[v].folded ? &*(*b)[v].folded : nullptr;
            const OnnxTensor *tc = c && (*c)[v].folded ? &*(*c)[v].folded : nullptr;
            const bool comparable = (!b || (tb && tb->numel() == t.numel()))
                && (!c || (tc && tc->numel() == t.numel()));
            if (comparable) {
                std::vector<SymDim> ints;
                for (std::size_t i = 0; i < t.ints.size(); ++i)
                    ints.push_back(combine(t.ints[i], tb ? &tb->ints[i] : nullptr,
                                           tc ? &tc->ints[i] : nullptr, true));
                val.ints = std::move(ints);
            }
        } else if (s.folded) {
            val.reals = s.folded->reals;
        }
    }
}

void OnnxGraph::classify()
{
    // An initializer is a parameter when it is floating and not a scalar. Exporters also write
    // constants as initializers; PyTorch names them "onnx::…", and one that only feeds
    // arithmetic (a mask fill value, a scale) is a constant, not a weight.
    static const std::unordered_set<std::string> arithmetic = {"Add",
                                                               "Sub",
                                                               "Mul",
                                                               "Div",
                                                               "Pow",
                                                               "Where",
                                                               "Expand",
                                                               "Max",
                                                               "Min",
                                                               "Equal",
                                                               "Less",
                                                               "Greater",
                                                               "Clip",
                                                               "Pad",
                                                               "Resize",
                                                               "Upsample",
                                                               "Range",
                                                               "Reshape",
                                                               "ConstantOfShape"};
    for (std::size_t v = 0; v < values.size(); ++v) {
        OnnxValue &val = values[v];
        if (val.initializer < 0)
            continue;
        OnnxInitializer &init = initializers[val.initializer];
        bool onlyArithmetic = true;
        for (int n : val.consumers)
            onlyArithmetic = onlyArithmetic && arithmetic.count(nodes[n].op);
        init.parameter = floatingType(init.elemType) && init.numel >= 2
            && !(q(init.name).startsWith(QLatin1String("onnx::")) && onlyArithmetic);
        val.kind = init.parameter ? OnnxValueKind::Parameter : OnnxValueKind::Constant;
        if (init.parameter)
            val.sources = {val.initializer};
    }
    for (int v : inputs)
        values[v].kind = OnnxValueKind::Data;
    for (const OnnxNode &n : nodes) {
        bool data = false, param = false;
        std::vector<int> sources;
        for (int v : n.inputs) {
            if (v < 0)
                continue;
            data = data || values[v].kind == OnnxValueKind::Data;
            if (values[v].kind == OnnxValueKind::Parameter) {
                param = true;
                sources.insert(sources.end(), values[v].sources.begin(), values[v].sources.end());
            }
        }
        std::sort(sources.begin(), sources.end());
        sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
        // A lookup into a parameter (an embedding of constant positions), or a parameter
        // computation whose size follows the batch or the sequence, is an activation.
        bool symbolic = false;
        for (int v : n.outputs)
            if (v >= 0)
                for (const SymDim &d : values[v].shape)
                    symbolic = symbolic || !d.isConstant();
        const bool lookup = param
            && (n.op == "Gather" || n.op == "GatherElements" || n.op == "GatherND")
            && n.inputs[0] >= 0 && values[n.inputs[0]].kind == OnnxValueKind::Parameter;
        OnnxValueKind kind = OnnxValueKind::Constant;
        if (n.op == "Shape" || n.op == "Size")
            kind = OnnxValueKind::Constant;
        else if (data || (param && (symbolic || lookup)))
            kind = OnnxValueKind::Data;
        else if (param)
            kind = OnnxValueKind::Parameter;
        for (int v : n.outputs) {
            if (v < 0)
                continue;
            values[v].kind = kind;
            if (kind == OnnxValueKind::Parameter)
                values[v].sources = sources;
        }
    }
}

} // namespace memplanner
