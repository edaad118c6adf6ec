#include "OpCatalogue.h"

#include "Bytes.h"
#include "ModelError.h"
#include "RuntimeProfile.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

// What each op saves for backward follows PyTorch 2.x (tools/autograd/derivatives.yaml and the
// native kernels); docs/SEMANTICS.md lists the sources op by op.

namespace memplanner {

std::int64_t TensorType::numel() const
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n = checkedMul(n, d);
    return n;
}

std::int64_t ParamSpec::numel() const
{
    std::int64_t n = 1;
    for (std::int64_t d : shape)
        n = checkedMul(n, d);
    return n;
}

namespace {

/** "batch", "seq", an integer, or a product of them ("batch*seq", "seq*4"); empty if malformed. */
std::optional<std::int64_t> symbolicSize(const QString &text, std::int64_t batch, std::int64_t seq)
{
    std::int64_t value = 1;
    for (const QString &factor : text.split(QLatin1Char('*'))) {
        const QString f = factor.trimmed();
        std::int64_t v = 0;
        if (f == QLatin1String("batch")) {
            v = batch;
        } else if (f == QLatin1String("seq")) {
            v = seq;
        } else {
            bool ok = false;
            v = f.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
        }
        if (__builtin_mul_overflow(value, v, &value))
            return std::nullopt;
    }
    return value;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// OpContext

OpContext::OpContext(const Node &n, std::vector<TensorType> in, const RuntimeProfile &rt,
                     bool train, std::int64_t b, std::int64_t s, bool amp)
    : node(n), inputs(std::move(in)), runtime(rt), training(train), batch(b), seq(s), autocast(amp)
{
}

void OpContext::fail(const QString &reason) const
{
    throw ModelError(tr("Node “%1” (%2): %3").arg(node.name, node.op, reason), node.name);
}

std::int64_t OpContext::intAttr(const char *key, std::int64_t fallback) const
{
    const QJsonValue v = node.attrs.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
        fail(tr("attribute “%1” must be an integer.").arg(QLatin1String(key)));
    return v.toInteger();
}

std::int64_t OpContext::requiredInt(const char *key) const
{
    if (!node.attrs.contains(QLatin1String(key)))
        fail(tr("attribute “%1” is required.").arg(QLatin1String(key)));
    return intAttr(key, 0);
}

std::vector<std::int64_t> OpContext::spatialAttr(const char *key, int count,
                                                 std::int64_t fallback) const
{
    const QJsonValue v = node.attrs.value(QLatin1String(key));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != count)
            fail(tr("attribute “%1” needs %2 values.").arg(QLatin1String(key)).arg(count));
        std::vector<std::int64_t> out;
        for (const QJsonValue &e : a) {
            if (!e.isDouble())
                fail(tr("attribute “%1” must hold integers.").arg(QLatin1String(key)));
            out.push_back(e.toInteger());
        }
        return out;
    }
    return std::vector<std::int64_t>(count, intAttr(key, fallback));
}

std::vector<std::int64_t> OpContext::intListAttr(const char *key) const
{
    const QJsonValue v = node.attrs.value(QLatin1String(key));
    if (!v.isArray())
        fail(tr("attribute “%1” must be a list.").arg(QLatin1String(key)));
    std::vector<std::int64_t> out;
    for (const QJsonValue &e : v.toArray()) {
        if (e.isString()) {
            // "batch", "seq" or a product such as "batch*seq*4" (imported reshapes)
            const std::optional<std::int64_t> v = symbolicSize(e.toString(), batch, seq);
            if (!v)
                fail(tr("attribute “%1” holds “%2”, which is not a size.")
                         .arg(QLatin1String(key), e.toString()));
            out.push_back(*v);
        } else if (e.isDouble())
            out.push_back(e.toInteger());
        else
            fail(tr("attribute “%1” must hold integers.").arg(QLatin1String(key)));
    }
    return out;
}

bool OpContext::boolAttr(const char *key, bool fallback) const
{
    const QJsonValue v = node.attrs.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        fail(tr("attribute “%1” must be true or false.").arg(QLatin1String(key)));
    return v.toBool();
}

double OpContext::doubleAttr(const char *key, double fallback) const
{
    const QJsonValue v = node.attrs.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble())
        fail(tr("attribute “%1” must be a number.").arg(QLatin1String(key)));
    return v.toDouble();
}

QString OpContext::stringAttr(const char *key, const QString &fallback) const
{
    const QJsonValue v = node.attrs.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString())
        fail(tr("attribute “%1” must be text.").arg(QLatin1String(key)));
    return v.toString();
}

void OpContext::requireRank(int input, std::initializer_list<int> ranks) const
{
    const int rank = static_cast<int>(inputs[input].shape.size());
    if (std::find(ranks.begin(), ranks.end(), rank) != ranks.end())
        return;
    QStringList allowed;
    for (int r : ranks)
        allowed << QString::number(r);
    fail(tr("input %1 has %2 dimensions; expected %3.")
             .arg(input + 1)
             .arg(rank)
             .arg(allowed.join(QLatin1String(" / "))));
}

