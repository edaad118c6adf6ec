#pragma once

#include "ProjectFile.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace memplanner {

/**
 * Crash recovery. While the app runs it holds a lock file in the autosave directory and writes
 * the open project there periodically. A clean exit removes both; after a crash (even kill -9)
 * the next start finds a snapshot whose lock is stale and offers it back.
 */
class AutosaveStore
{
    Q_DECLARE_TR_FUNCTIONS(AutosaveStore)

public:
    /** A snapshot left by a session that did not exit cleanly. */
    struct Snapshot
    {
        QString path;         ///< the snapshot file (a .memplan)
        QString originalPath; ///< the file the user was editing; empty if never saved
        QDateTime savedAt;
    };

    /** Claims a new session slot in @p directory (created if needed). */
    explicit AutosaveStore(const QString &directory);
    ~AutosaveStore();

    /** Writes @p project as this session's snapshot (atomically). Throws ModelError. */
    void save(const Project &project, const QString &originalPath);
    /** Removes this session's snapshot (after a save, or at a clean exit). */
    void discard();
    QString snapshotPath() const { return m_snapshotPath; }

    /** Snapshots in @p directory whose session is gone (its lock is free or stale). */
    static QList<Snapshot> orphans(const QString &directory);
    /** Removes an orphan after it was recovered or declined. */
    static void remove(const Snapshot &snapshot);

private:
    QString m_directory;
    QString m_snapshotPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace memplanner
