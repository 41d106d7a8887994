// Runs to a folder on an SFTP server when the way there fails, through the whole engine against
// a real OpenSSH sshd on loopback: a connection cut in the middle of a large upload (through a
// proxy that cuts at a byte count, so the cut falls mid-file without any timing), a server
// whose disk is full (a small tmpfs the server writes to), and a server 10 ms of round trip
// away (a delaying proxy) where a no-op run with the target's index lists no folder on the
// server (counted on the server's side, with inotify).
#include "folderopens.h"
#include "locationfactory.h"
#include "sftpfs.h"
#include "sftpplace.h"
#include "smalldisk.h"
#include "sshdserver.h"
#include "syncengine.h"
#include "tcpproxy.h"
#include "temporarynames.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lts;
using test::bytes;
using test::filesIn;
using test::write;
using namespace std::chrono_literals;

namespace {

// The temporaries of copies (temporarynames.h) anywhere below `root`, the application's own
// folder included.
QStringList temporariesIn(const QString &root)
{
    QStringList found;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (isTemporaryName(QFile::encodeName(it.fileName())))
            found.append(QDir(root).relativeFilePath(path));
    }
    return found;
}

} // namespace

class TestSftpFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    QTemporaryDir m_home; // HOME: the real ~/.ssh is never read
    int m_serial = 0;

    using Place = test::SftpPlace;

    // The location of the folder `path` (absolute, on this machine's disk, which the server
    // serves) reached at `port` (the server's, or a proxy's in front of it).
    QString sftp(const QString &path, quint16 port) const
    {
        return QStringLiteral("sftp://%1@127.0.0.1:%2%3?key=%4")
                .arg(m_server->user())
                .arg(port)
                .arg(path, m_server->clientKey());
    }
    QString onServer(const QString &folder) const { return m_server->directory() + u'/' + folder; }
    QString nextFolder() { return QStringLiteral("f%1").arg(++m_serial); }

    // Trusts the server's key at `port`: as the user trusted it, reached that way.
    void trustIn(const Place &place, quint16 port) const
    {
        QDir().mkpath(place.config());
        write(knownHostsFile(place.config()),
              "[127.0.0.1]:" + QByteArray::number(port) + ' ' + m_server->hostPublicKey() + '\n');
    }

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target)
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        drive.mode = SyncMode::Mirror;
        RemoteAccess access;
        access.configFolder = place.config();
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    static SyncReport run(const SyncJob &job)
    {
        return runSync(job, [] { return false; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("SSH_AUTH_SOCK");
        m_server = std::make_unique<test::SshdServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->whyNot()));
    }

    // The network drops while a large file is being written over an older one: whatever the
    // run then does (it connects again, or the server stays away), the file under its name is
    // the old one or the new one in full, and the next run completes and cleans up.
    void aConnectionCutInTheMiddleOfAnUploadTearsNothing_data()
    {
        QTest::addColumn<bool>("staysAway");
        QTest::newRow("the connection comes back") << false;
        QTest::newRow("the server stays away until the next run") << true;
    }
    void aConnectionCutInTheMiddleOfAnUploadTearsNothing()
    {
        QFETCH(bool, staysAway);
        test::TcpProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        Place place;
        trustIn(place, proxy.port());
        const QString source = place.local(QStringLiteral("s"));
        const QString targetDisk = onServer(nextFolder());
        const QString target = sftp(targetDisk, proxy.port());
        const QByteArray oldBig = bytes(4 * 1024 * 1024, 'o');
        const QByteArray newBig = bytes(16 * 1024 * 1024, 'n');
        write(source + QStringLiteral("/big.bin"), oldBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i), "old " + QByteArray::number(i));
        SyncReport report = run(jobOf(place, source, target));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(targetDisk);
        QCOMPARE(before.value(QStringLiteral("big.bin")), oldBig);

        write(source + QStringLiteral("/big.bin"), newBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i), "new " + QByteArray::number(i));
        const QMap<QString, QByteArray> after = filesIn(source);
        // A quarter into the new file: well inside it, whatever went before.
        proxy.cutAfterUpload(newBig.size() / 4, staysAway);
        report = run(jobOf(place, source, target));
        QCOMPARE(proxy.cuts(), 1);
        if (staysAway) {
            // After the reconnects, the server is as good as gone: the drive waits for it.
            QCOMPARE(report.result, RunResult::Failure);
            QCOMPARE(report.code, QStringLiteral("Unreachable"));
            QVERIFY(report.unavailable);
            QVERIFY2(report.message.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())),
                     qPrintable(report.message));
        } else {
            // The connection came back: the file the cut interrupted was written again.
            QString failed;
            for (const SyncEntry &entry : report.entries) {
                if (entry.action == SyncEntry::Action::Failed)
                    failed += QString::fromUtf8(entry.path) + u": " + entry.reason + u'\n';
            }
            QVERIFY2(report.result == RunResult::Success,
                     qPrintable(runResultName(report.result) + u' ' + report.message + u'\n'
                                + failed));
            QCOMPARE(report.updated, 6);
        }
        // Every file under its name is the old one or the new one, whole; temporaries the cut
        // left are the next run's to clean.
        QMap<QString, QByteArray> cut = filesIn(targetDisk);
        for (const QString &temporary : temporariesIn(targetDisk))
            cut.remove(temporary);
        QCOMPARE(cut.keys(), after.keys());
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            QVERIFY2(it.value() == before.value(it.key()) || it.value() == after.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is torn: %1 bytes").arg(it->size())));
        }
        if (report.result == RunResult::Success) {
            // It connected again and redid what the cut interrupted.
            QCOMPARE(cut, after);
            QCOMPARE(temporariesIn(targetDisk), QStringList());
        }

        proxy.refuseConnections(false);
        report = run(jobOf(place, source, target));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(filesIn(targetDisk), after);
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // A server still away after the three reconnects is not looked for again by every call
    // that follows: they fail at once, and the run ends.
    void aServerGoneAfterTheReconnectsIsNotTriedAgainByEachCall()
    {
        test::TcpProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        QTemporaryDir config;
        fsops::SshEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = proxy.port();
        endpoint.user = m_server->user();
        endpoint.identityFile = m_server->clientKey();
        endpoint.knownHostsFile = config.filePath(QStringLiteral("known_hosts"));
        endpoint.userKnownHostsFile = config.filePath(QStringLiteral("user_known_hosts"));
        endpoint.configFile = config.filePath(QStringLiteral("ssh_config"));
        endpoint.useAgent = false;
        endpoint.useDefaultKeys = false;
        QVERIFY(fsops::SshSession::trust(endpoint, m_server->hostFingerprint()));
        fsops::ReconnectPolicy quick;
        quick.firstDelay = 50ms;
        SftpLocation location(endpoint, QFile::encodeName(m_server->directory()), {}, 2, quick);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QVERIFY(root->list());

        proxy.cutAfterUpload(1, true); // the next request cuts, and nothing gets in after it
        Result<std::vector<fsops::Entry>> listed = root->list();
        QVERIFY(!listed);
        QCOMPARE(fsops::kindOf(listed.error()), fsops::ErrorKind::Unreachable);
        QCOMPARE(proxy.refused(), 3);
        for (int i = 0; i < 3; ++i) {
            Result<fsops::Stat> looked = root->stat("x");
            QVERIFY(!looked);
            QCOMPARE(fsops::kindOf(looked.error()), fsops::ErrorKind::Unreachable);
        }
        QCOMPARE(proxy.refused(), 3);
    }

    // The server's disk fills up: the run stops with Remote Full and says so, every file in the
    // target is as it was or new in full, nothing the run would delete is gone, and it leaves
    // no temporary behind.
    void aFullServerDiskEndsTheRunRemoteFull()
    {
        if (const QString why = test::whyNoSmallDisks(); !why.isEmpty())
            QSKIP(qPrintable(why));
        Place place;
        // sshd runs as this test's user, so it reaches the small disk where this test does.
        test::SmallDisk disk(place.local(QStringLiteral("small")), QStringLiteral("2m"));
        QVERIFY(disk.waitUntilMounted());
        trustIn(place, m_server->port());
        const QString source = place.local(QStringLiteral("s"));
        const QString targetDisk = disk.path() + QStringLiteral("/t");
        const QString target = sftp(targetDisk, m_server->port());
        const QByteArray oldDoc = bytes(200 * 1024, 'd');
        write(source + QStringLiteral("/doc.bin"), oldDoc);
        write(source + QStringLiteral("/gone.txt"), "deleted from the source later");
        SyncReport report = run(jobOf(place, source, target));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(targetDisk);
        QCOMPARE(before.size(), 2);

        // A new version that does not fit, one that does, and a deletion.
        write(source + QStringLiteral("/doc.bin"), bytes(3 * 1024 * 1024, 'e'));
        write(source + QStringLiteral("/note.txt"), "small");
        QVERIFY(QFile::remove(source + QStringLiteral("/gone.txt")));
        report = run(jobOf(place, source, target));
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Remote Full"));
        QVERIFY2(report.message.contains(u"full"), qPrintable(report.message));
        QVERIFY2(report.message.contains(QStringLiteral("sftp://")), qPrintable(report.message));
        QCOMPARE(SyncReport::protocolMessage(report.code, report.message),
                 QStringLiteral("Remote Full: ") + report.message);

        const QMap<QString, QByteArray> full = filesIn(targetDisk);
        QCOMPARE(full.value(QStringLiteral("doc.bin")), oldDoc);
        QCOMPARE(full.value(QStringLiteral("gone.txt")), before.value(QStringLiteral("gone.txt")));
        if (full.contains(QStringLiteral("note.txt")))
            QCOMPARE(full.value(QStringLiteral("note.txt")), QByteArray("small"));
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // 10 ms of round trip between this computer and the server: a few hundred small files are
    // copied, and a no-op run with the target's index lists no folder on the server.
    void manySmallFilesAndANoOpTenMillisecondsAway()
    {
        test::TcpProxy proxy(m_server->port(), 5ms);
        QVERIFY(proxy.start());
        Place place;
        trustIn(place, proxy.port());
        const QString source = place.local(QStringLiteral("s"));
        for (int i = 0; i < 300; ++i) {
            write(source + QStringLiteral("/d%1/f%2.txt").arg(i % 4).arg(i),
                  "file " + QByteArray::number(i));
        }
        const QString targetDisk = onServer(nextFolder());
        const SyncJob job = jobOf(place, source, sftp(targetDisk, proxy.port()));
        QVERIFY(!job.indexFile.isEmpty());
        SyncReport report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 300);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
        QVERIFY(proxy.connections() > 0); // it went through the proxy

        test::FolderOpens opens(targetDisk);
        QVERIFY(opens.isValid());
        report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QCOMPARE(report.unchanged, 300);
        const QStringList listedByNoOp = opens.opened();
        QVERIFY2(listedByNoOp.isEmpty(), qPrintable(listedByNoOp.join(u' ')));

        // The count is real: a run told to verify lists every folder on the server.
        SyncJob verify = job;
        verify.verify = true;
        report = run(verify);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QStringList listed = opens.opened();
        for (const QString &folder :
             { QStringLiteral("."), QStringLiteral("d0"), QStringLiteral("d3") })
            QVERIFY2(listed.contains(folder), qPrintable(listed.join(u' ')));
    }
};

LTS_TEST_MAIN(TestSftpFaults)
#include "tst_sftpfaults.moc"
