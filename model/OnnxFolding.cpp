#include "OnnxFolding.h"

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <string>

// Semantics follow the ONNX operator specification (onnx/docs/Operators.md, opsets 9–17).

namespace memplanner {

int onnxElementBytes(int dataType)
{
    using P = onnx::TensorProto;
    switch (dataType) {
    case P::DOUBLE:
    case P::INT64:
    case P::UINT64:
    case P::COMPLEX64:
        return 8;
    case P::COMPLEX128:
        return 16;
    case P::FLOAT:
    case P::INT32:
    case P::UINT32:
        return 4;
    case P::FLOAT16:
    case P::BFLOAT16:
    case P::INT16:
    case P::UINT16:
        return 2;
    case P::INT8:
    case P::UINT8:
    case P::BOOL:
        return 1;
    default:
        return 0;
    }
}

namespace {

using Dims = std::vector<std::int64_t>;
using P = onnx::TensorProto;

bool isFloatType(int t)
{
    return t == P::FLOAT || t == P::DOUBLE || t == P::FLOAT16 || t == P::BFLOAT16;
}

bool isIntType(int t)
{
    return t == P::INT64 || t == P::INT32 || t == P::INT16 || t == P::INT8 || t == P::UINT8
        || t == P::UINT16 || t == P::UINT32 || t == P::UINT64 || t == P::BOOL;
}

std::optional<std::int64_t> count(const Dims &dims)
{
    std::int64_t n = 1;
    for (std::int64_t d : dims) {
        if (d < 0 || __builtin_mul_overflow(n, d, &n) || n > OnnxFolding::kMaxElements)
            return std::nullopt;
    }
    return n;
}

/** Element size of the types folding evaluates; 0 (not folded) for complex and sizeless types. */
int elementSize(int t)
{
    if (t == P::COMPLEX64 || t == P::COMPLEX128)
        return 0;
    return onnxElementBytes(t);
}

double halfToDouble(std::uint16_t h)
{
    const int exponent = (h >> 10) & 0x1f;
    const int mantissa = h & 0x3ff;
    double v = 0.0;
    if (exponent == 0)
        v = std::ldexp(mantissa, -24);
    else if (exponent == 31)
        v = mantissa ? std::numeric_limits<double>::quiet_NaN()
                     : std::numeric_limits<double>::infinity();
    else
        v = std::ldexp(mantissa + 1024, exponent - 25);
    return (h & 0x8000) ? -v : v;
}

double bfloatToDouble(std::uint16_t b)
{
    const std::uint32_t bits = static_cast<std::uint32_t>(b) << 16;
    float f = 0.0f;
    std::memcpy(&f, &bits, 4);
    return f;
}

/** Reads element @p i of little-endian raw data of type @p t. */
void readRaw(const std::string &raw, int t, std::int64_t i, OnnxTensor &out)
{
    const char *p = raw.data() + i * elementSize(t);
    switch (t) {
    case P::FLOAT: {
        float f;
        std::memcpy(&f, p, 4);
        out.reals.push_back(f);
        break;
    }
    case P::DOUBLE: {
        double d;
        std::memcpy(&d, p, 8);
        out.reals.push_back(d);
        break;
    }
    case P::FLOAT16:
    case P::BFLOAT16: {
        std::uint16_t h;
        std::memcpy(&h, p, 2);
        out.reals.push_back(t == P::FLOAT16 ? halfToDouble(h) : bfloatToDouble(h));
        break;
    }
    case P::INT64:
    case P::UINT64: {
        std::int64_t v;
        std::memcpy(&v, p, 8);
        out.ints.push_back(v);
        break;
    }
    case P::INT32: {
        std::int32_t v;
        std::memcpy(&v, p, 4);
        out.ints.push_back(v);
        break;
    }
    case P::UINT32: {
        std::uint32_t v;
        std::memcpy(&v, p, 4);
        out.ints.push_back(v);
        break;
    }
    case P::INT16: {
        std::int16_t v;
        std::memcpy(&v, p, 2);
        out.ints.push_back(v);
        break;
    }
    case P::UINT16: {
        std::uint16_t v;
        std::memcpy(&v, p, 2);
        out.ints.push_back(v);
        break;
    }
    case P::INT8:
        out.ints.push_back(static_cast<std::int8_t>(*p));
        break;
    default: // UINT8, BOOL
        out.ints.push_back(static_cast<std::uint8_t>(*p));
        break;
    }
}

// --- attribute access -----------------------------------------------------------------------

const onnx::AttributeProto *attribute(const onnx::NodeProto &n, const char *name)
{
    for (const onnx::AttributeProto &a : n.attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

std::int64_t intAttribute(const onnx::NodeProto &n, const char *name, std::int64_t fallback)
{
    const onnx::AttributeProto *a = attribute(n, name);
    return a && a->type() == onnx::AttributeProto::INT ? a->i() : fallback;
}

std::optional<Dims> intsAttribute(const onnx::NodeProto &n, const char *name)
{
    const onnx::AttributeProto *a = attribute(n, name);
    if (!a || a->type() != onnx::AttributeProto::INTS)
        return std::nullopt;
    return Dims(a->ints().begin(), a->ints().end());
}

// --- tensor helpers -------------------------------------------------------------------------

OnnxTensor makeInts(int type, Dims dims, std::vector<std::int64_t> values)
{
    OnnxTensor t;
    t.type = type;
    t.dims = std::move(dims);
    t.ints = std::move(values);
    return t;
}

double realAt(const OnnxTensor &t, std::int64_t i)
{
    return t.floating() ? t.reals[static_cast<std::size_t>(i)]
                        : static_cast<double>(t.ints[static_cast<std::size_t>(i)]);
}

std::int64_t intAt(const OnnxTensor &t, std::int64_t i)
{
    if (!t.floating())
        return t.ints[static_cast<std::size_t>(i)];
    const double v = t.reals[static_cast<std::size_t>(i)];
    if (!(v > -9.2e18 && v < 9.2e18))
        return v > 0 ? std::numeric_limits<std::int64_t>::max()
                     : std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(v);
}

/** A tensor's values as a list of integers (axes, shapes, starts …). */
std::optional<Dims> asInts(const OnnxTensor *t)
{
    if (!t)
        return std::nullopt;
    Dims out;
    for (std::int64_t i = 0; i < t->numel(); ++i)
        out.push_back(intAt(*t, i));
    return out;
}

void push(OnnxTensor &t, double v)
{
    if (t.floating())
        t.reals.push_back(v);
    else
        t.ints.push_back(static_cast<std::int64_t>(v));
}

void copyElement(const OnnxTensor &from, std::int64_t i, OnnxTensor &to)
{
    if (to.floating())
        to.reals.push_back(realAt(from, i));
    else
        to.ints.push_back(intAt(from, i));
}

Dims stridesOf(const Dims &dims)
{
    Dims s(dims.size(), 1);
    for (int i = static_cast<int>(dims.size()) - 2; i >= 0; --i)
        s[i] = s[i + 1] * dims[i + 1];
    return s;
}

std::optional<int> axisOf(std::int64_t axis, std::size_t rank)
{
    const std::int64_t r = static_cast<std::int64_t>(rank);
    if (axis < -r || axis >= r)
        return std::nullopt;
    return static_cast<int>(axis < 0 ? axis + r : axis);
}

std::optional<Dims> broadcastDims(const std::vector<const Dims *> &shapes)
{
    std::size_t rank = 0;
    for (const Dims *s : shapes)
        rank = std::max(rank, s->size());
    Dims out(rank, 1);
    for (const Dims *s : shapes) {
        const std::size_t offset = rank - s->size();
        for (std::size_t i = 0; i < s->size(); ++i) {
            const std::int64_t d = (*s)[i];
            if (d == out[offset + i] || d == 1)
                continue;
            if (out[offset + i] != 1)
                return std::nullopt;
            out[offset + i] = d;
        }
    }
    if (!count(out))
        return std::nullopt;
    return out;
}

/** Index into a tensor of @p dims broadcast to @p out, for output position @p flat. */
std::int64_t broadcastIndex(const Dims &dims, const Dims &out, std::int64_t flat)
{
    const Dims outStrides = stridesOf(out);
    const Dims inStrides = stridesOf(dims);
    const std::size_t offset = out.size() - dims.size();
    std::int64_t index = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int64_t coord = (flat / outStrides[i]) % out[i];
        if (i >= offset && dims[i - offset] != 1)
            index += coord * inStrides[i - offset];
    }
    return index;
}

/** Elementwise over broadcast inputs; @p resultType decides ints or reals. */
std::optional<OnnxTensor> elementwise(const std::vector<const OnnxTensor *> &in, int resultType,
                                      const std::function<double(const std::vector<double> &)> &f)
{
    std::vector<const Dims *> shapes;
    for (const OnnxTensor *t : in)
        shapes.push_back(&t->dims);
    const std::optional<Dims> out = broadcastDims(shapes);
    if (!out)
        return std::nullopt;
    OnnxTensor r;
    r.type = resultType;
    r.dims = *out;
    const std::int64_t n = *count(*out);
    std::vector<double> args(in.size());
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < in.size(); ++k)
            args[k] = realAt(*in[k], broadcastIndex(in[k]->dims, *out, i));
        const double v = f(args);
        if (!std::isfinite(v) && !r.floating())
            return std::nullopt;
        push(r, v);
    }
    return r;
}

/** Integer arithmetic kept exact (doubles lose precision above 2^53). */
std::optional<OnnxTensor> integerBinary(const OnnxTensor &a, const OnnxTensor &b,
                                        const std::string &op)
{
    const std::optional<Dims> out = broadcastDims({&a.dims, &b.dims});
    if (!out)
        return std::nullopt;
    OnnxTensor r;
    r.type = a.type;
    r.dims = *out;
    const std::int64_t n = *count(*out);
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t x = a.ints[static_cast<std::size_t>(broadcastIndex(a.dims, *out, i))];
        const std::int64_t y = b.ints[static_cast<std::size_t>(broadcastIndex(b.dims, *out, i))];
        std::int64_t v = 0;
        if (op == "Add") {
            if (__builtin_add_overflow(x, y, &v))
                return std::nullopt;
        } else if (op == "Sub") {
            if (__builtin_sub_overflow(x, y, &v))
                return std::nullopt;
        } else if (op == "Mul") {
            if (__builtin_mul_overflow(x, y, &v))
                return std::nullopt;
        } else if (op == "Div") {
            if (y == 0 || (x == std::numeric_limits<std::int64_t>::min() && y == -1))
                return std::nullopt;
            v = x / y; // ONNX integer division truncates
        } else if (op == "Mod") {
            if (y == 0 || (x == std::numeric_limits<std::int64_t>::min() && y == -1))
                return std::nullopt;
            v = x % y;
            if (v != 0 && ((v < 0) != (y < 0))) // fmod = 0: the sign follows the divisor
                v += y;
        } else if (op == "Max") {
            v = std::max(x, y);
        } else if (op == "Min") {
            v = std::min(x, y);
        } else {
            return std::nullopt;
        }
        r.ints.push_back(v);
    }
    return r;
}

