#include "KerasImporter.h"

#include "Bytes.h"
#include "ModelError.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

// How Keras maps onto MemPlanner's ops (docs/FORMAT.md):
//
// Layout. Keras keeps images channels-last (NHWC, and NLC for Conv1D); MemPlanner's convolutions
// and pools are channels-first (NCHW / NCL), as PyTorch's. Every imported tensor remembers its
// Keras shape and whether it is stored "channels-first", i.e. with Keras' last axis moved to
// position 1. Rank-4 graph inputs are declared NCHW — what a PyTorch user would feed — so a
// Keras CNN imports without any extra node. Where a layer needs the other order (Dense, LSTM or
// LayerNormalization on a channels-first tensor; a Conv1D on a [N, L, C] sequence) a Permute view
// converts the tensor, once per tensor and direction. Flatten and Reshape take the tensor as it
// is stored: the element order then differs from Keras', the sizes — all the planner needs — do
// not.
//
// Padding. "valid" is 0. "same" (and Conv1D's "causal") pads a total of
// max((ceil(in / s) − 1)·s + span − in, 0), which TensorFlow splits with the extra element on the
// right; MemPlanner pads symmetrically, so an odd total is padded ⌈total / 2⌉ on both sides —
// the same output size whenever the stride is above 1 — and a warning says so.
//
// Parameters follow Keras, not PyTorch, where they differ: Keras' LSTM has one bias of 4·units
// ("bias_vectors": 1), GRU(reset_after=True) two of 3·units; MultiHeadAttention's heads are
// key_dim / value_dim wide whatever the embedding width ("head_dim", "value_dim");
// DepthwiseConv2D is a Conv2d with groups = C; SeparableConv2D a depthwise Conv2d without bias
// followed by a 1×1 Conv2d. An `activation` argument becomes a node of its own.

