#pragma once

#include "CheckpointSweep.h"

#include <QAbstractTableModel>

namespace memplanner {

/**
 * The memory-versus-extra-compute chart's data (CheckpointSweep): one row per way to
 * checkpoint — strategy, segments, extra compute as a share of the step, recompute FLOPs and
 * the device peak at the plan's batch.
 */
class FrontierModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StrategyColumn, SegmentsColumn, ExtraComputeColumn, RecomputeColumn, PeakColumn,
                  ColumnCount };

    explicit FrontierModel(QObject *parent = nullptr);

    void setOptions(QList<CheckpointOption> options);
    const QList<CheckpointOption> &options() const { return m_options; }
    /** Recompute over forward + backward, in percent. */
    double extraComputePercent(int row) const;
    /** @p option's recompute over its forward + backward, in percent (0 without a step). */
    static double extraComputePercent(const CheckpointOption &option);
    static QString strategyName(CheckpointOption::Strategy strategy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<CheckpointOption> m_options;
};

} // namespace memplanner
