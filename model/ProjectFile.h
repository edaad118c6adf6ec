#pragma once

#include "Graph.h"
#include "ImportResult.h"
#include "PlanConfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace memplanner {

/** A .memplan project: a graph, its editor layout, a configuration and chosen devices. */
struct Project
{
    Graph graph;
    QJsonObject layout;
    PlanConfig config;
    bool hasConfig = false;
    QStringList importWarnings; ///< what an importer noticed (ONNX, Keras)
    QStringList fusions;        ///< decomposed modules an importer fused back
};

/** Reads and writes the versioned .memplan JSON format (docs/FORMAT.md). */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    static constexpr int kVersion = 1;

    /**
     * Loads a .memplan path or "builtin:NAME", or imports an .onnx file or a Keras
     * model.to_json() file; throws ModelError with a message naming the problem.
     */
    static Project load(const QString &pathOrBuiltin);
    /** Parses .memplan JSON; @p origin names the file in messages. */
    static Project fromJson(const QByteArray &json, const QString &origin);
    static QByteArray toJson(const Project &project);
    /** Writes atomically (QSaveFile): a failed save leaves the old file intact. */
    static void save(const Project &project, const QString &path);

    /** A project holding an importer's graph, warnings and fusions. */
    static Project fromImport(ImportResult imported);

    /** Names usable as builtin:NAME, e.g. "resnet50". */
    static QStringList builtinNames();
};

} // namespace memplanner
