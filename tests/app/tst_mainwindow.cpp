// The main window as a user drives it: open an example, turn the knobs, build a small CNN,
// undo everything, save and reopen, switch languages.
#include "AutosaveStore.h"
#include "ConfigPanel.h"
#include "Document.h"
#include "GraphScene.h"
#include "LanguageManager.h"
#include "LayerTableModel.h"
#include "MainWindow.h"
#include "PlanScheduler.h"
#include "Planner.h"
#include "SummaryPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QTableWidget>
#include <QTimer>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QMenuBar>
#include <QPrintPreviewWidget>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace memplanner;

namespace {

void choose(QComboBox *combo, const QString &id)
{
    const int index = combo->findData(id);
    QVERIFY2(index >= 0, qPrintable(id));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

std::int64_t peak(const MainWindow &w)
{
    return w.scheduler()->plan() ? w.scheduler()->plan()->memory.devicePeak : -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_autosave;
    LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void openExampleAndTurnTheKnobs()
    {
        MainWindow w(&m_languages, m_autosave.path());
        QVERIFY(w.openFile(QStringLiteral("builtin:resnet50"), true));
        QTRY_VERIFY(w.document()->graph().nodes.size() > 100);
        QTRY_VERIFY(w.scheduler()->plan());
        // torchvision ResNet-50: 25,557,032 parameters (REFERENCE.md).
        QCOMPARE(w.scheduler()->plan()->parameters, 25557032);
        QVERIFY(!w.isWindowModified());
        const std::int64_t peak32 = peak(w);
        const QString status32 = w.statusText();

        w.configPanel()->batchSpin()->setValue(64);
        QTRY_VERIFY(peak(w) > peak32);
        QVERIFY(w.statusText() != status32);
        QVERIFY(w.isWindowModified());
        const std::int64_t peak64 = peak(w);

        choose(w.configPanel()->precisionCombo(), QStringLiteral("amp-bf16"));
        QTRY_VERIFY(peak(w) < peak64); // 16-bit activations roughly halve the largest term
        QCOMPARE(w.undoStack()->count(), 2);

        w.undoStack()->undo();
        w.undoStack()->undo();
        QTRY_COMPARE(peak(w), peak32);
        QCOMPARE(w.configPanel()->batchSpin()->value(), 32);
        QVERIFY(!w.isWindowModified());
    }

    void buildASmallCnnThenUndoIt()
    {
        MainWindow w(&m_languages, m_autosave.path());
        GraphScene *scene = w.graphScene();
        const Graph &graph = w.document()->graph();
        QCOMPARE(graph.inputs.size(), 1); // a new project starts with image [batch, 3, 32, 32]
        const QString conv = scene->addNode(QStringLiteral("Conv2d"), QPointF(0, 100));
        const QString relu = scene->addNode(QStringLiteral("ReLU"), QPointF(0, 200));
        const QString pool = scene->addNode(QStringLiteral("MaxPool2d"), QPointF(0, 300));
        const QString flat = scene->addNode(QStringLiteral("Flatten"), QPointF(0, 400));
        const QString fc = scene->addNode(QStringLiteral("Linear"), QPointF(0, 500));
        QVERIFY(scene->connectNodes(QStringLiteral("image"), conv));
        QVERIFY(scene->connectNodes(conv, relu));
        QVERIFY(scene->connectNodes(relu, pool));
        QVERIFY(scene->connectNodes(pool, flat));
        QVERIFY(scene->connectNodes(flat, fc));
        QVERIFY(!scene->connectNodes(fc, conv)); // a cycle is refused
        QTRY_VERIFY(w.scheduler()->plan());
        // Conv2d(3 → 64, 3×3): 64·3·3·3 + 64 = 1,792. 32×32 → 30×30 (no padding) → 15×15 after
        // the 2×2 pool; Flatten gives 64·15·15 = 14,400; Linear(14,400 → 128): 1,843,328.
        QTRY_COMPARE(w.scheduler()->plan()->parameters, 1792 + 1843328);
        QCOMPARE(w.layerModel()->rowCount(), 5);
        QCOMPARE(w.undoStack()->count(), 10);
        while (w.undoStack()->canUndo())
            w.undoStack()->undo();
        QVERIFY(graph.nodes.isEmpty());
        QVERIFY(!w.isWindowModified());
        while (w.undoStack()->canRedo())
            w.undoStack()->redo();
        QCOMPARE(graph.nodes.size(), 5);
        QTRY_COMPARE(w.scheduler()->plan()->parameters, 1792 + 1843328);
    }

    void saveAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cnn.memplan"));
        std::int64_t savedPeak = 0;
        {
            MainWindow w(&m_languages, m_autosave.path());
            QVERIFY(w.openFile(QStringLiteral("builtin:resnet18"), true));
            QTRY_VERIFY(w.scheduler()->plan());
            w.configPanel()->batchSpin()->setValue(48);
            QTRY_COMPARE(w.document()->config().batch, 48);
            w.autosaveNow();
            QVERIFY(QFile::exists(w.autosaveStore()->snapshotPath()));
            QVERIFY(w.saveTo(path));
            QVERIFY(!w.isWindowModified());
            QVERIFY(!QFile::exists(w.autosaveStore()->snapshotPath())); // saved: nothing to recover
            QVERIFY(w.windowTitle().contains(QStringLiteral("cnn.memplan")));
            w.scheduler()->planNow();
            savedPeak = peak(w);
        }
        MainWindow reopened(&m_languages, m_autosave.path());
        QVERIFY(reopened.openFile(path, true));
        QTRY_COMPARE(reopened.document()->config().batch, 48);
        QCOMPARE(reopened.document()->filePath(), path);
        reopened.scheduler()->planNow();
        QCOMPARE(peak(reopened), savedPeak);
        QVERIFY(!reopened.isWindowModified());
    }

    void exportReport()
    {
        // File ▸ Export report… (issue 7): the PDF of the current plan, the same pages in the
        // preview, and one message box (here: quiet) when the file cannot be written.
        QTemporaryDir dir;
        MainWindow w(&m_languages, m_autosave.path());
        QVERIFY(w.openFile(QStringLiteral("builtin:resnet18"), true));
        QTRY_VERIFY(w.scheduler()->plan());
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(w.exportReport(path, true));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QVERIFY(!w.exportReport(QStringLiteral("/nonexistent-memplanner-dir/report.pdf"), true));

        int previewPages = -1;
        QTimer::singleShot(300, this, [&previewPages] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
                preview->updatePreview();
                previewPages = preview->pageCount();
            }
            dialog->close();
        });
        w.exportReportDialog();
        // title, model, configuration and breakdown; charts; devices and recommendations; layers
        QVERIFY2(previewPages >= 3, qPrintable(QString::number(previewPages)));
    }

    void badFileIsRefusedAndNothingIsLost()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("broken.memplan"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        MainWindow w(&m_languages, m_autosave.path());
        QVERIFY(w.openFile(QStringLiteral("builtin:lenet300"), true));
        QTRY_VERIFY(!w.document()->graph().nodes.isEmpty());
        const int nodes = int(w.document()->graph().nodes.size());
        // The error dialog is modal: close it as soon as it shows.
        QTimer::singleShot(200, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(w.openFile(bad, true));
        QCOMPARE(int(w.document()->graph().nodes.size()), nodes);
    }

    void recoversWorkLeftByACrashedSession()
    {
        // What a killed session leaves: a snapshot and its note, and no live lock (the lock
        // of a dead process is stale; tst_autosavestore checks that with a real SIGKILL).
        QTemporaryDir dir;
        Project project = ProjectFile::load(QStringLiteral("builtin:lenet300"));
        project.graph.name = QStringLiteral("unsaved MLP");
        project.config.batch = 123;
        const QString snapshot = dir.filePath(QStringLiteral("session-crashed.memplan"));
        ProjectFile::save(project, snapshot);
        QFile meta(snapshot + QStringLiteral(".meta"));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"original": "", "saved_at": "2026-11-22T10:00:00Z"})");
        meta.close();

        MainWindow w(&m_languages, dir.path());
        QTimer::singleShot(300, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        w.offerRecovery();
        QCOMPARE(w.document()->project().graph.name, QStringLiteral("unsaved MLP"));
        QCOMPARE(w.document()->config().batch, 123);
        QVERIFY(w.isWindowModified()); // recovered work is unsaved until the user saves it
        QVERIFY(!QFile::exists(snapshot));
        QVERIFY(AutosaveStore::orphans(dir.path()).isEmpty());
        w.undoStack()->setClean();
    }

    void languageSwitchRetranslatesEverything()
    {
        MainWindow w(&m_languages, m_autosave.path());
        const QString fileEn = w.menuBar()->actions().at(0)->text();
        const QString headerEn = w.layerModel()->headerData(LayerTableModel::Saved, Qt::Horizontal).toString();
        QCOMPARE(fileEn, QStringLiteral("&File"));
        for (const QString &language : {QStringLiteral("vi"), QStringLiteral("zh_CN")}) {
            m_languages.setLanguage(language);
            QTRY_VERIFY2(w.menuBar()->actions().at(0)->text() != fileEn, qPrintable(language));
            QVERIFY(w.layerModel()->headerData(LayerTableModel::Saved, Qt::Horizontal).toString()
                    != headerEn);
            QVERIFY(w.summaryPanel()->findChild<QTableWidget *>() != nullptr);
        }
        m_languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w.menuBar()->actions().at(0)->text(), fileEn);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
