#include "OnnxImporter.h"

#include "Bytes.h"
#include "GraphAnalysis.h"
#include "ModelError.h"
#include "OnnxGraph.h"
#include "OnnxWire.h"
#include "PrecisionPolicy.h"
#include "RuntimeProfile.h"

#include <onnx/onnx_pb.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

// How PyTorch's exporter (torch.onnx, 1.13–2.x) and tf2onnx write modules, and what each
// pattern below recognises, is described in docs/FORMAT.md ("ONNX models (import)").

namespace memplanner {

namespace {

using Dims = std::vector<std::int64_t>;
using Kind = OnnxValueKind;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/** A node of the layer graph being built, written in terms of ONNX values. */
struct Emit
{
    QString op;
    QJsonObject attrs;
    std::vector<int> inputs; ///< value ids (ONNX values, or synthetic ones ≥ values.size())
    std::vector<int> outputs; ///< the value ids this node defines, output by output
    int anchor = 0; ///< ONNX position: the layer order follows the exporter's
    QString module;
    QString hint; ///< name within the module when the module has several nodes
    std::vector<int> initializers; ///< absorbed initializers (parameters and buffers)
    int weightInitializer = -1; ///< the initializer its "weight" parameter is
    bool canTie = false; ///< the op accepts weight_from
    bool live = false;
    QString name;
};

/** MatMul/Gemm with a parameter operand, and its bias Add: a Linear. */
struct LinearMatch
{
    int matmul = -1;
    int add = -1;
    int x = -1;
    int weight = -1;
    int bias = -1;
    int output = -1;
    std::int64_t in = 0;
    std::int64_t out = 0;
};

constexpr double kSqrt2 = 1.41421356237309504880;
constexpr double kPi = 3.14159265358979323846;

bool near(std::optional<double> v, double expected)
{
    return v && std::fabs(*v - expected) <= 1e-3 * std::max(1.0, std::fabs(expected));
}

QJsonArray jsonList(const Dims &dims)
{
    QJsonArray a;
    for (std::int64_t d : dims)
        a.append(static_cast<qint64>(d));
    return a;
}

/** One or several spatial values: an integer when all agree (as PyTorch modules print them). */
QJsonValue sizesJson(const Dims &dims)
{
    if (!dims.empty()
        && std::all_of(dims.begin(), dims.end(), [&](std::int64_t d) { return d == dims[0]; }))
        return static_cast<qint64>(dims[0]);
    return jsonList(dims);
}

class Mapper
{
    Q_DECLARE_TR_FUNCTIONS(OnnxImporter)

public:
    explicit Mapper(const OnnxGraph &g)
        : m_g(g),
          m_claimed(g.nodes.size(), false),
          m_alias(g.values.size()),
          m_def(g.values.size(), {-1, 0})
    {
        for (std::size_t v = 0; v < m_alias.size(); ++v)
            m_alias[v] = static_cast<int>(v);
    }

    ImportResult run();

private:
    // --- reading the ONNX graph ---------------------------------------------------------------
    const OnnxNode &node(int n) const { return m_g.nodes[static_cast<std::size_t>(n)]; }
    const OnnxValue &val(int v) const
    {
        // an omitted optional input (-1) reads as an empty constant: hostile graphs omit
        // required ones too, and every pattern must simply not match them
        static const OnnxValue missing = [] {
            OnnxValue m;
            m.kind = OnnxValueKind::Constant;
            return m;
        }();
        return v >= 0 && v < static_cast<int>(m_g.values.size())
            ? m_g.values[static_cast<std::size_t>(v)]
            : missing;
    }
    int in(int n, int k) const
    {
        const auto &ins = node(n).inputs;
        return k < static_cast<int>(ins.size()) ? ins[static_cast<std::size_t>(k)] : -1;
    }
    int out(int n, int k) const
    {
        const auto &outs = node(n).outputs;
        return k < static_cast<int>(outs.size()) ? outs[static_cast<std::size_t>(k)] : -1;
    }
    Kind kind(int v) const { return val(v).kind; }
    bool isData(int v) const { return v >= 0 && kind(v) == Kind::Data; }
    int producer(int v) const { return v >= 0 ? val(v).producer : -1; }
    bool producedBy(int v, const char *op) const
    {
        const int p = producer(v);
        return p >= 0 && node(p).op == op && !m_claimed[static_cast<std::size_t>(p)];
    }
    std::vector<int> dataConsumers(int v) const;
    bool sole(int v, int n) const;
    std::optional<double> scalar(int v) const;
    std::optional<Dims> constShape(int v) const;
    std::optional<Dims> constInts(int v) const;
    std::int64_t numel(int v) const;
    const onnx::AttributeProto *attr(int n, const char *name) const;
    std::int64_t attrInt(int n, const char *name, std::int64_t fallback) const;
    std::optional<Dims> attrInts(int n, const char *name) const;
    double attrFloat(int n, const char *name, double fallback) const;
    std::string attrString(int n, const char *name, const std::string &fallback) const;
    /** Axes given as an attribute (older opsets) or as input @p input (newer ones). */
    std::optional<Dims> axes(int n, int input, int fromOpset) const;
    QString where(int n) const;
    [[noreturn]] void fail(const QString &message) const;

    // --- emitting -----------------------------------------------------------------------------
    int put(Emit e);
    Emit simple(int n, const char *op, QJsonObject attrs = {}) const;
    int newValue();
    void alias(int from, int to) { m_alias[static_cast<std::size_t>(from)] = canonical(to); }
    int canonical(int v) const;
    void claim(const std::vector<int> &nodes);
    void absorb(Emit &e, int value, bool weight = false) const;
    void count(const QString &fusion) { ++m_fusions[fusion]; }

    // --- passes -------------------------------------------------------------------------------
    std::optional<LinearMatch> linearAt(int n) const;
    void fuseRecurrent();
    /** The value h_n[-1] of a fused LSTM/GRU chain whose last Y is unread and whose only other
     *  read is of the last layer's final hidden state; -1 when the chain reads anything else.
     *  Adds the Concat/Gather it covers to @p claimed. */
    int finalState(const std::vector<int> &finalH, bool bidirectional, int layers,
                   bool sequenceUnused, std::vector<int> &claimed) const;
    void fuseAttention();
    bool fuseAttentionAt(int softmax);
    void fuseLayerNorm();
    void fuseGelu();
    void fuseSilu();
    void mapRemaining();
    void mapNode(int n);
    void mapLinear(const LinearMatch &m);
    void mapConv(int n, bool transposed);
    void mapPool(int n, bool isMax);
    void mapArithmetic(int n, const char *function);
    void mapReshapeLike(int n);
    void mapOpaque(int n, const QString &reason);
    std::optional<bool> padsFor(int n, int x, const Dims &kernel, const Dims &stride, const Dims &dilation,
                 Dims *symmetric, Dims *begin, Dims *end);
    void checkTraining();

    // --- finishing ----------------------------------------------------------------------------
    void resolve();
    Graph build(QStringList &warnings);
    void selfCheck(const Graph &graph, QStringList &warnings) const;

