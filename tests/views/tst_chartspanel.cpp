// The charts panel offscreen: every tab draws, the assistant and the frontier apply undoably,
// the per-layer chart names layers, charts export as PNG and SVG.
#include "../model/ChartFixtures.h"

#include "BreakdownSeriesModel.h"
#include "ChartsPanel.h"
#include "ComparisonModel.h"
#include "BatchSweepModel.h"
#include "Document.h"
#include "FitCandidatesModel.h"
#include "FrontierModel.h"
#include "PlanScheduler.h"
#include "ProjectFile.h"
#include "ThroughputModel.h"
#include "TopLayersModel.h"

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>
#include <QApplication>
#include <QLineSeries>
#include <QPalette>

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

    /** project() in a document, planned once, under a charts panel: each test's start. */
    struct PanelFixture
    {
        explicit PanelFixture(const Planner &planner)
            : scheduler(&loaded(d), planner), panel(&d, &stack, &planned(scheduler), planner)
        {
        }

        Document d;
        QUndoStack stack;
        PlanScheduler scheduler;
        ChartsPanel panel;

    private:
        static Document &loaded(Document &document)
        {
            document.resetProject(project());
            return document;
        }
        static PlanScheduler &planned(PlanScheduler &s)
        {
            s.planNow();
            return s;
        }
    };

