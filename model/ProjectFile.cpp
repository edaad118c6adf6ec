#include "ProjectFile.h"

#include "KerasImporter.h"
#include "ModelError.h"
#include "OnnxImporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace memplanner {

namespace {

constexpr qint64 kLargestProjectFile = qint64(512) * 1024 * 1024;

QString requireString(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        throw ModelError(ProjectFile::tr("%1: “%2” must be a non-empty text.").arg(where, QLatin1String(key)));
    return v.toString();
}

GraphInput parseInput(const QJsonValue &value, const QString &origin)
{
    if (!value.isObject())
        throw ModelError(ProjectFile::tr("%1: every graph input must be an object.").arg(origin));
    const QJsonObject o = value.toObject();
    GraphInput in;
    in.name = requireString(o, "name", origin);
    const QString where = ProjectFile::tr("%1, input “%2”").arg(origin, in.name);
    const QJsonValue shape = o.value(QLatin1String("shape"));
    if (!shape.isArray())
        throw ModelError(ProjectFile::tr("%1: “shape” must be a list.").arg(where));
    for (const QJsonValue &d : shape.toArray()) {
        if (d.isString() && d.toString() == QLatin1String("batch"))
            in.shape.push_back(kBatchDim);
        else if (d.isString() && d.toString() == QLatin1String("seq"))
            in.shape.push_back(kSeqDim);
        else if (d.isDouble() && d.toDouble() >= 1.0 && d.toDouble() <= 1.0e15
                 && d.toDouble() == static_cast<double>(d.toInteger()))
            in.shape.push_back(d.toInteger());
        else
            throw ModelError(ProjectFile::tr("%1: shape entries must be positive integers, "
                                             "“batch” or “seq”.")
                                 .arg(where));
    }
    const QString dtype = o.value(QLatin1String("dtype")).toString(QStringLiteral("float32"));
    const std::optional<DType> type = dtypeFromName(dtype);
    if (!type)
        throw ModelError(ProjectFile::tr("%1: unknown dtype “%2”.").arg(where, dtype));
    in.dtype = *type;
    in.requiresGrad = o.value(QLatin1String("requires_grad")).toBool(false);
    return in;
}

Node parseNode(const QJsonValue &value, const QString &origin)
{
    if (!value.isObject())
        throw ModelError(ProjectFile::tr("%1: every node must be an object.").arg(origin));
    const QJsonObject o = value.toObject();
    Node n;
    n.name = requireString(o, "name", origin);
    const QString where = ProjectFile::tr("%1, node “%2”").arg(origin, n.name);
    n.op = requireString(o, "op", where);
    const QJsonValue inputs = o.value(QLatin1String("inputs"));
    if (!inputs.isUndefined() && !inputs.isArray())
        throw ModelError(ProjectFile::tr("%1: “inputs” must be a list of tensor names.").arg(where));
    for (const QJsonValue &ref : inputs.toArray()) {
        if (!ref.isString() || ref.toString().isEmpty())
            throw ModelError(ProjectFile::tr("%1: “inputs” must be a list of tensor names.").arg(where));
        n.inputs << ref.toString();
    }
    const QJsonValue attrs = o.value(QLatin1String("attrs"));
    if (!attrs.isUndefined() && !attrs.isObject())
        throw ModelError(ProjectFile::tr("%1: “attrs” must be an object.").arg(where));
    n.attrs = attrs.toObject();
    n.module = o.value(QLatin1String("module")).toString();
    n.trainable = o.value(QLatin1String("trainable")).toBool(true);
    return n;
}

QJsonObject inputToJson(const GraphInput &in)
{
    QJsonArray shape;
    for (std::int64_t d : in.shape) {
        if (d == kBatchDim)
            shape.append(QStringLiteral("batch"));
        else if (d == kSeqDim)
            shape.append(QStringLiteral("seq"));
        else
            shape.append(static_cast<qint64>(d));
    }
    QJsonObject o;
    o.insert(QLatin1String("name"), in.name);
    o.insert(QLatin1String("shape"), shape);
    o.insert(QLatin1String("dtype"), dtypeName(in.dtype));
    if (in.requiresGrad)
        o.insert(QLatin1String("requires_grad"), true);
    return o;
}

QJsonObject nodeToJson(const Node &n)
{
    QJsonObject o;
    o.insert(QLatin1String("name"), n.name);
    o.insert(QLatin1String("op"), n.op);
    o.insert(QLatin1String("inputs"), QJsonArray::fromStringList(n.inputs));
    if (!n.module.isEmpty())
        o.insert(QLatin1String("module"), n.module);
    if (!n.attrs.isEmpty())
        o.insert(QLatin1String("attrs"), n.attrs);
    if (!n.trainable)
        o.insert(QLatin1String("trainable"), false);
    return o;
}

} // namespace

