#pragma once

#include <QTreeWidget>

namespace memplanner {

/**
 * The layer palette: catalogue ops grouped by category. Double-click adds one to the graph;
 * dragging one onto the graph drops it there (MIME type kOpMimeType, the op's name).
 */
class PalettePanel : public QTreeWidget
{
    Q_OBJECT

public:
    static constexpr const char *kOpMimeType = "application/x-memplanner-op";
    /** The palette entry that adds a graph input instead of a node. */
    static QString inputEntry() { return QStringLiteral("Input"); }

    explicit PalettePanel(QWidget *parent = nullptr);

signals:
    void addRequested(const QString &op);

protected:
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void changeEvent(QEvent *event) override;

private:
    void populate();
};

} // namespace memplanner