    const OnnxGraph &m_g;
    std::vector<Emit> m_emits;
    std::vector<bool> m_claimed;
    std::vector<int> m_alias;
    std::vector<std::pair<int, int>> m_def; ///< value → (emit, output)
    std::map<int, LinearMatch> m_linearByMatMul;
    QMap<QString, int> m_fusions;
    QMap<std::pair<QString, QString>, QStringList> m_opaque; ///< (operator, why) → node names
    QStringList m_warnings;
    std::map<int, int> m_parameterEmit; ///< canonical Parameter value → its Parameter emit
    std::set<int> m_constantInputs; ///< canonical Constant values read as graph inputs
    int m_asymmetricPads = 0;
};

// --- reading ------------------------------------------------------------------------------------

std::vector<int> Mapper::dataConsumers(int v) const
{
    std::vector<int> out;
    for (int n : val(v).consumers)
        if (node(n).op != "Shape" && node(n).op != "Size")
            out.push_back(n);
    return out;
}

bool Mapper::sole(int v, int n) const
{
    if (v < 0 || val(v).graphOutput)
        return false;
    const std::vector<int> c = dataConsumers(v);
    return !c.empty() && std::all_of(c.begin(), c.end(), [n](int x) { return x == n; });
}

std::optional<double> Mapper::scalar(int v) const
{
    if (v < 0 || kind(v) != Kind::Constant)
        return std::nullopt;
    const OnnxValue &x = val(v);
    if (x.reals && x.reals->size() == 1)
        return (*x.reals)[0];
    if (x.ints && x.ints->size() == 1 && (*x.ints)[0].isConstant())
        return static_cast<double>((*x.ints)[0].coeff);
    return std::nullopt;
}

std::optional<Dims> Mapper::constShape(int v) const
{
    if (v < 0 || !val(v).shapeKnown)
        return std::nullopt;
    Dims d;
    for (const SymDim &s : val(v).shape) {
        if (!s.isConstant())
            return std::nullopt;
        d.push_back(s.coeff);
    }
    return d;
}

std::optional<Dims> Mapper::constInts(int v) const
{
    if (v < 0 || !val(v).ints)
        return std::nullopt;
    Dims d;
    for (const SymDim &s : *val(v).ints) {
        if (!s.isConstant())
            return std::nullopt;
        d.push_back(s.coeff);
    }
    return d;
}

std::int64_t Mapper::numel(int v) const
{
    const std::optional<Dims> s = constShape(v);
    if (!s)
        return -1;
    std::int64_t n = 1;
    for (std::int64_t d : *s)
        n = checkedMul(n, d);
    return n;
}

const onnx::AttributeProto *Mapper::attr(int n, const char *name) const
{
    for (const onnx::AttributeProto &a : node(n).proto->attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

std::int64_t Mapper::attrInt(int n, const char *name, std::int64_t fallback) const
{
    const onnx::AttributeProto *a = attr(n, name);
    return a && a->type() == onnx::AttributeProto::INT ? a->i() : fallback;
}

std::optional<Dims> Mapper::attrInts(int n, const char *name) const
{
    const onnx::AttributeProto *a = attr(n, name);
    if (!a || a->type() != onnx::AttributeProto::INTS)
        return std::nullopt;
    return Dims(a->ints().begin(), a->ints().end());
}

double Mapper::attrFloat(int n, const char *name, double fallback) const
{
    const onnx::AttributeProto *a = attr(n, name);
    return a && a->type() == onnx::AttributeProto::FLOAT ? a->f() : fallback;
}

std::string Mapper::attrString(int n, const char *name, const std::string &fallback) const
{
    const onnx::AttributeProto *a = attr(n, name);
    return a && a->type() == onnx::AttributeProto::STRING ? a->s() : fallback;
}

std::optional<Dims> Mapper::axes(int n, int input, int fromOpset) const
{
    if (m_g.opset >= fromOpset)
        return in(n, input) >= 0 ? constInts(in(n, input)) : std::nullopt;
    return attrInts(n, "axes");
}

QString Mapper::where(int n) const
{
    return tr("node “%1” (%2)").arg(node(n).name, q(node(n).op));
}

void Mapper::fail(const QString &message) const
{
    throw ModelError(tr("%1: %2").arg(m_g.origin, message));
}

// --- emitting -----------------------------------------------------------------------------------

int Mapper::newValue()
{
    const int id = static_cast<int>(m_alias.size());
    m_alias.push_back(id);
    m_def.push_back({-1, 0});
    return id;
}

int Mapper::canonical(int v) const
{
    // an omitted input (-1) stays itself, like val() reading it as an empty constant
    for (int i = 0; i < 64 && v >= 0 && v < static_cast<int>(m_alias.size())
         && m_alias[static_cast<std::size_t>(v)] != v;
         ++i)
        v = m_alias[static_cast<std::size_t>(v)];
    return v;
}

int Mapper::put(Emit e)
{
    for (int v : e.inputs)
        if (v < 0)
            fail(tr("%1 lacks a required input.").arg(where(e.anchor)));
    const int index = static_cast<int>(m_emits.size());
    for (std::size_t k = 0; k < e.outputs.size(); ++k)
        if (e.outputs[k] >= 0)
            m_def[static_cast<std::size_t>(e.outputs[k])] = {index, static_cast<int>(k)};
    m_emits.push_back(std::move(e));
    return index;
}

Emit Mapper::simple(int n, const char *op, QJsonObject attrs) const
{
    Emit e;
    e.op = QLatin1String(op);
    e.attrs = std::move(attrs);
    e.anchor = n;
    e.module = node(n).module;
    e.hint = node(n).leaf;
    e.outputs = {out(n, 0)};
    if (in(n, 0) >= 0)
        e.inputs = {in(n, 0)};
    return e;
}

void Mapper::claim(const std::vector<int> &nodes)
{
    for (int n : nodes)
        m_claimed[static_cast<std::size_t>(n)] = true;
}

void Mapper::absorb(Emit &e, int value, bool weight) const
{
    if (value < 0)
        return;
    const std::vector<int> &s = val(value).sources;
    e.initializers.insert(e.initializers.end(), s.begin(), s.end());
    if (weight && s.size() == 1)
        e.weightInitializer = s.front();
}

// --- Linear -------------------------------------------------------------------------------------

std::optional<LinearMatch> Mapper::linearAt(int n) const
{
    const OnnxNode &nd = node(n);
    LinearMatch m;
    m.matmul = n;
    if (nd.op == "Gemm") {
        const int a = in(n, 0), b = in(n, 1), c = in(n, 2);
        if (attrInt(n, "transA", 0) != 0 || !isData(a) || b < 0 || kind(b) != Kind::Parameter)
            return std::nullopt;
        const std::optional<Dims> w = constShape(b);
        if (!w || w->size() != 2)
            return std::nullopt;
        const bool transB = attrInt(n, "transB", 0) != 0;
        m.out = transB ? (*w)[0] : (*w)[1];
        m.in = transB ? (*w)[1] : (*w)[0];
        m.x = a;
        m.weight = b;
        m.output = out(n, 0);
        if (c >= 0) {
            if (kind(c) == Kind::Data)
                return std::nullopt;
            if (kind(c) == Kind::Parameter && numel(c) == m.out)
                m.bias = c;
        }
        return m;
    }
    if (nd.op != "MatMul")
        return std::nullopt;
    const int a = in(n, 0), b = in(n, 1);
    if (!isData(a) || b < 0 || kind(b) != Kind::Parameter)
        return std::nullopt;
    const std::optional<Dims> w = constShape(b);
    if (!w || w->size() != 2 || !val(a).shapeKnown || val(a).shape.empty())
        return std::nullopt;
    m.x = a;
    m.weight = b;
    m.in = (*w)[0];
    m.out = (*w)[1];
    m.output = out(n, 0);
    const std::vector<int> c = dataConsumers(m.output);
    if (c.size() == 1 && !val(m.output).graphOutput && node(c[0]).op == "Add"
        && !m_claimed[static_cast<std::size_t>(c[0])]) {
        const int add = c[0];
        const int other = in(add, 0) == m.output ? in(add, 1) : in(add, 0);
        const std::optional<Dims> bs = constShape(other);
        if (other >= 0 && other != m.output && kind(other) == Kind::Parameter && bs && !bs->empty()
            && bs->back() == m.out && numel(other) == m.out) {
            m.add = add;
            m.bias = other;
            m.output = out(add, 0);
        }
    }
    return m;
}

void Mapper::mapLinear(const LinearMatch &m)
{
    Emit e = simple(m.matmul, "Linear");
    e.inputs = {m.x};
    e.outputs = {m.output};
    e.attrs = {{QStringLiteral("out_features"), static_cast<qint64>(m.out)},
               {QStringLiteral("bias"), m.bias >= 0}};
    if (m.add >= 0)
        e.anchor = m.add;
    absorb(e, m.weight, true);
    absorb(e, m.bias);
    e.canTie = true;
    claim({m.matmul});
    if (m.add >= 0) {
        claim({m.add});
        count(tr("Linear (MatMul + bias Add)"));
    } else if (node(m.matmul).op == "MatMul") {
        count(tr("Linear (MatMul with a weight)"));
    }
    put(std::move(e));
}

// --- LSTM / GRU ---------------------------------------------------------------------------------

void Mapper::fuseRecurrent()
{
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n) {
        const std::string &op = node(n).op;
        if ((op != "LSTM" && op != "GRU") || m_claimed[static_cast<std::size_t>(n)])
            continue;
        std::vector<int> claimed = {n};
        const int x = in(n, 0);
        if (!isData(x) || attrInt(n, "layout", 0) != 0)
            continue;
        int input = x;
        bool batchFirstIn = false;
        if (producedBy(x, "Transpose") && attrInts(producer(x), "perm") == Dims {1, 0, 2}
            && sole(x, n)) {
            input = in(producer(x), 0);
            batchFirstIn = true;
            claimed.push_back(producer(x));
        }
        const std::string direction = attrString(n, "direction", "forward");
        const std::int64_t hidden = attrInt(n, "hidden_size", 0);
        const bool bidirectional = direction == "bidirectional";
        if (direction == "reverse" || hidden <= 0)
            continue;
        Emit e = simple(n, op == "LSTM" ? "LSTM" : "GRU");
        bool bias = in(n, 3) >= 0;
        int layers = 0;
        int cur = n;
        int result = -1;
        bool ok = true;
        bool statesRead = false;          // some layer's Y_h or Y_c is read
        bool sequenceUnused = false;      // the last layer's Y is not read
        std::vector<int> unusedSequence;  // the Squeeze of that unused Y
        std::vector<int> finalH;          // each layer's Y_h
        while (true) {
            ++layers;
            const int w = in(cur, 1), r = in(cur, 2), b = in(cur, 3);
            if (w < 0 || r < 0 || kind(w) != Kind::Parameter || kind(r) != Kind::Parameter
                || (b >= 0 && kind(b) != Kind::Parameter) || (b >= 0) != bias) {
                ok = false;
                break;
            }
            absorb(e, w);
            absorb(e, r);
            absorb(e, b);
            finalH.push_back(out(cur, 1));
            for (int k = 1; k <= 2; ++k)
                if (out(cur, k) >= 0 && (val(out(cur, k)).graphOutput
                                         || !dataConsumers(out(cur, k)).empty()))
                    statesRead = true; // only h_n[-1] is modelled, checked after the chain
            // Y is [seq, directions, batch, hidden]: PyTorch squeezes (or transposes and
            // reshapes) it back to [seq, batch, directions·hidden]
            int y = out(cur, 0);
            if (!ok || y < 0)
                break;
            std::vector<int> c = dataConsumers(y);
            // `_, (h, _) = lstm(x)`: the last layer's sequence (squeezed or not) is unused
            if (!val(y).graphOutput && c.size() == 1 && node(c[0]).op == "Squeeze"
                && !val(out(c[0], 0)).graphOutput && dataConsumers(out(c[0], 0)).empty()) {
                unusedSequence = {c[0]};
                break;
            }
            if (!val(y).graphOutput && c.empty()) {
                unusedSequence = {};
                sequenceUnused = true;
                break;
            }
            if (c.size() != 1 || val(y).graphOutput)
                break;
            if (!bidirectional && node(c[0]).op == "Squeeze") {
                claimed.push_back(c[0]);
                y = out(c[0], 0);
            } else if (bidirectional && node(c[0]).op == "Transpose"
                       && attrInts(c[0], "perm") == Dims {0, 2, 1, 3}) {
                claimed.push_back(c[0]);
                const int t = out(c[0], 0);
                const std::vector<int> c2 = dataConsumers(t);
                if (c2.size() != 1 || node(c2[0]).op != "Reshape")
                    break;
                claimed.push_back(c2[0]);
                y = out(c2[0], 0);
            } else {
                break;
            }
            result = y;
            // the next layer, possibly after PyTorch's inter-layer dropout
            std::vector<int> next = dataConsumers(y);
            int link = y;
            if (next.size() == 1 && node(next[0]).op == "Dropout" && !val(y).graphOutput) {
                const int drop = next[0];
                link = out(drop, 0);
                next = dataConsumers(link);
                if (next.size() == 1 && node(next[0]).op == op && in(next[0], 0) == link) {
                    claimed.push_back(drop);
                    result = link;
                } else {
                    break;
                }
            }
            if (next.size() != 1 || val(link).graphOutput || node(next[0]).op != op
                || in(next[0], 0) != link || attrInt(next[0], "hidden_size", 0) != hidden
                || attrString(next[0], "direction", "forward") != direction)
                break;
            cur = next[0];
            claimed.push_back(cur);
        }
        sequenceUnused = sequenceUnused || !unusedSequence.empty();
        if (!ok)
            continue;
        if (statesRead || sequenceUnused) {
            // Only the read of the last layer's final hidden state is modelled (h_n[-1], the
            // last step of the last layer): the fused op then returns [N, H] instead of the
            // sequence. Anything else (c_n, other layers' h, a bidirectional h_n) stays opaque.
            const int last = finalState(finalH, bidirectional, layers, sequenceUnused, claimed);
            if (last < 0)
                continue;
            claimed.insert(claimed.end(), unusedSequence.begin(), unusedSequence.end());
            claim(claimed);
            if (!batchFirstIn) {
                Emit p = simple(n, "Permute", {{QStringLiteral("dims"), QJsonArray {1, 0, 2}}});
                p.inputs = {input};
                p.hint = QStringLiteral("batch_first");
                input = newValue();
                p.outputs = {input};
                put(std::move(p));
            }
            e.inputs = {input};
            e.outputs = {last};
            e.anchor = *std::max_element(claimed.begin(), claimed.end());
            e.attrs = {{QStringLiteral("hidden_size"), static_cast<qint64>(hidden)},
                       {QStringLiteral("num_layers"), layers},
                       {QStringLiteral("bidirectional"), bidirectional},
                       {QStringLiteral("bias"), bias},
                       {QStringLiteral("return_sequences"), false}};
            put(std::move(e));
            count(tr("%1 (%n layer(s), %2)", nullptr, layers)
                      .arg(q(op), batchFirstIn ? tr("batch-first") : tr("sequence-first")));
            continue;
        }
        if (result < 0)
            continue;
        bool batchFirstOut = false;
        const std::vector<int> c = dataConsumers(result);
        if (c.size() == 1 && !val(result).graphOutput && node(c[0]).op == "Transpose"
            && attrInts(c[0], "perm") == Dims {1, 0, 2}) {
            claimed.push_back(c[0]);
            result = out(c[0], 0);
            batchFirstOut = true;
        }
        claim(claimed);
        if (!batchFirstIn) { // MemPlanner's recurrent ops are batch-first: permute the view
            Emit p = simple(n, "Permute", {{QStringLiteral("dims"), QJsonArray {1, 0, 2}}});
            p.inputs = {input};
            p.hint = QStringLiteral("batch_first");
            input = newValue();
            p.outputs = {input};
            put(std::move(p));
        }
        const int lstmOut = batchFirstOut ? result : newValue();
        e.inputs = {input};
        e.outputs = {lstmOut};
        e.anchor = *std::max_element(claimed.begin(), claimed.end());
        e.attrs = {{QStringLiteral("hidden_size"), static_cast<qint64>(hidden)},
                   {QStringLiteral("num_layers"), layers},
                   {QStringLiteral("bidirectional"), bidirectional},
                   {QStringLiteral("bias"), bias}};
        put(std::move(e));
        if (!batchFirstOut) {
            Emit p = simple(n, "Permute", {{QStringLiteral("dims"), QJsonArray {1, 0, 2}}});
            p.inputs = {lstmOut};
            p.outputs = {result};
            p.hint = QStringLiteral("seq_first");
            p.anchor = e.anchor;
            put(std::move(p));
        }
        count(tr("%1 (%n layer(s), %2)", nullptr, layers)
                  .arg(q(op), batchFirstIn ? tr("batch-first") : tr("sequence-first")));
    }
}

int Mapper::finalState(const std::vector<int> &finalH, bool bidirectional, int layers,
                       bool sequenceUnused, std::vector<int> &claimed) const
{
    if (bidirectional || !sequenceUnused || finalH.empty()
        || static_cast<int>(finalH.size()) != layers)
        return -1;
    // every layer's Y_c unread (checked through the nodes that produced Y_h)
    for (int h : finalH) {
        const int lstmNode = producer(h);
        const int c = lstmNode >= 0 ? out(lstmNode, 2) : -1;
        if (h < 0 || (c >= 0 && (val(c).graphOutput || !dataConsumers(c).empty())))
            return -1;
    }
    // h_n = Concat(Y_h of each layer, axis 0) (one layer: Y_h itself), then h_n[-1]: a Gather
    // on axis 0 of the last index
    int hn = finalH[0];
    std::vector<int> nodes;
    const std::vector<int> c = dataConsumers(finalH[0]);
    if (layers > 1 || (c.size() == 1 && node(c[0]).op == "Concat")) {
        if (c.size() != 1 || node(c[0]).op != "Concat" || attrInt(c[0], "axis", 1) != 0
            || node(c[0]).inputs != finalH)
            return -1;
        for (int h : finalH)
            if (!sole(h, c[0]))
                return -1;
        nodes.push_back(c[0]);
        hn = out(c[0], 0);
    }
    const std::vector<int> g = dataConsumers(hn);
    if (val(hn).graphOutput || g.size() != 1 || node(g[0]).op != "Gather"
        || attrInt(g[0], "axis", 0) != 0 || in(g[0], 0) != hn)
        return -1;
    const std::optional<double> index = scalar(in(g[0], 1));
    if (!index || constShape(in(g[0], 1)).value_or(Dims {1}).size() != 0
        || (*index != -1.0 && *index != static_cast<double>(layers - 1)))
        return -1;
    nodes.push_back(g[0]);
    claimed.insert(claimed.end(), nodes.begin(), nodes.end());
    return out(g[0], 0);
}

// --- attention ----------------------------------------------------------------------------------

void Mapper::fuseAttention()
{
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n)
        if (node(n).op == "Softmax" && !m_claimed[static_cast<std::size_t>(n)])
            fuseAttentionAt(n);
}

bool Mapper::fuseAttentionAt(int softmax)
{
    std::vector<int> nodes = {softmax};
    const int scoresIn = in(softmax, 0);
    if (!isData(scoresIn) || val(scoresIn).rank() != 4)
        return false;
    const std::int64_t axis = attrInt(softmax, "axis", m_g.opset >= 13 ? -1 : 1);
    if (axis != -1 && axis != 3)
        return false;

    // Backwards from the softmax: [mask: Add or Where] [scale: Div or Mul] MatMul(Q, Kᵀ)
    const auto reachesMatMul = [&](int v) {
        for (int depth = 0; depth < 4 && v >= 0; ++depth) {
            const int p = producer(v);
            if (p < 0 || !isData(v))
                return false;
            const std::string &op = node(p).op;
            if (op == "MatMul")
                return val(v).rank() == 4;
            if (op != "Div" && op != "Mul" && op != "Add" && op != "Where" && op != "Cast")
                return false;
            v = op == "Where" ? in(p, 1) : in(p, 0);
        }
        return false;
    };
    bool causal = false;
    int v = scoresIn, qk = -1;
    for (int step = 0; step < 6 && qk < 0; ++step) {
        const int p = producer(v);
        if (p < 0 || m_claimed[static_cast<std::size_t>(p)] || !sole(v, nodes.back()))
            return false;
        const std::string &op = node(p).op;
        if (op == "MatMul") {
            qk = p;
        } else if ((op == "Div" && scalar(in(p, 1)))
                   || (op == "Mul" && (scalar(in(p, 0)) || scalar(in(p, 1))))) {
            v = scalar(in(p, 1)) ? in(p, 0) : in(p, 1);
        } else if (op == "Cast") {
            v = in(p, 0);
        } else if (op == "Add") {
            const int a = in(p, 0), b = in(p, 1);
            const bool aChain = reachesMatMul(a), bChain = reachesMatMul(b);
            if (aChain == bChain)
                return false;
            const int mask = aChain ? b : a;
            causal = causal || (mask >= 0 && kind(mask) == Kind::Constant);
            v = aChain ? a : b;
        } else if (op == "Where") {
            const int cond = in(p, 0), a = in(p, 1), b = in(p, 2);
            const bool aChain = reachesMatMul(a), bChain = reachesMatMul(b);
            if (aChain == bChain)
                return false;
            causal = causal || (cond >= 0 && kind(cond) == Kind::Constant);
            v = aChain ? a : b;
        } else {
            return false;
        }
        nodes.push_back(p);
    }
    if (qk < 0)
        return false;

    // Forwards: [Dropout] MatMul(P, V)
    double dropout = 0.0;
    int probs = out(softmax, 0);
    std::vector<int> c = dataConsumers(probs);
    if (c.size() != 1 || val(probs).graphOutput)
        return false;
    if (node(c[0]).op == "Dropout") {
        const int d = c[0];
        dropout = in(d, 1) >= 0 ? scalar(in(d, 1)).value_or(0.5) : attrFloat(d, "ratio", 0.5);
        nodes.push_back(d);
        probs = out(d, 0);
        c = dataConsumers(probs);
        if (c.size() != 1 || val(probs).graphOutput)
            return false;
    }
    const int pv = c[0];
    if (node(pv).op != "MatMul" || in(pv, 0) != probs)
        return false;
    nodes.push_back(pv);

    // Q, K and V back to their projections through the heads' Reshape and Transposes
    struct Heads
    {
        int projection = -1;
        Dims perm = {0, 1, 2, 3};
        bool scaled = false;
    };
    const auto trace = [&](int value, int consumer) -> std::optional<Heads> {
        Heads h;
        std::vector<Dims> perms;
        for (int step = 0; step < 8; ++step) {
            const int p = producer(value);
            if (p < 0 || m_claimed[static_cast<std::size_t>(p)] || !sole(value, consumer))
                return std::nullopt;
            const std::string &op = node(p).op;
            nodes.push_back(p);
            consumer = p;
            if (op == "Transpose") {
                const std::optional<Dims> perm = attrInts(p, "perm");
                if (!perm || perm->size() != 4)
                    return std::nullopt;
                perms.push_back(*perm);
                value = in(p, 0);
            } else if ((op == "Mul" && (scalar(in(p, 0)) || scalar(in(p, 1))))
                       || (op == "Div" && scalar(in(p, 1)))) {
                h.scaled = true;
                value = scalar(in(p, 1)) ? in(p, 0) : in(p, 1);
            } else if (op == "Reshape") {
                if (val(in(p, 0)).rank() != 3 || val(out(p, 0)).rank() != 4)
                    return std::nullopt;
                h.projection = in(p, 0);
                if (!sole(h.projection, p))
                    return std::nullopt;
                for (const Dims &perm : perms) { // compose from the outermost transpose inwards
                    Dims total(4);
                    for (int i = 0; i < 4; ++i)
                        total[i] = perm[static_cast<std::size_t>(h.perm[i])];
                    h.perm = total;
                }
                return h;
            } else {
                return std::nullopt;
            }
        }
        return std::nullopt;
    };
    const std::optional<Heads> qh = trace(in(qk, 0), qk);
    const std::optional<Heads> kh = trace(in(qk, 1), qk);
    const std::optional<Heads> vh = trace(in(pv, 1), pv);
    if (!qh || !kh || !vh || qh->perm != Dims {0, 2, 1, 3} || kh->perm != Dims {0, 2, 3, 1}
        || vh->perm != Dims {0, 2, 1, 3})
        return false;

    // heads and widths from the shapes: Q is [batch, heads, seq, head_dim]
    const std::optional<Dims> qs = [&]() -> std::optional<Dims> {
        const OnnxValue &qv = val(in(qk, 0));
        if (!qv.shapeKnown || qv.rank() != 4 || !qv.shape[1].isConstant()
            || !qv.shape[3].isConstant())
            return std::nullopt;
        return Dims {qv.shape[1].coeff, qv.shape[3].coeff};
    }();
    if (!qs)
        return false;
    const std::int64_t heads = (*qs)[0], embed = (*qs)[0] * (*qs)[1];

    // the projections: three Linears, or one Linear split in three
    std::vector<LinearMatch> projections;
    const auto linearOf = [&](int value) -> std::optional<LinearMatch> {
        const int p = producer(value);
        if (p < 0)
            return std::nullopt;
        int mm = p;
        if (node(p).op == "Add") {
            for (int k = 0; k < 2; ++k)
                if (producer(in(p, k)) >= 0 && m_linearByMatMul.count(producer(in(p, k))))
                    mm = producer(in(p, k));
        }
        const auto it = m_linearByMatMul.find(mm);
        if (it == m_linearByMatMul.end() || it->second.output != value
            || m_claimed[static_cast<std::size_t>(mm)])
            return std::nullopt;
        return it->second;
    };
    int split = -1;
    if (producedBy(qh->projection, "Split") && producer(qh->projection) == producer(kh->projection)
        && producer(kh->projection) == producer(vh->projection)) {
        split = producer(qh->projection);
        const int fused = in(split, 0);
        const std::optional<LinearMatch> l = linearOf(fused);
        const std::int64_t splitAxis = attrInt(split, "axis", 0);
        if (!l || node(split).outputs.size() != 3 || out(split, 0) != qh->projection
            || out(split, 1) != kh->projection || out(split, 2) != vh->projection
            || (splitAxis != -1 && splitAxis != val(fused).rank() - 1) || l->out != 3 * embed
            || l->in != embed || !sole(fused, split))
            return false;
        projections.push_back(*l);
        nodes.push_back(split);
    } else {
        for (const Heads *h : {&*qh, &*kh, &*vh}) {
            const std::optional<LinearMatch> l = linearOf(h->projection);
            if (!l || l->out != embed || l->in != embed)
                return false;
            projections.push_back(*l);
        }
    }

    // the output: Transpose back, Reshape to [batch, seq, embed], the output projection
    int ctx = out(pv, 0);
    c = dataConsumers(ctx);
    if (c.size() != 1 || val(ctx).graphOutput || node(c[0]).op != "Transpose"
        || attrInts(c[0], "perm") != Dims {0, 2, 1, 3})
        return false;
    nodes.push_back(c[0]);
    ctx = out(c[0], 0);
    c = dataConsumers(ctx);
    if (c.size() != 1 || val(ctx).graphOutput || node(c[0]).op != "Reshape")
        return false;
    nodes.push_back(c[0]);
    ctx = out(c[0], 0);
    c = dataConsumers(ctx);
    if (c.size() != 1 || val(ctx).graphOutput || val(ctx).rank() != 3
        || !m_linearByMatMul.count(c[0]))
        return false;
    const LinearMatch o = m_linearByMatMul.at(c[0]);
    if (o.x != ctx || o.in != embed || o.out != embed || m_claimed[static_cast<std::size_t>(c[0])])
        return false;
    projections.push_back(o);

    bool bias = projections.front().bias >= 0;
    for (const LinearMatch &l : projections)
        if ((l.bias >= 0) != bias)
            return false;
    for (int n : nodes)
        if (m_claimed[static_cast<std::size_t>(n)])
            return false;

    Emit e = simple(softmax, "MultiHeadAttention");
    if (split >= 0) {
        e.inputs = {projections.front().x};
    } else {
        const int xq = canonical(projections[0].x), xk = canonical(projections[1].x),
                  xv = canonical(projections[2].x);
        e.inputs = xq == xk && xk == xv
            ? std::vector<int> {projections[0].x}
            : std::vector<int> {projections[0].x, projections[1].x, projections[2].x};
    }
    for (int x : e.inputs)
        if (!val(x).shapeKnown || val(x).rank() != 3)
            return false;
    e.outputs = {o.output};
    const bool sdpa = qh->scaled && kh->scaled; // scaled_dot_product_attention's decomposition
    e.attrs = {{QStringLiteral("embed_dim"), static_cast<qint64>(embed)},
               {QStringLiteral("num_heads"), static_cast<qint64>(heads)},
               {QStringLiteral("bias"), bias},
               {QStringLiteral("dropout"), dropout},
               {QStringLiteral("causal"), causal},
               {QStringLiteral("path"), sdpa ? QStringLiteral("auto") : QStringLiteral("math")}};
    e.hint = QStringLiteral("attention");
    for (const LinearMatch &l : projections) {
        nodes.push_back(l.matmul);
        if (l.add >= 0)
            nodes.push_back(l.add);
        absorb(e, l.weight);
        absorb(e, l.bias);
    }
    e.anchor = *std::max_element(nodes.begin(), nodes.end());
    claim(nodes);
    put(std::move(e));
    count(
        sdpa
            ? tr("MultiHeadAttention (scaled_dot_product_attention, with its projections)")
            : tr(
                "MultiHeadAttention (math path: QKᵀ, softmax, dropout, PV, with its projections)"));
    return true;
}

// --- LayerNorm ----------------------------------------------------------------------------------

void Mapper::fuseLayerNorm()
{
    for (int m = 0; m < static_cast<int>(m_g.nodes.size()); ++m) {
        if (node(m).op != "ReduceMean" || m_claimed[static_cast<std::size_t>(m)])
            continue;
        const int x = in(m, 0);
        const std::optional<Dims> ax = attrInts(m, "axes");
        if (!isData(x) || !ax || ax->empty() || attrInt(m, "keepdims", 1) != 1
            || !val(x).shapeKnown)
            continue;
        const std::int64_t rank = val(x).rank();
        std::set<std::int64_t> axesSet;
        for (std::int64_t a : *ax)
            axesSet.insert(a < 0 ? a + rank : a);
        const std::int64_t k = static_cast<std::int64_t>(axesSet.size());
        if (*axesSet.begin() != rank - k || *axesSet.rbegin() != rank - 1)
            continue;
        Dims normalized;
        bool constant = true;
        for (std::int64_t i = rank - k; i < rank; ++i) {
            constant = constant && val(x).shape[static_cast<std::size_t>(i)].isConstant();
            normalized.push_back(val(x).shape[static_cast<std::size_t>(i)].coeff);
        }
        if (!constant)
            continue;
        std::vector<int> nodes = {m};
        // Sub(x, mean) → Pow(·, 2) → ReduceMean → Add(·, eps) → Sqrt → Div(x − mean, ·)
        const auto next = [&](int v, const char *op) -> int {
            const std::vector<int> c = dataConsumers(v);
            if (c.size() != 1 || val(v).graphOutput || node(c[0]).op != op
                || m_claimed[static_cast<std::size_t>(c[0])])
                return -1;
            nodes.push_back(c[0]);
            return c[0];
        };
        const int sub = next(out(m, 0), "Sub");
        if (sub < 0 || in(sub, 0) != x)
            continue;
        const int d = out(sub, 0);
        const std::vector<int> dc = dataConsumers(d);
        if (dc.size() != 2 || val(d).graphOutput)
            continue;
        const int pow = node(dc[0]).op == "Pow" ? dc[0] : dc[1];
        const int div = node(dc[0]).op == "Pow" ? dc[1] : dc[0];
        if (node(pow).op != "Pow" || node(div).op != "Div" || in(pow, 0) != d || in(div, 0) != d
            || !near(scalar(in(pow, 1)), 2.0))
            continue;
        nodes.push_back(pow);
        const int var = next(out(pow, 0), "ReduceMean");
        if (var < 0 || attrInts(var, "axes") != ax)
            continue;
        const int add = next(out(var, 0), "Add");
        if (add < 0)
            continue;
        const std::optional<double> eps
            = scalar(in(add, 1)) ? scalar(in(add, 1)) : scalar(in(add, 0));
        const int sqrt = next(out(add, 0), "Sqrt");
        if (!eps || sqrt < 0 || next(out(sqrt, 0), "Div") != div || in(div, 1) != out(sqrt, 0))
            continue;
        int result = out(div, 0);
        Emit e = simple(m, "LayerNorm");
        e.inputs = {x};
        e.hint = QStringLiteral("LayerNorm");
        bool affine = false, bias = false;
        const auto paramOperand = [&](int n) {
            const int a = in(n, 0) == result ? in(n, 1) : in(n, 0);
            return a >= 0 && kind(a) == Kind::Parameter && constShape(a) && numel(a) >= 1
                    && constShape(a)->back() == normalized.back()
                ? a
                : -1;
        };
        std::vector<int> rc = dataConsumers(result);
        if (rc.size() == 1 && !val(result).graphOutput && node(rc[0]).op == "Mul"
            && paramOperand(rc[0]) >= 0) {
            affine = true;
            absorb(e, paramOperand(rc[0]), true);
            nodes.push_back(rc[0]);
            result = out(rc[0], 0);
            rc = dataConsumers(result);
            if (rc.size() == 1 && !val(result).graphOutput && node(rc[0]).op == "Add"
                && paramOperand(rc[0]) >= 0) {
                bias = true;
                absorb(e, paramOperand(rc[0]));
                nodes.push_back(rc[0]);
                result = out(rc[0], 0);
            }
        }
        e.outputs = {result};
        e.anchor = nodes.back();
        e.attrs = {{QStringLiteral("eps"), *eps},
                   {QStringLiteral("normalized_shape"),
                    normalized.size() == 1 ? QJsonValue(static_cast<qint64>(normalized[0]))
                                           : QJsonValue(jsonList(normalized))},
                   {QStringLiteral("elementwise_affine"), affine},
                   {QStringLiteral("bias"), bias}};
        claim(nodes);
        put(std::move(e));
        count(tr("LayerNorm (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add)"));
    }
}

// --- GELU and SiLU ------------------------------------------------------------------------------

void Mapper::fuseGelu()
{
    // The final Mul(·, 0.5) and Mul(x, ·) of both forms, in either order:
    // 0.5·x·(1 + f) as Mul(Mul(x, 1 + f), 0.5) or Mul(Mul(x, 0.5), 1 + f)
    const auto finish = [&](int onePlus, int x, std::vector<int> &nodes) -> int {
        const std::vector<int> c = dataConsumers(onePlus);
        if (c.size() != 1 || val(onePlus).graphOutput || node(c[0]).op != "Mul")
            return -1;
        const int mul = c[0];
        const int other = in(mul, 0) == onePlus ? in(mul, 1) : in(mul, 0);
        nodes.push_back(mul);
        if (canonical(other) == canonical(x)) {
            const std::vector<int> c2 = dataConsumers(out(mul, 0));
            if (c2.size() != 1 || val(out(mul, 0)).graphOutput || node(c2[0]).op != "Mul")
                return -1;
            const int half = c2[0];
            const int h = in(half, 0) == out(mul, 0) ? in(half, 1) : in(half, 0);
            if (!near(scalar(h), 0.5))
                return -1;
            nodes.push_back(half);
            return out(half, 0);
        }
        const int hm = producer(other);
        if (hm < 0 || node(hm).op != "Mul" || !sole(other, mul))
            return -1;
        const bool xFirst = canonical(in(hm, 0)) == canonical(x);
        if (!xFirst && canonical(in(hm, 1)) != canonical(x))
            return -1;
        if (!near(scalar(xFirst ? in(hm, 1) : in(hm, 0)), 0.5))
            return -1;
        nodes.push_back(hm);
        return out(mul, 0);
    };
    const auto onePlus = [&](int v, std::vector<int> &nodes) -> int {
        const std::vector<int> c = dataConsumers(v);
        if (c.size() != 1 || val(v).graphOutput || node(c[0]).op != "Add")
            return -1;
        const int add = c[0];
        const int other = in(add, 0) == v ? in(add, 1) : in(add, 0);
        if (!near(scalar(other), 1.0))
            return -1;
        nodes.push_back(add);
        return out(add, 0);
    };
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n) {
        const std::string &op = node(n).op;
        if ((op != "Erf" && op != "Tanh") || m_claimed[static_cast<std::size_t>(n)])
            continue;
        std::vector<int> nodes = {n};
        int x = -1;
        bool decomposed = false;
        const int a = in(n, 0);
        const int p = producer(a);
        if (p < 0 || !sole(a, n))
            continue;
        if (op == "Erf") {
            // erf(x / √2) or erf(x · 1/√2)
            if (node(p).op == "Div" && near(scalar(in(p, 1)), kSqrt2))
                x = in(p, 0);
            else if (node(p).op == "Mul" && near(scalar(in(p, 1)), (1.0 / kSqrt2)))
                x = in(p, 0);
            else if (node(p).op == "Mul" && near(scalar(in(p, 0)), (1.0 / kSqrt2)))
                x = in(p, 1);
            nodes.push_back(p);
        } else {
            // tanh(√(2/π) · (x + 0.044715 · x³)), x³ as Pow(x, 3) (gelu_new) or x·x·x
            if (node(p).op != "Mul")
                continue;
            const double c = std::sqrt(2.0 / kPi);
            const int inner = near(scalar(in(p, 0)), c) ? in(p, 1)
                : near(scalar(in(p, 1)), c)             ? in(p, 0)
                                                        : -1;
            const int add = producer(inner);
            if (inner < 0 || add < 0 || node(add).op != "Add" || !sole(inner, p))
                continue;
            nodes.push_back(p);
            nodes.push_back(add);
            for (int k = 0; k < 2 && x < 0; ++k) {
                const int w = in(add, k), candidate = in(add, 1 - k);
                const int wm = producer(w);
                if (wm < 0 || node(wm).op != "Mul" || !sole(w, add))
                    continue;
                const int cube = near(scalar(in(wm, 0)), 0.044715) ? in(wm, 1)
                    : near(scalar(in(wm, 1)), 0.044715)            ? in(wm, 0)
                                                                   : -1;
                const int cp = producer(cube);
                if (cube < 0 || cp < 0 || !sole(cube, wm))
                    continue;
                if (node(cp).op == "Pow" && in(cp, 0) == candidate
                    && near(scalar(in(cp, 1)), 3.0)) {
                    decomposed = true;
                    nodes.insert(nodes.end(), {wm, cp});
                    x = candidate;
                } else if (node(cp).op == "Mul") {
                    // x · (x · x) or (x · x) · x
                    const int l = in(cp, 0), r = in(cp, 1);
                    const int sq = l == candidate ? r : r == candidate ? l : -1;
                    const int sp = producer(sq);
                    if (sq >= 0 && sp >= 0 && node(sp).op == "Mul" && in(sp, 0) == candidate
                        && in(sp, 1) == candidate && sole(sq, cp)) {
                        nodes.insert(nodes.end(), {wm, cp, sp});
                        x = candidate;
                    }
                }
            }
        }
        if (!isData(x))
            continue;
        const int one = onePlus(out(n, 0), nodes);
        const int result = one >= 0 ? finish(one, x, nodes) : -1;
        if (result < 0)
            continue;
        bool free = true;
        for (int k : nodes)
            free = free && !m_claimed[static_cast<std::size_t>(k)];
        if (!free)
            continue;
        Emit e = simple(n, "GELU");
        e.inputs = {x};
        e.outputs = {result};
        e.hint = QStringLiteral("GELU");
        e.anchor = *std::max_element(nodes.begin(), nodes.end());
        e.attrs = {{QStringLiteral("approximate"),
                    op == "Erf" ? QStringLiteral("none") : QStringLiteral("tanh")}};
        if (decomposed)
            e.attrs.insert(QStringLiteral("decomposed"), true);
        claim(nodes);
        put(std::move(e));
        count(op == "Erf"      ? tr("GELU (Erf form)")
                  : decomposed ? tr("GELU (tanh form written as tensor ops, as gelu_new)")
                               : tr("GELU (tanh form)"));
    }
}

void Mapper::fuseSilu()
{
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n) {
        if (node(n).op != "Sigmoid" || m_claimed[static_cast<std::size_t>(n)])
            continue;
        const int x = in(n, 0), s = out(n, 0);
        const std::vector<int> c = dataConsumers(s);
        if (!isData(x) || c.size() != 1 || val(s).graphOutput || node(c[0]).op != "Mul"
            || m_claimed[static_cast<std::size_t>(c[0])])
            continue;
        const int mul = c[0];
        const int other = in(mul, 0) == s ? in(mul, 1) : in(mul, 0);
        if (canonical(other) != canonical(x))
            continue;
        Emit e = simple(n, "SiLU");
        e.inputs = {x};
        e.outputs = {out(mul, 0)};
        e.anchor = mul;
        e.hint = QStringLiteral("SiLU");
        claim({n, mul});
        put(std::move(e));
        count(tr("SiLU (Sigmoid · x)"));
    }
}

