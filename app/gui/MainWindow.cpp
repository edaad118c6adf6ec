#include "MainWindow.h"

#include "AppSettings.h"
#include "AutosaveStore.h"
#include "ByteFormat.h"
#include "ChartsPanel.h"
#include "ConfigPanel.h"
#include "Document.h"
#include "EditCommands.h"
#include "GraphEditing.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "LanguageManager.h"
#include "LayerTableModel.h"
#include "LayerTablePanel.h"
#include "ModelError.h"
#include "PalettePanel.h"
#include "PlanScheduler.h"
#include "Planner.h"
#include "PlanSerializer.h"
#include "PropertiesPanel.h"
#include "ReportPreviewDialog.h"
#include "ReportRenderer.h"
#include "SummaryPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace memplanner {

namespace {

/** The example networks, with their names as shown in the menu. */
struct Example
{
    const char *id;
    const char *label;
};
constexpr Example kExamples[] = {
    {"lenet300", QT_TRANSLATE_NOOP("MainWindow", "LeNet-300-100 (MLP)")},
    {"resnet18", QT_TRANSLATE_NOOP("MainWindow", "ResNet-18")},
    {"resnet50", QT_TRANSLATE_NOOP("MainWindow", "ResNet-50")},
    {"vgg16", QT_TRANSLATE_NOOP("MainWindow", "VGG-16")},
    {"mobilenetv2", QT_TRANSLATE_NOOP("MainWindow", "MobileNetV2")},
    {"bert-base", QT_TRANSLATE_NOOP("MainWindow", "BERT-base")},
    {"gpt2-small", QT_TRANSLATE_NOOP("MainWindow", "GPT-2 small")},
    {"lstm-classifier", QT_TRANSLATE_NOOP("MainWindow", "LSTM text classifier")},
};

/** What the background loader hands back: a project, or why there is none. */
struct LoadResult
{
    std::optional<Project> project;
    QString error;
};

/** A new project: one image input and the default devices, ready for the palette. */
Project emptyProject()
{
    Project project;
    project.graph.name = MainWindow::tr("Untitled");
    GraphInput image;
    image.name = QStringLiteral("image");
    image.shape = {kBatchDim, 3, 32, 32};
    project.graph.inputs.append(image);
    project.config.devices = AppSettings::defaultDevices();
    project.hasConfig = true;
    return project;
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, const QString &autosaveDirectory,
                       QWidget *parent)
    : QMainWindow(parent), m_languages(languages),
      m_devices(std::make_unique<DeviceCatalogue>(DeviceCatalogue::load())),
      m_runtimes(std::make_unique<RuntimeCatalogue>(RuntimeCatalogue::load())),
      m_planner(std::make_unique<Planner>(*m_devices, *m_runtimes)),
      m_document(new Document(this)), m_undoStack(new QUndoStack(this)),
      m_scheduler(std::make_unique<PlanScheduler>(m_document, *m_planner)),
      m_autosave(std::make_unique<AutosaveStore>(autosaveDirectory)),
      m_autosaveDirectory(autosaveDirectory), m_autosaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    ByteFormat::setUnits(AppSettings::decimalUnits() ? ByteFormat::Units::Decimal
                                                     : ByteFormat::Units::Binary);
    m_document->resetProject(emptyProject());

    m_scene = new GraphScene(*m_document, *m_undoStack, this);
    m_view = new GraphView(m_scene, this);
    m_chartsPanel = new ChartsPanel(m_document, m_undoStack, m_scheduler.get(), *m_planner, this);
    // The graph and the charts share the centre: both want the room.
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->addTab(m_view, QString());
    m_centralTabs->addTab(m_chartsPanel, QString());
    setCentralWidget(m_centralTabs);
    createDocks();
    createActions();
    createMenus();
    m_statusPeak = new QLabel(this);
    m_statusFit = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusFit);
    statusBar()->addPermanentWidget(m_statusPeak);
    connectDocument();
    retranslateUi();

    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (AppSettings::windowGeometry().isEmpty())
        resize(1500, 980);

    m_autosaveTimer->setInterval(AppSettings::autosaveSeconds() * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);
    m_autosaveTimer->start();
    m_scheduler->planNow();
}

