#pragma once

#include "Device.h"
#include "RuntimeProfile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace memplanner {

/** What every memplanner-cli verb shares: argument parsing, profiles, the output language. */
class CliSupport
{
    Q_DECLARE_TR_FUNCTIONS(CliSupport)

public:
    /**
     * Adds --help and parses @p args. Returns false when the verb is done: help printed (exit
     * code 0) or a usage error reported as one "error:" line (exit code 2).
     */
    static bool parseVerbArguments(QCommandLineParser &parser, const QStringList &args,
                                   QTextStream &out, QTextStream &err, int *exitCode);

    /** Built-in devices, the per-user devices.json, then @p extraFile (if any) on top. */
    static DeviceCatalogue loadDevices(const QString &extraFile);
    /** Built-in runtimes, the per-user runtimes.json, then @p extraFile (if any) on top. */
    static RuntimeCatalogue loadRuntimes(const QString &extraFile);

    /** The locale for numbers in text output: @p language, or US English when empty. */
    static QLocale outputLocale(const QString &language);
};

} // namespace memplanner
