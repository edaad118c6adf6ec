#include "RuntimeProfile.h"

#include "Bytes.h"
#include "ModelError.h"

#include <QJsonArray>

namespace memplanner {

std::int64_t RuntimeProfile::allocationBytes(std::int64_t bytes) const
{
    if (blockBytes <= 0 || bytes <= 0)
        return bytes;
    if (largeRoundingBytes > 0 && mediumRequestBytes > 0 && bytes >= mediumRequestBytes)
        return roundUp(bytes, largeRoundingBytes);
    return roundUp(bytes, blockBytes);
}

RuntimeProfile RuntimeProfile::fromJson(const QJsonObject &o)
{
    RuntimeProfile r;
    r.id = o.value(QLatin1String("id")).toString();
    if (r.id.isEmpty())
        throw ModelError(tr("A runtime profile has no “id”."));
    r.name = o.value(QLatin1String("name")).toString(r.id);
    r.source = o.value(QLatin1String("source")).toString();
    auto bytes = [&](const char *key, std::int64_t fallback) -> std::int64_t {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < -1.0 || v.toDouble() > 9.0e18)
            throw ModelError(tr("Runtime “%1”: “%2” must be a byte count.").arg(r.id, QLatin1String(key)));
        return v.toInteger();
    };
    r.contextBytes = bytes("context_bytes", 0);
    r.libraryWorkspaceBytes = bytes("library_workspace_bytes", 0);
    r.blockBytes = bytes("block_bytes", 0);
    r.smallRequestBytes = bytes("small_request_bytes", 0);
    r.smallSegmentBytes = bytes("small_segment_bytes", 0);
    r.mediumRequestBytes = bytes("medium_request_bytes", 0);
    r.largeRoundingBytes = bytes("large_rounding_bytes", 0);
    r.convWorkspaceLimitBytes = bytes("conv_workspace_limit_bytes", -1);
    r.fragmentation = o.value(QLatin1String("fragmentation")).toDouble(0.0);
    r.overheadPerSampleBytes = o.value(QLatin1String("overhead_per_sample_bytes")).toDouble(0.0);
    if (r.fragmentation < 0.0 || r.fragmentation > 10.0)
        throw ModelError(tr("Runtime “%1”: fragmentation must be between 0 and 10.").arg(r.id));
    r.dropoutMaskIsBool = o.value(QLatin1String("dropout_mask")).toString() != QLatin1String("input");
    r.skipZeroDropout = o.value(QLatin1String("skip_zero_dropout")).toBool(true);
    r.attentionPath = o.value(QLatin1String("attention_path")).toString() == QLatin1String("math")
                          ? AttentionPath::Math
                          : AttentionPath::Fused;
    const QString impl = o.value(QLatin1String("optimizer_impl")).toString();
    r.optimizerImpl = impl == QLatin1String("loop")    ? OptimizerImpl::Loop
                      : impl == QLatin1String("fused") ? OptimizerImpl::Fused
                                                       : OptimizerImpl::Foreach;
    const QString rnn = o.value(QLatin1String("rnn_path")).toString(QStringLiteral("cudnn"));
    if (rnn == QLatin1String("cpu-cells"))
        r.recurrentPath = RecurrentPath::CpuCells;
    else if (rnn != QLatin1String("cudnn"))
        throw ModelError(tr("Runtime “%1”: “rnn_path” must be “cudnn” or “cpu-cells”.").arg(r.id));
    const QJsonValue blockValue = o.value(QLatin1String("onednn_block_channels"));
    const double block = blockValue.isUndefined() ? 0.0 : blockValue.toDouble(-1.0);
    if (block < 0.0 || block > 64.0 || block != static_cast<int>(block))
        throw ModelError(tr("Runtime “%1”: “onednn_block_channels” must be a whole number from 0 to 64.").arg(r.id));
    r.oneDnnBlockChannels = static_cast<int>(block);
    return r;
}

QJsonObject RuntimeProfile::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("context_bytes"), static_cast<qint64>(contextBytes));
    o.insert(QLatin1String("library_workspace_bytes"), static_cast<qint64>(libraryWorkspaceBytes));
    o.insert(QLatin1String("block_bytes"), static_cast<qint64>(blockBytes));
    o.insert(QLatin1String("small_request_bytes"), static_cast<qint64>(smallRequestBytes));
    o.insert(QLatin1String("small_segment_bytes"), static_cast<qint64>(smallSegmentBytes));
    o.insert(QLatin1String("medium_request_bytes"), static_cast<qint64>(mediumRequestBytes));
    o.insert(QLatin1String("large_rounding_bytes"), static_cast<qint64>(largeRoundingBytes));
    o.insert(QLatin1String("fragmentation"), fragmentation);
    o.insert(QLatin1String("overhead_per_sample_bytes"), overheadPerSampleBytes);
    o.insert(QLatin1String("conv_workspace_limit_bytes"), static_cast<qint64>(convWorkspaceLimitBytes));
    o.insert(QLatin1String("dropout_mask"), dropoutMaskIsBool ? QStringLiteral("bool") : QStringLiteral("input"));
    o.insert(QLatin1String("skip_zero_dropout"), skipZeroDropout);
    o.insert(QLatin1String("attention_path"),
             attentionPath == AttentionPath::Math ? QStringLiteral("math") : QStringLiteral("fused"));
    o.insert(QLatin1String("optimizer_impl"),
             optimizerImpl == OptimizerImpl::Loop    ? QStringLiteral("loop")
             : optimizerImpl == OptimizerImpl::Fused ? QStringLiteral("fused")
                                                     : QStringLiteral("foreach"));
    o.insert(QLatin1String("rnn_path"), recurrentPath == RecurrentPath::CpuCells
                                            ? QStringLiteral("cpu-cells")
                                            : QStringLiteral("cudnn"));
    if (oneDnnBlockChannels > 0)
        o.insert(QLatin1String("onednn_block_channels"), oneDnnBlockChannels);
    o.insert(QLatin1String("source"), source);
    return o;
}

void RuntimeProfile::throwUnknownId(const QString &id, const QStringList &known)
{
    throw ModelError(tr("Unknown runtime “%1”. Known: %2.").arg(id, known.join(QLatin1String(", "))));
}

RuntimeCatalogue RuntimeCatalogue::load(const QString &userFile)
{
    RuntimeCatalogue catalogue;
    catalogue.loadFiles(QStringLiteral(":/runtimes.json"), userFile);
    return catalogue;
}

} // namespace memplanner
