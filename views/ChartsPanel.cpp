#include "ChartsPanel.h"

#include "BatchSweep.h"
#include "BatchSweepModel.h"
#include "BreakdownSeriesModel.h"
#include "ByteFormat.h"
#include "ChartBuilders.h"
#include "ComparisonModel.h"
#include "CheckpointSweep.h"
#include "Document.h"
#include "EditCommands.h"
#include "FitCandidatesModel.h"
#include "FitSolver.h"
#include "FrontierModel.h"
#include "ModelError.h"
#include "PlanScheduler.h"
#include "PlanSerializer.h"
#include "ProjectFile.h"
#include "Planner.h"
#include "ThroughputModel.h"
#include "TimelineModel.h"
#include "TopLayersModel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLegend>
#include <QLegendMarker>
#include <QLogValueAxis>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QUndoStack>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace memplanner {

namespace {

using ChartBuilders::AxisUnit;
using ChartBuilders::attach;

AxisUnit unitFor(std::int64_t maxBytes)
{
    const bool binary = ByteFormat::units() == ByteFormat::Units::Binary;
    return ChartBuilders::unitFor(maxBytes, binary ? 1024.0 : 1000.0,
                                  binary ? ChartBuilders::UnitNames{ChartsPanel::tr("KiB"),
                                                                    ChartsPanel::tr("MiB"),
                                                                    ChartsPanel::tr("GiB")}
                                         : ChartBuilders::UnitNames{ChartsPanel::tr("kB"),
                                                                    ChartsPanel::tr("MB"),
                                                                    ChartsPanel::tr("GB")});
}

QValueAxis *memoryAxis(QChart *chart, const AxisUnit &unit, double max)
{
    return ChartBuilders::memoryAxis(chart, ChartsPanel::tr("Memory (%1)").arg(unit.name), max);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(QString());
}

/** A device's capacity, dashed in the theme's text colour (black is lost on a dark theme). */
QLineSeries *capacityLine(QChart *chart, const QString &name, double y, double x0, double x1)
{
    return ChartBuilders::capacityLine(chart, name, y, x0, x1, chart->legend()->labelColor(), 1.5);
}

void showTip(const QString &text)
{
    QToolTip::showText(QCursor::pos(), text);
}

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

} // namespace

