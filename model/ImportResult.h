#pragma once
#include "Graph.h"
#include <QStringList>
namespace memplanner {
/** A graph read from another framework's file, with what the importer noticed. */
struct ImportResult { Graph graph; QStringList warnings; QStringList fusions; };
} // namespace memplanner
