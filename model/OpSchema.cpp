#include "OpSchema.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace memplanner {

namespace {

using Kind = AttributeSpec::Kind;

AttributeSpec integer(const char *key, qint64 fallback, double minimum = 0, bool required = false)
{
    return {QLatin1String(key), Kind::Integer, QJsonValue(fallback), minimum, {}, required};
}
AttributeSpec required(const char *key, qint64 typical)
{
    return integer(key, typical, 1, true);
}
AttributeSpec real(const char *key, double fallback, double minimum = 0)
{
    return {QLatin1String(key), Kind::Real, QJsonValue(fallback), minimum, {}, false};
}
AttributeSpec boolean(const char *key, bool fallback)
{
    return {QLatin1String(key), Kind::Boolean, QJsonValue(fallback), 0, {}, false};
}
AttributeSpec list(const char *key, qint64 fallback, double minimum = 0, bool isRequired = false)
{
    return {QLatin1String(key), Kind::IntegerList, QJsonValue(fallback), minimum, {}, isRequired};
}
AttributeSpec choice(const char *key, QStringList choices)
{
    const QString first = choices.value(0);
    return {QLatin1String(key), Kind::Choice, QJsonValue(first), 0, std::move(choices), false};
}
AttributeSpec text(const char *key)
{
    return {QLatin1String(key), Kind::Text, QJsonValue(QString()), 0, {}, false};
}

QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QLatin1String(item));
    return out;
}

QList<AttributeSpec> convolution(bool transposed)
{
    QList<AttributeSpec> specs{required("out_channels", 64), list("kernel", 3, 1, true),
                               list("stride", 1, 1), list("padding", 0)};
    if (transposed)
        specs.append(list("output_padding", 0));
    specs.append({list("dilation", 1, 1), integer("groups", 1, 1), boolean("bias", true)});
    return specs;
}

QList<AttributeSpec> pooling(bool max)
{
    AttributeSpec stride = list("stride", 0, 1);
    stride.defaultValue = QJsonValue(); // absent: the kernel size, as PyTorch
    QList<AttributeSpec> specs{list("kernel", 2, 1, true), stride, list("padding", 0)};
    if (max)
        specs.append(list("dilation", 1, 1));
    specs.append(boolean("ceil_mode", false));
    return specs;
}

QHash<QString, QList<AttributeSpec>> buildSchemas()
{
    QHash<QString, QList<AttributeSpec>> s;
    const auto add = [&s](const char *op, QList<AttributeSpec> specs) {
        s.insert(QLatin1String(op), std::move(specs));
    };
    add("Conv1d", convolution(false));
    add("Conv2d", convolution(false));
    add("ConvTranspose2d", convolution(true));
    add("Linear", {required("out_features", 128), boolean("bias", true), text("weight_from")});
    add("BatchNorm", {real("eps", 1e-5), boolean("affine", true),
                      boolean("track_running_stats", true)});
    add("LayerNorm", {real("eps", 1e-5), boolean("elementwise_affine", true),
                      boolean("bias", true)});
    add("GroupNorm", {required("num_groups", 32), real("eps", 1e-5), boolean("affine", true)});
    add("ReLU", {boolean("inplace", false)});
    add("ReLU6", {boolean("inplace", false)});
    add("LeakyReLU", {boolean("inplace", false), real("negative_slope", 0.01)});
    add("GELU", {choice("approximate", names({"none", "tanh"})), boolean("decomposed", false)});
    add("Softmax", {integer("dim", -1, -8)});
    add("LogSoftmax", {integer("dim", -1, -8)});
    add("MaxPool1d", pooling(true));
    add("MaxPool2d", pooling(true));
    add("AvgPool1d", pooling(false));
    add("AvgPool2d", pooling(false));
    add("AdaptiveAvgPool2d", {list("output_size", 1, 1)});
    add("GlobalAvgPool", {boolean("keepdims", false)});
    add("Dropout", {real("p", 0.5), boolean("inplace", false)});
    add("Flatten", {integer("start_dim", 1, -8), integer("end_dim", -1, -8)});
    add("Transpose", {integer("dim0", 1, -8), integer("dim1", 2, -8)});
    add("Select", {integer("dim", 1, -8), integer("index", 0, -std::numeric_limits<int>::max())});
    add("Split", {integer("dim", 1, -8), integer("parts", 2, 1)});
    add("Concat", {integer("dim", 1, -8)});
    add("Add", {boolean("inplace", false)});
    add("Mul", {boolean("inplace", false)});
    add("Embedding", {required("num_embeddings", 30522), required("embedding_dim", 768),
                      text("weight_from")});
    add("MultiHeadAttention", {required("embed_dim", 768), required("num_heads", 12),
                               boolean("bias", true), real("dropout", 0.0),
                               boolean("causal", false),
                               choice("path", names({"auto", "math", "fused"}))});
    const QList<AttributeSpec> recurrent{required("hidden_size", 256), integer("num_layers", 1, 1),
                                         boolean("bias", true), boolean("bidirectional", false),
                                         boolean("return_sequences", true)};
    add("LSTM", recurrent);
    add("GRU", recurrent);
    add("Reduce", {choice("function", names({"mean", "sum", "max", "min", "prod", "l2"})),
                   boolean("keepdims", true)});
    add("Einsum", {text("equation")});
    return s;
}

