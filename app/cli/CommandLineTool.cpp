#include "CommandLineTool.h"

#include "BeyondCommands.h"
#include "BatchSweep.h"
#include "CliSupport.h"

#include "Calibration.h"
#include "CheckpointSweep.h"
#include "Checkpointing.h"
#include "Device.h"
#include "FitSolver.h"
#include "ModelError.h"
#include "OpCatalogue.h"
#include "OptimizerSpec.h"
#include "PlanSerializer.h"
#include "Planner.h"
#ifdef MEMPLANNER_HAVE_REPORT
#include "ReportRenderer.h"
#endif
#include "PrecisionPolicy.h"
#include "ProfileCatalogue.h"
#include "ProjectFile.h"
#include "RuntimeProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

#include <limits>

namespace memplanner {

namespace {

/** The options every planning verb shares, and how they override a project's configuration. */
class PlanOptions
{
public:
    explicit PlanOptions(QCommandLineParser &parser)
    {
        batch = add(parser, "batch", CommandLineTool::tr("Batch size (the leading dimension of every input)."), "N");
        seq = add(parser, "seq", CommandLineTool::tr("Sequence length for inputs with a sequence dimension."), "N");
        mode = add(parser, "mode", CommandLineTool::tr("train or infer."), "MODE");
        optimizer = add(parser, "optimizer", CommandLineTool::tr("Optimizer: sgd, momentum, nesterov, adagrad, rmsprop, rmsprop-centered, adam, adamw, lamb, lion, adafactor, adam8bit."), "NAME");
        precision = add(parser, "precision", CommandLineTool::tr("Precision: fp32, amp-fp16, amp-bf16, fp16, bf16, fp16-master, bf16-master, int8, int4."), "NAME");
        checkpoint = add(parser, "checkpoint", CommandLineTool::tr("Gradient checkpointing: none, sqrt, a segment count, or budget=SIZE."), "MODE");
        device = add(parser, "device", CommandLineTool::tr("Device ids to check, comma-separated (see the devices verb)."), "IDS");
        runtime = add(parser, "runtime", CommandLineTool::tr("Runtime profile: pytorch-cuda, pytorch-cpu, none (default: each device's own)."), "NAME");
        keepGrads = new QCommandLineOption(QStringList{QStringLiteral("keep-grads")},
                                           CommandLineTool::tr("Gradients persist between steps (zero_grad(set_to_none=False))."));
        parser.addOption(*keepGrads);
        impl = add(parser, "optimizer-impl", CommandLineTool::tr("Optimizer implementation: foreach, loop or fused."), "IMPL");
        format = add(parser, "format", CommandLineTool::tr("Output format: text, json or csv."), "FORMAT");
        lang = add(parser, "lang", CommandLineTool::tr("Language of text output: en, vi, zh_CN."), "LANG");
        devicesFile = add(parser, "devices-file", CommandLineTool::tr("A JSON file of your own device profiles (override by id)."), "FILE");
        runtimesFile = add(parser, "runtimes-file", CommandLineTool::tr("A JSON file of your own runtime profiles (override by id)."), "FILE");
        calibration = add(parser, "calibration", CommandLineTool::tr("A runtime profile written by the calibrate verb; plans use it."), "FILE");
    }
    ~PlanOptions()
    {
        for (QCommandLineOption *o : {batch, seq, mode, optimizer, precision, checkpoint, device, runtime,
                                      keepGrads, impl, format, lang, devicesFile, runtimesFile, calibration})
            delete o;
    }
    PlanOptions(const PlanOptions &) = delete;
    PlanOptions &operator=(const PlanOptions &) = delete;

    /** The project's configuration with the command line's choices on top. */
    PlanConfig config(const QCommandLineParser &p, const Project &project) const
    {
        PlanConfig c = project.hasConfig ? project.config : PlanConfig{};
        c.devices = project.config.devices;
        if (p.isSet(*batch))
            c.batch = positiveInt(p.value(*batch), QStringLiteral("--batch"));
        if (p.isSet(*seq))
            c.seq = positiveInt(p.value(*seq), QStringLiteral("--seq"));
        if (p.isSet(*mode)) {
            const QString m = p.value(*mode);
            if (m != QLatin1String("train") && m != QLatin1String("infer"))
                throw ModelError(CommandLineTool::tr("--mode must be train or infer, not “%1”.").arg(m));
            c.training = m == QLatin1String("train");
        }
        if (p.isSet(*optimizer))
            c.optimizer = OptimizerSpec::require(p.value(*optimizer)).id;
        if (p.isSet(*precision))
            c.precision = PrecisionPolicy::require(p.value(*precision)).id;
        if (p.isSet(*checkpoint))
            c.checkpoint = CheckpointSpec::parse(p.value(*checkpoint));
        if (p.isSet(*device))
            c.devices = p.value(*device).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (p.isSet(*runtime))
            c.runtime = p.value(*runtime);
        if (p.isSet(*keepGrads))
            c.keepGradients = true;
        if (p.isSet(*impl))
            c.optimizerImpl = parseOptimizerImpl(p.value(*impl));
        if (p.isSet(*calibration) && !p.isSet(*runtime)) {
            const QJsonArray list = profileList(readProfileFile(p.value(*calibration), true),
                                                p.value(*calibration), RuntimeProfile::listKey());
            if (list.isEmpty())
                throw ModelError(CommandLineTool::tr("%1 holds no runtime profile.").arg(p.value(*calibration)));
            c.runtime = RuntimeProfile::fromJson(list.first().toObject()).id;
        }
        return c;
    }