// --- one node at a time -------------------------------------------------------------------------

void Mapper::mapRemaining()
{
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n) {
        if (m_claimed[static_cast<std::size_t>(n)])
            continue;
        bool data = false;
        for (int v : node(n).outputs)
            data = data || isData(v);
        if (!data)
            continue; // constants, shape computations and parameter transforms fold away
        mapNode(n);
    }
}

/**
 * The padding of node @p n: @p begin and @p end per spatial dimension, and in @p symmetric the
 * larger of the two. Returns whether both sides agree, or nothing when the padding cannot be
 * read (pads of the wrong length, an empty input).
 */
std::optional<bool> Mapper::padsFor(int n, int x, const Dims &kernel, const Dims &stride,
                                    const Dims &dilation, Dims *symmetric, Dims *begin, Dims *end)
{
    const std::size_t spatial = kernel.size();
    const std::string autoPad = attrString(n, "auto_pad", "NOTSET");
    begin->assign(spatial, 0);
    end->assign(spatial, 0);
    if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
        for (std::size_t i = 0; i < spatial; ++i) {
            const std::int64_t size = val(x).shape[2 + i].sample;
            if (size <= 0 || stride[i] <= 0)
                return std::nullopt;
            const std::int64_t o = (size + stride[i] - 1) / stride[i];
            const std::int64_t total = std::max<std::int64_t>(
                0, (o - 1) * stride[i] + (kernel[i] - 1) * dilation[i] + 1 - size);
            (*begin)[i] = autoPad == "SAME_UPPER" ? total / 2 : total - total / 2;
            (*end)[i] = total - (*begin)[i];
        }
    } else if (const std::optional<Dims> pads = attrInts(n, "pads"); pads && autoPad != "VALID") {
        if (pads->size() != 2 * spatial)
            return std::nullopt;
        for (std::size_t i = 0; i < spatial; ++i) {
            (*begin)[i] = (*pads)[i];
            (*end)[i] = (*pads)[i + spatial];
        }
    }
    symmetric->clear();
    bool asymmetric = false;
    for (std::size_t i = 0; i < spatial; ++i) {
        symmetric->push_back(std::max((*begin)[i], (*end)[i]));
        asymmetric = asymmetric || (*begin)[i] != (*end)[i];
    }
    if (asymmetric)
        ++m_asymmetricPads;
    return !asymmetric;
}

