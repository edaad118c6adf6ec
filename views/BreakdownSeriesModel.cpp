#include "BreakdownSeriesModel.h"

#include "ByteFormat.h"
#include "PlanSerializer.h"

namespace memplanner {

BreakdownSeriesModel::BreakdownSeriesModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownSeriesModel::setEntries(QList<Entry> entries, QList<CapacityLine> devices)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_devices = std::move(devices);
    endResetModel();
}

std::int64_t BreakdownSeriesModel::bytes(int row, int column) const
{
    const MemoryAtPeak &m = m_entries.at(row).memory;
    if (column < kCategoryCount)
        return m.breakdown[static_cast<std::size_t>(column)];
    return column == kOverheadColumn ? m.runtimeOverhead : m.devicePeak;
}

int BreakdownSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int BreakdownSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kPeakColumn + 1;
}

QVariant BreakdownSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::DisplayRole)
        return ByteFormat::bytes(bytes(index.row(), index.column()));
    if (role == Qt::UserRole)
        return static_cast<qlonglong>(bytes(index.row(), index.column()));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BreakdownSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_entries.size() ? m_entries.at(section).label : QVariant();
    if (section < kCategoryCount)
        return PlanSerializer::categoryLabel(static_cast<Category>(section));
    return section == kOverheadColumn ? tr("Runtime overhead") : tr("Device peak");
}

void BreakdownSeriesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace memplanner
