# Issue 8: CsvDtypeAdvisor throughput on a generated ≈200 MB CSV (prints MB/s).
# Build it in Release or RelWithDebInfo (the project default) for meaningful numbers:
#   bench_csvdtypes [megabytes] [runs]   or   bench_csvdtypes --file data.csv [runs]
add_executable(bench_csvdtypes ${CMAKE_CURRENT_LIST_DIR}/bench_csvdtypes.cpp)
target_link_libraries(bench_csvdtypes PRIVATE memplanner_model)
