#include "GraphScene.h"

#include "ByteFormat.h"
#include "Document.h"
#include "EditCommands.h"
#include "EdgeItem.h"
#include "GraphEditing.h"
#include "GraphLayout.h"
#include "GroupItem.h"
#include "LayerStats.h"
#include "ModelError.h"
#include "NodeItem.h"
#include "OpCatalogue.h"
#include "Planner.h"
#include "ProjectFile.h"

#include <QClipboard>
#include <QGraphicsPathItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QUndoStack>

#include <algorithm>

namespace memplanner {

namespace {

constexpr double kPlacementGap = 44.0;

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/** Light grey (saves nothing) through amber to red (saves the most of any node). */
QColor savedColour(double t)
{
    static const QColor low(0xf4, 0xf4, 0xf4), mid(0xfd, 0xc9, 0x7a), high(0xe0, 0x4a, 0x33);
    t = std::clamp(t, 0.0, 1.0);
    return t < 0.5 ? blend(low, mid, t * 2) : blend(mid, high, (t - 0.5) * 2);
}

QString symbolicShape(const GraphInput &input)
{
    QStringList parts;
    for (std::int64_t d : input.shape) {
        if (d == kBatchDim)
            parts << GraphScene::tr("batch");
        else if (d == kSeqDim)
            parts << GraphScene::tr("seq");
        else
            parts << QString::number(d);
    }
    return parts.join(QStringLiteral("×"));
}

QJsonArray toJson(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

} // namespace

GraphScene::GraphScene(Document &document, QUndoStack &undoStack, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_undoStack(undoStack)
{
    setItemIndexMethod(BspTreeIndex);
    connect(&m_document, &Document::projectReset, this, &GraphScene::rebuild);
    connect(&m_document, &Document::nodeInserted, this, &GraphScene::onNodeInserted);
    connect(&m_document, &Document::nodeAboutToBeRemoved, this,
            &GraphScene::onNodeAboutToBeRemoved);
    connect(&m_document, &Document::nodeChanged, this, &GraphScene::onNodeChanged);
    connect(&m_document, &Document::inputsChanged, this, &GraphScene::onInputsChanged);
    connect(&m_document, &Document::positionChanged, this, &GraphScene::onPositionChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_selecting)
            emit selectedNamesChanged();
    });
    rebuild();
}

GraphScene::~GraphScene()
{
    // Groups point at node items; take them down first.
    clearGroups();
}

// --- building from the document -------------------------------------------------------------

void GraphScene::rebuild()
{
    m_connectFrom = nullptr;
    m_connectPreview = nullptr;
    m_dragStart.clear();
    clearGroups();
    clear();
    m_inputItems.clear();
    m_nodeItems.clear();
    m_byName.clear();
    m_waiting.clear();
    m_autoPositions.clear();
    m_groupsDirty = false;

    const Graph &graph = m_document.graph();
    QStringList unplaced;
    for (const GraphInput &input : graph.inputs)
        if (!m_document.position(input.name))
            unplaced << input.name;
    for (const Node &node : graph.nodes)
        if (!m_document.position(node.name))
            unplaced << node.name;
    if (!unplaced.isEmpty()) {
        const QHash<QString, QPointF> layout = GraphLayout::layout(graph);
        for (const QString &name : std::as_const(unplaced))
            m_autoPositions.insert(name, layout.value(name));
    }

    m_inputItems.reserve(graph.inputs.size());
    m_nodeItems.reserve(graph.nodes.size());
    for (int i = 0; i < graph.inputs.size(); ++i)
        m_inputItems.append(createInputItem(i));
    for (int i = 0; i < graph.nodes.size(); ++i)
        m_nodeItems.append(createNodeItem(i));
    for (int i = 0; i < graph.inputs.size(); ++i)
        refreshInput(i);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        rebuildInEdges(m_nodeItems.at(i), graph.nodes.at(i));
        refreshNode(i);
    }
    rebuildGroups();
}

NodeItem *GraphScene::createInputItem(int index)
{
    const GraphInput &input = m_document.graph().inputs.at(index);
    auto *item = new NodeItem(NodeItem::Kind::Input);
    item->setTexts(input.name, QString(), QString());
    item->setPos(storedOrAutomatic(input.name));
    addItem(item);
    m_byName.insert(input.name, item);
    return item;
}