Project ProjectFile::fromImport(ImportResult imported)
{
    Project project;
    project.graph = std::move(imported.graph);
    project.importWarnings = std::move(imported.warnings);
    project.fusions = std::move(imported.fusions);
    return project;
}

QStringList ProjectFile::builtinNames()
{
    QStringList names;
    const QFileInfoList files = QDir(QStringLiteral(":/networks")).entryInfoList({QStringLiteral("*.memplan")}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files)
        names << f.completeBaseName();
    return names;
}

Project ProjectFile::load(const QString &pathOrBuiltin)
{
    QString path = pathOrBuiltin;
    if (pathOrBuiltin.startsWith(QLatin1String("builtin:"))) {
        const QString name = pathOrBuiltin.mid(8);
        path = QStringLiteral(":/networks/") + name + QStringLiteral(".memplan");
        if (!QFile::exists(path))
            throw ModelError(tr("There is no built-in network “%1”. Built-in: %2.")
                                 .arg(name, builtinNames().join(QLatin1String(", "))));
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("onnx"))
        return fromImport(OnnxImporter::importFile(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(tr("Cannot open %1: %2.").arg(pathOrBuiltin, file.errorString()));
    if (file.size() > kLargestProjectFile)
        throw ModelError(tr("%1 is larger than 512 MB; it is not a project file.").arg(pathOrBuiltin));
    const QByteArray bytes = file.readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject() && KerasImporter::looksLikeKeras(doc.object()))
        return fromImport(KerasImporter::importJson(bytes, pathOrBuiltin));
    return fromJson(bytes, pathOrBuiltin);
}

Project ProjectFile::fromJson(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw ModelError(tr("%1 is not valid JSON (%2 at byte %3).").arg(origin, error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw ModelError(tr("%1 is not a MemPlanner project.").arg(origin));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("memplanner.project")) {
        throw ModelError(tr("%1 is not a MemPlanner project (no “format”: "
                            "“memplanner.project”).")
                             .arg(origin));
    }
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version < 1 || version > kVersion)
        throw ModelError(tr("%1 has format version %2; this MemPlanner reads versions 1 to %3.")
                             .arg(origin)
                             .arg(version)
                             .arg(kVersion));
    Project project;
    Graph &g = project.graph;
    g.name = root.value(QLatin1String("name")).toString(QFileInfo(origin).completeBaseName());
    g.description = root.value(QLatin1String("description")).toString();
    g.source = root.value(QLatin1String("source")).toString(origin);
    const QJsonObject graph = root.value(QLatin1String("graph")).toObject();
    const QJsonValue inputs = graph.value(QLatin1String("inputs"));
    const QJsonValue nodes = graph.value(QLatin1String("nodes"));
    if (!inputs.isArray() || !nodes.isArray())
        throw ModelError(tr("%1: “graph” needs “inputs” and “nodes” lists.").arg(origin));
    for (const QJsonValue &v : inputs.toArray())
        g.inputs << parseInput(v, origin);
    for (const QJsonValue &v : nodes.toArray())
        g.nodes << parseNode(v, origin);
    project.layout = root.value(QLatin1String("layout")).toObject();
    if (root.value(QLatin1String("config")).isObject()) {
        project.config = PlanConfig::fromJson(root.value(QLatin1String("config")).toObject());
        project.hasConfig = true;
    }
    for (const QJsonValue &d : root.value(QLatin1String("devices")).toArray())
        project.config.devices << d.toString();
    return project;
}

QByteArray ProjectFile::toJson(const Project &project)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), QStringLiteral("memplanner.project"));
    root.insert(QLatin1String("version"), kVersion);
    root.insert(QLatin1String("name"), project.graph.name);
    if (!project.graph.description.isEmpty())
        root.insert(QLatin1String("description"), project.graph.description);
    if (!project.graph.source.isEmpty())
        root.insert(QLatin1String("source"), project.graph.source);
    QJsonArray inputs, nodes;
    for (const GraphInput &in : project.graph.inputs)
        inputs.append(inputToJson(in));
    for (const Node &n : project.graph.nodes)
        nodes.append(nodeToJson(n));
    QJsonObject graph;
    graph.insert(QLatin1String("inputs"), inputs);
    graph.insert(QLatin1String("nodes"), nodes);
    root.insert(QLatin1String("graph"), graph);
    root.insert(QLatin1String("layout"), project.layout);
    if (project.hasConfig)
        root.insert(QLatin1String("config"), project.config.toJson());
    root.insert(QLatin1String("devices"), QJsonArray::fromStringList(project.config.devices));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void ProjectFile::save(const Project &project, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ModelError(tr("Cannot write %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = toJson(project);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw ModelError(tr("Saving %1 failed: %2. The previous file is unchanged.").arg(path, file.errorString()));
}

} // namespace memplanner
