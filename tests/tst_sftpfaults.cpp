// Runs to a folder on an SFTP server when the way there fails, through the whole engine against
// a real OpenSSH sshd on loopback: a connection cut in the middle of a large upload (through a
// proxy that cuts at a byte count, so the cut falls mid-file without any timing), a server
// whose disk is full (a small tmpfs the server writes to), and a server 10 ms of round trip
// away (a delaying proxy) where a no-op run with the target's index lists no folder on the
// server (counted on the server's side, with inotify); the target's index against that real
// server: a change made there behind its back found only by a verify run, and a damaged index
// rebuilt from a full listing.
#include "folderopens.h"
#include "locationfactory.h"
#include "sftpfs.h"
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
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <libssh/libssh.h>

using namespace lts;
using test::bytes;
using test::filesIn;
using test::temporariesIn;
using test::write;
using namespace std::chrono_literals;

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
    // The content of the file `name` of the server's folder, as its disk has it.
    QByteArray onDisk(const QByteArray &name) const
    {
        QFile file(onServer(QFile::decodeName(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Trusts the server's key at `port`: as the user trusted it, reached that way.
    void trustIn(const Place &place, quint16 port) const
    {
        QDir().mkpath(place.config());
        write(knownHostsFile(place.config()),
              "[127.0.0.1]:" + QByteArray::number(port) + ' ' + m_server->hostPublicKey() + '\n');
    }

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         SyncMode mode = SyncMode::Mirror)
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        drive.mode = mode;
        RemoteAccess access;
        access.configFolder = place.config();
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    static SyncReport run(const SyncJob &job)
    {
        return runSync(job, [] { return false; });
    }

    // Three folders of four files and one at the top, in the place's local folder "s".
    static QString indexedTree(const Place &place)
    {
        const QString source = place.local(QStringLiteral("s"));
        for (const QString &folder :
             { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c/deep") }) {
            for (int i = 0; i < 4; ++i)
                write(source + u'/' + folder + QStringLiteral("/f%1.txt").arg(i),
                      QFile::encodeName(folder) + QByteArray::number(i));
        }
        write(source + QStringLiteral("/top.txt"), "top");
        return source;
    }

    // Two runs: the first lists the server and makes the index, the second goes through it.
    static void syncTwice(const SyncJob &job, const QString &source, const QString &targetDisk)
    {
        QVERIFY(!job.indexFile.isEmpty());
        SyncReport report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 13);
        report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
        QVERIFY(QFile::exists(job.indexFile));
    }

    // Writes `content` to the file at `path` with the modification time `time`: as another
    // program on the server would.
    static void writeWithTime(const QString &path, const QByteArray &content, const QDateTime &time)
    {
        write(path, content);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
    }

    // The server reached at `port`, its key trusted in `config`.
    fsops::SshEndpoint endpointAt(quint16 port, const QTemporaryDir &config) const
    {
        fsops::SshEndpoint endpoint;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = port;
        endpoint.user = m_server->user();
        endpoint.identityFile = m_server->clientKey();
        endpoint.knownHostsFile = config.filePath(QStringLiteral("known_hosts"));
        endpoint.userKnownHostsFile = config.filePath(QStringLiteral("user_known_hosts"));
        endpoint.configFile = config.filePath(QStringLiteral("ssh_config"));
        endpoint.useAgent = false;
        endpoint.useDefaultKeys = false;
        return endpoint;
    }

    // Writes `content` to a new file `name` of `folder` in pieces of 1 MiB, as a copy does.
    static Result<void> writeFile(const fsops::Folder &folder, const QByteArray &name,
                                  const QByteArray &content)
    {
        Result<std::unique_ptr<fsops::FileWriter>> writer = folder.createFile(name);
        if (!writer)
            return writer.error();
        constexpr qsizetype piece = 1024 * 1024;
        for (qsizetype at = 0; at < content.size(); at += piece) {
            const std::int64_t size = std::min(piece, content.size() - at);
            if (Result<void> written = (*writer)->write(content.constData() + at, size); !written)
                return written;
        }
        fsops::Stat stat;
        stat.mtimeSec = 1700000000;
        stat.mode = 0644;
        return (*writer)->finish(stat, false, false);
    }

    // The whole content of `name` of `folder`, read as a copy does.
    static Result<QByteArray> readFile(const fsops::Folder &folder, const QByteArray &name)
    {
        Result<std::unique_ptr<fsops::FileReader>> reader = folder.openFile(name);
        if (!reader)
            return reader.error();
        QByteArray content;
        QByteArray piece(1024 * 1024, Qt::Uninitialized);
        for (;;) {
            Result<std::int64_t> n = (*reader)->read(piece.data(), piece.size());
            if (!n)
                return n.error();
            if (*n == 0)
                return content;
            content.append(piece.constData(), *n);
        }
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
        // Another size: rewritten within the second of the first copy, a file of the same size
        // would look unchanged (times are compared to the second).
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i),
                  "newer " + QByteArray::number(i));
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

    // The network drops in the middle of a download from the server: whatever the run then
    // does (it connects again, or the server stays away), each file under its name on this
    // computer is the old one or the new one in full, and the next run completes and leaves no
    // temporary behind.
    void aConnectionCutInTheMiddleOfADownloadTearsNothing_data()
    {
        QTest::addColumn<bool>("staysAway");
        QTest::newRow("the connection comes back") << false;
        QTest::newRow("the server stays away until the next run") << true;
    }
    void aConnectionCutInTheMiddleOfADownloadTearsNothing()
    {
        QFETCH(bool, staysAway);
        test::TcpProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        Place place;
        trustIn(place, proxy.port());
        const QString sourceDisk = onServer(nextFolder());
        const QString source = sftp(sourceDisk, proxy.port());
        const QString target = place.local(QStringLiteral("t"));
        const QByteArray oldBig = bytes(4 * 1024 * 1024, 'o');
        const QByteArray newBig = bytes(16 * 1024 * 1024, 'n');
        write(sourceDisk + QStringLiteral("/big.bin"), oldBig);
        for (int i = 0; i < 5; ++i)
            write(sourceDisk + QStringLiteral("/small/s%1.txt").arg(i),
                  "old " + QByteArray::number(i));
        SyncReport report = run(jobOf(place, source, target));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(target);
        QCOMPARE(before, filesIn(sourceDisk));

        write(sourceDisk + QStringLiteral("/big.bin"), newBig);
        // Another size: rewritten within the second of the first copy, a file of the same size
        // would look unchanged (times are compared to the second).
        for (int i = 0; i < 5; ++i)
            write(sourceDisk + QStringLiteral("/small/s%1.txt").arg(i),
                  "newer " + QByteArray::number(i));
        const QMap<QString, QByteArray> after = filesIn(sourceDisk);
        const int connectionsBefore = proxy.connections();
        // A quarter into the new file: well inside it, whatever went before.
        proxy.cutAfterDownload(newBig.size() / 4, staysAway);
        report = run(jobOf(place, source, target));
        QCOMPARE(proxy.cuts(), 1);
        if (staysAway) {
            QCOMPARE(report.result, RunResult::Failure);
            QCOMPARE(report.code, QStringLiteral("Unreachable"));
            QVERIFY(report.unavailable);
        } else {
            QVERIFY2(report.result == RunResult::Success,
                     qPrintable(runResultName(report.result) + u' ' + report.message));
            QCOMPARE(report.updated, 6);
            QVERIFY(proxy.connections() > connectionsBefore + 1); // it connected again
        }
        QMap<QString, QByteArray> cut = filesIn(target);
        for (const QString &temporary : temporariesIn(target))
            cut.remove(temporary);
        QCOMPARE(cut.keys(), after.keys());
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            QVERIFY2(it.value() == before.value(it.key()) || it.value() == after.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is torn: %1 bytes").arg(it->size())));
        }
        if (report.result == RunResult::Success) {
            QCOMPARE(cut, after);
            QCOMPARE(temporariesIn(target), QStringList());
        }

        proxy.refuseConnections(false);
        report = run(jobOf(place, source, target));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(filesIn(target), after);
        QCOMPARE(temporariesIn(target), QStringList());
    }

    // Move from the server: a file whose copy cannot be committed here (its folder is
    // read-only) stays on the server; the files that were committed are moved.
    void aMoveFromTheServerKeepsAFileWhoseCopyFailed()
    {
        Place place;
        trustIn(place, m_server->port());
        const QString sourceDisk = onServer(nextFolder());
        const QString source = sftp(sourceDisk, m_server->port());
        const QString target = place.local(QStringLiteral("t"));
        write(sourceDisk + QStringLiteral("/top.txt"), "top");
        write(sourceDisk + QStringLiteral("/locked/a.txt"), "only copy");
        QVERIFY(QDir().mkpath(target + QStringLiteral("/locked")));
        QFile locked(target + QStringLiteral("/locked"));
        const QFileDevice::Permissions writable = locked.permissions();
        QVERIFY(locked.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto unlock = qScopeGuard([&] { locked.setPermissions(writable); });
        if (QFileInfo(target + QStringLiteral("/locked")).isWritable())
            QSKIP("root may write everywhere: no folder here refuses a file");

        SyncReport report = run(jobOf(place, source, target, SyncMode::Move));
        QVERIFY2(report.result == RunResult::Partial || report.result == RunResult::Failure,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QCOMPARE(filesIn(sourceDisk),
                 (QMap<QString, QByteArray>{ { QStringLiteral("locked/a.txt"), "only copy" } }));
        QCOMPARE(filesIn(target),
                 (QMap<QString, QByteArray>{ { QStringLiteral("top.txt"), "top" } }));

        // Writable again: the next run moves it.
        QVERIFY(locked.setPermissions(writable));
        report = run(jobOf(place, source, target, SyncMode::Move));
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QVERIFY(filesIn(sourceDisk).isEmpty());
        QCOMPARE(filesIn(target).value(QStringLiteral("locked/a.txt")), QByteArray("only copy"));
    }

    // A server still away after the three reconnects is not looked for again by every call
    // that follows: they fail at once, and the run ends.
    void aServerGoneAfterTheReconnectsIsNotTriedAgainByEachCall()
    {
        test::TcpProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        QTemporaryDir config;
        const fsops::SshEndpoint endpoint = endpointAt(proxy.port(), config);
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

    // A large file written to a server 50 ms of round trip away arrives whole, and reads back
    // whole. Where libssh sends writes without waiting for each answer (0.11 and later), it
    // takes less than the round trips alone that a write at a time waits for (0.10's writes
    // take more, as they send the data too: 11 s here, against 3 s).
    void aLargeFileFarAwayGoesWithoutARoundTripPerWrite()
    {
        constexpr std::chrono::milliseconds delayEachWay = 25ms;
        test::TcpProxy proxy(m_server->port(), delayEachWay);
        QVERIFY(proxy.start());
        QTemporaryDir config;
        const fsops::SshEndpoint endpoint = endpointAt(proxy.port(), config);
        QVERIFY(fsops::SshSession::trust(endpoint, m_server->hostFingerprint()));
        SftpLocation location(endpoint, QFile::encodeName(m_server->directory()), {}, 1);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));

        const QByteArray content = bytes(32 * 1024 * 1024, 'w');
        const QByteArray name = QFile::encodeName(nextFolder()) + ".bin";
        QElapsedTimer took;
        took.start();
        const Result<void> written = writeFile(*root, name, content);
        const qint64 writing = took.elapsed();
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QVERIFY(onDisk(name) == content);
        const Result<QByteArray> read = readFile(*root, name);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QVERIFY(*read == content);

        // OpenSSH's server takes 255 KiB in one write: a write waiting for its answer pays a
        // round trip for each.
        const qint64 roundTripPerWrite
                = (content.size() / (255 * 1024)) * 2 * qint64(delayEachWay.count());
        qInfo("libssh %s: %lld MiB written in %lld ms; a round trip per write takes %lld ms",
              ssh_version(0), qlonglong(content.size() >> 20), qlonglong(writing),
              qlonglong(roundTripPerWrite));
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
        QVERIFY2(writing < roundTripPerWrite, qPrintable(QStringLiteral("%1 ms").arg(writing)));
#endif
    }

    // A file given up in the middle of a long upload (the copy failed or was left), with
    // writes still in flight: the file is removed, and the connection goes on working for the
    // next file, whose content is its own.
    void aFileGivenUpInTheMiddleIsRemovedAndTheConnectionGoesOn()
    {
        test::TcpProxy proxy(m_server->port(), 25ms);
        QVERIFY(proxy.start());
        QTemporaryDir config;
        const fsops::SshEndpoint endpoint = endpointAt(proxy.port(), config);
        QVERIFY(fsops::SshSession::trust(endpoint, m_server->hostFingerprint()));
        // One connection: the next file goes over the same one.
        SftpLocation location(endpoint, QFile::encodeName(m_server->directory()), {}, 1);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));

        const QByteArray left = QFile::encodeName(nextFolder()) + ".left";
        {
            Result<std::unique_ptr<fsops::FileWriter>> writer = root->createFile(left);
            QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
            const QByteArray piece = bytes(1024 * 1024, 'l');
            for (int i = 0; i < 8; ++i)
                QVERIFY((*writer)->write(piece.constData(), piece.size()));
        }
        QVERIFY(!QFileInfo::exists(onServer(QFile::decodeName(left))));

        const QByteArray next = QFile::encodeName(nextFolder()) + ".next";
        const QByteArray content = bytes(3 * 1024 * 1024 + 5, 'n');
        const Result<void> written = writeFile(*root, next, content);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        QVERIFY(onDisk(next) == content);
        const Result<std::vector<fsops::Entry>> listed = root->list();
        QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
    }

    // Other calls on the connection of a file being read and of one being written, between
    // their reads and writes (the pool lends a connection to whoever needs one while a file's
    // handle holds it): the answers to the file's requests in flight are not lost to them, and
    // the file reads and writes on, whole, without waiting for a deadline.
    void callsBetweenAFilesReadsAndWritesOnItsConnectionLoseNothing()
    {
        test::TcpProxy proxy(m_server->port(), 5ms);
        QVERIFY(proxy.start());
        QTemporaryDir config;
        fsops::SshEndpoint endpoint = endpointAt(proxy.port(), config);
        endpoint.operationTimeout = 20s; // the copy is done long before, unless it waits for it
        QVERIFY(fsops::SshSession::trust(endpoint, m_server->hostFingerprint()));
        SftpLocation location(endpoint, QFile::encodeName(m_server->directory()), {}, 1);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        const QByteArray content = bytes(6 * 1024 * 1024 + 7, 'r');
        const QByteArray name = QFile::encodeName(nextFolder()) + ".bin";
        write(onServer(QFile::decodeName(name)), content);

        QElapsedTimer took;
        took.start();
        Result<std::unique_ptr<fsops::FileReader>> reader = root->openFile(name);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        const QByteArray copy = QFile::encodeName(nextFolder()) + ".copy";
        Result<std::unique_ptr<fsops::FileWriter>> writer = root->createFile(copy);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
        QByteArray piece(1024 * 1024, Qt::Uninitialized);
        QByteArray read;
        for (;;) {
            Result<std::int64_t> n = (*reader)->read(piece.data(), piece.size());
            QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
            if (*n == 0)
                break;
            read.append(piece.constData(), *n);
            QVERIFY((*writer)->write(piece.constData(), *n));
            // Another call on the same connection.
            const Result<std::vector<fsops::Entry>> listed = root->list();
            QVERIFY2(listed, qPrintable(listed ? QString() : listed.error().message));
        }
        fsops::Stat stat;
        stat.mtimeSec = 1700000000;
        stat.mode = 0644;
        const Result<void> finished = (*writer)->finish(stat, false, false);
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
        QVERIFY(read == content);
        QVERIFY(onDisk(copy) == content);
        QVERIFY2(took.elapsed() < 15000, qPrintable(QStringLiteral("%1 ms").arg(took.elapsed())));
    }

    // A run cancelled in the middle of a large upload to a server 10 ms away, with writes in
    // flight, ends at once, Cancelled; the next run completes and leaves no temporary file.
    void aRunCancelledInTheMiddleOfALargeUploadEndsAtOnce()
    {
        test::TcpProxy proxy(m_server->port(), 5ms);
        QVERIFY(proxy.start());
        Place place;
        trustIn(place, proxy.port());
        const QString source = place.local(QStringLiteral("s"));
        const QByteArray big = bytes(64 * 1024 * 1024, 'c');
        write(source + QStringLiteral("/big.bin"), big);
        const QString targetDisk = onServer(nextFolder());
        SyncJob job = jobOf(place, source, sftp(targetDisk, proxy.port()));
        const CancelToken cancel = job.cancel;
        QFuture<SyncReport> running = QtConcurrent::run(
                [job, cancel] { return runSync(job, [cancel] { return cancel.isCanceled(); }); });
        QTRY_VERIFY_WITH_TIMEOUT(proxy.bytesUp() > 8 * 1024 * 1024 || running.isFinished(), 60000);
        QVERIFY2(!running.isFinished(), "the upload ended before it was cancelled");
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 20000);
        QVERIFY2(sinceCancel.elapsed() < 5000,
                 qPrintable(QStringLiteral("%1 ms").arg(sinceCancel.elapsed())));
        const SyncReport cancelled = running.result();
        QVERIFY2(cancelled.result == RunResult::Cancelled,
                 qPrintable(runResultName(cancelled.result) + u' ' + cancelled.message));
        QVERIFY(filesIn(targetDisk).value(QStringLiteral("big.bin")).isEmpty());

        const SyncReport again = run(jobOf(place, source, sftp(targetDisk, proxy.port())));
        QVERIFY2(again.result == RunResult::Success, qPrintable(again.message));
        QVERIFY(filesIn(targetDisk).value(QStringLiteral("big.bin")) == big);
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // The server's disk fills up: the run stops with Remote Full and says so, every file in the
    // target is as it was or new in full, nothing the run would delete is gone, and it leaves
    // no temporary behind.
    void aFullServerDiskEndsTheRunRemoteFull()
    {
        if (const QString why = test::whyNoSmallDisks(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
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
    // The target's index against the real server. A file changed on the server behind the
    // index's back (another program wrote it) is not seen by a run that trusts the index, and
    // is found and put right by a run told to verify, which lists every folder and makes the
    // index again.
    void aChangeOnTheServerIsFoundOnlyByAVerifyRun()
    {
        Place place;
        trustIn(place, m_server->port());
        const QString source = indexedTree(place);
        const QString targetDisk = onServer(nextFolder());
        const SyncJob job = jobOf(place, source, sftp(targetDisk, m_server->port()));
        syncTwice(job, source, targetDisk);

        const QByteArray changed = "changed on the server, longer than before";
        const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-3);
        writeWithTime(targetDisk + QStringLiteral("/b/f2.txt"), changed, before);
        test::FolderOpens opens(targetDisk);
        QVERIFY(opens.isValid());
        SyncReport report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QVERIFY2(opens.opened().isEmpty(), "a run that trusts the index listed the server");
        QCOMPARE(filesIn(targetDisk).value(QStringLiteral("b/f2.txt")), changed);

        SyncJob verify = job;
        verify.verify = true;
        report = run(verify);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.added + report.deleted, 0);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
        const QStringList listed = opens.opened();
        for (const QString &folder : { QStringLiteral("."), QStringLiteral("a"),
                                       QStringLiteral("b"), QStringLiteral("c/deep") })
            QVERIFY2(listed.contains(folder), qPrintable(listed.join(u' ')));

        // The index was made again from that listing: trusted again.
        report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QVERIFY2(opens.opened().isEmpty(), "the index made by the verify run was not used");
    }

    // A damaged index file is never trusted: the run lists the server in full (and so finds
    // what changed there behind the index), puts the target right, and makes a new index.
    void aDamagedIndexIsRebuiltFromAFullListing_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("garbage") << false;
        QTest::newRow("truncated") << true;
    }
    void aDamagedIndexIsRebuiltFromAFullListing()
    {
        QFETCH(bool, truncate);
        Place place;
        trustIn(place, m_server->port());
        const QString source = indexedTree(place);
        const QString targetDisk = onServer(nextFolder());
        const SyncJob job = jobOf(place, source, sftp(targetDisk, m_server->port()));
        syncTwice(job, source, targetDisk);

        QVERIFY(job.indexFile.startsWith(place.data() + QStringLiteral("/index/")));
        QFile index(job.indexFile);
        QVERIFY(index.exists());
        if (truncate) {
            QVERIFY(index.resize(index.size() / 2));
        } else {
            QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(index.write(QByteArray(50'000, 'g')), 50'000);
            index.close();
        }
        // Behind the damaged index's back: a file changed and one removed on the server.
        writeWithTime(targetDisk + QStringLiteral("/a/f1.txt"), "changed on the server, longer",
                      QDateTime::currentDateTimeUtc().addDays(-3));
        QVERIFY(QFile::remove(targetDisk + QStringLiteral("/c/deep/f3.txt")));

        test::FolderOpens opens(targetDisk);
        QVERIFY(opens.isValid());
        SyncReport report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.added, 1);
        QCOMPARE(report.deleted, 0);
        QCOMPARE(filesIn(targetDisk), filesIn(source));
        const QStringList listed = opens.opened();
        for (const QString &folder : { QStringLiteral("."), QStringLiteral("a"),
                                       QStringLiteral("b"), QStringLiteral("c/deep") })
            QVERIFY2(listed.contains(folder), qPrintable(listed.join(u' ')));

        // The new index is whole: the next run goes through it.
        report = run(job);
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QVERIFY2(opens.opened().isEmpty(), "the rebuilt index was not used");
    }

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
