#include "SummaryPanel.h"

#include "ByteFormat.h"
#include "PlanScheduler.h"
#include "PlanSerializer.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace memplanner {

namespace {

QTableWidget *makeTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setFocusPolicy(Qt::NoFocus);
    return table;
}

/** Sizes a short table to show all its rows without a scroll bar. */
void fitHeightToRows(QTableWidget *table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QTableWidgetItem *cell(const QString &text, bool numeric = false)
{
    auto *item = new QTableWidgetItem(text);
    if (numeric)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

SummaryPanel::SummaryPanel(PlanScheduler *scheduler, QWidget *parent)
    : QWidget(parent), m_scheduler(scheduler), m_headline(new QLabel(this)),
      m_peakDetail(new QLabel(this)), m_breakdown(makeTable(this, 3)),
      m_compute(new QLabel(this)), m_devices(makeTable(this, 5)),
      m_warnings(new QListWidget(this)), m_devicesTitle(new QLabel(this)),
      m_warningsTitle(new QLabel(this))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_peakDetail->setWordWrap(true);
    m_compute->setWordWrap(true);
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(110);
    // The panel scrolls rather than squeezing its tables when the dock is short.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    for (QWidget *child : std::initializer_list<QWidget *>{m_headline, m_peakDetail, m_breakdown,
                                                           m_compute, m_devicesTitle, m_devices,
                                                           m_warningsTitle, m_warnings})
        child->setParent(content);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_headline);
    layout->addWidget(m_peakDetail);
    layout->addWidget(m_breakdown);
    layout->addWidget(m_compute);
    layout->addWidget(m_devicesTitle);
    layout->addWidget(m_devices);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings);
    layout->addStretch(1);
    connect(scheduler, &PlanScheduler::planUpdated, this, &SummaryPanel::showPlan);
    retranslateUi();
}

QString SummaryPanel::peakText() const
{
    return m_headline->text();
}

void SummaryPanel::showPlan()
{
    const std::shared_ptr<const Plan> plan = m_scheduler->plan();
    m_warnings->clear();
    if (!plan) {
        m_headline->setText(tr("Cannot plan this graph"));
        m_peakDetail->setText(m_scheduler->error());
        m_peakDetail->setStyleSheet(QStringLiteral("color: #c0392b"));
        m_breakdown->setRowCount(0);
        m_devices->setRowCount(0);
        m_compute->clear();
        return;
    }
    const QLocale locale;
    const MemoryAtPeak &m = plan->memory;
    m_peakDetail->setStyleSheet(QString());
    m_headline->setText(tr("Peak %1").arg(ByteFormat::bytes(m.devicePeak)));
    const QString node = PlanSerializer::peakNodeName(*plan);
    m_peakDetail->setText(
        tr("Tensors %1 + runtime overhead %2. The peak is in the %3 at %4%5.")
            .arg(ByteFormat::bytes(m.tensorPeak), ByteFormat::bytes(m.runtimeOverhead),
                 PlanSerializer::phaseLabel(m.phase),
                 node.isEmpty() ? tr("the step's start") : node,
                 m.recompute ? tr(" (recomputing a checkpointed segment)") : QString()));

    m_breakdown->setRowCount(kCategoryCount + 1);
    for (int c = 0; c < kCategoryCount; ++c) {
        const std::int64_t bytes = m.breakdown[static_cast<std::size_t>(c)];
        const double share = m.devicePeak > 0 ? 100.0 * double(bytes) / double(m.devicePeak) : 0;
        m_breakdown->setItem(c, 0, cell(PlanSerializer::categoryLabel(static_cast<Category>(c))));
        m_breakdown->setItem(c, 1, cell(ByteFormat::bytes(bytes), true));
        m_breakdown->setItem(c, 2, cell(locale.toString(share, 'f', 1) + QLatin1Char('%'), true));
    }
    const double overheadShare =
        m.devicePeak > 0 ? 100.0 * double(m.runtimeOverhead) / double(m.devicePeak) : 0;
    m_breakdown->setItem(kCategoryCount, 0, cell(tr("Runtime overhead")));
    m_breakdown->setItem(kCategoryCount, 1, cell(ByteFormat::bytes(m.runtimeOverhead), true));
    m_breakdown->setItem(kCategoryCount, 2,
                         cell(locale.toString(overheadShare, 'f', 1) + QLatin1Char('%'), true));
    fitHeightToRows(m_breakdown);

    m_compute->setText(tr("%1 parameters (%2 trainable) · compute per step %3 (forward %4, "
                          "backward %5, recompute %6) · planned in %7")
                           .arg(locale.toString(static_cast<qlonglong>(plan->parameters)),
                                locale.toString(static_cast<qlonglong>(plan->trainableParameters)),
                                ByteFormat::flops(plan->compute.total()),
                                ByteFormat::flops(plan->compute.forward),
                                ByteFormat::flops(plan->compute.backward),
                                ByteFormat::flops(plan->compute.recompute),
                                ByteFormat::seconds(m_scheduler->lastPlanMilliseconds() / 1e3)));

    m_devices->setRowCount(static_cast<int>(plan->devices.size()));
    for (int row = 0; row < plan->devices.size(); ++row) {
        const DeviceFit &fit = plan->devices.at(row);
        auto *verdict = cell(fit.fits ? tr("fits, %1 free").arg(ByteFormat::bytes(fit.headroom))
                                      : tr("misses by %1").arg(ByteFormat::bytes(-fit.headroom)));
        verdict->setForeground(fit.fits ? QColor(0x1e, 0x84, 0x49) : QColor(0xc0, 0x39, 0x2b));
        m_devices->setItem(row, 0, cell(fit.name));
        m_devices->setItem(row, 1, verdict);
        m_devices->setItem(row, 2, cell(ByteFormat::bytes(fit.devicePeak), true));
        m_devices->setItem(row, 3, cell(fit.maxBatch ? locale.toString(static_cast<qlonglong>(*fit.maxBatch))
                                                     : tr("unbounded"),
                                        true));
        m_devices->setItem(row, 4, cell(ByteFormat::seconds(fit.stepTimeSeconds), true));
        m_devices->item(row, 0)->setToolTip(fit.name);
        for (const QString &warning : fit.warnings)
            m_warnings->addItem(tr("%1: %2").arg(fit.name, warning));
    }
    for (const QString &warning : plan->warnings)
        m_warnings->addItem(warning);
    if (m_warnings->count() == 0)
        m_warnings->addItem(tr("No warnings."));
    fitHeightToRows(m_devices);
}

void SummaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SummaryPanel::retranslateUi()
{
    m_breakdown->setHorizontalHeaderLabels({tr("Category"), tr("At the peak"), tr("Share")});
    m_devices->setHorizontalHeaderLabels(
        {tr("Device"), tr("Verdict"), tr("Peak there"), tr("Largest batch"), tr("Step time")});
    m_devicesTitle->setText(tr("<b>Target devices</b> (choose them in Configuration)"));
    m_warningsTitle->setText(tr("<b>Warnings</b>"));
    showPlan();
}

} // namespace memplanner
