#pragma once

#include "LayerStats.h"

#include <QAbstractTableModel>

#include <vector>

namespace memplanner {

/**
 * The per-layer chart's data: the @p limit layers that save the most bytes for backward
 * (LayerStats, each storage at its first saver), largest first, with their share of the tensor
 * peak.
 */
class TopLayersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LayerColumn, OpColumn, SavedColumn, ShareColumn, ColumnCount };

    explicit TopLayersModel(QObject *parent = nullptr);

    void setPlan(const Graph &graph, const Plan *plan, int limit = 15);
    const LayerRow &rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    QString nameAt(int row) const { return rowAt(row).name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::vector<LayerRow> m_rows;
};

} // namespace memplanner
