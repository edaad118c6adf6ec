#include "BatchSweepModel.h"

#include "ByteFormat.h"

#include <QLocale>

namespace memplanner {

BatchSweepModel::BatchSweepModel(QObject *parent) : QAbstractTableModel(parent) {}

void BatchSweepModel::setResult(BatchSweepResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

std::int64_t BatchSweepModel::peak(int row, int series) const
{
    const std::vector<MemoryAtPeak> &points = m_result.series.at(series).points;
    return static_cast<std::size_t>(row) < points.size() ? points[static_cast<std::size_t>(row)].devicePeak
                                                         : -1;
}

int BatchSweepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.batches.size());
}

int BatchSweepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + static_cast<int>(m_result.series.size());
}

QVariant BatchSweepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    if (index.column() == 0)
        return role == Qt::UserRole ? QVariant(static_cast<qlonglong>(m_result.batches[row]))
                                    : QVariant(QLocale().toString(static_cast<qlonglong>(m_result.batches[row])));
    const std::int64_t bytes = peak(index.row(), index.column() - 1);
    if (bytes < 0)
        return {};
    return role == Qt::UserRole ? QVariant(static_cast<qlonglong>(bytes)) : QVariant(ByteFormat::bytes(bytes));
}

QVariant BatchSweepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return tr("Batch");
    return m_result.series.at(section - 1).label;
}

void BatchSweepModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace memplanner
