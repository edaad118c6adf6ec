#include "AllocatorTuning.h"
#include "AppSettings.h"
#include "LanguageManager.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QPixmap>
#include <QStandardPaths>
#include <QTimer>

using namespace memplanner;

namespace {

/** DejaVu Sans covers Vietnamese; Noto Sans CJK SC keeps Chinese in its Simplified forms. */
void setApplicationFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char *argv[])
{
    keepFreedMemoryForReplanning();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MemPlanner"));
    QApplication::setApplicationName(QStringLiteral("MemPlanner"));
    QApplication::setApplicationVersion(QStringLiteral(MEMPLANNER_VERSION));
    setApplicationFonts();

    QCommandLineParser parser;
    parser.setApplicationDescription(MainWindow::tr("Plan neural-network memory before you train."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        MainWindow::tr("Interface language: en, vi or zh_CN."),
                                        QStringLiteral("code"));
    const QCommandLineOption exampleOption(QStringLiteral("example"),
                                           MainWindow::tr("Open a built-in example, e.g. resnet50."),
                                           QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        MainWindow::tr("Save a picture of the window to a PNG file and quit (for documentation)."),
        QStringLiteral("file"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"),
        MainWindow::tr("Select these layers (comma-separated) once the file is open."),
        QStringLiteral("names"));
    const QCommandLineOption chartsOption(
        QStringLiteral("charts"),
        MainWindow::tr("Start on the charts instead of the graph, on tab N (0: breakdown … 6: make "
                       "it fit)."),
        QStringLiteral("N"));
    parser.addOptions({langOption, exampleOption, screenshotOption, selectOption, chartsOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 MainWindow::tr("A .memplan project, an .onnx model or a Keras "
                                                "JSON file to open."));
    parser.process(app);

    LanguageManager languages;
    languages.setLanguage(parser.isSet(langOption) ? parser.value(langOption)
                                                   : AppSettings::language());

    const QString autosaveDir =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("autosave"));
    MainWindow window(&languages, autosaveDir);
    window.show();

    const bool screenshot = parser.isSet(screenshotOption);
    if (!screenshot)
        window.offerRecovery();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst(), screenshot);
    else if (parser.isSet(exampleOption))
        window.openFile(QStringLiteral("builtin:") + parser.value(exampleOption), screenshot);

    if (parser.isSet(chartsOption))
        window.showCharts(parser.value(chartsOption).toInt());
    if (parser.isSet(selectOption))
        window.selectLayers(parser.value(selectOption).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::exit(0);
        });
    }
    return app.exec();
}