void Mapper::mapConv(int n, bool transposed)
{
    const int x = in(n, 0), w = in(n, 1), b = in(n, 2);
    const std::optional<Dims> ws = constShape(w);
    const std::int64_t spatial = ws ? static_cast<std::int64_t>(ws->size()) - 2 : 0;
    if (w < 0 || kind(w) != Kind::Parameter || !ws || spatial < 1 || spatial > 2
        || (transposed && spatial != 2) || !val(x).shapeKnown || val(x).rank() != spatial + 2
        || (b >= 0 && kind(b) == Kind::Data)) {
        mapOpaque(n, tr("only 1-d and 2-d convolutions with weight initializers are modelled"));
        return;
    }
    const std::size_t sp = static_cast<std::size_t>(spatial);
    const Dims kernel = attrInts(n, "kernel_shape").value_or(Dims(ws->begin() + 2, ws->end()));
    const Dims stride = attrInts(n, "strides").value_or(Dims(sp, 1));
    const Dims dilation = attrInts(n, "dilations").value_or(Dims(sp, 1));
    const std::int64_t groups = attrInt(n, "group", 1);
    const auto positive = [](const Dims &d) {
        return std::all_of(d.begin(), d.end(), [](std::int64_t v) { return v > 0; });
    };
    if (kernel.size() != sp || stride.size() != sp || dilation.size() != sp || !positive(kernel)
        || !positive(stride) || !positive(dilation)) {
        mapOpaque(n, tr("its kernel, strides and dilations must be positive, one per spatial dimension"));
        return;
    }
    Dims padding, begin, end;
    const std::optional<bool> symmetric = padsFor(n, x, kernel, stride, dilation, &padding, &begin, &end);
    if (!symmetric) {
        mapOpaque(n, tr("its pads do not match its kernel"));
        return;
    }
    int input = x;
    if (!*symmetric && !transposed) {
        // PyTorch pads both sides alike; the larger side is used when that keeps the output
        // size (the usual case with strides), otherwise the padding becomes its own Pad node.
        bool sameSize = true;
        const bool outputKnown = out(n, 0) >= 0 && val(out(n, 0)).shapeKnown
                                 && val(out(n, 0)).rank() == spatial + 2;
        for (std::size_t i = 0; i < sp && outputKnown; ++i) {
            const std::int64_t in = val(x).shape[2 + i].sample;
            const std::int64_t span = dilation[i] * (kernel[i] - 1) + 1;
            const std::int64_t o = (in + 2 * padding[i] - span) / stride[i] + 1;
            sameSize = sameSize && o == val(out(n, 0)).shape[2 + i].sample;
        }
        if (!sameSize) {
            Dims pads(2 * (sp + 2), 0);
            for (std::size_t i = 0; i < sp; ++i) {
                pads[2 + i] = begin[i];
                pads[sp + 4 + i] = end[i];
            }
            Emit p = simple(n, "Pad", {{QStringLiteral("pads"), jsonList(pads)}});
            p.hint = node(n).leaf + QStringLiteral("_pad");
            input = newValue();
            p.outputs = {input};
            put(std::move(p));
            padding.assign(sp, 0);
        }
    }
    Emit e = simple(n, spatial == 1 ? "Conv1d" : transposed ? "ConvTranspose2d" : "Conv2d");
    e.inputs = {input};
    e.attrs = {{QStringLiteral("out_channels"),
                static_cast<qint64>(transposed ? (*ws)[1] * groups : (*ws)[0])},
               {QStringLiteral("kernel"), sizesJson(kernel)},
               {QStringLiteral("stride"), sizesJson(stride)},
               {QStringLiteral("padding"), sizesJson(padding)},
               {QStringLiteral("dilation"), sizesJson(dilation)},
               {QStringLiteral("groups"), static_cast<qint64>(groups)},
               {QStringLiteral("bias"), b >= 0 && kind(b) == Kind::Parameter}};
    if (transposed) {
        if (const std::optional<Dims> op = attrInts(n, "output_padding"))
            e.attrs.insert(QStringLiteral("output_padding"), sizesJson(*op));
    }
    absorb(e, w, true);
    absorb(e, b);
    put(std::move(e));
}

