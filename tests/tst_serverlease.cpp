// Safety rule 7 for a target on a server: the lock on the server (ServerLease) keeps a second
// computer out while a run writes, renews itself, goes when the run ends, and is taken over
// once its holder has been silent too long, or at once when its holder was a process of this
// computer that is gone. The lease on a folder of this disk, then whole runs against a real
// sshd with a lock another computer left on the server.
#include "locationfactory.h"
#include "serverlease.h"
#include "sshdserver.h"
#include "syncengine.h"
#include "targetindex.h"
#include "temporaries.h"
#include "testmain.h"
#include "versionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace lts;
using namespace std::chrono_literals;

namespace {

const QString lockName = QStringLiteral("lock");

QByteArray lockNaming(const QString &host, qint64 pid)
{
    return "host " + host.toUtf8() + "\npid " + QByteArray::number(pid) + "\ntoken other\n";
}

bool writeFile(const QString &path, const QByteArray &content, int minutesOld = 0)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    if (minutesOld == 0)
        return true;
    // Written out first: the write would otherwise set the time when the file is closed.
    return file.flush()
           && file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60 * minutesOld),
                               QFileDevice::FileModificationTime);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The pid of a process of this computer that has ended.
qint64 endedProcess()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

class TestServerLease : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    QTemporaryDir m_home;

    static fsops::Folder folderAt(const QString &path)
    {
        QDir().mkpath(path);
        Result<fsops::Folder> folder = fsops::Folder::openRoot(QFile::encodeName(path));
        if (!folder)
            qFatal("cannot open %s", qPrintable(path));
        return std::move(folder).value();
    }

    // The claims and the locks moved aside that were left beside the lock.
    static QStringList leftovers(const QString &folder)
    {
        return QDir(folder).entryList({ QStringLiteral("lock-*"), QStringLiteral("stale-*") },
                                      QDir::Files | QDir::Hidden);
    }

    // A drive from `place`'s source (a.txt) to the folder backup on `server`, its host key
    // trusted.
    struct ServerDrive
    {
        QString source;
        QString onServer; // the target on the server's disk
        QString serverLock; // the lock there
        SyncJob job;
    };
    static ServerDrive driveToServer(const test::SshdServer &server, const QTemporaryDir &place)
    {
        const QString config = place.filePath(QStringLiteral("config"));
        const QString source = place.filePath(QStringLiteral("source"));
        if (!writeFile(knownHostsFile(config), server.knownHostsLine())
            || !writeFile(source + QStringLiteral("/a.txt"), "a"))
            qFatal("cannot write in %s", qPrintable(place.path()));
        const QString onServer = server.directory() + QStringLiteral("/backup");
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = QStringLiteral("sftp://%1@127.0.0.1:%2%3?key=%4")
                               .arg(server.user())
                               .arg(server.port())
                               .arg(onServer, server.clientKey());
        RemoteAccess access;
        access.configFolder = config;
        return { source, onServer, onServer + QStringLiteral("/.letthatsyncin/lock"),
                 syncJobFor(drive, Settings{}, place.filePath(QStringLiteral("data")), access) };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
    }

    void aLeaseNamesThisComputerAndGoesWhenTheRunEnds()
    {
        QTemporaryDir dir;
        {
            Result<std::unique_ptr<ServerLease>> lease
                    = ServerLease::take(folderAt(dir.path()), QStringLiteral("the target"));
            QVERIFY2(lease, qPrintable(lease ? QString() : lease.error().message));
            const ServerLease::Holder holder
                    = ServerLease::holderOf(readFile(dir.filePath(lockName)));
            QCOMPARE(holder.host, QSysInfo::machineHostName());
            QCOMPARE(holder.pid, QCoreApplication::applicationPid());
            QVERIFY(!holder.token.isEmpty());
            QCOMPARE(leftovers(dir.path()), QStringList());
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(lockName)));
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    void anotherComputersLiveLockKeepsTheRunOut()
    {
        QTemporaryDir dir;
        const QByteArray theirs = lockNaming(QStringLiteral("lab-pc"), 4242);
        QVERIFY(writeFile(dir.filePath(lockName), theirs, 4)); // silent for 4 of 5 minutes
        const Result<std::unique_ptr<ServerLease>> lease
                = ServerLease::take(folderAt(dir.path()), QStringLiteral("the target"));
        QVERIFY(!lease);
        QCOMPARE(lease.error().code, SyncEngine::targetBusy);
        QVERIFY2(lease.error().message.contains(QStringLiteral("lab-pc"))
                         && lease.error().message.contains(QStringLiteral("4242"))
                         && lease.error().message.contains(QStringLiteral("the target")),
                 qPrintable(lease.error().message));
        QCOMPARE(readFile(dir.filePath(lockName)), theirs);
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    void aLockSilentForFiveMinutesIsTakenOver()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(lockName), lockNaming(QStringLiteral("lab-pc"), 4242), 6));
        const Result<std::unique_ptr<ServerLease>> lease
                = ServerLease::take(folderAt(dir.path()), QStringLiteral("the target"));
        QVERIFY2(lease, qPrintable(lease ? QString() : lease.error().message));
        QCOMPARE(ServerLease::holderOf(readFile(dir.filePath(lockName))).host,
                 QSysInfo::machineHostName());
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    void aLockOfAProcessOfThisComputerThatEndedIsTakenOverAtOnce()
    {
        const qint64 ended = endedProcess();
        QVERIFY(ended > 0);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(lockName), lockNaming(QSysInfo::machineHostName(), ended)));
        const Result<std::unique_ptr<ServerLease>> lease
                = ServerLease::take(folderAt(dir.path()), QStringLiteral("the target"));
        QVERIFY2(lease, qPrintable(lease ? QString() : lease.error().message));

        // One of a process that still runs (here: the parent of this test) waits.
        QTemporaryDir other;
        QVERIFY(writeFile(other.filePath(lockName),
                          lockNaming(QSysInfo::machineHostName(), qint64(::getppid()))));
        QVERIFY(!ServerLease::take(folderAt(other.path()), QStringLiteral("the target")));
    }

    void aHeldLeaseIsRenewedAndALeaseTakenOverIsLeftToItsHolder()
    {
        QTemporaryDir dir;
        LeaseTiming timing;
        timing.refresh = 10ms;
        std::optional<Result<std::unique_ptr<ServerLease>>> lease
                = ServerLease::take(folderAt(dir.path()), QStringLiteral("the target"), timing);
        QVERIFY(*lease);
        const qint64 taken = QFileInfo(dir.filePath(lockName)).size();
        QTRY_VERIFY(QFileInfo(dir.filePath(lockName)).size() > taken);

        // Another computer took it over (this one was cut off for too long): not removed.
        const QByteArray theirs = lockNaming(QStringLiteral("lab-pc"), 4242);
        QVERIFY(QFile::remove(dir.filePath(lockName)));
        QVERIFY(writeFile(dir.filePath(lockName), theirs));
        lease.reset();
        QCOMPARE(readFile(dir.filePath(lockName)), theirs);
    }

    // Whole runs: a drive to a folder on a real server that another computer is writing to.
    void aRunToAServerAnotherComputerWritesToEndsTargetBusyAndChangesNothing()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::SshdServer server;
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        QTemporaryDir place;
        const auto [source, onServer, serverLock, job] = driveToServer(server, place);
        QVERIFY(writeFile(serverLock, lockNaming(QStringLiteral("lab-pc"), 4242)));
        SyncReport report = runSync(job, [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, SyncEngine::targetBusy);
        QVERIFY2(report.message.contains(QStringLiteral("lab-pc")), qPrintable(report.message));
        QVERIFY(!QFileInfo::exists(onServer + QStringLiteral("/a.txt")));

        // Once that computer has been silent for five minutes, the lock is taken over.
        QVERIFY(writeFile(serverLock, lockNaming(QStringLiteral("lab-pc"), 4242), 6));
        report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(readFile(onServer + QStringLiteral("/a.txt")), QByteArray("a"));
        // And the run leaves no lock behind.
        QVERIFY(!QFileInfo::exists(serverLock));
        QCOMPARE(leftovers(onServer + QStringLiteral("/.letthatsyncin")), QStringList());
    }

    // A run that trusts its index and has nothing to write asks the server only whether the
    // target is there (remote.md: "a local scan plus one cheap probe"): it takes no lease, so
    // another computer writing there meanwhile does not make it fail, and it leaves that
    // computer's lock alone. A run with a change to make still meets the lock and changes
    // nothing. Expired versions still go once a day when no run writes.
    void aRunWithNothingToWriteTakesNoLease()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::SshdServer server;
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        QTemporaryDir place;
        const auto [source, onServer, serverLock, job] = driveToServer(server, place);
        SyncReport report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));

        // Another computer writes there now; an expired version waits to go.
        const QByteArray theirs = lockNaming(QStringLiteral("lab-pc"), 4242);
        QVERIFY(writeFile(serverLock, theirs));
        const QString expired = onServer + QStringLiteral("/.letthatsyncin/versions/")
                                + QString::fromLatin1(VersionStore::stampOf(
                                        QDateTime::currentDateTimeUtc().addDays(-400)))
                                + QStringLiteral("/b.txt");
        QVERIFY(writeFile(expired, "b"));
        TargetIndex(job.indexFile).setVersionsPruned(QDateTime::currentDateTimeUtc());
        report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.unchanged, 1);
        QCOMPARE(readFile(serverLock), theirs);
        QVERIFY(QFileInfo::exists(expired));

        // A day after the last removal of expired versions, a run with nothing else to do
        // removes them, under the lease: it meets the other computer's lock.
        TargetIndex(job.indexFile).setVersionsPruned(QDateTime::currentDateTimeUtc().addDays(-1));
        report = runSync(job, [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, SyncEngine::targetBusy);
        QVERIFY(QFileInfo::exists(expired));

        // A change to make meets it too, and changes nothing.
        TargetIndex(job.indexFile).setVersionsPruned(QDateTime::currentDateTimeUtc());
        QVERIFY(writeFile(source + QStringLiteral("/a.txt"), "changed", 1));
        report = runSync(job, [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, SyncEngine::targetBusy);
        QCOMPARE(readFile(onServer + QStringLiteral("/a.txt")), QByteArray("a"));
        QCOMPARE(readFile(serverLock), theirs);
        QCOMPARE(leftovers(onServer + QStringLiteral("/.letthatsyncin")), QStringList());
        QCOMPARE(test::leftoverTemporaries(onServer), QStringList());

        // Once the other computer is done, the change goes, and so do the expired versions.
        QVERIFY(QFile::remove(serverLock));
        TargetIndex(job.indexFile).setVersionsPruned(QDateTime::currentDateTimeUtc().addDays(-1));
        report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(readFile(onServer + QStringLiteral("/a.txt")), QByteArray("changed"));
        QVERIFY(!QFileInfo::exists(expired));
        QVERIFY(!QFileInfo::exists(serverLock));
        QCOMPARE(leftovers(onServer + QStringLiteral("/.letthatsyncin")), QStringList());
    }
};

LTS_TEST_MAIN(TestServerLease)
#include "tst_serverlease.moc"
