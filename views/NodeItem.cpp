#include "NodeItem.h"

#include "EdgeItem.h"
#include "GraphLayout.h"
#include "GroupItem.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace memplanner {

namespace {

constexpr double kPortRadius = 5.0;
constexpr double kPadding = 8.0;

QFont titleFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

QFont smallFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

} // namespace

NodeItem::NodeItem(Kind kind) : m_kind(kind), m_fill(kind == Kind::Input ? 0xdbe9f6 : 0xf5f5f5)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    // Boxes are cheap to paint; caching them would cost memory on 10,000-node graphs.
    setCacheMode(NoCache);
}

QRectF NodeItem::box()
{
    return QRectF(0, 0, GraphLayout::kNodeWidth, GraphLayout::kNodeHeight);
}

void NodeItem::setTexts(const QString &name, const QString &subtitle, const QString &detail)
{
    m_name = name;
    // Elided once here rather than at every paint.
    const double width = box().width() - 2 * kPadding;
    m_title = QFontMetricsF(titleFont()).elidedText(name, Qt::ElideMiddle, width);
    const QFontMetricsF small(smallFont());
    m_subtitle = small.elidedText(subtitle, Qt::ElideRight, width);
    m_detail = small.elidedText(detail, Qt::ElideRight, width);
    update();
}

void NodeItem::setFill(const QColor &fill)
{
    if (fill == m_fill)
        return;
    m_fill = fill;
    update();
}

void NodeItem::setFlagged(bool flagged)
{
    if (flagged == m_flagged)
        return;
    m_flagged = flagged;
    update();
}

void NodeItem::setInputCount(int count)
{
    if (count == m_inputCount)
        return;
    m_inputCount = count;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return box().adjusted(-2, -kPortRadius - 2, 2, kPortRadius + 2);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(box());
    path.addEllipse(QPointF(box().center().x(), box().bottom()), kPortRadius + 2,
                    kPortRadius + 2);
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = box();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QPen border(m_flagged ? QColor(0xd0, 0x20, 0x20) : QColor(0x60, 0x60, 0x60),
                m_flagged ? 3.0 : 1.0);
    if (isSelected() && !m_flagged) {
        border.setColor(QColor(0x20, 0x70, 0xd0));
        border.setWidthF(2.5);
    }
    painter->setPen(border);
    painter->setBrush(m_fill);
    if (lod < 0.3) {
        painter->drawRect(r);
        return;
    }
    const double radius = m_kind == Kind::Input ? r.height() / 2 : 6.0;
    painter->drawRoundedRect(r, radius, radius);

    painter->setPen(QPen(QColor(0x50, 0x50, 0x50), 1.0));
    painter->setBrush(Qt::white);
    if (m_kind == Kind::Node) {
        for (int slot = 0; slot < m_inputCount; ++slot)
            painter->drawEllipse(mapFromScene(inputPort(slot, m_inputCount)), kPortRadius - 1,
                                 kPortRadius - 1);
    }
    painter->setBrush(QColor(0x40, 0x80, 0xc0));
    painter->drawEllipse(QPointF(r.center().x(), r.bottom()), kPortRadius, kPortRadius);

    if (lod < 0.55)
        return;
    const QRectF text = r.adjusted(kPadding, 4, -kPadding, -4);
    const double line = text.height() / 3;
    painter->setPen(Qt::black);
    painter->setFont(titleFont());
    painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignCenter,
                      m_title);
    painter->setFont(smallFont());
    painter->setPen(QColor(0x30, 0x30, 0x30));
    painter->drawText(QRectF(text.left(), text.top() + line, text.width(), line),
                      Qt::AlignCenter, m_subtitle);
    painter->drawText(QRectF(text.left(), text.top() + 2 * line, text.width(), line),
                      Qt::AlignCenter, m_detail);
}

QPointF NodeItem::outputPort() const
{
    return mapToScene(QPointF(box().center().x(), box().bottom()));
}

QPointF NodeItem::inputPort(int slot, int count) const
{
    const double x = box().width() * (slot + 1) / (std::max(count, 1) + 1);
    return mapToScene(QPointF(x, box().top()));
}

bool NodeItem::isOnOutputPort(QPointF scenePos) const
{
    const QPointF d = scenePos - outputPort();
    const double grab = kPortRadius + 4;
    return d.x() * d.x() + d.y() * d.y() <= grab * grab;
}

void NodeItem::adjustEdges()
{
    for (EdgeItem *edge : std::as_const(m_inEdges))
        edge->adjust();
    for (EdgeItem *edge : std::as_const(m_outEdges))
        edge->adjust();
}

void NodeItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // A cross over the output port says "drag from here to connect".
    if (isOnOutputPort(event->scenePos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        adjustEdges();
        if (m_group)
            m_group->updateGeometry();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace memplanner
