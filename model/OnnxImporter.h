#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace memplanner {

/**
 * Reads an ONNX model (.onnx, opsets 9–17, as PyTorch's exporter and tf2onnx write them) into a
 * layer graph whose plan matches PyTorch eager training.
 *
 * - Weights are never loaded: the protobuf structure is read without tensor values (OnnxWire),
 *   so a model of several gigabytes imports in a few megabytes; external data files are never
 *   opened. Initializers become the parameters of the ops that use them (Conv, Gemm/MatMul →
 *   Linear, Gather → Embedding, norms, LSTM/GRU); a weight used twice is tied (weight_from).
 *   Constant initializers (shape tensors, scalars) are not parameters.
 * - Shapes come from libonnx's operator inference, node by node, with the shape computations
 *   (Shape → Gather → Concat → Reshape …) folded to constants; inferring at several sample batch
 *   and sequence sizes turns every size into a monomial of "batch" and "seq". The first symbolic
 *   input dimension becomes the batch, a second one the sequence length.
 * - Decomposed modules are fused back (GELU, LayerNorm, SiLU, attention with its projections,
 *   Linear from MatMul + Add, multi-layer LSTM/GRU with PyTorch's transposes) so that saved
 *   tensors match eager PyTorch; ImportResult::fusions lists what was fused.
 * - Node names and modules follow the exporter's scope names ("/layer1/layer1.0/conv1/Conv" →
 *   module "layer1.0.conv1").
 * - Unknown and custom-domain operators become Opaque nodes (outputs from shape inference,
 *   inputs saved conservatively) with a warning; graphs exported in inference mode are flagged.
 *
 * Every problem — not ONNX, truncated, a cycle, a missing shape, an absurd size — is thrown as
 * one ModelError whose translated message names the file and the node or field at fault.
 */
class OnnxImporter
{
    Q_DECLARE_TR_FUNCTIONS(OnnxImporter)

public:
    /** Imports the model at @p path, reading only its structure; throws ModelError. */
    static ImportResult importFile(const QString &path);
    /** Imports a model held in memory (tests, fuzzing); @p origin names it in messages. */
    static ImportResult importBytes(const QByteArray &bytes, const QString &origin);
};

} // namespace memplanner
