#include "CheckpointSweep.h"

#include "Checkpointing.h"

#include <algorithm>

namespace memplanner {

QList<CheckpointOption> CheckpointSweep::options(const Planner &planner, const Graph &graph,
                                                 const PlanConfig &config, int maxUniform)
{
    const RuntimeProfile &runtime = planner.runtimeCatalogue().require(config.effectiveRuntime());
    const auto option = [&](const PlanCore &core, CheckpointOption::Strategy strategy,
                            const CheckpointSpec &spec) {
        CheckpointOption o;
        o.strategy = strategy;
        o.spec = spec;
        o.segments = static_cast<int>(core.checkpointEnds.size()) + 1;
        for (int end : core.checkpointEnds)
            o.boundaries << graph.nodes[core.graph.nodes[static_cast<std::size_t>(end)].graphIndex].name;
        o.memory = core.memoryAt(config.batch);
        const ComputeCost cost = Planner::computeCost(core, config);
        o.recomputeFlops = cost.recompute;
        o.stepFlops = cost.total();
        return o;
    };
    QList<CheckpointOption> result;
    PlanConfig plainConfig = config;
    plainConfig.checkpoint = CheckpointSpec{};
    const auto plain = planner.buildCore(graph, plainConfig, runtime, nullptr);
    result << option(*plain, CheckpointOption::Strategy::None, CheckpointSpec{});
    if (!config.training)
        return result;
    const int maxSegments = static_cast<int>(Checkpointing::cutPoints(plain->graph).size()) + 1;
    if (maxSegments < 2)
        return result;
    // Segment counts 2..maxSegments, thinned evenly to at most maxUniform of them.
    std::vector<int> counts;
    const int wanted = std::max(1, maxUniform);
    for (int i = 0; i < wanted; ++i) {
        const int s = 2 + static_cast<int>(static_cast<std::int64_t>(i) * (maxSegments - 2)
                                           / std::max(1, wanted - 1));
        if (s <= maxSegments && (counts.empty() || counts.back() != s))
            counts.push_back(s);
    }
    for (int s : counts) {
        PlanConfig c = config;
        c.checkpoint = CheckpointSpec::parse(QString::number(s));
        const auto core = planner.buildCore(graph, c, runtime, nullptr);
        if (static_cast<int>(core->checkpointEnds.size()) + 1 != s)
            continue;
        result << option(*core, CheckpointOption::Strategy::Uniform, c.checkpoint);
    }
    PlanConfig sqrt = config;
    sqrt.checkpoint = CheckpointSpec::parse(QStringLiteral("sqrt"));
    result << option(*planner.buildCore(graph, sqrt, runtime, nullptr),
                     CheckpointOption::Strategy::Sqrt, sqrt.checkpoint);
    const auto frontier = planner.checkpointFrontier(graph, config, runtime);
    for (std::size_t i = 1; i < frontier.size(); ++i) { // the first is "none", listed above
        CheckpointOption o = option(*frontier[i], CheckpointOption::Strategy::Optimal, CheckpointSpec{});
        o.spec.mode = CheckpointSpec::Mode::Budget;
        o.spec.budgetBytes = o.memory.tensorPeak;
        result << o;
    }
    return result;
}

} // namespace memplanner
