#pragma once

#include "DType.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace memplanner {

/** Symbolic dimensions in graph-input shapes, bound by the plan's batch and sequence length. */
inline constexpr std::int64_t kBatchDim = -1;
inline constexpr std::int64_t kSeqDim = -2;

/** A graph input: a data tensor whose shape may use the batch and sequence symbols. */
struct GraphInput
{
    QString name;
    std::vector<std::int64_t> shape; ///< positive sizes, kBatchDim or kSeqDim
    DType dtype = DType::Float32;
    bool requiresGrad = false;
};

/** One operation of the layer graph. Attributes are the op's, as in docs/FORMAT.md. */
struct Node
{
    QString name;
    QString op;
    QStringList inputs; ///< tensor references: an input name, a node name, or "node:k"
    QJsonObject attrs;
    QString module; ///< dotted module path (may be empty)
    bool trainable = true;
};

/**
 * A layer graph as the user (or an importer) wrote it: plain values, no derived state.
 * GraphAnalysis resolves references, sorts, and infers shapes.
 */
class Graph
{
public:
    QString name;
    QString description;
    QString source;
    QList<GraphInput> inputs;
    QList<Node> nodes;

    /** Index of the node called @p name, or -1. */
    int nodeIndex(const QString &name) const;
    /** Index of the graph input called @p name, or -1. */
    int inputIndex(const QString &name) const;
    /** True when a node or input already uses @p name. */
    bool hasName(const QString &name) const;
    /** The number of nodes whose op is not a loss. */
    int layerCount() const;
};

/** Splits "node:k" into ("node", k); a plain name gives output 0. */
std::pair<QString, int> splitTensorRef(const QString &ref);

} // namespace memplanner
