#include "ChartBuilders.h"

#include "FrontierModel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <iterator>

namespace memplanner::ChartBuilders {

AxisUnit unitFor(std::int64_t maxBytes, double base, const UnitNames &names)
{
    const double k = base;
    const double m = static_cast<double>(std::max<std::int64_t>(maxBytes, 1));
    if (m >= k * k * k)
        return {k * k * k, names.giga};
    if (m >= k * k)
        return {k * k, names.mega};
    return {k, names.kilo};
}

QValueAxis *memoryAxis(QChart *chart, const QString &title, double max)
{
    auto *axis = new QValueAxis(chart);
    axis->setTitleText(title);
    axis->setRange(0.0, std::max(max, 1e-9) * 1.08);
    axis->setLabelFormat(QStringLiteral("%.3g"));
    axis->applyNiceNumbers();
    return axis;
}

void addAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QColor deviceColour(int index)
{
    static const QColor colours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x1e, 0x84, 0x49),
                                     QColor(0x7d, 0x3c, 0x98), QColor(0xd3, 0x54, 0x00),
                                     QColor(0x2c, 0x3e, 0x50), QColor(0x99, 0x99, 0x99)};
    return colours[static_cast<std::size_t>(index) % std::size(colours)];
}

QLineSeries *capacityLine(QChart *chart, const QString &name, double y, double x0, double x1,
                          const QColor &colour, double width)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    line->append(x0, y);
    line->append(x1, y);
    QPen pen = line->pen();
    pen.setColor(colour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(width);
    line->setPen(pen);
    return line;
}

QValueAxis *addBarAxes(QChart *chart, QAbstractBarSeries *bars, const QStringList &categories,
                       QValueAxis *y)
{
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    addAxes(chart, categoryAxis, y);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(y);
    auto *span = new QValueAxis(chart);
    span->setRange(-0.5, static_cast<double>(categories.size()) - 0.5);
    span->setVisible(false);
    chart->addAxis(span, Qt::AlignTop);
    return span;
}

std::int64_t sweepMax(const BatchSweepResult &result)
{
    std::int64_t max = 0;
    for (const SweepSeries &s : std::as_const(result.series))
        for (const MemoryAtPeak &p : s.points)
            max = std::max(max, p.devicePeak);
    for (const CapacityLine &line : std::as_const(result.devices))
        max = std::max(max, line.capacity);
    return max;
}

QLogValueAxis *batchAxis(QChart *chart, const QString &title, double lastBatch)
{
    auto *x = new QLogValueAxis(chart);
    x->setBase(2.0);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(1.0, lastBatch);
    x->setTitleText(title);
    return x;
}

QList<QLineSeries *> addSweepLines(QChart *chart, const BatchSweepResult &result, double divisor,
                                   QAbstractAxis *x, QAbstractAxis *y)
{
    QList<QLineSeries *> lines;
    for (const SweepSeries &s : std::as_const(result.series)) {
        auto *line = new QLineSeries(chart);
        line->setName(s.label);
        line->setPointsVisible(true);
        for (std::size_t p = 0; p < s.points.size() && p < result.batches.size(); ++p)
            line->append(static_cast<double>(result.batches[p]),
                         static_cast<double>(s.points[p].devicePeak) / divisor);
        attach(chart, line, x, y);
        lines << line;
    }
    return lines;
}

QValueAxis *extraComputeAxis(QChart *chart, const QString &title, double maxX)
{
    auto *x = new QValueAxis(chart);
    x->setTitleText(title);
    x->setRange(0.0, maxX * 1.08);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->applyNiceNumbers();
    return x;
}

QList<CheckpointOption::Strategy> frontierStrategies()
{
    return {CheckpointOption::Strategy::None, CheckpointOption::Strategy::Uniform,
            CheckpointOption::Strategy::Sqrt, CheckpointOption::Strategy::Optimal};
}

QScatterSeries *addStrategyPoints(QChart *chart, CheckpointOption::Strategy strategy,
                                  const QList<QPointF> &points, double markerSize,
                                  const QString &frontierName, double frontierStartY,
                                  QAbstractAxis *x, QAbstractAxis *y)
{
    if (points.isEmpty())
        return nullptr;
    auto *scatter = new QScatterSeries(chart);
    scatter->setName(FrontierModel::strategyName(strategy));
    scatter->setMarkerSize(markerSize);
    scatter->append(points);
    if (strategy == CheckpointOption::Strategy::Optimal) {
        auto *frontier = new QLineSeries(chart);
        frontier->setName(frontierName);
        frontier->append(0.0, frontierStartY);
        frontier->append(points);
        attach(chart, frontier, x, y);
    }
    attach(chart, scatter, x, y);
    return scatter;
}

} // namespace memplanner::ChartBuilders
