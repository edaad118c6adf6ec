#include "PlanSerializer.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace memplanner {

namespace {

QJsonValue bytesValue(std::int64_t bytes)
{
    return QJsonValue(static_cast<qint64>(bytes));
}

/** Columns a terminal gives @p text: East Asian wide characters take two. */
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
                          || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
                          || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
                          || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

/** "  label   value" lines with the values aligned after the widest label. */
QStringList alignedRows(const QList<std::pair<QString, QString>> &rows)
{
    int widest = 0;
    for (const auto &row : rows)
        widest = std::max(widest, displayWidth(row.first));
    QStringList lines;
    for (const auto &[label, value] : rows)
        lines << QStringLiteral("  ") + label + QString(widest - displayWidth(label) + 2, QLatin1Char(' ')) + value;
    return lines;
}

QString checkpointLabel(const Plan &plan)
{
    if (plan.segments <= 1)
        return PlanSerializer::tr("none");
    return PlanSerializer::tr("%n segment(s)", nullptr, plan.segments);
}

} // namespace

QString PlanSerializer::phaseId(Phase phase)
{
    switch (phase) {
    case Phase::Forward:
        return QStringLiteral("forward");
    case Phase::Backward:
        return QStringLiteral("backward");
    case Phase::Optimizer:
        return QStringLiteral("optimizer");
    }
    return QString();
}

QString PlanSerializer::phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Forward:
        return tr("forward");
    case Phase::Backward:
        return tr("backward");
    case Phase::Optimizer:
        return tr("optimizer step");
    }
    return QString();
}

QString PlanSerializer::categoryId(Category category)
{
    static const char *ids[] = {"weights", "gradients", "optimizer_states", "activations", "workspace", "inputs"};
    return QLatin1String(ids[static_cast<int>(category)]);
}

QString PlanSerializer::categoryLabel(Category category)
{
    switch (category) {
    case Category::Weights:
        return tr("Weights");
    case Category::Gradients:
        return tr("Gradients");
    case Category::OptimizerStates:
        return tr("Optimizer state");
    case Category::Activations:
        return tr("Activations");
    case Category::Workspace:
        return tr("Workspace");
    case Category::Inputs:
        return tr("Input batch");
    }
    return QString();
}

QString PlanSerializer::formatBytes(std::int64_t bytes, const QLocale &locale)
{
    const double b = static_cast<double>(bytes);
    const double a = std::fabs(b);
    if (a >= 1024.0 * 1024.0 * 1024.0)
        return tr("%1 GiB").arg(locale.toString(b / (1024.0 * 1024.0 * 1024.0), 'f', 2));
    if (a >= 1024.0 * 1024.0)
        return tr("%1 MiB").arg(locale.toString(b / (1024.0 * 1024.0), 'f', 1));
    if (a >= 1024.0)
        return tr("%1 KiB").arg(locale.toString(b / 1024.0, 'f', 1));
    return tr("%1 B").arg(locale.toString(static_cast<qlonglong>(bytes)));
}

QString PlanSerializer::formatFlops(double flops, const QLocale &locale)
{
    if (flops >= 1e12)
        return tr("%1 TFLOP").arg(locale.toString(flops / 1e12, 'f', 2));
    if (flops >= 1e9)
        return tr("%1 GFLOP").arg(locale.toString(flops / 1e9, 'f', 2));
    if (flops >= 1e6)
        return tr("%1 MFLOP").arg(locale.toString(flops / 1e6, 'f', 2));
    return tr("%1 FLOP").arg(locale.toString(flops, 'f', 0));
}

QString PlanSerializer::peakNodeName(const Plan &plan)
{
    if (plan.memory.node < 0)
        return QString();
    const AnalysedNode &n = plan.core->graph.nodes[plan.memory.node];
    return plan.core->graph.tensors[n.outputs.front()].name;
}

