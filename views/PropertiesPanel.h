#pragma once

#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QTimer;
class QUndoStack;

namespace memplanner {

class Document;
struct AttributeSpec;

/**
 * Typed, validated editors for the selected node(s) or graph input. With several nodes of one
 * type selected, an edit applies to all of them (one undo step); fields whose values differ
 * show as empty until set. Invalid text is refused with the reason and the old value returns.
 */
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    PropertiesPanel(Document *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setSelection(const QStringList &names);
    QStringList selection() const { return m_names; }

signals:
    void editRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void clearForm();
    void buildNodeForm(const QList<int> &indices);
    void buildInputForm(int index);
    QWidget *attributeEditor(const AttributeSpec &spec, const QList<int> &indices);
    void applyAttribute(const AttributeSpec &spec, const QString &text, const QList<int> &indices);
    void applyTrainable(bool trainable, const QList<int> &indices);
    void showError(const QString &message);

    Document *m_document;
    QUndoStack *m_undoStack;
    QStringList m_names;
    QLabel *m_title;
    QLabel *m_error;
    QWidget *m_formHost;
    QTimer *m_rebuildTimer;
    QFormLayout *m_form = nullptr;
};

} // namespace memplanner
