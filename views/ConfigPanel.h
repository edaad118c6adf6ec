#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QUndoStack;

namespace memplanner {

class Document;
class Planner;
struct PlanConfig;

/**
 * The planning configuration: mode, batch, sequence, optimizer, precision, checkpointing,
 * frozen layers, runtime profile and target devices. Every change is an undo command; the
 * widgets follow the document (undo, open) without pushing anything back.
 */
class ConfigPanel : public QWidget
{
    Q_OBJECT

public:
    ConfigPanel(Document *document, QUndoStack *undoStack, const Planner &planner,
                QWidget *parent = nullptr);

    QSpinBox *batchSpin() const { return m_batch; }
    QComboBox *precisionCombo() const { return m_precision; }
    QComboBox *optimizerCombo() const { return m_optimizer; }
    QComboBox *checkpointCombo() const { return m_checkpointMode; }
    QListWidget *deviceList() const { return m_devices; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field { Mode, Batch, Seq, Optimizer, Precision, Checkpoint, Segments, Budget, Runtime,
                 Devices };
    void buildWidgets();
    void retranslateUi();
    void populateChoices();
    void showConfig();
    void showFrozen();
    void push(const PlanConfig &config, const QString &text, Field field, bool merge);
    void applyCheckpoint(Field field);
    void applyFrozen(int comboIndex);

    Document *m_document;
    QUndoStack *m_undoStack;
    const Planner &m_planner;
    QFormLayout *m_form = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_seq = nullptr;
    QComboBox *m_optimizer = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_checkpointMode = nullptr;
    QSpinBox *m_segments = nullptr;
    QLineEdit *m_budget = nullptr;
    QLabel *m_budgetError = nullptr;
    QComboBox *m_frozen = nullptr;
    QComboBox *m_runtime = nullptr;
    QListWidget *m_devices = nullptr;
    bool m_showing = false;
};

} // namespace memplanner
