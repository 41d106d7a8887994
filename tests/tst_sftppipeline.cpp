// Small files to a folder on an SFTP server without a round trip each (sftppipeline.h),
// against a real OpenSSH sshd on loopback: the batch operations of the SFTP backend
// (Folder::writeFiles, Folder::renameFiles) as a user would check their outcome on the
// server's disk, and the whole engine through a proxy 10 ms away that counts the round trips,
// cuts the connection in the middle of a batch, or has the run cancelled while it waits; and
// a server whose disk fills up with the small files on their way.
#include "locationfactory.h"
#include "memoryfs.h"
#include "sftpfs.h"
#include "sftppipeline.h"
#include "sftpplace.h"
#include "smalldisk.h"
#include "sshdserver.h"
#include "syncengine.h"
#include "tcpproxy.h"
#include "temporaries.h"
#include "temporarynames.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>

using namespace lts;
using test::bytes;
using test::filesIn;
using test::temporariesIn;
using test::write;
using namespace std::chrono_literals;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

struct ::stat statOf(const QString &path)
{
    struct ::stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        info.st_mode = 0;
    return info;
}

fsops::Stat fileStat(std::int64_t size, std::int64_t mtime, std::uint16_t mode)
{
    fsops::Stat stat;
    stat.type = fsops::EntryType::File;
    stat.size = size;
    stat.mtimeSec = mtime;
    stat.mode = mode;
    return stat;
}

} // namespace

class TestSftpPipeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::SshdServer> m_server;
    QTemporaryDir m_home; // HOME: the real ~/.ssh is never read
    int m_serial = 0;

    using Place = test::SftpPlace;

    QString sftp(const QString &path, quint16 port) const
    {
        return QStringLiteral("sftp://%1@127.0.0.1:%2%3?key=%4")
                .arg(m_server->user())
                .arg(port)
                .arg(path, m_server->clientKey());
    }
    QString onServer(const QString &folder) const { return m_server->directory() + u'/' + folder; }
    QString nextFolder() { return QStringLiteral("p%1").arg(++m_serial); }

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

    // An endpoint of `server` at `port` whose host key is trusted, in `config`.
    static fsops::SshEndpoint endpointOf(const test::SshdServer &server, quint16 port,
                                         const QTemporaryDir &config)
    {
        fsops::SshEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        endpoint.user = server.user();
        endpoint.identityFile = server.clientKey();
        endpoint.knownHostsFile = config.filePath(QStringLiteral("known_hosts"));
        endpoint.userKnownHostsFile = config.filePath(QStringLiteral("user_known_hosts"));
        endpoint.configFile = config.filePath(QStringLiteral("ssh_config"));
        endpoint.useAgent = false;
        endpoint.useDefaultKeys = false;
        write(endpoint.knownHostsFile,
              "[127.0.0.1]:" + QByteArray::number(port) + ' ' + server.hostPublicKey() + '\n');
        return endpoint;
    }

    static QString why(const Result<void> &result)
    {
        return result ? QStringLiteral("ok") : result.error().code + u' ' + result.error().message;
    }

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

    // The answers the pipeline reads: well-formed ones give what they say; a short, overlong
    // or unknown one is refused (an error for the batch), whatever its bytes.
    void theAnswersAreReadOrRefusedNeverOverrun()
    {
        using fsops::sftp3::parseReply;
        const QByteArray status = QByteArray::fromHex("65"
                                                      "00000007"
                                                      "00000004"
                                                      "00000002"
                                                      "6e6f"
                                                      "00000000");
        std::optional<fsops::sftp3::Reply> reply = parseReply(status);
        QVERIFY(reply);
        QCOMPARE(reply->id, 7u);
        QCOMPARE(reply->status, 4u);
        reply = parseReply(QByteArray::fromHex("66"
                                               "00000009"
                                               "00000003"
                                               "616263"));
        QVERIFY(reply);
        QCOMPARE(reply->handle, QByteArray("abc"));
        // ATTRS: size, permissions (a regular file, 0640) and times.
        reply = parseReply(QByteArray::fromHex("69"
                                               "00000002"
                                               "0000000d"
                                               "0000000000000005"
                                               "000081a0"
                                               "00000001"
                                               "5f5e1000"));
        QVERIFY(reply && reply->attributes);
        QCOMPARE(reply->attributes->size, 5);
        QCOMPARE(reply->attributes->mode, std::uint16_t(0640));
        QCOMPARE(reply->attributes->mtimeSec, std::int64_t(1'600'000'000));
        QVERIFY(reply->attributes->type == fsops::EntryType::File);

        // Cut anywhere but after the code (a server before version 3 says no more).
        for (int cut = 0; cut < status.size(); ++cut)
            QVERIFY(!parseReply(status.left(cut)) == (cut != 9));
        QVERIFY(!parseReply(QByteArray::fromHex("66"
                                                "00000009"
                                                "00000004"
                                                "616263")));
        QVERIFY(!parseReply(QByteArray::fromHex("66"
                                                "00000009"
                                                "ffffffff"
                                                "616263")));
        QVERIFY(!parseReply(QByteArray::fromHex("66"
                                                "00000009"
                                                "00000000")));
        QVERIFY(!parseReply(QByteArray::fromHex("67"
                                                "00000001"
                                                "00000000"))); // DATA: not asked
        QVERIFY(!parseReply(QByteArray::fromHex("69"
                                                "00000002"
                                                "80000000"
                                                "ffffffff")));
        QVERIFY(!parseReply({}));
        // Every prefix of a well-formed ATTRS, and random bytes: no answer, no crash.
        const QByteArray attrs = QByteArray::fromHex("69"
                                                     "00000002"
                                                     "0000000d"
                                                     "0000000000000005"
                                                     "000081a0"
                                                     "00000001"
                                                     "5f5e1000");
        for (int cut = 0; cut < attrs.size(); ++cut)
            QVERIFY(!parseReply(attrs.left(cut)));
        std::uint32_t seed = 1;
        for (int i = 0; i < 20000; ++i) {
            QByteArray noise(int(seed % 40), Qt::Uninitialized);
            for (char &byte : noise) {
                seed = seed * 1664525u + 1013904223u;
                byte = char(seed >> 24);
            }
            if (i % 3 == 0 && !noise.isEmpty())
                noise[0] = char(101 + i % 5);
            (void)parseReply(noise);
        }
    }

    // A batch of new files in two folders: each is on the server whole, with its time and its
    // permission bits; a name already taken fails that file alone (the other file is left as
    // it was), and so does a folder the server refuses to write in.
    void aBatchWritesEachFileOrSaysWhyNot()
    {
        QTemporaryDir config;
        const QString disk = onServer(nextFolder());
        QVERIFY(QDir().mkpath(disk + QStringLiteral("/sub")));
        QVERIFY(QDir().mkpath(disk + QStringLiteral("/locked")));
        write(disk + QStringLiteral("/taken"), "the user's");
        QVERIFY(QFile::setPermissions(disk + QStringLiteral("/locked"),
                                      QFile::ReadOwner | QFile::ExeOwner));
        SftpLocation location(endpointOf(*m_server, m_server->port(), config),
                              QFile::encodeName(disk));
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        Result<fsops::Folder> sub = root->open("sub");
        Result<fsops::Folder> locked = root->open("locked");
        QVERIFY(sub && locked);

        const QByteArray big = bytes(60 * 1024, 'b');
        const std::vector<fsops::NewFile> files{
            { &*root, "a.txt", "alpha", fileStat(5, 1'600'000'000, 0640), true },
            { &*sub, "b.bin", big, fileStat(big.size(), 1'500'000'000, 0604), true },
            { &*root, "taken", "mine", fileStat(4, 1'600'000'000, 0644), true },
            { &*sub, "empty", {}, fileStat(0, 1'400'000'000, 0600), false },
            { &*locked, "no.txt", "no", fileStat(2, 1'600'000'000, 0644), true },
        };
        const std::vector<Result<void>> results = fsops::Folder::writeFiles(files, {});
        QCOMPARE(results.size(), files.size());
        QVERIFY2(results[0], qPrintable(why(results[0])));
        QVERIFY2(results[1], qPrintable(why(results[1])));
        QVERIFY2(results[3], qPrintable(why(results[3])));
        QVERIFY(!results[2]);
        QCOMPARE(fsops::kindOf(results[2].error()), fsops::ErrorKind::Exists);
        QVERIFY(!results[4]);
        QCOMPARE(fsops::kindOf(results[4].error()), fsops::ErrorKind::Denied);
        QVERIFY2(results[4].error().message.contains(QStringLiteral("/locked/no.txt")),
                 qPrintable(results[4].error().message));

        QCOMPARE(contentOf(disk + QStringLiteral("/a.txt")), QByteArray("alpha"));
        QCOMPARE(contentOf(disk + QStringLiteral("/sub/b.bin")), big);
        QCOMPARE(contentOf(disk + QStringLiteral("/sub/empty")), QByteArray());
        QCOMPARE(contentOf(disk + QStringLiteral("/taken")), QByteArray("the user's"));
        QVERIFY(!QFileInfo::exists(disk + QStringLiteral("/locked/no.txt")));
        const struct ::stat a = statOf(disk + QStringLiteral("/a.txt"));
        QCOMPARE(std::int64_t(a.st_mtime), std::int64_t(1'600'000'000));
        QCOMPARE(a.st_mode & 07777, 0640u);
        const struct ::stat b = statOf(disk + QStringLiteral("/sub/b.bin"));
        QCOMPARE(std::int64_t(b.st_mtime), std::int64_t(1'500'000'000));
        QCOMPARE(b.st_mode & 07777, 0604u);
        const struct ::stat empty = statOf(disk + QStringLiteral("/sub/empty"));
        QCOMPARE(std::int64_t(empty.st_mtime), std::int64_t(1'400'000'000));
        QCOMPARE(empty.st_mode & 07777, 0600u); // not set: as created
        QVERIFY(QFile::setPermissions(disk + QStringLiteral("/locked"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // 10 ms of round trip: 200 new small files cost a handful of waits for the server, not
    // five for each file (counted by the proxy: a client that speaks after the server did).
    void twoHundredSmallFilesTakeAHandfulOfRoundTrips()
    {
        test::TcpProxy proxy(m_server->port(), 5ms);
        QVERIFY(proxy.start());
        Place place;
        trustIn(place, proxy.port());
        const QString source = place.local(QStringLiteral("s"));
        for (int i = 0; i < 200; ++i)
            write(source + QStringLiteral("/d%1/f%2.txt").arg(i % 2).arg(i),
                  bytes(100 + i, char(i)));
        const QString targetDisk = onServer(nextFolder());
        SyncJob job = jobOf(place, source, sftp(targetDisk, proxy.port()));
        const SyncReport report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 200);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
        QCOMPARE(temporariesIn(targetDisk), QStringList());
        // Each of the 4 connections logs in, opens its channels, and the run looks at the
        // target, makes 2 folders and notes its temporaries: about 100 round trips. One by
        // one the files alone would take 1,000.
        qInfo("%d round trips", proxy.exchanges());
        QVERIFY2(proxy.exchanges() < 200, qPrintable(QString::number(proxy.exchanges())));
    }

    // The connection is cut in the middle of a batch of small files being replaced: every file
    // under its name is the old one or the new one, whole; the run connects again and redoes
    // what the cut interrupted, and leaves no temporary.
    void aCutInTheMiddleOfABatchTearsNothing()
    {
        test::TcpProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        Place place;
        trustIn(place, proxy.port());
        const QString source = place.local(QStringLiteral("s"));
        for (int i = 0; i < 200; ++i)
            write(source + QStringLiteral("/f%1.txt").arg(i), bytes(2000, char(i)));
        const QString targetDisk = onServer(nextFolder());
        SyncJob job = jobOf(place, source, sftp(targetDisk, proxy.port()));
        job.versions = 0; // the replaced files are renamed over at once (posix-rename)
        SyncReport report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(targetDisk);

        for (int i = 0; i < 200; ++i)
            write(source + QStringLiteral("/f%1.txt").arg(i), bytes(3000, char(i + 1)));
        const QMap<QString, QByteArray> after = filesIn(source);
        proxy.cutAfterUpload(300 * 1000); // half the new files' bytes
        report = runSync(job, [] { return false; });
        QCOMPARE(proxy.cuts(), 1);
        QMap<QString, QByteArray> cut = filesIn(targetDisk);
        for (const QString &temporary : temporariesIn(targetDisk))
            cut.remove(temporary);
        QCOMPARE(cut.keys(), after.keys());
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            QVERIFY2(it.value() == before.value(it.key()) || it.value() == after.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is torn: %1 bytes").arg(it->size())));
        }
        QVERIFY2(report.result == RunResult::Success,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QCOMPARE(report.updated, 200);
        QCOMPARE(cut, after);
        QCOMPARE(temporariesIn(targetDisk), QStringList());

        report = runSync(job, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.updated + report.added, 0);
        QCOMPARE(filesIn(targetDisk), after);
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // The server's disk fills up with small files on their way: the run stops with Remote
    // Full, and every file on the server is whole, none half written, no temporary left.
    void aFullServerDiskStopsTheSmallFilesRemoteFull()
    {
        if (const QString why = test::whyNoSmallDisks(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        Place place;
        test::SmallDisk disk(place.local(QStringLiteral("small")), QStringLiteral("2m"));
        QVERIFY(disk.waitUntilMounted());
        trustIn(place, m_server->port());
        const QString source = place.local(QStringLiteral("s"));
        for (int i = 0; i < 80; ++i)
            write(source + QStringLiteral("/f%1.bin").arg(i), bytes(40 * 1024, char(i)));
        const QString targetDisk = disk.path() + QStringLiteral("/t");
        SyncJob job = jobOf(place, source, sftp(targetDisk, m_server->port()));
        // The disk says it has room for all: only the server's writes find it full.
        job.testFaults.available = [] { return std::optional<std::int64_t>(1LL << 30); };
        const SyncReport report = runSync(job, [] { return false; });
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Remote Full"));
        QVERIFY2(report.message.contains(QStringLiteral("sftp://")), qPrintable(report.message));
        const QMap<QString, QByteArray> written = filesIn(targetDisk);
        const QMap<QString, QByteArray> all = filesIn(source);
        QVERIFY(!written.isEmpty());
        QVERIFY(written.size() < all.size());
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            QVERIFY2(it.value() == all.value(it.key()), qPrintable(it.key()));
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // A small source file that changes while it is read (written to in place, as a log is)
    // is read again: the server gets it as it is now, whole, never half old, half new.
    void aSourceChangedDuringTheReadIsReadAgain()
    {
        fsops::MemoryFileSystem memory;
        memory.putFile("/s/a.txt", "old a", 1'600'000'000);
        memory.putFile("/s/b.txt", "b", 1'600'000'000);
        Place place;
        trustIn(place, m_server->port());
        const QString targetDisk = onServer(nextFolder());
        SyncJob job = jobOf(place, place.local(QStringLiteral("unused")),
                            sftp(targetDisk, m_server->port()));
        job.sourceLocation = Location::inMemory(memory, "/s");
        memory.addFault(
                { fsops::MemoryFileSystem::Call::Read, "a.txt", fsops::ErrorKind::Io, 0, 1, true });
        QFuture<SyncReport> run
                = QtConcurrent::run([job] { return runSync(job, [] { return false; }); });
        QTRY_COMPARE_WITH_TIMEOUT(memory.hungCalls(), 1, 30000);
        Result<fsops::Folder> sourceRoot = memory.openRoot("/s");
        QVERIFY(sourceRoot);
        QVERIFY(sourceRoot->appendToFile("a.txt", " and more"));
        memory.releaseHangs();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 60000);
        const SyncReport report = run.result();
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 2);
        QCOMPARE(contentOf(targetDisk + QStringLiteral("/a.txt")), QByteArray("old a and more"));
        QCOMPARE(contentOf(targetDisk + QStringLiteral("/b.txt")), QByteArray("b"));
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // A batch waiting for a server that stopped answering returns at once, Cancelled, when
    // its location is cancelled: not at the deadline (here five minutes).
    void aCancelEndsAPipelinedWaitAtOnce()
    {
        test::SshdServer server; // its own: its connections are frozen
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        test::TcpProxy proxy(server.port());
        QVERIFY(proxy.start());
        QTemporaryDir config;
        fsops::SshEndpoint endpoint = endpointOf(server, proxy.port(), config);
        endpoint.operationTimeout = 5min;
        const QString disk = server.directory() + QStringLiteral("/c");
        QVERIFY(QDir().mkpath(disk));
        SftpLocation location(endpoint, QFile::encodeName(disk), {}, 1);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY(root);
        // The pipeline is open: the batch below only sends its requests and waits.
        QVERIFY(fsops::Folder::writeFiles({ { &*root, "first", "1", fileStat(1, 1, 0644), true } },
                                          {})
                        .front());

        std::vector<fsops::NewFile> files;
        for (int i = 0; i < 50; ++i)
            files.push_back(
                    { &*root, "f" + QByteArray::number(i), "x", fileStat(1, 1, 0644), true });
        server.freezeConnections(true);
        const qint64 sentBefore = proxy.bytesUp();
        QFuture<std::vector<Result<void>>> batch
                = QtConcurrent::run([&] { return fsops::Folder::writeFiles(files, {}); });
        QTRY_VERIFY_WITH_TIMEOUT(proxy.bytesUp() > sentBefore, 30000);
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        location.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(batch.isFinished(), 20000);
        server.freezeConnections(false);
        QVERIFY2(sinceCancel.elapsed() < 20000, "the batch waited for the server");
        for (const Result<void> &result : batch.result()) {
            QVERIFY(!result);
            QCOMPARE(fsops::kindOf(result.error()), fsops::ErrorKind::Cancelled);
        }
    }
};

LTS_TEST_MAIN(TestSftpPipeline)
#include "tst_sftppipeline.moc"
