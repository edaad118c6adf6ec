#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace memplanner {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("vi"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

void LanguageManager::setLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    for (QTranslator *old : {m_own, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_own = nullptr;
    m_qt = nullptr;
    QLocale::setDefault(locale);
    // Qt's catalogue first, ours last: the last installed is asked first, so our Vietnamese
    // standard-button strings win where Qt has none.
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qt = qt;
    } else {
        delete qt;
    }
    auto *own = new QTranslator(this);
    if (own->load(locale, QStringLiteral("memplanner"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        m_own = own;
    } else {
        delete own;
    }
    m_language = language;
    emit languageChanged(language);
}

} // namespace memplanner