// --- the ops --------------------------------------------------------------------------------

using Inputs = std::vector<const OnnxTensor *>;
using Result = std::optional<std::vector<OnnxTensor>>;

Result one(std::optional<OnnxTensor> t)
{
    if (!t)
        return std::nullopt;
    return std::vector<OnnxTensor> {std::move(*t)};
}

bool have(const Inputs &in, std::size_t n)
{
    if (in.size() < n)
        return false;
    for (std::size_t i = 0; i < n; ++i)
        if (!in[i])
            return false;
    return true;
}

Result constantOp(const onnx::NodeProto &n)
{
    for (const onnx::AttributeProto &a : n.attribute()) {
        if (a.name() == "value" && a.has_t())
            return one(OnnxFolding::fromProto(a.t()));
        if (a.name() == "value_int")
            return one(makeInts(P::INT64, {}, {a.i()}));
        if (a.name() == "value_ints") {
            const Dims v(a.ints().begin(), a.ints().end());
            if (!count({static_cast<std::int64_t>(v.size())}))
                return std::nullopt;
            return one(makeInts(P::INT64, {static_cast<std::int64_t>(v.size())}, v));
        }
        if (a.name() == "value_float" || a.name() == "value_floats") {
            OnnxTensor t;
            t.type = P::FLOAT;
            if (a.name() == "value_float") {
                t.reals = {a.f()};
            } else {
                t.reals.assign(a.floats().begin(), a.floats().end());
                t.dims = {static_cast<std::int64_t>(t.reals.size())};
                if (!count(t.dims))
                    return std::nullopt;
            }
            return one(t);
        }
    }
    return std::nullopt;
}