namespace memplanner {

namespace {

using Shape = std::vector<std::int64_t>;

/** A size Keras knows only when the model runs (it derives from the sequence length). */
constexpr std::int64_t kUnknownDim = -3;
/** No real layer has a size of 2³¹ or more; larger ones are typos or attacks. */
constexpr std::int64_t kLargestSize = std::int64_t(1) << 31;
constexpr qint64 kLargestFile = qint64(64) * 1024 * 1024;

QJsonValue field(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

bool isNone(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

/** An imported tensor: its MemPlanner reference, its Keras shape and how it is laid out. */
struct KTensor
{
    QString ref;
    Shape shape; ///< Keras order, batch first: sizes, kBatchDim, kSeqDim or kUnknownDim
    bool channelsFirst = false; ///< stored with Keras' last axis at position 1

    int rank() const { return static_cast<int>(shape.size()); }
};

/** ["layer", node, tensor]: output @c tensor of the @c node-th call of @c layer. */
struct KerasRef
{
    QString layer;
    int node = 0;
    int tensor = 0;
};

/** One call of a layer (an inbound node). */
struct Call
{
    QList<KerasRef> args;           ///< positional tensors, flattened
    QHash<QString, KerasRef> named; ///< tensors passed by keyword (MultiHeadAttention's value, key)
    QJsonObject options;            ///< keywords that are not tensors (use_causal_mask, …)
};

struct Layer
{
    QString name;
    QString className;
    QJsonObject config;
    QJsonObject object; ///< the whole entry (Keras 3 keeps build_config beside config)
    QList<Call> calls;
};

const QStringList &supportedLayers()
{
    static const QStringList names = {
        QStringLiteral("InputLayer"), QStringLiteral("Dense"), QStringLiteral("Conv1D"),
        QStringLiteral("Conv2D"), QStringLiteral("Conv2DTranspose"),
        QStringLiteral("DepthwiseConv1D"), QStringLiteral("DepthwiseConv2D"),
        QStringLiteral("SeparableConv1D"), QStringLiteral("SeparableConv2D"),
        QStringLiteral("BatchNormalization"), QStringLiteral("LayerNormalization"),
        QStringLiteral("Activation"), QStringLiteral("ReLU"), QStringLiteral("LeakyReLU"),
        QStringLiteral("Softmax"), QStringLiteral("Dropout"), QStringLiteral("Flatten"),
        QStringLiteral("Reshape"), QStringLiteral("Permute"), QStringLiteral("MaxPooling1D"),
        QStringLiteral("MaxPooling2D"), QStringLiteral("AveragePooling1D"),
        QStringLiteral("AveragePooling2D"), QStringLiteral("GlobalAveragePooling1D"),
        QStringLiteral("GlobalAveragePooling2D"), QStringLiteral("Embedding"),
        QStringLiteral("LSTM"), QStringLiteral("GRU"), QStringLiteral("Bidirectional"),
        QStringLiteral("MultiHeadAttention"), QStringLiteral("Add"),
        QStringLiteral("Concatenate"), QStringLiteral("Multiply")};
    return names;
}

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(KerasImporter) // one translation context with the public class

public:
    explicit Importer(const QString &origin) : m_origin(origin) {}

    ImportResult run(const QJsonObject &root);

private:
    // --- reading the file ---
    Layer readLayer(const QJsonValue &v, int position) const;
    Call parseCall(const Layer &l, const QJsonValue &node) const;
    std::optional<KerasRef> refFromArray(const QJsonValue &v) const;
    void collectKerasTensors(const Layer &l, const QJsonValue &v, QList<KerasRef> &out) const;
    void collectRefs(const QJsonValue &v, QList<KerasRef> &out, const QString &where) const;
    void importSequential(const QList<Layer> &layers, const QJsonObject &config);
    void importFunctional(QList<Layer> &layers, const QJsonObject &config);

    // --- messages and fields ---
    [[noreturn]] void fail(const Layer &l, const QString &why) const;
    [[noreturn]] void failModel(const QString &why) const;
    void warn(const QString &text);
    std::int64_t checkedInt(const Layer &l, const char *key, const QJsonValue &v,
                            std::int64_t min) const;
    std::int64_t size(const Layer &l, const char *key, std::optional<std::int64_t> fallback,
                      std::int64_t min = 1) const;
    Shape sizes(const Layer &l, const char *key, int count, std::optional<std::int64_t> fallback,
                std::int64_t min = 1) const;
    bool flag(const Layer &l, const char *key, bool fallback) const;
    double number(const Layer &l, const char *key, double fallback) const;
    QString text(const Layer &l, const char *key, const QString &fallback) const;
    QString choice(const Layer &l, const char *key, const QString &fallback,
                   const QStringList &allowed) const;
    bool channelsLast(const Layer &l) const;
    int axis(const Layer &l, std::int64_t value, int rank) const;
    std::int64_t known(const Layer &l, std::int64_t dim, const QString &what) const;
    void requireRank(const Layer &l, const KTensor &x, int rank) const;

    // --- building the graph ---
    QString uniqueName(const QString &wanted) const;
    QString addNode(const QString &name, const char *op, const QStringList &inputs,
                    const QJsonObject &attrs);
    KTensor make(const QString &ref, Shape shape, bool channelsFirst) const;
    KTensor toLayout(const KTensor &x, bool channelsFirst);
    KTensor addInput(const Layer &l, const char *key, const QJsonValue &shape,
                     const QJsonValue &dtype);
    KTensor convert(const Layer &l, int call, const Call &c, const QList<KTensor> &inputs);
    KTensor activation(const Layer &l, const KTensor &x, const QString &name, const QString &node);
    QString activationName(const Layer &l) const;
    KTensor activationOf(const Layer &l, const KTensor &x);
    KTensor dense(const Layer &l, const KTensor &x);
    KTensor convolution(const Layer &l, const KTensor &x, int spatial);
    KTensor pooling(const Layer &l, const KTensor &x, int spatial, bool isMax);
    KTensor globalPooling(const Layer &l, const KTensor &x, int spatial);
    KTensor batchNorm(const Layer &l, const KTensor &x);
    KTensor layerNorm(const Layer &l, const KTensor &x);
    KTensor embedding(const Layer &l, const KTensor &x);
    KTensor recurrent(const Layer &l, const Layer &cell, const KTensor &x, bool bidirectional);
    KTensor bidirectional(const Layer &l, const KTensor &x);
    KTensor attention(const Layer &l, const Call &c, const QList<KTensor> &inputs);
    KTensor merge(const Layer &l, const QList<KTensor> &inputs, const char *op);
    KTensor concatenate(const Layer &l, const QList<KTensor> &inputs);
    KTensor reshape(const Layer &l, const KTensor &x);
    KTensor permute(const Layer &l, const KTensor &x);
    std::int64_t samePadding(std::int64_t in, std::int64_t span, std::int64_t stride,
                             std::int64_t *out, QList<std::int64_t> *oddStrides) const;
    void warnAsymmetric(const Layer &l, const QList<std::int64_t> &oddStrides);

    QString m_origin;
    ImportResult m_result;
    QSet<QString> m_names;
    QHash<QString, QString> m_layoutViews; ///< "ref|cf" / "ref|cl" → the Permute's name
    QString m_base;                        ///< node name for the layer being converted
    QString m_current;                     ///< the layer being converted (for overflow messages)
    bool m_trainable = true;
    bool m_modelFrozen = false;
    bool m_warnedPolicy = false;
};

// ---------------------------------------------------------------------------------------------
// Messages and fields

void Importer::fail(const Layer &l, const QString &why) const
{
    throw ModelError(tr("%1, layer “%2” (%3): %4").arg(m_origin, l.name, l.className, why));
}

void Importer::failModel(const QString &why) const
{
    throw ModelError(tr("%1: %2").arg(m_origin, why));
}

void Importer::warn(const QString &text)
{
    if (!m_result.warnings.contains(text))
        m_result.warnings << text;
}

std::int64_t Importer::checkedInt(const Layer &l, const char *key, const QJsonValue &v,
                                  std::int64_t min) const
{
    const QString name = QLatin1String(key);
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d)
        fail(l, tr("“%1” must be an integer.").arg(name));
    if (d < static_cast<double>(min))
        fail(l, tr("“%1” is %2; it must be at least %3.").arg(name).arg(d, 0, 'g', 17).arg(min));
    if (d >= static_cast<double>(kLargestSize))
        fail(l, tr("“%1” is %2; MemPlanner accepts sizes below %3.")
                    .arg(name)
                    .arg(d, 0, 'g', 17)
                    .arg(kLargestSize));
    return static_cast<std::int64_t>(d);
}

std::int64_t Importer::size(const Layer &l, const char *key, std::optional<std::int64_t> fallback,
                            std::int64_t min) const
{
    const QJsonValue v = field(l.config, key);
    if (isNone(v)) {
        if (!fallback)
            fail(l, tr("“%1” is missing.").arg(QLatin1String(key)));
        return *fallback;
    }
    // Keras 2 sometimes writes one-element tuples for scalars.
    if (v.isArray() && v.toArray().size() == 1)
        return checkedInt(l, key, v.toArray().at(0), min);
    return checkedInt(l, key, v, min);
}

Shape Importer::sizes(const Layer &l, const char *key, int count,
                      std::optional<std::int64_t> fallback, std::int64_t min) const
{
    const QJsonValue v = field(l.config, key);
    if (isNone(v)) {
        if (!fallback)
            fail(l, tr("“%1” is missing.").arg(QLatin1String(key)));
        return Shape(count, *fallback);
    }
    if (v.isDouble())
        return Shape(count, checkedInt(l, key, v, min));
    const QJsonArray a = v.toArray();
    if (!v.isArray() || (a.size() != count && a.size() != 1))
        fail(l, tr("“%1” must be an integer or a list of %2 integers.")
                    .arg(QLatin1String(key))
                    .arg(count));
    Shape out;
    for (int i = 0; i < count; ++i)
        out.push_back(checkedInt(l, key, a.at(a.size() == 1 ? 0 : i), min));
    return out;
}

bool Importer::flag(const Layer &l, const char *key, bool fallback) const
{
    const QJsonValue v = field(l.config, key);
    if (isNone(v))
        return fallback;
    if (!v.isBool())
        fail(l, tr("“%1” must be true or false.").arg(QLatin1String(key)));
    return v.toBool();
}

double Importer::number(const Layer &l, const char *key, double fallback) const
{
    const QJsonValue v = field(l.config, key);
    if (isNone(v))
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        fail(l, tr("“%1” must be a number.").arg(QLatin1String(key)));
    return v.toDouble();
}

QString Importer::text(const Layer &l, const char *key, const QString &fallback) const
{
    const QJsonValue v = field(l.config, key);
    if (isNone(v))
        return fallback;
    if (!v.isString())
        fail(l, tr("“%1” must be text.").arg(QLatin1String(key)));
    return v.toString();
}

QString Importer::choice(const Layer &l, const char *key, const QString &fallback,
                         const QStringList &allowed) const
{
    const QString value = text(l, key, fallback).toLower();
    if (!allowed.contains(value))
        fail(l, tr("“%1” is “%2”; MemPlanner understands %3.")
                    .arg(QLatin1String(key), value, allowed.join(QLatin1String(", "))));
    return value;
}

bool Importer::channelsLast(const Layer &l) const
{
    return choice(l, "data_format", QStringLiteral("channels_last"),
                  {QStringLiteral("channels_last"), QStringLiteral("channels_first")})
           == QLatin1String("channels_last");
}

int Importer::axis(const Layer &l, std::int64_t value, int rank) const
{
    const std::int64_t a = value < 0 ? value + rank : value;
    if (a < 1 || a >= rank)
        fail(l, tr("axis %1 is out of range for an input of %2 dimensions (with the batch).")
                    .arg(value)
                    .arg(rank));
    return static_cast<int>(a);
}

std::int64_t Importer::known(const Layer &l, std::int64_t dim, const QString &what) const
{
    if (dim <= 0)
        fail(l, tr("the input's %1 is not fixed (it depends on the sequence length); the layer "
                   "needs a fixed size.")
                    .arg(what));
    return dim;
}

void Importer::requireRank(const Layer &l, const KTensor &x, int rank) const
{
    if (x.rank() != rank)
        fail(l, tr("the input has %1 dimensions (with the batch); the layer needs %2.")
                    .arg(x.rank())
                    .arg(rank));
}

// ---------------------------------------------------------------------------------------------
// Graph building blocks

QString Importer::uniqueName(const QString &wanted) const
{
    QString base = wanted;
    base.replace(QLatin1Char(':'), QLatin1Char('_')); // "node:k" names an output
    if (base.isEmpty())
        base = QStringLiteral("layer");
    QString name = base;
    for (int k = 2; m_names.contains(name); ++k)
        name = base + QLatin1Char('_') + QString::number(k);
    return name;
}

QString Importer::addNode(const QString &name, const char *op, const QStringList &inputs,
                          const QJsonObject &attrs)
{
    Node n;
    n.name = uniqueName(name);
    n.op = QLatin1String(op);
    n.inputs = inputs;
    n.attrs = attrs;
    n.module = m_current;
    n.trainable = m_trainable;
    m_names.insert(n.name);
    m_result.graph.nodes << n;
    return n.name;
}

KTensor Importer::make(const QString &ref, Shape shape, bool channelsFirst) const
{
    KTensor t;
    t.ref = ref;
    t.shape = std::move(shape);
    // With one feature axis both layouts are the same storage.
    t.channelsFirst = channelsFirst && t.rank() > 2;
    return t;
}

KTensor Importer::toLayout(const KTensor &x, bool channelsFirst)
{
    if (x.rank() <= 2 || x.channelsFirst == channelsFirst)
        return x;
    const QString key = x.ref + (channelsFirst ? QStringLiteral("|cf") : QStringLiteral("|cl"));
    QString name = m_layoutViews.value(key);
    if (name.isEmpty()) {
        const int r = x.rank();
        QJsonArray dims{0};
        if (channelsFirst) { // Keras order → channel at 1: [0, r−1, 1, …, r−2]
            dims.append(r - 1);
            for (int i = 1; i < r - 1; ++i)
                dims.append(i);
        } else { // channel at 1 → Keras order: [0, 2, …, r−1, 1]
            for (int i = 2; i < r; ++i)
                dims.append(i);
            dims.append(1);
        }
        name = addNode(x.ref + (channelsFirst ? QStringLiteral(".channels_first")
                                              : QStringLiteral(".channels_last")),
                       "Permute", {x.ref}, {{QStringLiteral("dims"), dims}});
        m_layoutViews.insert(key, name);
    }
    KTensor t = x;
    t.ref = name;
    t.channelsFirst = channelsFirst;
    return t;
}

KTensor Importer::addInput(const Layer &l, const char *key, const QJsonValue &shapeValue,
                           const QJsonValue &dtype)
{
    const QString where = tr("%1, input “%2”").arg(m_origin, l.name);
    const QJsonArray a = shapeValue.toArray();
    if (!shapeValue.isArray() || a.isEmpty())
        throw ModelError(tr("%1: the input shape must be a list such as [null, 28, 28, 1].")
                             .arg(where));
    Shape shape{kBatchDim};
    if (!a.at(0).isNull()) {
        const std::int64_t batch = checkedInt(l, key, a.at(0), 1);
        warn(tr("Input “%1” has a fixed batch size of %2; the plan's batch size replaces it.")
                 .arg(l.name)
                 .arg(batch));
    }
    for (int i = 1; i < a.size(); ++i) {
        if (a.at(i).isNull()) {
            if (i != 1)
                throw ModelError(tr("%1: dimension %2 is None; only the batch and the first "
                                    "dimension after it (time) may be None.")
                                     .arg(where)
                                     .arg(i));
            shape.push_back(kSeqDim);
            continue;
        }
        shape.push_back(checkedInt(l, key, a.at(i), 1));
    }

    GraphInput in;
    in.name = uniqueName(l.name);
    QString type = dtype.isString() ? dtype.toString()
                                    : field(field(dtype.toObject(), "config").toObject(), "name")
                                          .toString();
    if (type.isEmpty())
        type = QStringLiteral("float32");
    if (type == QLatin1String("float64")) {
        warn(tr("Input “%1” is float64; MemPlanner plans it as float32.").arg(l.name));
        type = QStringLiteral("float32");
    }
    const std::optional<DType> dt = dtypeFromName(type);
    if (!dt)
        throw ModelError(tr("%1: the dtype “%2” is not supported.").arg(where, type));
    in.dtype = *dt;
    // Images are declared NCHW (see the top of this file); everything else in Keras' order.
    const bool image = shape.size() == 4;
    in.shape = image ? Shape{shape[0], shape[3], shape[1], shape[2]} : shape;
    m_names.insert(in.name);
    m_result.graph.inputs << in;
    return make(in.name, shape, image);
}

std::int64_t Importer::samePadding(std::int64_t in, std::int64_t span, std::int64_t stride,
                                   std::int64_t *out, QList<std::int64_t> *oddStrides) const
{
    std::int64_t total = 0;
    if (in > 0) {
        *out = (in + stride - 1) / stride;
        total = std::max<std::int64_t>((*out - 1) * stride + span - in, 0);
    } else {
        // A length known only when planning: assume it divides by the stride.
        *out = stride == 1 ? in : kUnknownDim;
        total = std::max<std::int64_t>(span - stride, 0);
    }
    if (total % 2 != 0)
        *oddStrides << stride;
    return (total + 1) / 2;
}

void Importer::warnAsymmetric(const Layer &l, const QList<std::int64_t> &oddStrides)
{
    if (oddStrides.isEmpty())
        return;
    if (oddStrides.contains(1))
        warn(tr("Layer “%1”: Keras pads “same” asymmetrically for an even kernel; MemPlanner "
                "pads symmetrically, so its output is one element longer there than Keras'.")
                 .arg(l.name));
    else
        warn(tr("Layer “%1”: Keras pads “same” asymmetrically here (the extra row or column "
                "after); MemPlanner pads one more on both sides, as PyTorch would, for the same "
                "output size.")
                 .arg(l.name));
}

QJsonValue spatialValue(const Shape &values)
{
    if (std::all_of(values.begin(), values.end(), [&](std::int64_t v) { return v == values[0]; }))
        return QJsonValue(static_cast<qint64>(values[0]));
    QJsonArray a;
    for (std::int64_t v : values)
        a.append(static_cast<qint64>(v));
    return a;
}

// ---------------------------------------------------------------------------------------------
// Layers

KTensor Importer::activation(const Layer &l, const KTensor &x, const QString &name,
                             const QString &nodeName)
{
    const QString act = name.toLower();
    if (act.isEmpty() || act == QLatin1String("linear"))
        return x;
    const QJsonObject lastAxis{{QStringLiteral("dim"), x.channelsFirst ? 1 : -1}};
    const char *op = nullptr;
    QJsonObject attrs;
    if (act == QLatin1String("relu")) {
        op = "ReLU";
    } else if (act == QLatin1String("sigmoid")) {
        op = "Sigmoid";
    } else if (act == QLatin1String("tanh")) {
        op = "Tanh";
    } else if (act == QLatin1String("softmax")) {
        op = "Softmax";
        attrs = lastAxis;
    } else if (act == QLatin1String("log_softmax")) {
        op = "LogSoftmax";
        attrs = lastAxis;
    } else if (act == QLatin1String("gelu")) {
        op = "GELU";
    } else if (act == QLatin1String("swish") || act == QLatin1String("silu")) {
        op = "SiLU";
    } else if (act == QLatin1String("relu6")) {
        op = "ReLU6";
    } else if (act == QLatin1String("leaky_relu")) {
        op = "LeakyReLU";
        attrs.insert(QStringLiteral("negative_slope"), 0.2); // keras.activations.leaky_relu
    } else if (act == QLatin1String("elu") || act == QLatin1String("selu")
               || act == QLatin1String("softplus") || act == QLatin1String("softsign")
               || act == QLatin1String("mish") || act == QLatin1String("hard_sigmoid")
               || act == QLatin1String("hard_swish") || act == QLatin1String("hard_silu")) {
        // All of these keep their input for backward in PyTorch, as SiLU does.
        op = "SiLU";
        warn(tr("Layer “%1”: the activation “%2” is planned as SiLU, which keeps the same "
                "tensors for backward.")
                 .arg(l.name, act));
    } else {
        fail(l, tr("the activation “%1” is not supported.").arg(act));
    }
    return make(addNode(nodeName, op, {x.ref}, attrs), x.shape, x.channelsFirst);
}

QString Importer::activationName(const Layer &l) const
{
    const QJsonValue v = field(l.config, "activation");
    QString name;
    if (v.isString()) {
        name = v.toString();
    } else if (v.isObject()) { // a serialised function: {"class_name": …, "config": "relu"}
        const QJsonValue c = field(v.toObject(), "config");
        name = c.isString() ? c.toString()
                            : field(c.toObject(), "name").toString(
                                  field(v.toObject(), "class_name").toString());
    } else if (!isNone(v)) {
        fail(l, tr("“activation” must be text."));
    }
    return name.toLower();
}

KTensor Importer::activationOf(const Layer &l, const KTensor &x)
{
    const QString name = activationName(l);
    if (name.isEmpty() || name == QLatin1String("linear"))
        return x;
    return activation(l, x, name, m_base + QLatin1Char('.') + name);
}

KTensor Importer::dense(const Layer &l, const KTensor &input)
{
    if (input.rank() < 2)
        fail(l, tr("the input needs a feature dimension."));
    const KTensor x = toLayout(input, false);
    known(l, x.shape.back(), tr("last dimension"));
    const std::int64_t units = size(l, "units", std::nullopt);
    const QString n = addNode(m_base, "Linear", {x.ref},
                              {{QStringLiteral("out_features"), static_cast<qint64>(units)},
                               {QStringLiteral("bias"), flag(l, "use_bias", true)}});
    Shape y = x.shape;
    y.back() = units;
    return activationOf(l, make(n, y, false));
}

KTensor Importer::convolution(const Layer &l, const KTensor &input, int spatial)
{
    const QString cls = l.className;
    const bool depthwise = cls.startsWith(QLatin1String("DepthwiseConv"));
    const bool separable = cls.startsWith(QLatin1String("SeparableConv"));
    const bool transposed = cls.endsWith(QLatin1String("Transpose"));
    const bool last = channelsLast(l);
    requireRank(l, input, spatial + 2);
    const KTensor x = toLayout(input, last);
    const int chAxis = last ? spatial + 1 : 1;
    const std::int64_t cin = known(l, x.shape[chAxis], tr("channel count"));
    const Shape k = sizes(l, "kernel_size", spatial, std::nullopt);
    const Shape s = sizes(l, "strides", spatial, 1);
    const Shape d = sizes(l, "dilation_rate", spatial, 1);
    QStringList paddings{QStringLiteral("valid"), QStringLiteral("same")};
    if (spatial == 1 && !depthwise && !separable && !transposed)
        paddings << QStringLiteral("causal");
    const QString padding = choice(l, "padding", QStringLiteral("valid"), paddings);
    const bool useBias = flag(l, "use_bias", true);
    const std::int64_t multiplier = depthwise || separable ? size(l, "depth_multiplier", 1) : 1;
    const std::int64_t filters = depthwise ? checkedMul(cin, multiplier)
                                           : size(l, "filters", std::nullopt);
    const std::int64_t groups = depthwise || separable || transposed ? 1 : size(l, "groups", 1);
    if (cin % groups != 0 || filters % groups != 0)
        fail(l, tr("%1 input channels and %2 filters do not divide into %3 groups.")
                    .arg(cin)
                    .arg(filters)
                    .arg(groups));

    Shape pad, outPad, out;
    QList<std::int64_t> odd;
    const Shape keep = transposed ? sizes(l, "output_padding", spatial, -1, 0) : Shape{};
    for (int i = 0; i < spatial; ++i) {
        const std::int64_t in = x.shape[last ? 1 + i : 2 + i];
        const std::int64_t span = checkedAdd(checkedMul(d[i], k[i] - 1), 1);
        std::int64_t o = kUnknownDim;
        if (transposed) {
            // Keras' deconv_output_length; PyTorch gives (in − 1)·s + span − 2p + output_padding,
            // so 2p − output_padding must equal `excess`.
            std::int64_t excess = 0;
            if (isNone(field(l.config, "output_padding")))
                excess = span - (padding == QLatin1String("same") ? s[i] : std::max(span, s[i]));
            else
                excess = (padding == QLatin1String("same") ? 2 * (span / 2) : 0) - keep[i];
            const std::int64_t p = excess >= 0 ? (excess + 1) / 2 : 0;
            pad.push_back(p);
            outPad.push_back(excess >= 0 ? 2 * p - excess : -excess);
            if (in > 0)
                o = checkedSub(checkedAdd(checkedMul(in - 1, s[i]), span), excess);
        } else if (padding == QLatin1String("valid")) {
            pad.push_back(0);
            if (in > 0) {
                if (in < span)
                    fail(l, tr("the window (%1) is larger than the input (%2).").arg(span).arg(in));
                o = (in - span) / s[i] + 1;
            }
        } else { // same, causal
            pad.push_back(samePadding(in, span, s[i], &o, &odd));
            if (padding == QLatin1String("causal") && span > 1)
                warn(tr("Layer “%1”: Keras pads causally (%2 before the sequence); MemPlanner "
                        "pads %3 on both sides, for the same output length.")
                         .arg(l.name)
                         .arg(span - 1)
                         .arg(pad.back()));
        }
        out.push_back(o);
    }
    if (padding == QLatin1String("same"))
        warnAsymmetric(l, odd);

    QJsonObject attrs{{QStringLiteral("kernel"), spatialValue(k)},
                      {QStringLiteral("stride"), spatialValue(s)},
                      {QStringLiteral("padding"), spatialValue(pad)},
                      {QStringLiteral("dilation"), spatialValue(d)}};
    const char *op = spatial == 1 ? "Conv1d" : "Conv2d";
    QString ref = x.ref;
    if (transposed) {
        if (spatial != 2)
            fail(l, tr("only two-dimensional transposed convolutions are supported."));
        op = "ConvTranspose2d";
        attrs.insert(QStringLiteral("output_padding"), spatialValue(outPad));
    }
    if (separable) { // depthwise (no bias) → pointwise 1×1 with the layer's bias
        QJsonObject dw = attrs;
        dw.insert(QStringLiteral("out_channels"), static_cast<qint64>(checkedMul(cin, multiplier)));
        dw.insert(QStringLiteral("groups"), static_cast<qint64>(cin));
        dw.insert(QStringLiteral("bias"), false);
        ref = addNode(m_base + QStringLiteral(".depthwise"), op, {ref}, dw);
        attrs = {{QStringLiteral("kernel"), 1}};
    } else if (depthwise) {
        attrs.insert(QStringLiteral("groups"), static_cast<qint64>(cin));
    } else if (groups != 1) {
        attrs.insert(QStringLiteral("groups"), static_cast<qint64>(groups));
    }
    attrs.insert(QStringLiteral("out_channels"), static_cast<qint64>(filters));
    attrs.insert(QStringLiteral("bias"), useBias);
    ref = addNode(m_base, op, {ref}, attrs);

    Shape y{kBatchDim};
    if (!last)
        y.push_back(filters);
    y.insert(y.end(), out.begin(), out.end());
    if (last)
        y.push_back(filters);
    return activationOf(l, make(ref, y, last));
}

KTensor Importer::pooling(const Layer &l, const KTensor &input, int spatial, bool isMax)
{
    const bool last = channelsLast(l);
    requireRank(l, input, spatial + 2);
    const KTensor x = toLayout(input, last);
    const Shape k = sizes(l, "pool_size", spatial, 2);
    const Shape s = isNone(field(l.config, "strides")) ? k : sizes(l, "strides", spatial, 1);
    const QString padding = choice(l, "padding", QStringLiteral("valid"),
                                   {QStringLiteral("valid"), QStringLiteral("same")});
    Shape pad, y = x.shape;
    QList<std::int64_t> odd;
    for (int i = 0; i < spatial; ++i) {
        const int dim = last ? 1 + i : 2 + i;
        const std::int64_t in = x.shape[dim];
        std::int64_t o = kUnknownDim;
        if (padding == QLatin1String("same")) {
            pad.push_back(samePadding(in, k[i], s[i], &o, &odd));
        } else {
            pad.push_back(0);
            if (in > 0) {
                if (in < k[i])
                    fail(l, tr("the window (%1) is larger than the input (%2).").arg(k[i]).arg(in));
                o = (in - k[i]) / s[i] + 1;
            }
        }
        y[dim] = o;
    }
    warnAsymmetric(l, odd);
    const char *op = spatial == 1 ? (isMax ? "MaxPool1d" : "AvgPool1d")
                                  : (isMax ? "MaxPool2d" : "AvgPool2d");
    const QString n = addNode(m_base, op, {x.ref},
                              {{QStringLiteral("kernel"), spatialValue(k)},
                               {QStringLiteral("stride"), spatialValue(s)},
                               {QStringLiteral("padding"), spatialValue(pad)}});
    return make(n, y, last);
}

KTensor Importer::globalPooling(const Layer &l, const KTensor &input, int spatial)
{
    const bool last = channelsLast(l);
    requireRank(l, input, spatial + 2);
    const KTensor x = toLayout(input, last);
    const bool keepdims = flag(l, "keepdims", false);
    const std::int64_t channels = x.shape[last ? spatial + 1 : 1];
    const QString n = addNode(m_base, "GlobalAvgPool", {x.ref},
                              {{QStringLiteral("keepdims"), keepdims}});
    if (!keepdims)
        return make(n, {kBatchDim, channels}, false);
    Shape y(spatial + 2, 1);
    y[0] = kBatchDim;
    y[last ? spatial + 1 : 1] = channels;
    return make(n, y, last);
}

KTensor Importer::batchNorm(const Layer &l, const KTensor &input)
{
    const QJsonValue axisValue = field(l.config, "axis");
    std::int64_t a = -1;
    if (axisValue.isArray()) { // Keras 2 writes the built axis as a list
        if (axisValue.toArray().size() != 1)
            fail(l, tr("normalising over several axes is not supported."));
        a = checkedInt(l, "axis", axisValue.toArray().at(0), std::numeric_limits<int>::min());
    } else if (!isNone(axisValue)) {
        a = checkedInt(l, "axis", axisValue, std::numeric_limits<int>::min());
    }
    const int ax = axis(l, a, input.rank());
    KTensor x;
    if (ax == input.rank() - 1)
        x = toLayout(input, true); // Keras' last axis at MemPlanner's channel position 1
    else if (ax == 1)
        x = toLayout(input, false);
    else
        fail(l, tr("only the last axis or axis 1 can be normalised."));
    const std::int64_t channels = known(l, input.shape[ax], tr("channel count"));
    const bool center = flag(l, "center", true);
    const bool scale = flag(l, "scale", true);
    if (center != scale)
        warn(tr("Layer “%1”: MemPlanner's BatchNorm has both a scale and a shift; the missing one "
                "adds %2 parameters that Keras does not have.")
                 .arg(l.name)
                 .arg(channels));
    const QString n = addNode(m_base, "BatchNorm", {x.ref},
                              {{QStringLiteral("eps"), number(l, "epsilon", 1e-3)},
                               {QStringLiteral("affine"), center || scale}});
    return make(n, input.shape, x.channelsFirst);
}

KTensor Importer::layerNorm(const Layer &l, const KTensor &input)
{
    const KTensor x = toLayout(input, false);
    const QJsonValue axisValue = field(l.config, "axis");
    QList<int> axes;
    const QJsonArray list = axisValue.isArray() ? axisValue.toArray() : QJsonArray{axisValue};
    for (const QJsonValue &v : list)
        axes << axis(l, isNone(v) ? -1 : checkedInt(l, "axis", v, std::numeric_limits<int>::min()),
                     x.rank());
    std::sort(axes.begin(), axes.end());
    for (int i = 0; i < axes.size(); ++i)
        if (axes[i] != x.rank() - axes.size() + i)
            fail(l, tr("only the last axes can be normalised."));
    QJsonArray normalized;
    for (int a : axes)
        normalized.append(static_cast<qint64>(known(l, x.shape[a], tr("normalised size"))));
    const bool center = flag(l, "center", true);
    const bool rms = flag(l, "rms_scaling", false);
    const bool scale = flag(l, "scale", true) || rms;
    if (center && !scale && !rms)
        warn(tr("Layer “%1”: MemPlanner's LayerNorm cannot shift without scaling; it counts a "
                "scale that Keras does not have.")
                 .arg(l.name));
    QJsonObject attrs{{QStringLiteral("eps"), number(l, "epsilon", 1e-3)},
                      {QStringLiteral("elementwise_affine"), center || scale},
                      {QStringLiteral("bias"), center && !rms}};
    attrs.insert(QStringLiteral("normalized_shape"),
                 normalized.size() == 1 ? normalized.at(0) : QJsonValue(normalized));
    return make(addNode(m_base, "LayerNorm", {x.ref}, attrs), x.shape, false);
}

KTensor Importer::embedding(const Layer &l, const KTensor &input)
{
    const KTensor x = toLayout(input, false);
    const std::int64_t num = size(l, "input_dim", std::nullopt);
    const std::int64_t dim = size(l, "output_dim", std::nullopt);
    // Keras casts float indices to int; MemPlanner's Embedding takes integer indices.
    for (GraphInput &in : m_result.graph.inputs) {
        if (in.name == x.ref && isFloating(in.dtype)) {
            warn(tr("Input “%1” is %2 in Keras but feeds an Embedding; it is planned as int64 "
                    "indices.")
                     .arg(in.name, dtypeName(in.dtype)));
            in.dtype = DType::Int64;
        }
    }
    const QString n = addNode(m_base, "Embedding", {x.ref},
                              {{QStringLiteral("num_embeddings"), static_cast<qint64>(num)},
                               {QStringLiteral("embedding_dim"), static_cast<qint64>(dim)}});
    Shape y = x.shape;
    y.push_back(dim);
    return make(n, y, false);
}

KTensor Importer::recurrent(const Layer &l, const Layer &cell, const KTensor &input,
                            bool bidirectional)
{
    requireRank(l, input, 3);
    const KTensor x = toLayout(input, false);
    known(l, x.shape[2], tr("feature size"));
    const bool lstm = cell.className == QLatin1String("LSTM");
    const std::int64_t units = size(cell, "units", std::nullopt);
    const bool sequences = flag(cell, "return_sequences", false);
    // Keras' LSTM has one bias per gate; GRU(reset_after=True), the default since TF 2, two.
    const bool twoBiases = !lstm && flag(cell, "reset_after", true);
    if (number(cell, "dropout", 0.0) > 0.0 || number(cell, "recurrent_dropout", 0.0) > 0.0)
        warn(tr("Layer “%1”: the dropout inside the recurrent cell is not planned.").arg(l.name));
    const QString n = addNode(m_base, lstm ? "LSTM" : "GRU", {x.ref},
                              {{QStringLiteral("hidden_size"), static_cast<qint64>(units)},
                               {QStringLiteral("bias"), flag(cell, "use_bias", true)},
                               {QStringLiteral("bias_vectors"), twoBiases ? 2 : 1},
                               {QStringLiteral("bidirectional"), bidirectional},
                               {QStringLiteral("return_sequences"), sequences}});
    const std::int64_t width = bidirectional ? 2 * units : units;
    return make(n, sequences ? Shape{x.shape[0], x.shape[1], width} : Shape{x.shape[0], width},
                false);
}

KTensor Importer::bidirectional(const Layer &l, const KTensor &x)
{
    const QJsonObject inner = field(l.config, "layer").toObject();
    Layer cell;
    cell.name = l.name;
    cell.className = field(inner, "class_name").toString();
    cell.config = field(inner, "config").toObject();
    if (cell.className != QLatin1String("LSTM") && cell.className != QLatin1String("GRU"))
        fail(l, tr("only an LSTM or a GRU can be wrapped, not “%1”.").arg(cell.className));
    const QJsonObject backward = field(l.config, "backward_layer").toObject();
    if (!backward.isEmpty()) {
        Layer back = cell;
        back.className = field(backward, "class_name").toString();
        back.config = field(backward, "config").toObject();
        if (back.className != cell.className
            || size(back, "units", std::nullopt) != size(cell, "units", std::nullopt))
            fail(l, tr("the backward layer must be the forward layer's class and size."));
    }
    const QJsonValue modeValue = field(l.config, "merge_mode");
    if (modeValue.isNull())
        fail(l, tr("merge_mode None (two separate outputs) is not supported."));
    const QString mode = choice(l, "merge_mode", QStringLiteral("concat"),
                                {QStringLiteral("concat"), QStringLiteral("sum"),
                                 QStringLiteral("ave"), QStringLiteral("mul")});
    KTensor y = recurrent(l, cell, x, true);
    if (mode == QLatin1String("concat"))
        return y;
    // The two directions are halves of the output: split them and merge as Keras does.
    const int last = y.rank() - 1;
    const QString split = addNode(m_base + QStringLiteral(".directions"), "Split", {y.ref},
                                  {{QStringLiteral("dim"), last}, {QStringLiteral("parts"), 2}});
    const QStringList halves{split + QStringLiteral(":0"), split + QStringLiteral(":1")};
    const QString merged = addNode(m_base + QLatin1Char('.') + mode,
                                   mode == QLatin1String("mul") ? "Mul" : "Add", halves, {});
    Shape shape = y.shape;
    shape[last] /= 2;
    return make(merged, shape, false);
}

KTensor Importer::attention(const Layer &l, const Call &c, const QList<KTensor> &inputs)
{
    // inputs: query, value, key (key defaults to value), as Keras' call(query, value, key)
    if (inputs.size() < 2)
        fail(l, tr("the layer needs a query and a value."));
    const KTensor q = toLayout(inputs[0], false);
    const KTensor v = toLayout(inputs[1], false);
    const KTensor k = toLayout(inputs.size() > 2 ? inputs[2] : inputs[1], false);
    for (const KTensor *t : {&q, &k, &v})
        requireRank(l, *t, 3);
    const std::int64_t e = known(l, q.shape[2], tr("query width"));
    if (k.shape[2] != e || v.shape[2] != e)
        fail(l, tr("MemPlanner's attention needs query, key and value of one width (the query "
                   "has %1, the key %2, the value %3).")
                    .arg(e)
                    .arg(k.shape[2])
                    .arg(v.shape[2]));
    const std::int64_t heads = size(l, "num_heads", std::nullopt);
    const std::int64_t keyDim = size(l, "key_dim", std::nullopt);
    const std::int64_t valueDim = size(l, "value_dim", keyDim);
    const QJsonValue outShape = field(l.config, "output_shape");
    if (!isNone(outShape)) {
        const QJsonValue o = outShape.isArray() && outShape.toArray().size() == 1
                                 ? outShape.toArray().at(0)
                                 : outShape;
        if (!o.isDouble() || o.toInteger() != e)
            fail(l, tr("an output_shape other than the query's width is not supported."));
    }
    const QJsonValue axes = field(l.config, "attention_axes");
    if (!isNone(axes)) {
        const QJsonArray a = axes.isArray() ? axes.toArray() : QJsonArray{axes};
        if (a.size() != 1 || (a.at(0).toInteger() != 1 && a.at(0).toInteger() != -2))
            fail(l, tr("attention over axes other than the sequence is not supported."));
    }
    QStringList refs{q.ref};
    if (k.ref != q.ref || v.ref != q.ref)
        refs << k.ref << v.ref;
    const QString n = addNode(
        m_base, "MultiHeadAttention", refs,
        {{QStringLiteral("embed_dim"), static_cast<qint64>(e)},
         {QStringLiteral("num_heads"), static_cast<qint64>(heads)},
         {QStringLiteral("head_dim"), static_cast<qint64>(keyDim)},
         {QStringLiteral("value_dim"), static_cast<qint64>(valueDim)},
         {QStringLiteral("bias"), flag(l, "use_bias", true)},
         {QStringLiteral("dropout"), number(l, "dropout", 0.0)},
         {QStringLiteral("causal"), field(c.options, "use_causal_mask").toBool(false)}});
    return make(n, q.shape, false);
}

KTensor Importer::merge(const Layer &l, const QList<KTensor> &inputs, const char *op)
{
    if (inputs.size() < 2)
        fail(l, tr("the layer needs at least two inputs."));
    QStringList refs;
    Shape y = inputs[0].shape;
    for (const KTensor &t : inputs) {
        const KTensor u = t.rank() == inputs[0].rank() ? toLayout(t, inputs[0].channelsFirst) : t;
        refs << u.ref;
        if (t.rank() == static_cast<int>(y.size()))
            for (std::size_t i = 0; i < y.size(); ++i)
                if (y[i] == 1 || (y[i] <= 0 && t.shape[i] > 1))
                    y[i] = t.shape[i];
    }
    QString ref;
    if (QLatin1String(op) == QLatin1String("Mul")) { // Mul takes two factors: chain them
        ref = refs[0];
        for (int i = 1; i < refs.size(); ++i)
            ref = addNode(i + 1 == refs.size() ? m_base
                                               : m_base + QStringLiteral(".part%1").arg(i),
                          "Mul", {ref, refs[i]}, {});
    } else {
        ref = addNode(m_base, op, refs, {});
    }
    return make(ref, y, inputs[0].channelsFirst);
}

KTensor Importer::concatenate(const Layer &l, const QList<KTensor> &inputs)
{
    if (inputs.isEmpty())
        fail(l, tr("the layer needs inputs."));
    const int rank = inputs[0].rank();
    const int a = axis(l, size(l, "axis", -1, std::numeric_limits<int>::min()), rank);
    const bool cf = inputs[0].channelsFirst;
    QStringList refs;
    Shape y = inputs[0].shape;
    y[a] = 0;
    for (const KTensor &t : inputs) {
        if (t.rank() != rank)
            fail(l, tr("all inputs need %1 dimensions.").arg(rank));
        refs << toLayout(t, cf).ref;
        y[a] = y[a] < 0 || t.shape[a] <= 0 ? kUnknownDim : checkedAdd(y[a], t.shape[a]);
    }
    // Keras' axis a sits at 1 (the last axis) or a + 1 in a channels-first tensor.
    const int dim = !cf ? a : (a == rank - 1 ? 1 : a + 1);
    return make(addNode(m_base, "Concat", refs, {{QStringLiteral("dim"), dim}}), y, cf);
}

KTensor Importer::reshape(const Layer &l, const KTensor &x)
{
    const QJsonValue target = field(l.config, "target_shape");
    if (!target.isArray() || target.toArray().isEmpty())
        fail(l, tr("“target_shape” must be a list of sizes."));
    QJsonArray attr{QStringLiteral("batch")};
    Shape y{kBatchDim};
    int inferred = -1;
    std::int64_t knownProduct = 1;
    for (const QJsonValue &v : target.toArray()) {
        if (v.isDouble() && v.toDouble() == -1.0 && inferred < 0) {
            inferred = static_cast<int>(y.size());
            y.push_back(kUnknownDim);
            attr.append(-1);
            continue;
        }
        const std::int64_t s = checkedInt(l, "target_shape", v, 1);
        knownProduct = checkedMul(knownProduct, s);
        y.push_back(s);
        attr.append(static_cast<qint64>(s));
    }
    if (inferred >= 0) {
        std::int64_t total = 1;
        for (int i = 1; i < x.rank() && total > 0; ++i)
            total = x.shape[i] > 0 ? checkedMul(total, x.shape[i]) : -1;
        if (total > 0) {
            if (total % knownProduct != 0)
                fail(l, tr("%1 elements per sample do not reshape into the target shape.")
                            .arg(total));
            y[inferred] = total / knownProduct;
        }
    }
    // The stored order may be channels-first; the sizes are what matters (see the top).
    return make(addNode(m_base, "Reshape", {x.ref}, {{QStringLiteral("shape"), attr}}), y, false);
}

KTensor Importer::permute(const Layer &l, const KTensor &input)
{
    const KTensor x = toLayout(input, false);
    const QJsonArray dims = field(l.config, "dims").toArray();
    if (dims.size() != x.rank() - 1)
        fail(l, tr("“dims” must list the %1 dimensions after the batch.").arg(x.rank() - 1));
    QJsonArray attr{0};
    Shape y{x.shape[0]};
    QSet<std::int64_t> seen;
    for (const QJsonValue &v : dims) {
        const std::int64_t d = checkedInt(l, "dims", v, 1);
        if (d >= x.rank() || seen.contains(d))
            fail(l, tr("“dims” must be a permutation of 1 … %1.").arg(x.rank() - 1));
        seen.insert(d);
        attr.append(static_cast<qint64>(d));
        y.push_back(x.shape[d]);
    }
    return make(addNode(m_base, "Permute", {x.ref}, {{QStringLiteral("dims"), attr}}), y, false);
}

KTensor Importer::convert(const Layer &l, int call, const Call &c, const QList<KTensor> &inputs)
{
    m_current = l.name;
    m_base = call == 0 ? l.name : l.name + QStringLiteral("_call%1").arg(call + 1);
    m_trainable = !m_modelFrozen && flag(l, "trainable", true);
    const QJsonValue policy = field(l.config, "dtype");
    const QString policyName = policy.isString()
                                   ? policy.toString()
                                   : field(field(policy.toObject(), "config").toObject(), "name")
                                         .toString();
    if (policyName.startsWith(QLatin1String("mixed_")) && !m_warnedPolicy) {
        m_warnedPolicy = true;
        warn(tr("The model uses the Keras dtype policy “%1”; choose the matching mixed "
                "precision in the plan's configuration.")
                 .arg(policyName));
    }

    const QString &cls = l.className;
    if (cls == QLatin1String("MultiHeadAttention"))
        return attention(l, c, inputs);
    if (inputs.isEmpty())
        fail(l, tr("the layer has no input."));
    if (cls == QLatin1String("Add"))
        return merge(l, inputs, "Add");
    if (cls == QLatin1String("Multiply"))
        return merge(l, inputs, "Mul");
    if (cls == QLatin1String("Concatenate"))
        return concatenate(l, inputs);
    if (inputs.size() != 1)
        fail(l, tr("the layer takes one input, not %1.").arg(inputs.size()));
    const KTensor &x = inputs[0];

    if (cls == QLatin1String("Dense"))
        return dense(l, x);
    if (cls == QLatin1String("Conv1D") || cls == QLatin1String("DepthwiseConv1D")
        || cls == QLatin1String("SeparableConv1D"))
        return convolution(l, x, 1);
    if (cls == QLatin1String("Conv2D") || cls == QLatin1String("DepthwiseConv2D")
        || cls == QLatin1String("SeparableConv2D") || cls == QLatin1String("Conv2DTranspose"))
        return convolution(l, x, 2);
    if (cls == QLatin1String("MaxPooling1D") || cls == QLatin1String("AveragePooling1D"))
        return pooling(l, x, 1, cls.startsWith(QLatin1String("Max")));
    if (cls == QLatin1String("MaxPooling2D") || cls == QLatin1String("AveragePooling2D"))
        return pooling(l, x, 2, cls.startsWith(QLatin1String("Max")));
    if (cls == QLatin1String("GlobalAveragePooling1D"))
        return globalPooling(l, x, 1);
    if (cls == QLatin1String("GlobalAveragePooling2D"))
        return globalPooling(l, x, 2);
    if (cls == QLatin1String("BatchNormalization"))
        return batchNorm(l, x);
    if (cls == QLatin1String("LayerNormalization"))
        return layerNorm(l, x);
    if (cls == QLatin1String("Embedding"))
        return embedding(l, x);
    if (cls == QLatin1String("LSTM") || cls == QLatin1String("GRU"))
        return recurrent(l, l, x, false);
    if (cls == QLatin1String("Bidirectional"))
        return bidirectional(l, x);
    if (cls == QLatin1String("Activation"))
        return activation(l, x, activationName(l), m_base);
    if (cls == QLatin1String("ReLU")) {
        const double slope = number(l, "negative_slope", 0.0);
        const QJsonValue maxValue = field(l.config, "max_value");
        if (!isNone(maxValue)) {
            if (number(l, "max_value", 6.0) != 6.0)
                warn(tr("Layer “%1”: a ReLU capped at %2 is planned as ReLU6 (the same memory).")
                         .arg(l.name)
                         .arg(maxValue.toDouble()));
            return make(addNode(m_base, "ReLU6", {x.ref}, {}), x.shape, x.channelsFirst);
        }
        if (slope > 0.0)
            return make(addNode(m_base, "LeakyReLU", {x.ref},
                                {{QStringLiteral("negative_slope"), slope}}),
                        x.shape, x.channelsFirst);
        return make(addNode(m_base, "ReLU", {x.ref}, {}), x.shape, x.channelsFirst);
    }
    if (cls == QLatin1String("LeakyReLU")) {
        // Keras 2 calls the slope alpha, Keras 3 negative_slope; both default to 0.3.
        const double slope = number(l, "negative_slope", number(l, "alpha", 0.3));
        return make(addNode(m_base, "LeakyReLU", {x.ref},
                            {{QStringLiteral("negative_slope"), slope}}),
                    x.shape, x.channelsFirst);
    }
    if (cls == QLatin1String("Softmax")) {
        const int a = axis(l, size(l, "axis", -1, std::numeric_limits<int>::min()), x.rank());
        const int dim = !x.channelsFirst ? a : (a == x.rank() - 1 ? 1 : a + 1);
        return make(addNode(m_base, "Softmax", {x.ref}, {{QStringLiteral("dim"), dim}}), x.shape,
                    x.channelsFirst);
    }
    if (cls == QLatin1String("Dropout")) {
        const double rate = number(l, "rate", 0.5);
        if (rate < 0.0 || rate > 1.0)
            fail(l, tr("“rate” must be between 0 and 1."));
        return make(addNode(m_base, "Dropout", {x.ref}, {{QStringLiteral("p"), rate}}), x.shape,
                    x.channelsFirst);
    }
    if (cls == QLatin1String("Flatten")) {
        std::int64_t total = 1;
        for (int i = 1; i < x.rank() && total > 0; ++i)
            total = x.shape[i] > 0 ? checkedMul(total, x.shape[i]) : kUnknownDim;
        // Flattening the stored (possibly channels-first) order: the same size as Keras'.
        return make(addNode(m_base, "Flatten", {x.ref}, {{QStringLiteral("start_dim"), 1}}),
                    {kBatchDim, x.rank() > 1 ? total : 1}, false);
    }
    if (cls == QLatin1String("Reshape"))
        return reshape(l, x);
    if (cls == QLatin1String("Permute"))
        return permute(l, x);
    fail(l, tr("this layer class is not supported."));
}

// ---------------------------------------------------------------------------------------------
// Reading the model

Layer Importer::readLayer(const QJsonValue &v, int position) const
{
    if (!v.isObject())
        failModel(tr("entry %1 of “layers” is not an object.").arg(position + 1));
    Layer l;
    l.object = v.toObject();
    l.className = field(l.object, "class_name").toString();
    l.config = field(l.object, "config").toObject();
    l.name = field(l.object, "name").toString(field(l.config, "name").toString());
    if (l.className.isEmpty())
        failModel(tr("entry %1 of “layers” has no “class_name”.").arg(position + 1));
    if (l.name.isEmpty())
        failModel(tr("entry %1 of “layers” (%2) has no name.").arg(position + 1).arg(l.className));
    if (!field(l.object, "config").isObject())
        fail(l, tr("“config” must be an object."));
    if (l.className == QLatin1String("Sequential") || l.className == QLatin1String("Functional")
        || l.className == QLatin1String("Model"))
        fail(l, tr("models nested in models are not supported; export the inner model on its "
                   "own or flatten it into one model."));
    if (!supportedLayers().contains(l.className))
        fail(l, tr("this layer class is not supported. Supported: %1.")
                    .arg(supportedLayers().join(QLatin1String(", "))));
    return l;
}

std::optional<KerasRef> Importer::refFromArray(const QJsonValue &v) const
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() < 3 || !a.at(0).isString() || !a.at(1).isDouble()
        || !a.at(2).isDouble())
        return std::nullopt;
    const double node = a.at(1).toDouble(), tensor = a.at(2).toDouble();
    if (node < 0 || tensor < 0 || node > 1e6 || tensor > 1e6 || std::floor(node) != node
        || std::floor(tensor) != tensor)
        return std::nullopt;
    return KerasRef{a.at(0).toString(), static_cast<int>(node), static_cast<int>(tensor)};
}

