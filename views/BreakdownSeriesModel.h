#pragma once

#include "BatchSweep.h"
#include "Planner.h"

#include <QAbstractTableModel>
#include <QList>

namespace memplanner {

/**
 * The breakdown chart's data: one row per configuration (the plan, and a pinned plan to compare
 * with), one column per part of the device peak — the tensor categories at the peak, then the
 * runtime overhead — and a last column with the device peak. The capacity lines of the chosen
 * devices come with it.
 */
class BreakdownSeriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Entry
    {
        QString label;
        MemoryAtPeak memory;
    };
    static constexpr int kOverheadColumn = kCategoryCount;
    static constexpr int kPeakColumn = kCategoryCount + 1;

    explicit BreakdownSeriesModel(QObject *parent = nullptr);

    void setEntries(QList<Entry> entries, QList<CapacityLine> devices);
    const QList<Entry> &entries() const { return m_entries; }
    const QList<CapacityLine> &devices() const { return m_devices; }
    /** Bytes of @p column (a Category, the overhead or the peak) in @p row. */
    std::int64_t bytes(int row, int column) const;
    /** The stacked parts: categories and the overhead (not the peak column). */
    static int partCount() { return kCategoryCount + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    /** Tells views the translated headers changed (after a language switch). */
    void retranslate();

private:
    QList<Entry> m_entries;
    QList<CapacityLine> m_devices;
};

} // namespace memplanner
