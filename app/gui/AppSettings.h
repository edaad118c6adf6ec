#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace memplanner {

/** The user's preferences (QSettings): language, units, default devices, recent files, window. */
class AppSettings
{
public:
    static constexpr int kMaxRecentFiles = 8;

    static QString language();
    static void setLanguage(const QString &language);
    /** True: decimal units (MB, GB); false: binary (MiB, GiB), the default. */
    static bool decimalUnits();
    static void setDecimalUnits(bool decimal);
    /** Devices a new project targets. */
    static QStringList defaultDevices();
    static void setDefaultDevices(const QStringList &ids);
    static QStringList recentFiles();
    /** Puts @p path first, dropping duplicates and files beyond the limit. */
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);
    /** Seconds between autosaves of unsaved work. */
    static int autosaveSeconds();
};

} // namespace memplanner
