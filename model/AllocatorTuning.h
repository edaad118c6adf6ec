#pragma once

namespace memplanner {

/**
 * Keeps freed memory in the process heap instead of returning it to the kernel at once.
 * Planning a large graph allocates megabytes of short-lived vectors; with glibc's defaults each
 * plan maps them afresh and pays a page fault per page (a third of the time for 10,000 nodes).
 * Programs that re-plan (the GUI, the CLI, benchmarks) call this once at start-up.
 */
void keepFreedMemoryForReplanning();

} // namespace memplanner
