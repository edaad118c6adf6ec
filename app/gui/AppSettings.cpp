#include "AppSettings.h"

#include <QSettings>

namespace memplanner {

namespace {
QString key(const char *name)
{
    return QLatin1String(name);
}
} // namespace

QString AppSettings::language()
{
    return QSettings().value(key("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(key("ui/language"), language);
}

bool AppSettings::decimalUnits()
{
    return QSettings().value(key("ui/decimalUnits"), false).toBool();
}

void AppSettings::setDecimalUnits(bool decimal)
{
    QSettings().setValue(key("ui/decimalUnits"), decimal);
}

QStringList AppSettings::defaultDevices()
{
    // Free Colab, Kaggle and a 4 GB laptop GPU: what most students have (README's main job).
    return QSettings()
        .value(key("plan/defaultDevices"),
               QStringList{QStringLiteral("colab-t4"), QStringLiteral("kaggle-p100"),
                           QStringLiteral("laptop-rtx3050-4gb")})
        .toStringList();
}

void AppSettings::setDefaultDevices(const QStringList &ids)
{
    QSettings().setValue(key("plan/defaultDevices"), ids);
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(key("files/recent")).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(key("files/recent"), files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(key("files/recent"), files);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(key("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(key("window/state")).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(key("window/geometry"), geometry);
    settings.setValue(key("window/state"), state);
}

int AppSettings::autosaveSeconds()
{
    return qBound(5, QSettings().value(key("files/autosaveSeconds"), 30).toInt(), 3600);
}

} // namespace memplanner