int OpContext::normaliseDim(std::int64_t dim, int rank) const
{
    const std::int64_t d = dim < 0 ? dim + rank : dim;
    if (d < 0 || d >= rank)
        fail(tr("dimension %1 is out of range for a tensor of %2 dimensions.").arg(dim).arg(rank));
    return static_cast<int>(d);
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the ops

namespace {

using Shape = std::vector<std::int64_t>;

std::int64_t product(const Shape &s, std::size_t from = 0, std::size_t to = SIZE_MAX)
{
    std::int64_t n = 1;
    for (std::size_t i = from; i < std::min(to, s.size()); ++i)
        n = checkedMul(n, s[i]);
    return n;
}

SavedTensor savedInput(int index, std::vector<int> neededBy = {}, bool byParams = false)
{
    SavedTensor s;
    s.kind = SavedTensor::Kind::Input;
    s.index = index;
    s.neededByInputGrads = std::move(neededBy);
    s.neededByParamGrads = byParams;
    return s;
}

SavedTensor savedOutput(int index)
{
    SavedTensor s;
    s.kind = SavedTensor::Kind::Output;
    s.index = index;
    return s;
}

SavedTensor savedExtra(std::int64_t elements, DType dtype, const char *what)
{
    SavedTensor s;
    s.kind = SavedTensor::Kind::Extra;
    s.elements = elements;
    s.dtype = dtype;
    s.what = QLatin1String(what);
    return s;
}

ParamSpec param(const char *name, Shape shape, bool quantisable = false)
{
    ParamSpec p;
    p.name = QLatin1String(name);
    p.shape = std::move(shape);
    p.quantisable = quantisable;
    return p;
}

ParamSpec buffer(const char *name, Shape shape)
{
    ParamSpec p = param(name, std::move(shape));
    p.isBuffer = true;
    return p;
}

/** A single output of the input's type and shape, elementwise. */
OpOutcome elementwise(const OpContext &c, double flopsPerElement)
{
    OpOutcome o;
    TensorType out = c.inputs[0];
    out.contiguous = true;
    o.outputs = {out};
    o.forwardFlops = flopsPerElement * static_cast<double>(out.numel());
    o.backwardInputFlops = o.forwardFlops;
    return o;
}

/** Output spatial size of a convolution or pooling window. */
std::int64_t windowOutput(const OpContext &c, std::int64_t in, std::int64_t kernel,
                          std::int64_t stride, std::int64_t pad, std::int64_t dilation, bool ceil)
{
    if (kernel <= 0 || stride <= 0 || pad < 0 || dilation <= 0)
        c.fail(OpContext::tr("kernel, stride and dilation must be positive and padding ≥ 0."));
    const std::int64_t span = dilation * (kernel - 1) + 1;
    const std::int64_t room = in + 2 * pad - span;
    if (room < 0)
        c.fail(OpContext::tr("the window (%1) is larger than the padded input (%2).")
                   .arg(span)
                   .arg(in + 2 * pad));
    std::int64_t out = room / stride + 1;
    if (ceil && room % stride != 0) {
        ++out;
        // PyTorch drops a last window that would start entirely in the right padding.
        if ((out - 1) * stride >= in + pad)
            --out;
    }
    return out;
}

DType widestFloat(const OpContext &c)
{
    DType best = c.inputs[0].dtype;
    for (const TensorType &t : c.inputs) {
        if (!isFloating(t.dtype))
            continue;
        if (!isFloating(best) || elementBytes(t.dtype) > elementBytes(best))
            best = t.dtype;
    }
    return best;
}

/** Broadcast two shapes (numpy rules); fail naming the node on mismatch. */
Shape broadcast(const OpContext &c, const Shape &a, const Shape &b)
{
    Shape out(std::max(a.size(), b.size()), 1);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int64_t da = i < out.size() - a.size() ? 1 : a[i - (out.size() - a.size())];
        const std::int64_t db = i < out.size() - b.size() ? 1 : b[i - (out.size() - b.size())];
        if (da != db && da != 1 && db != 1)
            c.fail(OpContext::tr("shapes do not broadcast (%1 against %2 at dimension %3).")
                       .arg(da)
                       .arg(db)
                       .arg(i));
        out[i] = std::max(da, db);
    }
    return out;
}

// --- convolution ----------------------------------------------------------------------------

/**
 * The reorder copies around one oneDNN convolution (PyTorch's CPU mkldnn_convolution): the plain
 * NCHW input is copied into the blocked layout (channels padded to the block) unless it is a
 * first convolution of at most three channels, which reads NCHW directly; the weight is reordered
 * on every call; the result is computed into a blocked buffer and copied out into the NCHW
 * output. The input and weight copies are freed before the output is allocated, so at most
 * max(input copy + weight copy + blocked result, blocked result + output) is live beside the
 * inputs; returned as the part beyond the output. Traced with tools/measure/diagnose_peak.py on
 * PyTorch 1.13 (AVX-512, blocks of 16): MobileNetV2's 24-channel output takes a 32-channel buffer.
 */
std::int64_t oneDnnReorderElements(std::int64_t batch, std::int64_t cin, std::int64_t cout,
                                   std::int64_t groups, std::int64_t kernelArea,
                                   std::int64_t inGrid, std::int64_t outGrid, std::int64_t block)
{
    const bool firstConvolution = groups == 1 && cin <= 3;
    const std::int64_t inputCopy =
        firstConvolution ? 0 : checkedMul(checkedMul(batch, roundUp(cin, block)), inGrid);
    std::int64_t weightCopy = 0;
    if (groups == cin && groups == cout) // depthwise: the groups are the blocked dimension
        weightCopy = checkedMul(roundUp(groups, block), kernelArea);
    else
        weightCopy = checkedMul(checkedMul(groups, roundUp(cout / groups, block)),
                                checkedMul(firstConvolution ? cin : roundUp(cin / groups, block),
                                           kernelArea));
    const std::int64_t blockedResult = checkedMul(checkedMul(batch, roundUp(cout, block)), outGrid);
    const std::int64_t output = checkedMul(checkedMul(batch, cout), outGrid);
    const std::int64_t computing = checkedAdd(checkedAdd(inputCopy, weightCopy), blockedResult);
    return std::max(computing - output, blockedResult);
}

OpOutcome convolution(const OpContext &c, int spatial, bool transposed)
{
    c.requireRank(0, {spatial + 2});
    const Shape &x = c.inputs[0].shape;
    const std::int64_t cin = x[1];
    const std::int64_t cout = c.requiredInt("out_channels");
    const std::int64_t groups = c.intAttr("groups", 1);
    const Shape k = c.spatialAttr("kernel", spatial, 1);
    const Shape stride = c.spatialAttr("stride", spatial, 1);
    const Shape pad = c.spatialAttr("padding", spatial, 0);
    const Shape dil = c.spatialAttr("dilation", spatial, 1);
    const Shape outPad = c.spatialAttr("output_padding", spatial, 0);
    const bool bias = c.boolAttr("bias", true);
    if (cout <= 0 || groups <= 0)
        c.fail(OpContext::tr("out_channels and groups must be positive."));
    if (cin % groups != 0 || cout % groups != 0)
        c.fail(OpContext::tr("%1 input and %2 output channels are not divisible by %3 groups.")
                   .arg(cin)
                   .arg(cout)
                   .arg(groups));

    Shape out = {x[0], cout};
    std::int64_t kernelArea = 1;
    for (int i = 0; i < spatial; ++i) {
        kernelArea = checkedMul(kernelArea, k[i]);
        if (transposed) {
            const std::int64_t o = (x[2 + i] - 1) * stride[i] - 2 * pad[i] + dil[i] * (k[i] - 1)
                                   + outPad[i] + 1;
            if (o <= 0 || k[i] <= 0 || stride[i] <= 0)
                c.fail(OpContext::tr("the transposed convolution gives an empty output."));
            out.push_back(o);
        } else {
            out.push_back(windowOutput(c, x[2 + i], k[i], stride[i], pad[i], dil[i], false));
        }
    }

    OpOutcome o;
    o.outputs = {TensorType{out, c.inputs[0].dtype}};
    Shape weight = transposed ? Shape{cin, cout / groups} : Shape{cout, cin / groups};
    weight.insert(weight.end(), k.begin(), k.end());
    o.params.push_back(param("weight", weight, true));
    if (bias)
        o.params.push_back(param("bias", {cout}));

    // 2·k²·Cin·Cout·Hout·Wout / groups (DESIGN.md); for a transposed conv the input grid is the
    // one the kernel sweeps.
    const std::int64_t grid = transposed ? product(x, 2) : product(out, 2);
    const double macs = static_cast<double>(x[0]) * static_cast<double>(grid)
                        * static_cast<double>(kernelArea) * static_cast<double>(cin)
                        * static_cast<double>(cout) / static_cast<double>(groups);
    o.forwardFlops = 2.0 * macs;
    o.backwardInputFlops = 2.0 * macs;
    o.backwardParamFlops = 2.0 * macs;
    // convolution_backward needs the input for the weight gradient and the weight for the input's.
    o.saved = {savedInput(0, {}, true)};

    bool lowered = kernelArea > 1;
    for (int i = 0; i < spatial; ++i)
        lowered = lowered || stride[i] > 1 || pad[i] > 0;
    if (lowered && !transposed)
        o.workspaceElements = checkedMul(checkedMul(x[0], product(out, 2)),
                                         checkedMul(cin, kernelArea));
    if (c.runtime.oneDnnBlockChannels > 0 && !transposed && c.inputs[0].dtype == DType::Float32)
        o.forwardTransientElements = oneDnnReorderElements(x[0], cin, cout, groups, kernelArea,
                                                           product(x, 2), product(out, 2),
                                                           c.runtime.oneDnnBlockChannels);
    o.transientDType = c.inputs[0].dtype;
    return o;
}

OpOutcome conv1d(const OpContext &c) { return convolution(c, 1, false); }
OpOutcome conv2d(const OpContext &c) { return convolution(c, 2, false); }
OpOutcome convTranspose2d(const OpContext &c) { return convolution(c, 2, true); }

// --- dense ----------------------------------------------------------------------------------

OpOutcome linear(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    if (x.empty())
        c.fail(OpContext::tr("the input must have at least one dimension."));
    const std::int64_t in = x.back();
    const std::int64_t out = c.requiredInt("out_features");
    if (out <= 0)
        c.fail(OpContext::tr("out_features must be positive."));
    Shape y = x;
    y.back() = out;
    OpOutcome o;
    o.outputs = {TensorType{y, c.inputs[0].dtype}};
    ParamSpec w = param("weight", {out, in}, true);
    const QString tied = c.stringAttr("weight_from", QString());
    if (!tied.isEmpty())
        w.tiedTo = tied + QLatin1String(".weight");
    o.params.push_back(w);
    if (c.boolAttr("bias", true))
        o.params.push_back(param("bias", {out}));
    const double macs = static_cast<double>(product(x, 0, x.size() - 1)) * static_cast<double>(in)
                        * static_cast<double>(out);
    o.forwardFlops = 2.0 * macs;
    o.backwardInputFlops = 2.0 * macs;
    o.backwardParamFlops = 2.0 * macs;
    // addmm saves mat1 (the input) only for the weight's gradient.
    o.saved = {savedInput(0, {}, true)};
    return o;
}

OpOutcome matmul(const OpContext &c)
{
    Shape a = c.inputs[0].shape;
    Shape b = c.inputs[1].shape;
    if (a.empty() || b.empty())
        c.fail(OpContext::tr("both operands need at least one dimension."));
    const bool vecA = a.size() == 1;
    const bool vecB = b.size() == 1;
    if (vecA)
        a.insert(a.begin(), 1);
    if (vecB)
        b.push_back(1);
    const std::int64_t m = a[a.size() - 2], k = a.back(), k2 = b[b.size() - 2], n = b.back();
    if (k != k2)
        c.fail(OpContext::tr("inner dimensions differ (%1 and %2).").arg(k).arg(k2));
    Shape batchA(a.begin(), a.end() - 2), batchB(b.begin(), b.end() - 2);
    Shape y = broadcast(c, batchA, batchB);
    const std::int64_t batches = product(y);
    if (!vecA)
        y.push_back(m);
    if (!vecB)
        y.push_back(n);
    OpOutcome o;
    o.outputs = {TensorType{y, widestFloat(c)}};
    const double macs = static_cast<double>(batches) * static_cast<double>(m)
                        * static_cast<double>(k) * static_cast<double>(n);
    o.forwardFlops = 2.0 * macs;
    o.backwardInputFlops = 4.0 * macs;
    // each operand is saved for the other one's gradient
    o.saved = {savedInput(0, {1}), savedInput(1, {0})};
    return o;
}

// --- normalisation --------------------------------------------------------------------------

OpOutcome batchNorm(const OpContext &c)
{
    c.requireRank(0, {2, 3, 4, 5});
    const std::int64_t channels = c.inputs[0].shape[1];
    OpOutcome o = elementwise(c, 4.0);
    if (c.boolAttr("affine", true)) {
        o.params.push_back(param("weight", {channels}));
        o.params.push_back(param("bias", {channels}));
    }
    if (c.boolAttr("track_running_stats", true)) {
        o.params.push_back(buffer("running_mean", {channels}));
        o.params.push_back(buffer("running_var", {channels}));
    }
    o.backwardParamFlops = 2.0 * static_cast<double>(c.inputs[0].numel());
    if (c.training) {
        // native_batch_norm saves the input and the per-channel mean and inverse std (float32).
        o.saved = {savedInput(0), savedExtra(2 * channels, DType::Float32, "mean/invstd")};
    }
    return o;
}

OpOutcome layerNorm(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    if (x.empty())
        c.fail(OpContext::tr("the input must have at least one dimension."));
    const QJsonValue ns = c.node.attrs.value(QLatin1String("normalized_shape"));
    Shape norm = ns.isArray() ? c.intListAttr("normalized_shape")
                              : Shape{c.intAttr("normalized_shape", x.back())};
    if (norm.size() > x.size() || !std::equal(norm.rbegin(), norm.rend(), x.rbegin()))
        c.fail(OpContext::tr("normalized_shape does not match the input's last dimensions."));
    const std::int64_t rows = product(x, 0, x.size() - norm.size());
    OpOutcome o = elementwise(c, 5.0);
    if (c.boolAttr("elementwise_affine", true)) {
        o.params.push_back(param("weight", norm));
        if (c.boolAttr("bias", true))
            o.params.push_back(param("bias", norm));
    }
    o.backwardParamFlops = 2.0 * static_cast<double>(c.inputs[0].numel());
    o.saved = {savedInput(0), savedExtra(2 * rows, DType::Float32, "mean/rstd")};
    return o;
}

OpOutcome groupNorm(const OpContext &c)
{
    c.requireRank(0, {3, 4, 5});
    const std::int64_t channels = c.inputs[0].shape[1];
    const std::int64_t groups = c.requiredInt("num_groups");
    if (groups <= 0 || channels % groups != 0)
        c.fail(OpContext::tr("%1 channels are not divisible by %2 groups.").arg(channels).arg(groups));
    OpOutcome o = elementwise(c, 5.0);
    if (c.boolAttr("affine", true)) {
        o.params.push_back(param("weight", {channels}));
        o.params.push_back(param("bias", {channels}));
    }
    o.backwardParamFlops = 2.0 * static_cast<double>(c.inputs[0].numel());
    o.saved = {savedInput(0),
               savedExtra(2 * c.inputs[0].shape[0] * groups, DType::Float32, "mean/rstd")};
    return o;
}

// --- activations ----------------------------------------------------------------------------

/** relu/sigmoid/tanh save their result; in-place variants overwrite the input's storage. */
OpOutcome activationSavingOutput(const OpContext &c, double flops, bool inplace)
{
    OpOutcome o = elementwise(c, flops);
    o.saved = {savedOutput(0)};
    if (inplace)
        o.outputSharesInput = {0};
    return o;
}

/** gelu/silu (and out-of-place hardtanh, leaky_relu) save their input. */
OpOutcome activationSavingInput(const OpContext &c, double flops)
{
    OpOutcome o = elementwise(c, flops);
    o.saved = {savedInput(0)};
    return o;
}

OpOutcome relu(const OpContext &c)
{
    return activationSavingOutput(c, 1.0, c.boolAttr("inplace", false));
}

OpOutcome relu6(const OpContext &c)
{
    // Measured on PyTorch 2.11 (CUDA, tests/data/measurements): ReLU6(inplace=True) allocates a
    // new output and keeps its input for backward, exactly like the out-of-place hardtanh.
    c.boolAttr("inplace", false);
    return activationSavingInput(c, 2.0);
}

OpOutcome leakyRelu(const OpContext &c)
{
    if (c.boolAttr("inplace", false))
        return activationSavingOutput(c, 2.0, true);
    return activationSavingInput(c, 2.0);
}

OpOutcome gelu(const OpContext &c)
{
    const QString approx = c.stringAttr("approximate", QStringLiteral("none"));
    if (approx != QLatin1String("none") && approx != QLatin1String("tanh"))
        c.fail(OpContext::tr("approximate must be “none” or “tanh”."));
    OpOutcome o = activationSavingInput(c, 8.0);
    if (c.boolAttr("decomposed", false)) {
        // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))) written as tensor ops (HF's gelu_new):
        // pow keeps x, tanh its result, the final product both factors; the chain before tanh
        // holds two temporaries at a time. Under autocast pow runs in float32, so it keeps a
        // float32 copy of x and the tanh branch is float32 too.
        const std::int64_t n = c.inputs[0].numel();
        const DType in = c.inputs[0].dtype;
        if (c.autocast && in != DType::Float32) {
            o.saved = {savedExtra(checkedMul(n, 3), DType::Float32, "x (float32), tanh, 1 + tanh"),
                       savedExtra(n, in, "x/2")};
            o.transientDType = DType::Float32;
        } else {
            o.saved.push_back(savedExtra(checkedMul(n, 3), in, "tanh, 1 + tanh, x/2"));
            o.transientDType = in;
        }
        o.forwardTransientElements = checkedMul(n, 2);
    }
    return o;
}

OpOutcome silu(const OpContext &c) { return activationSavingInput(c, 4.0); }
OpOutcome sigmoid(const OpContext &c) { return activationSavingOutput(c, 4.0, false); }
OpOutcome tanhOp(const OpContext &c) { return activationSavingOutput(c, 4.0, false); }

OpOutcome softmax(const OpContext &c)
{
    c.normaliseDim(c.intAttr("dim", -1), static_cast<int>(c.inputs[0].shape.size()));
    return activationSavingOutput(c, 5.0, false);
}

// --- pooling --------------------------------------------------------------------------------

OpOutcome pooling(const OpContext &c, int spatial, bool isMax)
{
    c.requireRank(0, {spatial + 2});
    const Shape &x = c.inputs[0].shape;
    const Shape k = c.spatialAttr("kernel", spatial, 1);
    const bool hasStride = c.node.attrs.contains(QLatin1String("stride"));
    const Shape stride = hasStride ? c.spatialAttr("stride", spatial, 1) : k;
    const Shape pad = c.spatialAttr("padding", spatial, 0);
    const Shape dil = isMax ? c.spatialAttr("dilation", spatial, 1) : Shape(spatial, 1);
    const bool ceil = c.boolAttr("ceil_mode", false);
    Shape out = {x[0], x[1]};
    std::int64_t area = 1;
    for (int i = 0; i < spatial; ++i) {
        if (pad[i] * 2 > k[i])
            c.fail(OpContext::tr("padding must be at most half the kernel size."));
        out.push_back(windowOutput(c, x[2 + i], k[i], stride[i], pad[i], dil[i], ceil));
        area = checkedMul(area, k[i]);
    }
    OpOutcome o;
    TensorType y{out, c.inputs[0].dtype};
    o.outputs = {y};
    o.forwardFlops = static_cast<double>(y.numel()) * static_cast<double>(area);
    o.backwardInputFlops = static_cast<double>(y.numel()) * (isMax ? 1.0 : static_cast<double>(area));
    if (isMax) // max_pool2d_with_indices saves the input and the int64 indices
        o.saved = {savedInput(0), savedExtra(y.numel(), DType::Int64, "indices")};
    else // avg_pool2d_backward takes the input
        o.saved = {savedInput(0)};
    return o;
}

OpOutcome maxPool1d(const OpContext &c) { return pooling(c, 1, true); }
OpOutcome maxPool2d(const OpContext &c) { return pooling(c, 2, true); }
OpOutcome avgPool1d(const OpContext &c) { return pooling(c, 1, false); }
OpOutcome avgPool2d(const OpContext &c) { return pooling(c, 2, false); }

OpOutcome adaptiveAvgPool2d(const OpContext &c)
{
    c.requireRank(0, {4});
    const Shape &x = c.inputs[0].shape;
    const Shape size = c.spatialAttr("output_size", 2, 1);
    if (size[0] <= 0 || size[1] <= 0)
        c.fail(OpContext::tr("output_size must be positive."));
    OpOutcome o;
    o.outputs = {TensorType{{x[0], x[1], size[0], size[1]}, c.inputs[0].dtype}};
    o.forwardFlops = static_cast<double>(c.inputs[0].numel());
    o.backwardInputFlops = o.forwardFlops;
    o.saved = {savedInput(0)}; // _adaptive_avg_pool2d_backward takes the input
    return o;
}

OpOutcome globalAvgPool(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    if (x.size() < 3)
        c.fail(OpContext::tr("the input needs a batch, a channel and a spatial dimension."));
    Shape y = {x[0], x[1]};
    if (c.boolAttr("keepdims", false))
        y.insert(y.end(), x.size() - 2, 1);
    OpOutcome o;
    o.outputs = {TensorType{y, c.inputs[0].dtype}};
    o.forwardFlops = static_cast<double>(c.inputs[0].numel());
    o.backwardInputFlops = o.forwardFlops;
    return o; // mean() saves only sizes
}

// --- regularisation -------------------------------------------------------------------------

OpOutcome dropout(const OpContext &c)
{
    const double p = c.doubleAttr("p", 0.5);
    if (p < 0.0 || p > 1.0)
        c.fail(OpContext::tr("p must be between 0 and 1."));
    OpOutcome o = elementwise(c, 1.0);
    const bool identity = !c.training || (p == 0.0 && c.runtime.skipZeroDropout);
    if (identity) {
        o.outputSharesInput = {0};
        o.forwardFlops = 0.0;
        o.backwardInputFlops = 0.0;
        o.gradIsView = {true};
        o.isView = true;
        return o;
    }
    if (c.boolAttr("inplace", false))
        o.outputSharesInput = {0};
    const DType maskType = c.runtime.dropoutMaskIsBool ? DType::Bool : c.inputs[0].dtype;
    o.saved = {savedExtra(c.inputs[0].numel(), maskType, "mask")};
    return o;
}

// --- views and shape ops --------------------------------------------------------------------

/** A view of the input: same storage, gradient is a view of the output's. */
OpOutcome viewOf(const OpContext &c, Shape shape, bool contiguous)
{
    OpOutcome o;
    TensorType y{std::move(shape), c.inputs[0].dtype, contiguous};
    // Reshaping a non-contiguous tensor copies it (reshape falls back to clone).
    const bool copies = !c.inputs[0].contiguous && contiguous;
    o.outputs = {y};
    o.outputSharesInput = {copies ? -1 : 0};
    o.gradIsView = {true};
    o.isView = !copies;
    return o;
}

OpOutcome flatten(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const int rank = static_cast<int>(x.size());
    if (rank == 0)
        return viewOf(c, {1}, true);
    const int start = c.normaliseDim(c.intAttr("start_dim", 1), rank);
    const int end = c.normaliseDim(c.intAttr("end_dim", -1), rank);
    if (start > end)
        c.fail(OpContext::tr("start_dim comes after end_dim."));
    Shape y(x.begin(), x.begin() + start);
    y.push_back(product(x, start, end + 1));
    y.insert(y.end(), x.begin() + end + 1, x.end());
    return viewOf(c, y, true);
}

OpOutcome identity(const OpContext &c)
{
    return viewOf(c, c.inputs[0].shape, c.inputs[0].contiguous);
}

OpOutcome reshape(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    Shape target = c.intListAttr("shape");
    const std::int64_t total = c.inputs[0].numel();
    int inferred = -1;
    std::int64_t known = 1;
    for (std::size_t i = 0; i < target.size(); ++i) {
        if (target[i] == 0) {
            if (i >= x.size())
                c.fail(OpContext::tr("0 in shape copies a dimension the input lacks."));
            target[i] = x[i];
        }
        if (target[i] == -1) {
            if (inferred >= 0)
                c.fail(OpContext::tr("shape may contain only one -1."));
            inferred = static_cast<int>(i);
            continue;
        }
        if (target[i] <= 0)
            c.fail(OpContext::tr("shape entries must be positive, 0 or -1."));
        known = checkedMul(known, target[i]);
    }
    if (inferred >= 0) {
        if (known == 0 || total % known != 0)
            c.fail(OpContext::tr("cannot reshape %1 elements into that shape.").arg(total));
        target[inferred] = total / known;
    } else if (known != total) {
        c.fail(OpContext::tr("cannot reshape %1 elements into %2.").arg(total).arg(known));
    }
    return viewOf(c, target, true);
}

OpOutcome transpose(const OpContext &c)
{
    Shape y = c.inputs[0].shape;
    const int rank = static_cast<int>(y.size());
    const int a = c.normaliseDim(c.requiredInt("dim0"), rank);
    const int b = c.normaliseDim(c.requiredInt("dim1"), rank);
    std::swap(y[a], y[b]);
    return viewOf(c, y, a == b);
}

OpOutcome permute(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const Shape dims = c.intListAttr("dims");
    const int rank = static_cast<int>(x.size());
    if (static_cast<int>(dims.size()) != rank)
        c.fail(OpContext::tr("dims must list all %1 dimensions.").arg(rank));
    Shape y;
    std::vector<bool> seen(rank, false);
    bool ordered = true;
    for (int i = 0; i < rank; ++i) {
        const int d = c.normaliseDim(dims[i], rank);
        if (seen[d])
            c.fail(OpContext::tr("dims repeats dimension %1.").arg(d));
        seen[d] = true;
        ordered = ordered && d == i;
        y.push_back(x[d]);
    }
    OpOutcome o = viewOf(c, y, ordered);
    o.outputs[0].contiguous = ordered && c.inputs[0].contiguous;
    return o;
}

OpOutcome select(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const int rank = static_cast<int>(x.size());
    const int dim = c.normaliseDim(c.intAttr("dim", 0), rank);
    const std::int64_t index = c.intAttr("index", 0);
    if (index < -x[dim] || index >= x[dim])
        c.fail(OpContext::tr("index %1 is out of range for size %2.").arg(index).arg(x[dim]));
    Shape y = x;
    y.erase(y.begin() + dim);
    OpOutcome o = viewOf(c, y, dim == 0);
    o.outputSharesInput = {0};
    o.isView = true;
    o.gradIsView = {false}; // select_backward allocates a zero gradient of the input's size
    o.backwardInputFlops = static_cast<double>(c.inputs[0].numel());
    return o;
}

OpOutcome split(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const int rank = static_cast<int>(x.size());
    const int dim = c.normaliseDim(c.intAttr("dim", 1), rank);
    Shape sizes;
    if (c.node.attrs.contains(QLatin1String("sizes"))) {
        sizes = c.intListAttr("sizes");
    } else {
        const std::int64_t parts = c.intAttr("parts", 2);
        if (parts <= 0 || x[dim] % parts != 0)
            c.fail(OpContext::tr("size %1 does not split into %2 equal parts.").arg(x[dim]).arg(parts));
        sizes.assign(parts, x[dim] / parts);
    }
    std::int64_t sum = 0;
    for (std::int64_t s : sizes) {
        if (s <= 0)
            c.fail(OpContext::tr("split sizes must be positive."));
        sum += s;
    }
    if (sum != x[dim])
        c.fail(OpContext::tr("split sizes add up to %1, not %2.").arg(sum).arg(x[dim]));
    OpOutcome o;
    for (std::int64_t s : sizes) {
        Shape y = x;
        y[dim] = s;
        o.outputs.push_back(TensorType{y, c.inputs[0].dtype, dim == 0});
        o.outputSharesInput.push_back(0);
    }
    o.isView = true;
    o.gradIsView = {false}; // the gradients of the pieces are concatenated into a new tensor
    o.backwardInputFlops = static_cast<double>(c.inputs[0].numel());
    return o;
}

// --- arithmetic -----------------------------------------------------------------------------

OpOutcome add(const OpContext &c)
{
    Shape y = c.inputs[0].shape;
    for (std::size_t i = 1; i < c.inputs.size(); ++i)
        y = broadcast(c, y, c.inputs[i].shape);
    OpOutcome o;
    o.outputs = {TensorType{y, widestFloat(c)}};
    o.forwardFlops = static_cast<double>(c.inputs.size() - 1) * static_cast<double>(o.outputs[0].numel());
    const bool inplace = c.boolAttr("inplace", false);
    if (inplace && y != c.inputs[0].shape)
        c.fail(OpContext::tr("an in-place result must keep the first input's shape."));
    if (inplace)
        o.outputSharesInput = {0};
    // AddBackward hands the same gradient to every operand of equal shape; a broadcast operand
    // gets a reduced copy.
    for (const TensorType &t : c.inputs)
        o.gradIsView.push_back(t.shape == y);
    return o;
}

OpOutcome mul(const OpContext &c)
{
    if (c.inputs.size() != 2)
        c.fail(OpContext::tr("Mul takes exactly two inputs."));
    OpOutcome o = add(c);
    o.gradIsView = {false, false};
    o.backwardInputFlops = 2.0 * o.forwardFlops;
    // each factor is saved for the other one's gradient
    o.saved = {savedInput(0, {1}), savedInput(1, {0})};
    return o;
}

OpOutcome concat(const OpContext &c)
{
    const int rank = static_cast<int>(c.inputs[0].shape.size());
    const int dim = c.normaliseDim(c.intAttr("dim", 1), rank);
    Shape y = c.inputs[0].shape;
    y[dim] = 0;
    for (const TensorType &t : c.inputs) {
        if (static_cast<int>(t.shape.size()) != rank)
            c.fail(OpContext::tr("all inputs need %1 dimensions.").arg(rank));
        for (int i = 0; i < rank; ++i)
            if (i != dim && t.shape[i] != c.inputs[0].shape[i])
                c.fail(OpContext::tr("inputs differ in dimension %1.").arg(i));
        y[dim] = checkedAdd(y[dim], t.shape[dim]);
    }
    OpOutcome o;
    o.outputs = {TensorType{y, widestFloat(c)}};
    o.gradIsView.assign(c.inputs.size(), true); // cat's backward narrows the gradient
    return o;
}

// --- embeddings, attention, recurrent -------------------------------------------------------

OpOutcome embedding(const OpContext &c)
{
    if (isFloating(c.inputs[0].dtype))
        c.fail(OpContext::tr("the input must hold integer indices."));
    const std::int64_t num = c.requiredInt("num_embeddings");
    const std::int64_t dim = c.requiredInt("embedding_dim");
    if (num <= 0 || dim <= 0)
        c.fail(OpContext::tr("num_embeddings and embedding_dim must be positive."));
    Shape y = c.inputs[0].shape;
    y.push_back(dim);
    OpOutcome o;
    o.outputs = {TensorType{y, DType::Float32}};
    ParamSpec w = param("weight", {num, dim}, true);
    const QString tied = c.stringAttr("weight_from", QString()); // e.g. a decoder's tied output
    if (!tied.isEmpty())
        w.tiedTo = tied + QLatin1String(".weight");
    o.params.push_back(w);
    o.differentiable = {false};
    o.backwardParamFlops = static_cast<double>(o.outputs[0].numel());
    // embedding_backward needs only the int64 indices, which are a graph input here.
    o.saved = {savedInput(0, {}, true)};
    return o;
}

OpOutcome multiHeadAttention(const OpContext &c)
{
    for (std::size_t i = 0; i < c.inputs.size(); ++i)
        c.requireRank(static_cast<int>(i), {3});
    const Shape &q = c.inputs[0].shape;
    const Shape &kv = c.inputs.size() > 1 ? c.inputs[1].shape : q;
    const std::int64_t e = c.requiredInt("embed_dim");
    const std::int64_t heads = c.requiredInt("num_heads");
    // Keras sizes the heads freely (key_dim, value_dim); PyTorch splits embed_dim among them.
    const bool sizedHeads = c.node.attrs.contains(QLatin1String("head_dim"));
    if (e <= 0 || heads <= 0 || (!sizedHeads && e % heads != 0))
        c.fail(OpContext::tr("embed_dim must be a positive multiple of num_heads."));
    const std::int64_t headDim = c.intAttr("head_dim", e / heads);
    const std::int64_t valueDim = c.intAttr("value_dim", headDim);
    if (headDim <= 0 || valueDim <= 0)
        c.fail(OpContext::tr("head_dim and value_dim must be positive."));
    const std::int64_t qk = checkedMul(heads, headDim), vd = checkedMul(heads, valueDim);
    if (q.back() != e || kv.back() != e)
        c.fail(OpContext::tr("the inputs' last dimension must equal embed_dim (%1).").arg(e));
    const std::int64_t n = q[0], sq = q[1], sk = kv[1];
    const double dropoutP = c.doubleAttr("dropout", 0.0);
    const QString pathName = c.stringAttr("path", QStringLiteral("auto"));
    AttentionPath path = c.runtime.attentionPath;
    if (pathName == QLatin1String("math"))
        path = AttentionPath::Math;
    else if (pathName == QLatin1String("fused"))
        path = AttentionPath::Fused;
    else if (pathName != QLatin1String("auto"))
        c.fail(OpContext::tr("path must be “auto”, “math” or “fused”."));

    const DType act = widestFloat(c);
    OpOutcome o;
    o.outputs = {TensorType{q, act}};
    const std::int64_t inProj = checkedAdd(checkedMul(2, qk), vd);
    o.params = {param("in_proj_weight", {inProj, e}, true),
                param("out_proj.weight", {e, vd}, true)};
    if (c.boolAttr("bias", true)) {
        o.params.push_back(param("in_proj_bias", {inProj}));
        o.params.push_back(param("out_proj.bias", {e}));
    }
    const std::int64_t tokensQ = checkedMul(n, sq);
    const std::int64_t probs = checkedMul(checkedMul(n, heads), checkedMul(sq, sk));
    const double dE = static_cast<double>(e);
    const double inner = static_cast<double>(qk) + static_cast<double>(vd);
    // projections: Q from the query, K and V from the key/value input, the output projection;
    // then QKᵀ and PV (4·s²·d per head and sample when q/k and v widths are both d).
    const double tokens = static_cast<double>(tokensQ) + static_cast<double>(checkedMul(n, sk));
    const double projections = 2.0 * dE * inner * tokens;
    const double scores = 2.0 * static_cast<double>(n) * static_cast<double>(sq)
                          * static_cast<double>(sk) * inner;
    o.forwardFlops = projections + scores;
    o.backwardInputFlops = o.forwardFlops;
    o.backwardParamFlops = projections;

    const std::int64_t qkv =
        checkedAdd(checkedMul(tokensQ, qk), checkedMul(checkedMul(n, sk), checkedAdd(qk, vd)));
    // The projections' input is saved for their weight gradients; Q, K, V for the score
    // gradients; the re-laid-out context for the output projection.
    o.saved.push_back(savedInput(0, {}, true));
    for (std::size_t i = 1; i < c.inputs.size(); ++i)
        o.saved.push_back(savedInput(static_cast<int>(i), {}, true));
    o.saved.push_back(savedExtra(qkv, act, "q/k/v"));
    o.saved.push_back(savedExtra(checkedMul(tokensQ, vd), act, "context"));
    const bool dropping = c.training && dropoutP > 0.0;
    if (path == AttentionPath::Math) {
        // softmax saves P; dropout saves its mask and PV saves the dropped P.
        o.saved.push_back(savedExtra(probs, act, "attention probabilities"));
        if (dropping) {
            o.saved.push_back(savedExtra(probs, c.runtime.dropoutMaskIsBool ? DType::Bool : act,
                                         "attention dropout mask"));
            o.saved.push_back(savedExtra(probs, act, "dropped probabilities"));
        }
        o.forwardTransientElements = 2 * probs; // raw and scaled scores before the softmax
        o.backwardTransientElements = checkedAdd(2 * probs, qkv);
        // Eager attention binds q, k, v, the scores, the probabilities and the context to
        // locals (Hugging Face's eager attention, nanoGPT, tests/accuracy/nets/transformer.py):
        // without autograd they are not freed after their last use but when the forward that
        // computes them returns.
        o.scopeLocalElements = checkedAdd(checkedAdd(qkv, checkedMul(2, probs)),
                                          checkedMul(tokensQ, vd));
    } else {
        // flash/memory-efficient kernels save the output and a float32 log-sum-exp per row.
        o.saved.push_back(savedExtra(checkedMul(tokensQ, vd), act, "attention output"));
        o.saved.push_back(savedExtra(checkedMul(n * heads, sq), DType::Float32, "log-sum-exp"));
        o.backwardTransientElements = qkv;
    }
    o.transientDType = act;
    return o;
}

/**
 * PyTorch's LSTM without cuDNN (the CPU path of 1.13, aten/src/ATen/native/RNN.cpp): per layer
 * and direction, one `linear_ih` over the whole sequence ([S·N, 4H], held while the layer runs),
 * then one LSTMCell per step, built from ATen ops that autograd records one by one. Each step
 * saves its gates (4H, the addmm output that sigmoid_/tanh_ overwrite in place), its cell state
 * c (saved by the next step's f·c), tanh(c) (saved by o·tanh(c)) and its hidden state h (saved
 * by the next step's linear_hh): 7H per step, less the last step's h and c, which nothing saves
 * but which stay referenced as the layer's final state until the call returns. Each layer's
 * output sequence is a stacked copy of its h's; the next layer's linear_ih saves it, and the
 * first layer's saves a time-major copy of a batch-first input. The zero initial states
 * [L·D, N, H] (h_0 and c_0) are saved by the first step.
 * Checked to the byte against tools/measure/diagnose_peak.py --device cpu on
 * tests/accuracy/nets/lstm.py (2 layers, H 256, S 50, N 64): training peak at the end of the last
 * layer's forward, inference peak likewise.
 */
void lstmCpuCells(const OpContext &c, OpOutcome &o, std::int64_t hidden, std::int64_t layers,
                  std::int64_t dirs, bool returnSequences)
{
    const Shape &x = c.inputs[0].shape;
    const std::int64_t n = x[0], s = x[1];
    const DType dt = c.inputs[0].dtype;
    const std::int64_t state = checkedMul(checkedMul(n, hidden), dirs); // N·D·H: one step's h
    const std::int64_t sequence = checkedMul(s, state);                // one layer's output
    const std::int64_t projection = checkedMul(4, sequence);           // [S·N, D·4H]
    const std::int64_t initial = checkedMul(2 * layers, state);        // h_0 and c_0
    // The last layer's stacked output, when only h_n is read: Python keeps it (`_`) until the
    // module returns, so it is live at the end of the call.
    const std::int64_t unreadOutput = returnSequences ? 0 : sequence;
    // Returning h_n[-1], the op's output [N, D·H] is the last layer's final h: counted once.
    const std::int64_t outputIsFinalH = returnSequences ? 0 : state;
    o.transientDType = dt;
    if (!c.training) {
        // no_grad: nothing is saved; at the end of the last layer its input projection, its
        // unstacked h's, its final c, the earlier layers' final h and c, the zero initial states,
        // the previous layer's output and the stacked output are live together.
        std::int64_t t = checkedAdd(projection, checkedSub(sequence, outputIsFinalH));
        t = checkedAdd(t, checkedMul(2 * layers - 1, state));
        t = checkedAdd(t, initial);
        if (layers > 1)
            t = checkedAdd(t, sequence);
        o.forwardTransientElements = checkedAdd(t, unreadOutput);
        return;
    }
    const std::int64_t perLayer = checkedMul(state, checkedAdd(checkedMul(7, s), -2));
    o.saved.clear();
    o.saved.push_back(savedExtra(checkedMul(layers, perLayer), dt,
                                 "gates, cell states, tanh(cell states), hidden states"));
    o.saved.push_back(savedExtra(initial, dt, "initial states"));
    if (layers > 1)
        o.saved.push_back(savedExtra(checkedMul(layers - 1, sequence), dt, "layer outputs"));
    // A batch-first (contiguous [N, S, I]) input is transposed to time-major and copied for the
    // projection; a time-major input (a permuted view here) is used as it is.
    if (c.inputs[0].contiguous)
        o.saved.push_back(savedExtra(c.inputs[0].numel(), dt, "time-major input"));
    else
        o.saved.push_back(savedInput(0, {}, true));
    // Forward: the last layer's projection, every layer's final h and c (stacked into h_n and
    // c_n only after the last layer) and the unread output.
    o.forwardTransientElements =
        checkedAdd(checkedAdd(projection, checkedSub(checkedMul(2 * layers, state), outputIsFinalH)),
                   unreadOutput);
    // Backward of the last layer: its per-step gate gradients (4H each) wait for the unbind
    // of the projection and are stacked into one [S·N, 4H] gradient, 8H per step in all, while
    // that layer's 7H-per-step saves (kept by this op until its backward ends) are already
    // gone: 8·S·state − (7·S − 2)·state over what the simulator holds.
    o.backwardTransientElements = checkedMul(checkedAdd(s, 2), state);
}

OpOutcome recurrent(const OpContext &c, int gates)
{
    c.requireRank(0, {3});
    const Shape &x = c.inputs[0].shape; // batch_first: [N, S, I]
    const std::int64_t hidden = c.requiredInt("hidden_size");
    const std::int64_t layers = c.intAttr("num_layers", 1);
    const bool bidirectional = c.boolAttr("bidirectional", false);
    const bool bias = c.boolAttr("bias", true);
    // PyTorch (and Keras' GRU with reset_after) keep two bias vectors per gate; Keras' LSTM one.
    const std::int64_t biasVectors = c.intAttr("bias_vectors", 2);
    if (hidden <= 0 || layers <= 0)
        c.fail(OpContext::tr("hidden_size and num_layers must be positive."));
    if (biasVectors != 1 && biasVectors != 2)
        c.fail(OpContext::tr("bias_vectors must be 1 or 2."));
    const std::int64_t dirs = bidirectional ? 2 : 1;
    const std::int64_t n = x[0], s = x[1];
    OpOutcome o;
    const Shape y = c.boolAttr("return_sequences", true) ? Shape{n, s, dirs * hidden}
                                                         : Shape{n, dirs * hidden};
    o.outputs = {TensorType{y, c.inputs[0].dtype}};
    double macs = 0.0;
    for (std::int64_t l = 0; l < layers; ++l) {
        const std::int64_t in = l == 0 ? x[2] : dirs * hidden;
        for (std::int64_t d = 0; d < dirs; ++d) {
            const QString suffix = QStringLiteral("_l%1%2").arg(l).arg(d ? QStringLiteral("_reverse")
                                                                        : QString());
            auto p = [&](const char *base, Shape shape, bool matrix) {
                ParamSpec ps;
                ps.name = QLatin1String(base) + suffix;
                ps.shape = std::move(shape);
                ps.quantisable = matrix;
                o.params.push_back(ps);
            };
            p("weight_ih", {gates * hidden, in}, true);
            p("weight_hh", {gates * hidden, hidden}, true);
            if (bias) {
                p(biasVectors == 2 ? "bias_ih" : "bias", {gates * hidden}, false);
                if (biasVectors == 2)
                    p("bias_hh", {gates * hidden}, false);
            }
            macs += static_cast<double>(n * s) * static_cast<double>(gates * hidden)
                    * static_cast<double>(in + hidden);
        }
    }
    o.forwardFlops = 2.0 * macs;
    o.backwardInputFlops = 2.0 * macs;
    o.backwardParamFlops = 2.0 * macs;
    // Only the LSTM's loop of cells is measured (PyTorch 1.13, CPU); a GRU keeps cuDNN's model.
    if (gates == 4 && c.runtime.recurrentPath == RecurrentPath::CpuCells) {
        lstmCpuCells(c, o, hidden, layers, dirs, y.size() == 3);
        return o;
    }
    // cuDNN keeps a reserve of (G + 1)·H per step, layer and direction (gates and cell state)
    // and the whole output sequence; its backward workspace holds about (G + 2)·H per step.
    // Measured: LSTM, batch 64, 200 steps, H = 256 on PyTorch 2.11 / H100 (5H and 6.3H).
    const std::int64_t steps = checkedMul(checkedMul(n, s), checkedMul(layers, dirs));
    o.saved = {savedInput(0, {}, true),
               savedExtra(checkedMul(steps, (gates + 1) * hidden), c.inputs[0].dtype, "reserve")};
    if (y.size() == 3)
        o.saved.push_back(savedOutput(0));
    else
        o.saved.push_back(savedExtra(checkedMul(checkedMul(n, s), dirs * hidden), c.inputs[0].dtype,
                                     "output sequence"));
    // Returning only the last step, cuDNN still takes a (zero) gradient of the whole sequence.
    const std::int64_t zeroGrad = y.size() == 3 ? 0 : checkedMul(checkedMul(n, s), dirs * hidden);
    o.backwardTransientElements = checkedAdd(checkedMul(steps, (gates + 2) * hidden), zeroGrad);
    o.transientDType = c.inputs[0].dtype;
    return o;
}

OpOutcome lstm(const OpContext &c) { return recurrent(c, 4); }
OpOutcome gru(const OpContext &c) { return recurrent(c, 3); }

// --- losses ---------------------------------------------------------------------------------

OpOutcome crossEntropy(const OpContext &c)
{
    const Shape &logits = c.inputs[0].shape;
    const Shape &target = c.inputs[1].shape;
    if (isFloating(c.inputs[1].dtype))
        c.fail(OpContext::tr("the target must hold integer class indices."));
    if (logits.size() != target.size() + 1
        || !std::equal(target.begin(), target.end(), logits.begin()))
        c.fail(OpContext::tr("logits must be the target's shape plus a class dimension."));
    OpOutcome o;
    o.outputs = {TensorType{{}, c.inputs[0].dtype}};
    o.isLoss = true;
    o.differentiable = {true, false};
    const std::int64_t elements = c.inputs[0].numel();
    o.forwardFlops = 5.0 * static_cast<double>(elements);
    o.backwardInputFlops = 2.0 * static_cast<double>(elements);
    // log_softmax saves its result, which nll_loss also saves (one storage); nll_loss_backward
    // then materialises a gradient of the log-probabilities before log_softmax_backward.
    o.saved = {savedExtra(elements, c.inputs[0].dtype, "log-probabilities")};
    o.backwardTransientElements = elements;
    o.transientDType = c.inputs[0].dtype;
    return o;
}

OpOutcome mseLoss(const OpContext &c)
{
    if (c.inputs[0].shape != c.inputs[1].shape)
        c.fail(OpContext::tr("input and target shapes differ."));
    OpOutcome o;
    o.outputs = {TensorType{{}, c.inputs[0].dtype}};
    o.isLoss = true;
    o.forwardFlops = 3.0 * static_cast<double>(c.inputs[0].numel());
    o.backwardInputFlops = 2.0 * static_cast<double>(c.inputs[0].numel());
    o.saved = {savedInput(0), savedInput(1)};
    return o;
}

// --- generic ops for imported graphs (ONNX, Keras) ------------------------------------------
// Tensor arithmetic, reductions, views, padding, resizing, einsum, free parameters and opaque
// ops, as exporters emit them. What each saves is what the aten op behind the exporter's node
// saves in PyTorch 2.x (tools/autograd/derivatives.yaml), named at each function below.

/** A trainable operand given by attributes (param_shape, weight_from): the node owns it. */
void addOperandParam(const OpContext &c, OpOutcome &o)
{
    if (!c.node.attrs.contains(QLatin1String("param_shape")))
        return;
    ParamSpec p = param("weight", c.intListAttr("param_shape"));
    for (std::int64_t d : p.shape)
        if (d <= 0)
            c.fail(OpContext::tr("param_shape entries must be positive."));
    const QString tied = c.stringAttr("weight_from", QString());
    if (!tied.isEmpty())
        p.tiedTo = tied + QLatin1String(".weight");
    o.params.push_back(p);
}

/** Functions of the Elementwise op, grouped by what their backward keeps. */
enum class ElementwiseSaves {
    Nothing,     ///< add, sub, neg, cast, floor…: the gradient needs no values
    Operands,    ///< mul, div, max, min, pow: the operands (each for the other's gradient)
    Input,       ///< erf, log, abs, clip, sin…: the input
    Output,      ///< sqrt, exp, reciprocal, rsqrt: the result
    Condition,   ///< where: the boolean condition
    Comparison,  ///< equal, less, not…: a boolean result without a gradient
};

struct ElementwiseFunction
{
    const char *name;
    int minInputs;
    int maxInputs; ///< -1: any number
    ElementwiseSaves saves;
};

const ElementwiseFunction kElementwiseFunctions[] = {
    {"add", 1, -1, ElementwiseSaves::Nothing},  {"sub", 1, 2, ElementwiseSaves::Nothing},
    {"mul", 1, 2, ElementwiseSaves::Operands},  {"div", 1, 2, ElementwiseSaves::Operands},
    {"pow", 1, 2, ElementwiseSaves::Operands},  {"max", 1, 2, ElementwiseSaves::Operands},
    {"min", 1, 2, ElementwiseSaves::Operands},  {"neg", 1, 1, ElementwiseSaves::Nothing},
    {"cast", 1, 1, ElementwiseSaves::Nothing},  {"floor", 1, 1, ElementwiseSaves::Nothing},
    {"ceil", 1, 1, ElementwiseSaves::Nothing},  {"round", 1, 1, ElementwiseSaves::Nothing},
    {"sign", 1, 1, ElementwiseSaves::Nothing},  {"mod", 1, 2, ElementwiseSaves::Nothing},
    {"sqrt", 1, 1, ElementwiseSaves::Output},   {"rsqrt", 1, 1, ElementwiseSaves::Output},
    {"exp", 1, 1, ElementwiseSaves::Output},    {"reciprocal", 1, 1, ElementwiseSaves::Output},
    {"erf", 1, 1, ElementwiseSaves::Input},     {"log", 1, 1, ElementwiseSaves::Input},
    {"abs", 1, 1, ElementwiseSaves::Input},     {"clip", 1, 1, ElementwiseSaves::Input},
    {"sin", 1, 1, ElementwiseSaves::Input},     {"cos", 1, 1, ElementwiseSaves::Input},
    {"softplus", 1, 1, ElementwiseSaves::Input}, {"atan", 1, 1, ElementwiseSaves::Input},
    {"where", 2, 3, ElementwiseSaves::Condition}, {"equal", 1, 2, ElementwiseSaves::Comparison},
    {"less", 1, 2, ElementwiseSaves::Comparison}, {"greater", 1, 2, ElementwiseSaves::Comparison},
    {"less_equal", 1, 2, ElementwiseSaves::Comparison},
    {"greater_equal", 1, 2, ElementwiseSaves::Comparison},
    {"not", 1, 1, ElementwiseSaves::Comparison}, {"and", 1, 2, ElementwiseSaves::Comparison},
    {"or", 1, 2, ElementwiseSaves::Comparison},  {"xor", 1, 2, ElementwiseSaves::Comparison},
    {"isnan", 1, 1, ElementwiseSaves::Comparison}, {"isinf", 1, 1, ElementwiseSaves::Comparison},
};

/**
 * One elementwise function of the data inputs, broadcasting. A constant operand (a Python
 * number or a constant tensor in the exported graph) is not an input: "scalar" says there is
 * one and "reverse" that it comes first (1 - x, 1 / x, 2 ** x). A trainable operand is a
 * parameter of the node (param_shape).
 */
OpOutcome elementwiseOp(const OpContext &c)
{
    const QString name = c.stringAttr("function", QString());
    const ElementwiseFunction *fn = nullptr;
    for (const ElementwiseFunction &f : kElementwiseFunctions)
        if (name == QLatin1String(f.name))
            fn = &f;
    if (!fn)
        c.fail(OpContext::tr("unknown function “%1”.").arg(name));
    const int n = static_cast<int>(c.inputs.size());
    if (n < fn->minInputs || (fn->maxInputs >= 0 && n > fn->maxInputs))
        c.fail(OpContext::tr("function “%1” does not take %2 inputs.").arg(name).arg(n));
    const bool reverse = c.boolAttr("reverse", false);
    c.boolAttr("scalar", false);

    OpOutcome o;
    addOperandParam(c, o);
    const bool withParam = !o.params.empty();
    if (withParam && n > 1 && fn->maxInputs >= 0)
        c.fail(OpContext::tr("a trainable operand needs a single data input."));

    Shape y = c.inputs[0].shape;
    for (int i = 1; i < n; ++i)
        y = broadcast(c, y, c.inputs[i].shape);
    if (withParam)
        y = broadcast(c, y, o.params[0].shape);

    DType dtype = widestFloat(c);
    if (fn->saves == ElementwiseSaves::Comparison) {
        dtype = DType::Bool;
    } else if (fn->saves == ElementwiseSaves::Condition) {
        dtype = c.inputs[1].dtype;
        if (n > 2 && isFloating(c.inputs[2].dtype) && !isFloating(dtype))
            dtype = c.inputs[2].dtype;
    } else if (name == QLatin1String("cast")) {
        const QString to = c.stringAttr("to", QString());
        const std::optional<DType> t = dtypeFromName(to);
        if (!t)
            c.fail(OpContext::tr("unknown element type “%1”.").arg(to));
        dtype = *t;
    } else if (withParam && !isFloating(dtype)) {
        dtype = DType::Float32;
    }
    o.outputs = {TensorType{y, dtype}};
    const double elements = static_cast<double>(o.outputs[0].numel());
    o.forwardFlops = elements * static_cast<double>(std::max(1, n - 1 + (withParam ? 1 : 0)));
    o.backwardInputFlops = o.forwardFlops;
    if (withParam)
        o.backwardParamFlops = elements;

    switch (fn->saves) {
    case ElementwiseSaves::Nothing:
        // add/sub: AddBackward/SubBackward keep only alpha; an operand of the output's shape
        // gets the output's gradient itself (sub's second operand a negated copy).
        for (int i = 0; i < n; ++i)
            o.gradIsView.push_back(c.inputs[i].shape == y
                                   && (name == QLatin1String("add")
                                       || (name == QLatin1String("sub") && i == 0 && !reverse)));
        break;
    case ElementwiseSaves::Operands:
        if (n == 2) {
            // mul/div/max/min keep both operands (each for the other's gradient); pow with a
            // tensor exponent also its result.
            o.saved = {savedInput(0, {1}), savedInput(1)};
            if (name == QLatin1String("pow"))
                o.saved.push_back(savedOutput(0));
        } else if (withParam) {
            // x·w, x/w: the weight's gradient needs x (the weight itself is already resident).
            if (name != QLatin1String("add") && name != QLatin1String("sub"))
                o.saved = {savedInput(0, {}, true)};
        } else if (name == QLatin1String("pow")) {
            // x ** c keeps x (PowBackward0); c ** x keeps its result (PowBackward1).
            o.saved = {reverse ? savedOutput(0) : savedInput(0)};
        } else if (name == QLatin1String("div") && reverse) {
            o.saved = {savedOutput(0)}; // c / x is c·reciprocal(x), which keeps its result
        } else if (name == QLatin1String("max") || name == QLatin1String("min")) {
            o.saved = {savedInput(0)}; // clamp against a constant keeps the input
        }
        // x·c, x/c with a constant c: MulBackward/DivBackward keep only the constant.
        break;
    case ElementwiseSaves::Input:
        o.saved = {savedInput(0)};
        break;
    case ElementwiseSaves::Output:
        o.saved = {savedOutput(0)};
        break;
    case ElementwiseSaves::Condition:
        // where(cond, x, y) keeps the condition to route the gradient.
        o.saved = {savedInput(0)};
        o.differentiable = {false};
        break;
    case ElementwiseSaves::Comparison:
        o.differentiable.assign(n, false);
        o.backwardInputFlops = 0.0;
        break;
    }
    return o;
}

/** mean/sum/max/min/prod over axes (all when absent), keepdims (true) as in ONNX. */
OpOutcome reduceOp(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const int rank = static_cast<int>(x.size());
    const QString fn = c.stringAttr("function", QStringLiteral("mean"));
    const bool keep = c.boolAttr("keepdims", true);
    std::vector<bool> reduced(rank, !c.node.attrs.contains(QLatin1String("axes")));
    if (c.node.attrs.contains(QLatin1String("axes")))
        for (std::int64_t a : c.intListAttr("axes"))
            reduced[c.normaliseDim(a, rank)] = true;
    Shape y;
    for (int i = 0; i < rank; ++i) {
        if (!reduced[i])
            y.push_back(x[i]);
        else if (keep)
            y.push_back(1);
    }
    OpOutcome o;
    o.outputs = {TensorType{y, c.inputs[0].dtype}};
    o.forwardFlops = static_cast<double>(c.inputs[0].numel());
    o.backwardInputFlops = o.forwardFlops;
    if (fn == QLatin1String("mean") || fn == QLatin1String("sum")) {
        // MeanBackward/SumBackward keep only sizes.
    } else if (fn == QLatin1String("max") || fn == QLatin1String("min")
               || fn == QLatin1String("prod") || fn == QLatin1String("l2")) {
        // amax/amin/prod/norm backward take the input and the result.
        o.saved = {savedInput(0), savedOutput(0)};
    } else {
        c.fail(OpContext::tr("unknown reduction “%1”.").arg(fn));
    }
    return o;
}

/** Removes size-1 dimensions (dims, or all of them): a view. */
OpOutcome squeezeOp(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const int rank = static_cast<int>(x.size());
    std::vector<bool> drop(rank, false);
    if (c.node.attrs.contains(QLatin1String("dims"))) {
        for (std::int64_t d : c.intListAttr("dims")) {
            const int i = c.normaliseDim(d, rank);
            if (x[i] != 1)
                c.fail(OpContext::tr("dimension %1 has size %2, not 1.").arg(i).arg(x[i]));
            drop[i] = true;
        }
    } else {
        for (int i = 0; i < rank; ++i)
            drop[i] = x[i] == 1;
    }
    Shape y;
    for (int i = 0; i < rank; ++i)
        if (!drop[i])
            y.push_back(x[i]);
    return viewOf(c, y, c.inputs[0].contiguous);
}

/** Inserts size-1 dimensions at dims (positions in the output): a view. */
OpOutcome unsqueezeOp(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const Shape dims = c.intListAttr("dims");
    const int rank = static_cast<int>(x.size() + dims.size());
    std::vector<bool> inserted(rank, false);
    for (std::int64_t d : dims) {
        const int i = c.normaliseDim(d, rank);
        if (inserted[i])
            c.fail(OpContext::tr("dims repeats dimension %1.").arg(i));
        inserted[i] = true;
    }
    Shape y;
    std::size_t next = 0;
    for (int i = 0; i < rank; ++i)
        y.push_back(inserted[i] ? 1 : x[next++]);
    return viewOf(c, y, c.inputs[0].contiguous);
}

/** Broadcasts to shape (1 or -1 keeps the input's size): a view with zero strides. */
OpOutcome expandOp(const OpContext &c)
{
    Shape target = c.intListAttr("shape");
    for (std::int64_t &d : target) {
        if (d == -1)
            d = 1;
        else if (d <= 0)
            c.fail(OpContext::tr("shape entries must be positive or -1."));
    }
    const Shape y = broadcast(c, c.inputs[0].shape, target);
    const bool same = y == c.inputs[0].shape;
    OpOutcome o = viewOf(c, y, same && c.inputs[0].contiguous);
    if (!same) {
        // ExpandBackward sums the gradient back to the input's shape: a new tensor.
        o.gradIsView = {false};
        o.backwardInputFlops = static_cast<double>(o.outputs[0].numel());
    }
    return o;
}

/**
 * ONNX Slice: starts, ends, axes (all), steps (1); negative indices count from the end and
 * both ends are clamped. A view; slice_backward writes the gradient into zeros of the input's
 * size.
 */
OpOutcome sliceOp(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const int rank = static_cast<int>(x.size());
    const Shape starts = c.intListAttr("starts");
    const Shape ends = c.intListAttr("ends");
    Shape axes, steps;
    if (c.node.attrs.contains(QLatin1String("axes")))
        axes = c.intListAttr("axes");
    else
        for (std::size_t i = 0; i < starts.size(); ++i)
            axes.push_back(static_cast<std::int64_t>(i));
    if (c.node.attrs.contains(QLatin1String("steps")))
        steps = c.intListAttr("steps");
    else
        steps.assign(starts.size(), 1);
    if (ends.size() != starts.size() || axes.size() != starts.size()
        || steps.size() != starts.size())
        c.fail(OpContext::tr("starts, ends, axes and steps need the same length."));
    Shape y = x;
    bool contiguous = c.inputs[0].contiguous;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const int d = c.normaliseDim(axes[i], rank);
        if (steps[i] <= 0)
            c.fail(OpContext::tr("steps must be positive."));
        const auto clampIndex = [&](std::int64_t v) {
            if (v < 0)
                v = std::max<std::int64_t>(0, v + x[d]);
            return std::min(v, x[d]);
        };
        const std::int64_t s = clampIndex(starts[i]), e = clampIndex(ends[i]);
        if (e <= s)
            c.fail(OpContext::tr("the slice of dimension %1 is empty.").arg(d));
        y[d] = (e - s + steps[i] - 1) / steps[i];
        if (y[d] != x[d] && (d != 0 || steps[i] != 1))
            contiguous = false;
    }
    OpOutcome o = viewOf(c, y, contiguous);
    o.outputs[0].contiguous = contiguous;
    o.outputSharesInput = {0};
    o.isView = true;
    o.gradIsView = {false};
    o.backwardInputFlops = static_cast<double>(c.inputs[0].numel());
    return o;
}

