# Issue 8 ("plan beyond one GPU's training step"): one Qt Test suite per planner.
# Included from tests/CMakeLists.txt after memplanner_add_test() is defined.
memplanner_add_test(model hostramplanner)
memplanner_add_test(model csvdtypeadvisor)
memplanner_add_test(model compressionplanner)
memplanner_add_test(model shardingplanner)
