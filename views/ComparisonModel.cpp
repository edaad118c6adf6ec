#include "ComparisonModel.h"

#include "ByteFormat.h"
#include "PlanSerializer.h"

#include <QLocale>

namespace memplanner {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonModel::setEntries(QList<Entry> entries)
{
    beginResetModel();
    m_entries.clear();
    m_deviceIds.clear();
    m_deviceNames.clear();
    for (Entry &e : entries)
        if (e.plan)
            m_entries << std::move(e);
    for (const Entry &e : std::as_const(m_entries))
        for (const DeviceFit &fit : e.plan->devices)
            if (!m_deviceIds.contains(fit.id)) {
                m_deviceIds << fit.id;
                m_deviceNames << fit.name;
            }
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_entries.isEmpty()
                   ? 0
                   : FirstDeviceRow + 2 * static_cast<int>(m_deviceIds.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

const DeviceFit *ComparisonModel::deviceFit(const Plan &plan, int deviceRow) const
{
    const QString &id = m_deviceIds.at((deviceRow - FirstDeviceRow) / 2);
    for (const DeviceFit &fit : plan.devices)
        if (fit.id == id)
            return &fit;
    return nullptr;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    const Plan &plan = *m_entries.at(index.column()).plan;
    const int row = index.row();
    const auto count = [display](std::int64_t n) -> QVariant {
        return display ? QVariant(QLocale().toString(static_cast<qlonglong>(n)))
                       : QVariant(static_cast<qlonglong>(n));
    };
    const auto bytes = [display](std::int64_t n) -> QVariant {
        return display ? QVariant(ByteFormat::bytes(n)) : QVariant(static_cast<qlonglong>(n));
    };
    switch (row) {
    case ParametersRow:
        return count(plan.parameters);
    case TrainableRow:
        return count(plan.trainableParameters);
    case FlopsRow:
        return display ? QVariant(ByteFormat::flops(plan.compute.total())) : QVariant(plan.compute.total());
    case PeakRow:
        return bytes(plan.memory.devicePeak);
    case OverheadRow:
        return bytes(plan.memory.runtimeOverhead);
    default:
        break;
    }
    if (row < OverheadRow)
        return bytes(plan.memory.breakdown[static_cast<std::size_t>(row - FirstCategoryRow)]);
    const DeviceFit *fit = deviceFit(plan, row);
    if (!fit)
        return {};
    if ((row - FirstDeviceRow) % 2 == 0) {
        if (!display)
            return fit->fits;
        return fit->fits ? tr("Fits, %1 free").arg(ByteFormat::bytes(fit->headroom))
                         : tr("Misses by %1").arg(ByteFormat::bytes(-fit->headroom));
    }
    if (!fit->maxBatch)
        return display ? QVariant(tr("Unbounded")) : QVariant(qlonglong(-1));
    if (*fit->maxBatch <= 0 && display)
        return tr("None");
    return count(*fit->maxBatch);
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_entries.size() ? m_entries.at(section).label : QVariant();
    switch (section) {
    case ParametersRow:
        return tr("Parameters");
    case TrainableRow:
        return tr("Trainable parameters");
    case FlopsRow:
        return tr("Compute per step");
    case PeakRow:
        return tr("Device peak");
    case OverheadRow:
        return tr("Runtime overhead");
    default:
        break;
    }
    if (section < OverheadRow)
        return PlanSerializer::categoryLabel(static_cast<Category>(section - FirstCategoryRow));
    if (section >= rowCount())
        return {};
    const QString &name = m_deviceNames.at((section - FirstDeviceRow) / 2);
    return (section - FirstDeviceRow) % 2 == 0 ? tr("%1: fit").arg(name)
                                                : tr("%1: largest batch").arg(name);
}

void ComparisonModel::retranslate()
{
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace memplanner