MainWindow::~MainWindow()
{
    // Tear down the views before the document they hold by reference, and stop listening to
    // the undo stack, which announces its clearing while it is destroyed.
    m_undoStack->disconnect(this);
    m_scene->disconnect(this); // clearing the scene announces the selection's end
    m_autosaveTimer->stop();
    delete m_centralTabs;
    qDeleteAll(m_docks);
    delete m_layerModel;
    delete m_scene;
}

void MainWindow::createDocks()
{
    m_palette = new PalettePanel(this);
    m_propertiesPanel = new PropertiesPanel(m_document, m_undoStack, this);
    m_configPanel = new ConfigPanel(m_document, m_undoStack, *m_planner, this);
    m_summaryPanel = new SummaryPanel(m_scheduler.get(), this);
    m_layerModel = new LayerTableModel(m_document, m_undoStack, m_scheduler.get(), this);
    m_layerPanel = new LayerTablePanel(m_layerModel, this);
    auto *history = new QUndoView(m_undoStack, this);

    const auto dock = [this](QWidget *content, const char *objectName, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QLatin1String(objectName));
        d->setWidget(content);
        addDockWidget(area, d);
        m_docks.append(d);
        return d;
    };
    QDockWidget *palette = dock(m_palette, "paletteDock", Qt::LeftDockWidgetArea);
    QDockWidget *properties = dock(m_propertiesPanel, "propertiesDock", Qt::LeftDockWidgetArea);
    dock(m_configPanel, "configDock", Qt::RightDockWidgetArea);
    QDockWidget *summary = dock(m_summaryPanel, "summaryDock", Qt::RightDockWidgetArea);
    QDockWidget *layers = dock(m_layerPanel, "layersDock", Qt::BottomDockWidgetArea);
    QDockWidget *historyDock = dock(history, "historyDock", Qt::LeftDockWidgetArea);
    splitDockWidget(palette, properties, Qt::Vertical);
    tabifyDockWidget(properties, historyDock);
    properties->raise();
    resizeDocks({summary}, {470}, Qt::Horizontal);
    resizeDocks({layers}, {170}, Qt::Vertical);
}

