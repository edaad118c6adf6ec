#pragma once

#include "Planner.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace memplanner {

/**
 * Plans side by side (the current plan, and a pinned plan or another model planned with the
 * same configuration): one column per plan, one row per quantity — parameters, trainable
 * parameters, FLOPs of one step, device peak, each tensor category at the peak, the runtime
 * overhead, then for each device of the first plan whether it fits and its largest batch.
 */
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QString label;
        std::shared_ptr<const Plan> plan;
    };
    enum Row { ParametersRow, TrainableRow, FlopsRow, PeakRow, FirstCategoryRow,
               OverheadRow = FirstCategoryRow + kCategoryCount, FirstDeviceRow };

    explicit ComparisonModel(QObject *parent = nullptr);

    /** Null plans are left out. */
    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    /** Device rows come in pairs: fit, then largest batch; deviceIds() gives their order. */
    const QStringList &deviceIds() const { return m_deviceIds; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /**
     * DisplayRole: formatted text. UserRole: the number — bytes and parameters as qlonglong,
     * FLOPs as double, fit as bool, largest batch as qlonglong (-1: unbounded); invalid where
     * the plan has no such device.
     */
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    const DeviceFit *deviceFit(const Plan &plan, int deviceRow) const;

    QList<Entry> m_entries;
    QStringList m_deviceIds;
    QStringList m_deviceNames;
};

} // namespace memplanner
