#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace memplanner {

/**
 * Reads an ONNX ModelProto in protobuf wire format and rewrites it without the bulk data of its
 * tensors, so that a model of any size can be handed to libonnx in a few megabytes.
 *
 * Every TensorProto — initializers, sparse initializers, Constant and other tensor attributes,
 * in the main graph, in subgraphs and in model-local functions — keeps its name, dims, type
 * and storage location; its values (raw_data, float_data, int32_data, string_data, int64_data,
 * double_data, uint64_data) are kept only when they take at most kKeptDataBytes, which is
 * enough for the shape tensors and scalars that shape computations fold. Doc strings are
 * dropped. External data files are never opened.
 *
 * Only the structure is read: a file is streamed through a small window and the skipped
 * values are never loaded, so peak memory is independent of the size of the weights.
 * Malformed input (a truncated field, a bad wire type, absurd nesting) throws ModelError;
 * nothing here can crash or allocate more than the structure it keeps.
 */
class OnnxWire
{
    Q_DECLARE_TR_FUNCTIONS(OnnxWire)

public:
    /** Tensor values up to this many bytes are kept (shape tensors, scalars, small biases). */
    static constexpr std::int64_t kKeptDataBytes = 4096;
    /** Deepest nesting of messages accepted (graphs inside attributes inside nodes …). */
    static constexpr int kMaxDepth = 64;
    /** Largest structure (everything but dropped tensor values) accepted. */
    static constexpr std::int64_t kMaxStructureBytes = std::int64_t(1) << 30;

    /** What stripping removed. */
    struct Stats
    {
        std::int64_t inputBytes = 0;
        std::int64_t keptBytes = 0;
        std::int64_t droppedTensors = 0; ///< tensors whose values were dropped
    };

    /** Strips the model held in @p bytes; @p origin names it in messages. */
    static QByteArray stripBytes(const QByteArray &bytes, const QString &origin,
                                 Stats *stats = nullptr);
    /** Strips the model in the file at @p path, reading only its structure. */
    static QByteArray stripFile(const QString &path, Stats *stats = nullptr);
};

} // namespace memplanner
