#include "ThroughputModel.h"

#include "ByteFormat.h"

#include <QLocale>

#include <cmath>

namespace memplanner {

ThroughputModel::ThroughputModel(QObject *parent) : QAbstractTableModel(parent) {}

void ThroughputModel::setRows(QList<DeviceThroughput> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString ThroughputModel::duration(double seconds)
{
    const QLocale locale;
    if (seconds < 60.0)
        return ByteFormat::seconds(seconds);
    const auto total = static_cast<qlonglong>(std::llround(seconds));
    if (total < 3600)
        return tr("%1 min %2 s").arg(locale.toString(total / 60)).arg(total % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(locale.toString(total / 3600)).arg((total % 3600) / 60, 2, 10, QLatin1Char('0'));
}

int ThroughputModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ThroughputModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThroughputModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeviceThroughput &r = m_rows.at(index.row());
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case StepColumn:
            return r.stepSeconds;
        case ThroughputColumn:
            return r.samplesPerSecond;
        case EpochColumn:
            return r.epochSeconds;
        case FitsColumn:
            return r.fits;
        default:
            return r.id;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != DeviceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeviceColumn:
        return r.name;
    case StepColumn:
        return ByteFormat::seconds(r.stepSeconds);
    case ThroughputColumn:
        return tr("%1 samples/s").arg(QLocale().toString(r.samplesPerSecond, 'f', 1));
    case EpochColumn:
        return duration(r.epochSeconds);
    case FitsColumn:
        return r.fits ? tr("fits") : tr("does not fit");
    default:
        return {};
    }
}

QVariant ThroughputModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case DeviceColumn:
        return tr("Device");
    case StepColumn:
        return tr("Step time");
    case ThroughputColumn:
        return tr("Throughput");
    case EpochColumn:
        return tr("Epoch time");
    case FitsColumn:
        return tr("Memory");
    default:
        return {};
    }
}

void ThroughputModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace memplanner