void MainWindow::createActions()
{
    const auto make = [this](QKeySequence::StandardKey key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(QKeySequence::New, &MainWindow::newProject);
    m_openAction = make(QKeySequence::Open, &MainWindow::openDialog);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);
    m_saveAction = make(QKeySequence::Save, &MainWindow::save);
    m_saveAsAction = make(QKeySequence::SaveAs, &MainWindow::saveAsDialog);
    m_quitAction = make(QKeySequence::Quit, &QWidget::close);
    m_exportReportAction = new QAction(this);
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportReportAction, &QAction::triggered, this, &MainWindow::exportReportDialog);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    // Every edit changes these texts: update the two actions, not the whole window.
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);

    m_cutAction = make(QKeySequence::Cut, [this] { m_scene->cut(); });
    m_copyAction = make(QKeySequence::Copy, [this] { m_scene->copy(); });
    m_pasteAction = make(QKeySequence::Paste, [this] { m_scene->paste(); });
    m_deleteAction = make(QKeySequence::Delete, [this] { m_scene->deleteSelection(); });
    m_selectAllAction = make(QKeySequence::SelectAll, [this] { m_scene->selectAllItems(); });
    m_arrangeAction = new QAction(this);
    m_arrangeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_arrangeAction, &QAction::triggered, this, [this] { m_scene->arrange(); });
    // Editing shortcuts act on the graph only when it has focus (text fields keep theirs).
    for (QAction *a : {m_cutAction, m_copyAction, m_pasteAction, m_deleteAction, m_selectAllAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a);
    }

    m_zoomInAction = make(QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_zoomOutAction = make(QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, this, [this] { m_view->fitToView(); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto *units = new QActionGroup(this);
    m_binaryUnitsAction = new QAction(units);
    m_decimalUnitsAction = new QAction(units);
    m_binaryUnitsAction->setCheckable(true);
    m_decimalUnitsAction->setCheckable(true);
    (AppSettings::decimalUnits() ? m_decimalUnitsAction : m_binaryUnitsAction)->setChecked(true);
    connect(m_binaryUnitsAction, &QAction::triggered, this, [this] { setUnits(false); });
    connect(m_decimalUnitsAction, &QAction::triggered, this, [this] { setUnits(true); });
    m_defaultDevicesAction = new QAction(this);
    connect(m_defaultDevicesAction, &QAction::triggered, this, [this] {
        AppSettings::setDefaultDevices(m_document->config().devices);
        statusBar()->showMessage(tr("New projects will target: %1")
                                     .arg(m_document->config().devices.join(QStringLiteral(", "))),
                                 5000);
    });

    auto *languages = new QActionGroup(this);
    for (const QString &code : LanguageManager::available()) {
        auto *action = new QAction(LanguageManager::nativeName(code), languages);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_languages->language()
                           || (m_languages->language().isEmpty() && code == QLatin1String("en")));
        connect(action, &QAction::triggered, this, [this, code] {
            AppSettings::setLanguage(code);
            m_languages->setLanguage(code);
        });
        m_languageActions.append(action);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_examplesMenu = m_fileMenu->addMenu(QString());
    for (const Example &example : kExamples) {
        QAction *action = m_examplesMenu->addAction(QString());
        const QString id = QLatin1String(example.id);
        connect(action, &QAction::triggered, this,
                [this, id] { openFile(QStringLiteral("builtin:") + id); });
    }
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addAction(m_exportReportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addActions({m_cutAction, m_copyAction, m_pasteAction, m_deleteAction,
                            m_selectAllAction});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_arrangeAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_fitAction});
    m_viewMenu->addSeparator();
    m_panelsMenu = m_viewMenu->addMenu(QString());
    for (QDockWidget *dock : std::as_const(m_docks))
        m_panelsMenu->addAction(dock->toggleViewAction());

    m_settingsMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_settingsMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageActions);
    m_unitsMenu = m_settingsMenu->addMenu(QString());
    m_unitsMenu->addActions({m_binaryUnitsAction, m_decimalUnitsAction});
    m_settingsMenu->addAction(m_defaultDevicesAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_newAction, m_openAction, m_importAction, m_saveAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undoAction, m_redoAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_arrangeAction, m_fitAction});
    updateRecentMenu();
}

void MainWindow::connectDocument()
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_scheduler.get(), &PlanScheduler::planUpdated, this, [this] {
        m_scene->setPlan(m_scheduler->plan());
        m_scene->setError(m_scheduler->errorNode(), m_scheduler->error());
        updateStatus();
    });
    connect(m_scene, &GraphScene::selectedNamesChanged, this,
            [this] { syncSelection(m_scene->selectedNames(), m_scene); });
    connect(m_layerPanel, &LayerTablePanel::selectedNamesChanged, this,
            [this](const QStringList &names) { syncSelection(names, m_layerPanel); });
    const auto refused = [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
    };
    connect(m_scene, &GraphScene::editRefused, this, refused);
    connect(m_layerModel, &LayerTableModel::editRefused, this, refused);
    connect(m_propertiesPanel, &PropertiesPanel::editRefused, this, refused);
    connect(m_palette, &PalettePanel::addRequested, this, &MainWindow::addFromPalette);
    connect(m_chartsPanel, &ChartsPanel::layerSelected, this, [this](const QString &name) {
        m_centralTabs->setCurrentWidget(m_view);
        selectLayers({name});
    });
}

void MainWindow::syncSelection(const QStringList &names, QObject *from)
{
    if (m_syncingSelection)
        return;
    m_syncingSelection = true;
    if (from != m_scene)
        m_scene->selectNames(names);
    if (from != m_layerPanel)
        m_layerPanel->selectNames(names);
    m_propertiesPanel->setSelection(names);
    m_syncingSelection = false;
}

