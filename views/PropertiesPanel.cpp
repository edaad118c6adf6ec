#include "PropertiesPanel.h"

#include "Document.h"
#include "EditCommands.h"
#include "GraphEditing.h"
#include "OpSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace memplanner {

namespace {

QString shapeToText(const std::vector<std::int64_t> &shape)
{
    QStringList parts;
    for (std::int64_t d : shape) {
        if (d == kBatchDim)
            parts.append(QStringLiteral("batch"));
        else if (d == kSeqDim)
            parts.append(QStringLiteral("seq"));
        else
            parts.append(QString::number(d));
    }
    return parts.join(QStringLiteral(", "));
}

/** Parses "batch, 3, 224, 224"; returns false on anything else. */
bool shapeFromText(const QString &text, std::vector<std::int64_t> *shape)
{
    shape->clear();
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part == QLatin1String("batch")) {
            shape->push_back(kBatchDim);
            continue;
        }
        if (part == QLatin1String("seq")) {
            shape->push_back(kSeqDim);
            continue;
        }
        bool ok = false;
        const qint64 d = part.toLongLong(&ok);
        if (!ok || d < 1 || d > 1'000'000'000'000LL)
            return false;
        shape->push_back(d);
    }
    return !shape->empty();
}

} // namespace

PropertiesPanel::PropertiesPanel(Document *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_document(document), m_undoStack(undoStack), m_title(new QLabel(this)),
      m_error(new QLabel(this)), m_formHost(new QWidget(this)), m_rebuildTimer(new QTimer(this))
{
    m_title->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_formHost);
    layout->addWidget(m_error);
    layout->addStretch(1);
    // Rebuild once after the edit's command has finished (an editor may be the sender, and one
    // command can change many nodes).
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(0);
    connect(m_rebuildTimer, &QTimer::timeout, this, &PropertiesPanel::rebuild);
    connect(document, &Document::graphChanged, m_rebuildTimer, qOverload<>(&QTimer::start));
    connect(document, &Document::projectReset, this, [this] { setSelection({}); });
    rebuild();
}

void PropertiesPanel::setSelection(const QStringList &names)
{
    m_names = names;
    m_error->hide();
    rebuild();
}

void PropertiesPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit editRefused(message);
}