void Importer::collectKerasTensors(const Layer &l, const QJsonValue &v, QList<KerasRef> &out) const
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectKerasTensors(l, e, out);
        return;
    }
    const QJsonObject o = v.toObject();
    if (field(o, "class_name").toString() != QLatin1String("__keras_tensor__"))
        return;
    const std::optional<KerasRef> r =
        refFromArray(field(field(o, "config").toObject(), "keras_history"));
    if (!r)
        fail(l, tr("an input tensor has no valid “keras_history” [layer, node, tensor]."));
    out << *r;
}

Call Importer::parseCall(const Layer &l, const QJsonValue &node) const
{
    Call c;
    if (node.isArray()) { // Keras 2: [["layer", node, tensor, {kwargs}], …]
        const QJsonArray entries = node.toArray();
        for (int i = 0; i < entries.size(); ++i) {
            const std::optional<KerasRef> r = refFromArray(entries.at(i));
            if (!r)
                fail(l, tr("each inbound node entry must be [layer, node, tensor, {…}]."));
            c.args << *r;
            const QJsonArray entry = entries.at(i).toArray();
            if (i > 0 || entry.size() < 4 || !entry.at(3).isObject())
                continue;
            const QJsonObject kwargs = entry.at(3).toObject();
            for (auto it = kwargs.begin(); it != kwargs.end(); ++it) {
                if (const std::optional<KerasRef> t = refFromArray(it.value()))
                    c.named.insert(it.key(), *t);
                else
                    c.options.insert(it.key(), it.value());
            }
        }
    } else if (node.isObject()) { // Keras 3: {"args": […], "kwargs": {…}}
        const QJsonObject o = node.toObject();
        collectKerasTensors(l, field(o, "args"), c.args);
        const QJsonObject kwargs = field(o, "kwargs").toObject();
        for (auto it = kwargs.begin(); it != kwargs.end(); ++it) {
            QList<KerasRef> tensors;
            collectKerasTensors(l, it.value(), tensors);
            if (!tensors.isEmpty())
                c.named.insert(it.key(), tensors.first());
            else
                c.options.insert(it.key(), it.value());
        }
    } else {
        fail(l, tr("“inbound_nodes” entries must be lists (Keras 2) or objects with “args” "
                   "(Keras 3)."));
    }
    if (c.args.isEmpty() && c.named.isEmpty())
        fail(l, tr("a call of the layer has no input tensor."));
    return c;
}

