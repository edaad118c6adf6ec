#include "BeyondCommands.h"

#include "CliSupport.h"

#include "Bytes.h"
#include "CompressionPlanner.h"
#include "CsvDtypeAdvisor.h"
#include "Device.h"
#include "GraphAnalysis.h"
#include "HostRamPlanner.h"
#include "ModelError.h"
#include "OptimizerSpec.h"
#include "PlanConfig.h"
#include "PlanSerializer.h"
#include "Planner.h"
#include "PrecisionPolicy.h"
#include "ProjectFile.h"
#include "RuntimeProfile.h"
#include "ShardingPlanner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <limits>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#define MEMPLANNER_ISATTY _isatty
#define MEMPLANNER_FILENO _fileno
#else
#include <unistd.h>
#define MEMPLANNER_ISATTY isatty
#define MEMPLANNER_FILENO fileno
#endif

namespace memplanner {

namespace {

// ---------------------------------------------------------------------------------------------
// Parsing helpers shared by the four verbs. Every message names the option at fault.

constexpr std::int64_t kLargestCount = std::int64_t(1) << 50;

QCommandLineOption valueOption(const char *name, const QString &help, const char *valueName)
{
    return QCommandLineOption(QStringList{QLatin1String(name)}, help, QLatin1String(valueName));
}

QCommandLineOption flagOption(const char *name, const QString &help)
{
    return QCommandLineOption(QStringList{QLatin1String(name)}, help);
}

QString optionName(const QCommandLineOption &option)
{
    return QStringLiteral("--") + option.names().constFirst();
}

/** A whole number ≥ @p minimum given to @p option. */
std::int64_t countValue(const QString &text, const QString &option, std::int64_t minimum)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < minimum)
        throw ModelError(BeyondCommands::tr("%1 must be a whole number of at least %2, not “%3”.")
                             .arg(option)
                             .arg(minimum)
                             .arg(text));
    if (v > kLargestCount)
        throw ModelError(BeyondCommands::tr("%1 is absurdly large (%2).").arg(option, text));
    return v;
}

std::int64_t countOption(const QCommandLineParser &p, const QCommandLineOption &o,
                         std::int64_t minimum, std::int64_t fallback)
{
    return p.isSet(o) ? countValue(p.value(o), optionName(o), minimum) : fallback;
}

/** A size in bytes with an optional unit (12GB, 500MiB, 1048576). */
std::int64_t sizeValue(const QString &text, const QString &option)
{
    if (text.trimmed().startsWith(QLatin1Char('-')))
        throw ModelError(
            BeyondCommands::tr("%1 must not be negative, not “%2”.").arg(option, text));
    try {
        return parseByteSize(text);
    } catch (const ModelError &e) {
        throw ModelError(BeyondCommands::tr("%1: %2").arg(option, e.message()));
    }
}

std::int64_t sizeOption(const QCommandLineParser &p, const QCommandLineOption &o,
                        std::int64_t fallback)
{
    return p.isSet(o) ? sizeValue(p.value(o), optionName(o)) : fallback;
}

/** One of @p choices (case-insensitive), or @p fallback when the option is not given. */
QString choiceOption(const QCommandLineParser &p, const QCommandLineOption &o,
                     const QStringList &choices, const QString &fallback)
{
    if (!p.isSet(o))
        return fallback;
    const QString v = p.value(o).trimmed().toLower();
    for (const QString &c : choices)
        if (v == c.toLower())
            return c;
    throw ModelError(BeyondCommands::tr("%1 must be one of %2, not “%3”.")
                         .arg(optionName(o), choices.join(QStringLiteral(", ")), p.value(o)));
}

QString outputFormat(const QCommandLineParser &p, const QCommandLineOption &o)
{
    return choiceOption(p, o, {QStringLiteral("text"), QStringLiteral("json")},
                        QStringLiteral("text"));
}

QLocale outputLocale(const QCommandLineParser &p, const QCommandLineOption &lang)
{
    return CliSupport::outputLocale(p.isSet(lang) ? p.value(lang) : QString());
}

/** The device profiles, with the per-user file and --devices-file on top (as `plan` does). */
DeviceCatalogue loadDevices(const QCommandLineParser &p, const QCommandLineOption &file)
{
    return CliSupport::loadDevices(p.isSet(file) ? p.value(file) : QString());
}

RuntimeCatalogue loadRuntimes(const QCommandLineParser &p, const QCommandLineOption &file)
{
    return CliSupport::loadRuntimes(p.isSet(file) ? p.value(file) : QString());
}

/** The single positional argument, or a ModelError naming what is missing. */
QString onePositional(const QCommandLineParser &p, const QString &verb, const QString &what)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        throw ModelError(BeyondCommands::tr("%1 needs exactly one %2 (got %3).")
                             .arg(verb, what)
                             .arg(args.size()));
    return args.first();
}

// ---------------------------------------------------------------------------------------------
// Text output helpers.

/** "80,000,000 B (76.3 MiB)": the exact figure first, the readable one after. */
QString bytesText(std::int64_t bytes, const QLocale &locale)
{
    const QString exact
        = BeyondCommands::tr("%1 B").arg(locale.toString(static_cast<qlonglong>(bytes)));
    if (std::llabs(bytes) < 1024)
        return exact;
    return BeyondCommands::tr("%1 (%2)").arg(exact, PlanSerializer::formatBytes(bytes, locale));
}

QString countText(std::int64_t n, const QLocale &locale)
{
    return locale.toString(static_cast<qlonglong>(n));
}

QString ratioText(double r, const QLocale &locale)
{
    if (std::isinf(r))
        return QStringLiteral("∞");
    return BeyondCommands::tr("%1×").arg(locale.toString(r, 'f', 2));
}

QString secondsText(double s, const QLocale &locale)
{
    if (s >= 1.0)
        return BeyondCommands::tr("%1 s").arg(locale.toString(s, 'f', 3));
    if (s >= 1e-3)
        return BeyondCommands::tr("%1 ms").arg(locale.toString(s * 1e3, 'f', 3));
    return BeyondCommands::tr("%1 µs").arg(locale.toString(s * 1e6, 'f', 3));
}

/** A plain-text table: the first row is the header; columns in @p rightAligned are numbers. */
QString table(const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<int> widths;
    for (const QStringList &r : rows)
        for (int c = 0; c < r.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], static_cast<int>(r[c].size()));
        }
    QString text;
    for (int i = 0; i < rows.size(); ++i) {
        QStringList cells;
        for (int c = 0; c < rows[i].size(); ++c) {
            const bool last = c == rows[i].size() - 1;
            if (rightAligned.contains(c))
                cells << rows[i][c].rightJustified(widths[c]);
            else
                cells << (last ? rows[i][c] : rows[i][c].leftJustified(widths[c]));
        }
        QString line = QStringLiteral("  ") + cells.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
        if (i == 0) {
            QStringList rules;
            for (int c = 0; c < widths.size(); ++c)
                rules << QString(widths[c], QLatin1Char('-'));
            text += QStringLiteral("  ") + rules.join(QStringLiteral("  ")) + QLatin1Char('\n');
        }
    }
    return text;
}