NodeItem *GraphScene::createNodeItem(int index)
{
    const Node &node = m_document.graph().nodes.at(index);
    auto *item = new NodeItem(NodeItem::Kind::Node);
    item->setTexts(node.name, node.op, QString());
    item->setPos(storedOrAutomatic(node.name));
    addItem(item);
    m_byName.insert(node.name, item);
    return item;
}

QPointF GraphScene::storedOrAutomatic(const QString &name) const
{
    if (const std::optional<QPointF> stored = m_document.position(name))
        return *stored;
    return m_autoPositions.value(name);
}

QPointF GraphScene::placementFor(const QString &name, const QStringList &inputs)
{
    if (const auto it = m_autoPositions.constFind(name); it != m_autoPositions.cend())
        return *it;
    // Below its producers, or beside the drawing when it has none.
    double x = 0, bottom = 0;
    int producers = 0;
    for (const QString &ref : inputs) {
        if (const NodeItem *p = m_byName.value(splitTensorRef(ref).first)) {
            x += p->x();
            bottom = producers == 0 ? p->y() : std::max(bottom, p->y());
            ++producers;
        }
    }
    QPointF pos;
    if (producers > 0) {
        pos = QPointF(x / producers, bottom + GraphLayout::kNodeHeight + kPlacementGap);
    } else {
        const QRectF rect = sceneRect();
        pos = rect.isEmpty() ? QPointF() : QPointF(rect.right() + kPlacementGap, rect.top());
    }
    m_autoPositions.insert(name, pos);
    return pos;
}

void GraphScene::refreshInput(int index)
{
    const GraphInput &input = m_document.graph().inputs.at(index);
    NodeItem *item = m_inputItems.at(index);
    const QString planned = m_tensorShapes.value(input.name);
    const QString shape = planned.isEmpty() ? symbolicShape(input) : planned;
    item->setTexts(input.name, tr("input · %1").arg(dtypeName(input.dtype)), shape);
    const bool flagged = !m_errorName.isEmpty() && input.name == m_errorName;
    item->setFlagged(flagged);
    QString tip = QStringLiteral("<b>%1</b> — %2")
                          .arg(input.name.toHtmlEscaped(), tr("graph input"));
    tip += QStringLiteral("<br>") + tr("Shape: %1").arg(symbolicShape(input));
    if (!planned.isEmpty())
        tip += QStringLiteral("<br>") + tr("At this plan's batch: %1").arg(planned);
    if (flagged)
        tip += QStringLiteral("<br><span style=\"color:#c02020\">%1</span>")
                       .arg(m_errorMessage.toHtmlEscaped());
    item->setToolTip(tip);
}

void GraphScene::refreshNode(int index)
{
    const Node &node = m_document.graph().nodes.at(index);
    NodeItem *item = m_nodeItems.at(index);
    const NodeStats stats = m_stats.value(node.name);
    const QString subtitle = node.trainable ? node.op : tr("%1 · frozen").arg(node.op);
    item->setTexts(node.name, subtitle, stats.analysed ? stats.shape : QString());
    item->setFill(stats.analysed && m_maxSaved > 0
                          ? savedColour(double(stats.savedBytes) / double(m_maxSaved))
                          : QColor(0xf4, 0xf4, 0xf4));
    const bool flagged = !m_errorName.isEmpty() && node.name == m_errorName;
    item->setFlagged(flagged);

    QString tip = QStringLiteral("<b>%1</b> — %2").arg(node.name.toHtmlEscaped(),
                                                       node.op.toHtmlEscaped());
    if (!node.module.isEmpty())
        tip += QStringLiteral("<br>") + tr("Module: %1").arg(node.module.toHtmlEscaped());
    if (!node.trainable)
        tip += QStringLiteral("<br>") + tr("Frozen: no gradients, no optimizer state");
    if (stats.analysed) {
        tip += QStringLiteral("<br>") + tr("Output: %1").arg(stats.shape);
        tip += QStringLiteral("<br>")
                + tr("Saved for backward: %1 (%2% of the peak)")
                          .arg(ByteFormat::bytes(stats.savedBytes),
                               QLocale().toString(stats.peakShare * 100.0, 'f', 1));
    }
    if (flagged)
        tip += QStringLiteral("<br><span style=\"color:#c02020\">%1</span>")
                       .arg(m_errorMessage.toHtmlEscaped());
    item->setToolTip(tip);

    const QString key = groupKey(node.module);
    if (key != item->groupKey()) {
        item->setGroupKey(key);
        markGroupsDirty();
    }
}

