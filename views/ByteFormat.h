#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace memplanner {

/** Byte and FLOP figures as the user chose to read them: binary (MiB) or decimal (MB) units. */
class ByteFormat
{
    Q_DECLARE_TR_FUNCTIONS(ByteFormat)

public:
    enum class Units { Binary, Decimal };

    static Units units();
    static void setUnits(Units units);

    /** "2.89 GiB" or "3.11 GB" in the default locale. */
    static QString bytes(std::int64_t bytes);
    static QString flops(double flops);
    static QString seconds(double seconds);
};

} // namespace memplanner