void writeJson(QTextStream &out, const QJsonObject &root)
{
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void writeWarnings(QTextStream &out, const QStringList &warnings)
{
    if (warnings.isEmpty())
        return;
    out << '\n' << BeyondCommands::tr("Notes:") << '\n';
    for (const QString &w : warnings)
        out << QStringLiteral("  • ") << w << '\n';
}

QJsonValue nullableBytes(bool known, std::int64_t bytes)
{
    return known ? QJsonValue(static_cast<qint64>(bytes)) : QJsonValue(QJsonValue::Null);
}

QJsonValue finiteOrNull(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

/** Parameters and buffers of @p project's graph sized in fp32 (a state_dict's host copy). */
struct ModelWeights
{
    QString name;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0;
};

ModelWeights fp32Weights(const QString &model, const RuntimeCatalogue &runtimes)
{
    const Project project = ProjectFile::load(model);
    AnalysisOptions options;
    const PlanConfig base = project.hasConfig ? project.config : PlanConfig{};
    options.batch = 1;
    options.seq = base.seq;
    options.training = false;
    options.precision = &PrecisionPolicy::require(QStringLiteral("fp32"));
    options.runtime = &runtimes.require(QStringLiteral("pytorch-cpu"));
    const AnalysedGraph graph = AnalysedGraph::analyse(project.graph, options);
    ModelWeights w;
    w.name = project.graph.name;
    w.parameters = graph.parameterCount();
    for (const AnalysedParam &p : graph.params)
        w.bytes = checkedAdd(w.bytes, p.bytes);
    return w;
}

// ---------------------------------------------------------------------------------------------
// ram

QString loadingId(DatasetLoading loading)
{
    return loading == DatasetLoading::InMemory ? QStringLiteral("memory")
                                               : QStringLiteral("stream");
}

QString hostRamItemId(HostRamItem item)
{
    switch (item) {
    case HostRamItem::Runtime:
        return QStringLiteral("runtime");
    case HostRamItem::Dataset:
        return QStringLiteral("dataset");
    case HostRamItem::WorkerProcesses:
        return QStringLiteral("worker_processes");
    case HostRamItem::LoaderBatches:
        return QStringLiteral("loader_batches");
    case HostRamItem::PinnedBuffers:
        return QStringLiteral("pinned_buffers");
    case HostRamItem::ModelCopy:
        return QStringLiteral("model_copy");
    case HostRamItem::Other:
        return QStringLiteral("other");
    }
    return QString();
}

// ---------------------------------------------------------------------------------------------
// dtypes

QString kindId(CsvColumnKind kind)
{
    switch (kind) {
    case CsvColumnKind::Empty:
        return QStringLiteral("empty");
    case CsvColumnKind::Integer:
        return QStringLiteral("integer");
    case CsvColumnKind::Float:
        return QStringLiteral("float");
    case CsvColumnKind::Boolean:
        return QStringLiteral("boolean");
    case CsvColumnKind::String:
        return QStringLiteral("string");
    }
    return QString();
}

/** A Python string literal of @p text (single quotes, backslashes and quotes escaped). */
QString pythonString(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

/** The read_csv call that applies the advice: the file, its delimiter and header, dtype=…. */
QString readCsvCall(const QString &path, const CsvAdvisorOptions &options, const CsvAdvice &advice)
{
    QStringList args{pythonString(QFileInfo(path).fileName())};
    if (options.delimiter != ',')
        args << QStringLiteral("sep=")
                    + (options.delimiter == '\t'
                           ? QStringLiteral("'\\t'")
                           : pythonString(QString(QLatin1Char(options.delimiter))));
    QString dtypes = CsvDtypeAdvisor::pandasDtypeArgument(advice);
    if (!options.header) {
        args << QStringLiteral("header=None");
        // Without a header pandas labels the columns 0, 1, …: integer keys, not '0', '1'.
        static const QRegularExpression quotedIndex(QStringLiteral("'(\\d+)': "));
        dtypes.replace(quotedIndex, QStringLiteral("\\1: "));
    }
    args << QStringLiteral("dtype=") + dtypes;
    // pandas stops at a malformed row by default; the advice assumes they are skipped.
    if (advice.malformedRows > 0)
        args << QStringLiteral("on_bad_lines='skip'");
    return QStringLiteral("pd.read_csv(") + args.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// ---------------------------------------------------------------------------------------------
// deploy

QString storageId(SparseStorage s)
{
    switch (s) {
    case SparseStorage::Dense:
        return QStringLiteral("dense");
    case SparseStorage::Csr:
        return QStringLiteral("csr");
    case SparseStorage::Auto:
        return QStringLiteral("auto");
    }
    return QString();
}

QString granularityId(ScaleGranularity g)
{
    switch (g) {
    case ScaleGranularity::PerTensor:
        return QStringLiteral("tensor");
    case ScaleGranularity::PerChannel:
        return QStringLiteral("channel");
    case ScaleGranularity::PerGroup:
        return QStringLiteral("group");
    }
    return QString();
}

/** One model planned for inference and deployed with a compression recipe. */
struct Deployment
{
    QString model;
    QString name;
    std::int64_t parameters = 0;
    std::int64_t batch = 1;
    std::int64_t seq = 0;
    QString runtime;
    std::int64_t activations = 0; ///< Activations + Inputs at the inference peak
    std::int64_t workspace = 0;
    std::int64_t activationTraffic = 0;
    std::int64_t runtimeOverhead = 0;
    std::int64_t tensorPeak = 0; ///< the uncompressed plan's tensor peak
    double flops = 0.0;
    DeploymentEstimate estimate;
    QStringList warnings;
};

/**
 * Plans @p model for inference (fp32, @p device's runtime) and deploys its parameters with
 * @p recipe: weight tensors from the analysed graph, the activation peak and workspace from the
 * peak moment, forward FLOPs, and activation traffic as every op reading its inputs and writing
 * its outputs once.
 */
Deployment deployModel(const QString &model, std::int64_t batch, std::optional<std::int64_t> seq,
                       const CompressionConfig &recipe, const Device &device,
                       const EdgeDevice &edge, const DeviceCatalogue &devices,
                       const RuntimeCatalogue &runtimes)
{
    Deployment d;
    d.model = model;
    const Project project = ProjectFile::load(model);
    PlanConfig config = project.hasConfig ? project.config : PlanConfig{};
    config.training = false;
    config.precision = QStringLiteral("fp32");
    config.checkpoint = CheckpointSpec{};
    config.keepGradients = false;
    config.batch = batch;
    if (seq)
        config.seq = *seq;
    config.runtime = device.runtime;
    config.devices.clear();
    const Planner planner(devices, runtimes);
    const auto core = planner.buildCore(project.graph, config,
                                        runtimes.require(config.effectiveRuntime()), &d.warnings);
    d.warnings = core->graph.warnings + d.warnings;
    d.name = project.graph.name;
    d.parameters = core->graph.parameterCount();
    d.batch = batch;
    d.seq = config.seq;
    d.runtime = config.effectiveRuntime();

    const MemoryAtPeak m = core->memoryAt(batch);
    d.activations = checkedAdd(m.breakdown[static_cast<int>(Category::Activations)],
                               m.breakdown[static_cast<int>(Category::Inputs)]);
    d.workspace = m.breakdown[static_cast<int>(Category::Workspace)];
    d.tensorPeak = m.tensorPeak;
    d.runtimeOverhead = m.runtimeOverhead;
    d.flops = Planner::computeCost(*core, config).forward;

    const AnalysedGraph &g = core->graph;
    for (const AnalysedNode &n : g.nodes) {
        if (n.outcome.isLoss)
            continue;
        for (int t : n.inputs)
            d.activationTraffic = checkedAdd(d.activationTraffic, g.tensors[t].bytes.at(batch));
        for (std::size_t k = 0; k < n.outputs.size(); ++k)
            if (n.outcome.outputSharesInput[k] < 0)
                d.activationTraffic
                    = checkedAdd(d.activationTraffic, g.tensors[n.outputs[k]].bytes.at(batch));
    }

    QList<WeightTensor> tensors;
    bool buffers = false;
    for (const AnalysedParam &p : g.params) {
        if (p.isBuffer) {
            buffers = true;
            continue;
        }
        WeightTensor w;
        w.name = p.key;
        w.elements = p.elements;
        w.rows = std::max<std::int64_t>(1, std::min(p.rows, std::max<std::int64_t>(1, p.elements)));
        w.isMatrix = p.quantisable;
        tensors.append(w);
    }
    if (buffers)
        d.warnings << BeyondCommands::tr(
            "Buffers (e.g. BatchNorm running statistics) are not counted: they "
            "are assumed folded into the weights for deployment.");
    d.estimate = CompressionPlanner::deploy(tensors, recipe, d.activations, d.flops,
                                            d.activationTraffic, edge, d.workspace);
    return d;
}

QJsonObject deploymentJson(const Deployment &d)
{
    const DeploymentEstimate &e = d.estimate;
    const CompressionResult &w = e.weights;
    QJsonObject model;
    model.insert(QLatin1String("name"), d.name);
    model.insert(QLatin1String("source"), d.model);
    model.insert(QLatin1String("parameters"), static_cast<qint64>(d.parameters));
    model.insert(QLatin1String("batch"), static_cast<qint64>(d.batch));
    model.insert(QLatin1String("seq"), static_cast<qint64>(d.seq));
    model.insert(QLatin1String("runtime"), d.runtime);

    QJsonArray tensors;
    for (const TensorCompression &t : w.tensors) {
        QJsonObject o;
        o.insert(QLatin1String("name"), t.name);
        o.insert(QLatin1String("elements"), static_cast<qint64>(t.elements));
        o.insert(QLatin1String("non_zeros"), static_cast<qint64>(t.nonZeros));
        o.insert(QLatin1String("sparse"), t.sparse);
        o.insert(QLatin1String("value_bits"), t.valueBits);
        o.insert(QLatin1String("original"), static_cast<qint64>(t.originalBytes));
        o.insert(QLatin1String("values"), static_cast<qint64>(t.valueBytes));
        o.insert(QLatin1String("indices"), static_cast<qint64>(t.indexBytes));
        o.insert(QLatin1String("metadata"), static_cast<qint64>(t.metadataBytes));
        o.insert(QLatin1String("total"), static_cast<qint64>(t.totalBytes));
        tensors.append(o);
    }
    QJsonObject weights;
    weights.insert(QLatin1String("parameters"), static_cast<qint64>(w.parameters));
    weights.insert(QLatin1String("non_zeros"), static_cast<qint64>(w.nonZeros));
    weights.insert(QLatin1String("original"), static_cast<qint64>(w.originalBytes));
    weights.insert(QLatin1String("values"), static_cast<qint64>(w.valueBytes));
    weights.insert(QLatin1String("indices"), static_cast<qint64>(w.indexBytes));
    weights.insert(QLatin1String("metadata"), static_cast<qint64>(w.metadataBytes));
    weights.insert(QLatin1String("total"), static_cast<qint64>(w.totalBytes));
    weights.insert(QLatin1String("ratio"), finiteOrNull(w.ratio));
    weights.insert(QLatin1String("break_even_sparsity"), w.breakEvenSparsity);
    weights.insert(QLatin1String("tensors"), tensors);

    QJsonObject memory;
    memory.insert(QLatin1String("weights"), static_cast<qint64>(w.totalBytes));
    memory.insert(QLatin1String("activation_peak"), static_cast<qint64>(e.activationPeakBytes));
    memory.insert(QLatin1String("workspace"), static_cast<qint64>(e.workspaceBytes));
    memory.insert(QLatin1String("inference"), static_cast<qint64>(e.inferenceBytes));
    memory.insert(QLatin1String("uncompressed_tensor_peak"), static_cast<qint64>(d.tensorPeak));
    memory.insert(QLatin1String("runtime_overhead"), static_cast<qint64>(d.runtimeOverhead));

    QJsonObject latency;
    latency.insert(QLatin1String("flops"), e.flops);
    latency.insert(QLatin1String("bytes_moved"), static_cast<qint64>(e.bytesMoved));
    latency.insert(QLatin1String("activation_traffic"), static_cast<qint64>(d.activationTraffic));
    latency.insert(QLatin1String("compute_s"), e.latency.computeSeconds);
    latency.insert(QLatin1String("memory_s"), e.latency.memorySeconds);
    latency.insert(QLatin1String("seconds"), e.latency.seconds);
    latency.insert(QLatin1String("memory_bound"), e.latency.memoryBound);
    latency.insert(QLatin1String("arithmetic_intensity"),
                   finiteOrNull(e.latency.arithmeticIntensity));
    latency.insert(QLatin1String("ridge_point"), e.latency.ridgePoint);

    QJsonObject o;
    o.insert(QLatin1String("model"), model);
    o.insert(QLatin1String("weights"), weights);
    o.insert(QLatin1String("memory"), memory);
    o.insert(QLatin1String("latency"), latency);
    o.insert(QLatin1String("fits"), e.fits);
    o.insert(QLatin1String("headroom"), static_cast<qint64>(e.headroom));
    o.insert(QLatin1String("warnings"), QJsonArray::fromStringList(d.warnings));
    return o;
}

QString deploymentText(const Deployment &d, const EdgeDevice &edge, const QLocale &locale)
{
    const DeploymentEstimate &e = d.estimate;
    const CompressionResult &w = e.weights;
    QString text;
    QTextStream out(&text);
    out << BeyondCommands::tr("%1 (%2): %3 parameters, batch %4, runtime %5")
               .arg(d.name, d.model, countText(d.parameters, locale))
               .arg(d.batch)
               .arg(d.runtime)
        << '\n';
    QList<QStringList> rows;
    rows << QStringList{BeyondCommands::tr("Tensor"),   BeyondCommands::tr("Elements"),
                        BeyondCommands::tr("Storage"),  BeyondCommands::tr("Bits"),
                        BeyondCommands::tr("Original"), BeyondCommands::tr("Values"),
                        BeyondCommands::tr("Indices"),  BeyondCommands::tr("Metadata"),
                        BeyondCommands::tr("Total")};
    // Long models: the largest tensors (in model order) and one line for the rest.
    constexpr int kShown = 12;
    QList<int> order;
    for (int i = 0; i < w.tensors.size(); ++i)
        order << i;
    if (order.size() > kShown + 4) {
        std::stable_sort(order.begin(), order.end(), [&w](int a, int b) {
            return w.tensors[a].originalBytes > w.tensors[b].originalBytes;
        });
        order.resize(kShown);
        std::sort(order.begin(), order.end());
    }
    TensorCompression rest;
    int restCount = 0;
    for (int i = 0; i < w.tensors.size(); ++i) {
        const TensorCompression &t = w.tensors[i];
        if (!order.contains(i)) {
            ++restCount;
            rest.elements += t.elements;
            rest.originalBytes += t.originalBytes;
            rest.valueBytes += t.valueBytes;
            rest.indexBytes += t.indexBytes;
            rest.metadataBytes += t.metadataBytes;
            rest.totalBytes += t.totalBytes;
            continue;
        }
        rows << QStringList{t.name,
                            countText(t.elements, locale),
                            t.sparse ? BeyondCommands::tr("CSR") : BeyondCommands::tr("dense"),
                            QString::number(t.valueBits),
                            countText(t.originalBytes, locale),
                            countText(t.valueBytes, locale),
                            countText(t.indexBytes, locale),
                            countText(t.metadataBytes, locale),
                            countText(t.totalBytes, locale)};
    }
    if (restCount > 0)
        rows << QStringList{BeyondCommands::tr("%1 smaller tensors").arg(restCount),
                            countText(rest.elements, locale),
                            QString(),
                            QString(),
                            countText(rest.originalBytes, locale),
                            countText(rest.valueBytes, locale),
                            countText(rest.indexBytes, locale),
                            countText(rest.metadataBytes, locale),
                            countText(rest.totalBytes, locale)};
    rows << QStringList{BeyondCommands::tr("all %1 tensors").arg(w.tensors.size()),
                        countText(w.parameters, locale),
                        QString(),
                        QString(),
                        countText(w.originalBytes, locale),
                        countText(w.valueBytes, locale),
                        countText(w.indexBytes, locale),
                        countText(w.metadataBytes, locale),
                        countText(w.totalBytes, locale)};
    out << table(rows, {1, 3, 4, 5, 6, 7, 8});
    out << BeyondCommands::tr(
               "Weights: %1 → %2, %3 smaller; non-zeros %4; CSR pays above %5 % sparsity.")
               .arg(bytesText(w.originalBytes, locale), bytesText(w.totalBytes, locale),
                    ratioText(w.ratio, locale), countText(w.nonZeros, locale),
                    locale.toString(w.breakEvenSparsity * 100.0, 'f', 1))
        << '\n';
    out << BeyondCommands::tr(
               "Inference memory: %1 = weights %2 + activations and inputs %3 + workspace %4 "
               "(the runtime adds %5)")
               .arg(bytesText(e.inferenceBytes, locale), bytesText(w.totalBytes, locale),
                    bytesText(e.activationPeakBytes, locale), bytesText(e.workspaceBytes, locale),
                    bytesText(d.runtimeOverhead, locale))
        << '\n';
    if (edge.memoryBytes > 0)
        out << (e.fits ? BeyondCommands::tr("Fits %1 (%2 usable), headroom %3.")
                       : BeyondCommands::tr("Does NOT fit %1 (%2 usable): short by %3."))
                   .arg(edge.name, bytesText(edge.memoryBytes, locale),
                        bytesText(std::llabs(e.headroom), locale))
            << '\n';
    out << BeyondCommands::tr(
               "Latency on %1: %2 (%3-bound; compute %4, memory %5); %6 and %7 moved, "
               "intensity %8 FLOP/B, ridge %9 FLOP/B.")
               .arg(edge.name, secondsText(e.latency.seconds, locale),
                    e.latency.memoryBound ? BeyondCommands::tr("memory")
                                          : BeyondCommands::tr("compute"),
                    secondsText(e.latency.computeSeconds, locale),
                    secondsText(e.latency.memorySeconds, locale),
                    PlanSerializer::formatFlops(e.flops, locale), bytesText(e.bytesMoved, locale),
                    std::isfinite(e.latency.arithmeticIntensity)
                        ? locale.toString(e.latency.arithmeticIntensity, 'f', 1)
                        : QStringLiteral("∞"),
                    locale.toString(e.latency.ridgePoint, 'f', 1))
        << '\n';
    out.flush();
    return text;
}

// ---------------------------------------------------------------------------------------------
// shard

QJsonObject shardingBreakdownJson(const ShardingBreakdown &b, std::int64_t total)
{
    QJsonObject o;
    o.insert(QLatin1String("weights"), static_cast<qint64>(b.weights));
    o.insert(QLatin1String("gradients"), static_cast<qint64>(b.gradients));
    o.insert(QLatin1String("optimizer_states"), static_cast<qint64>(b.optimizerStates));
    o.insert(QLatin1String("activations"), static_cast<qint64>(b.activations));
    o.insert(QLatin1String("communication_buffers"), static_cast<qint64>(b.communicationBuffers));
    o.insert(QLatin1String("model_states"), static_cast<qint64>(b.modelStates()));
    o.insert(QLatin1String("total"), static_cast<qint64>(total));
    return o;
}

} // namespace

// =============================================================================================

int BeyondCommands::runRam(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Plan the host RAM (CPU memory) of a training process: runtime, dataset, data "
           "loader, pinned buffers and a host copy of the model."));
    const QCommandLineOption runtime = valueOption(
        "runtime", tr("Runtime baseline: pytorch (391,000,000 B) or none (default: pytorch)."),
        "NAME");
    const QCommandLineOption rows = valueOption("rows", tr("Dataset rows."), "N");
    const QCommandLineOption columns = valueOption("columns", tr("Dataset columns."), "N");
    const QCommandLineOption bytesPerValue = valueOption(
        "bytes-per-value", tr("Bytes per value (default 8: pandas' float64/int64)."), "N");
    const QCommandLineOption copies
        = valueOption("copies",
                      tr("Copies of the data alive together, e.g. 2 during a DataFrame-to-tensor "
                         "conversion (default 1)."),
                      "N");
    const QCommandLineOption loading = valueOption(
        "loading", tr("memory (the whole table) or stream (chunks); default memory."), "MODE");
    const QCommandLineOption chunkRows
        = valueOption("chunk-rows", tr("Streamed: rows per chunk (read_csv chunksize)."), "N");
    const QCommandLineOption prefetch = valueOption(
        "prefetch", tr("Streamed: chunks resident at once, the one in use included (default 2)."),
        "N");
    const QCommandLineOption workers
        = valueOption("workers", tr("DataLoader num_workers (default 0)."), "N");
    const QCommandLineOption prefetchFactor
        = valueOption("prefetch-factor", tr("Batches each worker loads ahead (default 2)."), "N");
    const QCommandLineOption workerBaseline
        = valueOption("worker-baseline",
                      tr("Extra RSS per worker process (default: the runtime baseline, as "
                         "with the spawn start method)."),
                      "SIZE");
    const QCommandLineOption workersCopy
        = flagOption("workers-copy-dataset", tr("Every worker holds its own copy of the dataset."));
    const QCommandLineOption batch = valueOption("batch", tr("Samples per batch."), "N");
    const QCommandLineOption sampleBytes
        = valueOption("sample-bytes", tr("Bytes of one sample as the loader yields it."), "SIZE");
    const QCommandLineOption pinned = valueOption(
        "pinned", tr("Page-locked staging buffers, one batch each (pin_memory)."), "N");
    const QCommandLineOption modelBytes = valueOption(
        "model-bytes", tr("Host copy of the model, in bytes (e.g. a loaded state_dict)."), "SIZE");
    const QCommandLineOption model = valueOption(
        "model",
        tr("Take the host copy from a model's fp32 parameters and buffers (.memplan or "
           "builtin:NAME)."),
        "MODEL");
    const QCommandLineOption other = valueOption("other", tr("Anything else to count."), "SIZE");
    const QCommandLineOption device = valueOption(
        "device", tr("Check against a device profile's host RAM (see the devices verb)."), "ID");
    const QCommandLineOption capacity
        = valueOption("capacity", tr("Host RAM available, e.g. 12.7GiB."), "SIZE");
    const QCommandLineOption sweepRows
        = valueOption("sweep-rows", tr("Also print RAM against dataset rows, from 0 to N."), "N");
    const QCommandLineOption points
        = valueOption("points", tr("Points of the row sweep (default 11)."), "N");
    const QCommandLineOption format
        = valueOption("format", tr("Output format: text or json."), "FORMAT");
    const QCommandLineOption lang
        = valueOption("lang", tr("Language of text output: en, vi, zh_CN."), "LANG");
    const QCommandLineOption devicesFile = valueOption(
        "devices-file", tr("A JSON file of your own device profiles (override by id)."), "FILE");
    for (const QCommandLineOption *o :
         {&runtime,        &rows,        &columns,  &bytesPerValue, &copies,
          &loading,        &chunkRows,   &prefetch, &workers,       &prefetchFactor,
          &workerBaseline, &workersCopy, &batch,    &sampleBytes,   &pinned,
          &modelBytes,     &model,       &other,    &device,        &capacity,
          &sweepRows,      &points,      &format,   &lang,          &devicesFile})
        parser.addOption(*o);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, out, err, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        throw ModelError(tr("ram takes no positional arguments (got “%1”).")
                             .arg(parser.positionalArguments().join(QLatin1Char(' '))));
    const QString fmt = outputFormat(parser, format);

    HostRamConfig c;
    const QString runtimeName
        = choiceOption(parser, runtime, HostRamPlanner::runtimeNames(), QStringLiteral("pytorch"));
    c.runtimeBaselineBytes = HostRamPlanner::defaultRuntimeBaseline(runtimeName);
    c.datasetRows = countOption(parser, rows, 0, 0);
    c.datasetColumns = countOption(parser, columns, 0, 0);
    c.bytesPerValue = sizeOption(parser, bytesPerValue, 8);
    c.dataCopies = countOption(parser, copies, 1, 1);
    const QString loadingName
        = choiceOption(parser, loading, {QStringLiteral("memory"), QStringLiteral("stream")},
                       QStringLiteral("memory"));
    c.loading = loadingName == QLatin1String("stream") ? DatasetLoading::Streamed
                                                       : DatasetLoading::InMemory;
    c.chunkRows = countOption(parser, chunkRows, 1, 0);
    if (c.loading == DatasetLoading::Streamed && c.chunkRows == 0)
        throw ModelError(tr("--loading stream needs --chunk-rows N (rows per chunk)."));
    c.prefetchChunks = countOption(parser, prefetch, 1, 2);
    c.workers = countOption(parser, workers, 0, 0);
    c.prefetchFactor = countOption(parser, prefetchFactor, 1, 2);
    c.workerBaselineBytes = sizeOption(parser, workerBaseline, c.runtimeBaselineBytes);
    c.workersCopyDataset = parser.isSet(workersCopy);
    c.batchSize = countOption(parser, batch, 0, 0);
    c.sampleBytes = sizeOption(parser, sampleBytes, 0);
    c.pinnedBuffers = countOption(parser, pinned, 0, 0);
    c.otherBytes = sizeOption(parser, other, 0);
    if ((c.workers > 0 || c.pinnedBuffers > 0) && (c.batchSize == 0 || c.sampleBytes == 0))
        throw ModelError(tr("--workers and --pinned count batches: give --batch N and "
                            "--sample-bytes SIZE too."));

    if (parser.isSet(modelBytes) && parser.isSet(model))
        throw ModelError(tr("Give either --model-bytes or --model, not both."));
    ModelWeights weights;
    if (parser.isSet(model)) {
        weights = fp32Weights(parser.value(model), RuntimeCatalogue::load());
        c.modelHostBytes = weights.bytes;
    } else {
        c.modelHostBytes = sizeOption(parser, modelBytes, 0);
    }

    if (parser.isSet(device) && parser.isSet(capacity))
        throw ModelError(tr("Give either --device or --capacity, not both."));
    QString deviceName;
    if (parser.isSet(device)) {
        const DeviceCatalogue devices = loadDevices(parser, devicesFile);
        const Device &d = devices.require(parser.value(device));
        if (d.hostRamBytes <= 0)
            throw ModelError(
                tr("--device %1 has no host RAM figure; use --capacity SIZE.").arg(d.id));
        c.capacityBytes = d.hostRamBytes;
        deviceName = d.name;
    } else {
        c.capacityBytes = sizeOption(parser, capacity, 0);
    }
    const std::int64_t sweepMax = countOption(parser, sweepRows, 1, 0);
    const int sweepPoints = static_cast<int>(countOption(parser, points, 2, 11));
    if (sweepPoints > 10'000)
        throw ModelError(tr("--points is absurdly large (%1).").arg(sweepPoints));

    const HostRamPlan plan = HostRamPlanner::plan(c);
    QList<HostRamPoint> sweep;
    if (parser.isSet(sweepRows))
        sweep = HostRamPlanner::rowSweep(c, sweepMax, sweepPoints);
    const bool capacityKnown = c.capacityBytes > 0;

    if (fmt == QLatin1String("json")) {
        QJsonObject config;
        config.insert(QLatin1String("runtime"), runtimeName);
        config.insert(QLatin1String("runtime_baseline"),
                      static_cast<qint64>(c.runtimeBaselineBytes));
        config.insert(QLatin1String("rows"), static_cast<qint64>(c.datasetRows));
        config.insert(QLatin1String("columns"), static_cast<qint64>(c.datasetColumns));
        config.insert(QLatin1String("bytes_per_value"), static_cast<qint64>(c.bytesPerValue));
        config.insert(QLatin1String("copies"), static_cast<qint64>(c.dataCopies));
        config.insert(QLatin1String("loading"), loadingId(c.loading));
        config.insert(QLatin1String("chunk_rows"), static_cast<qint64>(c.chunkRows));
        config.insert(QLatin1String("prefetch_chunks"), static_cast<qint64>(c.prefetchChunks));
        config.insert(QLatin1String("workers"), static_cast<qint64>(c.workers));
        config.insert(QLatin1String("prefetch_factor"), static_cast<qint64>(c.prefetchFactor));
        config.insert(QLatin1String("worker_baseline"), static_cast<qint64>(c.workerBaselineBytes));
        config.insert(QLatin1String("workers_copy_dataset"), c.workersCopyDataset);
        config.insert(QLatin1String("batch"), static_cast<qint64>(c.batchSize));
        config.insert(QLatin1String("sample_bytes"), static_cast<qint64>(c.sampleBytes));
        config.insert(QLatin1String("pinned_buffers"), static_cast<qint64>(c.pinnedBuffers));
        config.insert(QLatin1String("model_host_bytes"), static_cast<qint64>(c.modelHostBytes));
        if (parser.isSet(model)) {
            config.insert(QLatin1String("model"), parser.value(model));
            config.insert(QLatin1String("model_parameters"),
                          static_cast<qint64>(weights.parameters));
        }
        config.insert(QLatin1String("other"), static_cast<qint64>(c.otherBytes));
        if (parser.isSet(device))
            config.insert(QLatin1String("device"), parser.value(device));

        QJsonObject memory;
        memory.insert(QLatin1String("runtime"), static_cast<qint64>(plan.runtime));
        memory.insert(QLatin1String("dataset"), static_cast<qint64>(plan.dataset));
        memory.insert(QLatin1String("worker_processes"), static_cast<qint64>(plan.workerProcesses));
        memory.insert(QLatin1String("loader_batches"), static_cast<qint64>(plan.loaderBatches));
        memory.insert(QLatin1String("pinned_buffers"), static_cast<qint64>(plan.pinnedBuffers));
        memory.insert(QLatin1String("model_copy"), static_cast<qint64>(plan.modelCopy));
        memory.insert(QLatin1String("other"), static_cast<qint64>(plan.other));
        memory.insert(QLatin1String("total"), static_cast<qint64>(plan.total));
        memory.insert(QLatin1String("batch_bytes"), static_cast<qint64>(plan.batchBytes));
        memory.insert(QLatin1String("batches_in_flight"),
                      static_cast<qint64>(plan.batchesInFlight));

        QJsonArray breakdown;
        for (const HostRamLine &line : plan.breakdown()) {
            QJsonObject o;
            o.insert(QLatin1String("item"), hostRamItemId(line.item));
            o.insert(QLatin1String("label"), line.label);
            o.insert(QLatin1String("bytes"), static_cast<qint64>(line.bytes));
            breakdown.append(o);
        }
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.ram/1"));
        root.insert(QLatin1String("config"), config);
        root.insert(QLatin1String("memory"), memory);
        root.insert(QLatin1String("breakdown"), breakdown);
        root.insert(QLatin1String("capacity"), nullableBytes(capacityKnown, plan.capacity));
        root.insert(QLatin1String("fits"),
                    capacityKnown ? QJsonValue(plan.fits) : QJsonValue(QJsonValue::Null));
        root.insert(QLatin1String("headroom"), nullableBytes(capacityKnown, plan.headroom));
        root.insert(QLatin1String("max_rows_in_memory"),
                    nullableBytes(plan.maxRowsInMemory >= 0, plan.maxRowsInMemory));
        if (parser.isSet(sweepRows)) {
            QJsonArray points;
            for (const HostRamPoint &p : sweep) {
                QJsonObject o;
                o.insert(QLatin1String("rows"), static_cast<qint64>(p.rows));
                o.insert(QLatin1String("in_memory"), static_cast<qint64>(p.inMemoryBytes));
                o.insert(QLatin1String("streamed"), static_cast<qint64>(p.streamedBytes));
                points.append(o);
            }
            root.insert(QLatin1String("sweep"), points);
        }
        root.insert(QLatin1String("warnings"), QJsonArray::fromStringList(plan.warnings));
        writeJson(out, root);
        return 0;
    }

    const QLocale locale = outputLocale(parser, lang);
    out << tr("Host RAM of the process") << '\n';
    QList<QStringList> lines{{tr("Part"), tr("Bytes"), tr("Readable")}};
    for (const HostRamLine &line : plan.breakdown())
        lines << QStringList{line.label, countText(line.bytes, locale),
                             PlanSerializer::formatBytes(line.bytes, locale)};
    lines << QStringList{tr("Total"), countText(plan.total, locale),
                         PlanSerializer::formatBytes(plan.total, locale)};
    out << table(lines, {1, 2});
    if (c.datasetRows > 0)
        out << tr("Dataset: %1 rows × %2 columns × %3 bytes, %4.")
                   .arg(countText(c.datasetRows, locale), countText(c.datasetColumns, locale),
                        countText(c.bytesPerValue, locale),
                        c.loading == DatasetLoading::InMemory
                            ? tr("loaded in memory")
                            : tr("streamed in chunks of %1 rows, %2 resident")
                                  .arg(countText(c.chunkRows, locale))
                                  .arg(c.prefetchChunks))
            << '\n';
    if (capacityKnown) {
        const QString where = deviceName.isEmpty() ? tr("the host") : deviceName;
        out << (plan.fits ? tr("Fits %1 (%2): headroom %3.")
                          : tr("Does NOT fit %1 (%2): short by %3."))
                   .arg(where, bytesText(plan.capacity, locale),
                        bytesText(std::llabs(plan.headroom), locale))
            << '\n';
        if (plan.maxRowsInMemory >= 0)
            out << tr("Largest row count that would fit loaded in memory: %1.")
                       .arg(countText(plan.maxRowsInMemory, locale))
                << '\n';
    }
    if (!sweep.isEmpty()) {
        out << '\n' << tr("RAM against dataset rows") << '\n';
        QList<QStringList> s{{tr("Rows"), tr("In memory"), tr("Streamed")}};
        for (const HostRamPoint &p : sweep)
            s << QStringList{countText(p.rows, locale), bytesText(p.inMemoryBytes, locale),
                             bytesText(p.streamedBytes, locale)};
        out << table(s, {0, 1, 2});
        if (c.chunkRows == 0)
            out << tr("(No --chunk-rows: the streamed column repeats the in-memory one.)") << '\n';
    }
    writeWarnings(out, plan.warnings);
    return 0;
}

// =============================================================================================

int BeyondCommands::runDtypes(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read a CSV once and recommend the smallest safe pandas dtype per column, with the "
           "memory each costs (memory_usage(deep=True))."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    const QCommandLineOption delimiter = valueOption(
        "delimiter", tr("Field delimiter, one character (default “,”; “tab” or \\t for tabs)."),
        "C");
    const QCommandLineOption noHeader
        = flagOption("no-header", tr("The first line is data; columns are named 0, 1, 2, …"));
    const QCommandLineOption format
        = valueOption("format", tr("Output format: text or json."), "FORMAT");
    const QCommandLineOption lang
        = valueOption("lang", tr("Language of text output: en, vi, zh_CN."), "LANG");
    for (const QCommandLineOption *o : {&delimiter, &noHeader, &format, &lang})
        parser.addOption(*o);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, out, err, &code))
        return code;
    const QString path = onePositional(parser, QStringLiteral("dtypes"), tr("FILE"));
    const QString fmt = outputFormat(parser, format);

    CsvAdvisorOptions options;
    if (parser.isSet(delimiter)) {
        const QString d = parser.value(delimiter);
        if (d == QLatin1String("tab") || d == QLatin1String("\\t"))
            options.delimiter = '\t';
        else if (d.size() == 1 && d.at(0).unicode() < 128 && d.at(0) != QLatin1Char('"')
                 && d.at(0) != QLatin1Char('\n') && d.at(0) != QLatin1Char('\r'))
            options.delimiter = static_cast<char>(d.at(0).unicode());
        else
            throw ModelError(tr("--delimiter must be one ASCII character other than a quote or a "
                                "line break, not “%1”.")
                                 .arg(d));
    }
    options.header = !parser.isSet(noHeader);
    if (!QFileInfo::exists(path))
        throw ModelError(tr("The CSV file “%1” does not exist.").arg(path));
    if (QFileInfo(path).isDir())
        throw ModelError(tr("“%1” is a directory, not a CSV file.").arg(path));

    CsvDtypeAdvisor advisor(options);
    // Progress only for a person watching: a terminal on stderr, never a pipe or a log.
    const bool interactive = MEMPLANNER_ISATTY(MEMPLANNER_FILENO(stderr)) != 0;
    int lastPercent = -1;
    if (interactive) {
        advisor.setProgressCallback([&err, &lastPercent](std::int64_t read, std::int64_t total) {
            if (total <= 0)
                return;
            const int percent
                = static_cast<int>(100.0 * static_cast<double>(read) / static_cast<double>(total));
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            err << '\r' << tr("Reading… %1 %").arg(percent) << Qt::flush;
        });
    }
    const CsvAdvice advice = advisor.analyseFile(path);
    if (interactive && lastPercent >= 0)
        err << '\r' << QString(24, QLatin1Char(' ')) << '\r' << Qt::flush;

    if (fmt == QLatin1String("json")) {
        QJsonArray columns;
        for (const CsvColumnReport &col : advice.columns) {
            QJsonObject o;
            o.insert(QLatin1String("name"), col.name);
            o.insert(QLatin1String("kind"), kindId(col.kind));
            o.insert(QLatin1String("values"), static_cast<qint64>(col.values));
            o.insert(QLatin1String("missing"), static_cast<qint64>(col.missing));
            o.insert(QLatin1String("distinct"), static_cast<qint64>(col.distinct));
            o.insert(QLatin1String("distinct_capped"), col.distinctCapped);
            if (col.kind == CsvColumnKind::Integer) {
                o.insert(QLatin1String("min"), static_cast<qint64>(col.intMin));
                o.insert(QLatin1String("max"), static_cast<qint64>(col.intMax));
            } else if (col.kind == CsvColumnKind::Float) {
                o.insert(QLatin1String("min"), finiteOrNull(col.min));
                o.insert(QLatin1String("max"), finiteOrNull(col.max));
            }
            o.insert(QLatin1String("default_dtype"), CsvDtypeAdvisor::dtypeName(col.defaultDtype));
            o.insert(QLatin1String("recommended_dtype"),
                     CsvDtypeAdvisor::dtypeName(col.recommendedDtype));
            o.insert(QLatin1String("default_bytes"), static_cast<qint64>(col.defaultBytes));
            o.insert(QLatin1String("recommended_bytes"), static_cast<qint64>(col.recommendedBytes));
            o.insert(QLatin1String("note"), col.note);
            columns.append(o);
        }
        QJsonArray malformedLines;
        for (std::int64_t line : advice.malformedLines)
            malformedLines.append(static_cast<qint64>(line));
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.dtypes/1"));
        root.insert(QLatin1String("file"), path);
        root.insert(QLatin1String("rows"), static_cast<qint64>(advice.rows));
        root.insert(QLatin1String("malformed_rows"), static_cast<qint64>(advice.malformedRows));
        root.insert(QLatin1String("malformed_lines"), malformedLines);
        root.insert(QLatin1String("blank_lines"), static_cast<qint64>(advice.blankLines));
        root.insert(QLatin1String("bytes_read"), static_cast<qint64>(advice.bytesRead));
        root.insert(QLatin1String("unterminated_quote"), advice.unterminatedQuote);
        root.insert(QLatin1String("columns"), columns);
        root.insert(QLatin1String("default_bytes"), static_cast<qint64>(advice.defaultBytes));
        root.insert(QLatin1String("recommended_bytes"),
                    static_cast<qint64>(advice.recommendedBytes));
        root.insert(QLatin1String("saving_bytes"), static_cast<qint64>(advice.savingBytes));
        root.insert(QLatin1String("saving_ratio"), advice.savingRatio);
        root.insert(QLatin1String("pandas_dtype"), CsvDtypeAdvisor::pandasDtypeArgument(advice));
        root.insert(QLatin1String("pandas_call"), readCsvCall(path, options, advice));
        root.insert(QLatin1String("warnings"), QJsonArray::fromStringList(advice.warnings));
        writeJson(out, root);
        return 0;
    }

    const QLocale locale = outputLocale(parser, lang);
    out << tr("%1: %2 rows, %3 columns, %4 read")
               .arg(path, countText(advice.rows, locale), countText(advice.columns.size(), locale),
                    bytesText(advice.bytesRead, locale))
        << '\n';
    QList<QStringList> rows{{tr("Column"), tr("Kind"), tr("Default"), tr("Recommended"),
                             tr("Default bytes"), tr("Recommended bytes"), tr("Note")}};
    for (const CsvColumnReport &col : advice.columns)
        rows << QStringList{col.name,
                            CsvDtypeAdvisor::kindName(col.kind),
                            CsvDtypeAdvisor::dtypeName(col.defaultDtype),
                            CsvDtypeAdvisor::dtypeName(col.recommendedDtype),
                            countText(col.defaultBytes, locale),
                            countText(col.recommendedBytes, locale),
                            col.note};
    rows << QStringList{tr("Total"),
                        QString(),
                        QString(),
                        QString(),
                        countText(advice.defaultBytes, locale),
                        countText(advice.recommendedBytes, locale),
                        QString()};
    out << table(rows, {4, 5});
    out << tr("Saving: %1 of %2 (%3 %).")
               .arg(bytesText(advice.savingBytes, locale), bytesText(advice.defaultBytes, locale),
                    locale.toString(advice.savingRatio * 100.0, 'f', 1))
        << '\n';
    if (advice.malformedRows > 0) {
        QStringList lines;
        for (std::int64_t line : advice.malformedLines)
            lines << countText(line, locale);
        out << tr("Malformed rows skipped: %1 (first at line %2).")
                   .arg(countText(advice.malformedRows, locale), lines.join(QStringLiteral(", ")))
            << '\n';
    } else {
        out << tr("Malformed rows: none.") << '\n';
    }
    out << tr("pandas: %1").arg(readCsvCall(path, options, advice)) << '\n';
    writeWarnings(out, advice.warnings);
    return 0;
}

