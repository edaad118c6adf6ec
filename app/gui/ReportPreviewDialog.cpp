#include "ReportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace memplanner {

ReportPreviewDialog::ReportPreviewDialog(Painter paint, Writer write, const QString &suggestedPath,
                                         QWidget *parent)
    : QDialog(parent), m_paint(std::move(paint)), m_write(std::move(write)),
      m_suggestedPath(suggestedPath), m_printer(new QPrinter(QPrinter::ScreenResolution))
{
    m_printer->setOutputFormat(QPrinter::PdfFormat);
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setViewMode(QPrintPreviewWidget::AllPagesView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *printer) { m_paint(printer); });
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, &ReportPreviewDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(900, 800);
    retranslateUi();
}

ReportPreviewDialog::~ReportPreviewDialog()
{
    delete m_preview;
    delete m_printer;
}

void ReportPreviewDialog::saveDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), m_suggestedPath,
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (m_write(path))
        accept();
}

void ReportPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Report Preview"));
    m_save->setText(tr("Save PDF…"));
}

} // namespace memplanner