void MainWindow::showCharts(int tab)
{
    m_centralTabs->setCurrentWidget(m_chartsPanel);
    if (tab >= 0 && tab < m_chartsPanel->tabs()->count())
        m_chartsPanel->tabs()->setCurrentIndex(tab);
}

void MainWindow::selectLayers(const QStringList &names)
{
    syncSelection(names, nullptr);
}

void MainWindow::addFromPalette(const QString &op)
{
    const QPointF where = m_view->mapToScene(m_view->viewport()->rect().center());
    if (op != PalettePanel::inputEntry()) {
        m_scene->addNode(op, where);
        return;
    }
    PlacedInput placed;
    placed.input.name = GraphEditing::uniqueName(m_document->graph(), QStringLiteral("input"));
    placed.input.shape = {kBatchDim, 3, 224, 224};
    placed.position = where;
    m_undoStack->push(new AddItemsCommand(m_document, {placed}, {},
                                          tr("Add input “%1”").arg(placed.input.name)));
}

// --- files ----------------------------------------------------------------------------------

bool MainWindow::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?")
            .arg(m_document->project().graph.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::adopt(Project project, const QString &path)
{
    const bool isProjectFile = path.endsWith(QLatin1String(".memplan"), Qt::CaseInsensitive);
    if (!project.hasConfig || project.config.devices.isEmpty())
        project.config.devices = AppSettings::defaultDevices();
    project.hasConfig = true;
    m_undoStack->clear();
    m_document->resetProject(std::move(project));
    m_document->setFilePath(isProjectFile ? path : QString());
    if (isProjectFile)
        AppSettings::addRecentFile(path);
    // Imports and examples are new documents: saving asks where.
    m_undoStack->setClean();
    updateRecentMenu();
    updateTitle();
    m_scheduler->planNow();
    showGraphStart();
    for (const QString &warning : m_document->project().importWarnings)
        statusBar()->showMessage(warning, 8000);
}

bool MainWindow::openFile(const QString &path, bool wait)
{
    if (!maybeSave())
        return false;
    // Loading (ONNX shape inference above all) runs off the GUI thread; cancel drops the result.
    // The worker catches the engine's errors itself: QtConcurrent only forwards QExceptions.
    auto *watcher = new QFutureWatcher<LoadResult>(this);
    auto *progress = new QProgressDialog(tr("Opening %1…").arg(QFileInfo(path).fileName()),
                                         tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, watcher, [watcher] { watcher->disconnect(); });
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        LoadResult loaded = watcher->result();
        if (!loaded.project) {
            AppSettings::removeRecentFile(path);
            updateRecentMenu();
            QMessageBox::critical(this, tr("Cannot open the file"), loaded.error);
            return;
        }
        adopt(std::move(*loaded.project), path);
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        LoadResult result;
        try {
            result.project = ProjectFile::load(path);
        } catch (const ModelError &error) {
            result.error = error.message();
        }
        return result;
    }));
    if (wait) {
        watcher->waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    return true;
}