ChartsPanel::ChartsPanel(Document *document, QUndoStack *undoStack, PlanScheduler *scheduler,
                         const Planner &planner, QWidget *parent)
    : QWidget(parent), m_document(document), m_undoStack(undoStack), m_scheduler(scheduler),
      m_planner(planner), m_tabs(new QTabWidget(this)), m_pinButton(new QPushButton(this)),
      m_unpinButton(new QPushButton(this)), m_compareButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this)),
      m_breakdownModel(new BreakdownSeriesModel(this)), m_batchModel(new BatchSweepModel(this)),
      m_frontierModel(new FrontierModel(this)), m_timelineModel(new TimelineModel(this)),
      m_layersModel(new TopLayersModel(this)), m_throughputModel(new ThroughputModel(this)),
      m_fitModel(new FitCandidatesModel(this)), m_comparisonModel(new ComparisonModel(this))
{
    for (int t = 0; t < FitTab; ++t)
        m_views[t] = makeChartView();

    // Breakdown: the chart over the table that compares the configurations.
    auto *breakdown = new QSplitter(Qt::Vertical, m_tabs);
    m_views[BreakdownTab]->setParent(breakdown);
    breakdown->addWidget(m_views[BreakdownTab]);
    m_breakdownTable = makeTable(breakdown, m_breakdownModel);
    breakdown->addWidget(m_breakdownTable);
    m_comparisonTable = makeTable(breakdown, m_comparisonModel);
    m_comparisonTable->setVisible(false);
    breakdown->addWidget(m_comparisonTable);
    // The long comparison table would otherwise squeeze the chart and its legend.
    m_views[BreakdownTab]->setMinimumHeight(360);
    breakdown->setStretchFactor(0, 3);
    breakdown->setStretchFactor(1, 1);
    breakdown->setStretchFactor(2, 1);
    m_tabs->addTab(breakdown, QString());
    m_tabs->addTab(m_views[BatchTab], QString());

    auto *frontier = new QWidget(m_tabs);
    auto *frontierLayout = new QVBoxLayout(frontier);
    m_frontierHint = new QLabel(frontier);
    m_frontierHint->setWordWrap(true);
    frontierLayout->addWidget(m_frontierHint);
    frontierLayout->addWidget(m_views[FrontierTab], 1);
    m_tabs->addTab(frontier, QString());
    m_tabs->addTab(m_views[TimelineTab], QString());
    m_tabs->addTab(m_views[LayersTab], QString());

    auto *throughput = new QSplitter(Qt::Vertical, m_tabs);
    auto *datasetRow = new QWidget(throughput);
    auto *datasetLayout = new QHBoxLayout(datasetRow);
    datasetLayout->setContentsMargins(0, 0, 0, 0);
    m_datasetLabel = new QLabel(datasetRow);
    m_datasetSize = new QSpinBox(datasetRow);
    m_datasetSize->setRange(1, 2000000000);
    m_datasetSize->setValue(50000);
    m_datasetSize->setGroupSeparatorShown(true);
    m_datasetLabel->setBuddy(m_datasetSize);
    datasetLayout->addWidget(m_datasetLabel);
    datasetLayout->addWidget(m_datasetSize);
    datasetLayout->addStretch(1);
    throughput->addWidget(datasetRow);
    m_views[ThroughputTab]->setParent(throughput);
    throughput->addWidget(m_views[ThroughputTab]);
    m_throughputTable = makeTable(throughput, m_throughputModel);
    throughput->addWidget(m_throughputTable);
    throughput->setStretchFactor(1, 3);
    throughput->setStretchFactor(2, 1);
    m_tabs->addTab(throughput, QString());

    // The assistant.
    auto *fit = new QWidget(m_tabs);
    auto *fitLayout = new QVBoxLayout(fit);
    auto *fitRow = new QHBoxLayout;
    m_fitDeviceLabel = new QLabel(fit);
    m_fitDevice = new QComboBox(fit);
    m_fitDevice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fitDeviceLabel->setBuddy(m_fitDevice);
    m_fitFreeze = new QCheckBox(fit);
    m_fitApply = new QPushButton(fit);
    fitRow->addWidget(m_fitDeviceLabel);
    fitRow->addWidget(m_fitDevice);
    fitRow->addWidget(m_fitFreeze);
    fitRow->addStretch(1);
    fitRow->addWidget(m_fitApply);
    fitLayout->addLayout(fitRow);
    m_fitSummary = new QLabel(fit);
    m_fitSummary->setWordWrap(true);
    fitLayout->addWidget(m_fitSummary);
    m_fitTable = makeTable(fit, m_fitModel);
    m_fitTable->horizontalHeader()->setSectionResizeMode(FitCandidatesModel::ConfigurationColumn,
                                                         QHeaderView::Stretch);
    fitLayout->addWidget(m_fitTable, 1);
    m_tabs->addTab(fit, QString());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pinButton);
    buttons->addWidget(m_unpinButton);
    buttons->addWidget(m_compareButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    m_unpinButton->setEnabled(false);

    connect(m_scheduler, &PlanScheduler::planUpdated, this, &ChartsPanel::planChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsPanel::refreshTab);
    connect(m_pinButton, &QPushButton::clicked, this, &ChartsPanel::pinCurrentPlan);
    connect(m_unpinButton, &QPushButton::clicked, this, &ChartsPanel::unpin);
    connect(m_compareButton, &QPushButton::clicked, this, &ChartsPanel::chooseModelToCompare);
    connect(m_exportButton, &QPushButton::clicked, this, &ChartsPanel::exportVisibleChart);
    connect(m_datasetSize, &QSpinBox::valueChanged, this, &ChartsPanel::refreshThroughput);
    connect(m_fitDevice, &QComboBox::currentIndexChanged, this, &ChartsPanel::refreshFit);
    connect(m_fitFreeze, &QCheckBox::toggled, this, &ChartsPanel::refreshFit);
    connect(m_fitApply, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_fitTable->selectionModel()->selectedRows();
        applyFitCandidate(rows.isEmpty() ? 0 : rows.first().row());
    });
    connect(m_fitTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { applyFitCandidate(index.row()); });
    connect(m_fitModel, &QAbstractItemModel::modelReset, this, [this] {
        m_fitApply->setEnabled(m_fitModel->recommendation().anyFits());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int tab) { m_exportButton->setEnabled(tab != FitTab); });

    retranslateUi();
    applyTheme();
    planChanged();
}

ChartsPanel::~ChartsPanel() = default;

QChartView *ChartsPanel::makeChartView()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // animated charts export empty
    // On the right, one entry a line: at the bottom the entries share one row and long
    // names ("amp-bf16 · adam · √n", "Optimizer state") were cut short. Tooltips give the
    // full name where the right side is still too narrow.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

QChart *ChartsPanel::chart(Tab tab) const
{
    return tab < FitTab ? m_views[tab]->chart() : nullptr;
}

void ChartsPanel::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int t = 0; t < FitTab; ++t) {
        QChart *c = m_views[t]->chart();
        c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        c->setBackgroundBrush(palette().brush(QPalette::Base));
        c->setAnimationOptions(QChart::NoAnimation);
    }
}

void ChartsPanel::showError(QChart *chart, const QString &message)
{
    clearChart(chart);
    chart->setTitle(message);
}

void ChartsPanel::planChanged()
{
    std::fill(std::begin(m_dirty), std::end(m_dirty), true);
    m_comparedStale = !m_pinnedName.isEmpty();
    fillFitDevices();
    refreshTab(m_tabs->currentIndex());
}

void ChartsPanel::refreshAll()
{
    for (int t = 0; t < TabCount; ++t) {
        m_dirty[t] = true;
        refreshTab(t);
    }
}

void ChartsPanel::refreshTab(int tab)
{
    if (tab < 0 || tab >= TabCount || !m_dirty[tab])
        return;
    m_dirty[tab] = false;
    switch (tab) {
    case BreakdownTab:
        refreshBreakdown();
        break;
    case BatchTab:
        refreshBatchSweep();
        break;
    case FrontierTab:
        refreshFrontier();
        break;
    case TimelineTab:
        refreshTimeline();
        break;
    case LayersTab:
        refreshLayers();
        break;
    case ThroughputTab:
        refreshThroughput();
        break;
    case FitTab:
        refreshFit();
        break;
    default:
        break;
    }
}

