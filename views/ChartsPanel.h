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
class ComparisonModel;
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
 * compare with; "Compare with a model file" plans another model (a .memplan, .onnx, Keras JSON
 * or built-in) with the current configuration, re-planned when the configuration changes.
 * Either joins the breakdown (chart and tables, side by side) and the batch sweep.
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

    ComparisonModel *comparisonModel() const { return m_comparisonModel; }

    bool hasPinnedPlan() const { return m_pinned != nullptr; }
    /** The pinned or compared plan (null: none). */
    std::shared_ptr<const Plan> pinnedPlan() const { return m_pinned; }

    /**
     * Loads @p pathOrBuiltin (ProjectFile::load: .memplan, .onnx, Keras JSON, "builtin:NAME")
     * and compares its plan under the current configuration with the current plan, in place
     * of any pin. Returns false, with a translated message in @p error, when it cannot.
     */
    bool compareWithModel(const QString &pathOrBuiltin, QString *error = nullptr);

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
    /** Asks for a model file and compares with it. */
    void chooseModelToCompare();
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
    /** "Pinned: <configuration>" or "Compared: <model>"; empty without a pin. */
    QString pinnedLabel() const;
    /** Re-plans a compared model with the current configuration when it changed. */
    void replanCompared();

    Document *m_document;
    QUndoStack *m_undoStack;
    PlanScheduler *m_scheduler;
    const Planner &m_planner;

    QTabWidget *m_tabs;
    QPushButton *m_pinButton;
    QPushButton *m_unpinButton;
    QPushButton *m_compareButton;
    QPushButton *m_exportButton;
    QChartView *m_views[TabCount] = {};
    QTableView *m_breakdownTable;
    QTableView *m_comparisonTable;
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
    ComparisonModel *m_comparisonModel;

    bool m_dirty[TabCount] = {};
    std::shared_ptr<const Plan> m_pinned;
    Graph m_pinnedGraph;
    QString m_pinnedName;      ///< the compared model's name; empty for a pinned plan
    bool m_comparedStale = false; ///< the compared model awaits re-planning
};

} // namespace memplanner