    static std::int64_t positiveInt(const QString &text, const QString &option)
    {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok || v < 1)
            throw ModelError(CommandLineTool::tr("%1 must be a whole number of at least 1, not “%2”.").arg(option, text));
        if (v > (qlonglong(1) << 40))
            throw ModelError(CommandLineTool::tr("%1 is absurdly large (%2).").arg(option, text));
        return v;
    }

    QString outputFormat(const QCommandLineParser &p) const
    {
        const QString f = p.isSet(*format) ? p.value(*format) : QStringLiteral("text");
        if (f != QLatin1String("text") && f != QLatin1String("json") && f != QLatin1String("csv"))
            throw ModelError(CommandLineTool::tr("--format must be text, json or csv, not “%1”.").arg(f));
        return f;
    }

    QCommandLineOption *batch, *seq, *mode, *optimizer, *precision, *checkpoint, *device, *runtime,
        *keepGrads, *impl, *format, *lang, *devicesFile, *runtimesFile, *calibration;

private:
    static QCommandLineOption *add(QCommandLineParser &parser, const char *name, const QString &help,
                                   const char *valueName)
    {
        auto *o = new QCommandLineOption(QStringList{QLatin1String(name)}, help, QLatin1String(valueName));
        parser.addOption(*o);
        return o;
    }
};

/** Catalogues with the user's profiles (the per-user files, then the command line's). */
struct Catalogues
{
    DeviceCatalogue devices;
    RuntimeCatalogue runtimes;

    Catalogues(const QCommandLineParser &p, const PlanOptions &o)
        : devices(CliSupport::loadDevices(p.isSet(*o.devicesFile) ? p.value(*o.devicesFile) : QString())),
          runtimes(CliSupport::loadRuntimes(p.isSet(*o.runtimesFile) ? p.value(*o.runtimesFile) : QString()))
    {
        if (p.isSet(*o.calibration))
            runtimes.addFromJson(readProfileFile(p.value(*o.calibration), true), p.value(*o.calibration));
    }
};

QLocale outputLocale(const QCommandLineParser &p, const PlanOptions &o)
{
    return CliSupport::outputLocale(p.isSet(*o.lang) ? p.value(*o.lang) : QString());
}

QString csvEscape(QString cell)
{
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

} // namespace

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

QString CommandLineTool::requestedLanguage(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--lang=")))
            return arguments[i].mid(7);
    }
    return QString();
}

int CommandLineTool::usage(const QString &problem)
{
    const QString text = tr("Usage: memplanner-cli plan|sweep|fit|calibrate|devices|ops|ram|dtypes|deploy|shard [options]; "
                            "memplanner-cli VERB --help for the options.");
    if (problem.isEmpty()) {
        m_err << text << Qt::endl;
        return 2;
    }
    // A usage error is one line like every other error (DESIGN.md, "The CLI contract"): scripts
    // read the first line of stderr, and "error:" marks it whatever the cause.
    m_err << tr("error: %1").arg(problem + QLatin1Char(' ') + text) << Qt::endl;
    return 2;
}

