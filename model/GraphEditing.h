#pragma once

#include "Graph.h"

#include <QCoreApplication>
#include <QString>

namespace memplanner {

/** Checks and helpers for editing a graph by hand (the editor, paste, the palette). */
class GraphEditing
{
    Q_DECLARE_TR_FUNCTIONS(GraphEditing)

public:
    /** @p base if unused in @p graph (and not in @p taken), else base_2, base_3, … */
    static QString uniqueName(const Graph &graph, const QString &base,
                              const QStringList &taken = {});
    /** A new node of @p op with the palette's initial attributes and a unique name. */
    static Node newNode(const Graph &graph, const QString &op);

    /**
     * Why feeding tensor @p producerRef into node @p consumer is refused (translated), or an
     * empty string when it is allowed: unknown names, the op's input count, a cycle.
     */
    static QString connectionError(const Graph &graph, const QString &producerRef,
                                   const QString &consumer);
    /** The consumer's inputs after connecting @p producerRef (appended, or replacing the only
     *  input of a one-input op). */
    static QStringList connectedInputs(const Graph &graph, const QString &producerRef,
                                       const QString &consumer);

    /** True when @p from reaches @p to through node inputs (so to → from would close a cycle). */
    static bool reaches(const Graph &graph, const QString &from, const QString &to);

    /** A valid identifier from user text: trimmed, not empty, no ':' (a tensor-ref separator). */
    static QString nameError(const Graph &graph, const QString &name, const QString &current);
};

} // namespace memplanner