void GraphScene::refreshAllNodes()
{
    const Graph &graph = m_document.graph();
    for (int i = 0; i < graph.inputs.size(); ++i)
        refreshInput(i);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        refreshNode(i);
        for (EdgeItem *edge : std::as_const(m_nodeItems.at(i)->inEdges()))
            updateEdgeToolTip(edge);
    }
}

QString GraphScene::tensorShape(const QString &ref) const
{
    const auto it = m_tensorShapes.constFind(ref);
    if (it != m_tensorShapes.cend())
        return *it;
    const auto [name, output] = splitTensorRef(ref);
    return output == 0 ? m_tensorShapes.value(name) : QString();
}

void GraphScene::updateEdgeToolTip(EdgeItem *edge) const
{
    const int index = int(m_nodeItems.indexOf(edge->consumer()));
    if (index < 0)
        return;
    const Node &node = m_document.graph().nodes.at(index);
    if (edge->slot() >= node.inputs.size())
        return;
    const QString &ref = node.inputs.at(edge->slot());
    QString tip = tr("%1 → %2").arg(ref, node.name);
    const QString shape = tensorShape(ref);
    if (!shape.isEmpty())
        tip += QLatin1Char('\n') + tr("Shape: %1").arg(shape);
    edge->setToolTip(tip);
}

void GraphScene::rebuildInEdges(NodeItem *consumer, const Node &node)
{
    const QList<EdgeItem *> old = consumer->inEdges();
    for (EdgeItem *edge : old)
        deleteEdge(edge);
    consumer->setInputCount(int(node.inputs.size()));
    const bool withTips = !m_tensorShapes.isEmpty();
    for (int slot = 0; slot < node.inputs.size(); ++slot) {
        const QString producerName = splitTensorRef(node.inputs.at(slot)).first;
        NodeItem *producer = m_byName.value(producerName);
        if (!producer) {
            m_waiting[producerName].insert(node.name);
            continue;
        }
        auto *edge = new EdgeItem(producer, consumer, slot);
        addItem(edge);
        producer->outEdges().append(edge);
        consumer->inEdges().append(edge);
        if (withTips) {
            const QString shape = tensorShape(node.inputs.at(slot));
            edge->setToolTip(tr("%1 → %2").arg(node.inputs.at(slot), node.name)
                             + (shape.isEmpty() ? QString()
                                                : QLatin1Char('\n') + tr("Shape: %1").arg(shape)));
        } else {
            edge->setToolTip(tr("%1 → %2").arg(node.inputs.at(slot), node.name));
        }
    }
}

void GraphScene::deleteEdge(EdgeItem *edge)
{
    edge->producer()->outEdges().removeOne(edge);
    edge->consumer()->inEdges().removeOne(edge);
    delete edge;
}

void GraphScene::detachItem(NodeItem *item)
{
    if (m_connectFrom == item) {
        delete m_connectPreview;
        m_connectPreview = nullptr;
        m_connectFrom = nullptr;
    }
    m_dragStart.remove(item);
    const QList<EdgeItem *> in = item->inEdges();
    for (EdgeItem *edge : in)
        deleteEdge(edge);
    const QList<EdgeItem *> out = item->outEdges();
    for (EdgeItem *edge : out) {
        // The consumer still names this item; it gets its edge back if the name returns.
        m_waiting[item->name()].insert(edge->consumer()->name());
        deleteEdge(edge);
    }
    if (GroupItem *group = item->group()) {
        group->removeMember(item);
        markGroupsDirty();
    }
    m_byName.remove(item->name());
}

void GraphScene::resolveWaiting(const QString &name)
{
    const auto it = m_waiting.find(name);
    if (it == m_waiting.end())
        return;
    const QSet<QString> consumers = *it;
    m_waiting.erase(it);
    const Graph &graph = m_document.graph();
    for (const QString &consumer : consumers) {
        NodeItem *item = m_byName.value(consumer);
        if (!item || item->kind() != NodeItem::Kind::Node)
            continue;
        const int index = int(m_nodeItems.indexOf(item));
        if (index >= 0 && index < graph.nodes.size())
            rebuildInEdges(item, graph.nodes.at(index));
    }
}

