// Crash recovery: a session killed with SIGKILL leaves a snapshot the next start finds.
#include "AutosaveStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace memplanner;

namespace {

const char *const kChildDirVariable = "MEMPLANNER_AUTOSAVE_CHILD_DIR";

Project sampleProject()
{
    Project project = ProjectFile::load(QStringLiteral("builtin:lenet300"));
    project.graph.name = QStringLiteral("work in progress");
    project.config.batch = 77;
    return project;
}

/** The child: autosaves like the app does, then dies without any clean-up. */
[[noreturn]] void runKilledSession(const QString &directory)
{
    AutosaveStore store(directory);
    store.save(sampleProject(), QStringLiteral("/home/student/mlp.memplan"));
    std::raise(SIGKILL);
    std::abort();
}

} // namespace

class TestAutosaveStore : public QObject
{
    Q_OBJECT

private slots:
    void liveSessionIsNotAnOrphan()
    {
        QTemporaryDir dir;
        AutosaveStore store(dir.path());
        store.save(sampleProject(), QString());
        QVERIFY(QFile::exists(store.snapshotPath()));
        QVERIFY(AutosaveStore::orphans(dir.path()).isEmpty());
        store.discard();
        QVERIFY(!QFile::exists(store.snapshotPath()));
    }

    void cleanExitLeavesNothing()
    {
        QTemporaryDir dir;
        {
            AutosaveStore store(dir.path());
            store.save(sampleProject(), QString());
        }
        QVERIFY(AutosaveStore::orphans(dir.path()).isEmpty());
    }

    void killedSessionIsRecovered()
    {
        QTemporaryDir dir;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildDirVariable), dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not exited

        const QList<AutosaveStore::Snapshot> orphans = AutosaveStore::orphans(dir.path());
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().originalPath, QStringLiteral("/home/student/mlp.memplan"));
        QVERIFY(orphans.first().savedAt.isValid());
        const Project recovered = ProjectFile::load(orphans.first().path);
        QCOMPARE(recovered.graph.name, QStringLiteral("work in progress"));
        QCOMPARE(recovered.config.batch, 77);
        QCOMPARE(recovered.graph.nodes.size(), sampleProject().graph.nodes.size());

        AutosaveStore::remove(orphans.first());
        QVERIFY(AutosaveStore::orphans(dir.path()).isEmpty());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildDirVariable))
        runKilledSession(qEnvironmentVariable(kChildDirVariable));
    TestAutosaveStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_autosavestore.moc"
