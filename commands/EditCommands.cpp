#include "EditCommands.h"

#include <algorithm>

namespace memplanner {

QString renamedTensorRef(const QString &ref, const QString &from, const QString &to)
{
    const auto [name, output] = splitTensorRef(ref);
    if (name != from)
        return ref;
    return ref.contains(QLatin1Char(':')) ? to + QLatin1Char(':') + QString::number(output) : to;
}

namespace {

/** Renames every reference to @p from in the document's nodes (not undoable by itself). */
void rewriteReferences(Document *document, const QString &from, const QString &to)
{
    const QList<Node> &nodes = document->graph().nodes;
    for (int i = 0; i < nodes.size(); ++i) {
        Node node = nodes.at(i);
        bool touched = false;
        for (QString &ref : node.inputs) {
            const QString renamed = renamedTensorRef(ref, from, to);
            if (renamed != ref) {
                ref = renamed;
                touched = true;
            }
        }
        if (touched)
            document->replaceNode(i, node);
    }
}

} // namespace

// --- AddItemsCommand ------------------------------------------------------------------------

AddItemsCommand::AddItemsCommand(Document *document, QList<PlacedInput> inputs,
                                 QList<PlacedNode> nodes, const QString &text,
                                 QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_inputs(std::move(inputs)),
      m_nodes(std::move(nodes))
{
}

void AddItemsCommand::redo()
{
    for (const PlacedInput &placed : std::as_const(m_inputs)) {
        m_document->insertInput(m_document->graph().inputs.size(), placed.input);
        m_document->setPosition(placed.input.name, placed.position);
    }
    for (const PlacedNode &placed : std::as_const(m_nodes)) {
        m_document->insertNode(m_document->graph().nodes.size(), placed.node);
        m_document->setPosition(placed.node.name, placed.position);
    }
}

void AddItemsCommand::undo()
{
    for (qsizetype i = m_nodes.size() - 1; i >= 0; --i) {
        m_document->removeNode(m_document->graph().nodeIndex(m_nodes.at(i).node.name));
        m_document->setPosition(m_nodes.at(i).node.name, std::nullopt);
    }
    for (qsizetype i = m_inputs.size() - 1; i >= 0; --i) {
        m_document->removeInput(m_document->graph().inputIndex(m_inputs.at(i).input.name));
        m_document->setPosition(m_inputs.at(i).input.name, std::nullopt);
    }
}

// --- RemoveItemsCommand ---------------------------------------------------------------------

RemoveItemsCommand::RemoveItemsCommand(Document *document, QStringList names,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_names(std::move(names))
{
}

void RemoveItemsCommand::redo()
{
    m_removedNodes.clear();
    m_removedInputs.clear();
    m_consumersBefore.clear();
    const Graph &graph = m_document->graph();
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes.at(i);
        if (m_names.contains(node.name))
            m_removedNodes.append({i, {node, m_document->position(node.name)}});
    }
    for (int i = 0; i < graph.inputs.size(); ++i) {
        const GraphInput &input = graph.inputs.at(i);
        if (m_names.contains(input.name))
            m_removedInputs.append({i, {input, m_document->position(input.name)}});
    }
    for (qsizetype k = m_removedNodes.size() - 1; k >= 0; --k) {
        m_document->removeNode(m_removedNodes.at(k).index);
        m_document->setPosition(m_removedNodes.at(k).placed.node.name, std::nullopt);
    }
    for (qsizetype k = m_removedInputs.size() - 1; k >= 0; --k) {
        m_document->removeInput(m_removedInputs.at(k).index);
        m_document->setPosition(m_removedInputs.at(k).placed.input.name, std::nullopt);
    }
    // Drop dangling references so the graph stays plannable; remember what they were.
    for (int i = 0; i < graph.nodes.size(); ++i) {
        Node node = graph.nodes.at(i);
        const auto dangling = [this](const QString &ref) {
            return m_names.contains(splitTensorRef(ref).first);
        };
        if (std::none_of(node.inputs.cbegin(), node.inputs.cend(), dangling))
            continue;
        m_consumersBefore.append({i, node});
        node.inputs.removeIf(dangling);
        m_document->replaceNode(i, node);
    }
}

void RemoveItemsCommand::undo()
{
    for (const auto &[index, node] : std::as_const(m_consumersBefore))
        m_document->replaceNode(index, node);
    for (const RemovedInput &removed : std::as_const(m_removedInputs)) {
        m_document->insertInput(removed.index, removed.placed.input);
        m_document->setPosition(removed.placed.input.name, removed.placed.position);
    }
    for (const Removed &removed : std::as_const(m_removedNodes)) {
        m_document->insertNode(removed.index, removed.placed.node);
        m_document->setPosition(removed.placed.node.name, removed.placed.position);
    }
}

// --- ChangeNodesCommand ---------------------------------------------------------------------

ChangeNodesCommand::ChangeNodesCommand(Document *document, QList<QPair<QString, Node>> changes,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_changes(std::move(changes))
{
}

void ChangeNodesCommand::apply(const QList<QPair<QString, Node>> &changes)
{
    m_reverse.clear();
    for (const auto &[name, node] : changes) {
        const int index = m_document->graph().nodeIndex(name);
        if (index < 0)
            continue;
        m_reverse.prepend({node.name, m_document->graph().nodes.at(index)});
        m_document->replaceNode(index, node);
        if (node.name != name)
            rewriteReferences(m_document, name, node.name);
    }
}

void ChangeNodesCommand::redo()
{
    apply(m_changes);
}

void ChangeNodesCommand::undo()
{
    const QList<QPair<QString, Node>> reverse = m_reverse;
    apply(reverse);
}

// --- ChangeInputCommand ---------------------------------------------------------------------

ChangeInputCommand::ChangeInputCommand(Document *document, QString name, GraphInput input,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_name(std::move(name)),
      m_input(std::move(input))
{
}

void ChangeInputCommand::apply(const QString &from, const GraphInput &to)
{
    const int index = m_document->graph().inputIndex(from);
    if (index < 0)
        return;
    m_document->replaceInput(index, to);
    if (to.name != from)
        rewriteReferences(m_document, from, to.name);
}

void ChangeInputCommand::redo()
{
    const int index = m_document->graph().inputIndex(m_name);
    if (index >= 0)
        m_before = m_document->graph().inputs.at(index);
    apply(m_name, m_input);
}

void ChangeInputCommand::undo()
{
    apply(m_input.name, m_before);
}

// --- MoveItemsCommand -----------------------------------------------------------------------

MoveItemsCommand::MoveItemsCommand(Document *document, Positions before, Positions after,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(std::move(before)),
      m_after(std::move(after))
{
}

void MoveItemsCommand::redo()
{
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it)
        m_document->setPosition(it.key(), it.value());
}

void MoveItemsCommand::undo()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        m_document->setPosition(it.key(), it.value());
}

// --- SetConfigCommand -----------------------------------------------------------------------

SetConfigCommand::SetConfigCommand(Document *document, PlanConfig config, const QString &text,
                                   int fieldMergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_before(document->config()),
      m_after(std::move(config)), m_fieldMergeKey(fieldMergeKey)
{
}

void SetConfigCommand::redo()
{
    m_document->setConfig(m_after);
}

void SetConfigCommand::undo()
{
    m_document->setConfig(m_before);
}

int SetConfigCommand::id() const
{
    return m_fieldMergeKey >= 0 ? int(CommandId::ConfigField) : int(CommandId::None);
}

bool SetConfigCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetConfigCommand *>(other);
    if (next->m_fieldMergeKey != m_fieldMergeKey || next->m_document != m_document)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace memplanner
