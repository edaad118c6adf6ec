#include "ByteFormat.h"

#include "PlanSerializer.h"

#include <QLocale>

#include <cmath>

namespace memplanner {

namespace {
ByteFormat::Units g_units = ByteFormat::Units::Binary;
}

ByteFormat::Units ByteFormat::units()
{
    return g_units;
}

void ByteFormat::setUnits(Units units)
{
    g_units = units;
}

QString ByteFormat::bytes(std::int64_t bytes)
{
    const QLocale locale;
    if (g_units == Units::Binary)
        return PlanSerializer::formatBytes(bytes, locale);
    const double b = static_cast<double>(bytes);
    const double a = std::fabs(b);
    if (a >= 1e9)
        return tr("%1 GB").arg(locale.toString(b / 1e9, 'f', 2));
    if (a >= 1e6)
        return tr("%1 MB").arg(locale.toString(b / 1e6, 'f', 1));
    if (a >= 1e3)
        return tr("%1 kB").arg(locale.toString(b / 1e3, 'f', 1));
    return tr("%1 B").arg(locale.toString(static_cast<qlonglong>(bytes)));
}

QString ByteFormat::flops(double flops)
{
    return PlanSerializer::formatFlops(flops, QLocale());
}

QString ByteFormat::seconds(double seconds)
{
    const QLocale locale;
    if (seconds >= 1.0)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    return tr("%1 ms").arg(locale.toString(seconds * 1e3, 'f', 1));
}

} // namespace memplanner
