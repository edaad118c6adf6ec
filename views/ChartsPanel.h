#pragma once

#include "Graph.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace memplanner {

class BatchSweepModel;
class BreakdownSeriesModel;
class Document;
class FitCandidatesModel;
class FrontierModel;
class PlanScheduler;
class Planner;
class ThroughputModel;
class TimelineModel;
class TopLayersModel;
struct Plan;

/**
 * Charts of the plan and the "make it fit" assistant, as tabs: memory breakdown per
 * configuration, peak versus batch size, memory versus extra compute of checkpointing (click a
 * point to apply it), the step's memory timeline, the layers that save the most, step time and
 * epoch time per device, and the assistant's ranking for one device (apply a row, undoably).
 *
 * Each chart is drawn from its own item model (views/…Model), whose numbers come from model/.
 * Only the visible tab is recomputed when the plan changes. "Pin" keeps the current plan to
 * compare with: it joins the breakdown (chart and table) and the batch sweep.
 */
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { BreakdownTab, BatchTab, FrontierTab, TimelineTab, LayersTab, ThroughputTab,
               FitTab, TabCount };

    ChartsPanel(Document *document, QUndoStack *undoStack, PlanScheduler *scheduler,
                const Planner &planner, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    QTabWidget *tabs() const { return m_tabs; }
    /** The chart of @p tab (the assistant's tab has none: null). */
    QChart *chart(Tab tab) const;

    BreakdownSeriesModel *breakdownModel() const { return m_breakdownModel; }
    BatchSweepModel *batchSweepModel() const { return m_batchModel; }
    FrontierModel *frontierModel() const { return m_frontierModel; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    TopLayersModel *topLayersModel() const { return m_layersModel; }
    ThroughputModel *throughputModel() const { return m_throughputModel; }
    FitCandidatesModel *fitModel() const { return m_fitModel; }
    QComboBox *fitDeviceBox() const { return m_fitDevice; }

    bool hasPinnedPlan() const { return m_pinned != nullptr; }

    /**
     * Writes @p tab's chart to @p fileName: SVG (vector) when it ends in .svg, otherwise a
     * PNG at twice the on-screen resolution. Returns false when it cannot be written.
     */
    bool exportChart(Tab tab, const QString &fileName);

public slots:
    /** Recomputes every tab now (tests; the panel itself only recomputes the visible one). */
    void refreshAll();
    /** Keeps the current plan to compare with; replaces an earlier pin. */
    void pinCurrentPlan();
    void unpin();
    /** Applies the assistant's candidate at @p row (one undoable step). */
    void applyFitCandidate(int row);
    /** Applies the checkpointing of the frontier's row @p row (one undoable step). */
    void applyFrontierOption(int row);
    /** Asks for a file name and exports the visible chart. */
    void exportVisibleChart();

signals:
    /** The user clicked a layer in the per-layer chart. */
    void layerSelected(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void planChanged();
    void refreshTab(int tab);
    void refreshBreakdown();
    void refreshBatchSweep();
    void refreshFrontier();
    void refreshTimeline();
    void refreshLayers();
    void refreshThroughput();
    void refreshFit();
    void fillFitDevices();
    void applyTheme();
    QChartView *makeChartView();
    void showError(QChart *chart, const QString &message);

    Document *m_document;
    QUndoStack *m_undoStack;
    PlanScheduler *m_scheduler;
    const Planner &m_planner;

    QTabWidget *m_tabs;
    QPushButton *m_pinButton;
    QPushButton *m_unpinButton;
    QPushButton *m_exportButton;
    QChartView *m_views[TabCount] = {};
    QTableView *m_breakdownTable;
    QLabel *m_frontierHint;
    QSpinBox *m_datasetSize;
    QLabel *m_datasetLabel;
    QTableView *m_throughputTable;
    QComboBox *m_fitDevice;
    QCheckBox *m_fitFreeze;
    QLabel *m_fitDeviceLabel;
    QLabel *m_fitSummary;
    QTableView *m_fitTable;
    QPushButton *m_fitApply;

    BreakdownSeriesModel *m_breakdownModel;
    BatchSweepModel *m_batchModel;
    FrontierModel *m_frontierModel;
    TimelineModel *m_timelineModel;
    TopLayersModel *m_layersModel;
    ThroughputModel *m_throughputModel;
    FitCandidatesModel *m_fitModel;

    bool m_dirty[TabCount] = {};
    std::shared_ptr<const Plan> m_pinned;
    Graph m_pinnedGraph;
};

} // namespace memplanner
