#include "HostRamPlanner.h"

#include "Bytes.h"
#include "ModelError.h"

#include <algorithm>

namespace memplanner {

namespace {

void requireNonNegative(std::int64_t value, const QString &field)
{
    if (value < 0)
        throw ModelError(
            HostRamPlanner::tr("%1 must not be negative (got %2).").arg(field).arg(value));
}

void validate(const HostRamConfig &c)
{
    requireNonNegative(c.runtimeBaselineBytes, HostRamPlanner::tr("Runtime baseline"));
    requireNonNegative(c.datasetRows, HostRamPlanner::tr("Dataset rows"));
    requireNonNegative(c.datasetColumns, HostRamPlanner::tr("Dataset columns"));
    requireNonNegative(c.bytesPerValue, HostRamPlanner::tr("Bytes per value"));
    requireNonNegative(c.chunkRows, HostRamPlanner::tr("Chunk rows"));
    requireNonNegative(c.workers, HostRamPlanner::tr("Workers"));
    requireNonNegative(c.prefetchFactor, HostRamPlanner::tr("Prefetch factor"));
    requireNonNegative(c.batchSize, HostRamPlanner::tr("Batch size"));
    requireNonNegative(c.sampleBytes, HostRamPlanner::tr("Sample bytes"));
    requireNonNegative(c.workerBaselineBytes, HostRamPlanner::tr("Worker baseline"));
    requireNonNegative(c.pinnedBuffers, HostRamPlanner::tr("Pinned buffers"));
    requireNonNegative(c.modelHostBytes, HostRamPlanner::tr("Model host bytes"));
    requireNonNegative(c.otherBytes, HostRamPlanner::tr("Other bytes"));
    requireNonNegative(c.capacityBytes, HostRamPlanner::tr("Host RAM capacity"));
    if (c.dataCopies < 1)
        throw ModelError(
            HostRamPlanner::tr("Data copies must be at least 1 (got %1).").arg(c.dataCopies));
    if (c.loading == DatasetLoading::Streamed) {
        if (c.chunkRows <= 0)
            throw ModelError(
                HostRamPlanner::tr("Streamed loading needs a chunk size in rows greater than 0."));
        if (c.prefetchChunks < 1)
            throw ModelError(
                HostRamPlanner::tr("Streamed loading keeps at least one chunk (got %1).")
                    .arg(c.prefetchChunks));
    }
}

// The dataset term including per-worker copies; throws SizeOverflow.
std::int64_t datasetTerm(const HostRamConfig &c, DatasetLoading loading, std::int64_t rows)
{
    std::int64_t residentRows = rows;
    if (loading == DatasetLoading::Streamed)
        residentRows
            = std::min(rows, checkedMul(c.chunkRows, std::max<std::int64_t>(c.prefetchChunks, 1)));
    std::int64_t bytes = checkedMul(
        checkedMul(checkedMul(residentRows, c.datasetColumns), c.bytesPerValue), c.dataCopies);
    if (c.workersCopyDataset)
        bytes = checkedMul(bytes, checkedAdd(c.workers, 1));
    return bytes;
}

// Everything except the dataset; throws SizeOverflow.
HostRamPlan fixedTerms(const HostRamConfig &c)
{
    HostRamPlan p;
    p.runtime = c.runtimeBaselineBytes;
    p.workerProcesses = checkedMul(c.workers, c.workerBaselineBytes);
    p.batchBytes = checkedMul(c.batchSize, c.sampleBytes);
    // PyTorch: prefetch_factor batches per worker are loaded ahead ("2 * num_workers batches
    // prefetched across all workers" by default); the training loop holds one more. With
    // num_workers = 0 there is no prefetching, only the batch in use.
    p.batchesInFlight = checkedAdd(checkedMul(c.workers, c.prefetchFactor), 1);
    p.loaderBatches = checkedMul(p.batchesInFlight, p.batchBytes);
    p.pinnedBuffers = checkedMul(c.pinnedBuffers, p.batchBytes);
    p.modelCopy = c.modelHostBytes;
    p.other = c.otherBytes;
    return p;
}

std::int64_t fixedSum(const HostRamPlan &p)
{
    std::int64_t s = 0;
    for (std::int64_t v :
         {p.runtime, p.workerProcesses, p.loaderBatches, p.pinnedBuffers, p.modelCopy, p.other})
        s = checkedAdd(s, v);
    return s;
}

} // namespace

QStringList HostRamPlanner::runtimeNames()
{
    return {QStringLiteral("pytorch"), QStringLiteral("none")};
}

std::int64_t HostRamPlanner::defaultRuntimeBaseline(const QString &runtime)
{
    const QString key = runtime.trimmed().toLower();
    if (key == QLatin1String("pytorch"))
        return PyTorchBaselineBytes;
    if (key == QLatin1String("none"))
        return 0;
    throw ModelError(tr("Unknown runtime \"%1\"; known runtimes: %2.")
                         .arg(runtime, runtimeNames().join(QStringLiteral(", "))));
}

std::int64_t HostRamPlanner::datasetBytes(const HostRamConfig &config, DatasetLoading loading)
{
    HostRamConfig c = config;
    c.loading = loading;
    validate(c);
    try {
        return datasetTerm(c, loading, c.datasetRows);
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("host RAM dataset"));
    }
}

