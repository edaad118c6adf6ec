// Planner speed: the median wall time, over several repetitions, of
//   1. a full training plan (Planner::plan, batch 32, Adam, fp32, one device) of synthetic graphs
//      of 1,000 and 10,000 nodes (a CNN of Conv2d → BatchNorm → ReLU(inplace) residual blocks and
//      a transformer-like stack of LayerNorm → Linear → GELU → Linear → Add blocks);
//   2. a 64-point batch sweep (PlanCore::memoryAt for batches 1..64) on an already-built core;
//   3. FitSolver::solve for builtin:resnet50 over every device profile;
//   4. loading and planning each built-in network;
//   5. the optimal-checkpointing frontier (CheckpointFrontier::compute) over 1,000 cut points,
//      alone and inside Planner::plan with --checkpoint budget=SIZE.
// Targets are printed next to the figures (PASS/MISS); timing never changes the exit code.
// Build in Release or RelWithDebInfo (the project default) for meaningful numbers:
//   bench_planner [repetitions] [--scaling]
#include "AllocatorTuning.h"
#include "CheckpointFrontier.h"
#include "Device.h"
#include "FitSolver.h"
#include "Graph.h"
#include "ModelError.h"
#include "Planner.h"
#include "ProjectFile.h"
#include "RuntimeProfile.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace memplanner;
using memplanner::bench::medianMs;

namespace {

QJsonObject attrs(std::initializer_list<std::pair<const char *, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[key, value] : list)
        o.insert(QLatin1String(key), value);
    return o;
}

Node node(const QString &name, const char *op, const QStringList &inputs, const QJsonObject &a = {},
          const QString &module = {})
{
    Node n;
    n.name = name;
    n.op = QLatin1String(op);
    n.inputs = inputs;
    n.attrs = a;
    n.module = module;
    return n;
}

/**
 * A ResNet-like CNN of exactly @p nodeCount nodes: a stem, basic blocks of
 * conv → BN → ReLU(inplace) → conv → BN → Add(residual) → ReLU(inplace) at 64 channels and
 * 32×32, filler conv/BN/ReLU nodes to reach the count, then pool → Linear → CrossEntropy.
 */
Graph cnn(int nodeCount)
{
    Graph g;
    g.name = QStringLiteral("synthetic CNN %1").arg(nodeCount);
    g.inputs << GraphInput{QStringLiteral("image"), {kBatchDim, 3, 32, 32}, DType::Float32, false}
             << GraphInput{QStringLiteral("label"), {kBatchDim}, DType::Int64, false};
    const QJsonObject conv3
            = attrs({{"out_channels", 64}, {"kernel", 3}, {"padding", 1}, {"bias", false}});
    const QJsonObject relu = attrs({{"inplace", true}});
    g.nodes << node(QStringLiteral("stem.conv"), "Conv2d", {QStringLiteral("image")}, conv3,
                    QStringLiteral("stem"))
            << node(QStringLiteral("stem.bn"), "BatchNorm", {QStringLiteral("stem.conv")}, {},
                    QStringLiteral("stem"))
            << node(QStringLiteral("stem.relu"), "ReLU", {QStringLiteral("stem.bn")}, relu,
                    QStringLiteral("stem"));
    QString last = QStringLiteral("stem.relu");
    const int tail = 3;
    int block = 0;
    while (g.nodes.size() + 7 + tail <= nodeCount) {
        const QString m = QStringLiteral("layer.%1").arg(block++);
        auto n = [&](const char *suffix) -> QString {
            return m + QLatin1Char('.') + QLatin1String(suffix);
        };
        g.nodes << node(n("conv1"), "Conv2d", {last}, conv3, m)
                << node(n("bn1"), "BatchNorm", {n("conv1")}, {}, m)
                << node(n("relu1"), "ReLU", {n("bn1")}, relu, m)
                << node(n("conv2"), "Conv2d", {n("relu1")}, conv3, m)
                << node(n("bn2"), "BatchNorm", {n("conv2")}, {}, m)
                << node(n("add"), "Add", {n("bn2"), last}, {}, m)
                << node(n("relu2"), "ReLU", {n("add")}, relu, m);
        last = n("relu2");
    }
    for (int k = 0; g.nodes.size() + tail < nodeCount; ++k) {
        const QString name = QStringLiteral("extra.%1").arg(k);
        switch (k % 3) {
        case 0:
            g.nodes << node(name, "Conv2d", {last}, conv3);
            break;
        case 1:
            g.nodes << node(name, "BatchNorm", {last});
            break;
        default:
            g.nodes << node(name, "ReLU", {last}, relu);
            break;
        }
        last = name;
    }
    g.nodes << node(QStringLiteral("pool"), "GlobalAvgPool", {last})
            << node(QStringLiteral("fc"), "Linear", {QStringLiteral("pool")},
                    attrs({{"out_features", 10}}))
            << node(QStringLiteral("loss"), "CrossEntropy",
                    {QStringLiteral("fc"), QStringLiteral("label")});
    Q_ASSERT(g.nodes.size() == nodeCount);
    return g;
}

