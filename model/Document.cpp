#include "Document.h"

#include <QJsonArray>

namespace memplanner {

namespace {

QJsonArray toLayoutValue(QPointF p)
{
    return QJsonArray{p.x(), p.y()};
}

} // namespace

Document::Document(QObject *parent) : QObject(parent) {}

void Document::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged();
}

void Document::resetProject(Project project)
{
    m_project = std::move(project);
    emit projectReset();
    emit graphChanged();
    emit configChanged();
}

void Document::moveLayoutEntry(const QString &from, const QString &to)
{
    if (from != to && m_project.layout.contains(from))
        m_project.layout.insert(to, m_project.layout.take(from));
}

void Document::insertNode(int index, const Node &node)
{
    Q_ASSERT(index >= 0 && index <= m_project.graph.nodes.size());
    m_project.graph.nodes.insert(index, node);
    emit nodeInserted(index);
    emit graphChanged();
}

void Document::removeNode(int index)
{
    Q_ASSERT(index >= 0 && index < m_project.graph.nodes.size());
    emit nodeAboutToBeRemoved(index);
    m_project.graph.nodes.removeAt(index);
    emit nodeRemoved(index);
    emit graphChanged();
}

void Document::replaceNode(int index, const Node &node)
{
    Q_ASSERT(index >= 0 && index < m_project.graph.nodes.size());
    moveLayoutEntry(m_project.graph.nodes.at(index).name, node.name);
    m_project.graph.nodes[index] = node;
    emit nodeChanged(index);
    emit graphChanged();
}

void Document::insertInput(int index, const GraphInput &input)
{
    Q_ASSERT(index >= 0 && index <= m_project.graph.inputs.size());
    m_project.graph.inputs.insert(index, input);
    emit inputsChanged();
    emit graphChanged();
}

void Document::removeInput(int index)
{
    Q_ASSERT(index >= 0 && index < m_project.graph.inputs.size());
    m_project.graph.inputs.removeAt(index);
    emit inputsChanged();
    emit graphChanged();
}

void Document::replaceInput(int index, const GraphInput &input)
{
    Q_ASSERT(index >= 0 && index < m_project.graph.inputs.size());
    moveLayoutEntry(m_project.graph.inputs.at(index).name, input.name);
    m_project.graph.inputs[index] = input;
    emit inputsChanged();
    emit graphChanged();
}

std::optional<QPointF> Document::position(const QString &name) const
{
    const QJsonArray xy = m_project.layout.value(name).toArray();
    if (xy.size() != 2)
        return std::nullopt;
    return QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
}

void Document::setPosition(const QString &name, std::optional<QPointF> position)
{
    if (position)
        m_project.layout.insert(name, toLayoutValue(*position));
    else
        m_project.layout.remove(name);
    emit positionChanged(name);
}

void Document::setConfig(const PlanConfig &config)
{
    m_project.config = config;
    m_project.hasConfig = true;
    emit configChanged();
}

} // namespace memplanner
