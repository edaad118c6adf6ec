#pragma once

#include "ProjectFile.h"

#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>

namespace memplanner {

/**
 * The open project as an observable object: a thin QObject over a plain Project value.
 *
 * The mutators are primitive and unconditional; user edits go through undo commands
 * (commands/EditCommands.h), which call them in redo()/undo(). Views only read and listen.
 * Node and graph-input positions in the editor live in the project's layout, keyed by name.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    const Project &project() const { return m_project; }
    const Graph &graph() const { return m_project.graph; }
    const PlanConfig &config() const { return m_project.config; }

    /** The file this document was opened from or saved to; empty for a new or imported one. */
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /** Replaces everything (New, Open, Import); not undoable. */
    void resetProject(Project project);

    void insertNode(int index, const Node &node);
    void removeNode(int index);
    /** Replaces the node at @p index; a new name carries its editor position along. */
    void replaceNode(int index, const Node &node);

    void insertInput(int index, const GraphInput &input);
    void removeInput(int index);
    void replaceInput(int index, const GraphInput &input);

    std::optional<QPointF> position(const QString &name) const;
    void setPosition(const QString &name, std::optional<QPointF> position);

    void setConfig(const PlanConfig &config);

signals:
    void filePathChanged();
    void projectReset();
    void nodeInserted(int index);
    void nodeAboutToBeRemoved(int index);
    void nodeRemoved(int index);
    void nodeChanged(int index);
    void inputsChanged();
    void positionChanged(const QString &name);
    void configChanged();
    /** After any change of nodes or graph inputs (what a re-plan depends on besides config). */
    void graphChanged();

private:
    /** A renamed item keeps its editor position. */
    void moveLayoutEntry(const QString &from, const QString &to);

    Project m_project;
    QString m_filePath;
};

} // namespace memplanner
