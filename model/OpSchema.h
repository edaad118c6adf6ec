#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace memplanner {

/** How an attribute is edited and validated. */
struct AttributeSpec
{
    enum class Kind {
        Integer,     ///< a whole number ≥ minimum
        Real,        ///< a number ≥ minimum
        Boolean,
        Choice,      ///< one of choices
        IntegerList, ///< "3" or "3, 3": an integer or a list (kernel, stride, dims…)
        Text,        ///< free text (an einsum equation, a tied weight's node)
    };
    QString key;
    Kind kind = Kind::Integer;
    QJsonValue defaultValue; ///< what the op assumes when the attribute is absent
    double minimum = 0;
    QStringList choices;
    bool required = false; ///< the op refuses to run without it (out_channels, hidden_size…)
};

/**
 * The attributes of each catalogue op as an editor shows them, and the attributes a new node
 * starts with (docs/FORMAT.md lists the same defaults). Ops without a schema are edited as JSON.
 */
class OpSchema
{
    Q_DECLARE_TR_FUNCTIONS(OpSchema)

public:
    /** The attribute specs of @p op, in display order; empty for unknown ops. */
    static const QList<AttributeSpec> &attributes(const QString &op);
    /** Attributes a node of @p op gets from the palette: the required ones with typical values. */
    static QJsonObject initialAttributes(const QString &op);
    /** The translated palette group of a catalogue category ("Convolution", …). */
    static QString categoryLabel(const QString &category);

    /**
     * Parses @p text typed for @p spec into a JSON value; returns false and sets @p error
     * (translated) when it is not valid (not a number, below the minimum, unknown choice).
     */
    static bool parseValue(const AttributeSpec &spec, const QString &text, QJsonValue *value,
                           QString *error);
    /** The text an editor shows for @p value ("3, 3" for a list). */
    static QString displayValue(const QJsonValue &value);
};

} // namespace memplanner
