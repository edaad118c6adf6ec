#include "CliSupport.h"

#include "ProfileCatalogue.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace memplanner {

namespace {

/** Where the user's own profiles live (~/.local/share/MemPlanner/MemPlanner/NAME). */
QString userDataFile(const char *name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QLatin1String(name));
}

template<typename Catalogue>
Catalogue withExtraFile(Catalogue catalogue, const QString &extraFile)
{
    if (!extraFile.isEmpty())
        catalogue.addFromJson(readProfileFile(extraFile, true), extraFile);
    return catalogue;
}

} // namespace

bool CliSupport::parseVerbArguments(QCommandLineParser &parser, const QStringList &args,
                                    QTextStream &out, QTextStream &err, int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err << tr("error: %1").arg(parser.errorText()) << Qt::endl;
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

DeviceCatalogue CliSupport::loadDevices(const QString &extraFile)
{
    return withExtraFile(DeviceCatalogue::load(userDataFile("devices.json")), extraFile);
}

RuntimeCatalogue CliSupport::loadRuntimes(const QString &extraFile)
{
    return withExtraFile(RuntimeCatalogue::load(userDataFile("runtimes.json")), extraFile);
}

QLocale CliSupport::outputLocale(const QString &language)
{
    return language.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(language);
}

} // namespace memplanner