int CommandLineTool::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(QString());
    const QString verb = arguments.first();
    const QStringList rest = QStringList{QStringLiteral("memplanner-cli ") + verb} + arguments.mid(1);
    try {
        if (verb == QLatin1String("plan"))
            return runPlan(rest);
        if (verb == QLatin1String("sweep"))
            return runSweep(rest);
        if (verb == QLatin1String("fit"))
            return runFit(rest);
        if (verb == QLatin1String("devices"))
            return runDevices(rest);
        if (verb == QLatin1String("ops"))
            return runOps(rest);
        if (verb == QLatin1String("ram"))
            return BeyondCommands::runRam(rest, m_out, m_err);
        if (verb == QLatin1String("dtypes"))
            return BeyondCommands::runDtypes(rest, m_out, m_err);
        if (verb == QLatin1String("deploy"))
            return BeyondCommands::runDeploy(rest, m_out, m_err);
        if (verb == QLatin1String("calibrate"))
            return runCalibrate(rest);
        if (verb == QLatin1String("shard"))
            return BeyondCommands::runShard(rest, m_out, m_err);
        if (verb == QLatin1String("--version") || verb == QLatin1String("version")) {
            // The name and version alone, like other Unix tools: "memplanner-cli 0.1.0".
            m_out << QStringLiteral("memplanner-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
            // Asked-for help is output, not a diagnostic: stdout, exit 0.
            m_out << tr("Usage: memplanner-cli plan|sweep|fit|calibrate|devices|ops|ram|dtypes|deploy|shard [options]; "
                        "memplanner-cli VERB --help for the options.")
                  << Qt::endl;
            return 0;
        }
        return usage(tr("Unknown command “%1”.").arg(verb));
    } catch (const ModelError &e) {
        m_err << tr("error: %1").arg(e.message()) << Qt::endl;
        return 1;
    } catch (const SizeOverflow &) {
        m_err << tr("error: %1").arg(ModelError::overflow(tr("the plan")).message()) << Qt::endl;
        return 1;
    } catch (const std::bad_alloc &) {
        m_err << tr("error: out of memory while planning; the model is too large.") << Qt::endl;
        return 1;
    }
}

int CommandLineTool::runPlan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plan the memory and compute of one training step or inference."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .memplan file or builtin:NAME."));
    PlanOptions options(parser);
    const QCommandLineOption pdf(QStringList{QStringLiteral("pdf")}, tr("Write a PDF report."), QStringLiteral("FILE"));
    parser.addOption(pdf);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, m_out, m_err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("plan needs exactly one MODEL."));
#ifndef MEMPLANNER_HAVE_REPORT
    if (parser.isSet(pdf))
        throw ModelError(tr("PDF reports are not available in this version yet."));
#endif
    const QString format = options.outputFormat(parser);
    const Catalogues catalogues(parser, options);
    const Project project = ProjectFile::load(parser.positionalArguments().first());
    const PlanConfig config = options.config(parser, project);
    const Planner planner(catalogues.devices, catalogues.runtimes);
    Plan plan = planner.plan(project.graph, config);
    plan.warnings = project.importWarnings + plan.warnings;
    plan.fusions = project.fusions;
#ifdef MEMPLANNER_HAVE_REPORT
    if (parser.isSet(pdf)) {
        // main() made a QApplication for --pdf; the report's numbers follow --lang too.
        ReportRenderer::write(planner, project, plan, parser.value(pdf), outputLocale(parser, options));
    }
#endif
    if (format == QLatin1String("json"))
        m_out << QJsonDocument(PlanSerializer::toJson(plan)).toJson(QJsonDocument::Indented);
    else if (format == QLatin1String("csv"))
        m_out << PlanSerializer::toCsv(plan);
    else
        m_out << PlanSerializer::toText(plan, outputLocale(parser, options));
    return 0;
}

