#pragma once

#include "Planner.h"

#include <QAbstractTableModel>

#include <memory>

namespace memplanner {

/**
 * The memory timeline of one training step (StepTimeline), at the plan's batch: one row per
 * moment — phase, the layer running, then live bytes per tensor category and their total — like
 * a profiler's memory view. peakRow() is the plan's peak moment.
 */
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PhaseColumn, LayerColumn, FirstCategoryColumn,
                  TotalColumn = FirstCategoryColumn + kCategoryCount, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    /** Shows @p plan's step (null: empty); layer names come from its analysed graph. */
    void setPlan(std::shared_ptr<const Plan> plan);

    std::int64_t bytes(int row, Category category) const;
    std::int64_t total(int row) const;
    Phase phase(int row) const;
    /** The layer running at @p row (empty at the step's start and in the optimizer step). */
    QString layer(int row) const;
    bool recompute(int row) const;
    int peakRow() const { return m_peakRow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    std::shared_ptr<const Plan> m_plan;
    std::vector<std::array<std::int64_t, kCategoryCount>> m_bytes;
    int m_peakRow = -1;
};

} // namespace memplanner