void ChartsPanel::refreshBreakdown()
{
    QChart *chart = m_views[BreakdownTab]->chart();
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    QList<BreakdownSeriesModel::Entry> entries;
    QList<CapacityLine> devices;
    if (plan) {
        entries << BreakdownSeriesModel::Entry{tr("Current plan"), plan->memory};
        for (const DeviceFit &fit : plan->devices)
            devices << CapacityLine{fit.id, fit.name, fit.capacity};
    }
    replanCompared();
    const QString pinnedLabel = this->pinnedLabel();
    if (m_pinned)
        entries << BreakdownSeriesModel::Entry{pinnedLabel, m_pinned->memory};
    m_breakdownModel->setEntries(entries, devices);
    m_comparisonModel->setEntries(m_pinned ? QList<ComparisonModel::Entry>{{tr("Current plan"), plan},
                                                                           {pinnedLabel, m_pinned}}
                                           : QList<ComparisonModel::Entry>{});
    // The side-by-side table holds the breakdown table's numbers and more.
    m_comparisonTable->setVisible(m_pinned != nullptr);
    m_breakdownTable->setVisible(m_pinned == nullptr);
    clearChart(chart);
    if (entries.isEmpty()) {
        showError(chart, m_scheduler->error());
        return;
    }
    std::int64_t max = 0;
    for (int row = 0; row < m_breakdownModel->rowCount(); ++row)
        max = std::max(max, m_breakdownModel->bytes(row, BreakdownSeriesModel::kPeakColumn));
    for (const CapacityLine &line : std::as_const(devices))
        max = std::max(max, line.capacity);
    const AxisUnit unit = unitFor(max);
    auto *bars = new QStackedBarSeries(chart);
    for (int part = 0; part < BreakdownSeriesModel::partCount(); ++part) {
        auto *set = new QBarSet(m_breakdownModel->headerData(part, Qt::Horizontal).toString(), bars);
        for (int row = 0; row < m_breakdownModel->rowCount(); ++row)
            set->append(static_cast<double>(m_breakdownModel->bytes(row, part)) / unit.divisor);
        connect(set, &QBarSet::hovered, this, [this, part](bool on, int row) {
            if (!on || row >= m_breakdownModel->rowCount())
                return;
            showTip(tr("%1 — %2: %3 of %4")
                            .arg(m_breakdownModel->entries().at(row).label,
                                 m_breakdownModel->headerData(part, Qt::Horizontal).toString(),
                                 ByteFormat::bytes(m_breakdownModel->bytes(row, part)),
                                 ByteFormat::bytes(m_breakdownModel->bytes(row, BreakdownSeriesModel::kPeakColumn))));
        });
        bars->append(set);
    }
    QStringList categories;
    for (const BreakdownSeriesModel::Entry &e : std::as_const(entries))
        categories << e.label;
    QValueAxis *y = memoryAxis(chart, unit, static_cast<double>(max) / unit.divisor);
    // Capacity lines on a hidden axis spanning the bars.
    QValueAxis *span = ChartBuilders::addBarAxes(chart, bars, categories, y);
    for (const CapacityLine &line : std::as_const(devices)) {
        QLineSeries *series = capacityLine(chart, tr("%1 (%2)").arg(line.name, ByteFormat::bytes(line.capacity)),
                                           static_cast<double>(line.capacity) / unit.divisor,
                                           span->min(), span->max());
        attach(chart, series, span, y);
    }
    chart->setTitle(tr("Device peak, by part, at the peak moment"));
}

