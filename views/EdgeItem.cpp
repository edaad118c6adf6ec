#include "EdgeItem.h"

#include "GroupItem.h"
#include "NodeItem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace memplanner {

namespace {

GroupItem *collapsedGroup(const NodeItem *item)
{
    GroupItem *group = item->group();
    return group && group->isCollapsed() ? group : nullptr;
}

} // namespace

EdgeItem::EdgeItem(NodeItem *producer, NodeItem *consumer, int slot)
    : m_producer(producer), m_consumer(consumer), m_slot(slot)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
    adjust();
}

void EdgeItem::adjust()
{
    GroupItem *fromGroup = collapsedGroup(m_producer);
    GroupItem *toGroup = collapsedGroup(m_consumer);
    if (fromGroup && fromGroup == toGroup) {
        setVisible(false);
        return;
    }
    setVisible(true);
    const QPointF from = fromGroup ? fromGroup->outputPort() : m_producer->outputPort();
    const QPointF to = toGroup ? toGroup->inputPort()
                               : m_consumer->inputPort(m_slot, m_consumer->inputCount());
    prepareGeometryChange();
    // A vertical S-curve; an edge going up (a hand-placed layout) loops out of the way.
    const double bend = std::max(40.0, std::abs(to.y() - from.y()) / 2);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(0, bend), to - QPointF(0, bend), to);
    m_path = path;
    m_shape = QPainterPath();
}

QRectF EdgeItem::boundingRect() const
{
    return m_path.controlPointRect().adjusted(-4, -4, 4, 4);
}

QPainterPath EdgeItem::shape() const
{
    if (m_shape.isEmpty() && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_path);
    }
    return m_shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QColor colour(0x70, 0x70, 0x70);
    double width = 1.4;
    if (isSelected()) {
        colour = QColor(0x20, 0x70, 0xd0);
        width = 3.0;
    } else if (m_hovered) {
        colour = QColor(0x30, 0x30, 0x30);
        width = 2.2;
    }
    QPen pen(colour, width);
    pen.setCosmetic(false);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    // Arrow head at the consumer's port.
    const QPointF tip = m_path.pointAtPercent(1.0);
    painter->setBrush(colour);
    painter->setPen(Qt::NoPen);
    const QPointF points[3] = {tip, tip + QPointF(-4, -8), tip + QPointF(4, -8)};
    painter->drawPolygon(points, 3);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace memplanner