/** ONNX Pad: pads = [begin per dimension…, end per dimension…] (negative crops). */
OpOutcome padOp(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    const Shape pads = c.intListAttr("pads");
    if (pads.size() != 2 * x.size())
        c.fail(OpContext::tr("pads needs %1 values.").arg(2 * x.size()));
    const QString mode = c.stringAttr("mode", QStringLiteral("constant"));
    if (mode != QLatin1String("constant") && mode != QLatin1String("reflect")
        && mode != QLatin1String("edge") && mode != QLatin1String("replicate")
        && mode != QLatin1String("circular"))
        c.fail(OpContext::tr("unknown padding mode “%1”.").arg(mode));
    Shape y = x;
    for (std::size_t i = 0; i < x.size(); ++i) {
        y[i] = checkedAdd(x[i], checkedAdd(pads[i], pads[i + x.size()]));
        if (y[i] <= 0)
            c.fail(OpContext::tr("padding leaves dimension %1 empty.").arg(i));
    }
    OpOutcome o;
    o.outputs = {TensorType{y, c.inputs[0].dtype}};
    o.forwardFlops = static_cast<double>(o.outputs[0].numel());
    o.backwardInputFlops = o.forwardFlops;
    // constant_pad_nd's backward slices the gradient; reflection/replication pad backward
    // takes only sizes: nothing is saved.
    return o;
}