const QHash<QString, QList<AttributeSpec>> &schemas()
{
    static const QHash<QString, QList<AttributeSpec>> table = buildSchemas();
    return table;
}

} // namespace

const QList<AttributeSpec> &OpSchema::attributes(const QString &op)
{
    static const QList<AttributeSpec> none;
    const auto it = schemas().constFind(op);
    return it == schemas().cend() ? none : *it;
}

QJsonObject OpSchema::initialAttributes(const QString &op)
{
    QJsonObject attrs;
    for (const AttributeSpec &spec : attributes(op)) {
        if (spec.required)
            attrs.insert(spec.key, spec.defaultValue);
    }
    if (op == QLatin1String("Einsum"))
        attrs.insert(QStringLiteral("equation"), QStringLiteral("bij,bjk->bik"));
    return attrs;
}

QString OpSchema::categoryLabel(const QString &category)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("Convolution"), QT_TR_NOOP("Convolution")},
        {QStringLiteral("Linear"), QT_TR_NOOP("Linear")},
        {QStringLiteral("Normalisation"), QT_TR_NOOP("Normalisation")},
        {QStringLiteral("Activation"), QT_TR_NOOP("Activation")},
        {QStringLiteral("Pooling"), QT_TR_NOOP("Pooling")},
        {QStringLiteral("Regularisation"), QT_TR_NOOP("Regularisation")},
        {QStringLiteral("Shape"), QT_TR_NOOP("Shape")},
        {QStringLiteral("Arithmetic"), QT_TR_NOOP("Arithmetic")},
        {QStringLiteral("Embedding"), QT_TR_NOOP("Embedding")},
        {QStringLiteral("Attention"), QT_TR_NOOP("Attention")},
        {QStringLiteral("Recurrent"), QT_TR_NOOP("Recurrent")},
        {QStringLiteral("Loss"), QT_TR_NOOP("Loss")},
        {QStringLiteral("Other"), QT_TR_NOOP("Other")},
    };
    const char *label = labels.value(category, nullptr);
    return label ? tr(label) : category;
}

namespace {

bool parseInteger(const QString &text, double minimum, qint64 *out, QString *error)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok) {
        *error = OpSchema::tr("“%1” is not a whole number.").arg(text.trimmed());
        return false;
    }
    if (double(value) < minimum) {
        *error = OpSchema::tr("%1 is below the smallest allowed value, %2.")
                     .arg(value)
                     .arg(qint64(minimum));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

bool OpSchema::parseValue(const AttributeSpec &spec, const QString &text, QJsonValue *value,
                          QString *error)
{
    switch (spec.kind) {
    case Kind::Integer: {
        qint64 n = 0;
        if (!parseInteger(text, spec.minimum, &n, error))
            return false;
        *value = QJsonValue(n);
        return true;
    }
    case Kind::Real: {
        bool ok = false;
        const double x = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(x)) {
            *error = tr("“%1” is not a number.").arg(text.trimmed());
            return false;
        }
        if (x < spec.minimum) {
            *error = tr("%1 is below the smallest allowed value, %2.").arg(x).arg(spec.minimum);
            return false;
        }
        *value = QJsonValue(x);
        return true;
    }
    case Kind::Boolean: {
        const QString t = text.trimmed().toLower();
        if (t != QLatin1String("true") && t != QLatin1String("false")) {
            *error = tr("Expected true or false.");
            return false;
        }
        *value = QJsonValue(t == QLatin1String("true"));
        return true;
    }
    case Kind::Choice:
        if (!spec.choices.contains(text.trimmed())) {
            *error = tr("Expected one of: %1.").arg(spec.choices.join(QStringLiteral(", ")));
            return false;
        }
        *value = QJsonValue(text.trimmed());
        return true;
    case Kind::IntegerList: {
        const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            *error = tr("Expected a whole number or a list such as “3, 3”.");
            return false;
        }
        QJsonArray items;
        for (const QString &part : parts) {
            qint64 n = 0;
            if (!parseInteger(part, spec.minimum, &n, error))
                return false;
            items.append(n);
        }
        *value = items.size() == 1 ? items.at(0) : QJsonValue(items);
        return true;
    }
    case Kind::Text:
        *value = QJsonValue(text.trimmed());
        return true;
    }
    return false;
}

QString OpSchema::displayValue(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(displayValue(item));
        return parts.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double x = value.toDouble();
        return x == std::floor(x) && std::abs(x) < 1e15 ? QString::number(qint64(x))
                                                        : QString::number(x, 'g', 10);
    }
    return value.toString();
}

} // namespace memplanner
