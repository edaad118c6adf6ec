#include "PlanScheduler.h"

#include "Document.h"
#include "ModelError.h"

namespace memplanner {

PlanScheduler::PlanScheduler(Document *document, const Planner &planner, QObject *parent)
    : QObject(parent), m_document(document), m_planner(planner)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PlanScheduler::planNow);
    connect(document, &Document::graphChanged, this, &PlanScheduler::schedule);
    connect(document, &Document::configChanged, this, &PlanScheduler::schedule);
}

void PlanScheduler::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void PlanScheduler::planNow()
{
    m_timer.stop();
    QElapsedTimer clock;
    clock.start();
    try {
        m_plan = std::make_shared<const Plan>(
            m_planner.plan(m_document->graph(), m_document->config()));
        m_error.clear();
        m_errorNode.clear();
    } catch (const ModelError &error) {
        m_plan.reset();
        m_error = error.message();
        m_errorNode = error.node();
    }
    m_lastMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    emit planUpdated();
}

} // namespace memplanner
