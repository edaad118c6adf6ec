#include "Calibration.h"

#include "ModelError.h"

#include <Eigen/Dense>

#include <QHash>

#include <cmath>

namespace memplanner {

namespace {

/** Solves min ‖A·x − y‖ with column pivoting; rank tells whether every column was usable. */
Eigen::VectorXd leastSquares(const Eigen::MatrixXd &a, const Eigen::VectorXd &y, int *rank)
{
    // Columns differ by orders of magnitude (1, batch, bytes): scale them to unit norm first.
    Eigen::VectorXd scale = a.colwise().norm().transpose();
    for (Eigen::Index i = 0; i < scale.size(); ++i)
        scale(i) = scale(i) > 0.0 ? scale(i) : 1.0;
    const Eigen::MatrixXd scaled = a * scale.cwiseInverse().asDiagonal();
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    qr.setThreshold(1e-9);
    *rank = static_cast<int>(qr.rank());
    return qr.solve(y).cwiseQuotient(scale);
}

} // namespace

CalibrationResult Calibration::fit(const std::vector<CalibrationSample> &samples,
                                   const RuntimeProfile &base, const QString &newId)
{
    if (samples.size() < 2)
        throw ModelError(tr("Calibration needs at least two measurements (got %1).").arg(samples.size()));
    const Eigen::Index n = static_cast<Eigen::Index>(samples.size());
    Eigen::MatrixXd a(n, 3);
    Eigen::VectorXd y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const CalibrationSample &s = samples[static_cast<std::size_t>(i)];
        if (s.measuredDevicePeak <= 0 || s.plannedTensorPeak <= 0 || s.batch <= 0)
            throw ModelError(tr("Measurement “%1” has no positive sizes.").arg(s.label));
        a(i, 0) = 1.0;
        a(i, 1) = static_cast<double>(s.batch);
        a(i, 2) = static_cast<double>(s.plannedTensorPeak);
        y(i) = static_cast<double>(s.measuredDevicePeak - s.plannedTensorPeak - s.plannedRounding);
    }
    CalibrationResult r;
    int rank = 0;
    Eigen::VectorXd x = leastSquares(a, y, &rank);
    if (rank < 3) {
        // The batch does not vary independently of the peak: fit fixed + fragmentation only.
        r.perSampleFitted = false;
        r.warnings << tr("The measurements do not vary the batch independently of the peak; "
                         "only a fixed overhead and a fragmentation factor were fitted.");
        Eigen::MatrixXd two(n, 2);
        two.col(0) = a.col(0);
        two.col(1) = a.col(2);
        const Eigen::VectorXd x2 = leastSquares(two, y, &rank);
        if (rank < 2)
            throw ModelError(tr("The measurements are all alike; measure at least two different sizes."));
        x = Eigen::Vector3d(x2(0), 0.0, x2(1));
    }
    r.fixedBytes = x(0);
    r.perSampleBytes = x(1);
    r.fragmentation = x(2);
    if (r.fragmentation < 0.0)
        r.warnings << tr("The fitted fragmentation is negative (%1): the plans overestimate these "
                         "steps, or the measurements are noisy.")
                          .arg(r.fragmentation, 0, 'f', 3);
    const Eigen::VectorXd residuals = y - a * x;
    r.residuals.assign(residuals.data(), residuals.data() + residuals.size());
    r.rmsResidual = std::sqrt(residuals.squaredNorm() / static_cast<double>(n));
    r.profile = base;
    r.profile.id = newId;
    r.profile.name = tr("%1, calibrated on %n measurement(s)", nullptr, static_cast<int>(n)).arg(base.name);
    r.profile.contextBytes = static_cast<std::int64_t>(std::llround(std::max(0.0, r.fixedBytes)));
    r.profile.overheadPerSampleBytes = r.perSampleBytes;
    r.profile.fragmentation = std::clamp(r.fragmentation, 0.0, 10.0);
    r.profile.source = tr("Least-squares fit of %1 measurements; RMS residual %2 bytes.")
                           .arg(n)
                           .arg(std::llround(r.rmsResidual));
    return r;
}

QString Calibration::builtinForMeasuredModel(const QString &model)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("torchvision:resnet18"), QStringLiteral("resnet18")},
        {QStringLiteral("torchvision:resnet50"), QStringLiteral("resnet50")},
        {QStringLiteral("torchvision:vgg16"), QStringLiteral("vgg16")},
        {QStringLiteral("torchvision:mobilenet_v2"), QStringLiteral("mobilenetv2")},
        {QStringLiteral("lenet300"), QStringLiteral("lenet300")},
        {QStringLiteral("lstm-classifier"), QStringLiteral("lstm-classifier")},
        {QStringLiteral("hf:bert-base"), QStringLiteral("bert-base")},
        {QStringLiteral("hf:gpt2-small"), QStringLiteral("gpt2-small")}};
    return names.value(model);
}

} // namespace memplanner