int CommandLineTool::runSweep(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Peak memory against batch size or checkpoint segments."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .memplan file or builtin:NAME."));
    PlanOptions options(parser);
    const QCommandLineOption over(QStringList{QStringLiteral("over")},
                                  tr("What to vary: batch, checkpoint, or variants (the batch chart's configurations: batch × precision, checkpointing and optimizer)."),
                                  QStringLiteral("WHAT"));
    const QCommandLineOption batches(QStringList{QStringLiteral("batches")},
                                     tr("Batch sizes, comma-separated (default: powers of two up to 1024)."), QStringLiteral("LIST"));
    parser.addOption(over);
    parser.addOption(batches);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, m_out, m_err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("sweep needs exactly one MODEL."));
    const QString format = options.outputFormat(parser);
    const QString what = parser.isSet(over) ? parser.value(over) : QStringLiteral("batch");
    if (what != QLatin1String("batch") && what != QLatin1String("checkpoint")
        && what != QLatin1String("variants"))
        throw ModelError(tr("--over must be batch, checkpoint or variants, not “%1”.").arg(what));
    const Catalogues catalogues(parser, options);
    const Project project = ProjectFile::load(parser.positionalArguments().first());
    PlanConfig config = options.config(parser, project);
    const QStringList deviceIds = parser.isSet(*options.device) ? config.devices : QStringList{};
    config.devices.clear();
    const Planner planner(catalogues.devices, catalogues.runtimes);
    if (what == QLatin1String("variants")) {
        std::vector<std::int64_t> list;
        if (parser.isSet(batches)) {
            for (const QString &b : parser.value(batches).split(QLatin1Char(','), Qt::SkipEmptyParts))
                list.push_back(PlanOptions::positiveInt(b.trimmed(), QStringLiteral("--batches")));
        } else {
            list = BatchSweep::defaultBatches(config.batch);
        }
        return writeVariantSweep(BatchSweep::sweep(planner, project.graph, BatchSweep::variants(config),
                                                   list, deviceIds),
                                 project, format, outputLocale(parser, options));
    }
    const RuntimeProfile &runtime = catalogues.runtimes.require(config.effectiveRuntime());

    struct Row
    {
        std::int64_t x = 0;
        MemoryAtPeak memory;
        double recompute = 0.0;
        QString strategy = {};      ///< checkpoint sweeps: none, uniform, sqrt or optimal
        QStringList boundaries = {}; ///< checkpoint sweeps: the first node of every later segment
    };
    const bool overCheckpoint = what == QLatin1String("checkpoint");
    QList<Row> rows;
    if (what == QLatin1String("batch")) {
        QList<std::int64_t> list;
        if (parser.isSet(batches)) {
            for (const QString &b : parser.value(batches).split(QLatin1Char(','), Qt::SkipEmptyParts))
                list << PlanOptions::positiveInt(b.trimmed(), QStringLiteral("--batches"));
        } else {
            for (std::int64_t b = 1; b <= 1024; b *= 2)
                list << b;
        }
        // One core, evaluated at every batch: sizes are affine in the batch.
        const auto core = planner.buildCore(project.graph, config, runtime, nullptr);
        const double recompute = Planner::computeCost(*core, config).recompute;
        for (std::int64_t b : list) {
            try {
                rows << Row{b, core->memoryAt(b), recompute / static_cast<double>(config.batch) * static_cast<double>(b)};
            } catch (const SizeOverflow &) {
                // name the batch that overflows rather than "the plan"
                throw ModelError::overflow(tr("batch %1").arg(b));
            }
        }
    } else {
        // The checkpoint chart's own series (model/CheckpointSweep): uniform segments as
        // checkpoint_sequential places them (every count), √n, then the optimal frontier, each
        // simulated exactly.
        static const QHash<CheckpointOption::Strategy, QString> strategyIds{
            {CheckpointOption::Strategy::None, QStringLiteral("none")},
            {CheckpointOption::Strategy::Uniform, QStringLiteral("uniform")},
            {CheckpointOption::Strategy::Sqrt, QStringLiteral("sqrt")},
            {CheckpointOption::Strategy::Optimal, QStringLiteral("optimal")}};
        const QList<CheckpointOption> options = CheckpointSweep::options(
            planner, project.graph, config, std::numeric_limits<int>::max());
        for (const CheckpointOption &o : options)
            rows << Row{o.segments, o.memory, o.recomputeFlops, strategyIds.value(o.strategy),
                        o.boundaries};
    }

    const QString xName = what == QLatin1String("batch") ? QStringLiteral("batch") : QStringLiteral("segments");
    if (format == QLatin1String("json")) {
        QJsonArray points;
        for (const Row &r : rows) {
            QJsonObject o;
            o.insert(xName, static_cast<qint64>(r.x));
            for (int c = 0; c < kCategoryCount; ++c)
                o.insert(PlanSerializer::categoryId(static_cast<Category>(c)), static_cast<qint64>(r.memory.breakdown[c]));
            o.insert(QLatin1String("tensor_peak"), static_cast<qint64>(r.memory.tensorPeak));
            o.insert(QLatin1String("device_peak"), static_cast<qint64>(r.memory.devicePeak));
            o.insert(QLatin1String("peak_phase"), PlanSerializer::phaseId(r.memory.phase));
            o.insert(QLatin1String("recompute_flops"), r.recompute);
            if (overCheckpoint) {
                o.insert(QLatin1String("strategy"), r.strategy);
                o.insert(QLatin1String("boundaries"), QJsonArray::fromStringList(r.boundaries));
            }
            points.append(o);
        }
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.sweep/1"));
        root.insert(QLatin1String("model"), project.graph.name);
        root.insert(QLatin1String("over"), what);
        root.insert(QLatin1String("config"), config.toJson());
        root.insert(QLatin1String("points"), points);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    QStringList header = {xName};
    for (int c = 0; c < kCategoryCount; ++c)
        header << PlanSerializer::categoryId(static_cast<Category>(c));
    header << QStringLiteral("tensor_peak") << QStringLiteral("device_peak") << QStringLiteral("peak_phase")
           << QStringLiteral("recompute_flops");
    if (overCheckpoint)
        header << QStringLiteral("strategy") << QStringLiteral("boundaries");
    if (format == QLatin1String("csv")) {
        m_out << header.join(QLatin1Char(',')) << '\n';
        for (const Row &r : rows) {
            QStringList cells = {QString::number(r.x)};
            for (int c = 0; c < kCategoryCount; ++c)
                cells << QString::number(r.memory.breakdown[c]);
            cells << QString::number(r.memory.tensorPeak) << QString::number(r.memory.devicePeak)
                  << PlanSerializer::phaseId(r.memory.phase) << QString::number(r.recompute, 'g', 15);
            if (overCheckpoint)
                cells << r.strategy << csvEscape(r.boundaries.join(QLatin1Char(';')));
            m_out << cells.join(QLatin1Char(',')) << '\n';
        }
        return 0;
    }
    const QLocale locale = outputLocale(parser, options);
    m_out << (what == QLatin1String("batch") ? tr("Batch") : tr("Segments")) << '\t' << tr("Tensor peak") << '\t'
          << tr("Device peak") << '\t' << tr("Recompute");
    if (overCheckpoint)
        m_out << '\t' << tr("Strategy");
    m_out << '\n';
    const QHash<QString, QString> strategyNames = {{QStringLiteral("none"), tr("none")},
                                                   {QStringLiteral("uniform"), tr("uniform")},
                                                   {QStringLiteral("sqrt"), tr("√n")},
                                                   {QStringLiteral("optimal"), tr("optimal")}};
    for (const Row &r : rows) {
        m_out << r.x << '\t' << PlanSerializer::formatBytes(r.memory.tensorPeak, locale) << '\t'
              << PlanSerializer::formatBytes(r.memory.devicePeak, locale) << '\t'
              << PlanSerializer::formatFlops(r.recompute, locale);
        if (overCheckpoint)
            m_out << '\t' << strategyNames.value(r.strategy);
        m_out << '\n';
    }
    return 0;
}

