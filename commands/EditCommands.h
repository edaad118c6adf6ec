#pragma once

#include "Document.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QUndoCommand>

#include <optional>

namespace memplanner {

/** Merge ids of commands that coalesce consecutive edits (one enum for all of them). */
enum class CommandId {
    None = -1,
    ConfigField = 1, ///< consecutive changes of one configuration field (typing a batch size)
};

/** A node or graph input with its editor position, as copied, pasted, removed and restored. */
struct PlacedNode
{
    Node node;
    std::optional<QPointF> position;
};

struct PlacedInput
{
    GraphInput input;
    std::optional<QPointF> position;
};

/**
 * Adds nodes (and graph inputs) at the end of the graph: the palette, paste and "add input".
 * Names must already be unique (see uniqueName in GraphEditing).
 */
class AddItemsCommand : public QUndoCommand
{
public:
    AddItemsCommand(Document *document, QList<PlacedInput> inputs, QList<PlacedNode> nodes,
                    const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QList<PlacedInput> m_inputs;
    QList<PlacedNode> m_nodes;
};

/**
 * Removes nodes and graph inputs by name. References to them from the remaining nodes are
 * dropped, so the graph stays well formed; undo puts everything back where it was.
 */
class RemoveItemsCommand : public QUndoCommand
{
public:
    RemoveItemsCommand(Document *document, QStringList names, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        int index = -1;
        PlacedNode placed;
    };
    struct RemovedInput
    {
        int index = -1;
        PlacedInput placed;
    };
    Document *m_document;
    QStringList m_names;
    QList<Removed> m_removedNodes;        // ascending index
    QList<RemovedInput> m_removedInputs;  // ascending index
    QList<QPair<int, Node>> m_consumersBefore; // index (after removal) and the node as it was
};

/**
 * Replaces nodes by value: attribute edits (one node or many), connections, freezing, renames.
 * A rename rewrites every reference to the old name.
 */
class ChangeNodesCommand : public QUndoCommand
{
public:
    /** @p changes: the node's current name and its new value. */
    ChangeNodesCommand(Document *document, QList<QPair<QString, Node>> changes,
                       const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<QPair<QString, Node>> &changes);
    Document *m_document;
    QList<QPair<QString, Node>> m_changes;
    QList<QPair<QString, Node>> m_reverse;
};

/** Replaces a graph input (shape, dtype, name); a rename rewrites references to it. */
class ChangeInputCommand : public QUndoCommand
{
public:
    ChangeInputCommand(Document *document, QString name, GraphInput input, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &from, const GraphInput &to);
    Document *m_document;
    QString m_name;
    GraphInput m_input;
    GraphInput m_before;
};

/** Moves editor items (a drag, or an automatic layout of the whole graph). */
class MoveItemsCommand : public QUndoCommand
{
public:
    using Positions = QHash<QString, std::optional<QPointF>>;
    MoveItemsCommand(Document *document, Positions before, Positions after, const QString &text,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Positions m_before;
    Positions m_after;
};

/** Changes the planning configuration; consecutive edits of one field merge into one step. */
class SetConfigCommand : public QUndoCommand
{
public:
    SetConfigCommand(Document *document, PlanConfig config, const QString &text,
                     int fieldMergeKey = -1, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    PlanConfig m_before;
    PlanConfig m_after;
    int m_fieldMergeKey;
};

/** Rewrites @p ref ("name" or "name:k") when it names @p from. */
QString renamedTensorRef(const QString &ref, const QString &from, const QString &to);

} // namespace memplanner
