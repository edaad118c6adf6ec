#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace memplanner {

/** How the training process holds its dataset. */
enum class DatasetLoading {
    InMemory, ///< the whole table is loaded (e.g. pandas.read_csv of the full file)
    Streamed  ///< read in chunks of chunkRows, a few chunks resident at a time
};

/** The parts of host RAM a plan reports, in breakdown order. */
enum class HostRamItem {
    Runtime,         ///< interpreter + framework import
    Dataset,         ///< the table (whole, or the resident chunks)
    WorkerProcesses, ///< per-worker process baseline of the data loader
    LoaderBatches,   ///< batches prefetched by the workers plus the one being trained on
    PinnedBuffers,   ///< page-locked staging copies of batches
    ModelCopy,       ///< a host copy of the model (e.g. a loaded state_dict)
    Other            ///< anything else the user adds
};

/**
 * Inputs of a host-RAM plan. Every field is user-editable; sizes are bytes, counts are
 * elements. The defaults describe a PyTorch process that loads its data in memory with no
 * data-loader workers.
 */
struct HostRamConfig
{
    /** Interpreter + framework import; see HostRamPlanner::defaultRuntimeBaseline(). */
    std::int64_t runtimeBaselineBytes = 391'000'000;

    std::int64_t datasetRows = 0;
    std::int64_t datasetColumns = 0;
    std::int64_t bytesPerValue = 8; ///< 8: float64/int64, pandas' default numeric dtypes
    DatasetLoading loading = DatasetLoading::InMemory;
    /** Streamed: rows per chunk (pandas.read_csv(chunksize=…)). */
    std::int64_t chunkRows = 0;
    /** Streamed: chunks resident at once — the one in use plus those read ahead (≥ 1). */
    std::int64_t prefetchChunks = 2;
    /**
     * Copies of the data alive together, e.g. 2 while a DataFrame is converted to a NumPy
     * array or tensor and the frame is still referenced (≥ 1).
     */
    std::int64_t dataCopies = 1;

    /** DataLoader num_workers (0: loading in the main process). */
    std::int64_t workers = 0;
    /** Batches each worker loads ahead (PyTorch's prefetch_factor, default 2). */
    std::int64_t prefetchFactor = 2;
    std::int64_t batchSize = 0;
    std::int64_t sampleBytes = 0; ///< bytes of one sample as the loader yields it
    /**
     * Extra RSS of each worker process. The default assumes the "spawn" start method
     * (macOS and Windows), where every worker imports the framework again; with "fork" on
     * Linux the pages are shared copy-on-write and the unique cost is much lower.
     */
    std::int64_t workerBaselineBytes = 391'000'000;
    /**
     * Each worker holds its own copy of the dataset (in memory: spawn pickles the dataset to
     * every worker, and with fork CPython's reference counting dirties pages of Python-object
     * datasets so they are copied, pytorch/pytorch#13246; streamed: every worker reads its
     * own chunks).
     */
    bool workersCopyDataset = false;
    /** Page-locked staging buffers, each one batch (pin_memory=True). */
    std::int64_t pinnedBuffers = 0;

    std::int64_t modelHostBytes = 0; ///< host copy of the model (parameter bytes)
    std::int64_t otherBytes = 0;     ///< anything else the user wants counted

    std::int64_t capacityBytes = 0; ///< host RAM available; 0: unknown
};

/** One line of a host-RAM breakdown. */
struct HostRamLine
{
    HostRamItem item = HostRamItem::Other;
    QString label; ///< translated
    std::int64_t bytes = 0;
};

/** The result of HostRamPlanner::plan(). All sizes in bytes. */
struct HostRamPlan
{
    std::int64_t runtime = 0;
    std::int64_t dataset = 0;
    std::int64_t workerProcesses = 0;
    std::int64_t loaderBatches = 0;
    std::int64_t pinnedBuffers = 0;
    std::int64_t modelCopy = 0;
    std::int64_t other = 0;
    std::int64_t total = 0;

    std::int64_t batchBytes = 0;      ///< batchSize × sampleBytes
    std::int64_t batchesInFlight = 0; ///< workers × prefetchFactor + 1
    std::int64_t capacity = 0;        ///< copied from the config; 0: unknown
    bool fits = true;                 ///< total ≤ capacity (true when capacity is unknown)
    std::int64_t headroom = 0;        ///< capacity − total (negative when it does not fit)
    /**
     * Largest dataset row count that fits the capacity when loaded in memory, everything
     * else unchanged; −1 when the capacity is unknown or a row costs nothing.
     */
    std::int64_t maxRowsInMemory = -1;
    QStringList warnings; ///< translated

    /** The non-zero parts in breakdown order, with translated labels. */
    QList<HostRamLine> breakdown() const;
};

/** One point of a RAM-versus-dataset-rows series (for a chart). */
struct HostRamPoint
{
    std::int64_t rows = 0;
    std::int64_t inMemoryBytes = 0; ///< process total when the table is loaded whole
    std::int64_t streamedBytes = 0; ///< process total when it is streamed in chunks
};

/**
 * Host RAM of a training or inference process: the runtime baseline, the dataset (whole or
 * streamed), the data loader's workers, prefetched and pinned batches, and a host copy of the
 * model, against the machine's RAM.
 *
 * total = runtime + dataset + workers × workerBaseline
 *       + (workers × prefetchFactor + 1) × batch × sampleBytes
 *       + pinnedBuffers × batch × sampleBytes + modelHost + other
 * dataset (in memory) = rows × columns × bytesPerValue × dataCopies
 * dataset (streamed)  = min(rows, chunkRows × prefetchChunks) × columns × bytesPerValue ×
 * dataCopies and the dataset term is multiplied by (1 + workers) when workersCopyDataset is set.
 *
 * Every function throws ModelError on invalid input (a negative size, a streamed plan
 * without a chunk size) and when a size overflows 64 bits.
 */
class HostRamPlanner
{
    Q_DECLARE_TR_FUNCTIONS(HostRamPlanner)

public:
    /** Interpreter + PyTorch import: ≈391 MB measured in the course material (REFERENCE.md). */
    static constexpr std::int64_t PyTorchBaselineBytes = 391'000'000;

    /** Runtime names known to defaultRuntimeBaseline(): "pytorch", "none". */
    static QStringList runtimeNames();
    /** The default baseline for @p runtime (case-insensitive); throws ModelError if unknown. */
    static std::int64_t defaultRuntimeBaseline(const QString &runtime);

    /** Plans host RAM for @p config. */
    static HostRamPlan plan(const HostRamConfig &config);

    /** Dataset bytes under @p loading (the configured loading mode is ignored). */
    static std::int64_t datasetBytes(const HostRamConfig &config, DatasetLoading loading);

    /**
     * Process total versus dataset rows, for in-memory and streamed loading, at @p points
     * (≥ 2) evenly spaced row counts from 0 to @p maxRows. Streamed totals need chunkRows > 0;
     * when it is 0 the streamed column repeats the in-memory one.
     */
    static QList<HostRamPoint> rowSweep(const HostRamConfig &config, std::int64_t maxRows,
                                        int points);

    /** Translated label of @p item. */
    static QString itemLabel(HostRamItem item);
};

} // namespace memplanner
