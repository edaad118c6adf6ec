#pragma once

#include "RuntimeProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace memplanner {

/** One measured step next to its plan. */
struct CalibrationSample
{
    QString label;
    std::int64_t batch = 1;
    std::int64_t plannedTensorPeak = 0;
    std::int64_t plannedRounding = 0;    ///< the profile's allocator-rounding term at the peak
    std::int64_t measuredDevicePeak = 0; ///< e.g. device memory used by the process
};

/** The fitted overhead and how well it explains the samples. */
struct CalibrationResult
{
    RuntimeProfile profile;          ///< the base profile with the fitted terms
    double fixedBytes = 0.0;         ///< context, libraries
    double perSampleBytes = 0.0;     ///< overhead growing with the batch
    double fragmentation = 0.0;      ///< overhead as a fraction of the tensor peak
    bool perSampleFitted = true;     ///< false when the samples do not vary the batch enough
    std::vector<double> residuals;   ///< measured − predicted device peak, bytes
    double rmsResidual = 0.0;
    QStringList warnings;
};

/**
 * Fits a runtime's overhead to measurements by least squares (Eigen): measured device peak −
 * planned tensor peak − rounding = fixed + perSample · batch + fragmentation · tensor peak.
 * The result is saved as a user runtime profile and used with --calibration.
 */
class Calibration
{
    Q_DECLARE_TR_FUNCTIONS(Calibration)

public:
    /** Throws ModelError with fewer than two samples or when nothing can be fitted. */
    static CalibrationResult fit(const std::vector<CalibrationSample> &samples,
                                 const RuntimeProfile &base, const QString &newId);

    /** The built-in network a measurement names (tools/measure/measure_pytorch.py models). */
    static QString builtinForMeasuredModel(const QString &model);
};

} // namespace memplanner