void GraphScene::onNodeInserted(int index)
{
    const Node &node = m_document.graph().nodes.at(index);
    if (!m_document.position(node.name))
        placementFor(node.name, node.inputs);
    NodeItem *item = createNodeItem(index);
    m_nodeItems.insert(index, item);
    rebuildInEdges(item, node);
    refreshNode(index);
    resolveWaiting(node.name);
}

void GraphScene::onNodeAboutToBeRemoved(int index)
{
    NodeItem *item = m_nodeItems.takeAt(index);
    detachItem(item);
    delete item;
}

void GraphScene::onNodeChanged(int index)
{
    const Node &node = m_document.graph().nodes.at(index);
    NodeItem *item = m_nodeItems.at(index);
    const QString oldName = item->name();
    if (oldName != node.name) {
        m_byName.remove(oldName);
        m_byName.insert(node.name, item);
        if (m_autoPositions.contains(oldName))
            m_autoPositions.insert(node.name, m_autoPositions.take(oldName));
        if (m_stats.contains(oldName))
            m_stats.insert(node.name, m_stats.take(oldName));
        if (m_errorName == oldName)
            m_errorName = node.name;
        resolveWaiting(node.name);
    }
    rebuildInEdges(item, node);
    refreshNode(index);
}

void GraphScene::onInputsChanged()
{
    const Graph &graph = m_document.graph();
    QStringList selected;
    for (NodeItem *item : std::as_const(m_inputItems)) {
        if (item->isSelected())
            selected << item->name();
        detachItem(item);
        delete item;
    }
    m_inputItems.clear();
    for (int i = 0; i < graph.inputs.size(); ++i) {
        const QString &name = graph.inputs.at(i).name;
        if (!m_document.position(name) && !m_autoPositions.contains(name))
            placementFor(name, {});
        m_inputItems.append(createInputItem(i));
        refreshInput(i);
        if (selected.contains(name))
            m_inputItems.last()->setSelected(true);
    }
    for (const GraphInput &input : graph.inputs)
        resolveWaiting(input.name);
}

void GraphScene::onPositionChanged(const QString &name)
{
    NodeItem *item = m_byName.value(name);
    if (!item)
        return;
    const std::optional<QPointF> stored = m_document.position(name);
    const QPointF pos = stored ? *stored : m_autoPositions.value(name, item->pos());
    if (item->pos() != pos)
        item->setPos(pos);
}

// --- plan and error -------------------------------------------------------------------------

void GraphScene::setPlan(std::shared_ptr<const Plan> plan)
{
    m_plan = std::move(plan);
    m_stats.clear();
    m_tensorShapes.clear();
    m_maxSaved = 0;
    if (m_plan && m_plan->core) {
        const std::vector<LayerRow> rows = LayerStats::rows(m_document.graph(), m_plan.get());
        for (const LayerRow &row : rows) {
            NodeStats stats;
            stats.analysed = !row.outputShape.empty();
            stats.shape = LayerStats::shapeText(row.outputShape);
            stats.savedBytes = row.savedBytes;
            stats.peakShare = row.peakShare;
            m_maxSaved = std::max(m_maxSaved, row.savedBytes);
            m_stats.insert(row.name, stats);
        }
        for (const AnalysedTensor &tensor : m_plan->core->graph.tensors) {
            if (!tensor.castCopy)
                m_tensorShapes.insert(tensor.name, LayerStats::shapeText(tensor.type.shape));
        }
    }
    refreshAllNodes();
}

void GraphScene::setError(const QString &node, const QString &message)
{
    const QString previous = m_errorName;
    m_errorName = node;
    m_errorMessage = message;
    const auto refreshName = [this](const QString &name) {
        NodeItem *item = m_byName.value(name);
        if (!item)
            return;
        if (item->kind() == NodeItem::Kind::Input)
            refreshInput(int(m_inputItems.indexOf(item)));
        else
            refreshNode(int(m_nodeItems.indexOf(item)));
    };
    if (!previous.isEmpty() && previous != node)
        refreshName(previous);
    if (!node.isEmpty())
        refreshName(node);
}

// --- selection ------------------------------------------------------------------------------

QStringList GraphScene::selectedNames() const
{
    QStringList names;
    const auto chosen = [](const NodeItem *item) {
        const GroupItem *group = item->group();
        return item->isSelected() || (group && group->isCollapsed() && group->isSelected());
    };
    for (const NodeItem *item : m_inputItems)
        if (chosen(item))
            names << item->name();
    for (const NodeItem *item : m_nodeItems)
        if (chosen(item))
            names << item->name();
    return names;
}

