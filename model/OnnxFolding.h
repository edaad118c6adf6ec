#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace onnx {
class NodeProto;
class TensorProto;
} // namespace onnx

namespace memplanner {

/**
 * A small constant tensor of an ONNX graph: a Constant node, a small initializer, or a value
 * computed from them and from tensor shapes (Shape → Gather → Concat → Reshape chains).
 */
struct OnnxTensor
{
    int type = 0; ///< onnx::TensorProto::DataType
    std::vector<std::int64_t> dims;
    std::vector<std::int64_t> ints; ///< integer and boolean types
    std::vector<double> reals; ///< floating types

    bool floating() const;
    std::int64_t numel() const;
};

/**
 * Constant folding of the integer (and small floating) computations exporters emit around
 * shapes. Only tensors of at most kMaxElements elements are folded: anything larger is data,
 * not a shape. Evaluation never throws; it returns nothing when it cannot fold.
 */
/** Bytes of one element of ONNX data type @p dataType (TensorProto::DataType); 0 for types
 *  without a fixed size (string, undefined). */
int onnxElementBytes(int dataType);

class OnnxFolding
{
public:
    static constexpr std::int64_t kMaxElements = std::int64_t(1) << 16;

    /** The values of @p proto when it holds them (not stripped, not external) and is small. */
    static std::optional<OnnxTensor> fromProto(const onnx::TensorProto &proto);
    /** Writes @p tensor as a TensorProto (for libonnx's shape inference functions). */
    static void toProto(const OnnxTensor &tensor, onnx::TensorProto *proto);

    /**
     * Evaluates @p node. @p inputs holds each input's value (nullptr: unknown or absent);
     * @p inputDims each input's fully known shape, which is all Shape and Size need.
     * @p opset is the default domain's version (it moves axes from attributes to inputs).
     */
    static std::optional<std::vector<OnnxTensor>>
    evaluate(const onnx::NodeProto &node, const std::vector<const OnnxTensor *> &inputs,
             const std::vector<const std::vector<std::int64_t> *> &inputDims, int opset);
};

} // namespace memplanner
