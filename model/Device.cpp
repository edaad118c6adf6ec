#include "Device.h"

#include "ModelError.h"

#include <QJsonArray>

namespace memplanner {

double Device::peakFlops(DType type) const
{
    switch (type) {
    case DType::Float16:
        return flopsFp16;
    case DType::BFloat16:
        return flopsBf16;
    case DType::Int8:
    case DType::Int4:
        return flopsInt8;
    default:
        return flopsFp32;
    }
}

Device Device::fromJson(const QJsonObject &o)
{
    Device d;
    d.id = o.value(QLatin1String("id")).toString();
    if (d.id.isEmpty())
        throw ModelError(tr("A device profile has no “id”."));
    d.name = o.value(QLatin1String("name")).toString(d.id);
    const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("gpu"));
    if (kind == QLatin1String("gpu"))
        d.kind = Kind::Gpu;
    else if (kind == QLatin1String("cpu"))
        d.kind = Kind::Cpu;
    else if (kind == QLatin1String("unified"))
        d.kind = Kind::Unified;
    else
        throw ModelError(tr("Device “%1”: kind must be gpu, cpu or unified.").arg(d.id));
    auto positive = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() <= 0.0 || v.toDouble() > 9.0e18)
            throw ModelError(tr("Device “%1”: “%2” must be a positive number.").arg(d.id, QLatin1String(key)));
        return v.toDouble();
    };
    d.count = o.value(QLatin1String("count")).toInt(1);
    if (d.count < 1)
        throw ModelError(tr("Device “%1”: “count” must be at least 1.").arg(d.id));
    d.memoryBytes = static_cast<std::int64_t>(positive("memory_bytes"));
    d.usableBytes = static_cast<std::int64_t>(positive("usable_bytes"));
    d.hostRamBytes = o.contains(QLatin1String("host_ram_bytes"))
                         ? static_cast<std::int64_t>(positive("host_ram_bytes"))
                         : 0;
    const QJsonObject flops = o.value(QLatin1String("peak_flops")).toObject();
    d.flopsFp32 = flops.value(QLatin1String("fp32")).toDouble();
    d.flopsFp16 = flops.value(QLatin1String("fp16")).toDouble();
    d.flopsBf16 = flops.value(QLatin1String("bf16")).toDouble();
    d.flopsInt8 = flops.value(QLatin1String("int8")).toDouble();
    if (d.flopsFp32 <= 0.0)
        throw ModelError(tr("Device “%1”: peak_flops.fp32 must be positive.").arg(d.id));
    d.bandwidth = positive("bandwidth_bytes_per_s");
    d.efficiency = o.value(QLatin1String("efficiency")).toDouble(0.5);
    if (d.efficiency <= 0.0 || d.efficiency > 1.0)
        throw ModelError(tr("Device “%1”: efficiency must be in (0, 1].").arg(d.id));
    d.runtime = o.value(QLatin1String("runtime")).toString(QStringLiteral("pytorch-cuda"));
    d.training = o.value(QLatin1String("training")).toBool(true);
    d.source = o.value(QLatin1String("source")).toString();
    return d;
}

QJsonObject Device::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("id"), id);
    o.insert(QLatin1String("name"), name);
    o.insert(QLatin1String("kind"), kind == Kind::Gpu   ? QStringLiteral("gpu")
                                     : kind == Kind::Cpu ? QStringLiteral("cpu")
                                                         : QStringLiteral("unified"));
    o.insert(QLatin1String("count"), count);
    o.insert(QLatin1String("memory_bytes"), static_cast<qint64>(memoryBytes));
    o.insert(QLatin1String("usable_bytes"), static_cast<qint64>(usableBytes));
    o.insert(QLatin1String("host_ram_bytes"), static_cast<qint64>(hostRamBytes));
    QJsonObject flops;
    flops.insert(QLatin1String("fp32"), flopsFp32);
    flops.insert(QLatin1String("fp16"), flopsFp16);
    flops.insert(QLatin1String("bf16"), flopsBf16);
    flops.insert(QLatin1String("int8"), flopsInt8);
    o.insert(QLatin1String("peak_flops"), flops);
    o.insert(QLatin1String("bandwidth_bytes_per_s"), bandwidth);
    o.insert(QLatin1String("efficiency"), efficiency);
    o.insert(QLatin1String("runtime"), runtime);
    o.insert(QLatin1String("training"), training);
    o.insert(QLatin1String("source"), source);
    return o;
}

void Device::throwUnknownId(const QString &id, const QStringList &known)
{
    throw ModelError(tr("Unknown device “%1”. Known: %2.").arg(id, known.join(QLatin1String(", "))));
}

DeviceCatalogue DeviceCatalogue::load(const QString &userFile)
{
    DeviceCatalogue catalogue;
    catalogue.loadFiles(QStringLiteral(":/devices.json"), userFile);
    return catalogue;
}

} // namespace memplanner
