// The charts panel offscreen: every tab draws, the assistant and the frontier apply undoably,
// the per-layer chart names layers, charts export as PNG and SVG.
#include "../model/ChartFixtures.h"

#include "ChartsPanel.h"
#include "Document.h"
#include "FitCandidatesModel.h"
#include "FrontierModel.h"
#include "PlanScheduler.h"
#include "TopLayersModel.h"

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace memplanner;
using namespace memplanner::test;

class TestChartsPanel : public QObject
{
    Q_OBJECT

    // 12 MB: fp32 Adam needs 20 bytes × 526,336 parameters = 10.5 MB before activations, so
    // batch 64 fits only in smaller micro-batches or lighter configurations
    DeviceCatalogue m_devices = devicesWith(12 * 1000 * 1000);
    RuntimeCatalogue m_runtimes = testRuntimes();
    Planner m_planner{m_devices, m_runtimes};

    static Project project()
    {
        Project p;
        p.graph = chainGraph(8);
        p.config = config(64);
        p.config.devices = {QStringLiteral("tiny")};
        return p;
    }

private slots:
    void everyTabDraws()
    {
        Document d;
        d.resetProject(project());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        scheduler.planNow();
        ChartsPanel panel(&d, &stack, &scheduler, m_planner);
        panel.resize(1000, 700);
        panel.pinCurrentPlan();
        panel.refreshAll();
        QVERIFY(panel.hasPinnedPlan());
        for (int t = 0; t < ChartsPanel::FitTab; ++t) {
            QChart *chart = panel.chart(static_cast<ChartsPanel::Tab>(t));
            QVERIFY2(!chart->series().isEmpty(), qPrintable(QString::number(t)));
            QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
        }
        QCOMPARE(panel.chart(ChartsPanel::FitTab), nullptr);
        QVERIFY(panel.fitModel()->rowCount() > 0);
        // Look at them: /tmp/memplanner-chart-<tab>.png (checked by eye, not by the test).
        panel.show();
        for (int t = 0; t < ChartsPanel::TabCount; ++t) {
            panel.tabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            panel.grab().save(QStringLiteral("/tmp/memplanner-chart-%1.png").arg(t));
        }
    }

    void assistantAppliesUndoably()
    {
        Document d;
        d.resetProject(project());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        scheduler.planNow();
        ChartsPanel panel(&d, &stack, &scheduler, m_planner);
        panel.tabs()->setCurrentIndex(ChartsPanel::FitTab);
        const int index = panel.fitDeviceBox()->findData(QStringLiteral("tiny"));
        QCOMPARE(index, 0); // the plan's own devices come first
        FitCandidatesModel *model = panel.fitModel();
        QVERIFY(model->recommendation().anyFits());
        const FitCandidate best = model->candidateAt(0);
        const PlanConfig before = d.config();
        panel.applyFitCandidate(0);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(d.config().precision, best.config.precision);
        QCOMPARE(d.config().optimizer, best.config.optimizer);
        QCOMPARE(d.config().batch, best.microBatch);
        QCOMPARE(d.config().devices, before.devices);
        stack.undo();
        QCOMPARE(d.config().batch, before.batch);
        QCOMPARE(d.config().precision, before.precision);
    }

    void frontierAppliesUndoably()
    {
        Document d;
        d.resetProject(project());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        scheduler.planNow();
        ChartsPanel panel(&d, &stack, &scheduler, m_planner);
        panel.tabs()->setCurrentIndex(ChartsPanel::FrontierTab);
        FrontierModel *model = panel.frontierModel();
        int sqrtRow = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->options().at(row).strategy == CheckpointOption::Strategy::Sqrt)
                sqrtRow = row;
        QVERIFY(sqrtRow > 0);
        panel.applyFrontierOption(sqrtRow);
        QCOMPARE(d.config().checkpoint.toString(), QStringLiteral("sqrt"));
        stack.undo();
        QCOMPARE(d.config().checkpoint.toString(), QStringLiteral("none"));
    }

    void exportsVectorsAndPixels()
    {
        Document d;
        d.resetProject(project());
        QUndoStack stack;
        PlanScheduler scheduler(&d, m_planner);
        scheduler.planNow();
        ChartsPanel panel(&d, &stack, &scheduler, m_planner);
        QTemporaryDir dir;
        const QString svg = dir.filePath(QStringLiteral("breakdown.svg"));
        const QString png = dir.filePath(QStringLiteral("timeline.png"));
        QVERIFY(panel.exportChart(ChartsPanel::BreakdownTab, svg));
        QVERIFY(panel.exportChart(ChartsPanel::TimelineTab, png));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("<path")); // drawn as vectors, not one embedded image
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
