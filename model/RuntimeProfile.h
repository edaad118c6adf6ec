#pragma once

#include "ProfileCatalogue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace memplanner {

enum class AttentionPath { Math, Fused };
enum class OptimizerImpl { Foreach, Loop, Fused };
/** How an LSTM runs: cuDNN's fused kernel (a reserve per step) or ATen's loop of cells (the
 *  CPU path of PyTorch ≤ 1.13, which saves each cell's gates and states). */
enum class RecurrentPath { Cudnn, CpuCells };

/**
 * What a framework runtime adds on top of the tensors, and the few semantics it fixes
 * (PyTorch's CUDA and CPU paths differ in dropout masks, attention kernels and optimizer
 * implementation). Values are data (resources/runtimes.json); users edit and calibrate them.
 */
struct RuntimeProfile
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeProfile)

public:
    QString id;
    QString name;
    QString source;
    std::int64_t contextBytes = 0;          ///< CUDA context + libraries, or interpreter + import
    std::int64_t libraryWorkspaceBytes = 0; ///< e.g. cuBLAS workspace
    std::int64_t blockBytes = 0;            ///< allocator rounding (0: none)
    std::int64_t smallRequestBytes = 0;     ///< requests up to this come from small segments
    std::int64_t smallSegmentBytes = 0;
    std::int64_t largeRoundingBytes = 0;    ///< requests above mediumRequestBytes round to this
    std::int64_t mediumRequestBytes = 0;
    double fragmentation = 0.0;             ///< extra reserved memory as a fraction of the peak
    double overheadPerSampleBytes = 0.0;    ///< overhead growing with the batch (calibrated)
    std::int64_t convWorkspaceLimitBytes = -1; ///< cap on im2col lowering; -1: uncapped
    bool dropoutMaskIsBool = true;          ///< fused CUDA dropout saves bool; CPU saves input dtype
    bool skipZeroDropout = true;            ///< p = 0 dropout is the identity
    AttentionPath attentionPath = AttentionPath::Fused;
    OptimizerImpl optimizerImpl = OptimizerImpl::Foreach;
    RecurrentPath recurrentPath = RecurrentPath::Cudnn; ///< "rnn_path": "cudnn" or "cpu-cells"
    /// oneDNN convolutions (PyTorch on the CPU) reorder into a blocked layout whose channel
    /// blocks are this wide (16 with AVX-512, 8 with AVX2); 0: no reorder copies
    int oneDnnBlockChannels = 0;

    /** Bytes the allocator really hands out for a request of @p bytes. */
    std::int64_t allocationBytes(std::int64_t bytes) const;

    static RuntimeProfile fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    static const char *listKey() { return "runtimes"; }
    [[noreturn]] static void throwUnknownId(const QString &id, const QStringList &known);
};

/** The runtime profiles: built-in (resources/runtimes.json), then the user's, by id. */
class RuntimeCatalogue : public ProfileCatalogue<RuntimeProfile>
{
public:
    static RuntimeCatalogue load(const QString &userFile = QString());
    const QList<RuntimeProfile> &profiles() const { return items(); }
};

} // namespace memplanner
