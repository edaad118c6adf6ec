#include "ConfigPanel.h"

#include "ByteFormat.h"
#include "Document.h"
#include "EditCommands.h"
#include "ModelError.h"
#include "OptimizerSpec.h"
#include "Planner.h"
#include "PrecisionPolicy.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>

namespace memplanner {

namespace {
constexpr int kMaxBatch = 1'000'000;
constexpr int kMaxSeq = 1'000'000;
}

ConfigPanel::ConfigPanel(Document *document, QUndoStack *undoStack, const Planner &planner,
                         QWidget *parent)
    : QWidget(parent), m_document(document), m_undoStack(undoStack), m_planner(planner)
{
    buildWidgets();
    retranslateUi();
    showConfig();
    connect(document, &Document::configChanged, this, &ConfigPanel::showConfig);
    connect(document, &Document::graphChanged, this, &ConfigPanel::showFrozen);
}

void ConfigPanel::buildWidgets()
{
    m_form = new QFormLayout(this);
    m_mode = new QComboBox(this);
    m_batch = new QSpinBox(this);
    m_batch->setRange(1, kMaxBatch);
    m_batch->setAccelerated(true);
    m_seq = new QSpinBox(this);
    m_seq->setRange(1, kMaxSeq);
    m_optimizer = new QComboBox(this);
    m_precision = new QComboBox(this);
    m_checkpointMode = new QComboBox(this);
    m_segments = new QSpinBox(this);
    m_segments->setRange(2, 10000);
    m_budget = new QLineEdit(this);
    m_budgetError = new QLabel(this);
    m_budgetError->setWordWrap(true);
    m_budgetError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_budgetError->hide();
    m_frozen = new QComboBox(this);
    m_runtime = new QComboBox(this);
    m_devices = new QListWidget(this);
    m_devices->setMinimumHeight(90);
    m_devices->setMaximumHeight(130);
    m_form->addRow(new QLabel(this), m_mode);
    m_form->addRow(new QLabel(this), m_batch);
    m_form->addRow(new QLabel(this), m_seq);
    m_form->addRow(new QLabel(this), m_optimizer);
    m_form->addRow(new QLabel(this), m_precision);
    m_form->addRow(new QLabel(this), m_checkpointMode);
    m_form->addRow(new QLabel(this), m_segments);
    m_form->addRow(new QLabel(this), m_budget);
    m_form->addRow(QString(), m_budgetError);
    m_form->addRow(new QLabel(this), m_frozen);
    m_form->addRow(new QLabel(this), m_runtime);
    m_form->addRow(new QLabel(this), m_devices);

    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        PlanConfig c = m_document->config();
        c.training = index == 0;
        push(c, tr("Change mode"), Mode, false);
    });
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int value) {
        PlanConfig c = m_document->config();
        c.batch = value;
        push(c, tr("Set batch size to %1").arg(value), Batch, true);
    });
    connect(m_seq, &QSpinBox::valueChanged, this, [this](int value) {
        PlanConfig c = m_document->config();
        c.seq = value;
        push(c, tr("Set sequence length to %1").arg(value), Seq, true);
    });
    connect(m_optimizer, &QComboBox::activated, this, [this] {
        PlanConfig c = m_document->config();
        c.optimizer = m_optimizer->currentData().toString();
        push(c, tr("Use optimizer %1").arg(m_optimizer->currentText()), Optimizer, false);
    });
    connect(m_precision, &QComboBox::activated, this, [this] {
        PlanConfig c = m_document->config();
        c.precision = m_precision->currentData().toString();
        push(c, tr("Use precision %1").arg(m_precision->currentText()), Precision, false);
    });
    connect(m_checkpointMode, &QComboBox::activated, this, [this] { applyCheckpoint(Checkpoint); });
    connect(m_segments, &QSpinBox::valueChanged, this, [this] { applyCheckpoint(Segments); });
    connect(m_budget, &QLineEdit::editingFinished, this, [this] { applyCheckpoint(Budget); });
    connect(m_frozen, &QComboBox::activated, this, &ConfigPanel::applyFrozen);
    connect(m_runtime, &QComboBox::activated, this, [this] {
        PlanConfig c = m_document->config();
        c.runtime = m_runtime->currentData().toString();
        push(c, tr("Use runtime %1").arg(m_runtime->currentText()), Runtime, false);
    });
    connect(m_devices, &QListWidget::itemChanged, this, [this] {
        if (m_showing)
            return;
        PlanConfig c = m_document->config();
        c.devices.clear();
        for (int i = 0; i < m_devices->count(); ++i) {
            if (m_devices->item(i)->checkState() == Qt::Checked)
                c.devices.append(m_devices->item(i)->data(Qt::UserRole).toString());
        }
        push(c, tr("Change target devices"), Devices, false);
    });
}

void ConfigPanel::push(const PlanConfig &config, const QString &text, Field field, bool merge)
{
    if (m_showing)
        return;
    m_undoStack->push(new SetConfigCommand(m_document, config, text, merge ? int(field) : -1));
}

void ConfigPanel::applyCheckpoint(Field field)
{
    if (m_showing)
        return;
    PlanConfig c = m_document->config();
    const auto mode = static_cast<CheckpointSpec::Mode>(m_checkpointMode->currentData().toInt());
    c.checkpoint.mode = mode;
    if (mode == CheckpointSpec::Mode::Uniform)
        c.checkpoint.segments = m_segments->value();
    if (mode == CheckpointSpec::Mode::Budget) {
        try {
            c.checkpoint.budgetBytes = parseByteSize(m_budget->text());
            m_budgetError->hide();
        } catch (const ModelError &error) {
            m_budgetError->setText(error.message());
            m_budgetError->show();
            return;
        }
    }
    push(c, tr("Checkpointing: %1").arg(c.checkpoint.toString()), field, field == Segments);
}