QJsonObject PlanSerializer::toJson(const Plan &plan)
{
    QJsonObject model;
    model.insert(QLatin1String("name"), plan.modelName);
    model.insert(QLatin1String("source"), plan.modelSource);
    model.insert(QLatin1String("nodes"), plan.nodeCount);
    model.insert(QLatin1String("parameters"), bytesValue(plan.parameters));
    model.insert(QLatin1String("trainable_parameters"), bytesValue(plan.trainableParameters));
    if (!plan.fusions.isEmpty())
        model.insert(QLatin1String("fusions"), QJsonArray::fromStringList(plan.fusions));

    QJsonObject config = plan.config.toJson();
    config.insert(QLatin1String("segments"), plan.segments);

    QJsonObject memory;
    for (int c = 0; c < kCategoryCount; ++c)
        memory.insert(categoryId(static_cast<Category>(c)), bytesValue(plan.memory.breakdown[c]));
    memory.insert(QLatin1String("tensor_peak"), bytesValue(plan.memory.tensorPeak));
    memory.insert(QLatin1String("runtime_overhead"), bytesValue(plan.memory.runtimeOverhead));
    memory.insert(QLatin1String("device_peak"), bytesValue(plan.memory.devicePeak));
    memory.insert(QLatin1String("peak_phase"), phaseId(plan.memory.phase));
    memory.insert(QLatin1String("peak_node"), peakNodeName(plan));

    QJsonObject compute;
    compute.insert(QLatin1String("forward_flops"), plan.compute.forward);
    compute.insert(QLatin1String("backward_flops"), plan.compute.backward);
    compute.insert(QLatin1String("recompute_flops"), plan.compute.recompute);
    compute.insert(QLatin1String("optimizer_flops"), plan.compute.optimizer);
    compute.insert(QLatin1String("total_flops"), plan.compute.total());

    QJsonArray devices;
    for (const DeviceFit &d : plan.devices) {
        QJsonObject o;
        o.insert(QLatin1String("id"), d.id);
        o.insert(QLatin1String("name"), d.name);
        o.insert(QLatin1String("runtime"), d.runtime);
        o.insert(QLatin1String("capacity"), bytesValue(d.capacity));
        o.insert(QLatin1String("device_peak"), bytesValue(d.devicePeak));
        o.insert(QLatin1String("fits"), d.fits);
        o.insert(QLatin1String("headroom"), bytesValue(d.headroom));
        o.insert(QLatin1String("max_batch"), d.maxBatch ? QJsonValue(static_cast<qint64>(*d.maxBatch)) : QJsonValue());
        o.insert(QLatin1String("step_time_s"), d.stepTimeSeconds);
        o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(d.warnings));
        devices.append(o);
    }

    QJsonObject root;
    root.insert(QLatin1String("schema"), QStringLiteral("memplanner.plan/1"));
    root.insert(QLatin1String("model"), model);
    root.insert(QLatin1String("config"), config);
    root.insert(QLatin1String("memory"), memory);
    root.insert(QLatin1String("compute"), compute);
    root.insert(QLatin1String("devices"), devices);
    root.insert(QLatin1String("warnings"), QJsonArray::fromStringList(plan.warnings));
    return root;
}

