#pragma once

#include "Graph.h"
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
};

/** Reads and writes the versioned .memplan JSON format (docs/FORMAT.md). */
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    static constexpr int kVersion = 1;

    /** Loads a path or "builtin:NAME"; throws ModelError with a message naming the problem. */
    static Project load(const QString &pathOrBuiltin);
    /** Parses .memplan JSON; @p origin names the file in messages. */
    static Project fromJson(const QByteArray &json, const QString &origin);
    static QByteArray toJson(const Project &project);
    /** Writes atomically (QSaveFile): a failed save leaves the old file intact. */
    static void save(const Project &project, const QString &path);

    /** Names usable as builtin:NAME, e.g. "resnet50". */
    static QStringList builtinNames();
};

} // namespace memplanner
