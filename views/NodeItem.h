#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace memplanner {

class EdgeItem;
class GroupItem;

/**
 * The box of one graph input or node in the editor. It shows what the scene tells it (texts,
 * fill, error flag) and owns no domain data: the scene refreshes it from the Document.
 * Input ports sit along the top edge (one per input reference), the output port at the bottom.
 */
class NodeItem : public QGraphicsItem
{
public:
    enum class Kind { Input, Node };
    enum { Type = UserType + 1 };

    explicit NodeItem(Kind kind);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }

    /** The name the scene keys this item by (the graph input's or node's name). */
    QString name() const { return m_name; }
    /** Title, the op (or "input" label) and the output shape, as shown. */
    void setTexts(const QString &name, const QString &subtitle, const QString &detail);
    void setFill(const QColor &fill);
    /** A red border when @p flagged. */
    void setFlagged(bool flagged);
    bool isFlagged() const { return m_flagged; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    /** The box itself, in item coordinates (the ports stick out a little). */
    static QRectF box();
    /** Output port centre and input port centre for input @p slot of @p count, in scene
     *  coordinates. */
    QPointF outputPort() const;
    QPointF inputPort(int slot, int count) const;
    /** True when @p scenePos is on the output port (where a connection drag starts). */
    bool isOnOutputPort(QPointF scenePos) const;

    /** Number of input references the node has (input ports shown). */
    void setInputCount(int count);
    int inputCount() const { return m_inputCount; }

    QList<EdgeItem *> &inEdges() { return m_inEdges; }
    QList<EdgeItem *> &outEdges() { return m_outEdges; }
    /** Re-routes every edge at this item (after a move, a collapse or an expansion). */
    void adjustEdges();

    GroupItem *group() const { return m_group; }
    void setGroup(GroupItem *group) { m_group = group; }
    /** The module prefix this node is grouped under at the scene's depth (may be empty). */
    QString groupKey() const { return m_groupKey; }
    void setGroupKey(const QString &key) { m_groupKey = key; }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Kind m_kind;
    QString m_name;
    QString m_title;    // elided for the box
    QString m_subtitle; // elided
    QString m_detail;   // elided
    QColor m_fill;
    bool m_flagged = false;
    int m_inputCount = 0;
    QList<EdgeItem *> m_inEdges;
    QList<EdgeItem *> m_outEdges;
    GroupItem *m_group = nullptr;
    QString m_groupKey;
};

} // namespace memplanner