void GraphScene::selectNames(const QStringList &names)
{
    m_selecting = true;
    clearSelection();
    NodeItem *first = nullptr;
    for (const QString &name : names) {
        NodeItem *item = m_byName.value(name);
        if (!item)
            continue;
        if (item->group() && item->group()->isCollapsed())
            setGroupCollapsed(item->group()->module(), false);
        item->setSelected(true);
        if (!first)
            first = item;
    }
    m_selecting = false;
    emit selectedNamesChanged();
    if (first) {
        const QList<QGraphicsView *> all = views();
        for (QGraphicsView *view : all)
            view->centerOn(first);
    }
}

void GraphScene::selectAllItems()
{
    m_selecting = true;
    const auto all = items();
    for (QGraphicsItem *item : all)
        if (item->isVisible() && (item->flags() & QGraphicsItem::ItemIsSelectable))
            item->setSelected(true);
    m_selecting = false;
    emit selectedNamesChanged();
}

NodeItem *GraphScene::itemFor(const QString &name) const
{
    return m_byName.value(name);
}

QPointF GraphScene::itemPosition(const QString &name) const
{
    const NodeItem *item = m_byName.value(name);
    return item ? item->pos() : QPointF();
}

// --- edits ----------------------------------------------------------------------------------

QString GraphScene::addNode(const QString &op, QPointF scenePos)
{
    if (!OpCatalogue::find(op)) {
        emit editRefused(tr("There is no op called “%1”.").arg(op));
        return {};
    }
    PlacedNode placed;
    placed.node = GraphEditing::newNode(m_document.graph(), op);
    placed.position = scenePos - NodeItem::box().center();
    const QString name = placed.node.name;
    m_undoStack.push(new AddItemsCommand(&m_document, {}, {placed}, tr("Add %1").arg(op)));
    selectNames({name});
    return name;
}

bool GraphScene::connectNodes(const QString &producerRef, const QString &consumer)
{
    const Graph &graph = m_document.graph();
    const QString error = GraphEditing::connectionError(graph, producerRef, consumer);
    if (!error.isEmpty()) {
        emit editRefused(error);
        return false;
    }
    Node node = graph.nodes.at(graph.nodeIndex(consumer));
    node.inputs = GraphEditing::connectedInputs(graph, producerRef, consumer);
    m_undoStack.push(new ChangeNodesCommand(
            &m_document, {{consumer, node}},
            tr("Connect %1 to %2").arg(splitTensorRef(producerRef).first, consumer)));
    return true;
}

void GraphScene::removeNames(const QStringList &names, const QString &text)
{
    m_undoStack.push(new RemoveItemsCommand(&m_document, names, text));
}

void GraphScene::deleteSelection()
{
    const QStringList names = selectedNames();
    QMap<QString, QList<int>> cut; // consumer → input slots to drop
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() != EdgeItem::Type)
            continue;
        const auto *edge = static_cast<EdgeItem *>(item);
        const QString consumer = edge->consumer()->name();
        if (!names.contains(consumer))
            cut[consumer].append(edge->slot());
    }
    if (names.isEmpty() && cut.isEmpty())
        return;

    QList<QPair<QString, Node>> changes;
    const Graph &graph = m_document.graph();
    for (auto it = cut.begin(); it != cut.end(); ++it) {
        const int index = graph.nodeIndex(it.key());
        if (index < 0)
            continue;
        Node node = graph.nodes.at(index);
        QList<int> dropped = it.value();
        std::sort(dropped.begin(), dropped.end(), std::greater<>());
        for (int slot : std::as_const(dropped))
            if (slot < node.inputs.size())
                node.inputs.removeAt(slot);
        changes.append({it.key(), node});
    }
    const bool both = !names.isEmpty() && !changes.isEmpty();
    if (both)
        m_undoStack.beginMacro(tr("Delete"));
    if (!changes.isEmpty())
        m_undoStack.push(new ChangeNodesCommand(&m_document, changes, tr("Disconnect")));
    if (!names.isEmpty())
        removeNames(names, tr("Delete"));
    if (both)
        m_undoStack.endMacro();
}