void ChartsPanel::refreshBatchSweep()
{
    QChart *chart = m_views[BatchTab]->chart();
    clearChart(chart);
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    if (!plan) {
        m_batchModel->setResult({});
        showError(chart, m_scheduler->error());
        return;
    }
    BatchSweepResult result;
    try {
        const std::vector<std::int64_t> batches = BatchSweep::defaultBatches(plan->config.batch);
        result = BatchSweep::sweep(m_planner, m_document->graph(), BatchSweep::variants(plan->config),
                                   batches, plan->config.devices);
        replanCompared();
        if (m_pinned) {
            BatchSweepResult pinned = BatchSweep::sweep(m_planner, m_pinnedGraph, {m_pinned->config},
                                                        batches, plan->config.devices);
            for (SweepSeries &s : pinned.series) {
                s.label = m_pinnedName.isEmpty() ? tr("Pinned: %1").arg(s.label)
                                                 : tr("Compared: %1").arg(m_pinnedName);
                result.series << s;
            }
        }
    } catch (const ModelError &e) {
        m_batchModel->setResult({});
        showError(chart, e.message());
        return;
    }
    m_batchModel->setResult(result);
    const double lastBatch = static_cast<double>(result.batches.back());
    const std::int64_t max = ChartBuilders::sweepMax(result);
    const AxisUnit unit = unitFor(max);
    QLogValueAxis *x = ChartBuilders::batchAxis(chart, tr("Batch size"), lastBatch);
    QValueAxis *y = memoryAxis(chart, unit, static_cast<double>(max) / unit.divisor);
    ChartBuilders::addAxes(chart, x, y);
    const QList<QLineSeries *> lines =
            ChartBuilders::addSweepLines(chart, result, unit.divisor, x, y);
    for (int i = 0; i < lines.size(); ++i) {
        QLineSeries *line = lines.at(i);
        if (m_pinned && i == lines.size() - 1) {
            // The theme has five colours: the pinned or compared plan also differs in its stroke.
            QPen pen = line->pen();
            pen.setStyle(Qt::DashDotLine);
            pen.setWidthF(pen.widthF() + 1.0);
            line->setPen(pen);
        }
        connect(line, &QLineSeries::hovered, this, [this, i](const QPointF &point, bool on) {
            if (!on)
                return;
            const BatchSweepResult &r = m_batchModel->result();
            std::size_t best = 0;
            for (std::size_t p = 0; p < r.batches.size(); ++p)
                if (std::abs(std::log2(double(r.batches[p])) - std::log2(std::max(point.x(), 1.0)))
                    < std::abs(std::log2(double(r.batches[best])) - std::log2(std::max(point.x(), 1.0))))
                    best = p;
            const SweepSeries &series = r.series.at(i);
            if (best >= series.points.size())
                return;
            showTip(tr("%1\nbatch %2: %3")
                            .arg(series.label, QLocale().toString(static_cast<qlonglong>(r.batches[best])),
                                 ByteFormat::bytes(series.points[best].devicePeak)));
        });
    }
    for (int d = 0; d < result.devices.size(); ++d) {
        const CapacityLine &device = result.devices.at(d);
        const double capacity = static_cast<double>(device.capacity) / unit.divisor;
        attach(chart, capacityLine(chart, tr("%1 (%2)").arg(device.name, ByteFormat::bytes(device.capacity)),
                                   capacity, 1.0, lastBatch),
               x, y);
        // The largest batch of each configuration on this device, where the sweep shows it.
        auto *markers = new QScatterSeries(chart);
        markers->setName(tr("Largest batch on %1").arg(device.name));
        markers->setMarkerSize(9.0);
        QStringList tips;
        for (const SweepSeries &s : std::as_const(result.series)) {
            const std::optional<std::int64_t> mb = s.maxBatch.at(static_cast<std::size_t>(d));
            if (mb && *mb >= 1 && static_cast<double>(*mb) <= lastBatch) {
                markers->append(static_cast<double>(*mb), capacity);
                tips << tr("%1: largest batch %2 on %3")
                                .arg(s.label, QLocale().toString(static_cast<qlonglong>(*mb)), device.name);
            }
        }
        attach(chart, markers, x, y);
        connect(markers, &QScatterSeries::hovered, this, [tips, markers](const QPointF &point, bool on) {
            if (!on)
                return;
            const QList<QPointF> points = markers->points();
            for (int p = 0; p < points.size(); ++p)
                if (points.at(p) == point && p < tips.size())
                    showTip(tips.at(p));
        });
    }
    chart->setTitle(tr("Device peak against batch size"));
}

