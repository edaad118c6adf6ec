#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace memplanner {

/**
 * Reads a Keras architecture file — the JSON of `model.to_json()` (Keras 2.x / tf.keras and
 * Keras 3), or the `config.json` inside a `.keras` archive — into a layer graph.
 *
 * Sequential models (a `config.layers` list whose first entry is an InputLayer, or whose first
 * layer carries `batch_input_shape` / `batch_shape`) and Functional models (`inbound_nodes` in the
 * Keras 2 list form or the Keras 3 `{"args", "kwargs"}` form, with `input_layers` and
 * `output_layers`) are understood. Each Keras layer becomes one or more MemPlanner nodes whose
 * `module` is the layer's name; parameter counts equal Keras' `model.summary()` (its total =
 * the graph's parameters plus its buffers, i.e. BatchNormalization's moving statistics).
 *
 * Keras' channels-last images are stored channels-first (NCHW), as MemPlanner's convolutions
 * expect; Permute views are inserted only where a layer needs the other order. A `None` batch
 * dimension becomes "batch", a `None` time dimension (the first after the batch) "seq".
 * Keras files hold no loss: none is added, and the result's warnings say so.
 *
 * Every problem — malformed JSON, an unknown layer class, a dangling or cyclic reference, a
 * size that is negative, absurd or not an integer — is thrown as a ModelError whose translated
 * message names the file, the layer and the field.
 */
class KerasImporter
{
    Q_DECLARE_TR_FUNCTIONS(KerasImporter)

public:
    /** Reads the file at @p path (at most 64 MB); throws ModelError. */
    static ImportResult importFile(const QString &path);
    /** Parses Keras JSON; @p origin names the file in messages. Throws ModelError. */
    static ImportResult importJson(const QByteArray &json, const QString &origin);
    /**
     * True when @p root is a Keras model: `"class_name"` Sequential, Functional or Model and an
     * object `"config"`. ProjectFile uses it to route `.json` files.
     */
    static bool looksLikeKeras(const QJsonObject &root);
};

} // namespace memplanner
