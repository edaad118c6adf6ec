#include "FrontierModel.h"

#include "ByteFormat.h"

#include <QLocale>

namespace memplanner {

FrontierModel::FrontierModel(QObject *parent) : QAbstractTableModel(parent) {}

void FrontierModel::setOptions(QList<CheckpointOption> options)
{
    beginResetModel();
    m_options = std::move(options);
    endResetModel();
}

double FrontierModel::extraComputePercent(int row) const
{
    return extraComputePercent(m_options.at(row));
}

double FrontierModel::extraComputePercent(const CheckpointOption &option)
{
    const double base = option.stepFlops - option.recomputeFlops;
    return base > 0.0 ? 100.0 * option.recomputeFlops / base : 0.0;
}

QString FrontierModel::strategyName(CheckpointOption::Strategy strategy)
{
    switch (strategy) {
    case CheckpointOption::Strategy::None:
        return tr("No checkpointing");
    case CheckpointOption::Strategy::Uniform:
        return tr("Uniform segments");
    case CheckpointOption::Strategy::Sqrt:
        return tr("√n segments");
    case CheckpointOption::Strategy::Optimal:
        return tr("Optimal frontier");
    }
    return {};
}

int FrontierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_options.size());
}

int FrontierModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FrontierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CheckpointOption &o = m_options.at(index.row());
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() == StrategyColumn ? QVariant()
                                                : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case SegmentsColumn:
            return o.segments;
        case ExtraComputeColumn:
            return extraComputePercent(index.row());
        case RecomputeColumn:
            return o.recomputeFlops;
        case PeakColumn:
            return static_cast<qlonglong>(o.memory.devicePeak);
        default:
            return static_cast<int>(o.strategy);
        }
    }
    if (role == Qt::ToolTipRole && !o.boundaries.isEmpty())
        return tr("Segments start at: %1").arg(o.boundaries.join(QStringLiteral(", ")));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StrategyColumn:
        return strategyName(o.strategy);
    case SegmentsColumn:
        return locale.toString(o.segments);
    case ExtraComputeColumn:
        return tr("%1%").arg(locale.toString(extraComputePercent(index.row()), 'f', 1));
    case RecomputeColumn:
        return ByteFormat::flops(o.recomputeFlops);
    case PeakColumn:
        return ByteFormat::bytes(o.memory.devicePeak);
    default:
        return {};
    }
}

QVariant FrontierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case StrategyColumn:
        return tr("Strategy");
    case SegmentsColumn:
        return tr("Segments");
    case ExtraComputeColumn:
        return tr("Extra compute");
    case RecomputeColumn:
        return tr("Recompute");
    case PeakColumn:
        return tr("Device peak");
    default:
        return {};
    }
}

void FrontierModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace memplanner
