#pragma once

#include "FitSolver.h"

#include <QAbstractTableModel>

namespace memplanner {

/**
 * The "make it fit" assistant's ranking for one device (FitSolver): one row per candidate, best
 * first — configuration, micro-batch × accumulation steps, peak, headroom, extra compute,
 * throughput, frozen layers.
 */
class FitCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, ConfigurationColumn, BatchColumn, PeakColumn, HeadroomColumn,
                  ExtraComputeColumn, ThroughputColumn, FrozenColumn, ColumnCount };

    explicit FitCandidatesModel(QObject *parent = nullptr);

    void setRecommendation(DeviceRecommendation recommendation);
    const DeviceRecommendation &recommendation() const { return m_recommendation; }
    const FitCandidate &candidateAt(int row) const { return m_recommendation.ranked.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    DeviceRecommendation m_recommendation;
};

} // namespace memplanner
