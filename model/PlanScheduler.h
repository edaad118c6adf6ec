#pragma once

#include "Planner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace memplanner {

class Document;

/**
 * Re-plans the document whenever its graph or configuration changes. Changes arriving in one
 * event-loop turn (an undo macro, a paste) are coalesced into one plan. Planning runs on the
 * calling thread: a 1,000-node graph plans in a few milliseconds (bench/bench_gui_replan).
 */
class PlanScheduler : public QObject
{
    Q_OBJECT

public:
    PlanScheduler(Document *document, const Planner &planner, QObject *parent = nullptr);

    /** The last successful plan of the current document state; null after a failure. */
    std::shared_ptr<const Plan> plan() const { return m_plan; }
    /** The last failure's message (translated) and node at fault; empty after a success. */
    QString error() const { return m_error; }
    QString errorNode() const { return m_errorNode; }
    /** Milliseconds the last plan took. */
    double lastPlanMilliseconds() const { return m_lastMs; }

    /** Plans now instead of at the next event-loop turn (tests, benchmarks). */
    void planNow();

signals:
    /** A new plan (or a failure: plan() is null and error() says why). */
    void planUpdated();

private:
    void schedule();

    Document *m_document;
    const Planner &m_planner;
    QTimer m_timer;
    std::shared_ptr<const Plan> m_plan;
    QString m_error;
    QString m_errorNode;
    double m_lastMs = 0.0;
};

} // namespace memplanner