void GraphScene::copy()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    const Graph &graph = m_document.graph();
    Project clip;
    clip.graph.name = graph.name;
    for (const GraphInput &input : graph.inputs) {
        if (names.contains(input.name)) {
            clip.graph.inputs << input;
            clip.layout.insert(input.name, toJson(itemPosition(input.name)));
        }
    }
    for (const Node &node : graph.nodes) {
        if (names.contains(node.name)) {
            clip.graph.nodes << node;
            clip.layout.insert(node.name, toJson(itemPosition(node.name)));
        }
    }
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kNodesMimeType), ProjectFile::toJson(clip));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void GraphScene::cut()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    copy();
    removeNames(names, tr("Cut"));
}

bool GraphScene::canPaste() const
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(QLatin1String(kNodesMimeType));
}

void GraphScene::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QLatin1String(kNodesMimeType)))
        return;
    Project clip;
    try {
        clip = ProjectFile::fromJson(mime->data(QLatin1String(kNodesMimeType)),
                                     tr("the clipboard"));
    } catch (const ModelError &e) {
        emit editRefused(e.message());
        return;
    }
    if (clip.graph.inputs.isEmpty() && clip.graph.nodes.isEmpty())
        return;

    // New unique names first, then references among the pasted items follow the renames.
    const Graph &graph = m_document.graph();
    QHash<QString, QString> renamed;
    QStringList taken;
    const auto rename = [&](const QString &name) {
        const QString fresh = GraphEditing::uniqueName(graph, name, taken);
        taken << fresh;
        renamed.insert(name, fresh);
        return fresh;
    };
    QList<PlacedInput> inputs;
    QList<PlacedNode> nodes;
    QList<QPointF> origins;
    const auto origin = [&](const QString &name, int k) {
        const QJsonArray xy = clip.layout.value(name).toArray();
        return xy.size() == 2 ? QPointF(xy.at(0).toDouble(), xy.at(1).toDouble())
                              : QPointF(0, k * (GraphLayout::kNodeHeight + kPlacementGap));
    };
    for (const GraphInput &input : std::as_const(clip.graph.inputs)) {
        PlacedInput placed{input, std::nullopt};
        origins << origin(input.name, int(origins.size()));
        placed.input.name = rename(input.name);
        inputs << placed;
    }
    for (const Node &node : std::as_const(clip.graph.nodes)) {
        PlacedNode placed{node, std::nullopt};
        origins << origin(node.name, int(origins.size()));
        placed.node.name = rename(node.name);
        nodes << placed;
    }
    for (PlacedNode &placed : nodes) {
        QStringList refs;
        for (const QString &ref : std::as_const(placed.node.inputs)) {
            const QString producer = splitTensorRef(ref).first;
            if (const auto it = renamed.constFind(producer); it != renamed.cend())
                refs << renamedTensorRef(ref, producer, *it);
            else if (graph.hasName(producer))
                refs << ref; // still fed from outside, as in the original
        }
        placed.node.inputs = refs;
    }

    // Where the copies land: in place when that is free (cut and paste), else shifted
    // diagonally, else beside the whole drawing.
    const auto overlaps = [this, &origins](QPointF offset) {
        for (const QPointF &p : std::as_const(origins)) {
            const QRectF box = NodeItem::box().translated(p + offset);
            const QList<QGraphicsItem *> hits = items(box, Qt::IntersectsItemBoundingRect);
            for (const QGraphicsItem *hit : hits) {
                if (!hit->isVisible())
                    continue;
                if (hit->type() == NodeItem::Type
                    || (hit->type() == GroupItem::Type
                        && static_cast<const GroupItem *>(hit)->isCollapsed()))
                    return true;
            }
        }
        return false;
    };
    QPointF offset;
    bool found = false;
    for (int k = 0; k <= 4 && !found; ++k) {
        offset = QPointF(40.0 * k, 40.0 * k);
        found = !overlaps(offset);
    }
    if (!found) {
        double left = origins.first().x();
        for (const QPointF &p : std::as_const(origins))
            left = std::min(left, p.x());
        offset = QPointF(itemsBoundingRect().right() + 2 * kPlacementGap - left, 0);
    }
    int k = 0;
    for (PlacedInput &placed : inputs)
        placed.position = origins.at(k++) + offset;
    for (PlacedNode &placed : nodes)
        placed.position = origins.at(k++) + offset;
    m_undoStack.push(new AddItemsCommand(&m_document, inputs, nodes, tr("Paste")));
    selectNames(taken);
}

