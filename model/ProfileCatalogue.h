#pragma once

#include <QByteArray>
#include <QJsonValue>

#include <algorithm>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace memplanner {

/** Reads the @p listKey array of a profiles JSON document; throws ModelError naming @p origin. */
QJsonArray profileList(const QByteArray &json, const QString &origin, const char *listKey);
/** The bytes of a built-in resource, or of an optional user file (empty when it is absent). */
QByteArray readProfileFile(const QString &path, bool required);

/**
 * Profiles by id: built-in ones first, then the user's, a later profile with the same id
 * replacing the earlier one. Profile provides fromJson(), an id, listKey() and
 * unknownIdMessage() for the error that lists the known ids.
 */
template<typename Profile>
class ProfileCatalogue
{
public:
    /** Parses a profiles document; throws ModelError on malformed input. */
    void addFromJson(const QByteArray &json, const QString &origin)
    {
        for (const QJsonValue &v : profileList(json, origin, Profile::listKey())) {
            const Profile profile = Profile::fromJson(v.toObject());
            auto existing = std::find_if(m_items.begin(), m_items.end(),
                                         [&](const Profile &p) { return p.id == profile.id; });
            if (existing != m_items.end())
                *existing = profile;
            else
                m_items.append(profile);
        }
    }

    const Profile *find(const QString &id) const
    {
        for (const Profile &p : m_items)
            if (p.id == id)
                return &p;
        return nullptr;
    }

    /** The profile called @p id; throws ModelError listing the known ids. */
    const Profile &require(const QString &id) const
    {
        if (const Profile *p = find(id))
            return *p;
        QStringList ids;
        for (const Profile &p : m_items)
            ids << p.id;
        Profile::throwUnknownId(id, ids);
    }

    const QList<Profile> &items() const { return m_items; }

protected:
    /** Loads @p builtIn (a resource) and, when it exists, @p userFile on top. */
    void loadFiles(const QString &builtIn, const QString &userFile)
    {
        addFromJson(readProfileFile(builtIn, true), builtIn);
        if (!userFile.isEmpty()) {
            const QByteArray user = readProfileFile(userFile, false);
            if (!user.isEmpty())
                addFromJson(user, userFile);
        }
    }

private:
    QList<Profile> m_items;
};

} // namespace memplanner
