#pragma once

#include "RuntimeProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace memplanner {

/** Gradient checkpointing: none, N uniform segments, √n segments, or a memory budget. */
struct CheckpointSpec
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointSpec)

public:
    enum class Mode { None, Uniform, Sqrt, Budget };
    Mode mode = Mode::None;
    int segments = 1;
    std::int64_t budgetBytes = 0;

    /** "none", "sqrt", "4", "budget=6GiB"; throws ModelError on anything else. */
    static CheckpointSpec parse(const QString &text);
    QString toString() const;
};

/** Parses "12GiB", "500MB", "1.5G", "1048576" into bytes; throws ModelError. */
std::int64_t parseByteSize(const QString &text);

/** Everything the user chooses for a plan. */
struct PlanConfig
{
    Q_DECLARE_TR_FUNCTIONS(PlanConfig)

public:
    bool training = true;
    std::int64_t batch = 32;
    std::int64_t seq = 128;
    QString optimizer = QStringLiteral("adam");
    QString precision = QStringLiteral("fp32");
    CheckpointSpec checkpoint;
    QString runtime;    ///< empty: pytorch-cuda for the plan, each device's own for devices
    bool keepGradients = false;
    std::optional<OptimizerImpl> optimizerImpl; ///< empty: the runtime's default
    QStringList devices;

    /** The runtime the top-level plan uses. */
    QString effectiveRuntime() const;

    QJsonObject toJson() const;
    /** Reads a project's "config"; absent fields keep their defaults; throws ModelError. */
    static PlanConfig fromJson(const QJsonObject &object);
};

QString optimizerImplName(OptimizerImpl impl);
/** "foreach", "loop", "fused"; throws ModelError on anything else. */
OptimizerImpl parseOptimizerImpl(const QString &text);

} // namespace memplanner
