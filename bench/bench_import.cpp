// ONNX import speed and memory: for each model, the median wall time over several runs of
//   1. OnnxImporter::importFile (structure read without weights, libonnx shape inference at the
//      sample sizes, folding, fusions), and
//   2. a training plan of the result (Planner::plan: batch 32, Adam, fp32, pytorch-cuda),
// with the process's peak resident memory (getrusage) after all runs.
// Targets (issue 3): import + plan ≤ 0.5 s for ResNet-50 exported with its weights (≈100 MB)
// and for a transformer of about 1,500 nodes. Without arguments it runs the committed graph-only
// fixtures (tests/data/onnx); pass files exported with weights to measure those, e.g. from
// tools/fixtures/make_onnx_fixtures.py --with-weights DIR:
//   bench_import [--runs N] [--batch N] [--seq N] [--dump] [MODEL.onnx …]
// Timing never changes the exit code; a file that does not import does.
#include "Device.h"
#include "ModelError.h"
#include "OnnxImporter.h"
#include "Planner.h"
#include "RuntimeProfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace memplanner;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void dump(const ImportResult &r)
{
    for (const GraphInput &in : r.graph.inputs) {
        QStringList dims;
        for (std::int64_t d : in.shape)
            dims << (d == kBatchDim     ? QStringLiteral("batch")
                         : d == kSeqDim ? QStringLiteral("seq")
                                        : QString::number(d));
        std::printf("  input %s [%s] %s\n", qPrintable(in.name),
                    qPrintable(dims.join(QLatin1String(", "))), qPrintable(dtypeName(in.dtype)));
    }
    for (const Node &n : r.graph.nodes)
        std::printf("  %-40s %-18s %-50s %s  {%s}\n", qPrintable(n.name), qPrintable(n.op),
                    qPrintable(n.inputs.join(QLatin1String(", "))), qPrintable(n.module),
                    QJsonDocument(n.attrs).toJson(QJsonDocument::Compact).constData());
    for (const QString &f : r.fusions)
        std::printf("  fusion: %s\n", qPrintable(f));
    for (const QString &w : r.warnings)
        std::printf("  warning: %s\n", qPrintable(w));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    std::int64_t batch = 32, seq = 128;
    bool dumpGraph = false;
    QStringList files;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--batch") && i + 1 < args.size())
            batch = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--seq") && i + 1 < args.size())
            seq = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--dump"))
            dumpGraph = true;
        else
            files << args[i];
    }
    if (files.isEmpty()) {
        const QString dir = QStringLiteral(MEMPLANNER_SOURCE_DIR "/tests/data/onnx/");
        files << dir + QStringLiteral("resnet50.onnx") << dir + QStringLiteral("bert_base.onnx")
              << dir + QStringLiteral("gpt2_small.onnx");
    }

    const DeviceCatalogue devices = DeviceCatalogue::load();
    const RuntimeCatalogue runtimes = RuntimeCatalogue::load();
    const Planner planner(devices, runtimes);
    int failures = 0;
    std::printf("%-28s %9s %6s %13s %10s %10s %10s %12s\n", "model", "file MiB", "nodes",
                "parameters", "import s", "plan s", "total s", "tensor peak");
    for (const QString &file : files) {
        std::vector<double> importTimes, planTimes;
        ImportResult result;
        Plan plan;
        try {
            for (int r = 0; r < runs; ++r) {
                QElapsedTimer t;
                t.start();
                result = OnnxImporter::importFile(file);
                importTimes.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
                PlanConfig config;
                config.batch = batch;
                config.seq = seq;
                t.start();
                plan = planner.plan(result.graph, config);
                planTimes.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
            }
        } catch (const ModelError &e) {
            std::printf("%s: %s\n", qPrintable(file), qPrintable(e.message()));
            ++failures;
            continue;
        }
        const double total = median(importTimes) + median(planTimes);
        std::printf("%-28s %9.1f %6lld %13lld %10.3f %10.3f %10.3f %9.2f GiB  %s\n",
                    qPrintable(QFileInfo(file).fileName()),
                    static_cast<double>(QFileInfo(file).size()) / (1 << 20),
                    static_cast<long long>(plan.nodeCount), static_cast<long long>(plan.parameters),
                    median(importTimes), median(planTimes), total,
                    static_cast<double>(plan.memory.tensorPeak) / (1 << 30),
                    total <= 0.5 ? "PASS (≤ 0.5 s)" : "MISS (> 0.5 s)");
        if (dumpGraph)
            dump(result);
    }
    std::printf("peak RSS of this process: %.1f MiB\n", peakRssMiB());
    return failures == 0 ? 0 : 1;
}
