#pragma once

// Graphs and devices shared by the chart and "make it fit" tests: an MLP and a deeper chain on
// the tensors-only "test" runtime, and devices of chosen capacity that run on it.

#include "TestSupport.h"

#include "Graph.h"

#include <QByteArray>

namespace memplanner::test {

/** x[B,784] → fc1(300) → relu → fc2(10): LeNet-300's first and last layers. */
inline Graph mlpGraph()
{
    Graph g;
    g.name = QStringLiteral("mlp");
    g.inputs.append(input("x", {kBatchDim, 784}));
    g.nodes.append(node("fc1", "Linear", {QStringLiteral("x")},
                        QJsonObject{{QStringLiteral("out_features"), 300}}));
    g.nodes.append(node("relu", "ReLU", {QStringLiteral("fc1")}));
    g.nodes.append(node("fc2", "Linear", {QStringLiteral("relu")},
                        QJsonObject{{QStringLiteral("out_features"), 10}}));
    return g;
}

/** x[B,256] → (Linear 256 → ReLU) × @p layers: a chain with a cut point between every pair. */
inline Graph chainGraph(int layers)
{
    Graph g;
    g.name = QStringLiteral("chain");
    g.inputs.append(input("x", {kBatchDim, 256}));
    QString previous = QStringLiteral("x");
    for (int i = 0; i < layers; ++i) {
        const QString fc = QStringLiteral("fc%1").arg(i);
        const QString act = QStringLiteral("act%1").arg(i);
        Node linear = node("", "Linear", {previous}, QJsonObject{{QStringLiteral("out_features"), 256}});
        linear.name = fc;
        Node relu = node("", "ReLU", {fc});
        relu.name = act;
        g.nodes.append(linear);
        g.nodes.append(relu);
        previous = act;
    }
    return g;
}

/** A device "tiny" of @p usable bytes on the "test" runtime, with fp16 and bf16 math. */
inline DeviceCatalogue devicesWith(std::int64_t usable)
{
    DeviceCatalogue catalogue = DeviceCatalogue::load();
    const QByteArray json = QByteArrayLiteral(R"({"devices": [{"id": "tiny", "name": "Tiny", "kind": "gpu",
        "count": 1, "memory_bytes": )") + QByteArray::number(usable)
                            + QByteArrayLiteral(R"(, "usable_bytes": )") + QByteArray::number(usable)
                            + QByteArrayLiteral(R"(, "host_ram_bytes": 16000000000,
        "peak_flops": {"fp32": 1e12, "fp16": 4e12, "bf16": 4e12, "int8": 8e12},
        "bandwidth_bytes_per_s": 1e11, "efficiency": 0.5, "runtime": "test", "training": true,
        "source": "test"}]})");
    catalogue.addFromJson(json, QStringLiteral("test devices"));
    return catalogue;
}

} // namespace memplanner::test