/** Resize/Upsample to sizes, or by scales, per dimension; mode nearest (linear, cubic). */
OpOutcome resizeOp(const OpContext &c)
{
    const Shape &x = c.inputs[0].shape;
    Shape y;
    if (c.node.attrs.contains(QLatin1String("sizes"))) {
        y = c.intListAttr("sizes");
    } else {
        const QJsonValue v = c.node.attrs.value(QLatin1String("scales"));
        if (!v.isArray())
            c.fail(OpContext::tr("attribute “sizes” or “scales” is required."));
        for (const QJsonValue &s : v.toArray()) {
            if (!s.isDouble() || s.toDouble() <= 0.0)
                c.fail(OpContext::tr("scales must be positive numbers."));
            if (y.size() < x.size())
                y.push_back(static_cast<std::int64_t>(
                    std::floor(static_cast<double>(x[y.size()]) * s.toDouble())));
        }
    }
    if (y.size() != x.size())
        c.fail(OpContext::tr("the target needs one entry per dimension (%1).").arg(x.size()));
    for (std::int64_t d : y)
        if (d <= 0)
            c.fail(OpContext::tr("the resized tensor would be empty."));
    const QString mode = c.stringAttr("mode", QStringLiteral("nearest"));
    double perElement = 1.0;
    if (mode == QLatin1String("linear"))
        perElement = 4.0;
    else if (mode == QLatin1String("cubic"))
        perElement = 16.0;
    else if (mode != QLatin1String("nearest"))
        c.fail(OpContext::tr("unknown mode “%1”.").arg(mode));
    OpOutcome o;
    o.outputs = {TensorType{y, c.inputs[0].dtype}};
    o.forwardFlops = perElement * static_cast<double>(o.outputs[0].numel());
    o.backwardInputFlops = o.forwardFlops;
    // upsample_{nearest,bilinear,bicubic}*_backward take only the sizes: nothing is saved.
    return o;
}

