#pragma once

#include <QGraphicsView>
#include <QPoint>

namespace memplanner {

/**
 * The graph editor's view: wheel (or Ctrl+wheel) zooms around the cursor, Shift+wheel scrolls;
 * the middle button, or Space held with the left button, pans; a left drag on empty space
 * draws a rubber band. Drops from the op palette are handled by the scene (GraphScene).
 */
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    explicit GraphView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /** The current scale (1 = 100 %). */
    double zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    /** Back to 100 %. */
    void resetZoom();
    /** Zooms to @p factor (clamped to 5 %–400 %), keeping the view's centre. */
    void setZoom(double factor);
    /** Shows the whole graph (never above 100 %). */
    void fitToView();

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void init();
    /** Multiplies the scale by @p factor, keeping the scene point under the cursor still. */
    void zoomBy(double factor);

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace memplanner