int CommandLineTool::writeVariantSweep(const BatchSweepResult &result, const Project &project,
                                       const QString &format, const QLocale &locale)
{
    const auto maxBatchText = [](const std::optional<std::int64_t> &mb) {
        return mb ? QString::number(*mb) : QString();
    };
    if (format == QLatin1String("json")) {
        QJsonArray series;
        for (const SweepSeries &s : result.series) {
            QJsonArray points;
            for (std::size_t p = 0; p < s.points.size(); ++p) {
                QJsonObject o;
                o.insert(QLatin1String("batch"), static_cast<qint64>(result.batches[p]));
                o.insert(QLatin1String("tensor_peak"), static_cast<qint64>(s.points[p].tensorPeak));
                o.insert(QLatin1String("device_peak"), static_cast<qint64>(s.points[p].devicePeak));
                points.append(o);
            }
            QJsonObject maxBatch;
            for (int d = 0; d < result.devices.size(); ++d) {
                const std::optional<std::int64_t> &mb = s.maxBatch.at(static_cast<std::size_t>(d));
                maxBatch.insert(result.devices.at(d).id, mb ? QJsonValue(static_cast<qint64>(*mb)) : QJsonValue());
            }
            QJsonObject o;
            o.insert(QLatin1String("label"), s.label);
            o.insert(QLatin1String("config"), s.config.toJson());
            o.insert(QLatin1String("points"), points);
            o.insert(QLatin1String("max_batch"), maxBatch);
            series.append(o);
        }
        QJsonArray devices;
        for (const CapacityLine &d : result.devices)
            devices.append(QJsonObject{{QLatin1String("id"), d.id}, {QLatin1String("name"), d.name},
                                       {QLatin1String("capacity"), static_cast<qint64>(d.capacity)}});
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.sweep/1"));
        root.insert(QLatin1String("model"), project.graph.name);
        root.insert(QLatin1String("over"), QStringLiteral("variants"));
        root.insert(QLatin1String("devices"), devices);
        root.insert(QLatin1String("series"), series);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (format == QLatin1String("csv")) {
        // Long format: one row per configuration and batch; max_batch_<device> per --device.
        QStringList header = {QStringLiteral("series"), QStringLiteral("precision"), QStringLiteral("optimizer"),
                              QStringLiteral("checkpoint"), QStringLiteral("batch"), QStringLiteral("tensor_peak"),
                              QStringLiteral("device_peak")};
        for (const CapacityLine &d : result.devices)
            header << QStringLiteral("max_batch_%1").arg(d.id);
        m_out << header.join(QLatin1Char(',')) << '\n';
        for (const SweepSeries &s : result.series)
            for (std::size_t p = 0; p < s.points.size(); ++p) {
                QStringList cells = {csvEscape(s.label), s.config.precision, s.config.optimizer,
                                     csvEscape(s.config.checkpoint.toString()), QString::number(result.batches[p]),
                                     QString::number(s.points[p].tensorPeak), QString::number(s.points[p].devicePeak)};
                for (const std::optional<std::int64_t> &mb : s.maxBatch)
                    cells << maxBatchText(mb);
                m_out << cells.join(QLatin1Char(',')) << '\n';
            }
        return 0;
    }
    m_out << tr("Configuration") << '\t' << tr("Batch") << '\t' << tr("Device peak") << '\n';
    for (const SweepSeries &s : result.series)
        for (std::size_t p = 0; p < s.points.size(); ++p)
            m_out << s.label << '\t' << locale.toString(static_cast<qlonglong>(result.batches[p])) << '\t'
                  << PlanSerializer::formatBytes(s.points[p].devicePeak, locale) << '\n';
    for (int d = 0; d < result.devices.size(); ++d)
        for (const SweepSeries &s : result.series) {
            const std::optional<std::int64_t> &mb = s.maxBatch.at(static_cast<std::size_t>(d));
            m_out << tr("%1 on %2: largest batch %3")
                             .arg(s.label, result.devices.at(d).name,
                                  mb ? locale.toString(static_cast<qlonglong>(*mb)) : tr("unbounded"))
                  << '\n';
        }
    return 0;
}

int CommandLineTool::runFit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Largest batch and the best configurations that fit, per device."));
    parser.addPositionalArgument(QStringLiteral("MODEL"), tr("A .memplan file or builtin:NAME."));
    PlanOptions options(parser);
    const QCommandLineOption top(QStringList{QStringLiteral("top")}, tr("How many configurations to show per device (text)."), QStringLiteral("N"));
    parser.addOption(top);
    const QCommandLineOption freeze(QStringList{QStringLiteral("freeze")},
                                    tr("Also try freezing the first layers (fine-tuning), as the assistant's check box does."));
    parser.addOption(freeze);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, m_out, m_err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("fit needs exactly one MODEL."));
    const QString format = options.outputFormat(parser);
    const Catalogues catalogues(parser, options);
    const Project project = ProjectFile::load(parser.positionalArguments().first());
    PlanConfig config = options.config(parser, project);
    if (!parser.isSet(*options.device)) {
        config.devices.clear();
        for (const Device &d : catalogues.devices.devices())
            config.devices << d.id;
    }
    const Planner planner(catalogues.devices, catalogues.runtimes);
    FitOptions fitOptions;
    fitOptions.tryFreezing = parser.isSet(freeze);
    const QList<DeviceRecommendation> recs = FitSolver::solve(planner, project.graph, config, config.devices, fitOptions);
    if (format == QLatin1String("json")) {
        m_out << QJsonDocument(PlanSerializer::fitToJson(recs)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        // The assistant's columns follow the original ones: rank, effective batch, extra compute
        // (share of forward + backward) and the frozen layers (';'-separated).
        m_out << "device,precision,optimizer,checkpoint,fits,max_batch,micro_batch,accumulation_steps,device_peak,step_time_s,samples_per_s,"
                 "rank,effective_batch,extra_compute,frozen_layers\n";
        for (const DeviceRecommendation &r : recs) {
            int rank = 0;
            for (const FitCandidate &c : r.ranked)
                m_out << r.deviceId << ',' << c.config.precision << ',' << c.config.optimizer << ','
                      << csvEscape(c.config.checkpoint.toString()) << ',' << (c.fits() ? "true" : "false") << ','
                      << (c.maxBatch ? QString::number(*c.maxBatch) : QString()) << ',' << c.microBatch << ','
                      << c.accumulation << ',' << c.devicePeak << ',' << c.stepSeconds << ',' << c.samplesPerSecond << ','
                      << ++rank << ',' << c.effectiveBatch << ',' << QString::number(c.extraComputeShare(), 'g', 6) << ','
                      << csvEscape(c.frozenNodes.join(QLatin1Char(';'))) << '\n';
        }
    } else {
        const int shown = parser.isSet(top) ? static_cast<int>(PlanOptions::positiveInt(parser.value(top), QStringLiteral("--top"))) : 3;
        m_out << PlanSerializer::fitToText(recs, outputLocale(parser, options), shown);
    }
    return 0;
}