/** Output shape and contraction size of an einsum equation such as "bhid,bhjd->bhij". */
OpOutcome einsumOp(const OpContext &c)
{
    QString eq = c.stringAttr("equation", QString());
    eq.remove(QLatin1Char(' '));
    const qsizetype arrow = eq.indexOf(QLatin1String("->"));
    const QString lhs = arrow < 0 ? eq : eq.left(arrow);
    const QStringList terms = lhs.split(QLatin1Char(','));
    if (terms.size() != static_cast<qsizetype>(c.inputs.size()))
        c.fail(OpContext::tr("the equation names %1 operands for %2 inputs.")
                   .arg(terms.size())
                   .arg(c.inputs.size()));
    QHash<QChar, std::int64_t> size;
    QHash<QChar, int> uses;
    Shape ellipsis;
    for (qsizetype t = 0; t < terms.size(); ++t) {
        QString term = terms[t];
        const Shape &shape = c.inputs[t].shape;
        const bool hasEllipsis = term.contains(QLatin1String("..."));
        term.remove(QLatin1String("..."));
        for (QChar ch : term)
            if (!ch.isLetter())
                c.fail(OpContext::tr("the equation may hold only letters, “,”, “...” and “->”."));
        const qsizetype extra = static_cast<qsizetype>(shape.size()) - term.size();
        if (extra < 0 || (extra > 0 && !hasEllipsis))
            c.fail(OpContext::tr("operand %1 has %2 dimensions; the equation gives it %3.")
                       .arg(t + 1)
                       .arg(shape.size())
                       .arg(term.size()));
        const qsizetype before = hasEllipsis ? terms[t].indexOf(QLatin1String("...")) : term.size();
        Shape own;
        qsizetype letter = 0;
        for (qsizetype i = 0; i < static_cast<qsizetype>(shape.size()); ++i) {
            if (i >= before && i < before + extra) {
                own.push_back(shape[i]);
                continue;
            }
            const QChar ch = term[letter++];
            const std::int64_t d = shape[i];
            const auto it = size.find(ch);
            if (it == size.end() || *it == 1)
                size[ch] = d;
            else if (d != 1 && d != *it)
                c.fail(OpContext::tr("index “%1” has sizes %2 and %3.").arg(ch).arg(*it).arg(d));
            ++uses[ch];
        }
        ellipsis = broadcast(c, ellipsis, own);
    }
    QString out;
    if (arrow >= 0) {
        out = eq.mid(arrow + 2);
    } else {
        out = QLatin1String("...");
        QList<QChar> once;
        for (auto it = uses.cbegin(); it != uses.cend(); ++it)
            if (it.value() == 1)
                once << it.key();
        std::sort(once.begin(), once.end());
        for (QChar ch : once)
            out += ch;
    }
    Shape y;
    bool seenEllipsis = false;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.mid(i, 3) == QLatin1String("...")) {
            y.insert(y.end(), ellipsis.begin(), ellipsis.end());
            seenEllipsis = true;
            i += 2;
            continue;
        }
        if (!size.contains(out[i]))
            c.fail(OpContext::tr("output index “%1” is not an operand's.").arg(out[i]));
        y.push_back(size.value(out[i]));
    }
    if (!seenEllipsis && !ellipsis.empty() && product(ellipsis) != 1)
        c.fail(OpContext::tr("the output drops the “...” dimensions."));
    double all = static_cast<double>(product(ellipsis));
    for (auto it = size.cbegin(); it != size.cend(); ++it)
        all *= static_cast<double>(it.value());
    OpOutcome o;
    o.outputs = {TensorType{y, widestFloat(c)}};
    const int n = static_cast<int>(c.inputs.size());
    o.forwardFlops = n > 1 ? 2.0 * all * (n - 1) : static_cast<double>(c.inputs[0].numel());
    o.backwardInputFlops = n > 1 ? 2.0 * o.forwardFlops : o.forwardFlops;
    // einsum runs as permutes and bmm: each operand is kept for the others' gradients.
    if (n == 2)
        o.saved = {savedInput(0, {1}), savedInput(1, {0})};
    else if (n > 2)
        for (int i = 0; i < n; ++i)
            o.saved.push_back(savedInput(i));
    return o;
}