Result shapeOp(const onnx::NodeProto &n, const Dims *dims, bool size)
{
    if (!dims)
        return std::nullopt;
    if (size) {
        std::int64_t total = 1;
        for (std::int64_t d : *dims)
            if (__builtin_mul_overflow(total, d, &total))
                return std::nullopt;
        return one(makeInts(P::INT64, {}, {total}));
    }
    const std::int64_t rank = static_cast<std::int64_t>(dims->size());
    std::int64_t start = intAttribute(n, "start", 0), end = intAttribute(n, "end", rank);
    if (start < 0)
        start += rank;
    if (end < 0)
        end += rank;
    start = std::clamp<std::int64_t>(start, 0, rank);
    end = std::clamp<std::int64_t>(end, 0, rank);
    Dims v(dims->begin() + start, dims->begin() + std::max(start, end));
    return one(makeInts(P::INT64, {static_cast<std::int64_t>(v.size())}, v));
}

Result gatherOp(const onnx::NodeProto &n, const OnnxTensor &data, const OnnxTensor &indices)
{
    if (data.dims.empty() || indices.floating())
        return std::nullopt;
    const std::optional<int> axis = axisOf(intAttribute(n, "axis", 0), data.dims.size());
    if (!axis)
        return std::nullopt;
    Dims outDims(data.dims.begin(), data.dims.begin() + *axis);
    outDims.insert(outDims.end(), indices.dims.begin(), indices.dims.end());
    outDims.insert(outDims.end(), data.dims.begin() + *axis + 1, data.dims.end());
    const std::optional<std::int64_t> total = count(outDims);
    if (!total)
        return std::nullopt;
    std::int64_t outer = 1, inner = 1;
    for (int i = 0; i < *axis; ++i)
        outer *= data.dims[i];
    for (std::size_t i = *axis + 1; i < data.dims.size(); ++i)
        inner *= data.dims[i];
    const std::int64_t axisSize = data.dims[*axis];
    OnnxTensor r;
    r.type = data.type;
    r.dims = outDims;
    for (std::int64_t o = 0; o < outer; ++o)
        for (std::int64_t k = 0; k < indices.numel(); ++k) {
            std::int64_t idx = indices.ints[static_cast<std::size_t>(k)];
            if (idx < 0)
                idx += axisSize;
            if (idx < 0 || idx >= axisSize)
                return std::nullopt;
            for (std::int64_t j = 0; j < inner; ++j)
                copyElement(data, (o * axisSize + idx) * inner + j, r);
        }
    return one(r);
}

