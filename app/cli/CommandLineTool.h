#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QLocale;

namespace memplanner {

class DeviceCatalogue;
class RuntimeCatalogue;
struct BatchSweepResult;
struct PlanConfig;
struct Project;

/**
 * memplanner-cli: plan, sweep, fit, devices, ops (DESIGN.md, "The CLI contract").
 * Every failure is one line on stderr and a non-zero exit code, never a crash.
 */
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineTool)

public:
    CommandLineTool(QTextStream &out, QTextStream &err);

    /** Runs with @p arguments (argv without the program name); returns the exit code. */
    int run(const QStringList &arguments);

    /** The language requested by --lang, or empty (looked up before translators load). */
    static QString requestedLanguage(const QStringList &arguments);

private:
    int runPlan(const QStringList &args);
    int runSweep(const QStringList &args);
    int runFit(const QStringList &args);
    int runDevices(const QStringList &args);
    int runOps(const QStringList &args);
    int runCalibrate(const QStringList &args);
    /** `sweep --over variants`: the batch chart's series (BatchSweep) as text, CSV or JSON. */
    int writeVariantSweep(const BatchSweepResult &result, const Project &project,
                          const QString &format, const QLocale &locale);
    int usage(const QString &problem);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace memplanner
