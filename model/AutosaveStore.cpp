#include "AutosaveStore.h"

#include "ModelError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace memplanner {

namespace {

QString metaPathOf(const QString &snapshot)
{
    return snapshot + QStringLiteral(".meta");
}

QString lockPathOf(const QString &snapshot)
{
    return snapshot + QStringLiteral(".lock");
}

void writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw ModelError(AutosaveStore::tr("Cannot write the recovery file “%1”: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace

AutosaveStore::AutosaveStore(const QString &directory) : m_directory(directory)
{
    QDir().mkpath(directory);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_snapshotPath = QDir(directory).filePath(QStringLiteral("session-%1.memplan").arg(id));
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_snapshotPath));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    m_lock->tryLock(0);
}

AutosaveStore::~AutosaveStore()
{
    discard();
}

void AutosaveStore::save(const Project &project, const QString &originalPath)
{
    writeAtomically(m_snapshotPath, ProjectFile::toJson(project));
    const QJsonObject meta{{QStringLiteral("original"), originalPath},
                           {QStringLiteral("saved_at"),
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    writeAtomically(metaPathOf(m_snapshotPath), QJsonDocument(meta).toJson());
}

void AutosaveStore::discard()
{
    QFile::remove(m_snapshotPath);
    QFile::remove(metaPathOf(m_snapshotPath));
}

QList<AutosaveStore::Snapshot> AutosaveStore::orphans(const QString &directory)
{
    QList<Snapshot> found;
    const QDir dir(directory);
    const QStringList files =
        dir.entryList({QStringLiteral("session-*.memplan")}, QDir::Files, QDir::Time);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        QLockFile lock(lockPathOf(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        Snapshot snapshot;
        snapshot.path = path;
        QFile meta(metaPathOf(path));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
            snapshot.originalPath = object.value(QStringLiteral("original")).toString();
            snapshot.savedAt = QDateTime::fromString(
                object.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
        }
        if (!snapshot.savedAt.isValid())
            snapshot.savedAt = QFileInfo(path).lastModified();
        found.append(snapshot);
    }
    return found;
}

void AutosaveStore::remove(const Snapshot &snapshot)
{
    QFile::remove(snapshot.path);
    QFile::remove(metaPathOf(snapshot.path));
    QFile::remove(lockPathOf(snapshot.path));
}

} // namespace memplanner