/**
 * A transformer-like stack of exactly @p nodeCount nodes on [batch, 128, 256]: blocks of
 * LayerNorm → Linear(1024) → GELU → Linear(256) → Add(residual), filler LayerNorms, then a
 * head: Linear(256 → 10) on the first token and CrossEntropy.
 */
Graph transformer(int nodeCount)
{
    Graph g;
    g.name = QStringLiteral("synthetic MLP stack %1").arg(nodeCount);
    g.inputs << GraphInput{QStringLiteral("x"), {kBatchDim, 128, 256}, DType::Float32, false}
             << GraphInput{QStringLiteral("label"), {kBatchDim}, DType::Int64, false};
    QString last = QStringLiteral("x");
    const int tail = 3;
    int block = 0;
    while (g.nodes.size() + 5 + tail <= nodeCount) {
        const QString m = QStringLiteral("h.%1").arg(block++);
        auto n = [&](const char *suffix) -> QString {
            return m + QLatin1Char('.') + QLatin1String(suffix);
        };
        g.nodes << node(n("ln"), "LayerNorm", {last}, {}, m)
                << node(n("fc1"), "Linear", {n("ln")}, attrs({{"out_features", 1024}}), m)
                << node(n("gelu"), "GELU", {n("fc1")}, {}, m)
                << node(n("fc2"), "Linear", {n("gelu")}, attrs({{"out_features", 256}}), m)
                << node(n("add"), "Add", {n("fc2"), last}, {}, m);
        last = n("add");
    }
    for (int k = 0; g.nodes.size() + tail < nodeCount; ++k) {
        const QString name = QStringLiteral("extra.%1").arg(k);
        g.nodes << node(name, "LayerNorm", {last});
        last = name;
    }
    g.nodes << node(QStringLiteral("cls"), "Select", {last}, attrs({{"dim", 1}, {"index", 0}}))
            << node(QStringLiteral("head"), "Linear", {QStringLiteral("cls")},
                    attrs({{"out_features", 10}}))
            << node(QStringLiteral("loss"), "CrossEntropy",
                    {QStringLiteral("head"), QStringLiteral("label")});
    Q_ASSERT(g.nodes.size() == nodeCount);
    return g;
}

