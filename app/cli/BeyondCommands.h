#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace memplanner {

/**
 * The CLI verbs that plan beyond one GPU's training step: host RAM (ram), a CSV's column
 * types (dtypes), compressed deployment (deploy) and multi-GPU sharding (shard).
 * Each returns the exit code; bad input throws ModelError (CommandLineTool reports it).
 */
class BeyondCommands
{
    Q_DECLARE_TR_FUNCTIONS(BeyondCommands)

public:
    static int runRam(const QStringList &args, QTextStream &out, QTextStream &err);
    static int runDtypes(const QStringList &args, QTextStream &out, QTextStream &err);
    static int runDeploy(const QStringList &args, QTextStream &out, QTextStream &err);
    static int runShard(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace memplanner
