#include "GraphEditing.h"

#include "OpCatalogue.h"
#include "OpSchema.h"

#include <QHash>
#include <QSet>

namespace memplanner {

QString GraphEditing::uniqueName(const Graph &graph, const QString &base, const QStringList &taken)
{
    const auto used = [&](const QString &name) { return graph.hasName(name) || taken.contains(name); };
    if (!used(base))
        return base;
    for (int k = 2;; ++k) {
        const QString candidate = base + QLatin1Char('_') + QString::number(k);
        if (!used(candidate))
            return candidate;
    }
}

Node GraphEditing::newNode(const Graph &graph, const QString &op)
{
    Node node;
    node.op = op;
    node.name = uniqueName(graph, op.toLower());
    node.attrs = OpSchema::initialAttributes(op);
    return node;
}

bool GraphEditing::reaches(const Graph &graph, const QString &from, const QString &to)
{
    // Walk backwards from `to` through inputs; reaching `from` means from → … → to.
    QHash<QString, int> index;
    for (int i = 0; i < graph.nodes.size(); ++i)
        index.insert(graph.nodes.at(i).name, i);
    QSet<QString> seen;
    QList<QString> stack{to};
    while (!stack.isEmpty()) {
        const QString name = stack.takeLast();
        if (name == from)
            return true;
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const auto it = index.constFind(name);
        if (it == index.cend())
            continue;
        for (const QString &ref : graph.nodes.at(*it).inputs)
            stack.append(splitTensorRef(ref).first);
    }
    return false;
}

QString GraphEditing::connectionError(const Graph &graph, const QString &producerRef,
                                      const QString &consumer)
{
    const QString producer = splitTensorRef(producerRef).first;
    const int consumerIndex = graph.nodeIndex(consumer);
    if (consumerIndex < 0)
        return tr("“%1” is not a layer that takes inputs.").arg(consumer);
    if (!graph.hasName(producer))
        return tr("There is no tensor called “%1”.").arg(producer);
    if (producer == consumer)
        return tr("A layer cannot feed itself.");
    const Node &node = graph.nodes.at(consumerIndex);
    if (node.inputs.contains(producerRef))
        return tr("“%1” already feeds “%2”.").arg(producer, consumer);
    if (reaches(graph, consumer, producer))
        return tr("Connecting “%1” to “%2” would make a cycle.").arg(producer, consumer);
    const OpDef *def = OpCatalogue::find(node.op);
    if (def && def->maxInputs == 0)
        return tr("“%1” (%2) takes no inputs.").arg(consumer, node.op);
    return {};
}

QStringList GraphEditing::connectedInputs(const Graph &graph, const QString &producerRef,
                                          const QString &consumer)
{
    const Node &node = graph.nodes.at(graph.nodeIndex(consumer));
    const OpDef *def = OpCatalogue::find(node.op);
    QStringList inputs = node.inputs;
    if (def && def->maxInputs >= 0 && inputs.size() >= def->maxInputs) {
        // Full: the newest connection replaces the last input (a one-input op gets a new source).
        inputs.removeLast();
    }
    inputs.append(producerRef);
    return inputs;
}

QString GraphEditing::nameError(const Graph &graph, const QString &name, const QString &current)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A name cannot be empty.");
    if (trimmed.contains(QLatin1Char(':')))
        return tr("A name cannot contain “:” (it separates a layer from its output number).");
    if (trimmed != current && graph.hasName(trimmed))
        return tr("The name “%1” is already used.").arg(trimmed);
    return {};
}

} // namespace memplanner
