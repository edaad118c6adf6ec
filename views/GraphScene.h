#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QGraphicsPathItem;
class QUndoStack;

namespace memplanner {

class Document;
class EdgeItem;
class GroupItem;
class NodeItem;
struct Node;
struct Plan;

/**
 * The graph editor's scene, built from a Document and redrawn only on its signals.
 *
 * Items are kept in lists parallel to graph().inputs and graph().nodes, so the document's
 * per-index signals map directly to one item; a small change touches only that item and its
 * edges. Every edit made here (add, connect, disconnect, move, delete, paste, arrange) is an
 * undo command pushed on the stack; the scene never changes the document directly.
 *
 * Items without a stored position are placed by GraphLayout when the project is reset (those
 * positions stay in the scene until the user moves or arranges the items, which stores them).
 */
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /** MIME type of copied nodes (a .memplan project of the copied items, with positions). */
    static constexpr char kNodesMimeType[] = "application/x-memplanner-nodes";
    /** MIME type of a palette drag: the op's name in UTF-8. */
    static constexpr char kOpMimeType[] = "application/x-memplanner-op";

    GraphScene(Document &document, QUndoStack &undoStack, QObject *parent = nullptr);
    ~GraphScene() override;

    Document &document() const { return m_document; }

    /** Shapes, saved-for-backward colours and edge tooltips from @p plan (null clears them). */
    void setPlan(std::shared_ptr<const Plan> plan);
    /** Flags the node (or input) @p node with a red border and @p message in its tooltip; an
     *  empty @p node clears the flag. */
    void setError(const QString &node, const QString &message);

    /** Names of the selected inputs and nodes (members of a selected collapsed group too). */
    QStringList selectedNames() const;
    /** Selects exactly @p names (expanding groups that hide them) and centres the views on the
     *  first. */
    void selectNames(const QStringList &names);

    /**
     * Adds a node of @p op centred at @p scenePos (palette double-click, palette drop).
     * Returns its name, or an empty string for an unknown op.
     */
    QString addNode(const QString &op, QPointF scenePos);
    /**
     * Feeds tensor @p producerRef ("name" or "name:k") into node @p consumer. A refused
     * connection (GraphEditing::connectionError) emits editRefused and pushes nothing.
     */
    bool connectNodes(const QString &producerRef, const QString &consumer);

    /** The item of an input or node, or null (tests, and for views to centre on). */
    NodeItem *itemFor(const QString &name) const;
    /** Where an item is drawn now: its stored position, or the automatic one. */
    QPointF itemPosition(const QString &name) const;

    /** True when the clipboard holds nodes this scene can paste. */
    bool canPaste() const;

    /** Module groups are formed from the first @p depth components of each node's module
     *  (default 1: "layer1" for "layer1.0.conv1"); groups need at least two members. */
    void setGroupDepth(int depth);
    int groupDepth() const { return m_groupDepth; }
    /** Module prefixes that currently form a group, in graph order. */
    QStringList groupModules();
    bool isGroupCollapsed(const QString &module) const;
    void setGroupCollapsed(const QString &module, bool collapsed);

public slots:
    void toggleGroup(const QString &module);
    void collapseAllGroups();
    void expandAllGroups();

    void copy();
    void cut();
    void paste();
    /** Deletes the selected inputs and nodes, and disconnects the selected edges. */
    void deleteSelection();
    /** Lays out the whole graph with GraphLayout, as one undoable "Arrange" step. */
    void arrange();
    void selectAllItems();

signals:
    void selectedNamesChanged();
    /** An edit was refused; @p message (translated) says why. */
    void editRefused(const QString &message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    struct NodeStats
    {
        QString shape;
        std::int64_t savedBytes = 0;
        double peakShare = 0.0;
        bool analysed = false;
    };

    // Document signals.
    void rebuild();
    void onNodeInserted(int index);
    void onNodeAboutToBeRemoved(int index);
    void onNodeChanged(int index);
    void onInputsChanged();
    void onPositionChanged(const QString &name);

    NodeItem *createInputItem(int index);
    NodeItem *createNodeItem(int index);
    void refreshInput(int index);
    void refreshNode(int index);
    void refreshAllNodes();
    void rebuildInEdges(NodeItem *consumer, const Node &node);
    void deleteEdge(EdgeItem *edge);
    void detachItem(NodeItem *item);
    void resolveWaiting(const QString &name);
    QPointF placementFor(const QString &name, const QStringList &inputs);
    QPointF storedOrAutomatic(const QString &name) const;
    void updateEdgeToolTip(EdgeItem *edge) const;
    QString tensorShape(const QString &ref) const;

    void markGroupsDirty();
    void ensureGroups();
    void rebuildGroups();
    void clearGroups();
    GroupItem *groupFor(const QString &module) const;
    QString groupKey(const QString &module) const;

    void removeNames(const QStringList &names, const QString &text);

    Document &m_document;
    QUndoStack &m_undoStack;
    QList<NodeItem *> m_inputItems; // parallel to graph().inputs
    QList<NodeItem *> m_nodeItems;  // parallel to graph().nodes
    QHash<QString, NodeItem *> m_byName;
    QHash<QString, QSet<QString>> m_waiting; // producer name → consumers referring to it
    QHash<QString, QPointF> m_autoPositions;  // for names without a stored position

    std::shared_ptr<const Plan> m_plan;
    QHash<QString, NodeStats> m_stats;
    QHash<QString, QString> m_tensorShapes;
    std::int64_t m_maxSaved = 0;
    QString m_errorName;
    QString m_errorMessage;

    QList<GroupItem *> m_groups;
    QSet<QString> m_collapsed;
    int m_groupDepth = 1;
    bool m_groupsDirty = false;

    // Mouse gestures.
    NodeItem *m_connectFrom = nullptr;
    QGraphicsPathItem *m_connectPreview = nullptr;
    QHash<QGraphicsItem *, QPointF> m_dragStart;
    bool m_selecting = false;
};

} // namespace memplanner