void Importer::collectRefs(const QJsonValue &v, QList<KerasRef> &out, const QString &where) const
{
    if (const std::optional<KerasRef> r = refFromArray(v)) {
        out << *r;
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectRefs(e, out, where);
    } else if (v.isObject()) { // Keras 3 dict outputs: {"name": ["layer", 0, 0], …}
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectRefs(it.value(), out, where);
    } else {
        failModel(tr("“%1” must hold [layer, node, tensor] entries.").arg(where));
    }
}

void Importer::importSequential(const QList<Layer> &layers, const QJsonObject &config)
{
    KTensor x;
    int first = 0;
    const Layer &head = layers.first();
    if (head.className == QLatin1String("InputLayer")) {
        QJsonValue shape = field(head.config, "batch_shape");
        if (isNone(shape))
            shape = field(head.config, "batch_input_shape");
        x = addInput(head, isNone(field(head.config, "batch_shape")) ? "batch_input_shape"
                                                                     : "batch_shape",
                     shape, field(head.config, "dtype"));
        first = 1;
    } else {
        // Keras 2 puts batch_input_shape on the first layer; Keras 3 records build shapes.
        QJsonValue shape = field(head.config, "batch_input_shape");
        if (isNone(shape))
            shape = field(head.config, "batch_shape");
        if (isNone(shape))
            shape = field(config, "build_input_shape");
        if (isNone(shape))
            shape = field(field(head.object, "build_config").toObject(), "input_shape");
        if (isNone(shape))
            failModel(tr("the Sequential model has no input shape (no InputLayer and no "
                         "batch_input_shape on its first layer); build the model before "
                         "calling to_json()."));
        Layer in;
        in.name = head.name + QStringLiteral("_input");
        in.className = QStringLiteral("InputLayer");
        x = addInput(in, "batch_input_shape", shape, field(head.config, "dtype"));
    }
    if (first >= layers.size())
        failModel(tr("the model has no layers after its input."));
    for (int i = first; i < layers.size(); ++i) {
        if (layers[i].className == QLatin1String("InputLayer"))
            fail(layers[i], tr("an InputLayer can only come first in a Sequential model."));
        if (layers[i].className == QLatin1String("MultiHeadAttention"))
            x = convert(layers[i], 0, Call{}, {x, x});
        else
            x = convert(layers[i], 0, Call{}, {x});
    }
}