void ChartsPanel::refreshFrontier()
{
    QChart *chart = m_views[FrontierTab]->chart();
    clearChart(chart);
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    if (!plan) {
        m_frontierModel->setOptions({});
        showError(chart, m_scheduler->error());
        return;
    }
    try {
        m_frontierModel->setOptions(CheckpointSweep::options(m_planner, m_document->graph(), plan->config));
    } catch (const ModelError &e) {
        m_frontierModel->setOptions({});
        showError(chart, e.message());
        return;
    }
    const QList<CheckpointOption> &options = m_frontierModel->options();
    std::int64_t max = 0;
    double maxX = 1.0;
    for (int row = 0; row < options.size(); ++row) {
        max = std::max(max, options.at(row).memory.devicePeak);
        maxX = std::max(maxX, m_frontierModel->extraComputePercent(row));
    }
    for (const DeviceFit &fit : plan->devices)
        max = std::max(max, fit.capacity);
    const AxisUnit unit = unitFor(max);
    QValueAxis *x = ChartBuilders::extraComputeAxis(
            chart, tr("Extra compute (% of forward and backward)"), maxX);
    QValueAxis *y = memoryAxis(chart, unit, static_cast<double>(max) / unit.divisor);
    ChartBuilders::addAxes(chart, x, y);
    const QList<CheckpointOption::Strategy> strategies = ChartBuilders::frontierStrategies();
    for (CheckpointOption::Strategy strategy : strategies) {
        QList<int> rows;
        QList<QPointF> xy;
        for (int row = 0; row < options.size(); ++row) {
            if (options.at(row).strategy != strategy)
                continue;
            rows << row;
            xy << QPointF(m_frontierModel->extraComputePercent(row),
                          static_cast<double>(options.at(row).memory.devicePeak) / unit.divisor);
        }
        const double markerSize = strategy == CheckpointOption::Strategy::Optimal ? 8.0 : 11.0;
        const double frontierStart =
                options.isEmpty()
                        ? 0.0
                        : static_cast<double>(options.first().memory.devicePeak) / unit.divisor;
        QScatterSeries *points = ChartBuilders::addStrategyPoints(
                chart, strategy, xy, markerSize, tr("Frontier"), frontierStart, x, y);
        if (!points)
            continue;
        const auto rowAt = [points, rows](const QPointF &point) {
            const QList<QPointF> ps = points->points();
            int best = -1;
            double bestDistance = 0.0;
            for (int i = 0; i < ps.size(); ++i) {
                const double d = std::hypot(ps.at(i).x() - point.x(), ps.at(i).y() - point.y());
                if (best < 0 || d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
            return best < 0 ? -1 : rows.at(best);
        };
        connect(points, &QScatterSeries::hovered, this, [this, rowAt](const QPointF &point, bool on) {
            const int row = rowAt(point);
            if (!on || row < 0)
                return;
            const CheckpointOption &o = m_frontierModel->options().at(row);
            showTip(tr("%1, %n segment(s)\npeak %2, extra compute %3 (%4)\nClick to apply.", nullptr, o.segments)
                            .arg(FrontierModel::strategyName(o.strategy), ByteFormat::bytes(o.memory.devicePeak),
                                 m_frontierModel->data(m_frontierModel->index(row, FrontierModel::ExtraComputeColumn)).toString(),
                                 ByteFormat::flops(o.recomputeFlops)));
        });
        connect(points, &QScatterSeries::clicked, this, [this, rowAt](const QPointF &point) {
            applyFrontierOption(rowAt(point));
        });
    }
    for (const DeviceFit &fit : plan->devices)
        attach(chart, capacityLine(chart, tr("%1 (%2)").arg(fit.name, ByteFormat::bytes(fit.capacity)),
                                   static_cast<double>(fit.capacity) / unit.divisor, 0.0, x->max()),
               x, y);
    chart->setTitle(tr("Device peak against the extra compute of checkpointing (batch %1)")
                            .arg(QLocale().toString(static_cast<qlonglong>(plan->config.batch))));
}

void ChartsPanel::refreshTimeline()
{
    QChart *chart = m_views[TimelineTab]->chart();
    clearChart(chart);
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    m_timelineModel->setPlan(plan);
    if (!plan || m_timelineModel->rowCount() == 0) {
        showError(chart, m_scheduler->error());
        return;
    }
    const int rows = m_timelineModel->rowCount();
    std::int64_t max = 0;
    for (int row = 0; row < rows; ++row)
        max = std::max(max, m_timelineModel->total(row));
    const AxisUnit unit = unitFor(max);
    auto *x = new QValueAxis(chart);
    x->setTitleText(tr("Moment of the step (forward, backward, optimizer step)"));
    x->setRange(0.0, std::max(1.0, static_cast<double>(rows - 1)));
    x->setLabelFormat(QStringLiteral("%d"));
    QValueAxis *y = memoryAxis(chart, unit, static_cast<double>(max) / unit.divisor);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    std::vector<double> below(static_cast<std::size_t>(rows), 0.0);
    const auto tip = [this](const QPointF &point, bool on) {
        const int row = static_cast<int>(std::lround(point.x()));
        if (!on || row < 0 || row >= m_timelineModel->rowCount())
            return;
        const QString layer = m_timelineModel->layer(row);
        QStringList lines = {tr("%1 at %2").arg(m_timelineModel->data(m_timelineModel->index(row, TimelineModel::PhaseColumn)).toString(),
                                                layer.isEmpty() ? tr("the step's start or the optimizer") : layer),
                             tr("Tensors: %1").arg(ByteFormat::bytes(m_timelineModel->total(row)))};
        for (int c = 0; c < kCategoryCount; ++c)
            if (const std::int64_t b = m_timelineModel->bytes(row, static_cast<Category>(c)); b > 0)
                lines << tr("%1: %2").arg(PlanSerializer::categoryLabel(static_cast<Category>(c)), ByteFormat::bytes(b));
        showTip(lines.join(QLatin1Char('\n')));
    };
    for (int c = 0; c < kCategoryCount; ++c) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        bool any = false;
        for (int row = 0; row < rows; ++row) {
            const double b = static_cast<double>(m_timelineModel->bytes(row, static_cast<Category>(c))) / unit.divisor;
            lower->append(row, below[static_cast<std::size_t>(row)]);
            below[static_cast<std::size_t>(row)] += b;
            upper->append(row, below[static_cast<std::size_t>(row)]);
            any = any || b > 0.0;
        }
        if (!any) {
            delete lower;
            delete upper;
            continue;
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(PlanSerializer::categoryLabel(static_cast<Category>(c)));
        attach(chart, area, x, y);
        connect(area, &QAreaSeries::hovered, this, tip);
    }
    // Phase boundaries: a dotted line where backward and the optimizer step begin.
    bool seen[3] = {};
    for (int row = 0; row < rows; ++row) {
        const int phase = static_cast<int>(m_timelineModel->phase(row));
        if (phase < 0 || phase > 2 || seen[phase])
            continue;
        seen[phase] = true;
        if (row == 0)
            continue;
        auto *boundary = new QLineSeries(chart);
        boundary->setName(tr("Start of %1").arg(PlanSerializer::phaseLabel(m_timelineModel->phase(row))));
        boundary->append(row - 0.5, 0.0);
        boundary->append(row - 0.5, y->max());
        QPen pen(chart->legend()->labelColor());
        pen.setStyle(Qt::DotLine);
        pen.setWidthF(1.5);
        boundary->setPen(pen);
        attach(chart, boundary, x, y);
    }
    const int peak = m_timelineModel->peakRow();
    auto *marker = new QScatterSeries(chart);
    marker->setName(tr("Peak %1").arg(ByteFormat::bytes(m_timelineModel->total(peak))));
    marker->setMarkerSize(12.0);
    marker->append(peak, static_cast<double>(m_timelineModel->total(peak)) / unit.divisor);
    attach(chart, marker, x, y);
    connect(marker, &QScatterSeries::hovered, this, tip);
    chart->setTitle(tr("Live tensors during one step at batch %1 (peak at %2)")
                            .arg(QLocale().toString(static_cast<qlonglong>(plan->config.batch)),
                                 m_timelineModel->layer(peak).isEmpty() ? tr("the optimizer step")
                                                                        : m_timelineModel->layer(peak)));
}

void ChartsPanel::refreshLayers()
{
    QChart *chart = m_views[LayersTab]->chart();
    clearChart(chart);
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    m_layersModel->setPlan(m_document->graph(), plan.get());
    if (!plan) {
        showError(chart, m_scheduler->error());
        return;
    }
    const int rows = m_layersModel->rowCount();
    if (rows == 0) {
        chart->setTitle(tr("No layer saves anything for backward."));
        return;
    }
    const AxisUnit unit = unitFor(m_layersModel->rowAt(0).savedBytes);
    auto *bars = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(tr("Saved for backward"), bars);
    auto *categories = new QBarCategoryAxis(chart);
    // Largest at the top: the axis runs bottom-up.
    for (int row = rows - 1; row >= 0; --row) {
        set->append(static_cast<double>(m_layersModel->rowAt(row).savedBytes) / unit.divisor);
        categories->append(m_layersModel->nameAt(row));
    }
    bars->append(set);
    chart->addSeries(bars);
    auto *x = memoryAxis(chart, unit, static_cast<double>(m_layersModel->rowAt(0).savedBytes) / unit.divisor);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(categories);
    connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
        const int row = rows - 1 - index;
        if (!on || row < 0 || row >= m_layersModel->rowCount())
            return;
        const LayerRow &r = m_layersModel->rowAt(row);
        showTip(tr("%1 (%2): %3 saved, %4 of the tensor peak\nClick to select it in the graph.")
                        .arg(r.name, r.op, ByteFormat::bytes(r.savedBytes),
                             m_layersModel->data(m_layersModel->index(row, TopLayersModel::ShareColumn)).toString()));
    });
    connect(set, &QBarSet::clicked, this, [this, rows](int index) {
        const int row = rows - 1 - index;
        if (row >= 0 && row < m_layersModel->rowCount())
            emit layerSelected(m_layersModel->nameAt(row));
    });
    chart->legend()->hide();
    chart->setTitle(tr("The %n layer(s) that save the most for backward", nullptr, rows));
}