QString PlanSerializer::toCsv(const Plan &plan)
{
    QStringList header = {QStringLiteral("model"), QStringLiteral("mode"), QStringLiteral("batch"),
                          QStringLiteral("seq"), QStringLiteral("optimizer"), QStringLiteral("precision"),
                          QStringLiteral("checkpoint"), QStringLiteral("runtime")};
    QStringList row = {plan.modelName, plan.config.training ? QStringLiteral("train") : QStringLiteral("infer"),
                       QString::number(plan.config.batch), QString::number(plan.config.seq),
                       plan.config.optimizer, plan.config.precision, plan.config.checkpoint.toString(),
                       plan.config.effectiveRuntime()};
    for (int c = 0; c < kCategoryCount; ++c) {
        header << categoryId(static_cast<Category>(c));
        row << QString::number(plan.memory.breakdown[c]);
    }
    header << QStringLiteral("tensor_peak") << QStringLiteral("runtime_overhead")
           << QStringLiteral("device_peak") << QStringLiteral("peak_phase")
           << QStringLiteral("forward_flops") << QStringLiteral("backward_flops")
           << QStringLiteral("recompute_flops") << QStringLiteral("total_flops");
    row << QString::number(plan.memory.tensorPeak) << QString::number(plan.memory.runtimeOverhead)
        << QString::number(plan.memory.devicePeak) << phaseId(plan.memory.phase)
        << QString::number(plan.compute.forward, 'g', 15) << QString::number(plan.compute.backward, 'g', 15)
        << QString::number(plan.compute.recompute, 'g', 15) << QString::number(plan.compute.total(), 'g', 15);
    for (QString &cell : row)
        if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')))
            cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return header.join(QLatin1Char(',')) + QLatin1Char('\n') + row.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString PlanSerializer::toText(const Plan &plan, const QLocale &locale)
{
    QStringList out;
    const QString mode = plan.config.training ? tr("training") : tr("inference");
    out << tr("%1 — %2, batch %3").arg(plan.modelName, mode, locale.toString(static_cast<qlonglong>(plan.config.batch)));
    out << tr("Parameters: %1 (%2 trainable), %3 nodes")
               .arg(locale.toString(static_cast<qlonglong>(plan.parameters)),
                    locale.toString(static_cast<qlonglong>(plan.trainableParameters)))
               .arg(plan.nodeCount);
    if (!plan.fusions.isEmpty())
        out << tr("Fused on import: %1").arg(plan.fusions.join(QLatin1String("; ")));
    out << tr("Configuration: optimizer %1, precision %2, checkpointing %3, runtime %4")
               .arg(plan.config.optimizer, plan.config.precision, checkpointLabel(plan), plan.config.effectiveRuntime());
    out << QString();
    out << tr("Peak memory (%1%2):")
               .arg(phaseLabel(plan.memory.phase),
                    peakNodeName(plan).isEmpty() ? QString() : tr(", at %1").arg(peakNodeName(plan)));
    QList<std::pair<QString, QString>> rows;
    for (int c = 0; c < kCategoryCount; ++c)
        rows.append({categoryLabel(static_cast<Category>(c)), formatBytes(plan.memory.breakdown[c], locale)});
    rows.append({tr("Tensor peak"), formatBytes(plan.memory.tensorPeak, locale)});
    rows.append({tr("Runtime overhead"), formatBytes(plan.memory.runtimeOverhead, locale)});
    rows.append({tr("Device peak"), formatBytes(plan.memory.devicePeak, locale)});
    out << alignedRows(rows);
    out << QString();
    out << tr("Compute per step: forward %1, backward %2, recompute %3, total %4")
               .arg(formatFlops(plan.compute.forward, locale), formatFlops(plan.compute.backward, locale),
                    formatFlops(plan.compute.recompute, locale), formatFlops(plan.compute.total(), locale));
    if (!plan.devices.isEmpty()) {
        out << QString();
        out << tr("Devices:");
        for (const DeviceFit &d : plan.devices) {
            const QString verdict = d.fits ? tr("fits, %1 free").arg(formatBytes(d.headroom, locale))
                                           : tr("does not fit, %1 short").arg(formatBytes(-d.headroom, locale));
            const QString largest = !d.maxBatch ? tr("any batch")
                                    : *d.maxBatch == 0 ? tr("not even batch 1")
                                                       : tr("largest batch %1").arg(locale.toString(static_cast<qlonglong>(*d.maxBatch)));
            out << tr("  %1: %2 of %3 — %4; %5; step ≈ %6 s")
                       .arg(d.name, formatBytes(d.devicePeak, locale), formatBytes(d.capacity, locale), verdict,
                            largest, locale.toString(d.stepTimeSeconds, 'g', 3));
            for (const QString &w : d.warnings)
                out << QStringLiteral("    ! ") + w;
        }
    }
    if (!plan.warnings.isEmpty()) {
        out << QString();
        for (const QString &w : plan.warnings)
            out << tr("Warning: %1").arg(w);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject PlanSerializer::fitToJson(const QList<DeviceRecommendation> &recommendations)
{
    QJsonArray devices;
    for (const DeviceRecommendation &rec : recommendations) {
        QJsonArray candidates;
        for (const FitCandidate &c : rec.ranked) {
            QJsonObject o;
            o.insert(QLatin1String("precision"), c.config.precision);
            o.insert(QLatin1String("optimizer"), c.config.optimizer);
            o.insert(QLatin1String("checkpoint"), c.config.checkpoint.toString());
            o.insert(QLatin1String("fits"), c.fits());
            o.insert(QLatin1String("max_batch"), c.maxBatch ? QJsonValue(static_cast<qint64>(*c.maxBatch)) : QJsonValue());
            o.insert(QLatin1String("micro_batch"), static_cast<qint64>(c.microBatch));
            o.insert(QLatin1String("accumulation_steps"), static_cast<qint64>(c.accumulation));
            o.insert(QLatin1String("device_peak"), bytesValue(c.devicePeak));
            o.insert(QLatin1String("step_time_s"), c.stepSeconds);
            o.insert(QLatin1String("samples_per_s"), c.samplesPerSecond);
            o.insert(QLatin1String("recompute_flops"), c.recomputeFlops);
            // The assistant's extras (added to memplanner.fit/1; older readers ignore them).
            o.insert(QLatin1String("effective_batch"), static_cast<qint64>(c.effectiveBatch));
            o.insert(QLatin1String("extra_compute"), c.extraComputeShare());
            o.insert(QLatin1String("frozen_layers"), QJsonArray::fromStringList(c.frozenNodes));
            candidates.append(o);
        }
        QJsonObject d;
        d.insert(QLatin1String("id"), rec.deviceId);
        d.insert(QLatin1String("name"), rec.deviceName);
        d.insert(QLatin1String("capacity"), bytesValue(rec.capacity));
        d.insert(QLatin1String("closest_miss"), bytesValue(rec.closestMissBytes));
        d.insert(QLatin1String("candidates"), candidates);
        devices.append(d);
    }
    QJsonObject root;
    root.insert(QLatin1String("schema"), QStringLiteral("memplanner.fit/1"));
    root.insert(QLatin1String("devices"), devices);
    return root;
}

QString PlanSerializer::fitToText(const QList<DeviceRecommendation> &recommendations,
                                  const QLocale &locale, int shown)
{
    QStringList out;
    for (const DeviceRecommendation &rec : recommendations) {
        out << tr("%1 (%2):").arg(rec.deviceName, formatBytes(rec.capacity, locale));
        if (rec.ranked.isEmpty() || !rec.ranked.first().fits()) {
            out << tr("  Nothing fits; the closest configuration misses by %1.")
                       .arg(formatBytes(rec.closestMissBytes, locale));
            continue;
        }
        int rank = 0;
        for (const FitCandidate &c : rec.ranked) {
            if (!c.fits() || rank >= shown)
                break;
            ++rank;
            const QString ckpt = c.config.checkpoint.mode == CheckpointSpec::Mode::None ? tr("no checkpointing")
                                                                                          : tr("checkpointing %1").arg(c.config.checkpoint.toString());
            out << tr("  %1. %2, %3, %4: micro-batch %5 × %6 steps, peak %7, ≈ %8 samples/s")
                       .arg(rank)
                       .arg(c.config.precision, c.config.optimizer, ckpt,
                            locale.toString(static_cast<qlonglong>(c.microBatch)),
                            locale.toString(static_cast<qlonglong>(c.accumulation)),
                            formatBytes(c.devicePeak, locale), locale.toString(c.samplesPerSecond, 'f', 1));
            if (!c.frozenNodes.isEmpty())
                out.last() += tr(", freezing the first %n layer(s)", nullptr, static_cast<int>(c.frozenNodes.size()));
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace memplanner
