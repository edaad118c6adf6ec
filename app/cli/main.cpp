#include "AllocatorTuning.h"
#include "CliSupport.h"
#include "CommandLineTool.h"

#include <QCoreApplication>
#ifdef MEMPLANNER_HAVE_REPORT
#include <QApplication>
#endif
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

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

/** Whether the command line asks for a PDF (plan --pdf FILE), read before Qt parses it. */
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    return false;
}

/**
 * The charts of the PDF report need a full QApplication, offscreen unless the caller chose a
 * platform; everything else computes with a QCoreApplication and needs no display.
 */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef MEMPLANNER_HAVE_REPORT
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's start-up notes (e.g. "XDG_RUNTIME_DIR not set") are not ours to
        // print: stderr carries the one "error:" line of the CLI contract and nothing else.
        const QtMessageHandler previous = qInstallMessageHandler(
                [](QtMsgType type, const QMessageLogContext &, const QString &message) {
                    if (type == QtCriticalMsg || type == QtFatalMsg)
                        std::fprintf(stderr, "%s\n", qPrintable(message));
                });
        auto app = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(previous);
        return app;
    }
#else
    (void)wantsPdf;
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    memplanner::keepFreedMemoryForReplanning();
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
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
