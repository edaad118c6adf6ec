#pragma once

#include "BatchSweep.h"
#include "CheckpointSweep.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QChart;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace memplanner {

/**
 * The chart pieces that the charts panel (interactive) and the PDF report (painted) build the
 * same way. Texts come in already translated, so each caller keeps its own translation context;
 * tooltips, clicks and hover stay with the panel.
 */
namespace ChartBuilders {

/** A unit for a memory axis: values are divided by @p divisor and the axis names @p name. */
struct AxisUnit
{
    double divisor = 1.0;
    QString name;
};

/** The translated names of the three units a memory axis can use, smallest first. */
struct UnitNames
{
    QString kilo;
    QString mega;
    QString giga;
};

/**
 * The largest of @p base, base² and base³ not above @p maxBytes (at least @p base), named from
 * @p names.
 */
AxisUnit unitFor(std::int64_t maxBytes, double base, const UnitNames &names);

/** A memory value axis titled @p title from 0 to a little above @p max, with nice numbers. */
QValueAxis *memoryAxis(QChart *chart, const QString &title, double max);

/** Adds @p x at the bottom and @p y on the left of @p chart. */
void addAxes(QChart *chart, QAbstractAxis *x, QAbstractAxis *y);

/** Adds @p series to @p chart and attaches it to @p x and @p y. */
void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);

/** The report's colour for the @p index-th device's capacity line (cycles through six). */
QColor deviceColour(int index);

/** A dashed horizontal line at @p y from @p x0 to @p x1: a device's capacity. */
QLineSeries *capacityLine(QChart *chart, const QString &name, double y, double x0, double x1,
                          const QColor &colour, double width);

/**
 * Adds the stacked @p bars over one category per entry of @p categories, against @p y, and
 * returns a hidden axis spanning the bars (-0.5 to categories − 0.5) for capacity lines.
 */
QValueAxis *addBarAxes(QChart *chart, QAbstractBarSeries *bars, const QStringList &categories,
                       QValueAxis *y);

/** The largest device peak of any sweep point and the largest device capacity, in bytes. */
std::int64_t sweepMax(const BatchSweepResult &result);

/** A base-2 log axis titled @p title over the batch sizes 1 to @p lastBatch. */
QLogValueAxis *batchAxis(QChart *chart, const QString &title, double lastBatch);

/** One line with points per series of @p result (device peak / @p divisor against batch). */
QList<QLineSeries *> addSweepLines(QChart *chart, const BatchSweepResult &result, double divisor,
                                   QAbstractAxis *x, QAbstractAxis *y);

/** The extra compute axis of the checkpoint frontier, titled @p title, from 0 past @p maxX. */
QValueAxis *extraComputeAxis(QChart *chart, const QString &title, double maxX);

/** The frontier chart's strategies, in the order of their series. */
QList<CheckpointOption::Strategy> frontierStrategies();

/**
 * Adds the scatter of @p strategy's @p points (named after the strategy) against @p x and
 * @p y; for the optimal strategy, first the frontier line @p frontierName from
 * (0, @p frontierStartY) through the points. Returns nullptr, adding nothing, when @p points is
 * empty.
 */
QScatterSeries *addStrategyPoints(QChart *chart, CheckpointOption::Strategy strategy,
                                  const QList<QPointF> &points, double markerSize,
                                  const QString &frontierName, double frontierStartY,
                                  QAbstractAxis *x, QAbstractAxis *y);

} // namespace ChartBuilders

} // namespace memplanner