Result concatOp(const onnx::NodeProto &n, const Inputs &in)
{
    if (in.empty() || !have(in, in.size()))
        return std::nullopt;
    const Dims &first = in[0]->dims;
    const std::optional<int> axis = axisOf(intAttribute(n, "axis", 0), first.size());
    if (!axis)
        return std::nullopt;
    Dims out = first;
    out[*axis] = 0;
    bool floating = false;
    for (const OnnxTensor *t : in) {
        if (t->dims.size() != first.size())
            return std::nullopt;
        for (std::size_t i = 0; i < first.size(); ++i)
            if (static_cast<int>(i) != *axis && t->dims[i] != first[i])
                return std::nullopt;
        out[*axis] += t->dims[*axis];
        floating = floating || t->floating();
    }
    if (!count(out))
        return std::nullopt;
    std::int64_t outer = 1, inner = 1;
    for (int i = 0; i < *axis; ++i)
        outer *= first[i];
    for (std::size_t i = *axis + 1; i < first.size(); ++i)
        inner *= first[i];
    OnnxTensor r;
    r.type = floating && !in[0]->floating() ? P::FLOAT : in[0]->type;
    r.dims = out;
    for (std::int64_t o = 0; o < outer; ++o)
        for (const OnnxTensor *t : in) {
            const std::int64_t block = t->dims[*axis] * inner;
            for (std::int64_t j = 0; j < block; ++j)
                copyElement(*t, o * block + j, r);
        }
    return one(r);
}

Result reshapeTo(const OnnxTensor &data, Dims dims)
{
    OnnxTensor r = data;
    r.dims = std::move(dims);
    const std::optional<std::int64_t> n = count(r.dims);
    if (!n || *n != data.numel())
        return std::nullopt;
    return one(r);
}

Result reshapeOp(const onnx::NodeProto &n, const OnnxTensor &data, const OnnxTensor &shape)
{
    const std::optional<Dims> target = asInts(&shape);
    if (!target)
        return std::nullopt;
    const bool allowZero = intAttribute(n, "allowzero", 0) != 0;
    Dims out = *target;
    int inferred = -1;
    std::int64_t known = 1;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i] == 0 && !allowZero) {
            if (i >= data.dims.size())
                return std::nullopt;
            out[i] = data.dims[i];
        }
        if (out[i] == -1) {
            if (inferred >= 0)
                return std::nullopt;
            inferred = static_cast<int>(i);
            continue;
        }
        if (out[i] < 0 || __builtin_mul_overflow(known, out[i], &known))
            return std::nullopt;
    }
    if (inferred >= 0) {
        if (known == 0 || data.numel() % known != 0)
            return std::nullopt;
        out[inferred] = data.numel() / known;
    }
    return reshapeTo(data, out);
}

Result unsqueezeOp(const OnnxTensor &data, const Dims &axes)
{
    const std::size_t rank = data.dims.size() + axes.size();
    std::vector<bool> inserted(rank, false);
    for (std::int64_t a : axes) {
        const std::optional<int> ax = axisOf(a, rank);
        if (!ax || inserted[*ax])
            return std::nullopt;
        inserted[*ax] = true;
    }
    Dims out;
    std::size_t next = 0;
    for (std::size_t i = 0; i < rank; ++i)
        out.push_back(inserted[i] ? 1 : data.dims[next++]);
    return reshapeTo(data, out);
}

Result squeezeOp(const OnnxTensor &data, const std::optional<Dims> &axes)
{
    std::vector<bool> drop(data.dims.size(), false);
    if (axes) {
        for (std::int64_t a : *axes) {
            const std::optional<int> ax = axisOf(a, data.dims.size());
            if (!ax || data.dims[*ax] != 1)
                return std::nullopt;
            drop[*ax] = true;
        }
    } else {
        for (std::size_t i = 0; i < data.dims.size(); ++i)
            drop[i] = data.dims[i] == 1;
    }
    Dims out;
    for (std::size_t i = 0; i < data.dims.size(); ++i)
        if (!drop[i])
            out.push_back(data.dims[i]);
    return reshapeTo(data, out);
}

Result sliceOp(const OnnxTensor &data, const Dims &starts, const Dims &ends,
               const std::optional<Dims> &axesIn, const std::optional<Dims> &stepsIn)
{
    const std::size_t rank = data.dims.size();
    Dims axes, steps;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        axes.push_back(axesIn ? (i < axesIn->size() ? (*axesIn)[i] : -9999)
                              : static_cast<std::int64_t>(i));
        steps.push_back(stepsIn ? (i < stepsIn->size() ? (*stepsIn)[i] : 0) : 1);
    }
    if (ends.size() != starts.size())
        return std::nullopt;
    Dims begin(rank, 0), step(rank, 1), out = data.dims;
    for (std::size_t i = 0; i < starts.size(); ++i) {
        const std::optional<int> ax = axisOf(axes[i], rank);
        if (!ax || steps[i] == 0)
            return std::nullopt;
        const std::int64_t d = data.dims[*ax];
        std::int64_t s = starts[i], e = ends[i];
        if (s < 0)
            s += d;
        if (e < 0)
            e += d;
        // ceil(span / |step|) written as 1 + (span - 1) / |step|, which cannot overflow for
        // any step; a step of at least d takes one element, so capping it keeps -step valid
        if (steps[i] > 0) {
            s = std::clamp<std::int64_t>(s, 0, d);
            e = std::clamp<std::int64_t>(e, 0, d);
            out[*ax] = e > s ? 1 + (e - s - 1) / steps[i] : 0;
        } else {
            s = std::clamp<std::int64_t>(s, -1, d - 1);
            e = std::clamp<std::int64_t>(e, -1, d - 1);
            const std::int64_t stride = steps[i] <= -d ? d : -steps[i];
            out[*ax] = s > e ? 1 + (s - e - 1) / stride : 0;
        }
        begin[*ax] = s;
        step[*ax] = steps[i];
    }
    const std::optional<std::int64_t> total = count(out);
    if (!total)
        return std::nullopt;
    OnnxTensor r;
    r.type = data.type;
    r.dims = out;
    const Dims inStrides = stridesOf(data.dims), outStrides = stridesOf(out);
    for (std::int64_t flat = 0; flat < *total; ++flat) {
        std::int64_t index = 0;
        for (std::size_t i = 0; i < rank; ++i) {
            const std::int64_t coord = (flat / outStrides[i]) % out[i];
            index += (begin[i] + coord * step[i]) * inStrides[i];
        }
        copyElement(data, index, r);
    }
    return one(r);
}

