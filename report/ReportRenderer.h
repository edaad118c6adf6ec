#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace memplanner {

class Planner;
struct Plan;
struct Project;

/**
 * The PDF report of a plan (issue 7): title and date; the model (source, parameters, FLOPs,
 * nodes); the configuration; the breakdown at the peak as a table and a chart; the batch sweep
 * and the checkpointing frontier as charts; one row per target device; the layers that save the
 * most; the assistant's recommendations; and the assumptions (semantics, runtime overhead,
 * calibration).
 *
 * A QTextDocument is laid out on the QPdfWriter's page (A4, zero document margins), its tables
 * repeat their header row on every page, the charts are QChart objects painted as vectors on
 * the writer's painter, the fonts are embedded and the page numbers are drawn here. Text is in
 * the installed translators' language; numbers and dates follow @p locale.
 *
 * Needs a QApplication (the charts are QGraphicsWidgets); the CLI creates one, offscreen, only
 * for --pdf.
 */
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /**
     * Writes the report of @p plan (planned by @p planner from @p project's graph) to
     * @p pdfPath and returns its page count. Throws ModelError, translated, when the file
     * cannot be written or the plan cannot be charted.
     */
    static int write(const Planner &planner, const Project &project, const Plan &plan,
                     const QString &pdfPath, const QLocale &locale = QLocale());

    /**
     * Lays the report out on @p device's A4 pages and paints it (QPdfWriter, or the QPrinter
     * of a print preview, which then shows the same pages). Returns the page count; 0 when
     * the device cannot be painted on.
     */
    static int paint(const Planner &planner, const Project &project, const Plan &plan,
                     QPagedPaintDevice *device, const QLocale &locale = QLocale());
};

} // namespace memplanner
