#pragma once

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace memplanner::bench {

/** Median wall time of @p reps runs of @p work, in milliseconds (one untimed warm-up first). */
inline double medianMs(int reps, const std::function<void()> &work)
{
    work();
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < reps; ++i) {
        timer.start();
        work();
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

} // namespace memplanner::bench
