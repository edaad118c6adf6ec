#include "OptimizerSpec.h"

#include "Bytes.h"
#include "ModelError.h"

namespace memplanner {

namespace {

OptimizerSpec make(const char *id, int states, int foreachTemps, int loopTemps, double flops,
                   OptimizerSpec::StateKind kind = OptimizerSpec::StateKind::PerElement)
{
    OptimizerSpec o;
    o.id = QLatin1String(id);
    o.statesPerParameter = states;
    o.foreachTemporaries = foreachTemps;
    o.loopTemporaries = loopTemps;
    o.flopsPerParameter = flops;
    o.kind = kind;
    return o;
}

// Temporaries read off torch/optim/*.py (2.x): _multi_tensor_adam allocates one list
// (exp_avg_sq_sqrt); _single_tensor_adam's denom = (exp_avg_sq.sqrt() / bc2).add_(eps) holds two
// parameter-sized tensors at once; nesterov adds grad + momentum·buf out of place; adagrad and
// rmsprop take one sqrt list.
QList<OptimizerSpec> buildOptimizers()
{
    using K = OptimizerSpec::StateKind;
    return {
        make("sgd", 0, 0, 0, 2.0),
        make("momentum", 1, 0, 0, 4.0),
        make("nesterov", 1, 1, 1, 6.0),
        make("adagrad", 1, 1, 1, 6.0),
        make("rmsprop", 1, 1, 2, 7.0),
        make("rmsprop-centered", 2, 1, 2, 10.0),
        make("adam", 2, 1, 2, 12.0),
        make("adamw", 2, 1, 2, 13.0),
        make("lamb", 2, 2, 2, 16.0),
        make("lion", 1, 1, 2, 8.0),
        make("adafactor", 0, 1, 1, 12.0, K::Factored),
        make("adam8bit", 2, 1, 2, 14.0, K::EightBit),
    };
}

} // namespace

std::int64_t OptimizerSpec::stateBytes(std::int64_t elements, std::int64_t rows,
                                       int stateElementBytes) const
{
    switch (kind) {
    case StateKind::PerElement:
        return checkedMul(checkedMul(elements, statesPerParameter), stateElementBytes);
    case StateKind::Factored: {
        // Adafactor (no first moment): row and column second-moment factors for matrices,
        // a full second moment for vectors.
        if (rows <= 1 || rows == elements)
            return checkedMul(elements, stateElementBytes);
        return checkedMul(checkedAdd(rows, elements / rows), stateElementBytes);
    }
    case StateKind::EightBit: {
        // bitsandbytes keeps 32-bit state for tensors under 4,096 elements; otherwise two
        // one-byte states plus one float32 absmax per 2,048-element block and state.
        if (elements < 4096)
            return checkedMul(checkedMul(elements, 2), 4);
        const std::int64_t blocks = (elements + 2047) / 2048;
        return checkedAdd(checkedMul(elements, 2), checkedMul(blocks, 2 * 4));
    }
    }
    return 0;
}

QString OptimizerSpec::label() const
{
    static const struct
    {
        const char *id;
        const char *text;
    } labels[] = {
        {"sgd", QT_TR_NOOP("SGD")},
        {"momentum", QT_TR_NOOP("SGD with momentum")},
        {"nesterov", QT_TR_NOOP("SGD with Nesterov momentum")},
        {"adagrad", QT_TR_NOOP("Adagrad")},
        {"rmsprop", QT_TR_NOOP("RMSprop")},
        {"rmsprop-centered", QT_TR_NOOP("RMSprop (centered)")},
        {"adam", QT_TR_NOOP("Adam")},
        {"adamw", QT_TR_NOOP("AdamW")},
        {"lamb", QT_TR_NOOP("LAMB")},
        {"lion", QT_TR_NOOP("Lion")},
        {"adafactor", QT_TR_NOOP("Adafactor")},
        {"adam8bit", QT_TR_NOOP("8-bit Adam")},
    };
    for (const auto &l : labels)
        if (id == QLatin1String(l.id))
            return tr(l.text);
    return id;
}

const QList<OptimizerSpec> &OptimizerSpec::all()
{
    static const QList<OptimizerSpec> optimizers = buildOptimizers();
    return optimizers;
}

const OptimizerSpec &OptimizerSpec::require(const QString &optimizerId)
{
    for (const OptimizerSpec &o : all())
        if (o.id == optimizerId)
            return o;
    QStringList ids;
    for (const OptimizerSpec &o : all())
        ids << o.id;
    throw ModelError(tr("Unknown optimizer “%1”. Known: %2.").arg(optimizerId, ids.join(QLatin1String(", "))));
}

} // namespace memplanner
