#include "PrecisionPolicy.h"

#include "ModelError.h"

namespace memplanner {

namespace {

PrecisionPolicy make(const char *id, DType weights, DType grads, DType state, DType activations)
{
    PrecisionPolicy p;
    p.id = QLatin1String(id);
    p.weights = weights;
    p.gradients = grads;
    p.optimizerState = state;
    p.activations = activations;
    return p;
}

QList<PrecisionPolicy> buildPolicies()
{
    const DType f32 = DType::Float32, f16 = DType::Float16, b16 = DType::BFloat16;
    PrecisionPolicy ampFp16 = make("amp-fp16", f32, f32, f32, f32);
    ampFp16.autocast = f16;
    PrecisionPolicy ampBf16 = make("amp-bf16", f32, f32, f32, f32);
    ampBf16.autocast = b16;
    PrecisionPolicy masterFp16 = make("fp16-master", f16, f16, f32, f16);
    masterFp16.masterWeights = f32;
    PrecisionPolicy masterBf16 = make("bf16-master", b16, b16, f32, b16);
    masterBf16.masterWeights = f32;
    PrecisionPolicy int8 = make("int8", f16, f16, f16, f16);
    int8.quantised = DType::Int8;
    int8.inferenceOnly = true;
    PrecisionPolicy int4 = make("int4", f16, f16, f16, f16);
    int4.quantised = DType::Int4;
    int4.quantGroup = 128; // group-wise scales as in GPTQ/AWQ-style int4 kernels
    int4.inferenceOnly = true;
    return {make("fp32", f32, f32, f32, f32), ampFp16, ampBf16, make("fp16", f16, f16, f16, f16),
            make("bf16", b16, b16, b16, b16), masterFp16, masterBf16, int8, int4};
}

} // namespace

QString PrecisionPolicy::label() const
{
    if (id == QLatin1String("fp32"))
        return tr("float32");
    if (id == QLatin1String("amp-fp16"))
        return tr("mixed precision (float16 autocast)");
    if (id == QLatin1String("amp-bf16"))
        return tr("mixed precision (bfloat16 autocast)");
    if (id == QLatin1String("fp16"))
        return tr("pure float16");
    if (id == QLatin1String("bf16"))
        return tr("pure bfloat16");
    if (id == QLatin1String("fp16-master"))
        return tr("float16 with float32 master weights");
    if (id == QLatin1String("bf16-master"))
        return tr("bfloat16 with float32 master weights");
    if (id == QLatin1String("int8"))
        return tr("int8 weights (inference)");
    return tr("int4 weights (inference)");
}

const QList<PrecisionPolicy> &PrecisionPolicy::all()
{
    static const QList<PrecisionPolicy> policies = buildPolicies();
    return policies;
}

const PrecisionPolicy &PrecisionPolicy::require(const QString &policyId)
{
    for (const PrecisionPolicy &p : all())
        if (p.id == policyId)
            return p;
    QStringList ids;
    for (const PrecisionPolicy &p : all())
        ids << p.id;
    throw ModelError(tr("Unknown precision “%1”. Known: %2.").arg(policyId, ids.join(QLatin1String(", "))));
}

} // namespace memplanner