int CommandLineTool::runDevices(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the device profiles."));
    PlanOptions options(parser);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, m_out, m_err, &code))
        return code;
    const QString format = options.outputFormat(parser);
    const Catalogues catalogues(parser, options);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Device &d : catalogues.devices.devices())
            list.append(d.toJson());
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.devices/1"));
        root.insert(QLatin1String("devices"), list);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (format == QLatin1String("csv"))
        m_out << "id,name,kind,count,usable_bytes,host_ram_bytes,fp32_flops,fp16_flops,bf16_flops,bandwidth_bytes_per_s,runtime\n";
    const QLocale locale = outputLocale(parser, options);
    for (const Device &d : catalogues.devices.devices()) {
        if (format == QLatin1String("csv")) {
            m_out << d.id << ',' << csvEscape(d.name) << ',' << d.toJson().value(QLatin1String("kind")).toString() << ','
                  << d.count << ',' << d.usableBytes << ',' << d.hostRamBytes << ',' << d.flopsFp32 << ','
                  << d.flopsFp16 << ',' << d.flopsBf16 << ',' << d.bandwidth << ',' << d.runtime << '\n';
        } else {
            m_out << tr("%1  %2: %3 usable, %4 TFLOPS fp32, %5 GB/s")
                         .arg(d.id, -22)
                         .arg(d.name, PlanSerializer::formatBytes(d.usableBytes, locale),
                              locale.toString(d.flopsFp32 / 1e12, 'f', 1), locale.toString(d.bandwidth / 1e9, 'f', 0))
                  << '\n';
        }
    }
    return 0;
}

