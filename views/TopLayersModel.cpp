#include "TopLayersModel.h"

#include "ByteFormat.h"

#include <QLocale>

#include <algorithm>

namespace memplanner {

TopLayersModel::TopLayersModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopLayersModel::setPlan(const Graph &graph, const Plan *plan, int limit)
{
    beginResetModel();
    m_rows.clear();
    if (plan) {
        std::vector<LayerRow> rows = LayerStats::rows(graph, plan);
        std::erase_if(rows, [](const LayerRow &r) { return r.savedBytes <= 0; });
        std::stable_sort(rows.begin(), rows.end(), [](const LayerRow &a, const LayerRow &b) {
            return a.savedBytes > b.savedBytes;
        });
        if (rows.size() > static_cast<std::size_t>(std::max(0, limit)))
            rows.resize(static_cast<std::size_t>(std::max(0, limit)));
        m_rows = std::move(rows);
    }
    endResetModel();
}

int TopLayersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TopLayersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopLayersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LayerRow &r = rowAt(index.row());
    if (role == Qt::UserRole) {
        if (index.column() == SavedColumn)
            return static_cast<qlonglong>(r.savedBytes);
        if (index.column() == ShareColumn)
            return r.peakShare;
        return index.column() == LayerColumn ? r.name : r.op;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LayerColumn:
        return r.name;
    case OpColumn:
        return r.op;
    case SavedColumn:
        return ByteFormat::bytes(r.savedBytes);
    case ShareColumn:
        return tr("%1%").arg(QLocale().toString(100.0 * r.peakShare, 'f', 1));
    default:
        return {};
    }
}

QVariant TopLayersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case LayerColumn:
        return tr("Layer");
    case OpColumn:
        return tr("Operation");
    case SavedColumn:
        return tr("Saved for backward");
    case ShareColumn:
        return tr("Share of the peak");
    default:
        return {};
    }
}

void TopLayersModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace memplanner
