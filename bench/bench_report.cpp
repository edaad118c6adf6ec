// The PDF report (issue 7): the median wall time of writing the ResNet-50 report (training at
// batch 32 with Adam, fp32, against free Colab, Kaggle and a 4 GB laptop GPU, as
// tools/dev/run.sh writes it): layout, charts (batch sweep, checkpointing frontier), the
// assistant's ranking and the PDF. Target: at most 2 s.
//   bench_report [repetitions]

#include "AllocatorTuning.h"
#include "Device.h"
#include "Planner.h"
#include "ProjectFile.h"
#include "ReportRenderer.h"
#include "RuntimeProfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace memplanner;

int main(int argc, char *argv[])
{
    memplanner::keepFreedMemoryForReplanning(); // as the CLI and the GUI do
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const DeviceCatalogue devices = DeviceCatalogue::load();
    const RuntimeCatalogue runtimes = RuntimeCatalogue::load();
    const Planner planner(devices, runtimes);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("resnet50.pdf"));
    std::vector<double> times;
    int pages = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Project project = ProjectFile::load(QStringLiteral("builtin:resnet50"));
        PlanConfig config;
        config.batch = 32;
        config.devices = {QStringLiteral("colab-t4"), QStringLiteral("kaggle-p100"),
                          QStringLiteral("laptop-rtx3050-4gb")};
        const Plan plan = planner.plan(project.graph, config);
        pages = ReportRenderer::write(planner, project, plan, pdf);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("ResNet-50 PDF report (plan + %d pages): median %.3f s over %d runs (target <= 2 s) %s\n",
                pages, median, repetitions, median <= 2.0 ? "OK" : "SLOW");
    return 0;
}
