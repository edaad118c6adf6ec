#pragma once

#include "DType.h"
#include "Graph.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <vector>

namespace memplanner {

struct RuntimeProfile;

/** Shape and element type of one tensor. */
struct TensorType
{
    std::vector<std::int64_t> shape;
    DType dtype = DType::Float32;
    bool contiguous = true; ///< false for transposed/permuted views: reshaping them copies

    std::int64_t numel() const;
};

/**
 * How automatic mixed precision treats an op (PyTorch's autocast lists): Lower casts floating
 * inputs to the 16-bit type (conv, linear, matmul, attention, RNNs), Fp32 casts them to float32
 * (norms, softmax, losses), Promote runs in the widest input type (everything else).
 */
enum class AutocastClass { Promote, Lower, Fp32 };

/** A parameter (or buffer) an op owns. */
struct ParamSpec
{
    QString name; ///< e.g. "weight", "bias", "running_mean"
    std::vector<std::int64_t> shape;
    bool isBuffer = false;   ///< running statistics: memory, but not a parameter and never trained
    bool quantisable = false; ///< a matrix or kernel weight (int8/int4 inference applies)
    QString tiedTo;          ///< "node.param" when shared with another node's parameter
    std::int64_t numel() const;
};

/**
 * A tensor an op's backward needs, at storage level. Saved only when the op has a backward and
 * the condition holds: inputs in @c neededByInputGrads require grad, or @c neededByParamGrads
 * and the op's parameters are trainable. An Extra is memory the op allocates just to save it
 * (indices, masks, statistics, internal activations of a fused module).
 */
struct SavedTensor
{
    enum class Kind { Input, Output, Extra };
    Kind kind = Kind::Extra;
    int index = 0;                   ///< input/output index for Input/Output
    std::int64_t elements = 0;       ///< for Extra
    DType dtype = DType::Float32;    ///< for Extra
    std::vector<int> neededByInputGrads; ///< empty and !neededByParamGrads: always saved
    bool neededByParamGrads = false;
    QString what;                    ///< what it is, for the layer table ("indices", "mask", …)
};

/** Everything the planner needs to know about one node, as its op computes it. */
struct OpOutcome
{
    std::vector<TensorType> outputs;
    /// per output: index of the input whose storage it shares (a view or an in-place result), or -1
    std::vector<int> outputSharesInput;
    std::vector<ParamSpec> params;
    std::vector<SavedTensor> saved;
    double forwardFlops = 0.0;
    /// backward FLOPs to produce the input gradients and the parameter gradients
    double backwardInputFlops = 0.0;
    double backwardParamFlops = 0.0;
    /// per input: its gradient is a view of the output gradient (no allocation)
    std::vector<bool> gradIsView;
    /// per input: false for integer inputs (indices, targets) that never carry a gradient
    std::vector<bool> differentiable;
    /// transient memory during this op's forward / backward, freed when the op returns
    std::int64_t forwardTransientElements = 0;
    std::int64_t backwardTransientElements = 0;
    DType transientDType = DType::Float32;
    /// im2col-style lowering buffer (elements), shown as workspace; capped by the runtime
    std::int64_t workspaceElements = 0;
    /// intermediates that the op's eager Python code binds to local names: allocated by the op
    /// and alive until the forward of the module around it returns (transientDType elements)
    std::int64_t scopeLocalElements = 0;
    bool isLoss = false;
    bool isView = false;
};

/** What an op sees when it infers: its node, the (autocast-adjusted) inputs, the runtime. */
class OpContext
{
    Q_DECLARE_TR_FUNCTIONS(OpContext)

public:
    OpContext(const Node &node, std::vector<TensorType> inputs, const RuntimeProfile &runtime,
              bool training, std::int64_t batch, std::int64_t seq, bool autocast = false);

    const Node &node;
    std::vector<TensorType> inputs;
    const RuntimeProfile &runtime;
    bool training;
    std::int64_t batch;
    std::int64_t seq;
    bool autocast; ///< automatic mixed precision is active

    std::int64_t intAttr(const char *key, std::int64_t fallback) const;
    std::int64_t requiredInt(const char *key) const;
    /** An int or a list of @p count ints (one per spatial dimension). */
    std::vector<std::int64_t> spatialAttr(const char *key, int count, std::int64_t fallback) const;
    std::vector<std::int64_t> intListAttr(const char *key) const;
    bool boolAttr(const char *key, bool fallback) const;
    double doubleAttr(const char *key, double fallback) const;
    QString stringAttr(const char *key, const QString &fallback) const;

    /** The input's rank must be one of @p ranks; otherwise fail naming the node. */
    void requireRank(int input, std::initializer_list<int> ranks) const;
    /** Normalises a possibly negative dimension index for a tensor of @p rank. */
    int normaliseDim(std::int64_t dim, int rank) const;

    [[noreturn]] void fail(const QString &reason) const;
};

/** One operator of the catalogue. */
struct OpDef
{
    const char *name;
    const char *category; ///< palette group: "Convolution", "Linear", "Normalisation", …
    int minInputs;
    int maxInputs; ///< -1: any number
    AutocastClass autocast;
    OpOutcome (*infer)(const OpContext &);
};

/** The operator catalogue: shape inference, parameters, FLOPs and saved tensors per op. */
class OpCatalogue
{
public:
    static const OpDef *find(const QString &name);
    static const std::vector<OpDef> &all();
};

} // namespace memplanner