HostRamPlan HostRamPlanner::plan(const HostRamConfig &config)
{
    validate(config);
    try {
        HostRamPlan p = fixedTerms(config);
        p.dataset = datasetTerm(config, config.loading, config.datasetRows);
        const std::int64_t fixed = fixedSum(p);
        p.total = checkedAdd(fixed, p.dataset);
        p.capacity = config.capacityBytes;
        if (p.capacity > 0) {
            p.fits = p.total <= p.capacity;
            p.headroom = checkedSub(p.capacity, p.total);
            // In memory the dataset is perRow × rows (copies and workers included), so the
            // largest row count is a division, not a search.
            const std::int64_t perRow = datasetTerm(config, DatasetLoading::InMemory, 1);
            if (perRow > 0)
                p.maxRowsInMemory = p.capacity > fixed ? (p.capacity - fixed) / perRow : 0;
            if (!p.fits)
                p.warnings << tr("The process needs %1 bytes of host RAM but only %2 are "
                                 "available.")
                                  .arg(p.total)
                                  .arg(p.capacity);
        }
        if (config.loading == DatasetLoading::InMemory && config.capacityBytes > 0
            && p.dataset > config.capacityBytes / 2)
            p.warnings << tr("The dataset alone takes more than half of host RAM: stream it "
                             "in chunks or use smaller column types.");
        if (config.workers > 0 && config.workersCopyDataset
            && config.loading == DatasetLoading::InMemory)
            p.warnings << tr("Every data-loader worker holds its own copy of the dataset; "
                             "keep it in NumPy arrays or shared memory instead of Python "
                             "lists to avoid the copies.");
        return p;
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("host RAM plan"));
    }
}

QList<HostRamPoint> HostRamPlanner::rowSweep(const HostRamConfig &config, std::int64_t maxRows,
                                             int points)
{
    if (points < 2)
        throw ModelError(tr("A row sweep needs at least 2 points (got %1).").arg(points));
    if (maxRows < 0)
        throw ModelError(tr("The largest row count must not be negative (got %1).").arg(maxRows));
    HostRamConfig c = config;
    c.loading = DatasetLoading::InMemory;
    validate(c);
    const bool canStream = config.chunkRows > 0 && config.prefetchChunks >= 1;
    QList<HostRamPoint> series;
    series.reserve(points);
    try {
        const std::int64_t fixed = fixedSum(fixedTerms(c));
        for (int i = 0; i < points; ++i) {
            HostRamPoint pt;
            // rows_i = maxRows · i / (points − 1), in 128-bit to avoid an intermediate overflow
            pt.rows = static_cast<std::int64_t>(static_cast<__int128>(maxRows) * i / (points - 1));
            pt.inMemoryBytes = checkedAdd(fixed, datasetTerm(c, DatasetLoading::InMemory, pt.rows));
            pt.streamedBytes = canStream
                ? checkedAdd(fixed, datasetTerm(c, DatasetLoading::Streamed, pt.rows))
                : pt.inMemoryBytes;
            series.append(pt);
        }
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("host RAM row sweep"));
    }
    return series;
}

QString HostRamPlanner::itemLabel(HostRamItem item)
{
    switch (item) {
    case HostRamItem::Runtime:
        return tr("Runtime (interpreter + framework)");
    case HostRamItem::Dataset:
        return tr("Dataset");
    case HostRamItem::WorkerProcesses:
        return tr("Data-loader worker processes");
    case HostRamItem::LoaderBatches:
        return tr("Prefetched batches");
    case HostRamItem::PinnedBuffers:
        return tr("Pinned staging buffers");
    case HostRamItem::ModelCopy:
        return tr("Host copy of the model");
    case HostRamItem::Other:
        return tr("Other");
    }
    return QString();
}

QList<HostRamLine> HostRamPlan::breakdown() const
{
    const std::pair<HostRamItem, std::int64_t> parts[] = {
        {HostRamItem::Runtime, runtime},
        {HostRamItem::Dataset, dataset},
        {HostRamItem::WorkerProcesses, workerProcesses},
        {HostRamItem::LoaderBatches, loaderBatches},
        {HostRamItem::PinnedBuffers, pinnedBuffers},
        {HostRamItem::ModelCopy, modelCopy},
        {HostRamItem::Other, other},
    };
    QList<HostRamLine> lines;
    for (const auto &[item, bytes] : parts) {
        if (bytes != 0)
            lines.append({item, HostRamPlanner::itemLabel(item), bytes});
    }
    return lines;
}

} // namespace memplanner