void Mapper::mapPool(int n, bool isMax)
{
    const int x = in(n, 0);
    const std::optional<Dims> kernel = attrInts(n, "kernel_shape");
    const std::size_t sp = kernel ? kernel->size() : 0;
    if (!kernel || sp < 1 || sp > 2 || !val(x).shapeKnown
        || val(x).rank() != static_cast<std::int64_t>(sp) + 2) {
        mapOpaque(n, tr("only 1-d and 2-d pooling is modelled"));
        return;
    }
    const Dims stride = attrInts(n, "strides").value_or(Dims(sp, 1));
    const Dims dilation = attrInts(n, "dilations").value_or(Dims(sp, 1));
    Dims padding, begin, end;
    if (!padsFor(n, x, *kernel, stride, dilation, &padding, &begin, &end)) {
        mapOpaque(n, tr("its pads do not match its kernel"));
        return;
    }
    Emit e = simple(
        n, isMax ? (sp == 1 ? "MaxPool1d" : "MaxPool2d") : (sp == 1 ? "AvgPool1d" : "AvgPool2d"));
    e.attrs = {{QStringLiteral("kernel"), sizesJson(*kernel)},
               {QStringLiteral("stride"), sizesJson(stride)},
               {QStringLiteral("padding"), sizesJson(padding)},
               {QStringLiteral("ceil_mode"), attrInt(n, "ceil_mode", 0) != 0}};
    if (isMax)
        e.attrs.insert(QStringLiteral("dilation"), sizesJson(dilation));
    put(std::move(e));
}

void Mapper::mapArithmetic(int n, const char *function)
{
    const QString fn = QLatin1String(function);
    const OnnxValue &result = val(out(n, 0));
    std::vector<int> data, params, constants;
    for (std::size_t k = 0; k < node(n).inputs.size(); ++k) {
        const int v = node(n).inputs[k];
        if (v < 0)
            continue;
        (kind(v) == Kind::Data            ? data
             : kind(v) == Kind::Parameter ? params
                                          : constants)
            .push_back(static_cast<int>(k));
    }
    const bool binary = fn == QLatin1String("add") || fn == QLatin1String("sub")
        || fn == QLatin1String("mul") || fn == QLatin1String("div");
    const bool isWhere = fn == QLatin1String("where");
    Emit e = simple(n, "Elementwise", {{QStringLiteral("function"), fn}});
    e.inputs.clear();
    int paramOperand = -1;
    if (binary && params.size() == 1 && data.size() == 1 && constShape(in(n, params[0]))) {
        paramOperand = in(n, params[0]);
        e.attrs.insert(QStringLiteral("param_shape"), jsonList(*constShape(paramOperand)));
        if (params[0] < data[0] && (fn == QLatin1String("sub") || fn == QLatin1String("div")))
            e.attrs.insert(QStringLiteral("reverse"), true);
        absorb(e, paramOperand, true);
        e.canTie = true;
    }
    // A constant operand that does not widen the result is not an input: the op knows it as
    // "scalar" ("reverse" when it comes first, as in 1 − x). One that widens it stays an input.
    bool scalarOperand = false;
    for (std::size_t k = 0; k < node(n).inputs.size(); ++k) {
        const int v = node(n).inputs[k];
        if (v < 0 || v == paramOperand)
            continue;
        if (kind(v) == Kind::Constant && !(isWhere && k == 0)) {
            bool widens = !val(v).shapeKnown || !result.shapeKnown || val(v).rank() > result.rank();
            for (std::int64_t i = 0; !widens && i < val(v).rank(); ++i) {
                const SymDim &d = val(v).shape[static_cast<std::size_t>(val(v).rank() - 1 - i)];
                const SymDim &r = result.shape[static_cast<std::size_t>(result.rank() - 1 - i)];
                widens = !(d.isConstant() && d.coeff == 1) && !(d == r);
            }
            // …unless the data operands alone already have the result's shape
            bool dataFull = false;
            for (int k2 : data)
                dataFull = dataFull
                    || (val(in(n, k2)).shapeKnown && val(in(n, k2)).shape == result.shape);
            if (!widens || dataFull) {
                scalarOperand = true;
                if (!data.empty() && static_cast<int>(k) < data[0]
                    && (fn == QLatin1String("sub") || fn == QLatin1String("div")
                        || fn == QLatin1String("pow")))
                    e.attrs.insert(QStringLiteral("reverse"), true);
                continue;
            }
        }
        e.inputs.push_back(v);
    }
    if (scalarOperand)
        e.attrs.insert(QStringLiteral("scalar"), true);
    if (e.inputs.empty()) { // nothing left but a parameter computation: not memory
        return;
    }
    // two activations: the catalogue's Add and Mul (with their gradient views)
    if (!scalarOperand && paramOperand < 0 && e.inputs.size() == 2
        && (fn == QLatin1String("add") || fn == QLatin1String("mul"))) {
        e.op = fn == QLatin1String("add") ? QStringLiteral("Add") : QStringLiteral("Mul");
        e.attrs = {};
    }
    if (fn == QLatin1String("cast")) {
        const std::optional<DType> to = OnnxGraph::dtype(static_cast<int>(attrInt(n, "to", 1)));
        const std::optional<DType> from = OnnxGraph::dtype(val(in(n, 0)).elemType);
        if (!to) {
            mapOpaque(n, tr("it casts to an element type MemPlanner cannot plan"));
            return;
        }
        if (from && *from == *to) { // a cast to the same storage type is a no-op in eager
            alias(out(n, 0), in(n, 0));
            return;
        }
        e.attrs.insert(QStringLiteral("to"), dtypeName(*to));
    }
    put(std::move(e));
}

void Mapper::mapOpaque(int n, const QString &reason)
{
    const OnnxNode &nd = node(n);
    Emit e = simple(n, "Opaque");
    e.inputs.clear();
    for (int v : nd.inputs)
        if (v >= 0 && kind(v) != Kind::Constant)
            e.inputs.push_back(v);
    e.outputs.clear();
    QJsonArray shapes, dtypes;
    for (std::size_t k = 0; k < nd.outputs.size(); ++k) {
        const int v = nd.outputs[k];
        if (v < 0)
            continue;
        QJsonArray shape;
        bool known = val(v).shapeKnown;
        for (const SymDim &d : val(v).shape) {
            known = known && d.known && (d.coeff > 0 || !d.isConstant());
            shape.append(d.toJson());
        }
        const std::optional<DType> t = OnnxGraph::dtype(val(v).elemType);
        const bool used = val(v).graphOutput || !dataConsumers(v).empty();
        if (!known || !t) {
            if (used)
                fail(tr("the shape of “%1”, output %2 of %3, is unknown (%4). Give the file the "
                        "shapes, e.g. with onnx.shape_inference.infer_shapes, or value_info "
                        "entries for a custom operator's outputs.")
                         .arg(q(val(v).name))
                         .arg(k)
                         .arg(where(n),
                              val(v).inferenceError.isEmpty() ? tr("no shape inference")
                                                              : val(v).inferenceError));
            shape = QJsonArray {1};
        }
        shapes.append(shape);
        dtypes.append(dtypeName(t.value_or(DType::Float32)));
        e.outputs.push_back(v);
    }
    if (e.outputs.empty())
        return;
    e.attrs = {{QStringLiteral("onnx_op"), q(nd.domain.empty() ? nd.op : nd.domain + ':' + nd.op)},
               {QStringLiteral("output_shapes"), shapes},
               {QStringLiteral("output_dtypes"), dtypes}};
    const QString key = q(nd.domain.empty() ? nd.op : nd.domain + ':' + nd.op);
    m_opaque[{key, reason}] << nd.name;
    put(std::move(e));
}

void Mapper::mapReshapeLike(int n)
{
    const std::string &op = node(n).op;
    const int x = in(n, 0), y = out(n, 0);
    QJsonArray shape;
    int unknown = 0;
    const auto fromDims = [&](const std::vector<SymDim> &dims) {
        shape = QJsonArray();
        unknown = 0;
        for (const SymDim &d : dims) {
            unknown += !d.known || (d.isConstant() && d.coeff == -1) ? 1 : 0;
            shape.append(d.known ? d.toJson() : QJsonValue(-1));
        }
    };
    if (op == "Flatten" && attrInt(n, "axis", 1) == 1 && val(x).shapeKnown && val(x).rank() >= 2) {
        put(simple(n, "Flatten", {{QStringLiteral("start_dim"), 1}}));
        return;
    }
    if (op == "Reshape" && val(in(n, 1)).ints && attrInt(n, "allowzero", 0) == 0)
        fromDims(*val(in(n, 1)).ints);
    else
        unknown = 2;
    if (unknown > 1 || op != "Reshape") {
        if (!val(y).shapeKnown)
            fail(tr("the target shape of %1 cannot be determined.").arg(where(n)));
        fromDims(val(y).shape);
        if (op == "Flatten" && shape.size() == 2)
            shape[1] = -1;
    }
    if (unknown > 1)
        fail(tr("the target shape of %1 has more than one unknown size.").arg(where(n)));
    put(simple(n, "Reshape", {{QStringLiteral("shape"), shape}}));
}