void MainWindow::showGraphStart()
{
    // A whole deep network fitted to the window is unreadable: show its beginning instead.
    m_view->fitToView();
    constexpr double kReadableZoom = 0.5;
    if (m_view->zoom() >= kReadableZoom)
        return;
    m_view->setZoom(0.8);
    const QRectF bounds = m_scene->itemsBoundingRect();
    m_view->centerOn(bounds.center().x(), bounds.top() + m_view->viewport()->height() / 2.0 / 0.8);
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    m_undoStack->clear();
    m_document->resetProject(emptyProject());
    m_document->setFilePath(QString());
    m_undoStack->setClean();
    updateTitle();
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open project"), QString(),
        tr("All supported (*.memplan *.onnx *.json);;MemPlanner projects (*.memplan);;"
           "ONNX models (*.onnx);;Keras model JSON (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a model"), QString(),
        tr("ONNX models (*.onnx);;Keras model JSON (*.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveTo(const QString &path)
{
    try {
        ProjectFile::save(m_document->project(), path);
    } catch (const ModelError &error) {
        QMessageBox::critical(this, tr("Cannot save"), error.message());
        return false;
    }
    m_document->setFilePath(path);
    m_undoStack->setClean();
    m_autosave->discard();
    AppSettings::addRecentFile(path);
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"),
                                                m_document->project().graph.name
                                                    + QStringLiteral(".memplan"),
                                                tr("MemPlanner projects (*.memplan)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".memplan"), Qt::CaseInsensitive))
        path += QStringLiteral(".memplan");
    return saveTo(path);
}

bool MainWindow::exportReport(const QString &path, bool quiet)
{
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    try {
        if (!plan)
            throw ModelError(m_scheduler->error());
        ReportRenderer::write(*m_planner, m_document->project(), *plan, path, QLocale());
    } catch (const ModelError &error) {
        if (!quiet)
            QMessageBox::critical(this, tr("Cannot export the report"), error.message());
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportReportDialog()
{
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    if (!plan) {
        QMessageBox::critical(this, tr("Cannot export the report"), m_scheduler->error());
        return;
    }
    // The preview keeps this plan and project even if the user edits behind the dialog.
    const Project project = m_document->project();
    const QString base = m_document->filePath().isEmpty()
                                 ? QDir::home().filePath(plan->modelName)
                                 : QFileInfo(m_document->filePath()).absoluteDir().filePath(
                                           QFileInfo(m_document->filePath()).completeBaseName());
    ReportPreviewDialog dialog(
            [this, plan, project](QPrinter *printer) {
                ReportRenderer::paint(*m_planner, project, *plan, printer, QLocale());
            },
            [this, plan, project](const QString &path) {
                try {
                    ReportRenderer::write(*m_planner, project, *plan, path, QLocale());
                } catch (const ModelError &error) {
                    QMessageBox::critical(this, tr("Cannot export the report"), error.message());
                    return false;
                }
                statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 5000);
                return true;
            },
            base + QStringLiteral(".pdf"), this);
    dialog.exec();
}

void MainWindow::autosaveNow()
{
    if (m_undoStack->isClean())
        return;
    try {
        m_autosave->save(m_document->project(), m_document->filePath());
    } catch (const ModelError &error) {
        statusBar()->showMessage(error.message(), 8000);
    }
}

void MainWindow::offerRecovery()
{
    const QList<AutosaveStore::Snapshot> snapshots = AutosaveStore::orphans(m_autosaveDirectory);
    for (const AutosaveStore::Snapshot &snapshot : snapshots) {
        const QString what = snapshot.originalPath.isEmpty()
                                 ? tr("an unsaved project")
                                 : QDir::toNativeSeparators(snapshot.originalPath);
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved work?"),
            tr("MemPlanner did not close properly. Work on %1 was saved automatically at %2. "
               "Recover it?")
                .arg(what, QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            try {
                Project project = ProjectFile::load(snapshot.path);
                adopt(std::move(project), QString());
                m_document->setFilePath(snapshot.originalPath);
                // Recovered work is unsaved work: keep it marked so closing asks.
                m_undoStack->resetClean();
                updateTitle();
                AutosaveStore::remove(snapshot);
                autosaveNow();
            } catch (const ModelError &error) {
                QMessageBox::critical(this, tr("Cannot recover"), error.message());
            }
            return;
        }
        AutosaveStore::remove(snapshot);
    }
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openFile(file); });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateUndoActions()
{
    m_undoAction->setText(m_undoStack->canUndo() ? tr("&Undo %1").arg(m_undoStack->undoText())
                                                 : tr("&Undo"));
    m_redoAction->setText(m_undoStack->canRedo() ? tr("&Redo %1").arg(m_undoStack->redoText())
                                                 : tr("&Redo"));
}

void MainWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty()
                             ? m_document->project().graph.name
                             : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("%1[*] — MemPlanner").arg(file));
    setWindowModified(!m_undoStack->isClean());
}

QString MainWindow::statusText() const
{
    return m_statusPeak->text() + QLatin1Char(' ') + m_statusFit->text();
}

void MainWindow::updateStatus()
{
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    if (!plan) {
        m_statusPeak->setText(tr("Cannot plan: see the summary"));
        m_statusFit->clear();
        return;
    }
    m_statusPeak->setText(tr("Peak %1 (%2 ms)")
                              .arg(ByteFormat::bytes(plan->memory.devicePeak),
                                   QLocale().toString(m_scheduler->lastPlanMilliseconds(), 'f', 1)));
    if (plan->devices.isEmpty()) {
        m_statusFit->setText(tr("No target device chosen"));
        return;
    }
    const DeviceFit &fit = plan->devices.first();
    m_statusFit->setText(fit.fits ? tr("Fits %1 (%2 free)").arg(fit.name, ByteFormat::bytes(fit.headroom))
                                  : tr("Does not fit %1 (short by %2)")
                                        .arg(fit.name, ByteFormat::bytes(-fit.headroom)));
}

void MainWindow::setUnits(bool decimal)
{
    AppSettings::setDecimalUnits(decimal);
    ByteFormat::setUnits(decimal ? ByteFormat::Units::Decimal : ByteFormat::Units::Binary);
    m_scheduler->planNow(); // every panel redraws its figures
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MemPlanner"),
                       tr("<b>MemPlanner %1</b><p>Plans the memory and compute of training a "
                          "neural network before you train: weights, gradients, optimizer state, "
                          "activations, workspace and runtime overhead, against the devices you "
                          "have.</p><p>PyTorch eager autograd is the reference semantics.</p>")
                           .arg(QStringLiteral(MEMPLANNER_VERSION)));
}