void PropertiesPanel::clearForm()
{
    delete m_formHost->layout();
    const auto children = m_formHost->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        child->deleteLater();
    for (QWidget *child : children)
        child->hide();
    m_form = new QFormLayout(m_formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
}

void PropertiesPanel::rebuild()
{
    clearForm();
    const Graph &graph = m_document->graph();
    QList<int> nodes;
    for (const QString &name : std::as_const(m_names)) {
        const int index = graph.nodeIndex(name);
        if (index >= 0)
            nodes.append(index);
    }
    if (nodes.isEmpty() && m_names.size() == 1 && graph.inputIndex(m_names.first()) >= 0) {
        buildInputForm(graph.inputIndex(m_names.first()));
        return;
    }
    if (nodes.isEmpty()) {
        m_title->setText(tr("Select a layer in the graph or the table to edit it."));
        return;
    }
    buildNodeForm(nodes);
}

void PropertiesPanel::buildInputForm(int index)
{
    const GraphInput input = m_document->graph().inputs.at(index);
    m_title->setText(tr("<b>%1</b> — graph input").arg(input.name.toHtmlEscaped()));
    auto *name = new QLineEdit(input.name, m_formHost);
    auto *shape = new QLineEdit(shapeToText(input.shape), m_formHost);
    shape->setToolTip(tr("Sizes separated by commas; “batch” and “seq” follow the configuration."));
    auto *dtype = new QComboBox(m_formHost);
    for (DType t : {DType::Float32, DType::Float16, DType::BFloat16, DType::Int64, DType::Int32,
                    DType::UInt8, DType::Int8, DType::Bool})
        dtype->addItem(dtypeName(t), int(t));
    dtype->setCurrentIndex(dtype->findData(int(input.dtype)));
    m_form->addRow(tr("Name:"), name);
    m_form->addRow(tr("Shape:"), shape);
    m_form->addRow(tr("Element type:"), dtype);
    const auto commit = [this, name, shape, dtype, input] {
        GraphInput changed = input;
        const QString newName = name->text().trimmed();
        const QString nameProblem = GraphEditing::nameError(m_document->graph(), newName, input.name);
        if (!nameProblem.isEmpty()) {
            showError(nameProblem);
            name->setText(input.name);
            return;
        }
        changed.name = newName;
        if (!shapeFromText(shape->text(), &changed.shape)) {
            showError(tr("“%1” is not a shape: use positive sizes, “batch” or “seq”, separated "
                         "by commas.")
                          .arg(shape->text()));
            shape->setText(shapeToText(input.shape));
            return;
        }
        changed.dtype = static_cast<DType>(dtype->currentData().toInt());
        if (changed.name == input.name && changed.shape == input.shape
            && changed.dtype == input.dtype)
            return;
        m_error->hide();
        m_undoStack->push(new ChangeInputCommand(m_document, input.name, changed,
                                                 tr("Edit input “%1”").arg(input.name)));
        if (changed.name != input.name)
            m_names = {changed.name};
    };
    connect(name, &QLineEdit::editingFinished, this, commit);
    connect(shape, &QLineEdit::editingFinished, this, commit);
    connect(dtype, &QComboBox::activated, this, commit);
}

void PropertiesPanel::buildNodeForm(const QList<int> &indices)
{
    const Graph &graph = m_document->graph();
    const Node &first = graph.nodes.at(indices.first());
    bool sameOp = true;
    for (int index : indices)
        sameOp = sameOp && graph.nodes.at(index).op == first.op;
    if (indices.size() == 1) {
        m_title->setText(tr("<b>%1</b> — %2").arg(first.name.toHtmlEscaped(), first.op));
        auto *name = new QLineEdit(first.name, m_formHost);
        m_form->addRow(tr("Name:"), name);
        connect(name, &QLineEdit::editingFinished, this, [this, name, first] {
            const QString newName = name->text().trimmed();
            if (newName == first.name)
                return;
            const QString problem = GraphEditing::nameError(m_document->graph(), newName, first.name);
            if (!problem.isEmpty()) {
                showError(problem);
                name->setText(first.name);
                return;
            }
            Node changed = first;
            changed.name = newName;
            m_names = {newName};
            m_undoStack->push(new ChangeNodesCommand(m_document, {{first.name, changed}},
                                                     tr("Rename “%1” to “%2”").arg(first.name, newName)));
        });
        if (!first.module.isEmpty())
            m_form->addRow(tr("Module:"), new QLabel(first.module, m_formHost));
        m_form->addRow(tr("Inputs:"),
                       new QLabel(first.inputs.isEmpty() ? tr("none (connect one in the graph)")
                                                         : first.inputs.join(QStringLiteral(", ")),
                                  m_formHost));
    } else if (sameOp) {
        m_title->setText(tr("<b>%n layers</b> of type %1 — edits apply to all", nullptr,
                            int(indices.size()))
                             .arg(first.op));
    } else {
        m_title->setText(tr("<b>%n layers</b> of different types", nullptr, int(indices.size())));
    }

    auto *trainable = new QCheckBox(tr("Trainable (unchecked: frozen)"), m_formHost);
    int trainableCount = 0;
    for (int index : indices)
        trainableCount += graph.nodes.at(index).trainable ? 1 : 0;
    trainable->setTristate(trainableCount != 0 && trainableCount != indices.size());
    trainable->setCheckState(trainableCount == indices.size() ? Qt::Checked
                             : trainableCount == 0            ? Qt::Unchecked
                                                              : Qt::PartiallyChecked);
    connect(trainable, &QCheckBox::clicked, this,
            [this, indices](bool checked) { applyTrainable(checked, indices); });
    m_form->addRow(QString(), trainable);
    if (!sameOp)
        return;

    const QList<AttributeSpec> &specs = OpSchema::attributes(first.op);
    for (const AttributeSpec &spec : specs)
        m_form->addRow(spec.key + QLatin1Char(':'), attributeEditor(spec, indices));
    if (specs.isEmpty() && indices.size() == 1) {
        // Ops without a schema (imported generic ops) are edited as their JSON attributes.
        auto *json = new QPlainTextEdit(m_formHost);
        json->setPlainText(QString::fromUtf8(QJsonDocument(first.attrs).toJson(QJsonDocument::Indented)));
        auto *apply = new QPushButton(tr("Apply attributes"), m_formHost);
        m_form->addRow(tr("Attributes (JSON):"), json);
        m_form->addRow(QString(), apply);
        connect(apply, &QPushButton::clicked, this, [this, json, first] {
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(json->toPlainText().toUtf8(), &error);
            if (!parsed.isObject()) {
                showError(tr("The attributes are not a JSON object: %1").arg(error.errorString()));
                return;
            }
            Node changed = first;
            changed.attrs = parsed.object();
            m_undoStack->push(new ChangeNodesCommand(m_document, {{first.name, changed}},
                                                     tr("Edit attributes of “%1”").arg(first.name)));
        });
    }
}

QWidget *PropertiesPanel::attributeEditor(const AttributeSpec &spec, const QList<int> &indices)
{
    const Graph &graph = m_document->graph();
    const QJsonValue firstValue = graph.nodes.at(indices.first()).attrs.value(spec.key);
    bool same = true;
    for (int index : indices)
        same = same && graph.nodes.at(index).attrs.value(spec.key) == firstValue;
    const QJsonValue shown = firstValue.isUndefined() ? spec.defaultValue : firstValue;
    const QString tip = spec.required ? tr("Required.")
                                      : tr("Default: %1").arg(spec.defaultValue.isNull()
                                                                  ? tr("as the op decides")
                                                                  : OpSchema::displayValue(spec.defaultValue));
    if (spec.kind == AttributeSpec::Kind::Boolean) {
        auto *box = new QCheckBox(m_formHost);
        box->setTristate(!same);
        box->setCheckState(!same ? Qt::PartiallyChecked : shown.toBool() ? Qt::Checked : Qt::Unchecked);
        box->setToolTip(tip);
        connect(box, &QCheckBox::clicked, this, [this, spec, indices](bool checked) {
            applyAttribute(spec, checked ? QStringLiteral("true") : QStringLiteral("false"), indices);
        });
        return box;
    }
    if (spec.kind == AttributeSpec::Kind::Choice) {
        auto *combo = new QComboBox(m_formHost);
        combo->addItems(spec.choices);
        combo->setCurrentIndex(same ? int(spec.choices.indexOf(shown.toString())) : -1);
        combo->setToolTip(tip);
        connect(combo, &QComboBox::activated, this, [this, spec, indices, combo] {
            applyAttribute(spec, combo->currentText(), indices);
        });
        return combo;
    }
    auto *edit = new QLineEdit(m_formHost);
    if (same && !shown.isNull() && !(shown.isString() && shown.toString().isEmpty()))
        edit->setText(OpSchema::displayValue(shown));
    edit->setPlaceholderText(same ? tip : tr("several values"));
    edit->setToolTip(tip);
    connect(edit, &QLineEdit::editingFinished, this, [this, spec, indices, edit, same, shown] {
        const QString before = same && !shown.isNull() ? OpSchema::displayValue(shown) : QString();
        if (edit->text() == before)
            return;
        applyAttribute(spec, edit->text(), indices);
    });
    return edit;
}

void PropertiesPanel::applyAttribute(const AttributeSpec &spec, const QString &text,
                                     const QList<int> &indices)
{
    QJsonValue value;
    const bool clearing = text.trimmed().isEmpty() && !spec.required;
    if (!clearing) {
        QString error;
        if (!OpSchema::parseValue(spec, text, &value, &error)) {
            showError(tr("%1: %2").arg(spec.key, error));
            m_rebuildTimer->start();
            return;
        }
    }
    QList<QPair<QString, Node>> changes;
    for (int index : indices) {
        Node node = m_document->graph().nodes.at(index);
        if (clearing)
            node.attrs.remove(spec.key);
        else
            node.attrs.insert(spec.key, value);
        if (node.attrs != m_document->graph().nodes.at(index).attrs)
            changes.append({node.name, node});
    }
    if (changes.isEmpty())
        return;
    m_error->hide();
    const QString text2 = changes.size() == 1
                              ? tr("Set %1 of “%2”").arg(spec.key, changes.first().first)
                              : tr("Set %1 of %n layers", nullptr, int(changes.size())).arg(spec.key);
    m_undoStack->push(new ChangeNodesCommand(m_document, changes, text2));
}

void PropertiesPanel::applyTrainable(bool trainable, const QList<int> &indices)
{
    QList<QPair<QString, Node>> changes;
    for (int index : indices) {
        Node node = m_document->graph().nodes.at(index);
        if (node.trainable == trainable)
            continue;
        node.trainable = trainable;
        changes.append({node.name, node});
    }
    if (changes.isEmpty())
        return;
    m_undoStack->push(new ChangeNodesCommand(
        m_document, changes,
        trainable ? tr("Unfreeze %n layers", nullptr, int(changes.size()))
                  : tr("Freeze %n layers", nullptr, int(changes.size()))));
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace memplanner
