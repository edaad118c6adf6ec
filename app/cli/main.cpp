#include "AllocatorTuning.h"
#include "CliSupport.h"
#include "CommandLineTool.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using memplanner::CommandLineTool;

namespace {

/** Installs MemPlanner's and Qt's catalogues for @p language ("vi", "zh_CN"; empty: system). */
void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("memplanner"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    memplanner::keepFreedMemoryForReplanning();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MemPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("MemPlanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEMPLANNER_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    const QString language = CommandLineTool::requestedLanguage(arguments);
    installTranslators(app, language);
    // Numbers inside engine messages follow the output language too.
    QLocale::setDefault(memplanner::CliSupport::outputLocale(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLineTool tool(out, err);
    return tool.run(arguments);
}