void Mapper::mapNode(int n)
{
    const OnnxNode &nd = node(n);
    const std::string &op = nd.op;
    const int x = in(n, 0);
    const std::int64_t rank = x >= 0 && val(x).shapeKnown ? val(x).rank() : -1;
    if (!nd.domain.empty()) {
        mapOpaque(n, tr("an operator of a custom domain"));
        return;
    }
    if (op == "MatMul" || op == "Gemm") {
        if (const auto it = m_linearByMatMul.find(n); it != m_linearByMatMul.end()) {
            mapLinear(it->second);
            return;
        }
        if (op == "MatMul") {
            Emit e = simple(n, "MatMul");
            e.inputs = {in(n, 0), in(n, 1)};
            put(std::move(e));
            return;
        }
        // Gemm of two activations: transposes, a product and the bias
        std::vector<int> operands;
        for (int k = 0; k < 2; ++k) {
            int v = in(n, k);
            if (attrInt(n, k == 0 ? "transA" : "transB", 0) != 0) {
                Emit t = simple(n, "Permute", {{QStringLiteral("dims"), QJsonArray {1, 0}}});
                t.inputs = {v};
                t.hint = node(n).leaf + (k == 0 ? QStringLiteral("_a") : QStringLiteral("_b"));
                v = newValue();
                t.outputs = {v};
                put(std::move(t));
            }
            operands.push_back(v);
        }
        Emit m = simple(n, "MatMul");
        m.inputs = operands;
        const int c = in(n, 2);
        if (c >= 0 && kind(c) != Kind::Constant) {
            const int product = newValue();
            m.outputs = {product};
            put(std::move(m));
            Emit a = simple(n, c >= 0 && kind(c) == Kind::Parameter ? "Elementwise" : "Add");
            a.inputs = {product};
            a.hint = node(n).leaf + QStringLiteral("_bias");
            if (kind(c) == Kind::Parameter && constShape(c)) {
                a.attrs = {{QStringLiteral("function"), QStringLiteral("add")},
                           {QStringLiteral("param_shape"), jsonList(*constShape(c))}};
                absorb(a, c, true);
            } else {
                a.inputs.push_back(c);
            }
            put(std::move(a));
        } else {
            put(std::move(m));
        }
        return;
    }
    if (op == "Conv" || op == "ConvTranspose")
        return mapConv(n, op == "ConvTranspose");
    if (op == "MaxPool" || op == "AveragePool")
        return mapPool(n, op == "MaxPool");
    if (op == "GlobalAveragePool") {
        if (rank == 4)
            put(simple(n, "AdaptiveAvgPool2d", {{QStringLiteral("output_size"), 1}}));
        else
            put(simple(n, "GlobalAvgPool", {{QStringLiteral("keepdims"), true}}));
        return;
    }
    if (op == "GlobalMaxPool") {
        QJsonArray ax;
        for (std::int64_t i = 2; i < rank; ++i)
            ax.append(static_cast<qint64>(i));
        put(simple(n, "Reduce",
                   {{QStringLiteral("function"), QStringLiteral("max")},
                    {QStringLiteral("axes"), ax},
                    {QStringLiteral("keepdims"), true}}));
        return;
    }
    if (op == "BatchNormalization" || op == "InstanceNormalization" || op == "LayerNormalization") {
        const bool bn = op == "BatchNormalization", ln = op == "LayerNormalization";
        const int scale = in(n, 1), bias = in(n, 2);
        const bool affine = scale >= 0 && kind(scale) == Kind::Parameter && bias >= 0
            && kind(bias) == Kind::Parameter;
        if (rank < 2 || (scale >= 0 && kind(scale) == Kind::Data)) {
            mapOpaque(n, tr("its scale is computed"));
            return;
        }
        Emit e = simple(n, bn ? "BatchNorm" : ln ? "LayerNorm" : "GroupNorm");
        const double eps = attrFloat(n, "epsilon", 1e-5);
        e.attrs = {{QStringLiteral("eps"), eps}};
        if (bn) {
            e.attrs.insert(QStringLiteral("affine"), affine);
            const bool stats = in(n, 3) >= 0 && kind(in(n, 3)) != Kind::Data;
            e.attrs.insert(QStringLiteral("track_running_stats"), stats);
            absorb(e, in(n, 3));
            absorb(e, in(n, 4));
        } else if (ln) {
            const std::int64_t a = attrInt(n, "axis", -1);
            const std::int64_t from = a < 0 ? a + rank : a;
            if (from < 0 || from >= rank) {
                mapOpaque(n, tr("its axis is out of range"));
                return;
            }
            QJsonArray normalized;
            for (std::int64_t i = from; i < rank; ++i) {
                if (!val(x).shape[static_cast<std::size_t>(i)].isConstant())
                    fail(tr("%1 normalises over a symbolic dimension.").arg(where(n)));
                normalized.append(
                    static_cast<qint64>(val(x).shape[static_cast<std::size_t>(i)].coeff));
            }
            e.attrs.insert(QStringLiteral("normalized_shape"),
                           normalized.size() == 1 ? normalized[0] : QJsonValue(normalized));
            e.attrs.insert(QStringLiteral("elementwise_affine"),
                           scale >= 0 && kind(scale) == Kind::Parameter);
            e.attrs.insert(QStringLiteral("bias"), bias >= 0 && kind(bias) == Kind::Parameter);
        } else {
            if (!val(x).shape[1].isConstant())
                fail(tr("%1 has a symbolic channel dimension.").arg(where(n)));
            e.attrs.insert(QStringLiteral("num_groups"),
                           static_cast<qint64>(val(x).shape[1].coeff));
            e.attrs.insert(QStringLiteral("affine"), affine);
        }
        if (ln || affine || kind(scale) == Kind::Parameter)
            absorb(e, scale, true);
        if (ln || affine)
            absorb(e, bias);
        put(std::move(e));
        return;
    }
    if (op == "Gather") {
        const int data = in(n, 0), index = in(n, 1);
        const std::int64_t axis = attrInt(n, "axis", 0);
        if (kind(data) == Kind::Parameter && axis == 0 && constShape(data)
            && constShape(data)->size() == 2 && index >= 0
            && OnnxGraph::dtype(val(index).elemType).has_value()
            && !isFloating(*OnnxGraph::dtype(val(index).elemType))) {
            Emit e = simple(
                n, "Embedding",
                {{QStringLiteral("num_embeddings"), static_cast<qint64>((*constShape(data))[0])},
                 {QStringLiteral("embedding_dim"), static_cast<qint64>((*constShape(data))[1])}});
            e.inputs = {index};
            absorb(e, data, true);
            e.canTie = true;
            put(std::move(e));
            return;
        }
        if (isData(data) && kind(index) == Kind::Constant && val(index).ints
            && val(index).ints->size() == 1 && (*val(index).ints)[0].isConstant()) {
            const std::int64_t i = (*val(index).ints)[0].coeff;
            if (val(index).shapeKnown && val(index).rank() == 0) {
                put(simple(n, "Select",
                           {{QStringLiteral("dim"), static_cast<qint64>(axis)},
                            {QStringLiteral("index"), static_cast<qint64>(i)}}));
            } else {
                put(simple(
                    n, "Slice",
                    {{QStringLiteral("starts"), QJsonArray {static_cast<qint64>(i)}},
                     {QStringLiteral("ends"),
                      QJsonArray {static_cast<qint64>(i == -1 ? (std::int64_t(1) << 53) : i + 1)}},
                     {QStringLiteral("axes"), QJsonArray {static_cast<qint64>(axis)}}}));
            }
            return;
        }
        mapOpaque(n, tr("a gather of activations"));
        return;
    }
    if (op == "Identity") {
        alias(out(n, 0), x);
        return;
    }
    if (op == "Dropout") {
        double p = attrFloat(n, "ratio", 0.5);
        if (m_g.opset >= 12)
            p = in(n, 1) >= 0 ? scalar(in(n, 1)).value_or(0.5) : 0.5;
        put(simple(n, "Dropout", {{QStringLiteral("p"), p}}));
        return;
    }
    if (op == "Relu")
        return void(put(simple(n, "ReLU")));
    if (op == "LeakyRelu")
        return void(put(simple(n, "LeakyReLU",
                               {{QStringLiteral("negative_slope"), attrFloat(n, "alpha", 0.01)}})));
    if (op == "Sigmoid")
        return void(put(simple(n, "Sigmoid")));
    if (op == "Tanh")
        return void(put(simple(n, "Tanh")));
    if (op == "Gelu")
        return void(put(
            simple(n, "GELU",
                   {{QStringLiteral("approximate"), q(attrString(n, "approximate", "none"))}})));
    if (op == "Softmax" || op == "LogSoftmax")
        return void(
            put(simple(n, op == "Softmax" ? "Softmax" : "LogSoftmax",
                       {{QStringLiteral("dim"),
                         static_cast<qint64>(attrInt(n, "axis", m_g.opset >= 13 ? -1 : 1))}})));
    if (op == "Clip") {
        std::optional<double> lo, hi;
        if (m_g.opset >= 11) {
            lo = in(n, 1) >= 0 ? scalar(in(n, 1)) : std::nullopt;
            hi = in(n, 2) >= 0 ? scalar(in(n, 2)) : std::nullopt;
        } else {
            if (attr(n, "min"))
                lo = attrFloat(n, "min", 0.0);
            if (attr(n, "max"))
                hi = attrFloat(n, "max", 0.0);
        }
        if (near(lo, 0.0) && near(hi, 6.0))
            return void(put(simple(n, "ReLU6")));
        if (near(lo, 0.0) && !hi)
            return void(put(simple(n, "ReLU")));
        put(simple(n, "Elementwise", {{QStringLiteral("function"), QStringLiteral("clip")}}));
        return;
    }
    static const std::map<std::string, const char *> unary = {{"Sqrt", "sqrt"},
                                                              {"Exp", "exp"},
                                                              {"Log", "log"},
                                                              {"Erf", "erf"},
                                                              {"Neg", "neg"},
                                                              {"Abs", "abs"},
                                                              {"Reciprocal", "reciprocal"},
                                                              {"Floor", "floor"},
                                                              {"Ceil", "ceil"},
                                                              {"Round", "round"},
                                                              {"Sign", "sign"},
                                                              {"Sin", "sin"},
                                                              {"Cos", "cos"},
                                                              {"Atan", "atan"},
                                                              {"Softplus", "softplus"},
                                                              {"Not", "not"},
                                                              {"IsNaN", "isnan"},
                                                              {"IsInf", "isinf"}};
    if (const auto it = unary.find(op); it != unary.end())
        return void(put(
            simple(n, "Elementwise", {{QStringLiteral("function"), QLatin1String(it->second)}})));
    static const std::map<std::string, const char *> binary = {{"Add", "add"},
                                                               {"Sub", "sub"},
                                                               {"Mul", "mul"},
                                                               {"Div", "div"},
                                                               {"Pow", "pow"},
                                                               {"Max", "max"},
                                                               {"Min", "min"},
                                                               {"Mod", "mod"},
                                                               {"Where", "where"},
                                                               {"Equal", "equal"},
                                                               {"Less", "less"},
                                                               {"Greater", "greater"},
                                                               {"LessOrEqual", "less_equal"},
                                                               {"GreaterOrEqual", "greater_equal"},
                                                               {"And", "and"},
                                                               {"Or", "or"},
                                                               {"Xor", "xor"},
                                                               {"Cast", "cast"},
                                                               {"PRelu", "mul"}};
    if (const auto it = binary.find(op); it != binary.end() && op != "PRelu")
        return mapArithmetic(n, it->second);
    if (op == "Reshape" || op == "Flatten")
        return mapReshapeLike(n);
    if (op == "Transpose") {
        Dims perm = attrInts(n, "perm").value_or(Dims());
        if (perm.empty())
            for (std::int64_t i = rank - 1; i >= 0; --i)
                perm.push_back(i);
        put(simple(n, "Permute", {{QStringLiteral("dims"), jsonList(perm)}}));
        return;
    }
    if (op == "Squeeze" || op == "Unsqueeze") {
        std::optional<Dims> ax = axes(n, 1, 13);
        if (!ax && op == "Squeeze" && val(x).shapeKnown) { // all size-1 dimensions, fixed now
            ax = Dims();
            for (std::int64_t i = 0; i < rank; ++i)
                if (val(x).shape[static_cast<std::size_t>(i)].isConstant()
                    && val(x).shape[static_cast<std::size_t>(i)].coeff == 1)
                    ax->push_back(i);
        }
        if (!ax)
            fail(tr("the axes of %1 are not constant.").arg(where(n)));
        put(simple(n, op == "Squeeze" ? "Squeeze" : "Unsqueeze",
                   {{QStringLiteral("dims"), jsonList(*ax)}}));
        return;
    }
    if (op == "Expand") {
        const int s = in(n, 1);
        if (!val(s).ints)
            fail(tr("the target shape of %1 is not constant.").arg(where(n)));
        QJsonArray shape;
        for (const SymDim &d : *val(s).ints)
            shape.append(d.toJson());
        Emit e = simple(n, "Expand", {{QStringLiteral("shape"), shape}});
        put(std::move(e));
        return;
    }
    if (op == "Concat") {
        Emit e = simple(n, "Concat",
                        {{QStringLiteral("dim"), static_cast<qint64>(attrInt(n, "axis", 0))}});
        e.inputs.clear();
        for (int v : nd.inputs)
            if (v >= 0)
                e.inputs.push_back(v);
        if (e.inputs.size() == 1) {
            alias(out(n, 0), e.inputs[0]);
            return;
        }
        put(std::move(e));
        return;
    }
    if (op == "Split") {
        std::optional<Dims> sizes = m_g.opset >= 13
            ? (in(n, 1) >= 0 ? constInts(in(n, 1)) : std::nullopt)
            : attrInts(n, "split");
        const std::int64_t axis = attrInt(n, "axis", 0);
        if (rank < 1 || axis < -rank || axis >= rank) {
            mapOpaque(n, tr("its axis is out of range"));
            return;
        }
        if (!sizes) {
            sizes = Dims();
            for (int v : nd.outputs) {
                if (v < 0 || !val(v).shapeKnown || val(v).rank() != rank)
                    fail(tr("the sizes of %1 are unknown.").arg(where(n)));
                const SymDim &d
                    = val(v).shape[static_cast<std::size_t>(axis < 0 ? axis + rank : axis)];
                if (!d.isConstant())
                    fail(tr("%1 splits a symbolic dimension.").arg(where(n)));
                sizes->push_back(d.coeff);
            }
        }
        Emit e = simple(n, "Split",
                        {{QStringLiteral("dim"), static_cast<qint64>(axis)},
                         {QStringLiteral("sizes"), jsonList(*sizes)}});
        e.outputs = nd.outputs;
        put(std::move(e));
        return;
    }
    if (op == "Slice") {
        QJsonArray starts, ends, axesList, steps;
        const auto list = [&](int v, QJsonArray &a) {
            if (!val(v).ints)
                fail(tr("the bounds of %1 are not constant.").arg(where(n)));
            for (const SymDim &d : *val(v).ints) {
                if (d.isConstant()) // INT64_MAX and friends: JSON numbers are doubles
                    a.append(static_cast<qint64>(std::clamp<std::int64_t>(
                        d.coeff, -(std::int64_t(1) << 53), std::int64_t(1) << 53)));
                else if (!d.known)
                    fail(tr("the bounds of %1 are not constant.").arg(where(n)));
                else
                    a.append(d.toJson());
            }
        };
        if (m_g.opset >= 10) {
            list(in(n, 1), starts);
            list(in(n, 2), ends);
            if (in(n, 3) >= 0)
                list(in(n, 3), axesList);
            if (in(n, 4) >= 0)
                list(in(n, 4), steps);
        } else {
            starts = jsonList(attrInts(n, "starts").value_or(Dims()));
            ends = jsonList(attrInts(n, "ends").value_or(Dims()));
            if (attrInts(n, "axes"))
                axesList = jsonList(*attrInts(n, "axes"));
        }
        for (const QJsonValue &s : steps)
            if (!s.isDouble() || s.toInteger() <= 0) {
                mapOpaque(n, tr("negative steps"));
                return;
            }
        QJsonObject a = {{QStringLiteral("starts"), starts}, {QStringLiteral("ends"), ends}};
        if (!axesList.isEmpty())
            a.insert(QStringLiteral("axes"), axesList);
        if (!steps.isEmpty())
            a.insert(QStringLiteral("steps"), steps);
        put(simple(n, "Slice", a));
        return;
    }
    if (op == "Pad") {
        const std::optional<Dims> pads
            = m_g.opset >= 11 ? constInts(in(n, 1)) : attrInts(n, "pads");
        if (!pads)
            fail(tr("the padding of %1 is not constant.").arg(where(n)));
        put(simple(n, "Pad",
                   {{QStringLiteral("pads"), jsonList(*pads)},
                    {QStringLiteral("mode"), q(attrString(n, "mode", "constant"))}}));
        return;
    }
    if (op == "Resize" || op == "Upsample") {
        std::string mode = attrString(n, "mode", "nearest");
        if (mode == "bilinear")
            mode = "linear";
        QJsonObject a = {{QStringLiteral("mode"), q(mode)}};
        const int sizes = op == "Resize" && m_g.opset >= 11 ? in(n, 3) : -1;
        const int scales = op == "Resize" ? (m_g.opset >= 11 ? in(n, 2) : in(n, 1)) : in(n, 1);
        if (sizes >= 0 && val(sizes).ints && !val(sizes).ints->empty()) {
            QJsonArray s;
            for (const SymDim &d : *val(sizes).ints)
                s.append(d.toJson());
            a.insert(QStringLiteral("sizes"), s);
        } else if (scales >= 0 && val(scales).reals && !val(scales).reals->empty()) {
            QJsonArray s;
            for (double d : *val(scales).reals)
                s.append(d);
            a.insert(QStringLiteral("scales"), s);
        } else if (const onnx::AttributeProto *sa = attr(n, "scales")) {
            QJsonArray s;
            for (float f : sa->floats())
                s.append(static_cast<double>(f));
            a.insert(QStringLiteral("scales"), s);
        } else if (val(out(n, 0)).shapeKnown) {
            QJsonArray s;
            for (const SymDim &d : val(out(n, 0)).shape)
                s.append(d.toJson());
            a.insert(QStringLiteral("sizes"), s);
        } else {
            fail(tr("the output size of %1 is unknown.").arg(where(n)));
        }
        put(simple(n, "Resize", a));
        return;
    }
    if (op == "ReduceMean" || op == "ReduceSum" || op == "ReduceMax" || op == "ReduceMin"
        || op == "ReduceProd" || op == "ReduceL2") {
        QJsonObject a = {{QStringLiteral("function"), q(op.substr(6)).toLower()},
                         {QStringLiteral("keepdims"), attrInt(n, "keepdims", 1) != 0}};
        const std::optional<Dims> ax = op == "ReduceSum" ? axes(n, 1, 13) : axes(n, 1, 18);
        if (ax && !ax->empty())
            a.insert(QStringLiteral("axes"), jsonList(*ax));
        put(simple(n, "Reduce", a));
        return;
    }
    if (op == "Einsum") {
        Emit e
            = simple(n, "Einsum", {{QStringLiteral("equation"), q(attrString(n, "equation", ""))}});
        e.inputs = nd.inputs;
        put(std::move(e));
        return;
    }
    if (op == "LSTM" || op == "GRU") {
        mapOpaque(n, tr("its final states are read, or its layout is not PyTorch's"));
        return;
    }
    if (op == "SoftmaxCrossEntropyLoss" && isData(in(n, 1))
        && (out(n, 1) < 0 || dataConsumers(out(n, 1)).empty())) {
        // F.cross_entropy: scores [N, C] or [N, C, S] (PyTorch transposes [N, S, C] for it)
        int scores = in(n, 0);
        if (rank == 3 && producedBy(scores, "Transpose")
            && attrInts(producer(scores), "perm") == Dims {0, 2, 1} && sole(scores, n)) {
            m_claimed[static_cast<std::size_t>(producer(scores))] = true;
            scores = in(producer(scores), 0);
        } else if (rank != 2) {
            mapOpaque(n, tr("class scores with more than one extra dimension"));
            return;
        }
        Emit e = simple(n, "CrossEntropy");
        e.inputs = {scores, in(n, 1)};
        e.hint = QStringLiteral("loss");
        put(std::move(e));
        return;
    }
    mapOpaque(n, tr("MemPlanner does not model this operator"));
}

