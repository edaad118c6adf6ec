// Least-squares calibration of a runtime's overhead on synthetic measurements whose true
// coefficients are known, so the fit must recover them.

#include "Calibration.h"
#include "ModelError.h"
#include "RuntimeProfile.h"

#include <QTest>

#include <cmath>

using namespace memplanner;

namespace {

/** A measurement generated from overhead = fixed + perSample·batch + fragmentation·peak. */
CalibrationSample sample(std::int64_t batch, std::int64_t peak, double fixed, double perSample,
                         double fragmentation, std::int64_t noise = 0)
{
    CalibrationSample s;
    s.label = QStringLiteral("b%1").arg(batch);
    s.batch = batch;
    s.plannedTensorPeak = peak;
    s.plannedRounding = 1000 * batch;
    s.measuredDevicePeak = peak + s.plannedRounding
                           + static_cast<std::int64_t>(std::llround(fixed + perSample * batch + fragmentation * peak))
                           + noise;
    return s;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownCoefficients()
    {
        // 750 MiB context, 2 MiB per sample, 12 % fragmentation; peaks not proportional to the
        // batch (different models), so all three terms are identifiable.
        const double fixed = 750.0 * 1048576, perSample = 2.0 * 1048576, frag = 0.12;
        const std::vector<CalibrationSample> samples = {
            sample(8, 900'000'000, fixed, perSample, frag), sample(16, 1'700'000'000, fixed, perSample, frag),
            sample(32, 2'100'000'000, fixed, perSample, frag), sample(64, 5'600'000'000, fixed, perSample, frag),
            sample(4, 3'000'000'000, fixed, perSample, frag)};
        const CalibrationResult r = Calibration::fit(samples, RuntimeCatalogue::load().require(QStringLiteral("pytorch-cuda")),
                                                     QStringLiteral("my-gpu"));
        QVERIFY(r.perSampleFitted);
        QVERIFY2(std::fabs(r.fixedBytes - fixed) < 8.0, qPrintable(QString::number(r.fixedBytes)));
        QVERIFY2(std::fabs(r.perSampleBytes - perSample) < 1.0, qPrintable(QString::number(r.perSampleBytes)));
        QVERIFY2(std::fabs(r.fragmentation - frag) < 1e-8, qPrintable(QString::number(r.fragmentation)));
        QVERIFY(r.rmsResidual < 1.0); // the generator rounds to whole bytes
        QCOMPARE(r.profile.id, QStringLiteral("my-gpu"));
        QCOMPARE(r.profile.contextBytes, qint64(786432000));
        QVERIFY(r.warnings.isEmpty());
    }

    void residualsShowNoise()
    {
        // ±4 MiB of noise on one sample: the residuals reveal it, the fit stays close.
        const double fixed = 500e6, perSample = 0.0, frag = 0.1;
        std::vector<CalibrationSample> samples = {sample(8, 1e9, fixed, perSample, frag, 4 << 20),
                                                  sample(16, 3e9, fixed, perSample, frag),
                                                  sample(32, 2e9, fixed, perSample, frag, -(4 << 20)),
                                                  sample(64, 6e9, fixed, perSample, frag)};
        const CalibrationResult r = Calibration::fit(samples, RuntimeProfile{}, QStringLiteral("noisy"));
        QCOMPARE(r.residuals.size(), std::size_t(4));
        QVERIFY(r.rmsResidual > 1e5 && r.rmsResidual < 4.2e6);
        QVERIFY(std::fabs(r.fragmentation - frag) < 0.01);
    }

    void batchProportionalPeaksFitTwoTerms()
    {
        // Peak = 50 MB · batch for every sample: batch and peak are collinear, so only the fixed
        // term and the fragmentation can be told apart; the fit says so.
        std::vector<CalibrationSample> samples;
        for (std::int64_t b : {8, 16, 32})
            samples.push_back(sample(b, 50'000'000 * b, 400e6, 0.0, 0.2));
        const CalibrationResult r = Calibration::fit(samples, RuntimeProfile{}, QStringLiteral("t"));
        QVERIFY(!r.perSampleFitted);
        QVERIFY(!r.warnings.isEmpty());
        QVERIFY(std::fabs(r.fragmentation - 0.2) < 1e-6);
        QVERIFY(std::fabs(r.fixedBytes - 400e6) < 16.0);
    }

    void needsTwoDifferentMeasurements()
    {
        QVERIFY_THROWS_EXCEPTION(ModelError, Calibration::fit({sample(8, 1e9, 1e8, 0, 0.1)}, RuntimeProfile{}, QStringLiteral("x")));
        QVERIFY_THROWS_EXCEPTION(ModelError, Calibration::fit({sample(8, 1e9, 1e8, 0, 0.1), sample(8, 1e9, 1e8, 0, 0.1)},
                                                              RuntimeProfile{}, QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
