#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace memplanner {

class PlanScheduler;

/**
 * The plan at a glance: device peak and its breakdown, the phase and layer of the peak, compute,
 * and per target device whether it fits, the headroom, the largest batch and the step time;
 * the engine's warnings, or why the graph cannot be planned.
 */
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPanel(PlanScheduler *scheduler, QWidget *parent = nullptr);

    QString peakText() const;
    QTableWidget *devicesTable() const { return m_devices; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPlan();

    PlanScheduler *m_scheduler;
    QLabel *m_headline;
    QLabel *m_peakDetail;
    QTableWidget *m_breakdown;
    QLabel *m_compute;
    QTableWidget *m_devices;
    QListWidget *m_warnings;
    QLabel *m_devicesTitle;
    QLabel *m_warningsTitle;
};

} // namespace memplanner
