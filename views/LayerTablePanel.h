#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace memplanner {

class LayerTableModel;

/** The layer table with a filter box; sorting and selection in terms of node names. */
class LayerTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LayerTablePanel(LayerTableModel *model, QWidget *parent = nullptr);

    QStringList selectedNames() const;
    /** Selects the rows of @p names (from the graph); emits nothing back. */
    void selectNames(const QStringList &names);
    QTableView *tableView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void selectedNamesChanged(const QStringList &names);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LayerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    bool m_syncing = false;
};

} // namespace memplanner