// --- inference-mode exports -------------------------------------------------------------------

void Mapper::checkTraining()
{
    int conv = 0, convBiasRelu = 0, bn = 0, bnTraining = 0, dropout = 0, dropoutTraining = 0,
        dropIdentity = 0, softmax = 0;
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n) {
        const std::string &op = node(n).op;
        if (op == "Conv") {
            ++conv;
            const std::vector<int> c = dataConsumers(out(n, 0));
            if (in(n, 2) >= 0 && c.size() == 1 && node(c[0]).op == "Relu")
                ++convBiasRelu;
        } else if (op == "BatchNormalization") {
            ++bn;
            if (node(n).outputs.size() > 1 || attrInt(n, "training_mode", 0) != 0)
                ++bnTraining;
        } else if (op == "Dropout") {
            ++dropout;
            const bool training = m_g.opset >= 12
                ? in(n, 2) >= 0 && scalar(in(n, 2)).value_or(0.0) != 0.0
                : node(n).outputs.size() > 1;
            dropoutTraining += training ? 1 : 0;
        } else if (op == "Identity"
                   && node(n).name.contains(QLatin1String("drop"), Qt::CaseInsensitive)) {
            ++dropIdentity;
        } else if (op == "Softmax") {
            ++softmax;
        }
    }
    const QString advice = tr("Export for training with torch.onnx.export(model.train(), …, "
                              "training=torch.onnx.TrainingMode.TRAINING, "
                              "do_constant_folding=False) (tools/export/ does this).");
    if (conv >= 3 && bn == 0 && convBiasRelu >= 2)
        m_warnings << tr("The graph looks exported in inference mode: %1 convolutions with bias "
                         "feed ReLUs directly and there is no BatchNormalization, as when batch "
                         "norm is folded into the convolutions. Training keeps the BatchNorm "
                         "layers and their saved tensors, so this plan is too low. %2")
                          .arg(convBiasRelu)
                          .arg(advice);
    else if (bn > 0 && bnTraining == 0)
        m_warnings << tr("BatchNormalization was exported in inference mode (running statistics, "
                         "no batch statistics); the plan assumes training. %1")
                          .arg(advice);
    if ((dropout > 0 && dropoutTraining == 0) || (dropout == 0 && dropIdentity > 0))
        m_warnings << tr("Dropout was exported in inference mode (as Identity or without its "
                         "training flag); the plan uses the exported ratios. %1")
                          .arg(advice);
    else if (dropout == 0 && softmax > 0)
        m_warnings << tr("The graph has attention-like softmaxes but no Dropout: if the model "
                         "uses dropout, it was exported in inference mode, which removes it, and "
                         "the plan misses its masks. %1")
                          .arg(advice);
}

// --- finishing ----------------------------------------------------------------------------------

void Mapper::resolve()
{
    // Parameters that no op could take become Parameter nodes; constants read by ops become
    // inputs. Both are created here, on first use.
    for (std::size_t i = 0; i < m_emits.size(); ++i) {
        for (std::size_t j = 0; j < m_emits[i].inputs.size(); ++j) {
            const int v = canonical(m_emits[i].inputs[j]);
            m_emits[i].inputs[j] = v;
            if (m_def[static_cast<std::size_t>(v)].first >= 0
                || v >= static_cast<int>(m_g.values.size()))
                continue;
            const OnnxValue &x = val(v);
            if (x.graphInput)
                continue;
            if (x.kind == Kind::Constant) {
                m_constantInputs.insert(v);
                continue;
            }
            if (x.kind == Kind::Parameter) {
                if (!m_parameterEmit.count(v)) {
                    const std::optional<Dims> shape = constShape(v);
                    if (!shape)
                        fail(tr("the shape of the parameter “%1” is unknown.").arg(q(x.name)));
                    Emit p;
                    p.op = QStringLiteral("Parameter");
                    p.attrs = {{QStringLiteral("shape"), jsonList(*shape)}};
                    p.outputs = {v};
                    const QString source = x.sources.size() == 1
                        ? q(m_g.initializers[static_cast<std::size_t>(x.sources[0])].name)
                        : q(x.name);
                    const qsizetype dot = source.lastIndexOf(QLatin1Char('.'));
                    p.module = dot > 0 ? source.left(dot) : QString();
                    p.hint = source;
                    p.anchor = m_emits[i].anchor;
                    p.canTie = true;
                    absorb(p, v, true);
                    m_parameterEmit[v] = static_cast<int>(m_emits.size());
                    put(std::move(p)); // may reallocate m_emits: the loop re-reads by index
                }
                continue;
            }
            fail(tr("the tensor “%1” has no producer in the imported graph (its node was not "
                    "mapped).")
                     .arg(q(x.name)));
        }
    }
    // Keep only what leads to the graph's outputs: mask and shape branches that a fusion left
    // behind are not computed per step in eager PyTorch.
    std::vector<int> stack;
    for (int o : m_g.outputs) {
        const int v = canonical(o);
        if (m_def[static_cast<std::size_t>(v)].first >= 0)
            stack.push_back(m_def[static_cast<std::size_t>(v)].first);
    }
    if (stack.empty())
        fail(tr("none of the graph's outputs depends on its inputs: there is nothing to train."));
    while (!stack.empty()) {
        const int e = stack.back();
        stack.pop_back();
        if (m_emits[static_cast<std::size_t>(e)].live)
            continue;
        m_emits[static_cast<std::size_t>(e)].live = true;
        for (int v : m_emits[static_cast<std::size_t>(e)].inputs)
            if (m_def[static_cast<std::size_t>(v)].first >= 0)
                stack.push_back(m_def[static_cast<std::size_t>(v)].first);
    }
}

