#include "LayerTablePanel.h"

#include "LayerTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace memplanner {

LayerTablePanel::LayerTablePanel(LayerTableModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(LayerTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the graph's order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(LayerTableModel::Name, QHeaderView::Stretch);
    header->resizeSection(LayerTableModel::Type, 130);
    header->resizeSection(LayerTableModel::OutputShape, 150);
    header->resizeSection(LayerTableModel::Saved, 150);
    header->resizeSection(LayerTableModel::Flops, 120);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_syncing)
            emit selectedNamesChanged(selectedNames());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    retranslateUi();
}

QStringList LayerTablePanel::selectedNames() const
{
    QStringList names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        names.append(m_model->nameAt(m_proxy->mapToSource(index).row()));
    return names;
}

void LayerTablePanel::selectNames(const QStringList &names)
{
    m_syncing = true;
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!names.contains(m_model->nameAt(row)))
            continue;
        const QModelIndex left = m_proxy->mapFromSource(m_model->index(row, 0));
        const QModelIndex right =
            m_proxy->mapFromSource(m_model->index(row, LayerTableModel::ColumnCount - 1));
        if (left.isValid())
            selection.select(left, right);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.indexes().constFirst());
    m_syncing = false;
}

void LayerTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LayerTablePanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter layers by name or type…"));
    m_model->retranslate();
}

} // namespace memplanner