void report(const QString &what, double ms, double targetMs = -1.0)
{
    QString line = QStringLiteral("%1 %2 ms").arg(what, -52).arg(ms, 9, 'f', 3);
    if (targetMs > 0)
        line += QStringLiteral("   target ≤ %1 ms  %2")
                        .arg(targetMs)
                        .arg(ms <= targetMs ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

volatile std::int64_t g_sink = 0; // keeps the optimiser from dropping the timed work

/**
 * The frontier's inputs for a chain of @p cuts + 1 nodes cut before every node but the first:
 * @p uniform gives every node the same saves (1 MiB), crossing (256 KiB) and FLOPs — the
 * longest frontier, one point per cut near the start; otherwise sizes are drawn at random
 * (fixed seed) between a quarter and twice those.
 */
struct FrontierCase
{
    std::vector<std::int64_t> saved;
    std::vector<double> flops;
    std::vector<int> cuts;
    std::vector<std::int64_t> crossing;
};

FrontierCase frontierCase(int cuts, bool uniform)
{
    std::mt19937_64 random(20240521);
    const auto size = [&](std::int64_t base) {
        return uniform ? base
                       : std::uniform_int_distribution<std::int64_t>(base / 4, 2 * base)(random);
    };
    FrontierCase c;
    for (int p = 0; p <= cuts; ++p) {
        c.saved.push_back(size(std::int64_t(1) << 20));
        c.flops.push_back(static_cast<double>(size(1'000'000)));
        if (p > 0) {
            c.cuts.push_back(p);
            c.crossing.push_back(size(std::int64_t(1) << 18));
        }
    }
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    memplanner::keepFreedMemoryForReplanning(); // as the CLI and the GUI do
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool scaling = args.removeAll(QStringLiteral("--scaling")) > 0;
    const int reps = !args.isEmpty() ? std::max(1, args.first().toInt()) : 15;
    try {
        const DeviceCatalogue devices = DeviceCatalogue::load();
        const RuntimeCatalogue runtimes = RuntimeCatalogue::load();
        const Planner planner(devices, runtimes);
        PlanConfig config; // training, batch 32, Adam, fp32, no checkpointing, pytorch-cuda
        config.batch = 32;
        config.optimizer = QStringLiteral("adam");
        config.devices = {QStringLiteral("colab-t4")};
        const RuntimeProfile &runtime = runtimes.require(config.effectiveRuntime());

        std::printf("median of %d runs (after one warm-up)\n\n", reps);
        if (scaling) {
            // time per node as the graph grows: flat means linear
            std::printf("Planner::plan scaling (synthetic CNN)\n");
            for (int n : {500, 1000, 2000, 5000, 10000, 20000}) {
                const Graph g = cnn(n);
                const double ms = medianMs(n > 5000 ? std::max(3, reps / 3) : reps, [&] {
                    g_sink = g_sink + planner.plan(g, config).memory.tensorPeak;
                });
                report(QStringLiteral("  %1 nodes (%2 µs/node)")
                               .arg(n)
                               .arg(1000.0 * ms / n, 0, 'f', 2),
                       ms);
            }
            return 0;
        }
        std::printf("1. Planner::plan, train, batch 32, Adam, fp32, device colab-t4\n");
        struct Case
        {
            Graph graph;
            double target;
        };
        const Case cases[] = {{cnn(1000), 2.0},
                              {transformer(1000), 2.0},
                              {cnn(10000), 30.0},
                              {transformer(10000), 30.0}};
        for (const Case &c : cases) {
            const Plan check = planner.plan(c.graph, config);
            for (const QString &w : check.warnings) // a synthetic graph should plan cleanly
                std::printf("  warning (%s): %s\n", qPrintable(c.graph.name), qPrintable(w));
            const double ms
                    = medianMs(c.graph.nodes.size() > 5000 ? std::max(3, reps / 3) : reps, [&] {
                          g_sink = g_sink + planner.plan(c.graph, config).memory.tensorPeak;
                      });
            report(QStringLiteral("  %1 (peak %2 MiB)")
                           .arg(c.graph.name)
                           .arg(check.memory.tensorPeak >> 20),
                   ms, c.target);
        }

        std::printf(
                "\n2. 64-point batch sweep (PlanCore::memoryAt, batches 1..64) on a built core\n");
        const Project resnet50 = ProjectFile::load(QStringLiteral("builtin:resnet50"));
        const struct
        {
            QString name;
            const Graph *graph;
        } sweeps[] = {{QStringLiteral("resnet50"), &resnet50.graph},
                      {cases[0].graph.name, &cases[0].graph},
                      {cases[2].graph.name, &cases[2].graph},
                      {cases[3].graph.name, &cases[3].graph}};
        for (const auto &s : sweeps) {
            const auto core = planner.buildCore(*s.graph, config, runtime, nullptr);
            const double ms = medianMs(reps, [&] {
                for (std::int64_t b = 1; b <= 64; ++b)
                    g_sink = g_sink + core->memoryAt(b).tensorPeak;
            });
            report(QStringLiteral("  %1 (%2 snapshots)")
                           .arg(s.name)
                           .arg(core->timeline.snapshots.size()),
                   ms, 1.0);
        }

        std::printf("\n3. FitSolver::solve, builtin:resnet50, all %lld devices\n",
                    static_cast<long long>(devices.devices().size()));
        QStringList allDevices;
        for (const Device &d : devices.devices())
            allDevices << d.id;
        PlanConfig fitConfig = resnet50.hasConfig ? resnet50.config : PlanConfig{};
        report(QStringLiteral("  resnet50 fit"), medianMs(std::max(3, reps / 3), [&] {
                   g_sink = g_sink
                            + FitSolver::solve(planner, resnet50.graph, fitConfig, allDevices)
                                      .size();
               }));

        std::printf("\n4. ProjectFile::load + Planner::plan (the project's own configuration)\n");
        double total = 0.0;
        for (const QString &name : ProjectFile::builtinNames()) {
            const QString id = QStringLiteral("builtin:") + name;
            const double ms = medianMs(reps, [&] {
                const Project p = ProjectFile::load(id);
                g_sink = g_sink
                         + planner.plan(p.graph, p.hasConfig ? p.config : PlanConfig{})
                                   .memory.tensorPeak;
            });
            total += ms;
            const Project p = ProjectFile::load(id);
            report(QStringLiteral("  %1 (%2 nodes)").arg(name).arg(p.graph.nodes.size()), ms);
        }
        report(QStringLiteral("  all built-in networks"), total);

        std::printf("\n5. Optimal checkpointing: the exact frontier over 1,000 cut points\n");
        for (const bool uniform : {true, false}) {
            const FrontierCase f = frontierCase(1000, uniform);
            const std::size_t points = CheckpointFrontier::compute(f.saved, f.saved, f.flops,
                                                                   f.cuts, f.crossing)
                                               .size();
            report(QStringLiteral("  %1 chain (%2 frontier points)")
                           .arg(uniform ? QStringLiteral("uniform") : QStringLiteral("random"))
                           .arg(points),
                   medianMs(reps, [&] {
                       g_sink = g_sink
                                + CheckpointFrontier::compute(f.saved, f.saved, f.flops, f.cuts,
                                                              f.crossing)
                                          .size();
                   }),
                   100.0);
        }
        // The transformer stack cuts once per block: 1,000 blocks of 5 nodes + the head.
        const Graph stack = transformer(5003);
        PlanConfig budgetConfig = config;
        const std::int64_t plainPeak = planner.plan(stack, budgetConfig).memory.tensorPeak;
        budgetConfig.checkpoint
                = CheckpointSpec::parse(QStringLiteral("budget=%1").arg(plainPeak / 2));
        const Plan budgeted = planner.plan(stack, budgetConfig);
        // most of this is simulating the frontier's points, cheapest first, until one fits
        report(QStringLiteral("  Planner::plan, MLP stack %1, budget ½ peak (%2 segments)")
                       .arg(stack.nodes.size())
                       .arg(budgeted.segments),
               medianMs(std::max(3, reps / 3), [&] {
                   g_sink = g_sink + planner.plan(stack, budgetConfig).memory.tensorPeak;
               }));
    } catch (const ModelError &e) {
        std::fprintf(stderr, "error: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}