// =============================================================================================

int BeyondCommands::runDeploy(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Size a model for deployment after pruning, weight sharing or int8/int4 "
           "quantisation: compressed weights, inference memory and a roofline latency on a "
           "device."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .memplan file or builtin:NAME."));
    const QCommandLineOption batch
        = valueOption("batch", tr("Inputs per inference (default 1)."), "N");
    const QCommandLineOption seq
        = valueOption("seq", tr("Sequence length for inputs with a sequence dimension."), "N");
    const QCommandLineOption sparsity = valueOption(
        "sparsity", tr("Fraction of matrix weights pruned, 0 ≤ s < 1 (default 0)."), "S");
    const QCommandLineOption storage = valueOption(
        "storage", tr("Pruned tensors stored dense, csr or auto (the smaller; default)."), "MODE");
    const QCommandLineOption clusters = valueOption(
        "clusters", tr("Weight sharing with K shared values per tensor (0: off)."), "K");
    const QCommandLineOption quant = valueOption(
        "quant", tr("Integer quantisation: none, int8 or int4 (default none)."), "BITS");
    const QCommandLineOption granularity = valueOption(
        "granularity", tr("Quantisation scales per tensor, channel (default) or group."), "G");
    const QCommandLineOption groupSize = valueOption(
        "group-size", tr("Elements per scale with --granularity group (default 128)."), "N");
    const QCommandLineOption scaleBits
        = valueOption("scale-bits", tr("Bits per quantisation scale: 16 (default) or 32."), "N");
    const QCommandLineOption zeroPoints
        = flagOption("zero-points", tr("Asymmetric quantisation: a zero-point per scale."));
    const QCommandLineOption device = valueOption(
        "device", tr("Device to deploy on (default rpi4-4gb; see the devices verb)."), "ID");
    const QCommandLineOption student = valueOption(
        "student", tr("A distilled student to compare with MODEL (same recipe and device)."),
        "MODEL2");
    const QCommandLineOption format
        = valueOption("format", tr("Output format: text or json."), "FORMAT");
    const QCommandLineOption lang
        = valueOption("lang", tr("Language of text output: en, vi, zh_CN."), "LANG");
    const QCommandLineOption devicesFile = valueOption(
        "devices-file", tr("A JSON file of your own device profiles (override by id)."), "FILE");
    const QCommandLineOption runtimesFile = valueOption(
        "runtimes-file", tr("A JSON file of your own runtime profiles (override by id)."), "FILE");
    for (const QCommandLineOption *o :
         {&batch, &seq, &sparsity, &storage, &clusters, &quant, &granularity, &groupSize,
          &scaleBits, &zeroPoints, &device, &student, &format, &lang, &devicesFile, &runtimesFile})
        parser.addOption(*o);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, out, err, &code))
        return code;
    const QString modelPath = onePositional(parser, QStringLiteral("deploy"), tr("MODEL"));
    const QString fmt = outputFormat(parser, format);

    const std::int64_t batchSize = countOption(parser, batch, 1, 1);
    std::optional<std::int64_t> seqLength;
    if (parser.isSet(seq))
        seqLength = countValue(parser.value(seq), optionName(seq), 1);

    CompressionConfig recipe;
    if (parser.isSet(sparsity)) {
        bool ok = false;
        recipe.sparsity = parser.value(sparsity).trimmed().toDouble(&ok);
        if (!ok || !(recipe.sparsity >= 0.0 && recipe.sparsity < 1.0))
            throw ModelError(tr("--sparsity must be a fraction at least 0 and below 1, not “%1”.")
                                 .arg(parser.value(sparsity)));
    }
    const QString storageName = choiceOption(
        parser, storage, {QStringLiteral("dense"), QStringLiteral("csr"), QStringLiteral("auto")},
        QStringLiteral("auto"));
    recipe.storage = storageName == QLatin1String("dense") ? SparseStorage::Dense
                     : storageName == QLatin1String("csr") ? SparseStorage::Csr
                                                           : SparseStorage::Auto;
    recipe.clusters = static_cast<int>(countOption(parser, clusters, 0, 0));
    if (recipe.clusters == 1 || recipe.clusters > (1 << 24))
        throw ModelError(
            tr("--clusters must be 0 (off) or 2 to 16,777,216, not %1.").arg(recipe.clusters));
    const QString quantName = choiceOption(
        parser, quant, {QStringLiteral("none"), QStringLiteral("int8"), QStringLiteral("int4")},
        QStringLiteral("none"));
    recipe.quantBits = quantName == QLatin1String("int8")   ? 8
                       : quantName == QLatin1String("int4") ? 4
                                                            : 0;
    if (recipe.clusters != 0 && recipe.quantBits != 0)
        throw ModelError(tr("--clusters and --quant cannot be combined: choose weight sharing or "
                            "integer quantisation."));
    const QString granularityName = choiceOption(
        parser, granularity,
        {QStringLiteral("tensor"), QStringLiteral("channel"), QStringLiteral("group")},
        QStringLiteral("channel"));
    recipe.granularity = granularityName == QLatin1String("tensor")  ? ScaleGranularity::PerTensor
                         : granularityName == QLatin1String("group") ? ScaleGranularity::PerGroup
                                                                     : ScaleGranularity::PerChannel;
    recipe.groupSize = countOption(parser, groupSize, 1, 128);
    const QString scaleBitsName = choiceOption(
        parser, scaleBits, {QStringLiteral("16"), QStringLiteral("32")}, QStringLiteral("16"));
    recipe.scaleBits = scaleBitsName.toInt();
    recipe.zeroPoints = parser.isSet(zeroPoints);
    if ((parser.isSet(granularity) || parser.isSet(groupSize) || parser.isSet(scaleBits)
         || recipe.zeroPoints)
        && recipe.quantBits == 0)
        throw ModelError(tr("--granularity, --group-size, --scale-bits and --zero-points need "
                            "--quant int8 or int4."));
    if (parser.isSet(groupSize) && recipe.granularity != ScaleGranularity::PerGroup)
        throw ModelError(tr("--group-size needs --granularity group."));

    const DeviceCatalogue devices = loadDevices(parser, devicesFile);
    const RuntimeCatalogue runtimes = loadRuntimes(parser, runtimesFile);
    const Device &target
        = devices.require(parser.isSet(device) ? parser.value(device) : QStringLiteral("rpi4-4gb"));
    EdgeDevice edge;
    edge.name = target.name;
    edge.memoryBytes = target.usableBytes;
    edge.bandwidth = target.bandwidth;
    edge.efficiency = target.efficiency;
    edge.peakFlops = target.flopsFp32;
    QStringList notes;
    if (recipe.quantBits != 0) {
        const double intPeak = target.peakFlops(DType::Int8);
        if (intPeak > 0.0)
            edge.peakFlops = intPeak;
        else
            notes << tr("%1 has no int8 peak; timed at its float32 rate.").arg(target.name);
    }
    if (!(edge.peakFlops > 0.0) || !(edge.bandwidth > 0.0))
        throw ModelError(
            tr("--device %1 has no FLOP/s or bandwidth figure to time on.").arg(target.id));

    Deployment teacher
        = deployModel(modelPath, batchSize, seqLength, recipe, target, edge, devices, runtimes);
    std::optional<Deployment> pupil;
    if (parser.isSet(student))
        pupil = deployModel(parser.value(student), batchSize, seqLength, recipe, target, edge,
                            devices, runtimes);

    if (fmt == QLatin1String("json")) {
        QJsonObject config;
        config.insert(QLatin1String("batch"), static_cast<qint64>(batchSize));
        config.insert(QLatin1String("sparsity"), recipe.sparsity);
        config.insert(QLatin1String("storage"), storageId(recipe.storage));
        config.insert(QLatin1String("clusters"), recipe.clusters);
        config.insert(QLatin1String("quant"), quantName);
        config.insert(QLatin1String("granularity"), granularityId(recipe.granularity));
        config.insert(QLatin1String("group_size"), static_cast<qint64>(recipe.groupSize));
        config.insert(QLatin1String("scale_bits"), recipe.scaleBits);
        config.insert(QLatin1String("zero_points"), recipe.zeroPoints);
        config.insert(QLatin1String("base_bits"), recipe.baseBits);
        QJsonObject dev;
        dev.insert(QLatin1String("id"), target.id);
        dev.insert(QLatin1String("name"), target.name);
        dev.insert(QLatin1String("memory"), static_cast<qint64>(edge.memoryBytes));
        dev.insert(QLatin1String("peak_flops"), edge.peakFlops);
        dev.insert(QLatin1String("bandwidth"), edge.bandwidth);
        dev.insert(QLatin1String("efficiency"), edge.efficiency);
        QJsonObject root = deploymentJson(teacher);
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.deploy/1"));
        root.insert(QLatin1String("config"), config);
        root.insert(QLatin1String("device"), dev);
        root.insert(QLatin1String("notes"), QJsonArray::fromStringList(notes));
        if (pupil) {
            const DeploymentComparison cmp
                = CompressionPlanner::compare(teacher.estimate, pupil->estimate);
            root.insert(QLatin1String("student"), deploymentJson(*pupil));
            QJsonObject c;
            c.insert(QLatin1String("parameter_ratio"), finiteOrNull(cmp.parameterRatio));
            c.insert(QLatin1String("weight_bytes_ratio"), finiteOrNull(cmp.weightBytesRatio));
            c.insert(QLatin1String("inference_bytes_ratio"), finiteOrNull(cmp.inferenceBytesRatio));
            c.insert(QLatin1String("flops_ratio"), finiteOrNull(cmp.flopsRatio));
            c.insert(QLatin1String("speedup"), finiteOrNull(cmp.speedup));
            root.insert(QLatin1String("comparison"), c);
        }
        writeJson(out, root);
        return 0;
    }

    const QLocale locale = outputLocale(parser, lang);
    QStringList recipeParts;
    if (recipe.sparsity > 0.0)
        recipeParts << tr("%1 % pruned (%2)")
                           .arg(locale.toString(recipe.sparsity * 100.0, 'g', 4),
                                storageId(recipe.storage));
    if (recipe.clusters > 0)
        recipeParts << tr("%1-cluster weight sharing").arg(recipe.clusters);
    if (recipe.quantBits > 0)
        recipeParts << (recipe.granularity == ScaleGranularity::PerGroup
                            ? tr("%1, groups of %2, %3-bit scales")
                                  .arg(quantName)
                                  .arg(recipe.groupSize)
                                  .arg(recipe.scaleBits)
                            : tr("%1 per %2, %3-bit scales")
                                  .arg(quantName, granularityId(recipe.granularity))
                                  .arg(recipe.scaleBits));
    if (recipeParts.isEmpty())
        recipeParts << tr("no compression (fp32)");
    out << tr("Recipe: %1; device %2 (%3).")
               .arg(recipeParts.join(QStringLiteral(", ")), target.id, target.name)
        << '\n'
        << '\n';
    out << deploymentText(teacher, edge, locale);
    QStringList warnings = notes + teacher.warnings;
    if (pupil) {
        out << '\n' << tr("Student") << '\n' << deploymentText(*pupil, edge, locale);
        const DeploymentComparison cmp
            = CompressionPlanner::compare(teacher.estimate, pupil->estimate);
        out << '\n'
            << tr("Teacher / student: parameters %1, weight bytes %2, inference memory %3, "
                  "FLOPs %4, speed-up %5.")
                   .arg(ratioText(cmp.parameterRatio, locale),
                        ratioText(cmp.weightBytesRatio, locale),
                        ratioText(cmp.inferenceBytesRatio, locale),
                        ratioText(cmp.flopsRatio, locale), ratioText(cmp.speedup, locale))
            << '\n';
        for (const QString &w : pupil->warnings)
            if (!warnings.contains(w))
                warnings << w;
    }
    writeWarnings(out, warnings);
    return 0;
}