void GraphScene::arrange()
{
    const Graph &graph = m_document.graph();
    if (graph.inputs.isEmpty() && graph.nodes.isEmpty())
        return;
    const QHash<QString, QPointF> layout = GraphLayout::layout(graph);
    MoveItemsCommand::Positions before, after;
    for (auto it = layout.cbegin(); it != layout.cend(); ++it) {
        before.insert(it.key(), m_document.position(it.key()));
        after.insert(it.key(), it.value());
    }
    m_undoStack.push(new MoveItemsCommand(&m_document, before, after, tr("Arrange")));
}

// --- groups ---------------------------------------------------------------------------------

QString GraphScene::groupKey(const QString &module) const
{
    if (module.isEmpty())
        return {};
    const QStringList parts = module.split(QLatin1Char('.'));
    if (parts.size() < m_groupDepth)
        return {};
    return parts.mid(0, m_groupDepth).join(QLatin1Char('.'));
}

void GraphScene::markGroupsDirty()
{
    if (m_groupsDirty)
        return;
    m_groupsDirty = true;
    // Coalesced: a paste or an undo of many nodes rebuilds the groups once.
    QMetaObject::invokeMethod(this, &GraphScene::ensureGroups, Qt::QueuedConnection);
}

void GraphScene::ensureGroups()
{
    if (m_groupsDirty)
        rebuildGroups();
}

void GraphScene::clearGroups()
{
    QList<NodeItem *> reroute;
    for (GroupItem *group : std::as_const(m_groups)) {
        m_dragStart.remove(group);
        const bool collapsed = group->isCollapsed();
        for (NodeItem *member : group->members()) {
            member->setGroup(nullptr);
            member->setVisible(true);
            if (collapsed)
                reroute << member;
        }
        delete group;
    }
    m_groups.clear();
    for (NodeItem *member : std::as_const(reroute))
        member->adjustEdges();
}

void GraphScene::rebuildGroups()
{
    m_groupsDirty = false;
    clearGroups();
    QStringList order;
    QHash<QString, QList<NodeItem *>> members;
    for (NodeItem *item : std::as_const(m_nodeItems)) {
        const QString &key = item->groupKey();
        if (key.isEmpty())
            continue;
        auto it = members.find(key);
        if (it == members.end()) {
            order << key;
            it = members.insert(key, {});
        }
        it->append(item);
    }
    for (const QString &key : std::as_const(order)) {
        const QList<NodeItem *> &list = members[key];
        if (list.size() < 2)
            continue;
        auto *group = new GroupItem(key, list);
        addItem(group);
        m_groups.append(group);
        if (m_collapsed.contains(key))
            group->setCollapsed(true);
    }
}

GroupItem *GraphScene::groupFor(const QString &module) const
{
    for (GroupItem *group : m_groups)
        if (group->module() == module)
            return group;
    return nullptr;
}

void GraphScene::setGroupDepth(int depth)
{
    depth = std::max(depth, 1);
    if (depth == m_groupDepth)
        return;
    m_groupDepth = depth;
    m_collapsed.clear();
    const Graph &graph = m_document.graph();
    for (int i = 0; i < m_nodeItems.size(); ++i)
        m_nodeItems.at(i)->setGroupKey(groupKey(graph.nodes.at(i).module));
    rebuildGroups();
}

QStringList GraphScene::groupModules()
{
    ensureGroups();
    QStringList modules;
    for (const GroupItem *group : std::as_const(m_groups))
        modules << group->module();
    return modules;
}

bool GraphScene::isGroupCollapsed(const QString &module) const
{
    const GroupItem *group = groupFor(module);
    return group && group->isCollapsed();
}

void GraphScene::setGroupCollapsed(const QString &module, bool collapsed)
{
    ensureGroups();
    if (collapsed)
        m_collapsed.insert(module);
    else
        m_collapsed.remove(module);
    if (GroupItem *group = groupFor(module))
        group->setCollapsed(collapsed);
}

void GraphScene::toggleGroup(const QString &module)
{
    setGroupCollapsed(module, !isGroupCollapsed(module));
}

void GraphScene::collapseAllGroups()
{
    ensureGroups();
    for (GroupItem *group : std::as_const(m_groups)) {
        m_collapsed.insert(group->module());
        group->setCollapsed(true);
    }
}

