# The charts and the "make it fit" assistant (issue 6): the engine's series and ranking, then the
# chart data models and the panel, offscreen.
memplanner_add_test(model fitsolver)
memplanner_add_test(model batchsweep)
memplanner_add_test(model checkpointsweep)
if(MEMPLANNER_BUILD_GUI)
    memplanner_add_test(views chartmodels)
    target_link_libraries(tst_chartmodels PRIVATE memplanner_views)
    memplanner_add_test(views chartspanel)
    target_link_libraries(tst_chartspanel PRIVATE memplanner_views memplanner_translations)
endif()
