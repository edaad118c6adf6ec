#include "PalettePanel.h"

#include "OpCatalogue.h"
#include "OpSchema.h"

#include <QEvent>
#include <QHeaderView>
#include <QMimeData>

namespace memplanner {

namespace {
constexpr int kOpRole = Qt::UserRole + 1;
}

PalettePanel::PalettePanel(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString op = item->data(0, kOpRole).toString();
        if (!op.isEmpty())
            emit addRequested(op);
    });
    populate();
}

void PalettePanel::populate()
{
    clear();
    auto *inputs = new QTreeWidgetItem(this, {tr("Inputs")});
    inputs->setFlags(Qt::ItemIsEnabled);
    auto *input = new QTreeWidgetItem(inputs, {tr("Graph input")});
    input->setData(0, kOpRole, inputEntry());
    input->setToolTip(0, tr("A data tensor fed to the network (images, tokens, labels)."));
    QHash<QString, QTreeWidgetItem *> groups;
    for (const OpDef &def : OpCatalogue::all()) {
        const QString category = QString::fromLatin1(def.category);
        QTreeWidgetItem *&group = groups[category];
        if (!group) {
            group = new QTreeWidgetItem(this, {OpSchema::categoryLabel(category)});
            group->setFlags(Qt::ItemIsEnabled);
        }
        const QString op = QString::fromLatin1(def.name);
        auto *item = new QTreeWidgetItem(group, {op});
        item->setData(0, kOpRole, op);
        item->setToolTip(0, tr("Double-click or drag onto the graph to add a %1 layer.").arg(op));
    }
    expandAll();
}

QStringList PalettePanel::mimeTypes() const
{
    return {QLatin1String(kOpMimeType)};
}

QMimeData *PalettePanel::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty() || items.first()->data(0, kOpRole).toString().isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kOpMimeType), items.first()->data(0, kOpRole).toString().toUtf8());
    return data;
}

void PalettePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QTreeWidget::changeEvent(event);
}

} // namespace memplanner