void GraphScene::expandAllGroups()
{
    ensureGroups();
    m_collapsed.clear();
    for (GroupItem *group : std::as_const(m_groups))
        group->setCollapsed(false);
}

// --- mouse, keys, drops ---------------------------------------------------------------------

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QList<QGraphicsItem *> under = items(event->scenePos());
        for (QGraphicsItem *item : under) {
            if (item->type() == EdgeItem::Type)
                continue;
            if (item->type() == NodeItem::Type) {
                auto *node = static_cast<NodeItem *>(item);
                if (node->isOnOutputPort(event->scenePos())) {
                    m_connectFrom = node;
                    m_connectPreview = addPath(QPainterPath(), QPen(QColor(0x20, 0x70, 0xd0), 2,
                                                                    Qt::DashLine));
                    m_connectPreview->setZValue(5);
                    event->accept();
                    return;
                }
            }
            break;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    if (event->button() == Qt::LeftButton) {
        m_dragStart.clear();
        const QList<QGraphicsItem *> selected = selectedItems();
        for (QGraphicsItem *item : selected) {
            if (item->type() == NodeItem::Type || item->type() == GroupItem::Type)
                m_dragStart.insert(item, item->pos());
        }
    }
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        const QPointF from = m_connectFrom->outputPort();
        const QPointF to = event->scenePos();
        QPainterPath path(from);
        const double bend = std::max(30.0, std::abs(to.y() - from.y()) / 2);
        path.cubicTo(from + QPointF(0, bend), to - QPointF(0, bend), to);
        m_connectPreview->setPath(path);
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom) {
        NodeItem *from = m_connectFrom;
        m_connectFrom = nullptr;
        delete m_connectPreview;
        m_connectPreview = nullptr;
        event->accept();
        const QList<QGraphicsItem *> under = items(event->scenePos());
        for (QGraphicsItem *item : under) {
            if (item == from || item->type() == EdgeItem::Type || !item->isVisible())
                continue;
            if (item->type() == NodeItem::Type) {
                connectNodes(from->name(), static_cast<NodeItem *>(item)->name());
            } else if (item->type() == GroupItem::Type
                       && static_cast<GroupItem *>(item)->isCollapsed()) {
                emit editRefused(tr("Expand the group “%1” to connect to one of its layers.")
                                         .arg(static_cast<GroupItem *>(item)->module()));
            } else {
                continue;
            }
            break;
        }
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_dragStart.isEmpty())
        return;
    MoveItemsCommand::Positions before, after;
    for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it) {
        QGraphicsItem *item = it.key();
        const QPointF delta = item->pos() - it.value();
        if (delta.isNull())
            continue;
        if (item->type() == NodeItem::Type) {
            const QString name = static_cast<NodeItem *>(item)->name();
            before.insert(name, m_document.position(name));
            after.insert(name, item->pos());
        } else {
            // A collapsed group carries its hidden members along.
            for (const NodeItem *member : static_cast<GroupItem *>(item)->members()) {
                before.insert(member->name(), m_document.position(member->name()));
                after.insert(member->name(), member->pos() + delta);
            }
        }
    }
    m_dragStart.clear();
    if (!after.isEmpty())
        m_undoStack.push(new MoveItemsCommand(&m_document, before, after, tr("Move")));
}

void GraphScene::keyPressEvent(QKeyEvent *event)
{
    if (!focusItem()) {
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            deleteSelection();
            event->accept();
            return;
        }
        if (event == QKeySequence::Copy) {
            copy();
            event->accept();
            return;
        }
        if (event == QKeySequence::Cut) {
            cut();
            event->accept();
            return;
        }
        if (event == QKeySequence::Paste) {
            paste();
            event->accept();
            return;
        }
    }
    QGraphicsScene::keyPressEvent(event);
}

void GraphScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kOpMimeType))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragEnterEvent(event);
}

void GraphScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kOpMimeType))) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
        return;
    }
    QGraphicsScene::dragMoveEvent(event);
}

void GraphScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kOpMimeType))) {
        const QString op = QString::fromUtf8(event->mimeData()->data(QLatin1String(kOpMimeType)));
        event->setDropAction(Qt::CopyAction);
        event->accept();
        addNode(op, event->scenePos());
        return;
    }
    QGraphicsScene::dropEvent(event);
}

} // namespace memplanner