Result transposeOp(const onnx::NodeProto &n, const OnnxTensor &data)
{
    const std::size_t rank = data.dims.size();
    Dims perm;
    if (const std::optional<Dims> p = intsAttribute(n, "perm"))
        perm = *p;
    else
        for (std::size_t i = 0; i < rank; ++i)
            perm.push_back(static_cast<std::int64_t>(rank - 1 - i));
    if (perm.size() != rank)
        return std::nullopt;
    Dims out;
    for (std::int64_t p : perm) {
        if (p < 0 || p >= static_cast<std::int64_t>(rank))
            return std::nullopt;
        out.push_back(data.dims[p]);
    }
    OnnxTensor r;
    r.type = data.type;
    r.dims = out;
    const Dims inStrides = stridesOf(data.dims), outStrides = stridesOf(out);
    for (std::int64_t flat = 0; flat < data.numel(); ++flat) {
        std::int64_t index = 0;
        for (std::size_t i = 0; i < rank; ++i)
            index += ((flat / outStrides[i]) % out[i]) * inStrides[perm[i]];
        copyElement(data, index, r);
    }
    return one(r);
}

Result reduceOp(const std::string &op, const onnx::NodeProto &n, const OnnxTensor &data,
                const std::optional<Dims> &axesIn)
{
    const std::size_t rank = data.dims.size();
    std::vector<bool> reduced(rank, !axesIn || axesIn->empty());
    if (axesIn)
        for (std::int64_t a : *axesIn) {
            const std::optional<int> ax = axisOf(a, rank);
            if (!ax)
                return std::nullopt;
            reduced[*ax] = true;
        }
    const bool keep = intAttribute(n, "keepdims", 1) != 0;
    Dims out, kept;
    for (std::size_t i = 0; i < rank; ++i) {
        kept.push_back(reduced[i] ? 1 : data.dims[i]);
        if (!reduced[i] || keep)
            out.push_back(kept.back());
    }
    const std::int64_t total = *count(kept);
    std::vector<double> acc(static_cast<std::size_t>(total),
                            op == "ReduceProd"      ? 1.0
                                : op == "ReduceMax" ? -std::numeric_limits<double>::infinity()
                                : op == "ReduceMin" ? std::numeric_limits<double>::infinity()
                                                    : 0.0);
    const Dims inStrides = stridesOf(data.dims), keptStrides = stridesOf(kept);
    for (std::int64_t flat = 0; flat < data.numel(); ++flat) {
        std::int64_t index = 0;
        for (std::size_t i = 0; i < rank; ++i)
            if (!reduced[i])
                index += ((flat / inStrides[i]) % data.dims[i]) * keptStrides[i];
        double &a = acc[static_cast<std::size_t>(index)];
        const double v = realAt(data, flat);
        if (op == "ReduceProd")
            a *= v;
        else if (op == "ReduceMax")
            a = std::max(a, v);
        else if (op == "ReduceMin")
            a = std::min(a, v);
        else
            a += v;
    }
    OnnxTensor r;
    r.type = data.type;
    r.dims = out;
    const double per = total ? static_cast<double>(data.numel()) / static_cast<double>(total) : 1.0;
    for (double a : acc)
        push(r, op == "ReduceMean" ? a / per : a);
    return one(r);
}

Result splitOp(const onnx::NodeProto &n, const OnnxTensor &data, std::optional<Dims> sizes)
{
    const std::optional<int> axis = axisOf(intAttribute(n, "axis", 0), data.dims.size());
    if (!axis)
        return std::nullopt;
    const std::int64_t d = data.dims[*axis];
    const std::int64_t parts = n.output_size();
    if (!sizes) {
        if (parts <= 0 || d % parts != 0)
            return std::nullopt;
        sizes = Dims(static_cast<std::size_t>(parts), d / parts);
    }
    std::vector<OnnxTensor> outs;
    std::int64_t start = 0;
    for (std::int64_t s : *sizes) {
        const Result r = sliceOp(data, {start}, {start + s}, Dims {*axis}, Dims {1});
        if (!r)
            return std::nullopt;
        outs.push_back((*r)[0]);
        start += s;
    }
    if (start != d || static_cast<std::int64_t>(outs.size()) != parts)
        return std::nullopt;
    return outs;
}

