// Drives whose source or target is on an SFTP server, as a user writes them
// ("sftp://user@host:port/path?key=..."), run by the engine against a real OpenSSH sshd on
// loopback: every mode from this computer to the server, back, and from one server folder to
// another; a server whose key is not trusted, or changed; a refused login; a server that is not
// there; a run cancelled while the server stops answering. Through the service: a drive refused
// for the key waits for the user.
#include "controllerfixture.h"
#include "drivecodec.h"
#include "locationfactory.h"
#include "schedule.h"
#include "sftpplace.h"
#include "sshdserver.h"
#include "syncengine.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <atomic>

using namespace lts;
using test::bytes;
using test::filesIn;
using test::write;

namespace {

enum class Direction { ToServer, FromServer, BetweenServerFolders };

} // namespace

class TestSftpDrives : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    QTemporaryDir m_home; // HOME: the real ~/.ssh is never read
    int m_serial = 0;

    using Place = test::SftpPlace;

    // The location of `folder` (below the server's directory) as a user writes it.
    QString sftp(const QString &folder, const test::SshdServer &server, bool withKey = true) const
    {
        QString location = QStringLiteral("sftp://%1@127.0.0.1:%2%3")
                                   .arg(server.user())
                                   .arg(server.port())
                                   .arg(server.directory() + u'/' + folder);
        if (withKey)
            location += QStringLiteral("?key=") + server.clientKey();
        return location;
    }
    QString onServer(const QString &folder) const { return m_server->directory() + u'/' + folder; }

    static void trustIn(const Place &place, const test::SshdServer &server)
    {
        QDir().mkpath(place.config());
        write(knownHostsFile(place.config()), server.knownHostsLine());
    }

    static RemoteAccess accessOf(const Place &place)
    {
        RemoteAccess access;
        access.configFolder = place.config();
        return access;
    }

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         SyncMode mode = SyncMode::Mirror, RemoteAccess access = {})
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        drive.mode = mode;
        if (access.configFolder.isEmpty())
            access = accessOf(place);
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    QString nextFolder() { return QStringLiteral("f%1").arg(++m_serial); }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        m_server = std::make_unique<test::SshdServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->whyNot()));
    }

    void everyModeToTheServerBackAndBetweenItsFolders_data()
    {
        QTest::addColumn<SyncMode>("mode");
        QTest::addColumn<Direction>("direction");
        for (const auto &[modeName, mode] :
             { std::pair{ "Mirror", SyncMode::Mirror }, std::pair{ "Update", SyncMode::Update },
               std::pair{ "Move", SyncMode::Move } }) {
            QTest::addRow("%s, to the server", modeName) << mode << Direction::ToServer;
            QTest::addRow("%s, from the server", modeName) << mode << Direction::FromServer;
            QTest::addRow("%s, between server folders", modeName)
                    << mode << Direction::BetweenServerFolders;
        }
    }
    void everyModeToTheServerBackAndBetweenItsFolders()
    {
        QFETCH(SyncMode, mode);
        QFETCH(Direction, direction);
        Place place;
        trustIn(place, *m_server);
        // Where the files are written, as the test sees them on this machine's disk.
        const QString sourceFolder = nextFolder(), targetFolder = nextFolder();
        const QString sourceDisk = direction == Direction::ToServer ? place.local(sourceFolder)
                                                                    : onServer(sourceFolder);
        const QString targetDisk = direction == Direction::FromServer ? place.local(targetFolder)
                                                                      : onServer(targetFolder);
        const QString source
                = direction == Direction::ToServer ? sourceDisk : sftp(sourceFolder, *m_server);
        const QString target
                = direction == Direction::FromServer ? targetDisk : sftp(targetFolder, *m_server);

        write(sourceDisk + QStringLiteral("/a.txt"), "first");
        write(sourceDisk + QStringLiteral("/sub/big.bin"), bytes(700 * 1024, 3));
        write(sourceDisk + QStringLiteral("/sub/deeper/c.txt"), "c");
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        {
            QFile a(sourceDisk + QStringLiteral("/a.txt"));
            QVERIFY(a.open(QIODevice::ReadWrite));
            QVERIFY(a.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QMap<QString, QByteArray> first = filesIn(sourceDisk);

        SyncReport report = runSync(jobOf(place, source, target, mode), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 3);
        QCOMPARE(filesIn(targetDisk), first);
        QCOMPARE(QFileInfo(targetDisk + QStringLiteral("/a.txt")).lastModified().toSecsSinceEpoch(),
                 old.toSecsSinceEpoch());
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());
        else
            QCOMPARE(filesIn(sourceDisk), first);

        // A change, a new file, and a file gone from the source.
        write(sourceDisk + QStringLiteral("/a.txt"), "second, longer");
        write(sourceDisk + QStringLiteral("/new.txt"), "new");
        QFile::remove(sourceDisk + QStringLiteral("/sub/deeper/c.txt"));
        const QMap<QString, QByteArray> second = filesIn(sourceDisk);

        report = runSync(jobOf(place, source, target, mode), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QMap<QString, QByteArray> expected = first;
        for (auto it = second.cbegin(); it != second.cend(); ++it)
            expected.insert(it.key(), it.value());
        if (mode == SyncMode::Mirror)
            expected.remove(QStringLiteral("sub/deeper/c.txt"));
        QCOMPARE(filesIn(targetDisk), expected);
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());

        // Nothing changed: nothing copied.
        report = runSync(jobOf(place, source, target, mode), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        // No temporary file is left on either side.
        for (const QString &root : { sourceDisk, targetDisk }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QVERIFY2(!path.contains(QStringLiteral(".lts-")), qPrintable(path));
            }
        }
    }

    void anUnknownHostKeyIsRefusedAndNothingIsWritten()
    {
        Place place; // its known_hosts does not exist
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const QString folder = nextFolder();
        const QString target = sftp(folder, *m_server);

        const SyncReport report = runSync(jobOf(place, sourceDisk, target), [] { return false; });
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Host Key Unknown"));
        QVERIFY2(report.message.contains(m_server->hostFingerprint()), qPrintable(report.message));
        QVERIFY(report.untrustedKey.has_value());
        QCOMPARE(report.untrustedKey->fingerprint, m_server->hostFingerprint());
        QCOMPARE(report.untrustedKey->type, QStringLiteral("ssh-ed25519"));
        QCOMPARE(report.untrustedLocation, target);
        QVERIFY(!report.unavailable);
        QVERIFY(!QFileInfo::exists(onServer(folder)));
        QVERIFY(!QFileInfo::exists(knownHostsFile(place.config())));
    }

    void aChangedHostKeyIsRefusedWithBothFingerprints()
    {
        test::SshdServer server; // its own: its key changes
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        trustIn(place, server);
        const QString before = server.hostFingerprint();
        QVERIFY(server.replaceHostKey());
        QVERIFY(server.restart(true));
        const QString after = server.hostFingerprint();
        QVERIFY(before != after);

        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const SyncReport report = runSync(
                jobOf(place, sftp(QStringLiteral("t"), server), sourceDisk), [] { return false; });
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Host Key Changed"));
        QVERIFY(report.untrustedKey.has_value());
        QCOMPARE(report.untrustedKey->fingerprint, after);
        QCOMPARE(report.untrustedKey->previous, before);
        QCOMPARE(filesIn(sourceDisk).size(), 1); // the local folder is untouched
    }

    void aRefusedLoginFailsAndIsNeverRetriedByItself()
    {
        Place place;
        trustIn(place, *m_server);
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        // No key: HOME has none, there is no agent, and no password is stored.
        const SyncReport report
                = runSync(jobOf(place, sourceDisk, sftp(nextFolder(), *m_server, false)),
                          [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        QVERIFY(!report.unavailable);
        QVERIFY(!schedule::isRetried(report.result, report.code));
    }

    void aServerThatIsNotThereLeavesTheDriveUnavailable()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const QString target = QStringLiteral("sftp://127.0.0.1:%1/x").arg(closedPort);
        const SyncReport report = runSync(jobOf(place, sourceDisk, target), [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Unreachable"));
        QVERIFY(report.unavailable);
        QVERIFY(schedule::isRetried(report.result, report.code));
    }

    // The connection checker: a drive whose server does not answer ends Unavailable, is looked
    // for every minute without being run, and runs as soon
    // as the server answers again.
    void anUnreachableServerIsLookedForEveryMinuteAndRunsWhenItAnswers()
    {
        using namespace std::chrono_literals;
        test::SshdServer server; // its own: it is stopped and started again
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        test::ManualClock clock(QDateTime::currentDateTimeUtc());
        std::atomic<int> looks = 0;
        test::ControllerFixture fixture(test::ControllerFixture::Engine::Real,
                                        [&clock, &looks](SyncController::Environment &env) {
                                            env.clock = &clock;
                                            // The real look, counted.
                                            env.rootsAvailable = [&looks](const SyncJob &job) {
                                                ++looks;
                                                return SyncEngine::rootsAvailable(job);
                                            };
                                        });
        SyncController &controller = fixture.controller();
        write(knownHostsFile(fixture.configFolder()), server.knownHostsLine());
        write(fixture.folder(QStringLiteral("pi-source")) + QStringLiteral("/a.txt"), "a");
        QSignalSpy started(&controller, &SyncController::syncStarted);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        const auto runtime
                = [&controller] { return controller.model().runtime(QStringLiteral("pi")); };
        const auto nextMinute = [&clock, &controller] {
            clock.advance(1min);
            controller.scheduler().tick();
        };

        server.stop(); // the Raspberry Pi is switched off
        fixture.addDrive(QStringLiteral("pi"),
                         { { QStringLiteral("Target"), sftp(QStringLiteral("pi"), server) },
                           { QStringLiteral("Units"), QStringLiteral("Days") } });
        controller.start(); // a drive that never ran runs at once
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(runtime().lastResult == RunResult::Failure);
        QCOMPARE(runtime().code, QStringLiteral("Unreachable"));
        QCOMPARE(runtime().status, DriveStatus::Unavailable);
        const int looksBefore = looks;

        // Every minute it is looked for, in the background; looking is not running.
        nextMinute();
        QTRY_COMPARE_WITH_TIMEOUT(looks.load(), looksBefore + 1, 30000);
        nextMinute();
        QTRY_COMPARE_WITH_TIMEOUT(looks.load(), looksBefore + 2, 30000);
        QCOMPARE(started.size(), 1);
        QCOMPARE(runtime().status, DriveStatus::Unavailable);

        // Switched on again, on its address: the next look finds it, and the drive runs.
        QVERIFY2(server.restart(true), qPrintable(server.whyNot()));
        nextMinute();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QCOMPARE(started.size(), 2);
        QCOMPARE(looks.load(), looksBefore + 3);
        QVERIFY2(runtime().lastResult == RunResult::Success, qPrintable(runtime().message));
        QCOMPARE(runtime().status, DriveStatus::Idle);
        QCOMPARE(filesIn(server.directory() + QStringLiteral("/pi")),
                 (QMap<QString, QByteArray>{ { QStringLiteral("a.txt"), "a" } }));
    }

    // A run whose server stops answering in the middle of a copy ends at once when it is
    // cancelled: its sockets are closed, no call waits for the server's deadline.
    void aCancelledRunClosesItsConnectionsAtOnce()
    {
        test::SshdServer server; // its own: its connections are frozen
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        trustIn(place, server);
        const QString sourceDisk = place.local(QStringLiteral("s"));
        for (int i = 0; i < 4; ++i)
            write(sourceDisk + QStringLiteral("/big%1.bin").arg(i),
                  bytes(8 * 1024 * 1024, char(i)));
        RemoteAccess access = accessOf(place);
        access.networkTimeout = std::chrono::minutes(5);
        SyncJob job = jobOf(place, sourceDisk, sftp(QStringLiteral("t"), server), SyncMode::Mirror,
                            access);
        std::atomic_bool copying = false;
        job.onProgress = [&copying](const SyncProgress &progress) {
            if (progress.bytesDone > 0)
                copying = true;
        };
        const CancelToken cancel = job.cancel;
        QFuture<SyncReport> run = QtConcurrent::run(
                [job, cancel] { return runSync(job, [cancel] { return cancel.isCanceled(); }); });
        QTRY_VERIFY_WITH_TIMEOUT(copying || run.isFinished(), 60000);
        QVERIFY2(!run.isFinished(), "the copy ended before the server was stopped");
        server.freezeConnections(true);
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 20000);
        server.freezeConnections(false);
        QVERIFY2(sinceCancel.elapsed() < 20000, "the run waited for the server");
        const SyncReport report = run.result();
        QVERIFY2(report.result == RunResult::Cancelled,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
    }

    // The checks of a drive and the editor look at a folder on a server by connecting, on the
    // prober's threads: there, listed, with the server's free space; one not there yet is made
    // by the first run.
    void theProberLooksAtAFolderOnTheServer()
    {
        test::ControllerFixture fixture(test::ControllerFixture::Engine::Real);
        write(knownHostsFile(fixture.configFolder()), m_server->knownHostsLine());
        const QString folder = nextFolder();
        write(onServer(folder) + QStringLiteral("/a.txt"), "a");

        QFuture<LocationProbe> there = fixture.controller().prober().probe(sftp(folder, *m_server));
        QTRY_VERIFY_WITH_TIMEOUT(there.isFinished(), 30000);
        QVERIFY(there.result().answered());
        const LocationFacts facts = there.result().value;
        QVERIFY(facts.exists && facts.isFolder && facts.readable);
        QVERIFY(facts.bytesAvailable > 0 && facts.bytesTotal >= facts.bytesAvailable);
        QCOMPARE(facts.volume, QStringLiteral("sftp://127.0.0.1:%1").arg(m_server->port()));

        QFuture<LocationProbe> missing
                = fixture.controller().prober().probe(sftp(nextFolder(), *m_server));
        QTRY_VERIFY_WITH_TIMEOUT(missing.isFinished(), 30000);
        QVERIFY(missing.result().answered());
        QVERIFY(!missing.result().value.exists);
        QVERIFY(missing.result().value.parentIsFolder);

        // A drive from that folder on the server is taken, and runs.
        QSignalSpy finished(&fixture.controller(), &SyncController::syncFinished);
        fixture.addDrive(QStringLiteral("pull"),
                         { { QStringLiteral("Source"), sftp(folder, *m_server) } });
        QVERIFY(fixture.controller().syncNow(QStringLiteral("pull")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(fixture.controller().model().runtime(QStringLiteral("pull")).lastResult,
                 RunResult::Success);
        QCOMPARE(filesIn(fixture.folder(QStringLiteral("pull-target")))
                         .value(QStringLiteral("a.txt")),
                 QByteArray("a"));
    }

    // A drive whose server is not trusted yet (or does not answer) is taken: nothing is known
    // of its folders until the user trusts the key, and its first run says so.
    void aDriveOnAServerNotTrustedYetIsTaken()
    {
        test::ControllerFixture fixture(test::ControllerFixture::Engine::Real);
        const QString folder = nextFolder();
        write(onServer(folder) + QStringLiteral("/a.txt"), "a");
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        const QJsonObject notTrusted{
            { QStringLiteral("Name"), QStringLiteral("untrusted") },
            { QStringLiteral("Source"), sftp(folder, *m_server) },
            { QStringLiteral("Target"), fixture.folder(QStringLiteral("t1")) },
        };
        const QJsonObject notThere{
            { QStringLiteral("Name"), QStringLiteral("away") },
            { QStringLiteral("Source"), fixture.folder(QStringLiteral("s2")) },
            { QStringLiteral("Target"), QStringLiteral("sftp://127.0.0.1:%1/x").arg(closedPort) },
        };
        QFuture<QList<DriveVerdict>> added = fixture.controller().addDrivesLater(
                { DriveCodec::decode(notTrusted), DriveCodec::decode(notThere) });
        QTRY_VERIFY_WITH_TIMEOUT(added.isFinished(), 30000);
        for (const DriveVerdict &verdict : added.result())
            QVERIFY2(verdict.accepted(), qPrintable(verdict.errors.value(0).message));

        // Once the server is trusted, a source folder that is not there is refused, as on a disk.
        write(knownHostsFile(fixture.configFolder()), m_server->knownHostsLine());
        const QJsonObject missing{
            { QStringLiteral("Name"), QStringLiteral("missing") },
            { QStringLiteral("Source"), sftp(nextFolder(), *m_server) },
            { QStringLiteral("Target"), fixture.folder(QStringLiteral("t3")) },
        };
        QFuture<QList<DriveVerdict>> refused
                = fixture.controller().addDrivesLater({ DriveCodec::decode(missing) });
        QTRY_VERIFY_WITH_TIMEOUT(refused.isFinished(), 30000);
        QVERIFY(!refused.result().constFirst().accepted());
        QCOMPARE(refused.result().constFirst().errors.constFirst().code,
                 QStringLiteral("Invalid Source Path"));
        QVERIFY2(refused.result().constFirst().errors.constFirst().message.contains(
                         QStringLiteral("does not exist")),
                 qPrintable(refused.result().constFirst().errors.constFirst().message));
    }

    // Two runs of this computer never write to one folder on a server at once.
    void aFolderOnAServerHasOneWriterAtATime()
    {
        Place place;
        trustIn(place, *m_server);
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const QString target = sftp(nextFolder(), *m_server);
        const SyncJob job = jobOf(place, sourceDisk, target);
        QVERIFY(!job.remoteLockFile.isEmpty());
        QVERIFY(QDir().mkpath(QFileInfo(job.remoteLockFile).absolutePath()));
        QLockFile other(job.remoteLockFile);
        QVERIFY(other.tryLock(0));
        SyncReport report = runSync(job, [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Target Busy"));
        other.unlock();
        report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
    }

    // Through the service: the refused drive keeps the key for the user, signals it once, and
    // is not run again by the schedule.
    void aDriveRefusedForAKeyWaitsForTheUser()
    {
        test::ControllerFixture fixture(test::ControllerFixture::Engine::Real);
        SyncController &controller = fixture.controller();
        QSignalSpy trustNeeded(&controller, &SyncController::trustNeeded);
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        const QString target = sftp(nextFolder(), *m_server);
        write(fixture.folder(QStringLiteral("pi-source")) + QStringLiteral("/a.txt"), "a");
        fixture.addDrive(QStringLiteral("pi"), { { QStringLiteral("Target"), target } });
        QVERIFY(controller.syncNow(QStringLiteral("pi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        QCOMPARE(trustNeeded.size(), 1);
        const TrustWanted trust = trustNeeded.at(0).at(1).value<TrustWanted>();
        QCOMPARE(trust.location, target);
        QCOMPARE(trust.key.fingerprint, m_server->hostFingerprint());
        const DriveRuntime runtime = controller.model().runtime(QStringLiteral("pi"));
        QVERIFY(runtime.trust.has_value());
        QCOMPARE(runtime.trust->key.fingerprint, m_server->hostFingerprint());
        QCOMPARE(runtime.code, QStringLiteral("Host Key Unknown"));
        // No time to run again: the schedule waits for the user.
        QVERIFY(!controller.scheduler().nextRun(QStringLiteral("pi")).isValid());

        // Trusted: the next run the user starts goes through, and the Trust field is gone.
        write(knownHostsFile(fixture.configFolder()), m_server->knownHostsLine());
        QVERIFY(controller.syncNow(QStringLiteral("pi")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const DriveRuntime after = controller.model().runtime(QStringLiteral("pi"));
        QVERIFY2(after.lastResult == RunResult::Success, qPrintable(after.message));
        QVERIFY(!after.trust.has_value());
        QVERIFY(controller.scheduler().nextRun(QStringLiteral("pi")).isValid());
        QCOMPARE(trustNeeded.size(), 1);
    }
};

LTS_TEST_MAIN(TestSftpDrives)
#include "tst_sftpdrives.moc"
