#include "Graph.h"

namespace memplanner {

int Graph::nodeIndex(const QString &nodeName) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == nodeName)
            return i;
    return -1;
}

int Graph::inputIndex(const QString &inputName) const
{
    for (int i = 0; i < inputs.size(); ++i)
        if (inputs[i].name == inputName)
            return i;
    return -1;
}

bool Graph::hasName(const QString &n) const
{
    return nodeIndex(n) >= 0 || inputIndex(n) >= 0;
}

int Graph::layerCount() const
{
    int count = 0;
    for (const Node &n : nodes)
        if (n.op != QLatin1String("CrossEntropy") && n.op != QLatin1String("MSELoss"))
            ++count;
    return count;
}

std::pair<QString, int> splitTensorRef(const QString &ref)
{
    const qsizetype colon = ref.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        bool ok = false;
        const int k = ref.mid(colon + 1).toInt(&ok);
        if (ok && k >= 0)
            return {ref.left(colon), k};
    }
    return {ref, 0};
}

} // namespace memplanner
