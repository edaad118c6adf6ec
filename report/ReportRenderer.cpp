#include "ReportRenderer.h"

#include "BatchSweep.h"
#include "ChartBuilders.h"
#include "CheckpointSweep.h"
#include "FitSolver.h"
#include "FrontierModel.h"
#include "LayerStats.h"
#include "ModelError.h"
#include "PlanSerializer.h"
#include "Planner.h"
#include "ProjectFile.h"
#include "RuntimeProfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPdfWriter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace memplanner {

namespace {

constexpr int kChartObjectType = QTextFormat::UserObject + 1;
constexpr int kChartIndexProperty = QTextFormat::UserProperty + 1;
/// the charts' scene size in logical pixels; scaled to the text width when painted
constexpr double kChartWidth = 980.0;
constexpr double kChartHeight = 560.0;

/** A new chart in the report's light theme (set first: it would recolour our own pens). */
QChart *newChart()
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // animated charts export empty
    return chart;
}

QFont reportFont(double pointSize, bool bold = false)
{
    QFont font;
    // DejaVu Sans for Vietnamese, then Noto Sans CJK SC (not the Japanese glyph forms).
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

/** Paints the document's chart objects as vectors: each QChart in its own scene. */
class ChartObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartObjects(double width, QObject *parent) : QObject(parent), m_width(width) {}

    /** Takes @p chart, @p height logical pixels high, and returns its index for the object's format. */
    int add(QChart *chart, double height)
    {
        chart->setAnimationOptions(QChart::NoAnimation); // animated charts export empty
        chart->setBackgroundRoundness(0.0);
        chart->setTitleFont(reportFont(10.0, true));
        chart->legend()->setFont(reportFont(7.5));
        // A bottom legend is one row and cuts long names; a column on the right keeps them.
        chart->legend()->setAlignment(chart->series().size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(reportFont(8.0));
            axis->setTitleFont(reportFont(8.5));
        }
        auto scene = std::make_unique<QGraphicsScene>();
        scene->addItem(chart);
        chart->setGeometry(QRectF(0.0, 0.0, kChartWidth, height));
        scene->setSceneRect(QRectF(0.0, 0.0, kChartWidth, height));
        m_scenes.push_back(std::move(scene));
        return static_cast<int>(m_scenes.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.property(kChartIndexProperty).toInt();
        if (index < 0 || index >= static_cast<int>(m_scenes.size()))
            return {};
        return {m_width, m_width * m_scenes[static_cast<std::size_t>(index)]->height() / kChartWidth};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const int index = format.property(kChartIndexProperty).toInt();
        if (index < 0 || index >= static_cast<int>(m_scenes.size()))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        m_scenes[static_cast<std::size_t>(index)]->render(painter, rect);
        painter->restore();
    }

private:
    double m_width;
    std::vector<std::unique_ptr<QGraphicsScene>> m_scenes;
};

using ChartBuilders::AxisUnit;
using ChartBuilders::attach;

/** Binary units for a chart axis: the divisor and its name. */
AxisUnit unitFor(std::int64_t maxBytes)
{
    return ChartBuilders::unitFor(maxBytes, 1024.0,
                                  {ReportRenderer::tr("KiB"), ReportRenderer::tr("MiB"),
                                   ReportRenderer::tr("GiB")});
}

QValueAxis *memoryAxis(QChart *chart, const AxisUnit &unit, double max)
{
    return ChartBuilders::memoryAxis(chart, ReportRenderer::tr("Memory (%1)").arg(unit.name), max);
}

/** The dashed capacity line of the @p index-th device, in a colour of its own. */
QLineSeries *capacityLine(QChart *chart, int index, const QString &name, double y, double x0, double x1)
{
    return ChartBuilders::capacityLine(chart, name, y, x0, x1, ChartBuilders::deviceColour(index),
                                       2.0);
}

/** Builds the report's document; the charts go to @p charts. */
class ReportBuilder
{
public:
    ReportBuilder(const Planner &planner, const Project &project, const Plan &plan,
                  const QLocale &locale, QTextDocument *document, ChartObjects *charts)
        : m_planner(planner), m_project(project), m_plan(plan), m_locale(locale),
          m_document(document), m_charts(charts), m_cursor(document)
    {
    }

    void build()
    {
        // One edit block: the layout runs once at the end, not after every cell (2 s → ms).
        m_cursor.beginEditBlock();
        titleAndSummary();
        breakdown();
        sweeps();
        devices();
        recommendations();
        layers();
        assumptions();
        m_cursor.endEditBlock();
    }

private:
    QString bytes(std::int64_t b) const { return PlanSerializer::formatBytes(b, m_locale); }
    QString integer(std::int64_t v) const { return m_locale.toString(static_cast<qlonglong>(v)); }
    QString percent(double share) const
    {
        return ReportRenderer::tr("%1 %").arg(m_locale.toString(share * 100.0, 'f', 1));
    }

    void heading(const QString &text, int level, bool newPage = false)
    {
        QTextBlockFormat block;
        block.setTopMargin(level == 0 ? 0.0 : 14.0);
        block.setBottomMargin(6.0);
        if (newPage)
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat chars;
        chars.setFont(reportFont(level == 0 ? 18.0 : level == 1 ? 13.0 : 11.0, true));
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    void paragraph(const QString &text, double pointSize = 9.5, bool italic = false)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4.0);
        QTextCharFormat chars;
        QFont font = reportFont(pointSize);
        font.setItalic(italic);
        chars.setFont(font);
        newBlock(block, chars);
        m_cursor.insertText(text);
    }

    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_cursor.setCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    /**
     * A table: @p header is repeated at the top of every page it spans (headerRowCount);
     * columns in @p numeric are right-aligned. An empty header gives a key–value table.
     */
    void table(const QStringList &header, const QList<QStringList> &rows,
               const QList<int> &numeric = {}, const QList<double> &widths = {})
    {
        const int columns = static_cast<int>(header.isEmpty() ? rows.first().size() : header.size());
        const int headerRows = header.isEmpty() ? 0 : 1;
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setCellPadding(3.0);
        format.setCellSpacing(0.0);
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100.0));
        format.setTopMargin(4.0);
        format.setBottomMargin(8.0);
        if (!widths.isEmpty()) {
            QList<QTextLength> constraints;
            for (double w : widths)
                constraints << QTextLength(QTextLength::PercentageLength, w);
            format.setColumnWidthConstraints(constraints);
        }
        QTextTable *t = m_cursor.insertTable(static_cast<int>(rows.size()) + headerRows, columns, format);
        const auto fill = [&](int row, const QStringList &cells, bool bold) {
            for (int c = 0; c < columns && c < cells.size(); ++c) {
                QTextTableCell cell = t->cellAt(row, c);
                if (bold || (row - headerRows) % 2 == 1) {
                    QTextTableCellFormat cf = cell.format().toTableCellFormat();
                    cf.setBackground(bold ? QColor(0xe4, 0xea, 0xf2) : QColor(0xf6, 0xf6, 0xf6));
                    cell.setFormat(cf);
                }
                QTextCursor cc = cell.firstCursorPosition();
                QTextBlockFormat bf;
                bf.setAlignment(numeric.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
                cc.setBlockFormat(bf);
                QTextCharFormat chars;
                chars.setFont(reportFont(8.5, bold));
                cc.insertText(cells.at(c), chars);
            }
        };
        if (headerRows)
            fill(0, header, true);
        for (int r = 0; r < rows.size(); ++r)
            fill(r + headerRows, rows.at(r), false);
        m_cursor.movePosition(QTextCursor::End);
    }

    void chart(QChart *c, double height = kChartHeight)
    {
        const int index = m_charts->add(c, height);
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(6.0);
        block.setBottomMargin(6.0);
        newBlock(block, QTextCharFormat());
        QTextCharFormat object;
        object.setObjectType(kChartObjectType);
        object.setProperty(kChartIndexProperty, index);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    QString modeText() const
    {
        return m_plan.config.training ? ReportRenderer::tr("training") : ReportRenderer::tr("inference");
    }

    QString checkpointText() const
    {
        const CheckpointSpec &c = m_plan.config.checkpoint;
        if (!m_plan.config.training || c.mode == CheckpointSpec::Mode::None)
            return ReportRenderer::tr("none");
        return ReportRenderer::tr("%1 (%n segment(s))", nullptr, m_plan.segments).arg(c.toString());
    }

    void titleAndSummary()
    {
        m_document->setMetaInformation(QTextDocument::DocumentTitle,
                                       ReportRenderer::tr("Memory plan: %1").arg(m_plan.modelName));
        heading(ReportRenderer::tr("Memory plan: %1").arg(m_plan.modelName), 0);
        const QString version = QCoreApplication::applicationVersion();
        const QString app = version.isEmpty() ? QStringLiteral("MemPlanner") : QStringLiteral("MemPlanner ") + version;
        paragraph(ReportRenderer::tr("%1 at batch %2. Written by %3 on %4.")
                          .arg(modeText(), integer(m_plan.config.batch), app,
                               m_locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat)),
                  9.5, true);

        heading(ReportRenderer::tr("Model"), 1);
        const std::int64_t frozen = m_plan.parameters - m_plan.trainableParameters;
        QList<QStringList> model = {
                {ReportRenderer::tr("Name"), m_plan.modelName},
                {ReportRenderer::tr("Source"), m_plan.modelSource.isEmpty() ? ReportRenderer::tr("(unsaved)") : m_plan.modelSource},
                {ReportRenderer::tr("Parameters"),
                 frozen > 0 ? ReportRenderer::tr("%1 (%2 trainable)").arg(integer(m_plan.parameters), integer(m_plan.trainableParameters))
                            : integer(m_plan.parameters)},
                {ReportRenderer::tr("Nodes"), integer(m_plan.nodeCount)},
                {ReportRenderer::tr("Forward FLOPs per step"), PlanSerializer::formatFlops(m_plan.compute.forward, m_locale)},
                {ReportRenderer::tr("Backward FLOPs per step"), PlanSerializer::formatFlops(m_plan.compute.backward, m_locale)},
                {ReportRenderer::tr("Recompute FLOPs per step"), PlanSerializer::formatFlops(m_plan.compute.recompute, m_locale)},
        };
        if (!m_plan.fusions.isEmpty())
            model.append({ReportRenderer::tr("Fused on import"), m_plan.fusions.join(QLatin1String("; "))});
        table({}, model, {}, {35.0, 65.0});

        heading(ReportRenderer::tr("Configuration"), 1);
        const PlanConfig &c = m_plan.config;
        QList<QStringList> config = {
                {ReportRenderer::tr("Mode"), modeText()},
                {ReportRenderer::tr("Batch size"), integer(c.batch)},
                {ReportRenderer::tr("Sequence length"), integer(c.seq)},
                {ReportRenderer::tr("Optimizer"), c.training ? c.optimizer : ReportRenderer::tr("none")},
                {ReportRenderer::tr("Precision"), c.precision},
                {ReportRenderer::tr("Gradient checkpointing"), checkpointText()},
                {ReportRenderer::tr("Runtime"), c.effectiveRuntime()},
                {ReportRenderer::tr("Gradients kept between steps"),
                 c.keepGradients ? ReportRenderer::tr("yes") : ReportRenderer::tr("no")},
                {ReportRenderer::tr("Target devices"), deviceNames()},
        };
        table({}, config, {}, {35.0, 65.0});
    }

    QString deviceNames() const
    {
        QStringList names;
        for (const DeviceFit &d : m_plan.devices)
            names << d.name;
        return names.isEmpty() ? ReportRenderer::tr("none") : names.join(QLatin1String(", "));
    }

    void breakdown()
    {
        const MemoryAtPeak &m = m_plan.memory;
        heading(ReportRenderer::tr("Memory at the peak"), 1);
        const QString node = PlanSerializer::peakNodeName(m_plan);
        paragraph(node.isEmpty()
                          ? ReportRenderer::tr("The device peak is %1, reached during %2.")
                                    .arg(bytes(m.devicePeak), PlanSerializer::phaseLabel(m.phase))
                          : ReportRenderer::tr("The device peak is %1, reached during %2 at %3.")
                                    .arg(bytes(m.devicePeak), PlanSerializer::phaseLabel(m.phase), node));
        QList<QStringList> rows;
        const double peak = static_cast<double>(std::max<std::int64_t>(m.devicePeak, 1));
        for (int c = 0; c < kCategoryCount; ++c)
            rows.append({PlanSerializer::categoryLabel(static_cast<Category>(c)), bytes(m.breakdown[c]),
                         percent(static_cast<double>(m.breakdown[c]) / peak)});
        rows.append({ReportRenderer::tr("Tensor peak"), bytes(m.tensorPeak), percent(static_cast<double>(m.tensorPeak) / peak)});
        rows.append({ReportRenderer::tr("Runtime overhead"), bytes(m.runtimeOverhead),
                     percent(static_cast<double>(m.runtimeOverhead) / peak)});
        rows.append({ReportRenderer::tr("Device peak"), bytes(m.devicePeak), percent(1.0)});
        table({ReportRenderer::tr("Part"), ReportRenderer::tr("Memory"), ReportRenderer::tr("Share of the device peak")},
              rows, {1, 2}, {50.0, 25.0, 25.0});
        chart(breakdownChart(), kChartHeight * 0.8);
    }

    QChart *breakdownChart() const
    {
        QChart *c = newChart();
        const MemoryAtPeak &m = m_plan.memory;
        std::int64_t max = m.devicePeak;
        for (const DeviceFit &d : m_plan.devices)
            max = std::max(max, d.capacity);
        const AxisUnit unit = unitFor(max);
        auto *bars = new QStackedBarSeries(c);
        for (int part = 0; part <= kCategoryCount; ++part) {
            const std::int64_t b = part < kCategoryCount ? m.breakdown[part] : m.runtimeOverhead;
            if (b <= 0)
                continue;
            auto *set = new QBarSet(part < kCategoryCount ? PlanSerializer::categoryLabel(static_cast<Category>(part))
                                                          : ReportRenderer::tr("Runtime overhead"),
                                    bars);
            set->append(static_cast<double>(b) / unit.divisor);
            bars->append(set);
        }
        bars->setBarWidth(0.45);
        QValueAxis *y = memoryAxis(c, unit, static_cast<double>(max) / unit.divisor);
        QValueAxis *span =
                ChartBuilders::addBarAxes(c, bars, {BatchSweep::label(m_plan.config)}, y);
        for (int d = 0; d < m_plan.devices.size(); ++d) {
            const DeviceFit &fit = m_plan.devices.at(d);
            attach(c, capacityLine(c, d, ReportRenderer::tr("%1 (%2)").arg(fit.name, bytes(fit.capacity)),
                                   static_cast<double>(fit.capacity) / unit.divisor, span->min(),
                                   span->max()),
                   span, y);
        }
        c->setTitle(ReportRenderer::tr("Device peak, by part, at the peak moment"));
        return c;
    }

    void sweeps()
    {
        heading(ReportRenderer::tr("Batch size and checkpointing"), 1, true);
        paragraph(ReportRenderer::tr("The device peak of this configuration and its variants against the batch size, with the capacity of each target device."));
        chart(batchSweepChart());
        paragraph(ReportRenderer::tr("Each point is a way to checkpoint at batch %1: the device peak against the extra compute it costs.")
                          .arg(integer(m_plan.config.batch)));
        chart(frontierChart());
    }

    static QChart *messageChart(const QString &message)
    {
        QChart *c = newChart();
        c->setTitle(message);
        return c;
    }

    QChart *batchSweepChart() const
    {
        BatchSweepResult result;
        try {
            result = BatchSweep::sweep(m_planner, m_project.graph, BatchSweep::variants(m_plan.config),
                                       BatchSweep::defaultBatches(m_plan.config.batch), m_plan.config.devices);
        } catch (const ModelError &e) {
            return messageChart(e.message());
        }
        if (result.batches.empty())
            return messageChart(ReportRenderer::tr("No batch size to show."));
        QChart *c = newChart();
        const double lastBatch = static_cast<double>(result.batches.back());
        const std::int64_t max = ChartBuilders::sweepMax(result);
        const AxisUnit unit = unitFor(max);
        QLogValueAxis *x = ChartBuilders::batchAxis(c, ReportRenderer::tr("Batch size"), lastBatch);
        QValueAxis *y = memoryAxis(c, unit, static_cast<double>(max) / unit.divisor);
        ChartBuilders::addAxes(c, x, y);
        ChartBuilders::addSweepLines(c, result, unit.divisor, x, y);
        for (int d = 0; d < result.devices.size(); ++d) {
            const CapacityLine &device = result.devices.at(d);
            attach(c, capacityLine(c, d, ReportRenderer::tr("%1 (%2)").arg(device.name, bytes(device.capacity)),
                                   static_cast<double>(device.capacity) / unit.divisor, 1.0, lastBatch),
                   x, y);
        }
        c->setTitle(ReportRenderer::tr("Device peak against batch size"));
        return c;
    }

    QChart *frontierChart() const
    {
        QList<CheckpointOption> options;
        try {
            options = CheckpointSweep::options(m_planner, m_project.graph, m_plan.config);
        } catch (const ModelError &e) {
            return messageChart(e.message());
        }
        if (options.isEmpty())
            return messageChart(ReportRenderer::tr("No way to checkpoint this graph."));
        QChart *c = newChart();
        std::int64_t max = 0;
        double maxX = 1.0;
        for (const CheckpointOption &o : std::as_const(options)) {
            max = std::max(max, o.memory.devicePeak);
            maxX = std::max(maxX, FrontierModel::extraComputePercent(o));
        }
        for (const DeviceFit &fit : m_plan.devices)
            max = std::max(max, fit.capacity);
        const AxisUnit unit = unitFor(max);
        QValueAxis *x = ChartBuilders::extraComputeAxis(
                c, ReportRenderer::tr("Extra compute (% of forward and backward)"), maxX);
        QValueAxis *y = memoryAxis(c, unit, static_cast<double>(max) / unit.divisor);
        ChartBuilders::addAxes(c, x, y);
        const QList<CheckpointOption::Strategy> strategies = ChartBuilders::frontierStrategies();
        for (CheckpointOption::Strategy strategy : strategies) {
            QList<QPointF> points;
            for (const CheckpointOption &o : std::as_const(options))
                if (o.strategy == strategy)
                    points << QPointF(FrontierModel::extraComputePercent(o),
                                      static_cast<double>(o.memory.devicePeak) / unit.divisor);
            const double markerSize = strategy == CheckpointOption::Strategy::Optimal ? 7.0 : 10.0;
            ChartBuilders::addStrategyPoints(
                    c, strategy, points, markerSize, ReportRenderer::tr("Frontier"),
                    static_cast<double>(options.first().memory.devicePeak) / unit.divisor, x, y);
        }
        for (int d = 0; d < m_plan.devices.size(); ++d) {
            const DeviceFit &fit = m_plan.devices.at(d);
            attach(c, capacityLine(c, d, ReportRenderer::tr("%1 (%2)").arg(fit.name, bytes(fit.capacity)),
                                   static_cast<double>(fit.capacity) / unit.divisor, 0.0, x->max()),
                   x, y);
        }
        c->setTitle(ReportRenderer::tr("Device peak against the extra compute of checkpointing (batch %1)")
                            .arg(integer(m_plan.config.batch)));
        return c;
    }

    void devices()
    {
        heading(ReportRenderer::tr("Target devices"), 1, true);
        if (m_plan.devices.isEmpty()) {
            paragraph(ReportRenderer::tr("No target device was chosen."));
            return;
        }
        QList<QStringList> rows;
        QStringList notes;
        for (const DeviceFit &d : m_plan.devices) {
            const QString largest = !d.maxBatch ? ReportRenderer::tr("any")
                                    : *d.maxBatch == 0 ? ReportRenderer::tr("none")
                                                       : integer(*d.maxBatch);
            rows.append({d.name, bytes(d.capacity), bytes(d.devicePeak),
                         d.fits ? ReportRenderer::tr("yes") : ReportRenderer::tr("no"),
                         d.headroom >= 0 ? bytes(d.headroom) : ReportRenderer::tr("−%1").arg(bytes(-d.headroom)),
                         largest, ReportRenderer::tr("%1 s").arg(m_locale.toString(d.stepTimeSeconds, 'g', 3))});
            for (const QString &w : d.warnings) // they name their device already
                if (!notes.contains(w))
                    notes << w;
        }
        table({ReportRenderer::tr("Device"), ReportRenderer::tr("Usable memory"), ReportRenderer::tr("Device peak"),
               ReportRenderer::tr("Fits"), ReportRenderer::tr("Headroom"), ReportRenderer::tr("Largest batch"),
               ReportRenderer::tr("Step time")},
              rows, {1, 2, 4, 5, 6}, {27.0, 13.0, 13.0, 8.0, 13.0, 12.0, 14.0});
        paragraph(ReportRenderer::tr("Step time is a roofline estimate from each device's peak FLOP/s and memory bandwidth."),
                  8.5, true);
        for (const QString &n : std::as_const(notes))
            paragraph(n, 8.5);
    }

    void recommendations()
    {
        heading(ReportRenderer::tr("Recommendations"), 1);
        if (m_plan.config.devices.isEmpty() || !m_plan.config.training) {
            paragraph(ReportRenderer::tr("The assistant ranks training configurations for the target devices; there is none to rank."));
            return;
        }
        QList<DeviceRecommendation> recs;
        try {
            recs = FitSolver::solve(m_planner, m_project.graph, m_plan.config, m_plan.config.devices);
        } catch (const ModelError &e) {
            paragraph(e.message());
            return;
        }
        paragraph(ReportRenderer::tr("For each device, the configurations that fit, ranked by estimated throughput at an effective batch of %1 (gradient accumulation keeps it).")
                          .arg(integer(m_plan.config.batch)));
        for (const DeviceRecommendation &rec : std::as_const(recs)) {
            heading(ReportRenderer::tr("%1 (%2 usable)").arg(rec.deviceName, bytes(rec.capacity)), 2);
            if (!rec.anyFits()) {
                paragraph(rec.ranked.isEmpty()
                                  ? ReportRenderer::tr("Nothing fits.")
                                  : ReportRenderer::tr("Nothing fits, not even batch 1. The closest is %1, which misses by %2.")
                                            .arg(BatchSweep::label(rec.ranked.first().config), bytes(rec.closestMissBytes)));
                continue;
            }
            QList<QStringList> rows;
            for (const FitCandidate &c : rec.ranked) {
                if (!c.fits() || rows.size() >= 5)
                    break;
                rows.append({BatchSweep::label(c.config),
                             c.accumulation > 1 ? ReportRenderer::tr("%1 × %2").arg(integer(c.microBatch), integer(c.accumulation))
                                                : integer(c.microBatch),
                             bytes(c.devicePeak),
                             m_locale.toString(c.samplesPerSecond, 'f', 1),
                             percent(c.extraComputeShare())});
            }
            table({ReportRenderer::tr("Configuration"), ReportRenderer::tr("Micro-batch × steps"),
                   ReportRenderer::tr("Device peak"), ReportRenderer::tr("Samples/s"), ReportRenderer::tr("Extra compute")},
                  rows, {1, 2, 3, 4}, {40.0, 15.0, 15.0, 15.0, 15.0});
        }
    }

    void layers()
    {
        heading(ReportRenderer::tr("Layers that save the most for backward"), 1);
        std::vector<LayerRow> rows = LayerStats::rows(m_project.graph, &m_plan);
        std::stable_sort(rows.begin(), rows.end(),
                         [](const LayerRow &a, const LayerRow &b) { return a.savedBytes > b.savedBytes; });
        QList<QStringList> cells;
        for (const LayerRow &r : rows) {
            if (r.savedBytes <= 0 || cells.size() >= 20)
                break;
            cells.append({r.name, r.op, LayerStats::shapeText(r.outputShape), integer(r.parameters),
                          bytes(r.savedBytes), percent(r.peakShare)});
        }
        if (cells.isEmpty()) {
            paragraph(ReportRenderer::tr("No layer saves anything for backward."));
            return;
        }
        table({ReportRenderer::tr("Layer"), ReportRenderer::tr("Operation"), ReportRenderer::tr("Output shape"),
               ReportRenderer::tr("Parameters"), ReportRenderer::tr("Saved"), ReportRenderer::tr("Share of the tensor peak")},
              cells, {3, 4, 5}, {28.0, 14.0, 18.0, 12.0, 13.0, 15.0});
    }

    void assumptions()
    {
        heading(ReportRenderer::tr("Assumptions"), 1);
        paragraph(ReportRenderer::tr("Semantics: one step of PyTorch 2.x eager autograd, counted per tensor storage over time. "
                                     "Autograd's saved tensors, views and in-place operations, the tensors Python's frames still hold "
                                     "(a module's arguments until it returns, written-out attention's locals), autocast copies, "
                                     "library copies and workspaces, and the optimizer's state and step buffers are simulated; the breakdown is taken at the peak moment and adds up "
                                     "to the tensor peak, the figure comparable to torch.cuda.max_memory_allocated. The device peak "
                                     "adds the runtime overhead."));
        QStringList ids;
        if (m_plan.core && m_plan.core->runtime)
            ids << m_plan.core->runtime->id;
        for (const DeviceFit &d : m_plan.devices)
            if (!d.runtime.isEmpty() && !ids.contains(d.runtime))
                ids << d.runtime;
        QList<QStringList> rows;
        QStringList sources;
        for (const QString &id : std::as_const(ids)) {
            const RuntimeProfile *r = m_planner.runtimeCatalogue().find(id);
            if (!r)
                continue;
            rows.append({r->name, bytes(r->contextBytes + r->libraryWorkspaceBytes),
                         r->blockBytes > 0 ? bytes(r->blockBytes) : ReportRenderer::tr("none"),
                         percent(r->fragmentation),
                         r->overheadPerSampleBytes != 0.0
                                 ? ReportRenderer::tr("calibrated: %1 per sample").arg(bytes(std::llround(r->overheadPerSampleBytes)))
                                 : ReportRenderer::tr("not calibrated")});
            if (!r->source.isEmpty())
                sources << ReportRenderer::tr("%1 — source: %2").arg(r->name, r->source);
        }
        if (!rows.isEmpty()) {
            paragraph(ReportRenderer::tr("Runtime overhead, from the runtime profiles used:"));
            table({ReportRenderer::tr("Runtime"), ReportRenderer::tr("Context and libraries"),
                   ReportRenderer::tr("Allocator block"), ReportRenderer::tr("Fragmentation"),
                   ReportRenderer::tr("Calibration")},
                  rows, {1, 2, 3}, {30.0, 17.0, 15.0, 15.0, 23.0});
            for (const QString &source : std::as_const(sources))
                paragraph(source, 8.0);
        }
        if (!m_plan.warnings.isEmpty()) {
            heading(ReportRenderer::tr("Warnings"), 2);
            for (const QString &w : m_plan.warnings)
                paragraph(w, 8.5);
        }
    }

    const Planner &m_planner;
    const Project &m_project;
    const Plan &m_plan;
    const QLocale m_locale;
    QTextDocument *m_document;
    ChartObjects *m_charts;
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace

