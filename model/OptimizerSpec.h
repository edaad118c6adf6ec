#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace memplanner {

/**
 * An optimizer's memory: persistent state per trainable parameter, and the transient buffers
 * one step allocates. Transients follow torch.optim 2.x: the multi-tensor ("foreach") path
 * holds temporaries the size of the whole parameter list, the per-parameter loop one
 * parameter's worth, fused kernels none.
 */
struct OptimizerSpec
{
    Q_DECLARE_TR_FUNCTIONS(OptimizerSpec)

public:
    enum class StateKind { PerElement, Factored, EightBit };

    QString id;
    int statesPerParameter = 0;  ///< full-size state tensors per parameter
    StateKind kind = StateKind::PerElement;
    /// temporaries per step in units of (all parameters) for foreach, (largest parameter) for loop
    int foreachTemporaries = 0;
    int loopTemporaries = 0;
    double flopsPerParameter = 0.0; ///< elementwise work of one step

    /** State bytes for one parameter of @p elements laid out as @p rows × (elements / rows). */
    std::int64_t stateBytes(std::int64_t elements, std::int64_t rows, int stateElementBytes) const;

    QString label() const;
    static const QList<OptimizerSpec> &all();
    /** The optimizer called @p id; throws ModelError listing the known ids. */
    static const OptimizerSpec &require(const QString &id);
};

} // namespace memplanner
