#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace memplanner {

/**
 * Owns the app's translators and swaps them at run time: MemPlanner's catalogue (which also
 * carries Qt's standard strings for Vietnamese, as Debian ships no qtbase_vi) and Qt's own.
 * Installing them sends QEvent::LanguageChange to every widget, which retranslates itself.
 */
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    /** "en", "vi", "zh_CN"; empty follows the system locale. */
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /** The languages offered, as codes. */
    static QStringList available();
    /** A language's own name ("Tiếng Việt", "简体中文"), never translated. */
    static QString nativeName(const QString &code);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace memplanner