int ReportRenderer::write(const Planner &planner, const Project &project, const Plan &plan,
                          const QString &pdfPath, const QLocale &locale)
{
    {
        // QPdfWriter says nothing about why it cannot write; QFile does.
        QFile probe(pdfPath);
        if (!probe.open(QIODevice::WriteOnly))
            throw ModelError(tr("Cannot write the report to %1: %2").arg(pdfPath, probe.errorString()));
    }
    QPdfWriter writer(pdfPath);
    writer.setResolution(600);
    writer.setTitle(tr("Memory plan: %1").arg(plan.modelName));
    writer.setCreator(QStringLiteral("MemPlanner ") + QCoreApplication::applicationVersion());
    const int pages = paint(planner, project, plan, &writer, locale);
    if (pages <= 0)
        throw ModelError(tr("Cannot write the report to %1.").arg(pdfPath));
    return pages;
}

int ReportRenderer::paint(const Planner &planner, const Project &project, const Plan &plan,
                          QPagedPaintDevice *device, const QLocale &locale)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(QPageLayout::Portrait);
    device->setPageMargins(QMarginsF(16.0, 14.0, 16.0, 12.0), QPageLayout::Millimeter);

    const double width = device->width();
    const double height = device->height();
    const QFont footerFont = reportFont(8.0);
    const double footer = QFontMetricsF(footerFont, device).height() * 2.0;

    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDocumentMargin(0.0);
    document.setDefaultFont(reportFont(9.5));
    document.setPageSize(QSizeF(width, height - footer));
    auto *charts = new ChartObjects(width, &document);
    document.documentLayout()->registerHandler(kChartObjectType, charts);
    ReportBuilder(planner, project, plan, locale, &document, charts).build();

    const int pages = document.pageCount();
    const double pageHeight = height - footer;
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0.0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0.0, page * pageHeight, width, pageHeight);
        // An object that ends a page is laid out again on the next: paint only this page.
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF band(0.0, height - footer * 0.6, width, footer * 0.6);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, tr("MemPlanner — %1").arg(plan.modelName));
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(locale.toString(page + 1), locale.toString(pages)));
    }
    return painter.end() ? pages : 0;
}

} // namespace memplanner

#include "ReportRenderer.moc"