/**
 * A free nn.Parameter (cls token, positional table) used by an op the importer could not give
 * it to: the output is the parameter. It is counted once more as an activation (conservative:
 * eager uses the parameter's own storage).
 */
OpOutcome parameterOp(const OpContext &c)
{
    OpOutcome o;
    const Shape shape = c.intListAttr("shape");
    for (std::int64_t d : shape)
        if (d <= 0)
            c.fail(OpContext::tr("shape entries must be positive."));
    ParamSpec p = param("weight", shape, shape.size() >= 2);
    const QString tied = c.stringAttr("weight_from", QString());
    if (!tied.isEmpty())
        p.tiedTo = tied + QLatin1String(".weight");
    o.params.push_back(p);
    o.outputs = {TensorType{shape, DType::Float32}};
    return o;
}

/**
 * An operation MemPlanner does not model (a custom-domain or unsupported ONNX op): its outputs
 * come from attributes (output_shapes, output_dtypes), as the importer's shape inference found
 * them. Its backward is unknown, so it is assumed to keep every floating input (conservative).
 */
OpOutcome opaqueOp(const OpContext &c)
{
    const QJsonArray shapes = c.node.attrs.value(QLatin1String("output_shapes")).toArray();
    const QJsonArray dtypes = c.node.attrs.value(QLatin1String("output_dtypes")).toArray();
    if (shapes.isEmpty())
        c.fail(OpContext::tr("attribute “output_shapes” is required."));
    OpOutcome o;
    for (qsizetype k = 0; k < shapes.size(); ++k) {
        if (!shapes[k].isArray())
            c.fail(OpContext::tr("output_shapes must hold lists."));
        Shape y;
        for (const QJsonValue &e : shapes[k].toArray()) {
            std::int64_t d = 0;
            if (e.isDouble())
                d = e.toInteger();
            else if (e.isString())
                d = symbolicSize(e.toString(), c.batch, c.seq).value_or(0);
            if (d <= 0)
                c.fail(OpContext::tr("output %1 has a bad dimension.").arg(k));
            y.push_back(d);
        }
        DType t = DType::Float32;
        if (k < dtypes.size()) {
            const std::optional<DType> named = dtypeFromName(dtypes[k].toString());
            if (!named)
                c.fail(OpContext::tr("unknown element type “%1”.").arg(dtypes[k].toString()));
            t = *named;
        }
        o.outputs.push_back(TensorType{y, t});
        o.forwardFlops += static_cast<double>(o.outputs.back().numel());
    }
    o.backwardInputFlops = o.forwardFlops;
    for (std::size_t i = 0; i < c.inputs.size(); ++i) {
        const bool floating = isFloating(c.inputs[i].dtype);
        o.differentiable.push_back(floating);
        if (floating) {
            SavedTensor s = savedInput(static_cast<int>(i));
            s.what = OpContext::tr("input (unknown op: kept conservatively)");
            o.saved.push_back(s);
        }
    }
    return o;
}

