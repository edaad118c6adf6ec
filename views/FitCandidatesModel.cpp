#include "FitCandidatesModel.h"

#include "BatchSweep.h"
#include "ByteFormat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace memplanner {

FitCandidatesModel::FitCandidatesModel(QObject *parent) : QAbstractTableModel(parent) {}

void FitCandidatesModel::setRecommendation(DeviceRecommendation recommendation)
{
    beginResetModel();
    m_recommendation = std::move(recommendation);
    endResetModel();
}

int FitCandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_recommendation.ranked.size());
}

int FitCandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FitCandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FitCandidate &c = candidateAt(index.row());
    const QLocale locale;
    const std::int64_t headroom = m_recommendation.capacity - c.devicePeak;
    // Mid tones: readable on light and on dark bases alike.
    if (role == Qt::ForegroundRole && (index.column() == HeadroomColumn || index.column() == RankColumn))
        return QBrush(c.fits() ? QColor(0x2e, 0xa0, 0x5a) : QColor(0xe0, 0x4b, 0x3c));
    if (role == Qt::ToolTipRole && index.column() == FrozenColumn && !c.frozenNodes.isEmpty())
        return c.frozenNodes.join(QStringLiteral(", "));
    if (role == Qt::TextAlignmentRole && index.column() != ConfigurationColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case RankColumn:
            return c.fits();
        case BatchColumn:
            return static_cast<qlonglong>(c.microBatch);
        case PeakColumn:
            return static_cast<qlonglong>(c.devicePeak);
        case HeadroomColumn:
            return static_cast<qlonglong>(headroom);
        case ExtraComputeColumn:
            return c.extraComputeShare();
        case ThroughputColumn:
            return c.samplesPerSecond;
        case FrozenColumn:
            return static_cast<int>(c.frozenNodes.size());
        default:
            return BatchSweep::label(c.config);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return c.fits() ? locale.toString(index.row() + 1) : tr("—");
    case ConfigurationColumn:
        return BatchSweep::label(c.config);
    case BatchColumn:
        if (!c.fits())
            return tr("not even 1");
        return c.accumulation > 1 ? tr("%1 × %2 steps")
                                            .arg(locale.toString(static_cast<qlonglong>(c.microBatch)),
                                                 locale.toString(static_cast<qlonglong>(c.accumulation)))
                                  : locale.toString(static_cast<qlonglong>(c.microBatch));
    case PeakColumn:
        return ByteFormat::bytes(c.devicePeak);
    case HeadroomColumn:
        return headroom >= 0 ? tr("%1 free").arg(ByteFormat::bytes(headroom))
                             : tr("misses by %1").arg(ByteFormat::bytes(-headroom));
    case ExtraComputeColumn:
        return tr("+%1%").arg(locale.toString(100.0 * c.extraComputeShare(), 'f', 1));
    case ThroughputColumn:
        return c.fits() ? tr("%1 samples/s").arg(locale.toString(c.samplesPerSecond, 'f', 1)) : QString();
    case FrozenColumn:
        return c.frozenNodes.isEmpty() ? tr("none", "no layer is frozen") : tr("%n layers", nullptr, static_cast<int>(c.frozenNodes.size()));
    default:
        return {};
    }
}

QVariant FitCandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case ConfigurationColumn:
        return tr("Configuration");
    case BatchColumn:
        return tr("Micro-batch");
    case PeakColumn:
        return tr("Peak");
    case HeadroomColumn:
        return tr("Headroom");
    case ExtraComputeColumn:
        return tr("Extra compute");
    case ThroughputColumn:
        return tr("Throughput");
    case FrozenColumn:
        return tr("Frozen");
    default:
        return {};
    }
}

void FitCandidatesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace memplanner
