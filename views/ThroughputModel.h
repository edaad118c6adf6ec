#pragma once

#include "Throughput.h"

#include <QAbstractTableModel>

namespace memplanner {

/**
 * Step time, throughput and epoch time of the plan per device (Throughput, roofline step
 * time), for a dataset size the user gives.
 */
class ThroughputModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeviceColumn, StepColumn, ThroughputColumn, EpochColumn, FitsColumn, ColumnCount };

    explicit ThroughputModel(QObject *parent = nullptr);

    void setRows(QList<DeviceThroughput> rows);
    const QList<DeviceThroughput> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    /** "2 h 05 min", "3 min 20 s", "12.5 s". */
    static QString duration(double seconds);

private:
    QList<DeviceThroughput> m_rows;
};

} // namespace memplanner