const std::vector<OpDef> kOps = {
    {"Conv1d", "Convolution", 1, 1, AutocastClass::Lower, conv1d},
    {"Conv2d", "Convolution", 1, 1, AutocastClass::Lower, conv2d},
    {"ConvTranspose2d", "Convolution", 1, 1, AutocastClass::Lower, convTranspose2d},
    {"Linear", "Linear", 1, 1, AutocastClass::Lower, linear},
    {"MatMul", "Linear", 2, 2, AutocastClass::Lower, matmul},
    {"BatchNorm", "Normalisation", 1, 1, AutocastClass::Promote, batchNorm},
    {"LayerNorm", "Normalisation", 1, 1, AutocastClass::Fp32, layerNorm},
    {"GroupNorm", "Normalisation", 1, 1, AutocastClass::Fp32, groupNorm},
    {"ReLU", "Activation", 1, 1, AutocastClass::Promote, relu},
    {"ReLU6", "Activation", 1, 1, AutocastClass::Promote, relu6},
    {"LeakyReLU", "Activation", 1, 1, AutocastClass::Promote, leakyRelu},
    {"GELU", "Activation", 1, 1, AutocastClass::Promote, gelu},
    {"SiLU", "Activation", 1, 1, AutocastClass::Promote, silu},
    {"Sigmoid", "Activation", 1, 1, AutocastClass::Promote, sigmoid},
    {"Tanh", "Activation", 1, 1, AutocastClass::Promote, tanhOp},
    {"Softmax", "Activation", 1, 1, AutocastClass::Fp32, softmax},
    {"LogSoftmax", "Activation", 1, 1, AutocastClass::Fp32, softmax},
    {"MaxPool1d", "Pooling", 1, 1, AutocastClass::Promote, maxPool1d},
    {"MaxPool2d", "Pooling", 1, 1, AutocastClass::Promote, maxPool2d},
    {"AvgPool1d", "Pooling", 1, 1, AutocastClass::Promote, avgPool1d},
    {"AvgPool2d", "Pooling", 1, 1, AutocastClass::Promote, avgPool2d},
    {"AdaptiveAvgPool2d", "Pooling", 1, 1, AutocastClass::Promote, adaptiveAvgPool2d},
    {"GlobalAvgPool", "Pooling", 1, 1, AutocastClass::Promote, globalAvgPool},
    {"Dropout", "Regularisation", 1, 1, AutocastClass::Promote, dropout},
    {"Flatten", "Shape", 1, 1, AutocastClass::Promote, flatten},
    {"Reshape", "Shape", 1, 1, AutocastClass::Promote, reshape},
    {"Transpose", "Shape", 1, 1, AutocastClass::Promote, transpose},
    {"Permute", "Shape", 1, 1, AutocastClass::Promote, permute},
    {"Select", "Shape", 1, 1, AutocastClass::Promote, select},
    {"Identity", "Shape", 1, 1, AutocastClass::Promote, identity},
    {"Split", "Shape", 1, 1, AutocastClass::Promote, split},
    {"Concat", "Shape", 1, -1, AutocastClass::Promote, concat},
    {"Add", "Arithmetic", 2, -1, AutocastClass::Promote, add},
    {"Mul", "Arithmetic", 2, 2, AutocastClass::Promote, mul},
    {"Embedding", "Embedding", 1, 1, AutocastClass::Promote, embedding},
    {"MultiHeadAttention", "Attention", 1, 3, AutocastClass::Lower, multiHeadAttention},
    {"LSTM", "Recurrent", 1, 1, AutocastClass::Lower, lstm},
    {"GRU", "Recurrent", 1, 1, AutocastClass::Lower, gru},
    {"CrossEntropy", "Loss", 2, 2, AutocastClass::Fp32, crossEntropy},
    {"MSELoss", "Loss", 2, 2, AutocastClass::Fp32, mseLoss},
    // generic ops for imported graphs (ONNX, Keras)
    {"Elementwise", "Arithmetic", 1, -1, AutocastClass::Promote, elementwiseOp},
    {"Reduce", "Arithmetic", 1, 1, AutocastClass::Promote, reduceOp},
    {"Einsum", "Linear", 1, -1, AutocastClass::Lower, einsumOp},
    {"Slice", "Shape", 1, 1, AutocastClass::Promote, sliceOp},
    {"Squeeze", "Shape", 1, 1, AutocastClass::Promote, squeezeOp},
    {"Unsqueeze", "Shape", 1, 1, AutocastClass::Promote, unsqueezeOp},
    {"Expand", "Shape", 1, 1, AutocastClass::Promote, expandOp},
    {"Pad", "Shape", 1, 1, AutocastClass::Promote, padOp},
    {"Resize", "Shape", 1, 1, AutocastClass::Promote, resizeOp},
    {"Parameter", "Other", 0, 0, AutocastClass::Promote, parameterOp},
    {"Opaque", "Other", 0, -1, AutocastClass::Promote, opaqueOp},
};

} // namespace

const OpDef *OpCatalogue::find(const QString &name)
{
    for (const OpDef &d : kOps)
        if (name == QLatin1String(d.name))
            return &d;
    return nullptr;
}

const std::vector<OpDef> &OpCatalogue::all()
{
    return kOps;
}

} // namespace memplanner
