#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace memplanner {

class NodeItem;

/**
 * Nodes sharing a module prefix ("layer1", "encoder.layer.3"). Expanded, a titled frame drawn
 * behind its members (only the title bar and the border catch the mouse, so a rubber band can
 * start inside it); collapsed, one box at the members' top-left corner that stands for them:
 * members are hidden and edges from outside attach to the box. Double-click toggles.
 */
class GroupItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GroupItem)

public:
    enum { Type = UserType + 3 };

    GroupItem(const QString &module, QList<NodeItem *> members);

    int type() const override { return Type; }
    QString module() const { return m_module; }
    const QList<NodeItem *> &members() const { return m_members; }
    void removeMember(NodeItem *member);

    bool isCollapsed() const { return m_collapsed; }
    /** Hides or shows the members and re-routes the edges touching them. */
    void setCollapsed(bool collapsed);

    /** Follows the members after they moved (frame around them, or box at their corner). */
    void updateGeometry();
    /** Top-left corner of the members' boxes. */
    QPointF membersTopLeft() const;

    QPointF outputPort() const;
    QPointF inputPort() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void adjustMemberEdges();

    QString m_module;
    QList<NodeItem *> m_members;
    QRectF m_rect; // item coordinates
    bool m_collapsed = false;
    bool m_updating = false;
};

} // namespace memplanner
