#pragma once

#include "FitSolver.h"
#include "Planner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace memplanner {

/** Turns plans into the CLI contract's JSON, CSV, and translated human-readable text. */
class PlanSerializer
{
    Q_DECLARE_TR_FUNCTIONS(PlanSerializer)

public:
    /** The "memplanner.plan/1" object of DESIGN.md; sizes in bytes as integers. */
    static QJsonObject toJson(const Plan &plan);
    /** A header line and one row: the contract's scalar fields. */
    static QString toCsv(const Plan &plan);
    /** A report for people, in @p locale's language and number format. */
    static QString toText(const Plan &plan, const QLocale &locale);

    static QJsonObject fitToJson(const QList<DeviceRecommendation> &recommendations);
    static QString fitToText(const QList<DeviceRecommendation> &recommendations, const QLocale &locale,
                             int shown);

    /** "1.50 GiB" with binary units, localised. */
    static QString formatBytes(std::int64_t bytes, const QLocale &locale);
    /** "8.21 GFLOP", localised. */
    static QString formatFlops(double flops, const QLocale &locale);
    static QString phaseId(Phase phase);
    static QString phaseLabel(Phase phase);
    static QString categoryId(Category category);
    static QString categoryLabel(Category category);
    /** The node running at the peak, or an empty string. */
    static QString peakNodeName(const Plan &plan);
};

} // namespace memplanner
