// The Vietnamese and Chinese catalogues (translations/*.ts, GLOSSARY.md): every message is
// translated, none is left over from removed code, every translation keeps the source's
// placeholders, and the compiled catalogues embedded under :/i18n (memplanner_translations)
// say what the .ts files say.

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

/** One <message> of a .ts file. */
struct TsMessage
{
    QString context;
    QString source;
    QString comment;             // the disambiguation, if any
    bool numerus = false;
    QString translationType;     // "", "unfinished", "vanished" or "obsolete"
    QStringList translations;    // one entry, or the numerus forms
    qint64 line = 0;
};

/** A parsed catalogue, or the reason it could not be read. */
struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.line = xml.lineNumber();
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.translationType = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                               && !xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                                m.translations << xml.readElementText();
                        }
                    } else {
                        m.translations << xml.readElementText();
                    }
                }
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/** The placeholders QString::arg() and tr()'s plural fill in: %1…%99, %n, %L1, %Ln. */
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

QString tsPath(const QString &language)
{
    return QStringLiteral(MEMPLANNER_SOURCE_DIR "/translations/memplanner_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void compiledCatalogueMatches_data();
    void compiledCatalogueMatches();
    void installedTranslatorTranslates_data();
    void installedTranslatorTranslates();

private:
    void languages();
};

void TestTranslations::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestTranslations::catalogueIsComplete_data()
{
    languages();
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    // The catalogues hold every layer's strings; a handful would mean lupdate found no sources.
    QVERIFY2(ts.messages.size() >= 100,
             qPrintable(QStringLiteral("only %1 messages").arg(ts.messages.size())));

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QString where = QStringLiteral("line %1 [%2] “%3”").arg(m.line).arg(m.context, m.source);
        if (m.translationType == QLatin1String("unfinished"))
            problems << where + QStringLiteral(": unfinished");
        else if (m.translationType == QLatin1String("vanished")
                 || m.translationType == QLatin1String("obsolete"))
            problems << where + QStringLiteral(": %1 (run the update_translations target)").arg(m.translationType);
        else if (!m.translationType.isEmpty())
            problems << where + QStringLiteral(": translation type “%1”").arg(m.translationType);
        if (m.translations.isEmpty())
            problems << where + QStringLiteral(": no translation");
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            const QSet<QString> got = placeholders(t);
            if (got != expected)
                problems << where + QStringLiteral(": placeholders {%1} in “%2”, expected {%3}")
                                        .arg(sorted(got), t, sorted(expected));
        }
    }
    if (!problems.isEmpty()) {
        const int shown = std::min<int>(problems.size(), 40);
        QFAIL(qPrintable(QStringLiteral("%1 of %2 messages need work:\n  %3%4")
                             .arg(problems.size())
                             .arg(ts.messages.size())
                             .arg(problems.mid(0, shown).join(QStringLiteral("\n  ")),
                                  shown < problems.size() ? QStringLiteral("\n  …") : QString())));
    }
}

void TestTranslations::compiledCatalogueMatches_data()
{
    languages();
}

// The embedded .qm is built from the .ts: a stale or missing one gives the CLI English text.
void TestTranslations::compiledCatalogueMatches()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/memplanner_") + language),
             qPrintable(QStringLiteral(":/i18n/memplanner_%1 is not embedded").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);

    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.translationType.isEmpty() || m.translations.isEmpty())
            continue; // catalogueIsComplete reports these
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = translator.translate(context.constData(), source.constData(),
                                                 m.comment.isEmpty() ? nullptr : comment.constData(),
                                                 m.numerus ? 1 : -1);
        if (got != m.translations.first())
            problems << QStringLiteral("[%1] “%2”: .qm has “%3”, .ts has “%4”")
                            .arg(m.context, m.source, got, m.translations.first());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("the embedded catalogue is out of date (rebuild):\n  ")
                        + problems.mid(0, 20).join(QStringLiteral("\n  "))));
}

void TestTranslations::installedTranslatorTranslates_data()
{
    languages();
}

void TestTranslations::installedTranslatorTranslates()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/memplanner_") + language));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString weights = QCoreApplication::translate("PlanSerializer", "Weights");
    const QString segments = QCoreApplication::translate("PlanSerializer", "%n segment(s)", nullptr, 4);
    const QString fits = QCoreApplication::translate("PlanSerializer", "fits, %1 free").arg(QStringLiteral("1 GiB"));
    QCoreApplication::removeTranslator(&translator);

    QVERIFY(!weights.isEmpty());
    QVERIFY2(weights != QLatin1String("Weights"), qPrintable(weights));
    QVERIFY2(segments.contains(QLatin1Char('4')) && !segments.contains(QLatin1String("segment")),
             qPrintable(segments));
    QVERIFY2(fits.contains(QLatin1String("1 GiB")) && !fits.contains(QLatin1String("free")), qPrintable(fits));
    // Without the translator the source text comes back.
    QCOMPARE(QCoreApplication::translate("PlanSerializer", "Weights"), QStringLiteral("Weights"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
