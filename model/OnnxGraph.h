#pragma once

#include "DType.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace onnx {
class ModelProto;
class NodeProto;
} // namespace onnx

namespace memplanner {

/**
 * A size as a monomial of the plan's symbols, coeff · batch^batchPower · seq^seqPower, as the
 * importer found it by inferring shapes at several sample sizes; or unknown.
 */
struct SymDim
{
    std::int64_t coeff = 0;
    int batchPower = 0;
    int seqPower = 0;
    bool known = false;
    std::int64_t sample = -1; ///< its value in the first sample (-1: unknown there too)

    static SymDim constant(std::int64_t v);
    bool isConstant() const { return known && batchPower == 0 && seqPower == 0; }
    bool isBatch() const { return known && coeff == 1 && batchPower == 1 && seqPower == 0; }
    bool isSeq() const { return known && coeff == 1 && batchPower == 0 && seqPower == 1; }
    /** An integer, or a product of "batch", "seq" and an integer as docs/FORMAT.md allows. */
    QJsonValue toJson() const;
    bool operator==(const SymDim &o) const;
};
using SymShape = std::vector<SymDim>;

/** Where a value comes from, which decides what it becomes in the layer graph. */
enum class OnnxValueKind {
    Data, ///< depends on a graph input: an activation
    Constant, ///< computed from constants and shapes only (folded away, or a fixed tensor)
    Parameter, ///< a trainable initializer, or a value computed only from such and constants
};

/** One tensor name of the ONNX graph, with what shape inference and folding found. */
struct OnnxValue
{
    std::string name;
    int elemType = 0; ///< onnx::TensorProto::DataType; 0 when unknown
    bool shapeKnown = false;
    SymShape shape;
    OnnxValueKind kind = OnnxValueKind::Data;
    int producer = -1; ///< node position (topological); -1: graph input or initializer
    int producerOutput = 0;
    std::vector<int> consumers; ///< node positions, once per use
    int initializer = -1; ///< index into OnnxGraph::initializers
    bool graphInput = false;
    bool graphOutput = false;
    std::optional<std::vector<SymDim>> ints; ///< folded integer values (symbolic)
    std::optional<std::vector<double>> reals; ///< folded floating values (first sample)
    std::vector<int> sources; ///< initializers a Parameter value is computed from
    QString inferenceError; ///< why libonnx could not infer its type, for messages

    std::int64_t rank() const { return static_cast<std::int64_t>(shape.size()); }
};

/** An initializer: name, type and dims only (its values are never needed). */
struct OnnxInitializer
{
    std::string name;
    int elemType = 0;
    std::vector<std::int64_t> dims;
    std::int64_t numel = 0;
    bool parameter = false; ///< a trainable parameter (not a shape tensor, scalar or constant)
};

/** One node of the ONNX graph, in topological order. */
struct OnnxNode
{
    const onnx::NodeProto *proto = nullptr;
    int fileIndex = -1; ///< position in the file's node list
    std::string op;
    std::string domain;
    QString name; ///< the exporter's name (or a made-up one)
    QString module; ///< dotted module path from the exporter's scope names ("layer1.0.conv1")
    QString leaf; ///< the last component of the name ("Conv", "Add_1")
    std::vector<int> inputs; ///< value ids; -1 for an omitted optional input
    std::vector<int> outputs; ///< value ids; -1 for an omitted optional output
    bool hasSchema = false;
};

/**
 * An ONNX model read for planning: parsed (without tensor values), validated, sorted, and with
 * every tensor's type and shape inferred by libonnx's operator inference functions, node by
 * node, at a few sample batch and sequence sizes, while the integer shape computations are
 * folded to constants. Comparing the samples turns each size into a monomial of batch and seq.
 * Everything that is wrong with the file is thrown as one ModelError.
 */
class OnnxGraph
{
    Q_DECLARE_TR_FUNCTIONS(OnnxGraph)

public:
    /** Largest size accepted for one dimension. */
    static constexpr std::int64_t kMaxDim = 1000000000000;
    /** Largest number of nodes accepted. */
    static constexpr int kMaxNodes = 2000000;
    /** The sample sizes; a dimension's value in sample 0 is SymDim::sample. */
    static constexpr std::int64_t kBatchSamples[2] = {2, 3};
    static constexpr std::int64_t kSeqSamples[2] = {16, 32};

    /** Reads a model already stripped by OnnxWire; @p origin names it in messages. */
    static std::unique_ptr<OnnxGraph> read(const QByteArray &stripped, const QString &origin);
    ~OnnxGraph();

    QString origin;
    QString producer; ///< "pytorch 1.13.1", "tf2onnx 1.9" …
    int opset = 0; ///< version of the default domain
    std::vector<OnnxNode> nodes;
    std::vector<OnnxValue> values;
    std::vector<OnnxInitializer> initializers;
    std::vector<int> inputs; ///< value ids of the graph inputs that are not initializers
    std::vector<int> outputs; ///< value ids of the graph outputs
    bool hasBatch = false;
    bool hasSeq = false;
    QStringList warnings;

    /** The value called @p name, or -1. */
    int value(const std::string &name) const;
    /** The element type in the layer graph; @p exact is false when it had to be widened. */
    static std::optional<DType> dtype(int elemType, bool *exact = nullptr);
    /** The ONNX name of an element type ("FLOAT", "INT64" …). */
    static QString typeName(int elemType);

private:
    OnnxGraph();
    void build(const QByteArray &stripped);
    void buildValues();
    void sortNodes();
    void findSymbols();
    void inferSamples();
    void classify();
    [[noreturn]] void fail(const QString &message) const;

    struct Samples;
    std::unique_ptr<onnx::ModelProto> m_model;
    std::unordered_map<std::string, int> m_valueIndex;
    std::unordered_map<std::string, int> m_symbol; ///< dim_param → 0 (batch) or 1 (seq)
};

} // namespace memplanner
