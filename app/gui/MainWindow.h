#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QToolBar;
class QUndoStack;

namespace memplanner {

class AutosaveStore;
class ChartsPanel;
class ConfigPanel;
class DeviceCatalogue;
class Document;
class GraphScene;
class GraphView;
class LanguageManager;
class LayerTableModel;
class LayerTablePanel;
class PalettePanel;
class PlanScheduler;
class Planner;
class PropertiesPanel;
class RuntimeCatalogue;
class SummaryPanel;
struct Project;

/**
 * The desktop app's window: palette, graph editor, properties, configuration, summary and layer
 * table around one document with one undo stack. Files (new, open, import, save, recent,
 * examples, drag and drop), autosave with crash recovery, settings and the language switch.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** @p autosaveDirectory: where crash-recovery snapshots live (tests pass a temporary one). */
    MainWindow(LanguageManager *languages, const QString &autosaveDirectory,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a .memplan, .onnx, Keras .json or "builtin:NAME" in the background; false if the
     *  user kept unsaved changes. @p wait blocks until loaded (tests, command line). */
    bool openFile(const QString &path, bool wait = false);
    /** Saves to @p path; shows the error and returns false when it fails. */
    bool saveTo(const QString &path);
    /** Offers crash-recovery snapshots left by earlier sessions (asks the user). */
    void offerRecovery();
    /** Brings the charts to the front of the central area, on tab @p tab (ChartsPanel::Tab). */
    void showCharts(int tab = 0);
    /** Selects layers by name in every view (the graph, the table, the properties). */
    void selectLayers(const QStringList &names);
    /** Writes the autosave snapshot now when there are unsaved changes. */
    void autosaveNow();
    /**
     * Writes the PDF report of the current plan to @p path in the interface language; shows
     * the error in a message box (unless @p quiet) and returns false when it fails.
     */
    bool exportReport(const QString &path, bool quiet = false);
    /** File ▸ Export report…: the report's pages in a preview, then a file dialog to save. */
    void exportReportDialog();

    Document *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }
    PlanScheduler *scheduler() const { return m_scheduler.get(); }
    GraphScene *graphScene() const { return m_scene; }
    ChartsPanel *chartsPanel() const { return m_chartsPanel; }
    LayerTableModel *layerModel() const { return m_layerModel; }
    LayerTablePanel *layerPanel() const { return m_layerPanel; }
    ConfigPanel *configPanel() const { return m_configPanel; }
    SummaryPanel *summaryPanel() const { return m_summaryPanel; }
    PropertiesPanel *propertiesPanel() const { return m_propertiesPanel; }
    AutosaveStore *autosaveStore() const { return m_autosave.get(); }
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslateUi();
    void connectDocument();

    void newProject();
    void openDialog();
    void importDialog();
    bool save();
    bool saveAsDialog();
    bool maybeSave();
    void adopt(Project project, const QString &path);
    void showGraphStart();
    void updateUndoActions();
    void updateTitle();
    void updateStatus();
    void updateRecentMenu();
    void syncSelection(const QStringList &names, QObject *from);
    void addFromPalette(const QString &op);
    void setUnits(bool decimal);
    void showAbout();

    LanguageManager *m_languages;
    std::unique_ptr<DeviceCatalogue> m_devices;
    std::unique_ptr<RuntimeCatalogue> m_runtimes;
    std::unique_ptr<Planner> m_planner;
    Document *m_document;
    QUndoStack *m_undoStack;
    std::unique_ptr<PlanScheduler> m_scheduler;
    std::unique_ptr<AutosaveStore> m_autosave;
    QString m_autosaveDirectory;
    QTimer *m_autosaveTimer;

    GraphScene *m_scene = nullptr;
    GraphView *m_view = nullptr;
    ChartsPanel *m_chartsPanel = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    PalettePanel *m_palette = nullptr;
    PropertiesPanel *m_propertiesPanel = nullptr;
    ConfigPanel *m_configPanel = nullptr;
    SummaryPanel *m_summaryPanel = nullptr;
    LayerTableModel *m_layerModel = nullptr;
    LayerTablePanel *m_layerPanel = nullptr;
    QList<QDockWidget *> m_docks;
    QLabel *m_statusPeak = nullptr;
    QLabel *m_statusFit = nullptr;
    bool m_syncingSelection = false;

    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr,
          *m_settingsMenu = nullptr, *m_helpMenu = nullptr, *m_recentMenu = nullptr,
          *m_examplesMenu = nullptr, *m_languageMenu = nullptr, *m_unitsMenu = nullptr,
          *m_panelsMenu = nullptr;
    QAction *m_newAction = nullptr, *m_openAction = nullptr, *m_importAction = nullptr,
            *m_saveAction = nullptr, *m_saveAsAction = nullptr, *m_quitAction = nullptr,
            *m_undoAction = nullptr, *m_redoAction = nullptr, *m_cutAction = nullptr,
            *m_copyAction = nullptr, *m_pasteAction = nullptr, *m_deleteAction = nullptr,
            *m_selectAllAction = nullptr, *m_arrangeAction = nullptr, *m_zoomInAction = nullptr,
            *m_zoomOutAction = nullptr, *m_fitAction = nullptr, *m_aboutAction = nullptr,
            *m_binaryUnitsAction = nullptr, *m_decimalUnitsAction = nullptr,
            *m_defaultDevicesAction = nullptr, *m_exportReportAction = nullptr;
    QList<QAction *> m_languageActions;
    QToolBar *m_toolBar = nullptr;
};

} // namespace memplanner
