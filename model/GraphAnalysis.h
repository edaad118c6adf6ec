#pragma once

#include "Bytes.h"
#include "Graph.h"
#include "OpCatalogue.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace memplanner {

struct PrecisionPolicy;
struct RuntimeProfile;

/** What the analysis needs from the configuration. */
struct AnalysisOptions
{
    std::int64_t batch = 1;
    std::int64_t seq = 128;
    bool training = true;
    const PrecisionPolicy *precision = nullptr;
    const RuntimeProfile *runtime = nullptr;
};

/** A tensor of the analysed graph: a graph input, an op output, or an autocast copy. */
struct AnalysedTensor
{
    QString name;
    TensorType type;
    int producer = -1;       ///< position in topological order; -1 for graph inputs
    int root = -1;           ///< the tensor owning the storage (itself unless a view/in-place)
    std::vector<int> consumers; ///< positions of consuming nodes, in order
    bool graphInput = false;
    bool castCopy = false;   ///< an autocast copy (AMP) made for one op
    int castOf = -1;         ///< for a cast copy: the tensor it copies
    bool requiresGrad = false;
    Affine bytes;            ///< this tensor's own size (its gradient's size too)
    /// the position up to which a caller's frame holds it as an argument: the last node of the
    /// outermost module it is passed into (-1: none beyond its consumers)
    int heldByCallerUntil = -1;
};

/** A parameter or buffer (tied parameters appear once). */
struct AnalysedParam
{
    QString key; ///< "node.param"
    std::int64_t elements = 0;
    std::int64_t rows = 1;
    bool trainable = true;
    bool isBuffer = false;
    bool quantisable = false;
    std::int64_t bytes = 0;     ///< storage under the precision policy
    std::int64_t copyBytes = 0; ///< AMP: its 16-bit autocast copy (0 when none is made)
};

/** A node in topological order with everything its op computed. */
struct AnalysedNode
{
    int graphIndex = -1;
    const OpDef *def = nullptr;
    OpOutcome outcome;
    std::vector<int> inputs;   ///< tensors as the op sees them (autocast copies substituted)
    std::vector<int> castCopies; ///< autocast copies made for this op (subset of inputs)
    std::vector<int> outputs;
    std::vector<int> params;   ///< parameter ids, deduplicated
    bool hasBackward = false;
    bool paramsTrainable = false;
    std::vector<Affine> extraBytes; ///< saved Extra entries, in outcome.saved order
    Affine forwardTransient;
    Affine backwardTransient;
    Affine workspace; ///< after the runtime's cap
    Affine scopeLocals; ///< OpOutcome::scopeLocalElements in bytes
    int moduleEnd = -1; ///< position of the last node of this node's module (-1: no module)
};

/**
 * The graph resolved for one configuration: references checked, nodes sorted topologically,
 * shapes and element types inferred (autocast applied), parameters sized, and every size an
 * affine function of the batch.
 */
class AnalysedGraph
{
    Q_DECLARE_TR_FUNCTIONS(AnalysedGraph)

public:
    std::vector<AnalysedTensor> tensors;
    std::vector<AnalysedParam> params;
    std::vector<AnalysedNode> nodes; ///< topological order
    QStringList warnings;

    /**
     * Analyses @p graph. Sizes are made affine by analysing at the batch and at batch + 1.
     * Throws ModelError for unknown ops, dangling references, cycles, bad shapes, overflow.
     */
    static AnalysedGraph analyse(const Graph &graph, const AnalysisOptions &options);

    std::int64_t parameterCount() const;
    std::int64_t trainableParameterCount() const;
};

} // namespace memplanner