Result rangeOp(const OnnxTensor &start, const OnnxTensor &limit, const OnnxTensor &delta)
{
    if (start.numel() != 1 || limit.numel() != 1 || delta.numel() != 1)
        return std::nullopt;
    OnnxTensor r;
    r.type = start.type;
    const double s = realAt(start, 0), l = realAt(limit, 0), d = realAt(delta, 0);
    if (d == 0.0)
        return std::nullopt;
    const double steps = std::ceil((l - s) / d);
    if (!(steps < static_cast<double>(OnnxFolding::kMaxElements)))
        return std::nullopt;
    const std::int64_t count = std::max<std::int64_t>(0, static_cast<std::int64_t>(steps));
    r.dims = {count};
    for (std::int64_t i = 0; i < count; ++i)
        push(r, s + static_cast<double>(i) * d);
    return one(r);
}

Result constantOfShapeOp(const onnx::NodeProto &n, const OnnxTensor &shape)
{
    const std::optional<Dims> dims = asInts(&shape);
    if (!dims || !count(*dims))
        return std::nullopt;
    OnnxTensor value = makeInts(P::FLOAT, {}, {});
    value.reals = {0.0};
    value.ints.clear();
    if (const onnx::AttributeProto *a = attribute(n, "value"); a && a->has_t()) {
        const std::optional<OnnxTensor> v = OnnxFolding::fromProto(a->t());
        if (!v || v->numel() != 1)
            return std::nullopt;
        value = *v;
    }
    OnnxTensor r;
    r.type = value.type;
    r.dims = *dims;
    for (std::int64_t i = 0; i < *count(*dims); ++i)
        copyElement(value, 0, r);
    return one(r);
}

Result expandOp(const OnnxTensor &data, const OnnxTensor &shape)
{
    const std::optional<Dims> target = asInts(&shape);
    if (!target)
        return std::nullopt;
    const std::optional<Dims> out = broadcastDims({&data.dims, &*target});
    if (!out)
        return std::nullopt;
    OnnxTensor r;
    r.type = data.type;
    r.dims = *out;
    for (std::int64_t i = 0; i < *count(*out); ++i)
        copyElement(data, broadcastIndex(data.dims, *out, i), r);
    return one(r);
}

Result triluOp(const onnx::NodeProto &n, const OnnxTensor &data, std::int64_t k)
{
    if (data.dims.size() < 2)
        return std::nullopt;
    const bool upper = intAttribute(n, "upper", 1) != 0;
    const std::int64_t rows = data.dims[data.dims.size() - 2], cols = data.dims.back();
    OnnxTensor r = data;
    for (std::int64_t flat = 0; flat < data.numel(); ++flat) {
        const std::int64_t col = flat % cols, row = (flat / cols) % rows;
        const bool keep = upper ? col - row >= k : col - row <= k;
        if (!keep) {
            if (r.floating())
                r.reals[static_cast<std::size_t>(flat)] = 0.0;
            else
                r.ints[static_cast<std::size_t>(flat)] = 0;
        }
    }
    return one(r);
}

Result castOp(const onnx::NodeProto &n, const OnnxTensor &data)
{
    const int to = static_cast<int>(intAttribute(n, "to", 0));
    if (!isFloatType(to) && !isIntType(to))
        return std::nullopt;
    OnnxTensor r;
    r.type = to;
    r.dims = data.dims;
    for (std::int64_t i = 0; i < data.numel(); ++i) {
        if (to == P::BOOL)
            r.ints.push_back(realAt(data, i) != 0.0 ? 1 : 0);
        else
            copyElement(data, i, r);
    }
    return one(r);
}

} // namespace

bool OnnxTensor::floating() const
{
    return isFloatType(type);
}

std::int64_t OnnxTensor::numel() const
{
    return static_cast<std::int64_t>(floating() ? reals.size() : ints.size());
}

std::optional<OnnxTensor> OnnxFolding::fromProto(const onnx::TensorProto &proto)
{
    if (proto.data_location() == P::EXTERNAL)
        return std::nullopt;
    const int t = proto.data_type();
    if (!isFloatType(t) && !isIntType(t))
        return std::nullopt;
    OnnxTensor out;
    out.type = t;
    out.dims.assign(proto.dims().begin(), proto.dims().end());
    const std::optional<std::int64_t> n = count(out.dims);
    if (!n)
        return std::nullopt;
    if (proto.has_raw_data()) {
        if (static_cast<std::int64_t>(proto.raw_data().size()) != *n * elementSize(t))
            return std::nullopt;
        for (std::int64_t i = 0; i < *n; ++i)
            readRaw(proto.raw_data(), t, i, out);
        return out;
    }
    switch (t) {
    case P::FLOAT:
        out.reals.assign(proto.float_data().begin(), proto.float_data().end());
        break;
    case P::DOUBLE:
        out.reals.assign(proto.double_data().begin(), proto.double_data().end());
        break;
    case P::INT64:
        out.ints.assign(proto.int64_data().begin(), proto.int64_data().end());
        break;
    case P::UINT32:
    case P::UINT64:
        for (std::uint64_t v : proto.uint64_data())
            out.ints.push_back(static_cast<std::int64_t>(v));
        break;
    case P::FLOAT16:
    case P::BFLOAT16:
        for (std::int32_t v : proto.int32_data())
            out.reals.push_back(t == P::FLOAT16 ? halfToDouble(static_cast<std::uint16_t>(v))
                                                : bfloatToDouble(static_cast<std::uint16_t>(v)));
        break;
    default:
        out.ints.assign(proto.int32_data().begin(), proto.int32_data().end());
        break;
    }
    if (out.numel() != *n) // the values were stripped, or the tensor is malformed
        return std::nullopt;
    return out;
}