void ChartsPanel::refreshThroughput()
{
    QChart *chart = m_views[ThroughputTab]->chart();
    clearChart(chart);
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    QList<DeviceThroughput> throughputRows = plan ? Throughput::perDevice(*plan, m_datasetSize->value())
                                                  : QList<DeviceThroughput>{};
    replanCompared();
    if (plan && m_pinned) {
        // The pinned or compared plan on the same devices, after the current plan's rows.
        for (DeviceThroughput r : Throughput::perDevice(*m_pinned, m_datasetSize->value())) {
            r.name = tr("%1 — %2").arg(pinnedLabel(), r.name);
            throughputRows << r;
        }
    }
    m_throughputModel->setRows(throughputRows);
    if (!plan) {
        showError(chart, m_scheduler->error());
        return;
    }
    const QList<DeviceThroughput> &rows = m_throughputModel->rows();
    if (rows.isEmpty()) {
        chart->setTitle(tr("Choose target devices in Configuration to see their step time."));
        return;
    }
    auto *bars = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(tr("Samples per second"), bars);
    auto *categories = new QBarCategoryAxis(chart);
    double max = 0.0;
    for (int row = rows.size() - 1; row >= 0; --row) {
        set->append(rows.at(row).samplesPerSecond);
        categories->append(rows.at(row).name);
        max = std::max(max, rows.at(row).samplesPerSecond);
    }
    bars->append(set);
    chart->addSeries(bars);
    auto *x = new QValueAxis(chart);
    x->setTitleText(tr("Samples per second"));
    x->setRange(0.0, std::max(max, 1e-9) * 1.08);
    // Plain numbers: "%g" turns 100,000 samples/s into "1e+05".
    x->setLabelFormat(max >= 10.0 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(categories);
    const int count = static_cast<int>(rows.size());
    connect(set, &QBarSet::hovered, this, [this, count](bool on, int index) {
        const int row = count - 1 - index;
        if (!on || row < 0 || row >= m_throughputModel->rowCount())
            return;
        const DeviceThroughput &r = m_throughputModel->rows().at(row);
        showTip(tr("%1\nstep %2, %3 samples/s\nepoch (%4 steps) %5%6")
                        .arg(r.name, ByteFormat::seconds(r.stepSeconds),
                             QLocale().toString(r.samplesPerSecond, 'f', 1),
                             QLocale().toString(static_cast<qlonglong>(r.stepsPerEpoch)),
                             ThroughputModel::duration(r.epochSeconds),
                             r.fits ? QString() : tr("\nThe batch does not fit in its memory.")));
    });
    chart->legend()->hide();
    chart->setTitle(tr("Throughput at batch %1 (roofline estimate)")
                            .arg(QLocale().toString(static_cast<qlonglong>(plan->config.batch))));
}

void ChartsPanel::fillFitDevices()
{
    const QString current = m_fitDevice->currentData().toString();
    QStringList ids = m_document->config().devices;
    for (const Device &d : m_planner.deviceCatalogue().devices())
        if (!ids.contains(d.id))
            ids << d.id;
    QStringList existing;
    for (int i = 0; i < m_fitDevice->count(); ++i)
        existing << m_fitDevice->itemData(i).toString();
    if (existing == ids)
        return;
    const QSignalBlocker blocker(m_fitDevice);
    m_fitDevice->clear();
    for (const QString &id : std::as_const(ids))
        if (const Device *d = m_planner.deviceCatalogue().find(id))
            m_fitDevice->addItem(d->name, d->id);
    const int index = m_fitDevice->findData(current);
    m_fitDevice->setCurrentIndex(index >= 0 ? index : 0);
}

void ChartsPanel::refreshFit()
{
    const QString id = m_fitDevice->currentData().toString();
    if (id.isEmpty() || !m_scheduler->plan()) {
        m_fitModel->setRecommendation({});
        m_fitSummary->setText(m_scheduler->plan() ? QString() : m_scheduler->error());
        return;
    }
    FitOptions options;
    options.tryFreezing = m_fitFreeze->isChecked();
    QList<DeviceRecommendation> recs;
    try {
        recs = FitSolver::solve(m_planner, m_document->graph(), m_document->config(), {id}, options);
    } catch (const ModelError &e) {
        m_fitModel->setRecommendation({});
        m_fitSummary->setText(e.message());
        return;
    }
    const DeviceRecommendation &rec = recs.first();
    m_fitModel->setRecommendation(rec);
    int fitting = 0;
    for (const FitCandidate &c : rec.ranked)
        fitting += c.fits() ? 1 : 0;
    if (!rec.anyFits()) {
        m_fitSummary->setText(rec.ranked.isEmpty()
                                      ? QString()
                                      : tr("Nothing fits on %1 (%2 usable), not even batch 1. The closest is %3, which misses by %4.")
                                                .arg(rec.deviceName, ByteFormat::bytes(rec.capacity),
                                                     BatchSweep::label(rec.ranked.first().config),
                                                     ByteFormat::bytes(rec.closestMissBytes)));
    } else {
        m_fitSummary->setText(tr("%1 of %2 configurations fit on %3 (%4 usable), ranked by estimated throughput at an effective batch of %5. Double-click one, or select it and press Apply.")
                                      .arg(fitting)
                                      .arg(rec.ranked.size())
                                      .arg(rec.deviceName, ByteFormat::bytes(rec.capacity),
                                           QLocale().toString(static_cast<qlonglong>(m_document->config().batch))));
        m_fitTable->selectRow(0);
    }
}

void ChartsPanel::applyFitCandidate(int row)
{
    if (row < 0 || row >= m_fitModel->rowCount())
        return;
    const FitCandidate &c = m_fitModel->candidateAt(row);
    if (!c.fits())
        return;
    const PlanConfig config = FitSolver::appliedConfig(m_document->config(), c);
    const QString text = c.accumulation > 1
                                 ? tr("Apply %1, micro-batch %2 × %3 steps")
                                           .arg(BatchSweep::label(c.config), QLocale().toString(static_cast<qlonglong>(c.microBatch)),
                                                QLocale().toString(static_cast<qlonglong>(c.accumulation)))
                                 : tr("Apply %1").arg(BatchSweep::label(c.config));
    if (c.frozenNodes.isEmpty()) {
        m_undoStack->push(new SetConfigCommand(m_document, config, text));
        return;
    }
    QList<QPair<QString, Node>> changes;
    for (const QString &name : c.frozenNodes) {
        const int index = m_document->graph().nodeIndex(name);
        if (index < 0)
            continue;
        Node node = m_document->graph().nodes.at(index);
        node.trainable = false;
        changes.append({name, node});
    }
    m_undoStack->beginMacro(tr("%1, freezing %n layer(s)", nullptr, static_cast<int>(changes.size())).arg(text));
    m_undoStack->push(new ChangeNodesCommand(m_document, changes, tr("Freeze layers")));
    m_undoStack->push(new SetConfigCommand(m_document, config, text));
    m_undoStack->endMacro();
}

void ChartsPanel::applyFrontierOption(int row)
{
    if (row < 0 || row >= m_frontierModel->rowCount())
        return;
    const CheckpointOption &o = m_frontierModel->options().at(row);
    PlanConfig config = m_document->config();
    config.checkpoint = o.spec;
    m_undoStack->push(new SetConfigCommand(
            m_document, config,
            tr("Checkpointing: %1, %n segment(s)", nullptr, o.segments).arg(FrontierModel::strategyName(o.strategy))));
}

void ChartsPanel::pinCurrentPlan()
{
    m_pinned = m_scheduler->plan();
    m_pinnedGraph = m_document->graph();
    m_pinnedName.clear();
    m_comparedStale = false;
    m_unpinButton->setEnabled(m_pinned != nullptr);
    m_dirty[BreakdownTab] = m_dirty[BatchTab] = m_dirty[ThroughputTab] = true;
    refreshTab(m_tabs->currentIndex());
}

void ChartsPanel::unpin()
{
    m_pinned.reset();
    m_pinnedGraph = Graph{};
    m_pinnedName.clear();
    m_comparedStale = false;
    m_unpinButton->setEnabled(false);
    m_dirty[BreakdownTab] = m_dirty[BatchTab] = m_dirty[ThroughputTab] = true;
    refreshTab(m_tabs->currentIndex());
}

bool ChartsPanel::compareWithModel(const QString &pathOrBuiltin, QString *error)
{
    const std::shared_ptr<const Plan> current = m_scheduler->plan();
    const PlanConfig config = current ? current->config : m_document->config();
    try {
        Project project = ProjectFile::load(pathOrBuiltin);
        auto plan = std::make_shared<const Plan>(m_planner.plan(project.graph, config));
        m_pinnedName = !plan->modelName.isEmpty() ? plan->modelName
                       : pathOrBuiltin.startsWith(QLatin1String("builtin:"))
                               ? pathOrBuiltin.mid(8)
                               : QFileInfo(pathOrBuiltin).completeBaseName();
        m_pinnedGraph = std::move(project.graph);
        m_pinned = std::move(plan);
    } catch (const ModelError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    m_comparedStale = false;
    m_unpinButton->setEnabled(true);
    m_dirty[BreakdownTab] = m_dirty[BatchTab] = m_dirty[ThroughputTab] = true;
    refreshTab(m_tabs->currentIndex());
    return true;
}

void ChartsPanel::chooseModelToCompare()
{
    const QString fileName = QFileDialog::getOpenFileName(
            this, tr("Compare with a Model"), QString(),
            tr("Models (*.memplan *.onnx *.json);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!compareWithModel(fileName, &error))
        QMessageBox::warning(this, tr("Compare with a Model"),
                             tr("Could not compare with %1:\n%2").arg(QFileInfo(fileName).fileName(), error));
}

QString ChartsPanel::pinnedLabel() const
{
    if (!m_pinned)
        return QString();
    return m_pinnedName.isEmpty() ? tr("Pinned: %1").arg(BatchSweep::label(m_pinned->config))
                                  : tr("Compared: %1").arg(m_pinnedName);
}

void ChartsPanel::replanCompared()
{
    if (!m_comparedStale || m_pinnedName.isEmpty())
        return;
    m_comparedStale = false;
    const std::shared_ptr<const Plan> current = m_scheduler->plan();
    if (!current)
        return;
    try {
        m_pinned = std::make_shared<const Plan>(m_planner.plan(m_pinnedGraph, current->config));
    } catch (const ModelError &) {
        // The other model cannot take this configuration: keep its last plan.
    }
}

bool ChartsPanel::exportChart(Tab tab, const QString &fileName)
{
    if (tab >= FitTab)
        return false;
    m_dirty[tab] = true;
    refreshTab(tab);
    QChartView *view = m_views[tab];
    QChart *chart = view->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    QSize size = view->size();
    if (size.width() < 400 || size.height() < 300)
        size = QSize(900, 600);
    if (!view->isVisible())
        view->resize(size);
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        QPainter painter;
        if (!painter.begin(&generator))
            return false;
        view->render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), view->size()));
        return painter.end();
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), view->size()));
    painter.end();
    return image.save(fileName, "PNG");
}

