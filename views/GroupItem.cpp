#include "GroupItem.h"

#include "EdgeItem.h"
#include "GraphScene.h"
#include "NodeItem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace memplanner {

namespace {

constexpr double kMargin = 14.0;
constexpr double kTitle = 22.0;

} // namespace

GroupItem::GroupItem(const QString &module, QList<NodeItem *> members)
    : m_module(module), m_members(std::move(members))
{
    setZValue(-1);
    setAcceptedMouseButtons(Qt::LeftButton);
    for (NodeItem *member : std::as_const(m_members))
        member->setGroup(this);
    updateGeometry();
}

void GroupItem::removeMember(NodeItem *member)
{
    m_members.removeOne(member);
    member->setGroup(nullptr);
    updateGeometry();
}

QPointF GroupItem::membersTopLeft() const
{
    if (m_members.isEmpty())
        return pos();
    QPointF topLeft = m_members.first()->pos();
    for (const NodeItem *member : m_members) {
        topLeft.setX(std::min(topLeft.x(), member->x()));
        topLeft.setY(std::min(topLeft.y(), member->y()));
    }
    return topLeft;
}

void GroupItem::updateGeometry()
{
    if (m_updating)
        return;
    m_updating = true;
    prepareGeometryChange();
    if (m_collapsed) {
        setPos(membersTopLeft());
        m_rect = NodeItem::box();
    } else {
        QRectF bounds;
        for (const NodeItem *member : std::as_const(m_members))
            bounds |= NodeItem::box().translated(member->pos());
        bounds.adjust(-kMargin, -kMargin - kTitle, kMargin, kMargin);
        setPos(bounds.topLeft());
        m_rect = QRectF(QPointF(0, 0), bounds.size());
    }
    m_updating = false;
}

void GroupItem::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    setFlag(ItemIsMovable, collapsed);
    setFlag(ItemIsSelectable, collapsed);
    setFlag(ItemSendsGeometryChanges, collapsed);
    setZValue(collapsed ? 1 : -1);
    if (!collapsed)
        setSelected(false);
    for (NodeItem *member : std::as_const(m_members)) {
        if (collapsed)
            member->setSelected(false);
        member->setVisible(!collapsed);
    }
    updateGeometry();
    adjustMemberEdges();
}

void GroupItem::adjustMemberEdges()
{
    for (NodeItem *member : std::as_const(m_members))
        member->adjustEdges();
}

QPointF GroupItem::outputPort() const
{
    return mapToScene(QPointF(m_rect.center().x(), m_rect.bottom()));
}

QPointF GroupItem::inputPort() const
{
    return mapToScene(QPointF(m_rect.center().x(), m_rect.top()));
}

QRectF GroupItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPainterPath GroupItem::shape() const
{
    QPainterPath path;
    if (m_collapsed) {
        path.addRect(m_rect);
        return path;
    }
    // The title bar and a thin border only: the inside stays free for rubber bands and nodes.
    path.addRect(QRectF(m_rect.topLeft(), QSizeF(m_rect.width(), kTitle)));
    path.addRect(QRectF(m_rect.left() - 3, m_rect.top(), 6, m_rect.height()));
    path.addRect(QRectF(m_rect.right() - 3, m_rect.top(), 6, m_rect.height()));
    path.addRect(QRectF(m_rect.left(), m_rect.bottom() - 3, m_rect.width(), 6));
    return path;
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QFont font;
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    if (m_collapsed) {
        painter->setPen(QPen(isSelected() ? QColor(0x20, 0x70, 0xd0) : QColor(0x50, 0x50, 0x70),
                             isSelected() ? 2.5 : 1.5));
        painter->setBrush(QColor(0xe4, 0xe0, 0xf4));
        painter->drawRoundedRect(m_rect, 6, 6);
        // A second outline suggests a stack of layers.
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(3, 3, -3, -3), 4, 4);
        const QRectF text = m_rect.adjusted(8, 4, -8, -4);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(text.left(), text.top(), text.width(), text.height() / 2),
                          Qt::AlignCenter,
                          metrics.elidedText(m_module, Qt::ElideMiddle, text.width()));
        QFont small;
        painter->setFont(small);
        painter->drawText(QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
                          Qt::AlignCenter, tr("%n layer(s)", nullptr, int(m_members.size())));
        painter->setBrush(QColor(0x40, 0x80, 0xc0));
        painter->drawEllipse(QPointF(m_rect.center().x(), m_rect.bottom()), 5, 5);
        return;
    }
    QPen pen(QColor(0x80, 0x80, 0xa0), 1.2, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(QColor(0xf0, 0xf0, 0xfa, 120));
    painter->drawRoundedRect(m_rect, 8, 8);
    painter->setPen(QColor(0x40, 0x40, 0x60));
    const QRectF title(m_rect.left() + 8, m_rect.top(), m_rect.width() - 16, kTitle);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(m_module, Qt::ElideMiddle, title.width()));
}

void GroupItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *graphScene = qobject_cast<GraphScene *>(scene())) {
        // The scene owns the collapsed state (it survives rebuilding the groups), and toggling
        // may rebuild this very item: queue it after this handler returns.
        const QString module = m_module;
        QMetaObject::invokeMethod(
                graphScene, [graphScene, module] { graphScene->toggleGroup(module); },
                Qt::QueuedConnection);
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

QVariant GroupItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_collapsed)
        adjustMemberEdges();
    return QGraphicsItem::itemChange(change, value);
}

} // namespace memplanner
