#pragma once

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace memplanner {

class NodeItem;

/**
 * One input reference drawn as a curve from the producer's output port to the consumer's
 * input port @c slot. When an end sits in a collapsed group, the curve attaches to the group's
 * box instead; inside one collapsed group it is hidden.
 */
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    EdgeItem(NodeItem *producer, NodeItem *consumer, int slot);

    int type() const override { return Type; }
    NodeItem *producer() const { return m_producer; }
    NodeItem *consumer() const { return m_consumer; }
    /** Index of the reference in the consumer's inputs. */
    int slot() const { return m_slot; }

    /** Recomputes the curve from the current positions (and group states) of both ends. */
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    NodeItem *m_producer;
    NodeItem *m_consumer;
    int m_slot;
    QPainterPath m_path;
    mutable QPainterPath m_shape; // stroked lazily: most edges are never hit-tested
    bool m_hovered = false;
};

} // namespace memplanner
