#include "AllocatorTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace memplanner {

void keepFreedMemoryForReplanning()
{
#if defined(__GLIBC__)
    // Serve blocks up to 64 MiB from the heap and keep up to 256 MiB of free heap untrimmed.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace memplanner
