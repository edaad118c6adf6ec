#pragma once

#include "DType.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace memplanner {

/**
 * A precision policy as a table of element types per role, not scattered ifs.
 * AMP keeps weights, gradients and optimizer state in float32 and runs autocast-listed ops in
 * 16 bits (caching 16-bit weight copies); pure 16-bit keeps everything in 16 bits; "master"
 * policies add a float32 copy of the weights for the optimizer (2 + 2 + 4 + state bytes).
 */
struct PrecisionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PrecisionPolicy)

public:
    QString id;
    DType weights = DType::Float32;     ///< stored floating parameters and buffers
    DType gradients = DType::Float32;
    DType optimizerState = DType::Float32;
    std::optional<DType> masterWeights; ///< float32 master copy kept by the optimizer
    DType activations = DType::Float32; ///< the data type of floating graph inputs
    std::optional<DType> autocast;      ///< AMP: the 16-bit type autocast-listed ops run in
    std::optional<DType> quantised;     ///< int8/int4 weight-only inference
    std::int64_t quantGroup = 0;        ///< int4: elements per fp16 scale; 0: per output row
    bool inferenceOnly = false;

    /** A short human label ("AMP (bfloat16)"), translated. */
    QString label() const;

    static const QList<PrecisionPolicy> &all();
    /** The policy called @p id; throws ModelError listing the known ids. */
    static const PrecisionPolicy &require(const QString &id);
};

} // namespace memplanner
