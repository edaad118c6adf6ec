#pragma once

#include <QDialog>
#include <QLocale>

#include <functional>

class QPrinter;
class QPrintPreviewWidget;
class QPushButton;

namespace memplanner {

/**
 * File ▸ Export report…: the PDF report's pages (ReportRenderer::paint on a QPrinter, so the
 * preview shows the pages the PDF will hold), with "Save PDF…" (asks for the file) and Close.
 */
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    using Painter = std::function<void(QPrinter *printer)>;
    using Writer = std::function<bool(const QString &path)>;

    /** @p paint draws the pages on the preview's printer; @p write saves the PDF (false: failed). */
    ReportPreviewDialog(Painter paint, Writer write, const QString &suggestedPath,
                        QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    /** Asks for a file name and writes the PDF there; closes the dialog when it was written. */
    void saveDialog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Painter m_paint;
    Writer m_write;
    QString m_suggestedPath;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace memplanner
