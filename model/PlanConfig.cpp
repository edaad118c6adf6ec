#include "PlanConfig.h"

#include "ModelError.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace memplanner {

std::int64_t parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgGtT]?)(i?)[bB]?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        throw ModelError(QCoreApplication::translate("PlanConfig", "“%1” is not a size (try 6GiB, 500MB or 1048576).").arg(text));
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const double base = m.captured(3).isEmpty() && !unit.isEmpty() ? 1000.0 : 1024.0;
    const int power = unit.isEmpty() ? 0 : QStringLiteral("KMGT").indexOf(unit) + 1;
    const double bytes = value * std::pow(base, power);
    if (bytes > 9.0e18)
        throw ModelError(QCoreApplication::translate("PlanConfig", "The size “%1” is too large.").arg(text));
    return static_cast<std::int64_t>(std::llround(bytes));
}

CheckpointSpec CheckpointSpec::parse(const QString &text)
{
    CheckpointSpec spec;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none") || t == QLatin1String("0") || t == QLatin1String("1"))
        return spec;
    if (t == QLatin1String("sqrt")) {
        spec.mode = Mode::Sqrt;
        return spec;
    }
    if (t.startsWith(QLatin1String("budget="))) {
        spec.mode = Mode::Budget;
        spec.budgetBytes = parseByteSize(t.mid(7));
        if (spec.budgetBytes <= 0)
            throw ModelError(tr("The checkpoint budget must be positive."));
        return spec;
    }
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 0 || n > 100000)
        throw ModelError(tr("Unknown checkpoint mode “%1” (use none, sqrt, a segment count or "
                            "budget=SIZE).")
                             .arg(text));
    spec.mode = Mode::Uniform;
    spec.segments = n;
    return spec;
}

QString CheckpointSpec::toString() const
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Sqrt:
        return QStringLiteral("sqrt");
    case Mode::Uniform:
        return QString::number(segments);
    case Mode::Budget:
        return QStringLiteral("budget=") + QString::number(budgetBytes);
    }
    return QString();
}

QString optimizerImplName(OptimizerImpl impl)
{
    switch (impl) {
    case OptimizerImpl::Foreach:
        return QStringLiteral("foreach");
    case OptimizerImpl::Loop:
        return QStringLiteral("loop");
    case OptimizerImpl::Fused:
        return QStringLiteral("fused");
    }
    return QString();
}

OptimizerImpl parseOptimizerImpl(const QString &text)
{
    if (text == QLatin1String("foreach"))
        return OptimizerImpl::Foreach;
    if (text == QLatin1String("loop"))
        return OptimizerImpl::Loop;
    if (text == QLatin1String("fused"))
        return OptimizerImpl::Fused;
    throw ModelError(QCoreApplication::translate("PlanConfig", "Unknown optimizer implementation “%1” (use foreach, loop or fused).").arg(text));
}

QString PlanConfig::effectiveRuntime() const
{
    return runtime.isEmpty() ? QStringLiteral("pytorch-cuda") : runtime;
}

QJsonObject PlanConfig::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("mode"), training ? QStringLiteral("train") : QStringLiteral("infer"));
    o.insert(QLatin1String("batch"), static_cast<qint64>(batch));
    o.insert(QLatin1String("seq"), static_cast<qint64>(seq));
    o.insert(QLatin1String("optimizer"), optimizer);
    o.insert(QLatin1String("precision"), precision);
    o.insert(QLatin1String("checkpoint"), checkpoint.toString());
    o.insert(QLatin1String("runtime"), effectiveRuntime());
    o.insert(QLatin1String("keep_grads"), keepGradients);
    if (optimizerImpl)
        o.insert(QLatin1String("optimizer_impl"), optimizerImplName(*optimizerImpl));
    return o;
}

PlanConfig PlanConfig::fromJson(const QJsonObject &o)
{
    PlanConfig c;
    const QString mode = o.value(QLatin1String("mode")).toString(QStringLiteral("train"));
    if (mode != QLatin1String("train") && mode != QLatin1String("infer"))
        throw ModelError(tr("config.mode must be “train” or “infer”, not “%1”.").arg(mode));
    c.training = mode == QLatin1String("train");
    auto positive = [&](const char *key, std::int64_t fallback) -> std::int64_t {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() < 1.0 || v.toDouble() > 1.0e12)
            throw ModelError(tr("config.%1 must be a positive whole number.").arg(QLatin1String(key)));
        return v.toInteger();
    };
    c.batch = positive("batch", c.batch);
    c.seq = positive("seq", c.seq);
    c.optimizer = o.value(QLatin1String("optimizer")).toString(c.optimizer);
    c.precision = o.value(QLatin1String("precision")).toString(c.precision);
    c.checkpoint = CheckpointSpec::parse(o.value(QLatin1String("checkpoint")).toString(QStringLiteral("none")));
    c.runtime = o.value(QLatin1String("runtime")).toString();
    c.keepGradients = o.value(QLatin1String("keep_grads")).toBool(false);
    if (o.contains(QLatin1String("optimizer_impl")))
        c.optimizerImpl = parseOptimizerImpl(o.value(QLatin1String("optimizer_impl")).toString());
    return c;
}

} // namespace memplanner