// --- events ---------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindow(saveGeometry(), saveState());
    m_autosave->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_examplesMenu->setTitle(tr("Open &example"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_languageMenu->setTitle(tr("&Language"));
    m_unitsMenu->setTitle(tr("&Units"));
    m_panelsMenu->setTitle(tr("&Panels"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    m_centralTabs->setTabText(0, tr("Graph"));
    m_centralTabs->setTabText(1, tr("Charts and trade-offs"));
    const QList<QAction *> examples = m_examplesMenu->actions();
    for (qsizetype i = 0; i < examples.size(); ++i)
        examples.at(i)->setText(tr(kExamples[i].label));
    m_newAction->setText(tr("&New"));
    m_openAction->setText(tr("&Open…"));
    m_importAction->setText(tr("&Import ONNX or Keras…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &as…"));
    m_exportReportAction->setText(tr("&Export report…"));
    m_quitAction->setText(tr("&Quit"));
    updateUndoActions();
    m_cutAction->setText(tr("Cu&t"));
    m_copyAction->setText(tr("&Copy"));
    m_pasteAction->setText(tr("&Paste"));
    m_deleteAction->setText(tr("&Delete"));
    m_selectAllAction->setText(tr("Select &all"));
    m_arrangeAction->setText(tr("A&rrange graph"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_fitAction->setText(tr("&Fit graph to window"));
    m_aboutAction->setText(tr("&About MemPlanner"));
    m_binaryUnitsAction->setText(tr("Binary (MiB, GiB)"));
    m_decimalUnitsAction->setText(tr("Decimal (MB, GB)"));
    m_defaultDevicesAction->setText(tr("Use current devices for new projects"));
    const char *const dockTitles[] = {
        QT_TR_NOOP("Layers palette"), QT_TR_NOOP("Properties"), QT_TR_NOOP("Configuration"),
        QT_TR_NOOP("Summary"), QT_TR_NOOP("Layer table"), QT_TR_NOOP("History")};
    for (qsizetype i = 0; i < m_docks.size(); ++i)
        m_docks.at(i)->setWindowTitle(tr(dockTitles[i]));
    updateTitle();
    updateStatus();
}

} // namespace memplanner
