#pragma once

// Small builders shared by the model tests: graphs written inline, and a "test" runtime with
// no overhead, no workspace and the multi-tensor optimizer, so expected bytes are pure tensors.

#include "Device.h"
#include "Graph.h"
#include "Planner.h"
#include "RuntimeProfile.h"

#include <QJsonArray>
#include <QJsonObject>

namespace memplanner::test {

inline GraphInput input(const char *name, std::vector<std::int64_t> shape,
                        DType dtype = DType::Float32)
{
    GraphInput in;
    in.name = QLatin1String(name);
    in.shape = std::move(shape);
    in.dtype = dtype;
    return in;
}

inline Node node(const char *name, const char *op, QStringList inputs, QJsonObject attrs = {})
{
    Node n;
    n.name = QLatin1String(name);
    n.op = QLatin1String(op);
    n.inputs = std::move(inputs);
    n.attrs = std::move(attrs);
    return n;
}

/** Runtimes "test" (tensors only, no workspace), "test-im2col" (uncapped lowering) and
 *  "test-onednn" (oneDNN's reorder copies in 16-channel blocks). */
inline RuntimeCatalogue testRuntimes()
{
    RuntimeCatalogue catalogue = RuntimeCatalogue::load();
    catalogue.addFromJson(R"({"runtimes": [
        {"id": "test", "conv_workspace_limit_bytes": 0, "optimizer_impl": "foreach",
         "dropout_mask": "bool"},
        {"id": "test-im2col", "conv_workspace_limit_bytes": -1, "optimizer_impl": "foreach"},
        {"id": "test-onednn", "conv_workspace_limit_bytes": 0, "optimizer_impl": "foreach",
         "onednn_block_channels": 16}]})",
                          QStringLiteral("test runtimes"));
    return catalogue;
}

inline PlanConfig config(std::int64_t batch, const char *optimizer = "adam",
                         const char *precision = "fp32", const char *runtime = "test")
{
    PlanConfig c;
    c.batch = batch;
    c.optimizer = QLatin1String(optimizer);
    c.precision = QLatin1String(precision);
    c.runtime = QLatin1String(runtime);
    return c;
}

} // namespace memplanner::test