void ChartsPanel::exportVisibleChart()
{
    const int tab = m_tabs->currentIndex();
    if (tab < 0 || tab >= FitTab)
        return;
    QString selected;
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Chart"), QString(), tr("SVG image (*.svg);;PNG image (*.png)"), &selected);
    if (fileName.isEmpty())
        return;
    QString name = fileName;
    if (QFileInfo(name).suffix().isEmpty())
        name += selected.contains(QLatin1String("png")) ? QStringLiteral(".png") : QStringLiteral(".svg");
    if (!exportChart(static_cast<Tab>(tab), name))
        QToolTip::showText(m_exportButton->mapToGlobal(QPoint(0, 0)), tr("Could not write %1.").arg(name));
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslateUi()
{
    m_tabs->setTabText(BreakdownTab, tr("Breakdown"));
    m_tabs->setTabText(BatchTab, tr("Batch size"));
    m_tabs->setTabText(FrontierTab, tr("Checkpointing"));
    m_tabs->setTabText(TimelineTab, tr("Timeline"));
    m_tabs->setTabText(LayersTab, tr("Layers"));
    m_tabs->setTabText(ThroughputTab, tr("Throughput"));
    m_tabs->setTabText(FitTab, tr("Make it fit"));
    m_pinButton->setText(tr("Pin plan"));
    m_pinButton->setToolTip(tr("Keep the current plan to compare it with later changes"));
    m_unpinButton->setText(tr("Unpin"));
    m_compareButton->setText(tr("Compare with a model file…"));
    m_compareButton->setToolTip(tr("Plan another model (.memplan, ONNX or Keras JSON) with the current configuration and show it beside the current plan"));
    m_exportButton->setText(tr("Export chart…"));
    m_frontierHint->setText(tr("Each point is a way to checkpoint at the current batch. Click a point to apply it (undoable)."));
    m_datasetLabel->setText(tr("Samples per epoch:"));
    m_fitDeviceLabel->setText(tr("Device:"));
    m_fitFreeze->setText(tr("Consider freezing the first layers"));
    m_fitApply->setText(tr("Apply"));
    m_breakdownModel->retranslate();
    m_batchModel->retranslate();
    m_frontierModel->retranslate();
    m_timelineModel->retranslate();
    m_layersModel->retranslate();
    m_throughputModel->retranslate();
    m_fitModel->retranslate();
    m_comparisonModel->retranslate();
    std::fill(std::begin(m_dirty), std::end(m_dirty), true);
    refreshTab(m_tabs->currentIndex());
}

} // namespace memplanner
