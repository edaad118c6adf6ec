#pragma once

#include "DType.h"
#include "ProfileCatalogue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace memplanner {

/** A target machine: memory, compute per precision, bandwidth, and where the figures come from. */
struct Device
{
    Q_DECLARE_TR_FUNCTIONS(Device)

public:
    enum class Kind { Gpu, Cpu, Unified };

    QString id;
    QString name;
    Kind kind = Kind::Gpu;
    int count = 1;
    std::int64_t memoryBytes = 0;
    std::int64_t usableBytes = 0; ///< per accelerator: the capacity plans are checked against
    std::int64_t hostRamBytes = 0;
    double flopsFp32 = 0.0;
    double flopsFp16 = 0.0;
    double flopsBf16 = 0.0;
    double flopsInt8 = 0.0;
    double bandwidth = 0.0; ///< bytes per second
    double efficiency = 0.5;
    QString runtime;
    bool training = true;
    QString source;

    /** Peak FLOP/s for math in @p type; 0 when the device has no native support. */
    double peakFlops(DType type) const;

    static Device fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    static const char *listKey() { return "devices"; }
    [[noreturn]] static void throwUnknownId(const QString &id, const QStringList &known);
};

/** The device profiles: built-in (resources/devices.json), then the user's, overriding by id. */
class DeviceCatalogue : public ProfileCatalogue<Device>
{
public:
    static DeviceCatalogue load(const QString &userFile = QString());
    const QList<Device> &devices() const { return items(); }
};

} // namespace memplanner
