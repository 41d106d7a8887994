// Drives whose source or target is on a WebDAV server, as a user writes them
// ("dav://user@host:port/path", the password from the credential store), run by the engine
// against real servers on loopback (rclone's, nginx's and Apache's, support/davserver.h): every
// mode from this computer to the server and back; a Digest login; a refused login; a server
// that goes away in the middle of an upload; a large file streamed to the server while it is
// read, and such an upload cancelled; a server whose certificate nothing vouches for, trusted
// (pinned) once checked, and refused again when it presents another.
#include "davserver.h"
#include "locationfactory.h"
#include "recorded.h"
#include "schedule.h"
#include "sftpplace.h"
#include "syncengine.h"
#include "tcpproxy.h"
#include "temporaries.h"
#include "temporarynames.h"
#include "testmain.h"
#include "trustedcertificates.h"
#include "webdavfs.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <atomic>
#include <map>
#include <memory>

using namespace lts;
using test::bytes;
using test::DavServer;
using test::filesIn;
using test::temporariesIn;
using test::write;

namespace {

enum class Direction { ToServer, FromServer };

// What the file at `path` holds; empty when it cannot be read.
QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A WebDAV server of a few lines on this thread (the backend's calls wait on a local event
// loop, which serves it): the root is a folder, nothing else is there, a PUT is taken and its
// request noted. For what no real server here does: take a file's time (X-OC-Mtime).
class RecordingDavServer : public QObject
{
public:
    RecordingDavServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> puts; // the head of every PUT

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        for (;;) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = pending.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (pending.size() < end + 4 + length)
                return;
            pending.remove(0, end + 4 + length);
            const QByteArray request = head.left(head.indexOf(' '));
            const QByteArray path = head.split(' ').value(1);
            QByteArray status = "404 Not Found";
            QByteArray body;
            if (request == "PROPFIND" && (path == "/" || path == "/t" || path == "/t/")) {
                status = "207 Multi-Status";
                body = "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response>"
                       "<d:href>/t/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/>"
                       "</d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
                       "</d:propstat></d:response></d:multistatus>";
            } else if (request == "PUT") {
                puts.append(head);
                status = "201 Created";
            }
            socket->write("HTTP/1.1 " + status + "\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace

Q_DECLARE_METATYPE(DavServer::Kind)
Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(std::optional<QByteArray>)

class TestWebDavDrives : public QObject
{
    Q_OBJECT

    // One server of each kind with a Basic login, and Apache asking for Digest.
    std::map<DavServer::Kind, std::unique_ptr<DavServer>> m_servers;
    std::unique_ptr<DavServer> m_digest;
    int m_serial = 0;

    using Place = test::SftpPlace;

    DavServer *server(DavServer::Kind kind, bool digest) const
    {
        if (digest)
            return m_digest.get();
        const auto found = m_servers.find(kind);
        return found == m_servers.end() ? nullptr : found->second.get();
    }

    // The location of `folder` (below the served directory) as a user writes it.
    static QString dav(const QString &folder, const DavServer &server, quint16 port = 0)
    {
        return QStringLiteral("dav://%1@127.0.0.1:%2/%3")
                .arg(server.user())
                .arg(port ? port : server.port())
                .arg(folder);
    }

    // The credential store as the engine asks it: the server's password under its key, or
    // `password` when given; every key asked is noted in `asked`.
    static RemoteAccess accessOf(const Place &place, std::optional<QByteArray> password,
                                 std::shared_ptr<test::Recorded<QString>> asked = {})
    {
        RemoteAccess access;
        access.configFolder = place.config();
        access.password = [password, asked](const QString &key) -> std::optional<QByteArray> {
            if (asked)
                asked->add(key);
            return password;
        };
        return access;
    }

    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         SyncMode mode, const RemoteAccess &access)
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        drive.mode = mode;
        return syncJobFor(drive, Settings{}, place.data(), access);
    }

    QString nextFolder() { return QStringLiteral("f%1").arg(++m_serial); }

    void serverOf(DavServer::Kind kind, DavServer *&found, bool digest = false)
    {
        found = server(kind, digest);
        if (!found)
            LTS_SKIP_WITHOUT_SERVER(DavServer::whyNot(kind));
    }

    // Every kind of server, its name in the rows.
    static std::vector<std::pair<const char *, DavServer::Kind>> kinds()
    {
        return { { "rclone", DavServer::Kind::Rclone },
                 { "nginx", DavServer::Kind::Nginx },
                 { "apache", DavServer::Kind::Apache } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const auto &[name, kind] : kinds()) {
            if (!DavServer::whyNot(kind).isEmpty())
                continue; // its rows skip, saying why
            auto started = std::make_unique<DavServer>(kind);
            QVERIFY2(started->start(), qPrintable(started->whyNot()));
            m_servers[kind] = std::move(started);
        }
        if (DavServer::whyNot(DavServer::Kind::Apache).isEmpty()) {
            // A password no file holds by chance, so that one holding it is told.
            m_digest = std::make_unique<DavServer>(DavServer::Kind::Apache, QStringLiteral("u"),
                                                   "Digest-s3cret-of-the-test");
            m_digest->useDigest();
            QVERIFY2(m_digest->start(), qPrintable(m_digest->whyNot()));
        }
    }

    void everyModeToTheServerAndBack_data()
    {
        QTest::addColumn<DavServer::Kind>("kind");
        QTest::addColumn<SyncMode>("mode");
        QTest::addColumn<Direction>("direction");
        for (const auto &[serverName, kind] : kinds()) {
            for (const auto &[modeName, mode] :
                 { std::pair{ "Mirror", SyncMode::Mirror }, std::pair{ "Update", SyncMode::Update },
                   std::pair{ "Move", SyncMode::Move } }) {
                QTest::addRow("%s, %s, to the server", serverName, modeName)
                        << kind << mode << Direction::ToServer;
                QTest::addRow("%s, %s, from the server", serverName, modeName)
                        << kind << mode << Direction::FromServer;
            }
        }
    }
    void everyModeToTheServerAndBack()
    {
        QFETCH(DavServer::Kind, kind);
        QFETCH(SyncMode, mode);
        QFETCH(Direction, direction);
        DavServer *at = nullptr;
        serverOf(kind, at);
        Place place;
        const auto asked = std::make_shared<test::Recorded<QString>>();
        const RemoteAccess access = accessOf(place, at->password(), asked);
        // Where the files are, as the test sees them on this machine's disk.
        const QString sourceFolder = nextFolder(), targetFolder = nextFolder();
        const QString served = at->directory() + u'/';
        const QString sourceDisk = direction == Direction::ToServer ? place.local(sourceFolder)
                                                                    : served + sourceFolder;
        const QString targetDisk = direction == Direction::FromServer ? place.local(targetFolder)
                                                                      : served + targetFolder;
        const QString source
                = direction == Direction::ToServer ? sourceDisk : dav(sourceFolder, *at);
        const QString target
                = direction == Direction::FromServer ? targetDisk : dav(targetFolder, *at);

        write(sourceDisk + QStringLiteral("/a.txt"), "first");
        write(sourceDisk + QStringLiteral("/sub/big.bin"), bytes(5 * 1024 * 1024 + 7, 3));
        write(sourceDisk + QStringLiteral("/sub/deeper/c.txt"), "c");
        write(sourceDisk + QStringLiteral("/name with spaces & 100%.txt"), "odd");
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        {
            QFile a(sourceDisk + QStringLiteral("/a.txt"));
            QVERIFY(a.open(QIODevice::ReadWrite));
            QVERIFY(a.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const QMap<QString, QByteArray> first = filesIn(sourceDisk);

        SyncReport report
                = runSync(jobOf(place, source, target, mode, access), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 4);
        QCOMPARE(filesIn(targetDisk), first);
        // From the server, a file keeps the time the server gives (here, the file's own); to
        // nginx, the file's own time goes with it.
        if (direction == Direction::FromServer || kind == DavServer::Kind::Nginx)
            QCOMPARE(QFileInfo(targetDisk + QStringLiteral("/a.txt"))
                             .lastModified()
                             .toSecsSinceEpoch(),
                     old.toSecsSinceEpoch());
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());
        else
            QCOMPARE(filesIn(sourceDisk), first);
        // The password was asked under the location's key.
        QVERIFY(!asked->all().isEmpty());
        QCOMPARE(asked->all().constFirst(), QStringLiteral("dav://u@127.0.0.1:%1").arg(at->port()));

        // A change, a new file, and a file gone from the source.
        write(sourceDisk + QStringLiteral("/a.txt"), "second, longer");
        write(sourceDisk + QStringLiteral("/new.txt"), "new");
        QFile::remove(sourceDisk + QStringLiteral("/sub/deeper/c.txt"));
        const QMap<QString, QByteArray> second = filesIn(sourceDisk);

        report = runSync(jobOf(place, source, target, mode, access), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QMap<QString, QByteArray> expected = first;
        for (auto it = second.cbegin(); it != second.cend(); ++it)
            expected.insert(it.key(), it.value());
        if (mode == SyncMode::Mirror)
            expected.remove(QStringLiteral("sub/deeper/c.txt"));
        QCOMPARE(filesIn(targetDisk), expected);
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());

        // Nothing changed: nothing copied (to the server, the index knows what it holds).
        report = runSync(jobOf(place, source, target, mode, access), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        // Listed in full, the files on the server are the ones copied, though rclone dates
        // them by their upload: the index stands in for their times, and nothing goes again.
        SyncJob verify = jobOf(place, source, target, mode, access);
        verify.verify = true;
        report = runSync(verify, [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        // No temporary file is left on either side.
        QCOMPARE(temporariesIn(sourceDisk), QStringList());
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    void aRefusedLoginFailsAndIsNeverRetriedByItself_data()
    {
        QTest::addColumn<DavServer::Kind>("kind");
        QTest::addColumn<bool>("digest");
        QTest::addColumn<std::optional<QByteArray>>("password");
        QTest::addColumn<QString>("why");
        const QString refused = QStringLiteral("refused the login of u");
        const QString noPassword = QStringLiteral("No password is stored");
        QTest::newRow("rclone, a wrong password") << DavServer::Kind::Rclone << false
                                                  << std::optional<QByteArray>("wrong") << refused;
        QTest::newRow("nginx, a wrong password")
                << DavServer::Kind::Nginx << false << std::optional<QByteArray>("wrong") << refused;
        QTest::newRow("nginx, no password stored")
                << DavServer::Kind::Nginx << false << std::optional<QByteArray>() << noPassword;
        QTest::newRow("apache, a wrong password") << DavServer::Kind::Apache << false
                                                  << std::optional<QByteArray>("wrong") << refused;
        QTest::newRow("apache, Digest, a wrong password")
                << DavServer::Kind::Apache << true << std::optional<QByteArray>("wrong") << refused;
        QTest::newRow("apache, Digest, no password stored")
                << DavServer::Kind::Apache << true << std::optional<QByteArray>() << noPassword;
    }
    void aRefusedLoginFailsAndIsNeverRetriedByItself()
    {
        QFETCH(DavServer::Kind, kind);
        QFETCH(bool, digest);
        QFETCH(std::optional<QByteArray>, password);
        QFETCH(QString, why);
        DavServer *at = nullptr;
        serverOf(kind, at, digest);
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const QString folder = nextFolder();
        const auto asked = std::make_shared<test::Recorded<QString>>();
        const SyncReport report = runSync(jobOf(place, sourceDisk, dav(folder, *at),
                                                SyncMode::Mirror, accessOf(place, password, asked)),
                                          [] { return false; });
        QVERIFY2(report.result == RunResult::Failure,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        QVERIFY2(report.message.contains(why), qPrintable(report.message));
        QVERIFY2(report.message.contains(QStringLiteral("127.0.0.1:%1").arg(at->port())),
                 qPrintable(report.message));
        QVERIFY(!report.unavailable);
        QVERIFY(!schedule::isRetried(report.result, report.code));
        // The login was tried once: the run stopped at the first refusal.
        QCOMPARE(asked->all().size(), 1);
        QVERIFY(!QFileInfo::exists(at->directory() + u'/' + folder));
    }

    // The server goes away in the middle of an upload and stays away: the run ends at once
    // with the drive unavailable, and every file under its name on the server is whole.
    void aServerGoneInTheMiddleOfARunTearsNothing_data()
    {
        QTest::addColumn<DavServer::Kind>("kind");
        for (const auto &[name, kind] : kinds())
            QTest::newRow(name) << kind;
    }
    void aServerGoneInTheMiddleOfARunTearsNothing()
    {
        QFETCH(DavServer::Kind, kind);
        DavServer *at = nullptr;
        serverOf(kind, at);
        test::TcpProxy proxy(at->port());
        QVERIFY(proxy.start());
        Place place;
        const RemoteAccess access = accessOf(place, at->password());
        const QString source = place.local(QStringLiteral("s"));
        const QString folder = nextFolder();
        const QString targetDisk = at->directory() + u'/' + folder;
        const QString target = dav(folder, *at, proxy.port());
        const QByteArray oldBig = bytes(4 * 1024 * 1024, 'o');
        const QByteArray newBig = bytes(16 * 1024 * 1024, 'n');
        write(source + QStringLiteral("/big.bin"), oldBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i), "old " + QByteArray::number(i));
        SyncReport report = runSync(jobOf(place, source, target, SyncMode::Mirror, access),
                                    [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(targetDisk);
        QCOMPARE(before.value(QStringLiteral("big.bin")), oldBig);

        write(source + QStringLiteral("/big.bin"), newBig);
        // Longer: on a server that keeps its own times, a file changed within the second of its
        // upload shows only by its size (docs/remote.md).
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i),
                  "newer " + QByteArray::number(i));
        const QMap<QString, QByteArray> after = filesIn(source);
        // A quarter into the new file, and then no connection gets through.
        proxy.cutAfterUpload(newBig.size() / 4, true);
        report = runSync(jobOf(place, source, target, SyncMode::Mirror, access),
                         [] { return false; });
        QCOMPARE(proxy.cuts(), 1);
        QCOMPARE(report.result, RunResult::Failure);
        QCOMPARE(report.code, QStringLiteral("Unreachable"));
        QVERIFY(report.unavailable);
        QVERIFY2(report.message.contains(QStringLiteral("127.0.0.1:%1").arg(proxy.port())),
                 qPrintable(report.message));
        QMap<QString, QByteArray> cut = filesIn(targetDisk);
        for (const QString &temporary : temporariesIn(targetDisk))
            cut.remove(temporary);
        QCOMPARE(cut.keys(), after.keys());
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            QVERIFY2(it.value() == before.value(it.key()) || it.value() == after.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is torn: %1 bytes").arg(it->size())));
        }

        // The server is back: the next run finishes the work and cleans what the cut left.
        proxy.refuseConnections(false);
        report = runSync(jobOf(place, source, target, SyncMode::Mirror, access),
                         [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QMap<QString, QByteArray> redone = filesIn(targetDisk);
        // nginx lists no name that starts with a dot (its dav-ext module skips them): the
        // temporaries the cut left are not seen by the next run, and stay (docs/remote.md).
        if (kind == DavServer::Kind::Nginx) {
            for (const QString &temporary : temporariesIn(targetDisk))
                redone.remove(temporary);
        }
        QCOMPARE(redone.keys().join(u' '), after.keys().join(u' '));
        for (auto it = redone.cbegin(); it != redone.cend(); ++it)
            QVERIFY2(it.value() == after.value(it.key()), qPrintable(it.key()));
        if (kind != DavServer::Kind::Nginx)
            QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // A server that asks for a Digest login (Apache's) gets one with the stored password, both
    // ways, and the password is in no file the application writes.
    void aDigestLoginSendsTheStoredPassword()
    {
        DavServer *at = nullptr;
        serverOf(DavServer::Kind::Apache, at, true);
        Place place;
        const auto asked = std::make_shared<test::Recorded<QString>>();
        const RemoteAccess access = accessOf(place, at->password(), asked);
        const QString source = place.local(QStringLiteral("s"));
        const QString back = place.local(QStringLiteral("back"));
        const QString folder = nextFolder();
        write(source + QStringLiteral("/a.txt"), "alpha");
        write(source + QStringLiteral("/sub/name with spaces & 100%.bin"), bytes(300000, 5));
        const QMap<QString, QByteArray> files = filesIn(source);

        SyncReport report
                = runSync(jobOf(place, source, dav(folder, *at), SyncMode::Mirror, access),
                          [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message + at->log()));
        QCOMPARE(filesIn(at->directory() + u'/' + folder), files);
        report = runSync(jobOf(place, dav(folder, *at), back, SyncMode::Mirror, access),
                         [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message + at->log()));
        QCOMPARE(filesIn(back), files);
        QVERIFY(!asked->all().isEmpty());
        QCOMPARE(asked->all().constFirst(), QStringLiteral("dav://u@127.0.0.1:%1").arg(at->port()));
        // Every file of the test's place: the application's configuration, data (the index,
        // the history) and what it copied.
        QStringList written;
        QDirIterator it(place.dir.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            written.append(file);
            QVERIFY2(!contentOf(file).contains(at->password()), qPrintable(file));
        }
        QVERIFY2(written.filter(place.data() + u'/').size() > 0, qPrintable(written.join(u' ')));
    }

    // A large file goes to the server while it is written: what the engine wrote has left this
    // computer (through a proxy that counts it) before the file is finished, so the upload holds
    // a few MiB whatever the file's size, not the whole file. Its content and (nginx) its time
    // arrive whole, after the login the look before it made.
    void aLargeFileGoesToTheServerWhileItIsWritten_data()
    {
        QTest::addColumn<DavServer::Kind>("kind");
        QTest::newRow("rclone") << DavServer::Kind::Rclone;
        QTest::newRow("nginx") << DavServer::Kind::Nginx;
    }
    void aLargeFileGoesToTheServerWhileItIsWritten()
    {
        QFETCH(DavServer::Kind, kind);
        DavServer *at = nullptr;
        serverOf(kind, at);
        test::TcpProxy proxy(at->port());
        QVERIFY(proxy.start());
        const QString folder = nextFolder();
        QVERIFY(QDir().mkpath(at->directory() + u'/' + folder));
        fsops::DavEndpoint endpoint;
        endpoint.tls = false;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = proxy.port();
        endpoint.user = at->user();
        endpoint.password = [password = at->password()] { return std::optional(password); };
        endpoint.path = '/' + folder.toUtf8();
        WebDavLocation location(endpoint);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));

        constexpr qint64 mib = 1 << 20;
        const QByteArray content = bytes(64 * mib + 5, 9);
        fsops::Stat source;
        source.type = fsops::EntryType::File;
        source.size = content.size();
        source.mtimeSec = 1'500'000'000;
        Result<std::unique_ptr<fsops::FileWriter>> writer
                = root->impl().createFileFor("big.bin", source);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
        std::unique_ptr<fsops::FileWriter> file = std::move(writer).value();
        const qint64 before = proxy.bytesUp(); // the looks so far
        // What may be on its way and not yet through the proxy: Qt's buffers and the kernel's of
        // both sockets (loopback: 4 MiB to send, up to 32 MiB to receive while the proxy's thread
        // waits for a core); less than the file, which the spooled upload held whole.
        constexpr qint64 inFlight = 40 * mib;
        qint64 written = 0;
        while (written < content.size()) {
            const qint64 n = std::min<qint64>(mib, content.size() - written);
            const Result<void> sent = file->write(content.constData() + written, n);
            QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
            written += n;
            QVERIFY2(proxy.bytesUp() - before >= written - inFlight,
                     qPrintable(QStringLiteral("%1 MiB written, %2 MiB sent")
                                        .arg(written / mib)
                                        .arg((proxy.bytesUp() - before) / mib)));
        }
        // Unfinished, the file has gone out but for what the buffers hold.
        QTRY_VERIFY2(proxy.bytesUp() - before >= content.size(),
                     qPrintable(QString::number(proxy.bytesUp() - before)));
        const Result<void> finished = file->finish(source, false, false);
        QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
        file.reset();
        const QString onDisk = at->directory() + u'/' + folder + QStringLiteral("/big.bin");
        QVERIFY(contentOf(onDisk) == content);
        if (kind == DavServer::Kind::Nginx)
            QCOMPARE(QFileInfo(onDisk).lastModified().toSecsSinceEpoch(), source.mtimeSec);

        // A file that grows during its copy brings more than announced: refused, and nothing
        // is under its name (nginx keeps an unfinished upload aside).
        fsops::Stat smaller = source;
        smaller.size = 8 * mib;
        writer = root->impl().createFileFor("grew.bin", smaller);
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
        file = std::move(writer).value();
        Result<void> sent;
        for (qint64 offset = 0; sent && offset < 9 * mib; offset += mib)
            sent = file->write(content.constData() + offset, mib);
        QVERIFY(!sent);
        QVERIFY2(sent.error().message.contains(QStringLiteral("changed while it was sent")),
                 qPrintable(sent.error().message));
        QVERIFY2(sent.error().message.contains(folder + QStringLiteral("/grew.bin")),
                 qPrintable(sent.error().message));
        file.reset();
        // rclone keeps what it took while it notices the abort, and refuses its DELETE then;
        // under the engine's temporary name, the next run removes it.
        if (kind == DavServer::Kind::Nginx)
            QVERIFY(!QFileInfo::exists(at->directory() + u'/' + folder
                                       + QStringLiteral("/grew.bin")));
    }

    // A run cancelled in the middle of a large file's streamed upload: the file is not under
    // its name, and the next run copies it whole and leaves no temporary behind.
    void aStreamedUploadCancelledInTheMiddleLeavesNothing_data()
    {
        QTest::addColumn<DavServer::Kind>("kind");
        QTest::newRow("rclone") << DavServer::Kind::Rclone;
        QTest::newRow("nginx") << DavServer::Kind::Nginx;
    }
    void aStreamedUploadCancelledInTheMiddleLeavesNothing()
    {
        QFETCH(DavServer::Kind, kind);
        DavServer *at = nullptr;
        serverOf(kind, at);
        test::TcpProxy proxy(at->port());
        QVERIFY(proxy.start());
        Place place;
        const RemoteAccess access = accessOf(place, at->password());
        const QString source = place.local(QStringLiteral("s"));
        const QString folder = nextFolder();
        const QString targetDisk = at->directory() + u'/' + folder;
        const QByteArray big = bytes(64 * 1024 * 1024, 'b');
        write(source + QStringLiteral("/big.bin"), big);
        write(source + QStringLiteral("/small.txt"), "small");
        SyncJob job
                = jobOf(place, source, dav(folder, *at, proxy.port()), SyncMode::Mirror, access);
        const CancelToken cancel = job.cancel;
        // The engine asks whether the run is cancelled every 8 MiB of a copy: once 16 MiB went
        // out, it waits there until this thread has cancelled (Location::cancel() from another
        // thread, while the upload is in flight), so the cancel comes in the middle of the file.
        auto waiting = std::make_shared<std::atomic_bool>(false);
        auto resume = std::make_shared<QSemaphore>();
        const auto canceled = [cancel, waiting, resume, &proxy] {
            if (!cancel.isCanceled() && proxy.bytesUp() > 16 * 1024 * 1024 && !*waiting) {
                *waiting = true;
                resume->acquire();
            }
            return cancel.isCanceled();
        };
        QFuture<SyncReport> run
                = QtConcurrent::run([job, canceled] { return runSync(job, canceled); });
        QTRY_VERIFY_WITH_TIMEOUT(*waiting || run.isFinished(), 60000);
        if (run.isFinished())
            QFAIL(qPrintable(QStringLiteral("the run ended before the cancel: ")
                             + run.result().message));
        cancel.cancel();
        resume->release();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 30000);
        SyncReport report = run.result();
        QVERIFY2(report.result == RunResult::Cancelled,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QVERIFY(!QFileInfo::exists(targetDisk + QStringLiteral("/big.bin")));

        report = runSync(
                jobOf(place, source, dav(folder, *at, proxy.port()), SyncMode::Mirror, access),
                [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QVERIFY(contentOf(targetDisk + QStringLiteral("/big.bin")) == big);
        QCOMPARE(contentOf(targetDisk + QStringLiteral("/small.txt")), QByteArray("small"));
        // No temporary of the large file is left. nginx lists no name that starts with a dot,
        // so the next run does not see what the cancelled one left of the small file (its
        // batch's temporary, docs/remote.md); rclone's are all gone.
        const QStringList left = temporariesIn(targetDisk);
        QCOMPARE(left.filter(QStringLiteral(".big.bin")), QStringList());
        if (kind == DavServer::Kind::Rclone)
            QCOMPARE(left, QStringList());
    }

    // The file's time goes with its upload, for the servers that take it (Nextcloud, ownCloud).
    void theFileTimeGoesWithTheUpload()
    {
        RecordingDavServer server;
        fsops::DavEndpoint endpoint;
        endpoint.tls = false;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = server.port();
        endpoint.path = "/t";
        WebDavLocation location(endpoint);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        Result<std::unique_ptr<fsops::FileWriter>> writer = root->createFile("photo.jpg");
        QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
        QVERIFY((*writer)->write("jpeg", 4));
        fsops::Stat stat;
        stat.type = fsops::EntryType::File;
        stat.mtimeSec = 1'500'000'000;
        QVERIFY((*writer)->finish(stat, false, false));
        QCOMPARE(server.puts.size(), 1);
        QVERIFY2(server.puts.constFirst().startsWith("PUT /t/photo.jpg "),
                 server.puts.constFirst().constData());
        QVERIFY2(server.puts.constFirst().contains("\r\nX-OC-Mtime: 1500000000\r\n"),
                 server.puts.constFirst().constData());
        // nginx takes it from the request's date.
        QVERIFY2(server.puts.constFirst().contains("\r\nDate: Fri, 14 Jul 2017 02:40:00 GMT\r\n"),
                 server.puts.constFirst().constData());
    }

    // A run cancelled while the server does not answer ends at once: cancel() aborts the
    // requests in flight, no call waits for the network timeout.
    void aCancelledRunEndsAtOnceWhileTheServerIsSilent()
    {
        // Takes the connection and never says a word (a server that hangs).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        RemoteAccess access = accessOf(place, QByteArray("p"));
        access.networkTimeout = std::chrono::minutes(5);
        SyncJob job = jobOf(place, sourceDisk,
                            QStringLiteral("dav://u@127.0.0.1:%1/t").arg(silent.serverPort()),
                            SyncMode::Mirror, access);
        const CancelToken cancel = job.cancel;
        QFuture<SyncReport> run = QtConcurrent::run(
                [job, cancel] { return runSync(job, [cancel] { return cancel.isCanceled(); }); });
        // The run waits for the server's answer to its first request.
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || run.isFinished(), 30000);
        QVERIFY(!run.isFinished());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 20000);
        QVERIFY2(sinceCancel.elapsed() < 20000, "the run waited for the server");
        const SyncReport report = run.result();
        QVERIFY2(report.result == RunResult::Cancelled,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
    }

    // Over TLS, a certificate the system's authorities do not vouch for (a NAS's own) refuses
    // the run, with the certificate's fingerprint; nothing is sent.
    void anUnknownCertificateIsRefusedWithItsFingerprint()
    {
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        DavServer server(DavServer::Kind::Rclone);
        server.useTls();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const auto asked = std::make_shared<test::Recorded<QString>>();
        const QString target = QStringLiteral("davs://u@127.0.0.1:%1/t").arg(server.port());
        const SyncReport report = runSync(jobOf(place, sourceDisk, target, SyncMode::Mirror,
                                                accessOf(place, server.password(), asked)),
                                          [] { return false; });
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Certificate Unknown"));
        QVERIFY(!server.certificateFingerprint().isEmpty());
        QVERIFY2(report.message.contains(server.certificateFingerprint()),
                 qPrintable(report.message));
        QVERIFY(!report.unavailable);
        QVERIFY(asked->all().isEmpty()); // no password went to a server nobody vouched for
        QVERIFY(!QFileInfo::exists(server.directory() + QStringLiteral("/t")));
    }

    // A certificate nothing vouches for is refused with its facts, so the drive can wait for
    // the user; `trust` pins it only when the fingerprint given is the one presented, and the
    // next run succeeds; a server that then presents another certificate is refused again with
    // the one pinned before, and nothing is sent to it.
    void aPinnedCertificateIsTrustedAndAChangedOneRefused()
    {
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        DavServer server(DavServer::Kind::Rclone);
        server.useTls();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const QString target = QStringLiteral("davs://u@127.0.0.1:%1/t").arg(server.port());
        const RemoteAccess access = accessOf(place, server.password());
        const QString fingerprint = server.certificateFingerprint();
        const QString pins = TrustedCertificates::fileIn(place.config());

        SyncReport report = runSync(jobOf(place, sourceDisk, target, SyncMode::Mirror, access),
                                    [] { return false; });
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Certificate Unknown"));
        QCOMPARE(report.untrustedLocation, target);
        QVERIFY(report.untrustedKey);
        QCOMPARE(report.untrustedKey->type, QStringLiteral("certificate"));
        QCOMPARE(report.untrustedKey->fingerprint, fingerprint);
        QVERIFY(report.untrustedKey->previous.isEmpty());
        QCOMPARE(report.untrustedKey->subject, QStringLiteral("127.0.0.1"));
        QVERIFY(report.untrustedKey->validFrom <= QDateTime::currentDateTimeUtc());
        QVERIFY(report.untrustedKey->validUntil > QDateTime::currentDateTimeUtc());

        // What the server presents, looked at without a login.
        const std::shared_ptr<const Location> location = locationFor(target, access);
        Result<fsops::PresentedKey> presented = location->presentedKey();
        QVERIFY2(presented, qPrintable(presented ? QString() : presented.error().message));
        QCOMPARE(presented->key.fingerprint, fingerprint);
        QVERIFY(!presented->trusted);

        // Another fingerprint than the server's: nothing is pinned.
        const QString wrong = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        Result<fsops::HostKey> refused = trustCertificate(*location, target, place.config(), wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(refused.error().message.contains(fingerprint));
        QVERIFY(!QFileInfo::exists(pins));

        Result<fsops::HostKey> trusted
                = trustCertificate(*location, target, place.config(), fingerprint);
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
        QCOMPARE(trusted->fingerprint, fingerprint);
        QVERIFY(TrustedCertificates(pins).isPinned(
                QStringLiteral("127.0.0.1:%1").arg(server.port()), fingerprint));
        presented = locationFor(target, access)->presentedKey();
        QVERIFY(presented && presented->trusted);

        report = runSync(jobOf(place, sourceDisk, target, SyncMode::Mirror, access),
                         [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(contentOf(server.directory() + QStringLiteral("/t/a.txt")), QByteArray("a"));

        // The server now presents another certificate, on the same port.
        QVERIFY2(server.replaceCertificate(), qPrintable(server.whyNot()));
        const QString changed = server.certificateFingerprint();
        QVERIFY(changed != fingerprint);
        write(sourceDisk + QStringLiteral("/a.txt"), "changed");
        report = runSync(jobOf(place, sourceDisk, target, SyncMode::Mirror, access),
                         [] { return false; });
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Certificate Unknown"));
        QVERIFY(report.untrustedKey);
        QCOMPARE(report.untrustedKey->fingerprint, changed);
        QCOMPARE(report.untrustedKey->previous, fingerprint);
        QVERIFY2(report.message.contains(fingerprint) && report.message.contains(changed),
                 qPrintable(report.message));
        QCOMPARE(contentOf(server.directory() + QStringLiteral("/t/a.txt")), QByteArray("a"));
        // Still pinned as it was: only a trust of the new one replaces it.
        QVERIFY(TrustedCertificates(pins).isPinned(
                QStringLiteral("127.0.0.1:%1").arg(server.port()), fingerprint));
    }

    // The pins file: a pin replaces the server's own line and keeps every other, damaged ones
    // too; a damaged line trusts nothing.
    void thePinsFileKeepsOtherLinesAndTrustsNoDamagedOne()
    {
        QTemporaryDir dir;
        const QString file = TrustedCertificates::fileIn(dir.path());
        const QString a = QStringLiteral("SHA256:") + QString(43, u'a');
        const QString b = QStringLiteral("SHA256:") + QString(43, u'b');
        write(file, QStringLiteral("# mine\nnas.local:443 %1\nbroken.local:443 %2=\n"
                                   "half.local:443\nother.local:8443 %1\n")
                            .arg(a, b)
                            .toUtf8());
        const TrustedCertificates pins(file);
        QVERIFY(pins.isPinned(QStringLiteral("nas.local:443"), a));
        QVERIFY(pins.isPinned(QStringLiteral("NAS.local:443"), a));
        QVERIFY(!pins.isPinned(QStringLiteral("nas.local:443"), b));
        QVERIFY(!pins.isPinned(QStringLiteral("nas.local:8443"), a)); // another port
        QVERIFY(!pins.pinned(QStringLiteral("broken.local:443")));
        QVERIFY(!pins.isPinned(QStringLiteral("broken.local:443"), b));
        QVERIFY(!pins.pinned(QStringLiteral("half.local:443")));

        QVERIFY(pins.pin(QStringLiteral("nas.local:443"), b));
        QVERIFY(pins.isPinned(QStringLiteral("nas.local:443"), b));
        QVERIFY(!pins.isPinned(QStringLiteral("nas.local:443"), a));
        QVERIFY(pins.pin(QStringLiteral("new.local:443"), a));
        QCOMPARE(QString::fromUtf8(contentOf(file)),
                 QStringLiteral("# mine\nbroken.local:443 %2=\nhalf.local:443\n"
                                "other.local:8443 %1\nnas.local:443 %2\nnew.local:443 %1\n")
                         .arg(a, b));
        QCOMPARE(TrustedCertificates::serverName(QStringLiteral("NAS.Local"), 443),
                 QStringLiteral("nas.local:443"));
        QCOMPARE(TrustedCertificates::serverName(QStringLiteral("::1"), 8443),
                 QStringLiteral("[::1]:8443"));
        // The fingerprint of a certificate's DER form, as the backends show it.
        QCOMPARE(fsops::certificateFingerprint("abc"),
                 QStringLiteral("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0"));
    }
};

LTS_TEST_MAIN(TestWebDavDrives)
#include "tst_webdavdrives.moc"
