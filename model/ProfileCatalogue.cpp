#include "ProfileCatalogue.h"

#include "ModelError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace memplanner {

QJsonArray profileList(const QByteArray &json, const QString &origin, const char *listKey)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw ModelError(QCoreApplication::translate("ProfileCatalogue", "%1 is not valid JSON: %2.")
                             .arg(origin, error.errorString()));
    const QJsonValue list = doc.object().value(QLatin1String(listKey));
    if (!list.isArray())
        throw ModelError(QCoreApplication::translate("ProfileCatalogue", "%1 has no “%2” list.")
                             .arg(origin, QLatin1String(listKey)));
    return list.toArray();
}

QByteArray readProfileFile(const QString &path, bool required)
{
    QFile file(path);
    if (!required && !file.exists())
        return QByteArray();
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(QCoreApplication::translate("ProfileCatalogue", "Cannot read %1: %2.")
                             .arg(path, file.errorString()));
    return file.readAll();
}

} // namespace memplanner
