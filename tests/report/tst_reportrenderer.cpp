// The PDF report (issue 7): the ResNet-50 report in English, Vietnamese and Chinese has its
// pages, embeds every font, and its text (poppler's pdftotext) names the model and gives the
// device peak in the language's number format. The poppler checks are skipped where
// poppler-utils is not installed (tools/dev/debian-packages.txt lists it).

#include "Device.h"
#include "ModelError.h"
#include "PlanSerializer.h"
#include "Planner.h"
#include "ProjectFile.h"
#include "ReportRenderer.h"
#include "RuntimeProfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace memplanner;

namespace {

/** stdout of a poppler tool, or a null string when it is not installed or failed. */
QString poppler(const char *tool, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(QLatin1String(tool));
    if (path.isEmpty())
        return {};
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestReportRenderer : public QObject
{
    Q_OBJECT

private slots:
    void resnet50_data();
    void resnet50();
    void unwritablePathThrows();

private:
    QTemporaryDir m_dir;
};

void TestReportRenderer::resnet50_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestReportRenderer::resnet50()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/memplanner_") + language));
        QCoreApplication::installTranslator(&translator);
    }
    const QLocale locale(language);
    const DeviceCatalogue devices = DeviceCatalogue::load();
    const RuntimeCatalogue runtimes = RuntimeCatalogue::load();
    const Planner planner(devices, runtimes);
    const Project project = ProjectFile::load(QStringLiteral("builtin:resnet50"));
    PlanConfig config;
    config.batch = 32;
    config.devices = {QStringLiteral("colab-t4"), QStringLiteral("kaggle-p100"),
                      QStringLiteral("laptop-rtx3050-4gb")};
    const Plan plan = planner.plan(project.graph, config);
    const QString pdf = m_dir.filePath(QStringLiteral("resnet50-%1.pdf").arg(language));
    const int pages = ReportRenderer::write(planner, project, plan, pdf, locale);
    // The last page's footer, as the report's language writes it ("Trang 5 trên 5").
    const QString lastFooter =
        ReportRenderer::tr("Page %1 of %2").arg(locale.toString(pages), locale.toString(pages));
    QCoreApplication::removeTranslator(&translator);

    // 1 title, model, configuration, breakdown table; 2 breakdown chart; 3 batch sweep and
    // frontier charts; 4 devices and recommendations; 5 top layers and assumptions
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));

    const QString info = poppler("pdfinfo", {pdf});
    if (info.isNull())
        QSKIP("poppler-utils (pdfinfo, pdffonts, pdftotext) is not installed");
    const QRegularExpressionMatch count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY(count.hasMatch());
    QCOMPARE(count.captured(1).toInt(), pages);

    // pdffonts: two header lines, then one line per font whose "emb" column says yes.
    const QStringList fonts = poppler("pdffonts", {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts)
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                 qPrintable(line));
    if (language == QLatin1String("zh_CN"))
        QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QLatin1String("NotoSansCJK")), qPrintable(fonts.join(QLatin1Char('\n'))));

    const QString text = poppler("pdftotext", {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.contains(plan.modelName));
    QVERIFY(plan.modelName == QLatin1String("ResNet-50"));
    // The device peak as the language writes numbers ("3.69 GiB", "3,69 GiB").
    const QString peak = PlanSerializer::formatBytes(plan.memory.devicePeak, locale);
    QVERIFY2(text.contains(peak), qPrintable(peak));
    // Page numbers drawn on every page.
    // Qt's embedded CJK subset maps a glyph that Noto shares between an ideograph and its CJK
    // radical to the radical's code point, so extraction reads 页 (U+9875) as ⻚ (U+2EDA).
    QString extracted = text;
    extracted.replace(QChar(0x2EDA), QChar(0x9875));
    QVERIFY2(extracted.contains(lastFooter), qPrintable(lastFooter));
}

void TestReportRenderer::unwritablePathThrows()
{
    const DeviceCatalogue devices = DeviceCatalogue::load();
    const RuntimeCatalogue runtimes = RuntimeCatalogue::load();
    const Planner planner(devices, runtimes);
    const Project project = ProjectFile::load(QStringLiteral("builtin:lenet300"));
    const Plan plan = planner.plan(project.graph, PlanConfig{});
    QVERIFY_THROWS_EXCEPTION(ModelError, ReportRenderer::write(planner, project, plan,
                                                               QStringLiteral("/nonexistent-memplanner-dir/r.pdf")));
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"