private slots:
    void everyTabDraws()
    {
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
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
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
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
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
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

    void comparesWithAModelFile()
    {
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
        panel.tabs()->setCurrentIndex(ChartsPanel::BreakdownTab);
        // a smaller "student": a 3-layer chain saved as a .memplan
        QTemporaryDir dir;
        Project student;
        student.graph = chainGraph(3);
        student.graph.name = QStringLiteral("student");
        const QString path = dir.filePath(QStringLiteral("student.memplan"));
        ProjectFile::save(student, path);
        QString error;
        QVERIFY(!panel.compareWithModel(dir.filePath(QStringLiteral("missing.memplan")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!panel.hasPinnedPlan());
        QVERIFY2(panel.compareWithModel(path, &error), qPrintable(error));
        QVERIFY(panel.hasPinnedPlan());

        // the compared plan is a direct Planner::plan of the other graph with the same config
        const auto expect = [&](const PlanConfig &config) {
            const Plan direct = m_planner.plan(chainGraph(3), config);
            BreakdownSeriesModel *breakdown = panel.breakdownModel();
            QCOMPARE(breakdown->rowCount(), 2);
            QCOMPARE(breakdown->entries().at(1).label, QStringLiteral("Compared: student"));
            for (int part = 0; part <= BreakdownSeriesModel::kPeakColumn; ++part)
                QCOMPARE(breakdown->bytes(1, part),
                         part == BreakdownSeriesModel::kPeakColumn ? direct.memory.devicePeak
                         : part == BreakdownSeriesModel::kOverheadColumn
                                 ? direct.memory.runtimeOverhead
                                 : direct.memory.breakdown[static_cast<std::size_t>(part)]);
            ComparisonModel *table = panel.comparisonModel();
            QCOMPARE(table->columnCount(), 2);
            // parameters, trainable, FLOPs, peak, 6 categories, overhead, then fit and largest
            // batch for the one device "tiny"
            QCOMPARE(table->rowCount(), ComparisonModel::FirstDeviceRow + 2);
            QCOMPARE(table->rowCount(), 4 + kCategoryCount + 1 + 2);
            const auto number = [table](int row, int column) {
                return table->data(table->index(row, column), Qt::UserRole);
            };
            QCOMPARE(number(ComparisonModel::ParametersRow, 1).toLongLong(), qlonglong(direct.parameters));
            QCOMPARE(number(ComparisonModel::FlopsRow, 1).toDouble(), direct.compute.total());
            QCOMPARE(number(ComparisonModel::PeakRow, 1).toLongLong(), qlonglong(direct.memory.devicePeak));
            QCOMPARE(number(ComparisonModel::PeakRow, 0).toLongLong(),
                     qlonglong(scheduler.plan()->memory.devicePeak));
            QCOMPARE(number(ComparisonModel::FirstDeviceRow, 1).toBool(), direct.devices.first().fits);
            QCOMPARE(number(ComparisonModel::FirstDeviceRow + 1, 1).toLongLong(),
                     qlonglong(direct.devices.first().maxBatch.value_or(-1)));
            QCOMPARE(table->headerData(ComparisonModel::FirstDeviceRow, Qt::Vertical).toString(),
                     QStringLiteral("Tiny: fit"));
            // 3 layers of 256×256+256 against 8: fewer parameters than the current plan
            QVERIFY(number(ComparisonModel::ParametersRow, 1).toLongLong()
                    < number(ComparisonModel::ParametersRow, 0).toLongLong());
        };
        expect(d.config());
        if (QTest::currentTestFailed())
            return;

        // a new configuration re-plans the compared model with it
        PlanConfig smaller = d.config();
        smaller.batch = 8;
        d.setConfig(smaller);
        scheduler.planNow();
        QCOMPARE(scheduler.plan()->config.batch, 8);
        panel.refreshAll();
        expect(smaller);
        if (QTest::currentTestFailed())
            return;

        // and the throughput table, on the same device
        const QList<DeviceThroughput> &throughput = panel.throughputModel()->rows();
        QCOMPARE(throughput.size(), 2);
        QCOMPARE(throughput.at(1).name, QStringLiteral("Compared: student — Tiny"));
        QCOMPARE(throughput.at(1).stepSeconds,
                 // 50,000: the panel's default samples per epoch
                 Throughput::perDevice(m_planner.plan(chainGraph(3), smaller), 50000).first().stepSeconds);

        // it joins the batch sweep too
        const BatchSweepResult &sweep = panel.batchSweepModel()->result();
        QCOMPARE(sweep.series.last().label, QStringLiteral("Compared: student"));
        panel.unpin();
        QVERIFY(!panel.hasPinnedPlan());
        QCOMPARE(panel.comparisonModel()->rowCount(), 0);
    }

    void timelineMarksPhases()
    {
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
        panel.refreshAll();
        // a training step: forward, then a line where backward starts and one where the optimizer does
        QStringList boundaries;
        for (QAbstractSeries *series : panel.chart(ChartsPanel::TimelineTab)->series())
            if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() == 2
                && line->at(0).x() == line->at(1).x())
                boundaries << line->name();
        QCOMPARE(boundaries, (QStringList{QStringLiteral("Start of backward"),
                                          QStringLiteral("Start of optimizer step")}));
    }

    // Every tab in English, Vietnamese and Chinese, light and dark, with the real catalogues
    // from :/i18n, grabbed to /tmp/memplanner-<language>-<palette>-<tab>.png to look at.
    void everyLanguageAndPalette_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        for (const char *language : {"en", "vi", "zh_CN"}) {
            QTest::addRow("%s light", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s dark", language) << QString::fromLatin1(language) << true;
        }
    }

    void everyLanguageAndPalette()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
        QApplication::setFont(font);
        QTranslator translator;
        const QLocale locale(language);
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(locale, QStringLiteral("memplanner"), QStringLiteral("_"),
                                    QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        const QLocale previous;
        QLocale::setDefault(locale);
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            panel.setPalette(palette);
        }
        QTemporaryDir dir;
        Project student;
        student.graph = chainGraph(3);
        student.graph.name = QStringLiteral("student");
        ProjectFile::save(student, dir.filePath(QStringLiteral("student.memplan")));
        QVERIFY(panel.compareWithModel(dir.filePath(QStringLiteral("student.memplan"))));
        panel.resize(1000, 700);
        panel.show();
        for (int t = 0; t < ChartsPanel::TabCount; ++t) {
            panel.tabs()->setCurrentIndex(t);
            QCoreApplication::processEvents();
            panel.grab().save(QStringLiteral("/tmp/memplanner-%1-%2-%3.png")
                                      .arg(language, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                      .arg(t));
        }
        if (language != QLatin1String("en")) {
            QVERIFY(panel.tabs()->tabText(ChartsPanel::BreakdownTab) != QLatin1String("Breakdown"));
            QCoreApplication::removeTranslator(&translator);
        }
        QLocale::setDefault(previous);
    }

    void exportsVectorsAndPixels()
    {
        PanelFixture f(m_planner);
        auto &[d, stack, scheduler, panel] = f;
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