void ConfigPanel::applyFrozen(int comboIndex)
{
    // Entry k > 0 freezes every parameterised node up to and including the k-th one listed.
    const QString through = m_frozen->itemData(comboIndex).toString();
    const Graph &graph = m_document->graph();
    const int last = through.isEmpty() ? -1 : graph.nodeIndex(through);
    QList<QPair<QString, Node>> changes;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        Node node = graph.nodes.at(i);
        const bool trainable = i > last;
        if (node.trainable != trainable) {
            node.trainable = trainable;
            changes.append({node.name, node});
        }
    }
    if (changes.isEmpty())
        return;
    const QString text = through.isEmpty() ? tr("Train all layers")
                                           : tr("Freeze layers through “%1”").arg(through);
    m_undoStack->push(new ChangeNodesCommand(m_document, changes, text));
}

void ConfigPanel::showFrozen()
{
    const QSignalBlocker blocker(m_frozen);
    m_frozen->clear();
    m_frozen->addItem(tr("None: train every layer"), QString());
    const Graph &graph = m_document->graph();
    int frozenThrough = -1;
    bool prefix = true;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const Node &node = graph.nodes.at(i);
        if (!node.trainable && prefix)
            frozenThrough = i;
        else if (node.trainable)
            prefix = false;
        m_frozen->addItem(tr("Through %1 (%2)").arg(node.name, node.op), node.name);
    }
    m_frozen->setCurrentIndex(frozenThrough + 1);
}

void ConfigPanel::populateChoices()
{
    const QSignalBlocker b1(m_mode), b2(m_optimizer), b3(m_precision), b4(m_checkpointMode),
        b5(m_runtime);
    m_mode->clear();
    m_mode->addItem(tr("Training step"));
    m_mode->addItem(tr("Inference"));
    m_optimizer->clear();
    for (const OptimizerSpec &spec : OptimizerSpec::all())
        m_optimizer->addItem(spec.label(), spec.id);
    m_precision->clear();
    for (const PrecisionPolicy &policy : PrecisionPolicy::all())
        m_precision->addItem(policy.label(), policy.id);
    m_checkpointMode->clear();
    m_checkpointMode->addItem(tr("None"), int(CheckpointSpec::Mode::None));
    m_checkpointMode->addItem(tr("Uniform segments"), int(CheckpointSpec::Mode::Uniform));
    m_checkpointMode->addItem(tr("√n segments"), int(CheckpointSpec::Mode::Sqrt));
    m_checkpointMode->addItem(tr("Cheapest within a memory budget"),
                              int(CheckpointSpec::Mode::Budget));
    m_runtime->clear();
    m_runtime->addItem(tr("Default (PyTorch CUDA; each device its own)"), QString());
    for (const RuntimeProfile &runtime : m_planner.runtimeCatalogue().items())
        m_runtime->addItem(runtime.id, runtime.id);
    m_showing = true;
    m_devices->clear();
    for (const Device &device : m_planner.deviceCatalogue().devices()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(device.name, ByteFormat::bytes(device.usableBytes)), m_devices);
        item->setData(Qt::UserRole, device.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(device.source);
    }
    m_showing = false;
}

void ConfigPanel::showConfig()
{
    m_showing = true;
    const PlanConfig &c = m_document->config();
    const QSignalBlocker b1(m_batch), b2(m_seq), b3(m_segments);
    m_mode->setCurrentIndex(c.training ? 0 : 1);
    m_batch->setValue(static_cast<int>(std::min<std::int64_t>(c.batch, kMaxBatch)));
    m_seq->setValue(static_cast<int>(std::min<std::int64_t>(c.seq, kMaxSeq)));
    m_optimizer->setCurrentIndex(m_optimizer->findData(c.optimizer));
    m_precision->setCurrentIndex(m_precision->findData(c.precision));
    m_checkpointMode->setCurrentIndex(m_checkpointMode->findData(int(c.checkpoint.mode)));
    m_segments->setValue(std::max(2, c.checkpoint.segments));
    if (c.checkpoint.budgetBytes > 0)
        m_budget->setText(ByteFormat::bytes(c.checkpoint.budgetBytes).remove(QLatin1Char(' ')));
    m_segments->setEnabled(c.checkpoint.mode == CheckpointSpec::Mode::Uniform);
    m_budget->setEnabled(c.checkpoint.mode == CheckpointSpec::Mode::Budget);
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(c.runtime)));
    for (int i = 0; i < m_devices->count(); ++i) {
        QListWidgetItem *item = m_devices->item(i);
        item->setCheckState(c.devices.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    m_optimizer->setEnabled(c.training);
    m_checkpointMode->setEnabled(c.training);
    m_frozen->setEnabled(c.training);
    m_showing = false;
}

void ConfigPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConfigPanel::retranslateUi()
{
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_mode, tr("Mode:"));
    label(m_batch, tr("Batch size:"));
    label(m_seq, tr("Sequence length:"));
    label(m_optimizer, tr("Optimizer:"));
    label(m_precision, tr("Precision:"));
    label(m_checkpointMode, tr("Gradient checkpointing:"));
    label(m_segments, tr("Segments:"));
    label(m_budget, tr("Memory budget:"));
    label(m_frozen, tr("Frozen layers:"));
    label(m_runtime, tr("Runtime profile:"));
    label(m_devices, tr("Target devices:"));
    m_budget->setPlaceholderText(tr("e.g. 6 GiB"));
    m_batch->setToolTip(tr("Samples per training step (per device)."));
    m_seq->setToolTip(tr("Tokens per sample for sequence models; ignored by image models."));
    populateChoices();
    showConfig();
    showFrozen();
}

} // namespace memplanner