void Importer::importFunctional(QList<Layer> &layers, const QJsonObject &config)
{
    QHash<QString, int> byName;
    for (int i = 0; i < layers.size(); ++i) {
        Layer &l = layers[i];
        if (byName.contains(l.name))
            failModel(tr("two layers are called “%1”.").arg(l.name));
        byName.insert(l.name, i);
        if (l.className == QLatin1String("InputLayer"))
            continue;
        const QJsonValue nodes = field(l.object, "inbound_nodes");
        if (!nodes.isArray())
            fail(l, tr("“inbound_nodes” must be a list."));
        for (const QJsonValue &n : nodes.toArray())
            l.calls << parseCall(l, n);
        if (l.calls.size() > 1)
            warn(tr("Layer “%1” is called %n time(s); Keras shares its weights, MemPlanner "
                    "counts them once per call.",
                    nullptr, static_cast<int>(l.calls.size()))
                     .arg(l.name));
    }
    auto callCount = [&](const Layer &l) {
        return l.className == QLatin1String("InputLayer") ? 1 : static_cast<int>(l.calls.size());
    };
    auto check = [&](const Layer *user, const KerasRef &r, const QString &where) {
        auto failRef = [&](const QString &why) {
            if (user)
                fail(*user, why);
            failModel(tr("%1: %2").arg(where, why));
        };
        if (!byName.contains(r.layer))
            failRef(user ? tr("its input “%1” is not a layer of this model.").arg(r.layer)
                         : tr("“%1” is not a layer of this model.").arg(r.layer));
        const Layer &source = layers[byName.value(r.layer)];
        if (r.node >= callCount(source))
            failRef(tr("it uses call %1 of “%2”, which is called %n time(s).", nullptr,
                       callCount(source))
                        .arg(r.node + 1)
                        .arg(r.layer));
        if (r.tensor > 0)
            failRef(tr("it uses output %1 of “%2”; only each layer's first output can be "
                       "imported (return_state is not supported).")
                        .arg(r.tensor + 1)
                        .arg(r.layer));
    };

    QHash<QString, QList<std::optional<KTensor>>> outputs;
    // Graph inputs in input_layers order, then any other InputLayer.
    QList<KerasRef> inputRefs;
    collectRefs(field(config, "input_layers"), inputRefs, QStringLiteral("input_layers"));
    for (const KerasRef &r : inputRefs) {
        check(nullptr, r, QStringLiteral("input_layers"));
        if (layers[byName.value(r.layer)].className != QLatin1String("InputLayer"))
            failModel(tr("input_layers names “%1”, which is not an InputLayer.").arg(r.layer));
    }
    QList<int> inputOrder;
    for (const KerasRef &r : inputRefs)
        if (!inputOrder.contains(byName.value(r.layer)))
            inputOrder << byName.value(r.layer);
    for (int i = 0; i < layers.size(); ++i)
        if (layers[i].className == QLatin1String("InputLayer") && !inputOrder.contains(i))
            inputOrder << i;
    for (int i : inputOrder) {
        const Layer &l = layers[i];
        QJsonValue shape = field(l.config, "batch_shape");
        if (isNone(shape))
            shape = field(l.config, "batch_input_shape");
        outputs[l.name] = {addInput(l, isNone(field(l.config, "batch_shape")) ? "batch_input_shape"
                                                                              : "batch_shape",
                                    shape, field(l.config, "dtype"))};
    }

    struct Pending
    {
        int layer;
        int call;
    };
    QList<Pending> pending;
    for (int i = 0; i < layers.size(); ++i) {
        outputs[layers[i].name].resize(callCount(layers[i]));
        for (int c = 0; c < layers[i].calls.size(); ++c) {
            for (const KerasRef &r : layers[i].calls[c].args)
                check(&layers[i], r, QString());
            for (const KerasRef &r : std::as_const(layers[i].calls[c].named))
                check(&layers[i], r, QString());
            pending << Pending{i, c};
        }
    }
    auto ready = [&](const KerasRef &r) {
        return outputs.value(r.layer).value(r.node).has_value();
    };
    // Keras writes layers in topological order, but a hand-edited file need not be.
    while (!pending.isEmpty()) {
        bool progress = false;
        for (int p = 0; p < pending.size();) {
            const Layer &l = layers[pending[p].layer];
            const Call &c = l.calls[pending[p].call];
            bool go = std::all_of(c.args.begin(), c.args.end(), ready);
            for (const KerasRef &r : c.named)
                go = go && ready(r);
            if (!go) {
                ++p;
                continue;
            }
            QList<KTensor> in;
            if (l.className == QLatin1String("MultiHeadAttention")) {
                // call(query, value, key=None): positional or by keyword
                const char *names[] = {"query", "value", "key"};
                for (int i = 0; i < 3; ++i) {
                    const QString key = QLatin1String(names[i]);
                    if (i < c.args.size())
                        in << *outputs.value(c.args[i].layer)[c.args[i].node];
                    else if (c.named.contains(key))
                        in << *outputs.value(c.named[key].layer)[c.named[key].node];
                    else
                        break;
                }
            } else {
                // layer(x) or, rarely, layer(inputs=x)
                const QString inputs = QStringLiteral("inputs");
                const QList<KerasRef> refs = !c.args.isEmpty()         ? c.args
                                             : c.named.contains(inputs) ? QList{c.named[inputs]}
                                                                        : c.named.values();
                for (const KerasRef &r : refs)
                    in << *outputs.value(r.layer)[r.node];
            }
            outputs[l.name][pending[p].call] = convert(l, pending[p].call, c, in);
            pending.removeAt(p);
            progress = true;
        }
        if (!progress) {
            QStringList names;
            for (const Pending &p : pending)
                if (!names.contains(layers[p.layer].name))
                    names << layers[p.layer].name;
            failModel(tr("the layers %1 depend on each other in a cycle.")
                          .arg(names.join(QLatin1String(", "))));
        }
    }

    QList<KerasRef> outputRefs;
    collectRefs(field(config, "output_layers"), outputRefs, QStringLiteral("output_layers"));
    if (outputRefs.isEmpty())
        failModel(tr("“output_layers” names no output."));
    for (const KerasRef &r : outputRefs)
        check(nullptr, r, QStringLiteral("output_layers"));
}