int CommandLineTool::runCalibrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fit a runtime's overhead to your own measurements (tools/measure/measure_pytorch.py records) and save it as a runtime profile."));
    parser.addPositionalArgument(QStringLiteral("RECORDS"), tr("A JSON-lines file of measurement records."));
    PlanOptions options(parser);
    const QCommandLineOption model(QStringList{QStringLiteral("model")}, tr("The model every record measured (default: the built-in network each record names)."), QStringLiteral("MODEL"));
    const QCommandLineOption id(QStringList{QStringLiteral("id")}, tr("Id of the calibrated profile (default: RUNTIME-calibrated)."), QStringLiteral("ID"));
    const QCommandLineOption outFile(QStringList{QStringLiteral("out")}, tr("Write the calibrated runtime profile to this file."), QStringLiteral("FILE"));
    parser.addOption(model);
    parser.addOption(id);
    parser.addOption(outFile);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, m_out, m_err, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return usage(tr("calibrate needs exactly one RECORDS file."));
    const QString format = options.outputFormat(parser);
    const Catalogues catalogues(parser, options);
    const Planner planner(catalogues.devices, catalogues.runtimes);
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(tr("Cannot read %1: %2.").arg(path, file.errorString()));

    std::vector<CalibrationSample> samples;
    QString baseRuntime;
    int lineNumber = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        const QString measured = r.value(QLatin1String("model")).toString();
        const QString modelRef = parser.isSet(model) ? parser.value(model)
                                                     : QStringLiteral("builtin:") + Calibration::builtinForMeasuredModel(measured);
        if (!parser.isSet(model) && Calibration::builtinForMeasuredModel(measured).isEmpty())
            throw ModelError(tr("%1, line %2: no built-in network for “%3”; pass --model.").arg(path).arg(lineNumber).arg(measured));
        if (r.value(QLatin1String("device_used_bytes")).toDouble() <= 0.0)
            throw ModelError(tr("%1, line %2: the record has no device_used_bytes.").arg(path).arg(lineNumber));
        const Project project = ProjectFile::load(modelRef);
        PlanConfig c = options.config(parser, project);
        c.devices.clear();
        c.batch = r.value(QLatin1String("batch")).toInteger(c.batch);
        c.seq = r.value(QLatin1String("seq")).toInteger(c.seq);
        c.training = r.value(QLatin1String("mode")).toString(QStringLiteral("train")) == QLatin1String("train");
        c.optimizer = r.value(QLatin1String("optimizer")).toString(c.optimizer);
        c.precision = r.value(QLatin1String("precision")).toString(c.precision);
        c.keepGradients = r.value(QLatin1String("keep_grads")).toBool(false);
        if (r.value(QLatin1String("checkpoint")).toInt() > 1)
            c.checkpoint = CheckpointSpec::parse(QString::number(r.value(QLatin1String("checkpoint")).toInt()));
        const Plan plan = planner.plan(project.graph, c);
        const MemorySnapshot &peak = plan.core->timeline.snapshots[plan.core->timeline.peakIndex(c.batch)];
        CalibrationSample s;
        s.label = QStringLiteral("%1 b%2").arg(Calibration::builtinForMeasuredModel(measured)).arg(c.batch);
        s.batch = c.batch;
        s.plannedTensorPeak = plan.memory.tensorPeak;
        s.plannedRounding = checkedMul(peak.liveBlocks, plan.core->runtime->blockBytes / 2);
        s.measuredDevicePeak = r.value(QLatin1String("device_used_bytes")).toInteger();
        samples.push_back(s);
        baseRuntime = c.effectiveRuntime();
    }
    const RuntimeProfile &base = catalogues.runtimes.require(baseRuntime);
    const QString newId = parser.isSet(id) ? parser.value(id) : base.id + QStringLiteral("-calibrated");
    const CalibrationResult result = Calibration::fit(samples, base, newId);

    QJsonObject profiles;
    profiles.insert(QLatin1String("schema"), QStringLiteral("memplanner.runtimes/1"));
    profiles.insert(QLatin1String("runtimes"), QJsonArray{result.profile.toJson()});
    if (parser.isSet(outFile)) {
        QSaveFile save(parser.value(outFile));
        const QByteArray bytes = QJsonDocument(profiles).toJson(QJsonDocument::Indented);
        if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
            throw ModelError(tr("Cannot write %1: %2.").arg(parser.value(outFile), save.errorString()));
    }
    if (format == QLatin1String("json")) {
        QJsonArray residuals;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            QJsonObject o;
            o.insert(QLatin1String("label"), samples[i].label);
            o.insert(QLatin1String("measured_device_peak"), static_cast<qint64>(samples[i].measuredDevicePeak));
            o.insert(QLatin1String("residual"), result.residuals[i]);
            residuals.append(o);
        }
        QJsonObject root;
        root.insert(QLatin1String("schema"), QStringLiteral("memplanner.calibration/1"));
        root.insert(QLatin1String("profile"), result.profile.toJson());
        root.insert(QLatin1String("fixed_bytes"), result.fixedBytes);
        root.insert(QLatin1String("per_sample_bytes"), result.perSampleBytes);
        root.insert(QLatin1String("fragmentation"), result.fragmentation);
        root.insert(QLatin1String("rms_residual"), result.rmsResidual);
        root.insert(QLatin1String("residuals"), residuals);
        root.insert(QLatin1String("warnings"), QJsonArray::fromStringList(result.warnings));
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale locale = outputLocale(parser, options);
    m_out << tr("Calibrated “%1” on %2 measurements: overhead = %3 + %4 per sample + %5 × tensor peak")
                 .arg(newId)
                 .arg(samples.size())
                 .arg(PlanSerializer::formatBytes(static_cast<std::int64_t>(result.fixedBytes), locale),
                      PlanSerializer::formatBytes(static_cast<std::int64_t>(result.perSampleBytes), locale),
                      locale.toString(result.fragmentation, 'f', 3))
          << '\n';
    for (std::size_t i = 0; i < samples.size(); ++i)
        m_out << QStringLiteral("  %1  ").arg(samples[i].label, -24)
              << tr("measured %1, residual %2").arg(PlanSerializer::formatBytes(samples[i].measuredDevicePeak, locale),
                                                    PlanSerializer::formatBytes(static_cast<std::int64_t>(result.residuals[i]), locale))
              << '\n';
    m_out << tr("RMS residual %1").arg(PlanSerializer::formatBytes(static_cast<std::int64_t>(result.rmsResidual), locale)) << '\n';
    for (const QString &w : result.warnings)
        m_out << tr("Warning: %1").arg(w) << '\n';
    if (parser.isSet(outFile))
        m_out << tr("Saved to %1; plan with --calibration %1.").arg(parser.value(outFile)) << '\n';
    return 0;
}

int CommandLineTool::runOps(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the operations the planner knows."));
    PlanOptions options(parser);
    int code = 0;
    if (!CliSupport::parseVerbArguments(parser, args, m_out, m_err, &code))
        return code;
    const QString format = options.outputFormat(parser);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const OpDef &op : OpCatalogue::all()) {
            QJsonObject o;
            o.insert(QLatin1String("name"), QLatin1String(op.name));
            o.insert(QLatin1String("category"), QLatin1String(op.category));
            o.insert(QLatin1String("min_inputs"), op.minInputs);
            o.insert(QLatin1String("max_inputs"), op.maxInputs);
            list.append(o);
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const OpDef &op : OpCatalogue::all())
        m_out << QLatin1String(op.name) << (format == QLatin1String("csv") ? ',' : '\t') << QLatin1String(op.category) << '\n';
    return 0;
}

} // namespace memplanner