// =============================================================================================

int BeyondCommands::runShard(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Per-GPU memory of data-parallel training under DDP, ZeRO stages 1–3 or FSDP, with "
           "CPU offload and tensor parallelism; activations from MemPlanner's own plan."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .memplan file or builtin:NAME."));
    const QCommandLineOption gpus = valueOption("gpus", tr("Number of GPUs (N ≥ 1)."), "N");
    const QCommandLineOption sharding
        = valueOption("sharding", tr("ddp, zero1, zero2, zero3 or fsdp (default ddp)."), "NAME");
    const QCommandLineOption precision = valueOption(
        "precision",
        tr("fp32, amp-bf16, amp-fp16, bf16-master or fp16-master (default bf16-master: "
           "ZeRO's 2 + 2 bytes of weights and gradients, 4 + 8 of optimizer states)."),
        "NAME");
    const QCommandLineOption optimizer
        = valueOption("optimizer", tr("Optimizer (default: the model's, else adam)."), "NAME");
    const QCommandLineOption offload = valueOption(
        "offload", tr("CPU offload: none (default), optimizer, or params (ZeRO-3/FSDP)."), "WHAT");
    const QCommandLineOption tp = valueOption(
        "tp", tr("Tensor-parallel degree t (default 1); N must be a multiple of t."), "T");
    const QCommandLineOption accumulation
        = valueOption("accumulation", tr("Gradient accumulation steps (default 1)."), "K");
    const QCommandLineOption batch
        = valueOption("batch", tr("Micro-batch per GPU (default: the model's batch)."), "N");
    const QCommandLineOption seq
        = valueOption("seq", tr("Sequence length for inputs with a sequence dimension."), "N");
    const QCommandLineOption checkpoint = valueOption(
        "checkpoint",
        tr("Gradient checkpointing of the activation plan: none, sqrt, N or budget=SIZE."), "MODE");
    const QCommandLineOption bucket = valueOption(
        "bucket", tr("Gradient bucket / reduce bucket size (default 25MiB)."), "SIZE");
    const QCommandLineOption unit = valueOption(
        "unit-params", tr("ZeRO-3/FSDP: parameters of the largest unit gathered at once."), "N");
    const QCommandLineOption device = valueOption(
        "device", tr("GPU profile for the capacity and runtime (see the devices verb)."), "ID");
    const QCommandLineOption format
        = valueOption("format", tr("Output format: text or json."), "FORMAT");
    const QCommandLineOption lang
        = valueOption("lang", tr("Language of text output: en, vi, zh_CN."), "LANG");
    const QCommandLineOption devicesFile = valueOption(
        "devices-file", tr("A JSON file of your own device profiles (override by id)."), "FILE");
    const QCommandLineOption runtimesFile = valueOption(
        "runtimes-file", tr("A JSON file of your own runtime profiles (override by id)."), "FILE");
    for (const QCommandLineOption *o :
         {&gpus, &sharding, &precision, &optimizer, &offload, &tp, &accumulation, &batch, &seq,
          &checkpoint, &bucket, &unit, &device, &format, &lang, &devicesFile, &runtimesFile})
        parser.addOption(*o);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, out, err, &code))
        return code;
    const QString modelPath = onePositional(parser, QStringLiteral("shard"), tr("MODEL"));
    const QString fmt = outputFormat(parser, format);
    if (!parser.isSet(gpus))
        throw ModelError(tr("shard needs --gpus N."));

    ShardingConfig c;
    c.gpus = countValue(parser.value(gpus), optionName(gpus), 1);
    if (parser.isSet(sharding)) {
        const auto s = ShardingPlanner::strategyFromName(parser.value(sharding));
        if (!s)
            throw ModelError(tr("--sharding must be one of %1, not “%2”.")
                                 .arg(ShardingPlanner::strategyNames().join(QStringLiteral(", ")),
                                      parser.value(sharding)));
        c.strategy = *s;
    }
    const QString precisionId = choiceOption(
        parser, precision,
        {QStringLiteral("fp32"), QStringLiteral("amp-bf16"), QStringLiteral("amp-fp16"),
         QStringLiteral("bf16-master"), QStringLiteral("fp16-master")},
        QStringLiteral("bf16-master"));
    const QString offloadName = choiceOption(
        parser, offload,
        {QStringLiteral("none"), QStringLiteral("optimizer"), QStringLiteral("params")},
        QStringLiteral("none"));
    c.offloadOptimizer = offloadName != QLatin1String("none");
    c.offloadParameters = offloadName == QLatin1String("params");
    if (c.offloadOptimizer && c.strategy == ShardingStrategy::DataParallel)
        throw ModelError(tr("--offload needs --sharding zero1, zero2, zero3 or fsdp, not ddp."));
    if (c.offloadParameters && c.strategy != ShardingStrategy::Zero3
        && c.strategy != ShardingStrategy::Fsdp)
        throw ModelError(tr("--offload params needs --sharding zero3 or fsdp."));
    c.tensorParallel = countOption(parser, tp, 1, 1);
    if (c.gpus % c.tensorParallel != 0)
        throw ModelError(
            tr("--gpus %1 is not a multiple of --tp %2.").arg(c.gpus).arg(c.tensorParallel));
    c.gradientAccumulationSteps = countOption(parser, accumulation, 1, 1);
    c.bucketCapBytes = sizeOption(parser, bucket, c.bucketCapBytes);
    if (c.bucketCapBytes < 1)
        throw ModelError(tr("--bucket must be at least 1 byte."));
    c.largestUnitParameters = countOption(parser, unit, 0, 0);

    const DeviceCatalogue devices = loadDevices(parser, devicesFile);
    const RuntimeCatalogue runtimes = loadRuntimes(parser, runtimesFile);
    const Device *gpu = parser.isSet(device) ? &devices.require(parser.value(device)) : nullptr;

    // MemPlanner's own training plan of one micro-batch on one GPU gives the activations.
    const Project project = ProjectFile::load(modelPath);
    PlanConfig config = project.hasConfig ? project.config : PlanConfig{};
    config.training = true;
    config.precision = precisionId;
    if (parser.isSet(optimizer))
        config.optimizer = OptimizerSpec::require(parser.value(optimizer)).id;
    if (parser.isSet(batch))
        config.batch = countValue(parser.value(batch), optionName(batch), 1);
    if (parser.isSet(seq))
        config.seq = countValue(parser.value(seq), optionName(seq), 1);
    if (parser.isSet(checkpoint))
        config.checkpoint = CheckpointSpec::parse(parser.value(checkpoint));
    if (gpu)
        config.runtime = gpu->runtime;
    config.devices.clear();
    const Planner planner(devices, runtimes);
    QStringList warnings;
    const auto core = planner.buildCore(project.graph, config,
                                        runtimes.require(config.effectiveRuntime()), &warnings);
    warnings = core->graph.warnings + warnings;
    const MemoryAtPeak single = core->memoryAt(config.batch);
    c.activationBytes = single.breakdown[static_cast<int>(Category::Activations)];
    c.microBatch = config.batch;
    c.parameters = core->graph.trainableParameterCount();
    if (c.largestUnitParameters > c.parameters)
        throw ModelError(tr("--unit-params %1 exceeds the model's %2 trainable parameters.")
                             .arg(c.largestUnitParameters)
                             .arg(c.parameters));
    if (c.parameters == 0)
        throw ModelError(tr("%1 has no trainable parameters to shard.").arg(modelPath));

    // Bytes per parameter by role, from the precision policy and the optimizer's state.
    const PrecisionPolicy &policy = PrecisionPolicy::require(precisionId);
    const OptimizerSpec &opt = OptimizerSpec::require(config.optimizer);
    c.weightBytes = elementBytes(policy.weights);
    c.gradientBytes = elementBytes(policy.gradients);
    c.masterWeightBytes = policy.masterWeights ? elementBytes(*policy.masterWeights) : 0;
    std::int64_t stateTotal = 0;
    for (const AnalysedParam &p : core->graph.params)
        if (p.trainable)
            stateTotal
                = checkedAdd(stateTotal, opt.stateBytes(p.elements, p.rows,
                                                        elementBytes(policy.optimizerState)));
    c.optimizerStateBytes = stateTotal / c.parameters + (stateTotal % c.parameters != 0 ? 1 : 0);
    if (stateTotal % c.parameters != 0)
        warnings << tr("%1's state is %2 B for %3 parameters; the sharding model counts whole "
                       "bytes per parameter, so %4 B each (rounded up).")
                        .arg(opt.id)
                        .arg(stateTotal)
                        .arg(c.parameters)
                        .arg(c.optimizerStateBytes);
    if (gpu)
        c.gpuMemoryBytes = gpu->usableBytes;
    warnings << tr("The single-GPU plan also holds %1 of inputs and workspace, and the runtime "
                   "adds %2 (context, allocator); neither is counted above.")
                    .arg(PlanSerializer::formatBytes(
                             checkedAdd(single.breakdown[static_cast<int>(Category::Inputs)],
                                        single.breakdown[static_cast<int>(Category::Workspace)]),
                             QLocale()),
                         PlanSerializer::formatBytes(single.runtimeOverhead, QLocale()));
    if (c.tensorParallel > 1)
        warnings << tr("Tensor parallelism splits every parameter %1 ways here; the activations "
                       "are the single-GPU plan's, not split.")
                        .arg(c.tensorParallel);

    const ShardingPlan plan = ShardingPlanner::plan(c);
    const QList<ShardingPoint> sweep = ShardingPlanner::gpuSweep(c);
    const QStringList notes = plan.notes + warnings;
    const bool capacityKnown = c.gpuMemoryBytes > 0;

    if (fmt == QLatin1String("json")) {
        QJsonObject model;
        model.insert(QLatin1String("name"), project.graph.name);
        model.insert(QLatin1String("source"), modelPath);
        model.insert(QLatin1String("parameters"),
                     static_cast<qint64>(core->graph.parameterCount()));
        model.insert(QLatin1String("trainable_parameters"), static_cast<qint64>(c.parameters));
        QJsonObject cfg;
        cfg.insert(QLatin1String("gpus"), static_cast<qint64>(c.gpus));
        cfg.insert(QLatin1String("sharding"), ShardingPlanner::strategyName(c.strategy));
        cfg.insert(QLatin1String("precision"), precisionId);
        cfg.insert(QLatin1String("optimizer"), opt.id);
        cfg.insert(QLatin1String("offload"), offloadName);
        cfg.insert(QLatin1String("tp"), static_cast<qint64>(c.tensorParallel));
        cfg.insert(QLatin1String("accumulation"), static_cast<qint64>(c.gradientAccumulationSteps));
        cfg.insert(QLatin1String("micro_batch"), static_cast<qint64>(c.microBatch));
        cfg.insert(QLatin1String("seq"), static_cast<qint64>(config.seq));
        cfg.insert(QLatin1String("checkpoint"), config.checkpoint.toString());
        cfg.insert(QLatin1String("bucket"), static_cast<qint64>(c.bucketCapBytes));
        cfg.insert(QLatin1String("unit_params"), static_cast<qint64>(c.largestUnitParameters));
        cfg.insert(QLatin1String("runtime"), config.effectiveRuntime());
        cfg.insert(QLatin1String("device"),
                   gpu ? QJsonValue(gpu->id) : QJsonValue(QJsonValue::Null));
        QJsonObject perParam;
        perParam.insert(QLatin1String("weights"), static_cast<qint64>(c.weightBytes));
        perParam.insert(QLatin1String("gradients"), static_cast<qint64>(c.gradientBytes));
        perParam.insert(QLatin1String("master_weights"), static_cast<qint64>(c.masterWeightBytes));
        perParam.insert(QLatin1String("optimizer_states"),
                        static_cast<qint64>(c.optimizerStateBytes));
        perParam.insert(QLatin1String("k"),
                        static_cast<qint64>(c.masterWeightBytes + c.optimizerStateBytes));
        QJsonArray points;
        for (const ShardingPoint &p : sweep) {
            QJsonObject o = shardingBreakdownJson(p.perGpu, p.total);
            o.insert(QLatin1String("gpus"), static_cast<qint64>(p.gpus));
            points.append(o);
        }
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.shard/1"));
        root.insert(QLatin1String("model"), model);
        root.insert(QLatin1String("config"), cfg);
        root.insert(QLatin1String("bytes_per_parameter"), perParam);
        root.insert(QLatin1String("per_gpu"), shardingBreakdownJson(plan.perGpu, plan.total));
        root.insert(QLatin1String("host_bytes_per_gpu"), static_cast<qint64>(plan.hostBytesPerGpu));
        root.insert(QLatin1String("data_parallel"), static_cast<qint64>(plan.dataParallel));
        root.insert(QLatin1String("tensor_parallel"), static_cast<qint64>(plan.tensorParallel));
        root.insert(QLatin1String("parameters_per_rank"),
                    static_cast<qint64>(plan.parametersPerRank));
        root.insert(QLatin1String("shard_parameters"), static_cast<qint64>(plan.shardParameters));
        root.insert(QLatin1String("ddp_buckets"), static_cast<qint64>(plan.ddpBuckets));
        root.insert(QLatin1String("global_batch"), static_cast<qint64>(plan.globalBatch));
        root.insert(QLatin1String("single_gpu_plan_tensor_peak"),
                    static_cast<qint64>(single.tensorPeak));
        root.insert(QLatin1String("capacity"), nullableBytes(capacityKnown, c.gpuMemoryBytes));
        root.insert(QLatin1String("fits"),
                    capacityKnown ? QJsonValue(plan.fits) : QJsonValue(QJsonValue::Null));
        root.insert(QLatin1String("headroom"), nullableBytes(capacityKnown, plan.headroom));
        root.insert(QLatin1String("sweep"), points);
        root.insert(QLatin1String("notes"), QJsonArray::fromStringList(notes));
        writeJson(out, root);
        return 0;
    }

    const QLocale locale = outputLocale(parser, lang);
    out << tr("%1 (%2): Ψ = %3 trainable parameters; %4 on %5 GPUs (data parallel %6, tensor "
              "parallel %7), %8, %9")
               .arg(project.graph.name, modelPath, countText(c.parameters, locale),
                    ShardingPlanner::strategyLabel(c.strategy))
               .arg(c.gpus)
               .arg(plan.dataParallel)
               .arg(plan.tensorParallel)
               .arg(policy.label(), opt.label())
        << '\n';
    out << tr("Bytes per parameter: weights %1, gradients %2, optimizer states K = %3 (master "
              "%4 + state %5); micro-batch %6 × %7 accumulation steps → global batch %8.")
               .arg(c.weightBytes)
               .arg(c.gradientBytes)
               .arg(c.masterWeightBytes + c.optimizerStateBytes)
               .arg(c.masterWeightBytes)
               .arg(c.optimizerStateBytes)
               .arg(c.microBatch)
               .arg(c.gradientAccumulationSteps)
               .arg(plan.globalBatch)
        << '\n';
    const ShardingBreakdown &b = plan.perGpu;
    QList<QStringList> rows{{tr("Per GPU"), tr("Bytes"), tr("Readable")}};
    const std::pair<QString, std::int64_t> parts[] = {
        {tr("Weights"), b.weights},
        {tr("Gradients"), b.gradients},
        {tr("Optimizer states"), b.optimizerStates},
        {tr("Activations"), b.activations},
        {tr("Communication buffers"), b.communicationBuffers},
        {tr("Total"), plan.total},
    };
    for (const auto &[label, bytes] : parts)
        rows << QStringList{label, countText(bytes, locale),
                            PlanSerializer::formatBytes(bytes, locale)};
    out << table(rows, {1, 2});
    out << tr("Model states (weights + gradients + optimizer states): %1.")
               .arg(bytesText(b.modelStates(), locale))
        << '\n';
    if (plan.hostBytesPerGpu > 0)
        out << tr("Host RAM per GPU process (offload): %1.")
                   .arg(bytesText(plan.hostBytesPerGpu, locale))
            << '\n';
    if (capacityKnown)
        out << (plan.fits ? tr("Fits %1 (%2 usable): headroom %3.")
                          : tr("Does NOT fit %1 (%2 usable): short by %3."))
                   .arg(gpu->name, bytesText(c.gpuMemoryBytes, locale),
                        bytesText(std::llabs(plan.headroom), locale))
            << '\n';
    out << '\n' << tr("Per-GPU memory against the number of GPUs") << '\n';
    QList<QStringList> s{{tr("GPUs"), tr("Weights"), tr("Gradients"), tr("Optimizer"),
                          tr("Activations"), tr("Buffers"), tr("Total")}};
    for (const ShardingPoint &p : sweep)
        s << QStringList{QString::number(p.gpus),
                         PlanSerializer::formatBytes(p.perGpu.weights, locale),
                         PlanSerializer::formatBytes(p.perGpu.gradients, locale),
                         PlanSerializer::formatBytes(p.perGpu.optimizerStates, locale),
                         PlanSerializer::formatBytes(p.perGpu.activations, locale),
                         PlanSerializer::formatBytes(p.perGpu.communicationBuffers, locale),
                         PlanSerializer::formatBytes(p.total, locale)};
    out << table(s, {0, 1, 2, 3, 4, 5, 6});
    writeWarnings(out, notes);
    return 0;
}

} // namespace memplanner