ImportResult Importer::run(const QJsonObject &root)
{
    if (!KerasImporter::looksLikeKeras(root))
        failModel(tr("this is not a Keras model (expected “class_name” Sequential, Functional "
                     "or Model and a “config” object)."));
    const QString cls = field(root, "class_name").toString();
    const QJsonObject config = field(root, "config").toObject();
    Graph &g = m_result.graph;
    g.name = field(config, "name").toString(QFileInfo(m_origin).completeBaseName());
    const QString version = field(root, "keras_version").toString();
    g.source = version.isEmpty() ? tr("Keras model.to_json(): %1").arg(m_origin)
                                 : tr("Keras %1 model.to_json(): %2").arg(version, m_origin);
    g.description =
        tr("A Keras %1 model imported from %2.").arg(cls, QFileInfo(m_origin).fileName());
    m_modelFrozen = field(config, "trainable").isBool() && !field(config, "trainable").toBool();

    const QJsonValue layersValue = field(config, "layers");
    if (!layersValue.isArray())
        failModel(tr("“config.layers” must be a list of layers."));
    const QJsonArray array = layersValue.toArray();
    if (array.isEmpty())
        failModel(tr("the model has no layers."));
    QList<Layer> layers;
    for (int i = 0; i < array.size(); ++i)
        layers << readLayer(array.at(i), i);
    try {
        if (cls == QLatin1String("Sequential"))
            importSequential(layers, config);
        else
            importFunctional(layers, config);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(m_current.isEmpty()
                                       ? m_origin
                                       : tr("%1, layer “%2”").arg(m_origin, m_current));
    }
    m_result.warnings.prepend(tr("A Keras architecture file holds no loss: none was added, so the "
                                 "plan assumes a gradient the size of each model output."));
    return m_result;
}

} // namespace

// ---------------------------------------------------------------------------------------------

bool KerasImporter::looksLikeKeras(const QJsonObject &root)
{
    const QString cls = root.value(QLatin1String("class_name")).toString();
    return (cls == QLatin1String("Sequential") || cls == QLatin1String("Functional")
            || cls == QLatin1String("Model"))
           && root.value(QLatin1String("config")).isObject();
}

ImportResult KerasImporter::importJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw ModelError(tr("%1 is not valid JSON (%2 at byte %3).")
                             .arg(origin, error.errorString())
                             .arg(error.offset));
    if (!doc.isObject())
        throw ModelError(tr("%1 is not a Keras model: the JSON is not an object.").arg(origin));
    return Importer(origin).run(doc.object());
}

ImportResult KerasImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(tr("Cannot open %1: %2.").arg(path, file.errorString()));
    if (file.size() > kLargestFile)
        throw ModelError(tr("%1 is larger than 64 MB; it is not a Keras architecture file.")
                             .arg(path));
    return importJson(file.readAll(), path);
}

} // namespace memplanner