void OnnxFolding::toProto(const OnnxTensor &tensor, onnx::TensorProto *proto)
{
    proto->Clear();
    for (std::int64_t d : tensor.dims)
        proto->add_dims(d);
    proto->set_data_type(tensor.type);
    switch (tensor.type) {
    case P::FLOAT:
        for (double v : tensor.reals)
            proto->add_float_data(static_cast<float>(v));
        break;
    case P::DOUBLE:
        for (double v : tensor.reals)
            proto->add_double_data(v);
        break;
    case P::INT64:
        for (std::int64_t v : tensor.ints)
            proto->add_int64_data(v);
        break;
    case P::UINT32:
    case P::UINT64:
        for (std::int64_t v : tensor.ints)
            proto->add_uint64_data(static_cast<std::uint64_t>(v));
        break;
    case P::FLOAT16:
    case P::BFLOAT16: // written as float: only shape-like inputs matter to inference
        proto->set_data_type(P::FLOAT);
        for (double v : tensor.reals)
            proto->add_float_data(static_cast<float>(v));
        break;
    default:
        for (std::int64_t v : tensor.ints)
            proto->add_int32_data(static_cast<std::int32_t>(v));
        break;
    }
}

std::optional<std::vector<OnnxTensor>>
OnnxFolding::evaluate(const onnx::NodeProto &node, const std::vector<const OnnxTensor *> &in,
                      const std::vector<const std::vector<std::int64_t> *> &inputDims, int opset)
{
    const std::string &op = node.op_type();
    if (!node.domain().empty() && node.domain() != "ai.onnx")
        return std::nullopt;
    const auto input
        = [&](std::size_t i) -> const OnnxTensor * { return i < in.size() ? in[i] : nullptr; };
    const auto present = [&](std::size_t i) {
        return i < static_cast<std::size_t>(node.input_size())
            && !node.input(static_cast<int>(i)).empty();
    };

    if (op == "Constant")
        return constantOp(node);
    if (op == "Shape" || op == "Size")
        return shapeOp(node, inputDims.empty() ? nullptr : inputDims[0], op == "Size");
    if (op == "Identity")
        return have(in, 1) ? one(*in[0]) : std::nullopt;
    if (op == "Cast")
        return have(in, 1) ? castOp(node, *in[0]) : std::nullopt;
    if (op == "Gather")
        return have(in, 2) ? gatherOp(node, *in[0], *in[1]) : std::nullopt;
    if (op == "Concat")
        return concatOp(node, in);
    if (op == "Reshape")
        return have(in, 2) ? reshapeOp(node, *in[0], *in[1]) : std::nullopt;
    if (op == "Flatten") {
        if (!have(in, 1))
            return std::nullopt;
        const std::int64_t rank = static_cast<std::int64_t>(in[0]->dims.size());
        std::int64_t axis = intAttribute(node, "axis", 1);
        if (axis < 0)
            axis += rank;
        if (axis < 0 || axis > rank)
            return std::nullopt;
        std::int64_t outer = 1;
        for (std::int64_t i = 0; i < axis; ++i)
            outer *= in[0]->dims[static_cast<std::size_t>(i)];
        return reshapeTo(*in[0], {outer, outer ? in[0]->numel() / outer : 0});
    }
    if (op == "Unsqueeze" || op == "Squeeze") {
        if (!have(in, 1))
            return std::nullopt;
        std::optional<Dims> axes = opset >= 13 ? (present(1) ? asInts(input(1)) : std::nullopt)
                                               : intsAttribute(node, "axes");
        if (opset >= 13 && present(1) && !axes)
            return std::nullopt;
        if (op == "Squeeze")
            return squeezeOp(*in[0], axes);
        if (!axes)
            return std::nullopt;
        return unsqueezeOp(*in[0], *axes);
    }
    if (op == "Slice") {
        if (!have(in, 1))
            return std::nullopt;
        if (opset < 10) {
            const std::optional<Dims> s = intsAttribute(node, "starts"),
                                      e = intsAttribute(node, "ends");
            if (!s || !e)
                return std::nullopt;
            return sliceOp(*in[0], *s, *e, intsAttribute(node, "axes"), std::nullopt);
        }
        const std::optional<Dims> s = asInts(input(1)), e = asInts(input(2));
        if (!s || !e || (present(3) && !input(3)) || (present(4) && !input(4)))
            return std::nullopt;
        return sliceOp(*in[0], *s, *e, present(3) ? asInts(input(3)) : std::nullopt,
                       present(4) ? asInts(input(4)) : std::nullopt);
    }
    if (op == "Transpose")
        return have(in, 1) ? transposeOp(node, *in[0]) : std::nullopt;
    if (op == "Expand")
        return have(in, 2) ? expandOp(*in[0], *in[1]) : std::nullopt;
    if (op == "Range")
        return have(in, 3) ? rangeOp(*in[0], *in[1], *in[2]) : std::nullopt;
    if (op == "ConstantOfShape")
        return have(in, 1) ? constantOfShapeOp(node, *in[0]) : std::nullopt;
    if (op == "Trilu") {
        if (!have(in, 1) || (present(1) && !input(1)))
            return std::nullopt;
        std::int64_t k = 0;
        if (present(1)) {
            const std::optional<Dims> kv = asInts(input(1));
            if (!kv || kv->size() != 1)
                return std::nullopt;
            k = (*kv)[0];
        }
        return triluOp(node, *in[0], k);
    }
    if (op == "Split") {
        if (!have(in, 1))
            return std::nullopt;
        std::optional<Dims> sizes = opset >= 13 ? (present(1) ? asInts(input(1)) : std::nullopt)
                                                : intsAttribute(node, "split");
        if (opset >= 13 && present(1) && !sizes)
            return std::nullopt;
        return splitOp(node, *in[0], sizes);
    }
    if (op == "ReduceProd" || op == "ReduceSum" || op == "ReduceMax" || op == "ReduceMin"
        || op == "ReduceMean") {
        if (!have(in, 1))
            return std::nullopt;
        std::optional<Dims> axes = intsAttribute(node, "axes");
        if (op == "ReduceSum" && opset >= 13) {
            if (present(1) && !input(1))
                return std::nullopt;
            axes = present(1) ? asInts(input(1)) : std::nullopt;
            if (!axes && intAttribute(node, "noop_with_empty_axes", 0))
                return one(*in[0]);
        }
        return reduceOp(op, node, *in[0], axes);
    }

    // elementwise
    const std::size_t arity = static_cast<std::size_t>(node.input_size());
    if (arity == 0 || !have(in, arity))
        return std::nullopt;
    // the binary operators below read both arguments: a hostile node with one input is not folded
    const bool binary = op == "Add" || op == "Sub" || op == "Mul" || op == "Div" || op == "Pow"
        || op == "Mod" || op == "Equal" || op == "Less" || op == "Greater" || op == "LessOrEqual"
        || op == "GreaterOrEqual" || op == "And" || op == "Or";
    if (binary && arity != 2)
        return std::nullopt;
    bool anyFloat = false;
    for (std::size_t i = 0; i < arity; ++i)
        anyFloat = anyFloat || in[i]->floating();
    const int type = in[0]->type;
    if ((op == "Add" || op == "Sub" || op == "Mul" || op == "Div" || op == "Mod" || op == "Max"
         || op == "Min")
        && arity == 2 && !anyFloat)
        return one(integerBinary(*in[0], *in[1], op));
    using Args = const std::vector<double> &;
    std::function<double(Args)> f;
    int resultType = type;
    if (op == "Add")
        f = [](Args a) { return a[0] + a[1]; };
    else if (op == "Sub")
        f = [](Args a) { return a[0] - a[1]; };
    else if (op == "Mul")
        f = [](Args a) { return a[0] * a[1]; };
    else if (op == "Div")
        f = [](Args a) { return a[0] / a[1]; };
    else if (op == "Pow")
        f = [](Args a) { return std::pow(a[0], a[1]); };
    else if (op == "Max" || op == "Min")
        f = [max = op == "Max"](Args a) {
            double r = a[0];
            for (double v : a)
                r = max ? std::max(r, v) : std::min(r, v);
            return r;
        };
    else if (op == "Neg")
        f = [](Args a) { return -a[0]; };
    else if (op == "Abs")
        f = [](Args a) { return std::fabs(a[0]); };
    else if (op == "Sqrt")
        f = [](Args a) { return std::sqrt(a[0]); };
    else if (op == "Reciprocal")
        f = [](Args a) { return 1.0 / a[0]; };
    else if (op == "Floor")
        f = [](Args a) { return std::floor(a[0]); };
    else if (op == "Ceil")
        f = [](Args a) { return std::ceil(a[0]); };
    else if (op == "Not")
        f = [](Args a) { return a[0] == 0.0 ? 1.0 : 0.0; };
    else if (op == "Where") {
        if (arity != 3)
            return std::nullopt;
        f = [](Args a) { return a[0] != 0.0 ? a[1] : a[2]; };
        resultType = in[1]->type;
    } else {
        resultType = P::BOOL;
        if (op == "Equal")
            f = [](Args a) { return a[0] == a[1] ? 1.0 : 0.0; };
        else if (op == "Less")
            f = [](Args a) { return a[0] < a[1] ? 1.0 : 0.0; };
        else if (op == "Greater")
            f = [](Args a) { return a[0] > a[1] ? 1.0 : 0.0; };
        else if (op == "LessOrEqual")
            f = [](Args a) { return a[0] <= a[1] ? 1.0 : 0.0; };
        else if (op == "GreaterOrEqual")
            f = [](Args a) { return a[0] >= a[1] ? 1.0 : 0.0; };
        else if (op == "And")
            f = [](Args a) { return a[0] != 0.0 && a[1] != 0.0 ? 1.0 : 0.0; };
        else if (op == "Or")
            f = [](Args a) { return a[0] != 0.0 || a[1] != 0.0 ? 1.0 : 0.0; };
        else
            return std::nullopt;
    }
    std::vector<const OnnxTensor *> args(in.begin(),
                                         in.begin() + static_cast<std::ptrdiff_t>(arity));
    return one(elementwise(args, resultType, f));
}

} // namespace memplanner