Graph Mapper::build(QStringList &warnings)
{
    std::vector<int> order;
    for (std::size_t i = 0; i < m_emits.size(); ++i)
        if (m_emits[i].live)
            order.push_back(static_cast<int>(i));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_emits[static_cast<std::size_t>(a)].anchor
            < m_emits[static_cast<std::size_t>(b)].anchor;
    });

    Graph graph;
    const auto clean = [](QString s) {
        s.replace(QLatin1Char(':'), QLatin1Char('_'));
        return s.isEmpty() ? QStringLiteral("_") : s;
    };
    QSet<QString> taken;
    const auto unique = [&](const QString &base) {
        QString name = base;
        for (int i = 2; taken.contains(name); ++i)
            name = base + QLatin1Char('_') + QString::number(i);
        taken.insert(name);
        return name;
    };
    std::map<int, QString> inputName; // value → graph input name
    const auto addInput = [&](int v, const QString &base) {
        const OnnxValue &x = val(v);
        GraphInput in;
        in.name = unique(clean(base));
        bool exact = true;
        const std::optional<DType> t = OnnxGraph::dtype(x.elemType, &exact);
        if (!t)
            fail(tr("the input “%1” has the element type %2, which MemPlanner cannot plan.")
                     .arg(q(x.name), OnnxGraph::typeName(x.elemType)));
        if (!exact)
            warnings << tr("“%1” is %2; it is planned as %3.")
                            .arg(q(x.name), OnnxGraph::typeName(x.elemType), dtypeName(*t));
        in.dtype = *t;
        if (!x.shapeKnown)
            fail(tr("the shape of “%1” is unknown.").arg(q(x.name)));
        for (const SymDim &d : x.shape) {
            if (d.isBatch())
                in.shape.push_back(kBatchDim);
            else if (d.isSeq())
                in.shape.push_back(kSeqDim);
            else if (d.isConstant() && d.coeff > 0)
                in.shape.push_back(d.coeff);
            else if (d.sample > 0) {
                in.shape.push_back(d.sample);
                warnings << tr("“%1” has a size that depends on batch and sequence in a way "
                               "MemPlanner cannot express; it is fixed at %2.")
                                .arg(q(x.name))
                                .arg(d.sample);
            } else {
                fail(tr("the shape of “%1” is unknown.").arg(q(x.name)));
            }
        }
        inputName[v] = in.name;
        graph.inputs.push_back(in);
    };
    for (int v : m_g.inputs)
        addInput(v, q(val(v).name));

    // names: the module when it holds one node, the module and the exporter's leaf otherwise
    QMap<QString, int> perModule;
    for (int e : order)
        ++perModule[m_emits[static_cast<std::size_t>(e)].module];
    for (int e : order) {
        Emit &x = m_emits[static_cast<std::size_t>(e)];
        const QString base = x.module.isEmpty() ? x.hint
            : perModule.value(x.module) == 1    ? x.module
                                                : x.module + QLatin1Char('.') + x.hint;
        x.name = unique(clean(base));
    }
    // constants that ops read (position ids, masks) become inputs named after their reader
    for (int v : m_constantInputs) {
        for (int e : order) {
            const Emit &x = m_emits[static_cast<std::size_t>(e)];
            if (std::find(x.inputs.begin(), x.inputs.end(), v) == x.inputs.end())
                continue;
            addInput(v,
                     x.name
                         + (x.op == QLatin1String("Embedding") ? QStringLiteral(".indices")
                                                               : QStringLiteral(".constant")));
            break;
        }
    }

    // tied weights: the first user owns the initializer, later ones refer to it
    std::map<int, int> owner;
    std::map<int, int> seenInitializer;
    for (int e : order) {
        Emit &x = m_emits[static_cast<std::size_t>(e)];
        if (x.weightInitializer >= 0) {
            const auto it = owner.find(x.weightInitializer);
            if (it == owner.end()) {
                owner[x.weightInitializer] = e;
            } else if (x.canTie) {
                x.attrs.insert(QStringLiteral("weight_from"),
                               m_emits[static_cast<std::size_t>(it->second)].name);
                x.initializers.erase(
                    std::remove(x.initializers.begin(), x.initializers.end(), x.weightInitializer),
                    x.initializers.end());
            }
        }
        for (int i : x.initializers)
            if (++seenInitializer[i] == 2)
                warnings << tr("The parameter “%1” is used by several operations; MemPlanner "
                               "counts it once per operation that cannot share a weight.")
                                .arg(q(m_g.initializers[static_cast<std::size_t>(i)].name));
    }

    for (int e : order) {
        const Emit &x = m_emits[static_cast<std::size_t>(e)];
        Node nd;
        nd.name = x.name;
        nd.op = x.op;
        nd.attrs = x.attrs;
        nd.module = x.module;
        for (int v : x.inputs) {
            const auto [producer, k] = m_def[static_cast<std::size_t>(v)];
            if (producer >= 0) {
                const QString &p = m_emits[static_cast<std::size_t>(producer)].name;
                nd.inputs << (k == 0 ? p : p + QLatin1Char(':') + QString::number(k));
            } else if (inputName.count(v)) {
                nd.inputs << inputName.at(v);
            } else {
                fail(tr("the tensor “%1” has no producer in the imported graph.")
                         .arg(q(val(v).name)));
            }
        }
        graph.nodes.push_back(nd);
    }
    return graph;
}

void Mapper::selfCheck(const Graph &graph, QStringList &warnings) const
{
    // Analyse the result at the first sample's sizes and compare each output with libonnx's
    // shape: a difference means a pattern was mapped wrongly, and a bad graph is refused here,
    // naming the node, rather than later in the planner.
    RuntimeProfile runtime;
    AnalysisOptions options;
    options.batch = OnnxGraph::kBatchSamples[0];
    options.seq = OnnxGraph::kSeqSamples[0];
    options.training = true;
    options.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    options.runtime = &runtime;
    AnalysedGraph analysed;
    try {
        analysed = AnalysedGraph::analyse(graph, options);
    } catch (const ModelError &e) {
        fail(tr("the imported graph is inconsistent: %1").arg(e.message()));
    }
    QHash<QString, const AnalysedTensor *> byName;
    for (const AnalysedTensor &t : analysed.tensors)
        byName.insert(t.name, &t);
    int mismatches = 0;
    for (const Emit &e : m_emits) {
        if (!e.live)
            continue;
        for (std::size_t k = 0; k < e.outputs.size(); ++k) {
            const int v = e.outputs[k];
            if (v < 0 || v >= static_cast<int>(m_g.values.size()) || !val(v).shapeKnown)
                continue;
            const AnalysedTensor *t
                = byName.value(k == 0 ? e.name : e.name + QLatin1Char(':') + QString::number(k));
            if (!t)
                continue;
            Dims expected;
            bool known = true;
            for (const SymDim &d : val(v).shape) {
                known = known && d.sample > 0;
                expected.push_back(d.sample);
            }
            if (known && expected != t->type.shape && ++mismatches <= 3) {
                QStringList a, b;
                for (std::int64_t d : expected)
                    a << QString::number(d);
                for (std::int64_t d : t->type.shape)
                    b << QString::number(d);
                warnings << tr("Node “%1” gives [%2] where ONNX gives [%3] for “%4”.")
                                .arg(e.name, b.join(QLatin1String(", ")),
                                     a.join(QLatin1String(", ")), q(val(v).name));
            }
        }
    }
}

ImportResult Mapper::run()
{
    for (int n = 0; n < static_cast<int>(m_g.nodes.size()); ++n)
        if (const std::optional<LinearMatch> m = linearAt(n))
            m_linearByMatMul.emplace(n, *m);
    fuseRecurrent();
    fuseAttention();
    fuseLayerNorm();
    fuseGelu();
    fuseSilu();
    mapRemaining();
    checkTraining();
    resolve();

    ImportResult result;
    result.warnings = m_g.warnings;
    result.warnings += m_warnings;
    result.graph = build(result.warnings);
    QFileInfo info(m_g.origin);
    result.graph.name = info.completeBaseName().isEmpty() ? m_g.origin : info.completeBaseName();
    result.graph.source = m_g.producer.isEmpty()
        ? m_g.origin
        : m_g.origin + QLatin1String(" (") + m_g.producer + QLatin1Char(')');
    result.graph.description = tr("Imported from ONNX (operator set %1).").arg(m_g.opset);
    if (m_asymmetricPads > 0)
        result.warnings << tr("%n convolution(s) or pooling layer(s) pad asymmetrically (as "
                              "TensorFlow's SAME padding does); PyTorch pads both sides alike, so "
                              "the larger side is used where that keeps the output size and an "
                              "explicit Pad otherwise.",
                              nullptr, m_asymmetricPads);
    for (auto it = m_opaque.cbegin(); it != m_opaque.cend(); ++it)
        result.warnings << tr("%1 ×%2 (%3) is kept as an opaque node (%4): its output shapes "
                              "come from libonnx and it is assumed to save all its inputs for "
                              "backward (conservative).")
                               .arg(it.key().first)
                               .arg(it.value().size())
                               .arg(it.value().mid(0, 3).join(QLatin1String(", ")),
                                    it.key().second);
    for (auto it = m_fusions.cbegin(); it != m_fusions.cend(); ++it)
        result.fusions << tr("%1 ×%2").arg(it.key()).arg(it.value());
    selfCheck(result.graph, result.warnings);
    return result;
}

ImportResult importStripped(const QByteArray &stripped, const QString &origin)
{
    const std::unique_ptr<OnnxGraph> graph = OnnxGraph::read(stripped, origin);
    try {
        return Mapper(*graph).run();
    } catch (const ModelError &) {
        throw;
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(origin);
    } catch (const std::bad_alloc &) {
        throw ModelError(OnnxImporter::tr("%1: the model is too large to import.").arg(origin));
    } catch (const std::exception &e) {
        throw ModelError(OnnxImporter::tr("%1: %2").arg(origin, QString::fromUtf8(e.what())));
    }
}

/** A readable refusal for files that are plainly something else. */
void refuseOtherFormats(const QByteArray &head, const QString &origin)
{
    const QByteArray start = head.left(64).trimmed();
    if (start.startsWith('{') || start.startsWith('['))
        throw ModelError(OnnxImporter::tr("%1 is JSON, not an ONNX model (a .memplan project or a "
                                          "Keras file is opened by its own importer).")
                             .arg(origin));
    if (start.startsWith("PK\x03\x04"))
        throw ModelError(OnnxImporter::tr("%1 is a ZIP archive (a PyTorch .pt or a Keras .keras "
                                          "file?), not an ONNX model.")
                             .arg(origin));
    if (start.startsWith("\x89HDF"))
        throw ModelError(
            OnnxImporter::tr("%1 is an HDF5 file (Keras .h5?), not an ONNX model.").arg(origin));
}

} // namespace

ImportResult OnnxImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(tr("Cannot open %1: %2").arg(path, file.errorString()));
    refuseOtherFormats(file.read(64), path);
    file.close();
    return importStripped(OnnxWire::stripFile(path), path);
}

ImportResult OnnxImporter::importBytes(const QByteArray &bytes, const QString &origin)
{
    refuseOtherFormats(bytes.left(64), origin);
    return importStripped(OnnxWire::stripBytes(bytes, origin), origin);
}

} // namespace memplanner
