#pragma once

#include "BatchSweep.h"

#include <QAbstractTableModel>

namespace memplanner {

/**
 * The batch-sweep chart's data: one row per batch size; column 0 the batch, then one column per
 * configuration with its device peak (empty where the size overflows). The largest batch of
 * each configuration on each device comes from the same result (BatchSweep).
 */
class BatchSweepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit BatchSweepModel(QObject *parent = nullptr);

    void setResult(BatchSweepResult result);
    const BatchSweepResult &result() const { return m_result; }
    /** Device peak of configuration @p series at batch row @p row; -1 where none. */
    std::int64_t peak(int row, int series) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    BatchSweepResult m_result;
};

} // namespace memplanner
