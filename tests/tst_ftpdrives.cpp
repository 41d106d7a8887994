// Drives whose source or target is on an FTP server, as a user writes them ("ftp://user@host:
// port/path", "ftpes://...", the password from the credential store), run by the engine against
// real servers on loopback (pyftpdlib, vsftpd over explicit and implicit TLS,
// support/ftpserver.h): every mode from this computer to the server and back, a second run that
// copies nothing; a refused login; a server killed in the middle of an upload; a certificate
// nothing vouches for, refused with its fingerprint and taken once pinned; cancels.
#include "files.h"
#include "ftpfs.h"
#include "ftpserver.h"
#include "locationfactory.h"
#include "schedule.h"
#include "sftpplace.h"
#include "sockets.h"
#include "syncengine.h"
#include "temporaries.h"
#include "temporarynames.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <atomic>
#include <memory>

#include <netinet/tcp.h>
#include <signal.h>

using namespace lts;
using test::bytes;
using test::filesIn;
using test::FtpServer;
using test::largestTemporary;
using test::temporariesIn;
using test::write;

namespace {

enum class Direction { ToServer, FromServer };

struct Row
{
    FtpServer::Kind kind;
    FtpServer::Tls tls;
};

} // namespace

Q_DECLARE_METATYPE(Direction)
Q_DECLARE_METATYPE(std::optional<QByteArray>)
Q_DECLARE_METATYPE(FtpServer::Tls)

class TestFtpDrives : public QObject
{
    Q_OBJECT

    std::unique_ptr<FtpServer> m_pyftpdlib;
    std::unique_ptr<FtpServer> m_vsftpd; // explicit TLS
    int m_serial = 0;

    using Place = test::SftpPlace;

    FtpServer *serverFor(FtpServer::Tls tls)
    {
        FtpServer *found = tls == FtpServer::Tls::None ? m_pyftpdlib.get() : m_vsftpd.get();
        return found;
    }

    // The location of `folder` (below the folder the login lands in) as a user writes it.
    static QString location(const QString &folder, const FtpServer &server)
    {
        return server.origin() + u'/' + folder;
    }

    static RemoteAccess accessOf(const Place &place, std::optional<QByteArray> password,
                                 std::shared_ptr<QStringList> asked = {})
    {
        RemoteAccess access;
        access.configFolder = place.config();
        access.password = [password, asked](const QString &key) -> std::optional<QByteArray> {
            if (asked)
                asked->append(key);
            return password;
        };
        return access;
    }

    // The endpoint of `folder` on `server`, its certificate pinned (what the trust store gives
    // the location once the user trusted it).
    static fsops::FtpEndpoint endpointOf(const FtpServer &server, const QString &folder)
    {
        fsops::FtpEndpoint endpoint;
        endpoint.tls = server.origin().startsWith(u"ftpes")  ? fsops::FtpEndpoint::Tls::Explicit
                       : server.origin().startsWith(u"ftps") ? fsops::FtpEndpoint::Tls::Implicit
                                                             : fsops::FtpEndpoint::Tls::None;
        endpoint.host = QStringLiteral("127.0.0.1");
        endpoint.port = server.port();
        endpoint.user = server.user();
        endpoint.path = folder.toUtf8();
        endpoint.password = [password = server.password()] { return password; };
        endpoint.certificateTrusted
                = [pinned = server.certificateFingerprint()](const QString &fingerprint) {
                      return fingerprint == pinned;
                  };
        return endpoint;
    }

    // The drive's job as the application makes it; a TLS server's side is given its pinned
    // certificate (the application's trust store is wired in by locationFor()).
    static SyncJob jobOf(const Place &place, const QString &source, const QString &target,
                         SyncMode mode, const RemoteAccess &access, const FtpServer *pinned = {},
                         const QString &pinnedFolder = {}, Direction side = Direction::ToServer)
    {
        Drive drive;
        drive.name = QStringLiteral("d");
        drive.source = source;
        drive.target = target;
        drive.mode = mode;
        SyncJob job = syncJobFor(drive, Settings{}, place.data(), access);
        if (pinned && !pinned->origin().startsWith(u"ftp:")) {
            auto at = std::make_shared<FtpLocation>(endpointOf(*pinned, pinnedFolder));
            (side == Direction::ToServer ? job.targetLocation : job.sourceLocation) = at;
        }
        return job;
    }

    QString nextFolder() { return QStringLiteral("f%1").arg(++m_serial); }

private Q_SLOTS:
    void initTestCase()
    {
        if (FtpServer::whyNot(FtpServer::Kind::Pyftpdlib).isEmpty()) {
            m_pyftpdlib = std::make_unique<FtpServer>(FtpServer::Kind::Pyftpdlib);
            QVERIFY2(m_pyftpdlib->start(), qPrintable(m_pyftpdlib->whyNot()));
        }
        if (FtpServer::whyNot(FtpServer::Kind::Vsftpd).isEmpty()) {
            m_vsftpd = std::make_unique<FtpServer>(FtpServer::Kind::Vsftpd,
                                                   FtpServer::Tls::Explicit);
            QVERIFY2(m_vsftpd->start(), qPrintable(m_vsftpd->whyNot()));
        }
    }

    void everyModeToTheServerAndBack_data()
    {
        QTest::addColumn<FtpServer::Tls>("tls");
        QTest::addColumn<SyncMode>("mode");
        QTest::addColumn<Direction>("direction");
        for (const auto &[serverName, tls] :
             { std::pair{ "ftp, pyftpdlib", FtpServer::Tls::None },
               std::pair{ "ftpes, vsftpd", FtpServer::Tls::Explicit } }) {
            for (const auto &[modeName, mode] :
                 { std::pair{ "Mirror", SyncMode::Mirror }, std::pair{ "Update", SyncMode::Update },
                   std::pair{ "Move", SyncMode::Move } }) {
                QTest::addRow("%s, %s, to the server", serverName, modeName)
                        << tls << mode << Direction::ToServer;
                QTest::addRow("%s, %s, from the server", serverName, modeName)
                        << tls << mode << Direction::FromServer;
            }
        }
    }
    void everyModeToTheServerAndBack()
    {
        QFETCH(FtpServer::Tls, tls);
        QFETCH(SyncMode, mode);
        QFETCH(Direction, direction);
        FtpServer *at = serverFor(tls);
        if (!at)
            LTS_SKIP_WITHOUT_SERVER(FtpServer::whyNot(tls == FtpServer::Tls::None
                                                              ? FtpServer::Kind::Pyftpdlib
                                                              : FtpServer::Kind::Vsftpd));
        Place place;
        const auto asked = std::make_shared<QStringList>();
        const RemoteAccess access = accessOf(place, at->password(), asked);
        const QString sourceFolder = nextFolder(), targetFolder = nextFolder();
        const QString served = at->directory() + u'/';
        const QString sourceDisk = direction == Direction::ToServer ? place.local(sourceFolder)
                                                                    : served + sourceFolder;
        const QString targetDisk = direction == Direction::FromServer ? place.local(targetFolder)
                                                                      : served + targetFolder;
        const QString source
                = direction == Direction::ToServer ? sourceDisk : location(sourceFolder, *at);
        const QString target
                = direction == Direction::FromServer ? targetDisk : location(targetFolder, *at);
        const QString remoteFolder = direction == Direction::ToServer ? targetFolder : sourceFolder;
        const auto job = [&] {
            return jobOf(place, source, target, mode, access, at, remoteFolder, direction);
        };

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

        SyncReport report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, 4);
        QCOMPARE(filesIn(targetDisk), first);
        // The file keeps its time both ways (MFMT on pyftpdlib, MDTM on vsftpd; MLSD's or
        // MDTM's time read back to the second).
        QCOMPARE(QFileInfo(targetDisk + QStringLiteral("/a.txt")).lastModified().toSecsSinceEpoch(),
                 old.toSecsSinceEpoch());
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());
        else
            QCOMPARE(filesIn(sourceDisk), first);
        if (!at->user().isEmpty()) {
            // The password was asked under the location's key, once for the run's location.
            QVERIFY(!asked->isEmpty());
            QCOMPARE(asked->constFirst(), QStringLiteral("ftp://u@127.0.0.1:%1").arg(at->port()));
        }

        // A change, a new file, and a file gone from the source.
        write(sourceDisk + QStringLiteral("/a.txt"), "second, longer");
        write(sourceDisk + QStringLiteral("/new.txt"), "new");
        QFile::remove(sourceDisk + QStringLiteral("/sub/deeper/c.txt"));
        const QMap<QString, QByteArray> second = filesIn(sourceDisk);

        report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QMap<QString, QByteArray> expected = first;
        for (auto it = second.cbegin(); it != second.cend(); ++it)
            expected.insert(it.key(), it.value());
        if (mode == SyncMode::Mirror)
            expected.remove(QStringLiteral("sub/deeper/c.txt"));
        QCOMPARE(filesIn(targetDisk), expected);
        if (mode == SyncMode::Move)
            QVERIFY(filesIn(sourceDisk).isEmpty());

        // Nothing changed: nothing copied, nothing deleted.
        report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QCOMPARE(filesIn(targetDisk), expected);
        QCOMPARE(temporariesIn(sourceDisk), QStringList());
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    void aRefusedLoginFailsAndIsNeverRetriedByItself_data()
    {
        QTest::addColumn<std::optional<QByteArray>>("password");
        QTest::addColumn<QString>("why");
        QTest::newRow("a wrong password")
                << std::optional<QByteArray>("wrong") << QStringLiteral("refused the login of u");
        QTest::newRow("no password stored")
                << std::optional<QByteArray>() << QStringLiteral("No password is stored");
    }
    void aRefusedLoginFailsAndIsNeverRetriedByItself()
    {
        QFETCH(std::optional<QByteArray>, password);
        QFETCH(QString, why);
        if (!m_pyftpdlib)
            LTS_SKIP_WITHOUT_SERVER(FtpServer::whyNot(FtpServer::Kind::Pyftpdlib));
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const QString folder = nextFolder();
        const auto asked = std::make_shared<QStringList>();
        const SyncReport report = runSync(jobOf(place, sourceDisk, location(folder, *m_pyftpdlib),
                                                SyncMode::Mirror, accessOf(place, password, asked)),
                                          [] { return false; });
        QVERIFY2(report.result == RunResult::Failure,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QCOMPARE(report.code, QStringLiteral("Authentication Failed"));
        QVERIFY2(report.message.contains(why), qPrintable(report.message));
        QVERIFY2(report.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_pyftpdlib->port())),
                 qPrintable(report.message));
        QVERIFY(!report.message.contains(u"wrong")); // the password is never in a message
        QVERIFY(!report.unavailable);
        QVERIFY(!schedule::isRetried(report.result, report.code));
        QCOMPARE(asked->size(), 1);
        QVERIFY(!QFileInfo::exists(m_pyftpdlib->directory() + u'/' + folder));
    }

    // The server is killed in the middle of an upload: the run ends with the drive unavailable,
    // every file under its name on the server is whole, and once the server is back the next
    // run finishes the work and cleans what the kill left.
    void aServerKilledInTheMiddleOfARunLosesNothing()
    {
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Pyftpdlib); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Pyftpdlib);
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        const RemoteAccess access = accessOf(place, server.password());
        const QString source = place.local(QStringLiteral("s"));
        const QString targetDisk = server.directory() + QStringLiteral("/t");
        const QString target = location(QStringLiteral("t"), server);
        const QByteArray oldBig = bytes(4 * 1024 * 1024, 'o');
        const QByteArray newBig = bytes(64 * 1024 * 1024, 'n');
        write(source + QStringLiteral("/big.bin"), oldBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i), "old " + QByteArray::number(i));
        SyncReport report = runSync(jobOf(place, source, target, SyncMode::Mirror, access),
                                    [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        const QMap<QString, QByteArray> before = filesIn(targetDisk);
        QCOMPARE(before.value(QStringLiteral("big.bin")), oldBig);

        write(source + QStringLiteral("/big.bin"), newBig);
        for (int i = 0; i < 5; ++i)
            write(source + QStringLiteral("/small/s%1.txt").arg(i),
                  "newer " + QByteArray::number(i));
        const QMap<QString, QByteArray> after = filesIn(source);
        // Once a quarter of the new file is on the server, the server is killed (from the
        // engine's thread, which asks whether to go on between chunks).
        std::atomic_bool killed = false;
        const qint64 pid = server.processId();
        report = runSync(jobOf(place, source, target, SyncMode::Mirror, access), [&] {
            if (!killed && largestTemporary(targetDisk) >= newBig.size() / 4) {
                killed = true;
                ::kill(pid_t(pid), SIGKILL);
            }
            return false;
        });
        QVERIFY(killed);
        QVERIFY2(report.result == RunResult::Failure || report.result == RunResult::Partial,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QVERIFY2(report.unavailable, qPrintable(report.code + u' ' + report.message));
        QCOMPARE(report.code, QStringLiteral("Unreachable"));
        QMap<QString, QByteArray> cut = filesIn(targetDisk);
        for (const QString &temporary : temporariesIn(targetDisk))
            cut.remove(temporary);
        QCOMPARE(cut.keys(), after.keys());
        for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
            QVERIFY2(it.value() == before.value(it.key()) || it.value() == after.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(" is torn: %1 bytes").arg(it->size())));
        }

        // Back on the same port: the next run finishes and cleans the temporaries.
        server.stop();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        report = runSync(jobOf(place, source, target, SyncMode::Mirror, access),
                         [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(filesIn(targetDisk), after);
        QCOMPARE(temporariesIn(targetDisk), QStringList());
    }

    // Over TLS, a certificate the system's authorities do not vouch for (vsftpd's self-signed
    // one) refuses the run with its fingerprint, before any login; pinned, it is taken.
    void anUnknownCertificateIsRefusedWithItsFingerprint_data()
    {
        QTest::addColumn<FtpServer::Tls>("tls");
        QTest::newRow("ftpes (explicit)") << FtpServer::Tls::Explicit;
        QTest::newRow("ftps (implicit)") << FtpServer::Tls::Implicit;
    }
    void anUnknownCertificateIsRefusedWithItsFingerprint()
    {
        QFETCH(FtpServer::Tls, tls);
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Vsftpd, tls);
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        const QString fingerprint = server.certificateFingerprint();
        QVERIFY(fingerprint.startsWith(u"SHA256:"));
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        const SyncJob job = jobOf(place, sourceDisk, location(QStringLiteral("t"), server),
                                  SyncMode::Mirror, accessOf(place, QByteArray("secret")));
        const SyncReport report = runSync(job, [] { return false; });
        QCOMPARE(report.result, RunResult::Refused);
        QCOMPARE(report.code, QStringLiteral("Certificate Unknown"));
        QVERIFY2(report.message.contains(fingerprint), qPrintable(report.message));
        QVERIFY(!report.unavailable);
        QVERIFY(!QFileInfo::exists(server.directory() + QStringLiteral("/t")));
        const std::optional<fsops::HostKey> refused = job.targetAt()->refusedHostKey();
        QVERIFY(refused);
        QCOMPARE(refused->type, QStringLiteral("certificate"));
        QCOMPARE(refused->fingerprint, fingerprint);

        // Another certificate pinned: still refused, and the pin was asked during the handshake.
        fsops::FtpEndpoint endpoint = endpointOf(server, QString());
        QStringList offered;
        endpoint.certificateTrusted = [&offered](const QString &presented) {
            offered.append(presented);
            return presented == QStringLiteral("SHA256:somethingElse");
        };
        const Result<fsops::Folder> other = FtpLocation(endpoint).openRoot();
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("Certificate Unknown"));
        QVERIFY(offered.contains(fingerprint));
        // Its own pinned: the run goes through.
        SyncJob pinned = job;
        pinned.targetLocation
                = std::make_shared<FtpLocation>(endpointOf(server, QStringLiteral("t")));
        const SyncReport trusted = runSync(pinned, [] { return false; });
        QVERIFY2(trusted.result == RunResult::Success, qPrintable(trusted.message));
        QCOMPARE(filesIn(server.directory() + QStringLiteral("/t")), filesIn(sourceDisk));
    }

    // The certificate is trusted as a WebDAV server's is: presentedKey() shows it (with what it
    // says of itself) without logging in, trustServer() pins only the one presented, the next
    // run goes through, and a certificate that changes is refused with the pinned one as
    // Previous.
    void theCertificateIsPresentedTrustedAndAChangeRefused_data()
    {
        anUnknownCertificateIsRefusedWithItsFingerprint_data();
    }
    void theCertificateIsPresentedTrustedAndAChangeRefused()
    {
        QFETCH(FtpServer::Tls, tls);
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Vsftpd, tls);
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        const QString fingerprint = server.certificateFingerprint();
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        auto asked = std::make_shared<QStringList>();
        const RemoteAccess access = accessOf(place, QByteArray("secret"), asked);
        const QString target = location(QStringLiteral("t"), server);
        const QString pins = place.config() + QStringLiteral("/trusted_certificates");

        Result<fsops::PresentedKey> presented = locationFor(target, access)->presentedKey();
        QVERIFY2(presented, qPrintable(presented ? QString() : presented.error().message));
        QCOMPARE(presented->key.type, QStringLiteral("certificate"));
        QCOMPARE(presented->key.fingerprint, fingerprint);
        QCOMPARE(presented->key.subject, QStringLiteral("127.0.0.1"));
        QVERIFY(presented->key.issuer.contains(u"127.0.0.1"));
        QVERIFY(presented->key.validUntil > QDateTime::currentDateTimeUtc());
        QVERIFY(presented->key.previous.isEmpty());
        QVERIFY(!presented->trusted);
        QVERIFY(asked->isEmpty()); // a look: no password asked, none sent
        QVERIFY(!QFileInfo::exists(pins));
        // Plain ftp:// presents none: nothing to trust, and nothing is connected to.
        const Result<fsops::PresentedKey> plain
                = locationFor(QStringLiteral("ftp://u@127.0.0.1:1/t"), access)->presentedKey();
        QVERIFY(!plain);
        QCOMPARE(fsops::kindOf(plain.error()), fsops::ErrorKind::NotSupported);

        const Result<fsops::HostKey> wrong
                = trustServer(target, access,
                              QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(!QFileInfo::exists(pins));
        const Result<fsops::HostKey> trusted = trustServer(target, access, fingerprint);
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
        QCOMPARE(trusted->fingerprint, fingerprint);
        QCOMPARE(test::readFile(pins),
                 QStringLiteral("127.0.0.1:%1 %2\n").arg(server.port()).arg(fingerprint).toUtf8());
        presented = locationFor(target, access)->presentedKey();
        QVERIFY(presented);
        QVERIFY(presented->trusted);

        const SyncReport report = runSync(
                jobOf(place, sourceDisk, target, SyncMode::Mirror, access), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(filesIn(server.directory() + QStringLiteral("/t")), filesIn(sourceDisk));

        QVERIFY2(server.replaceCertificate(), qPrintable(server.whyNot()));
        const QString changed = server.certificateFingerprint();
        QVERIFY(changed != fingerprint);
        write(sourceDisk + QStringLiteral("/b.txt"), "b");
        const SyncJob again = jobOf(place, sourceDisk, target, SyncMode::Mirror, access);
        const SyncReport refused = runSync(again, [] { return false; });
        QCOMPARE(refused.result, RunResult::Refused);
        QCOMPARE(refused.code, QStringLiteral("Certificate Unknown"));
        QVERIFY2(refused.message.contains(fingerprint) && refused.message.contains(changed),
                 qPrintable(refused.message));
        QVERIFY(!QFileInfo::exists(server.directory() + QStringLiteral("/t/b.txt")));
        const std::optional<fsops::HostKey> key = again.targetAt()->refusedHostKey();
        QVERIFY(key);
        QCOMPARE(key->fingerprint, changed);
        QCOMPARE(key->previous, fingerprint);
        QCOMPARE(key->subject, QStringLiteral("127.0.0.1"));
        presented = locationFor(target, access)->presentedKey();
        QVERIFY(presented);
        QVERIFY(!presented->trusted);
        QCOMPARE(presented->key.previous, fingerprint);
    }

    // What a run costs the server, counted in pyftpdlib's log of every command. Small files
    // go up without a login, a CWD or a listing each (a name is looked at with MLST, a file
    // sent as "STOR /full/path"), and a run that finds nothing to do with the index lists no
    // folder at all.
    void smallFilesGoUpWithFewCommandsAndANoOpListsNothing()
    {
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Pyftpdlib); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Pyftpdlib);
        server.logCommands();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        const QString source = place.local(QStringLiteral("s"));
        const int files = 60;
        for (int i = 0; i < files; ++i)
            write(source + QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i),
                  bytes(100 + i, char(i)));
        const auto job = [&] {
            return jobOf(place, source, location(QStringLiteral("t"), server), SyncMode::Mirror,
                         accessOf(place, server.password()));
        };
        SyncReport report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, files);
        QCOMPARE(filesIn(server.directory() + QStringLiteral("/t")), filesIn(source));
        QCOMPARE(server.commandsSent(QStringLiteral("STOR")), files);
        // A login per connection of the pool (4), not per file: a name not there yet is a
        // refused MLST, and a refused call would make libcurl close its connection.
        QVERIFY2(server.commandsSent(QStringLiteral("USER")) <= 6,
                 qPrintable(QString::number(server.commandsSent(QStringLiteral("USER")))));
        // Listings go to their folder; nothing else changes folders (4 per file before).
        QVERIFY2(server.commandsSent(QStringLiteral("CWD")) <= 12,
                 qPrintable(QString::number(server.commandsSent(QStringLiteral("CWD")))));
        // The new folders are listed once by the scan at most (2 listings per file before).
        QVERIFY2(server.commandsSent(QStringLiteral("MLSD")) <= 8,
                 qPrintable(QString::number(server.commandsSent(QStringLiteral("MLSD")))));

        const int listedBefore = server.commandsSent(QStringLiteral("MLSD"));
        report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added + report.updated + report.deleted, 0);
        QCOMPARE(server.commandsSent(QStringLiteral("MLSD")), listedBefore);
        QCOMPARE(server.commandsSent(QStringLiteral("STOR")), files);
    }

    // vsftpd (require_ssl_reuse) refuses over TLS 1.3 the data connection that follows an
    // upload on the same control connection (522): the upload's data connection got a new
    // session ticket that libcurl never read, and the old one resumes only once. The client
    // then speaks TLS 1.2 with that server, whose sessions resume any number of times, and
    // keeps its connections: not a new connection, TLS handshake and login for every file.
    // Where the server has no TLS 1.2 cipher for its certificate (Debian's cipher list with a
    // P-256 one), every file still goes up, on a connection of its own.
    void vsftpdKeepsItsConnectionsAcrossUploads_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<int>("maxLogins");
        // A login per connection of the pool (4), the one refused with 522 and the one that
        // found TLS 1.2; not one per file.
        QTest::newRow("RSA certificate: TLS 1.2") << true << 8;
        QTest::newRow("P-256 certificate: TLS 1.3, a connection per upload") << false << 40;
    }
    void vsftpdKeepsItsConnectionsAcrossUploads()
    {
        QFETCH(bool, rsa);
        QFETCH(int, maxLogins);
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Vsftpd, FtpServer::Tls::Explicit);
        server.logCommands();
        if (rsa)
            server.useRsaCertificate();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        const QString source = place.local(QStringLiteral("s"));
        const int files = 30;
        for (int i = 0; i < files; ++i)
            write(source + QStringLiteral("/d%1/f%2.txt").arg(i % 3).arg(i),
                  bytes(100 + i, char(i)));
        const QString folder = QStringLiteral("t");
        const auto job = [&] {
            return jobOf(place, source, location(folder, server), SyncMode::Mirror,
                         accessOf(place, server.password()), &server, folder);
        };
        SyncReport report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.added, files);
        QCOMPARE(filesIn(server.directory() + u'/' + folder), filesIn(source));
        // Each file sent once, or twice where the server refused its data connection before
        // any of it went (vsftpd's refusal depends on timing: see ftpfs.cpp).
        const int stored = server.commandsSent(QStringLiteral("STOR"));
        QVERIFY2(stored >= files && stored <= files + 4, qPrintable(QString::number(stored)));
        const int logins = server.commandsSent(QStringLiteral("USER"));
        QVERIFY2(logins <= maxLogins, qPrintable(QString::number(logins)));
        // vsftpd has no MLST: names are looked at with a STAT of their folder, once for a
        // batch's files and once for their renames, not twice for each file (60 before).
        int looks = 0;
        for (int i = 0; i < 3; ++i) {
            looks += server.commandsSent(
                    QStringLiteral("STAT -a %1/%2/d%3").arg(server.directory(), folder).arg(i));
        }
        QVERIFY2(looks <= 12, qPrintable(QString::number(looks)));

        // And the next run, which finds the files there, with what it changed.
        write(source + QStringLiteral("/d0/f0.txt"), "changed");
        report = runSync(job(), [] { return false; });
        QVERIFY2(report.result == RunResult::Success, qPrintable(report.message));
        QCOMPARE(report.updated, 1);
        QCOMPARE(filesIn(server.directory() + u'/' + folder), filesIn(source));
    }

    // Over TLS 1.3, vsftpd may take the start of an upload that follows another upload on the
    // same control connection, and only then refuse it (522): a retry of that upload sent the
    // rest of a stream whose start was gone (an empty file, reported written: seen after an
    // append of the run's journal). One connection, so each upload follows the one before on
    // it; every file whole on the server, whatever TLS the server agrees on.
    void anUploadThatFollowsAnotherIsWhole_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("RSA certificate: TLS 1.2") << true;
        QTest::newRow("P-256 certificate: TLS 1.3") << false;
    }
    void anUploadThatFollowsAnotherIsWhole()
    {
        QFETCH(bool, rsa);
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Vsftpd, FtpServer::Tls::Explicit);
        if (rsa)
            server.useRsaCertificate();
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        QVERIFY(QDir(server.directory()).mkpath(QStringLiteral("one")));
        fsops::FtpEndpoint endpoint = endpointOf(server, QStringLiteral("one"));
        endpoint.connections = 1;
        FtpLocation location(endpoint);
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QMap<QString, QByteArray> sent;
        for (int i = 0; i < 4; ++i) {
            // A note appended (as the run's journal of temporaries is), then a file.
            Result<void> noted = root->appendToFile("notes", "n\n", false);
            QVERIFY2(noted, qPrintable(noted ? QString() : noted.error().message));
            sent[QStringLiteral("notes")] += "n\n";
            const QString name = QStringLiteral("f%1.bin").arg(i);
            const QByteArray data = bytes(100 + i, char(i));
            auto writer = root->createFile(name.toUtf8());
            QVERIFY2(writer, qPrintable(writer ? QString() : writer.error().message));
            Result<void> written = (*writer)->write(data.constData(), data.size());
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
            fsops::Stat attributes;
            attributes.type = fsops::EntryType::File;
            attributes.size = data.size();
            attributes.mtimeSec = 1'700'000'000 + i;
            Result<void> finished = (*writer)->finish(attributes, false, true);
            QVERIFY2(finished, qPrintable(finished ? QString() : finished.error().message));
            sent.insert(name, data);
        }
        QCOMPARE(filesIn(server.directory() + QStringLiteral("/one")), sent);
    }

    // libcurl 7.88's curl_easy_perform() at times waits a whole second after the server's
    // answer to EPSV before it opens the data connection (one listing in about seven here).
    // Each listing takes a few milliseconds; the test counts those that took that second,
    // not the total, so that a slow machine does not fail it: eight or so of sixty with
    // the wait, none without (two allowed for a machine that stalls of its own).
    void listingsDoNotWaitASecondForNothing()
    {
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Pyftpdlib); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer *server = serverFor(FtpServer::Tls::None);
        const QString folder = nextFolder();
        write(server->directory() + u'/' + folder + QStringLiteral("/a.txt"), "a");
        FtpLocation location(endpointOf(*server, folder));
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QList<qint64> secondLong;
        for (int i = 0; i < 60; ++i) {
            QElapsedTimer timer;
            timer.start();
            Result<std::vector<fsops::Entry>> entries = root->list();
            QVERIFY2(entries && entries->size() == 1,
                     qPrintable(entries ? QString() : entries.error().message));
            if (timer.elapsed() >= 950)
                secondLong.append(timer.elapsed());
        }
        QVERIFY2(secondLong.size() <= 2,
                 qPrintable(QStringLiteral("%1 listings of 60 took a second or more")
                                    .arg(secondLong.size())));
    }

    // A server that goes away without a word (a cable pulled) is found by keepalive probes
    // within a minute, also while a connection waits unused in the location's pool, not after
    // the kernel's two hours: as SFTP's, every connection to the server asks for them.
    void theConnectionsFindASilentServerWithinAMinute_data()
    {
        QTest::addColumn<FtpServer::Tls>("tls");
        QTest::newRow("ftp, pyftpdlib") << FtpServer::Tls::None;
        QTest::newRow("ftpes, vsftpd") << FtpServer::Tls::Explicit;
    }
    void theConnectionsFindASilentServerWithinAMinute()
    {
        QFETCH(FtpServer::Tls, tls);
        const FtpServer *server = serverFor(tls);
        if (!server)
            LTS_SKIP_WITHOUT_SERVER(FtpServer::whyNot(tls == FtpServer::Tls::None
                                                              ? FtpServer::Kind::Pyftpdlib
                                                              : FtpServer::Kind::Vsftpd));
        const QString folder = nextFolder();
        QVERIFY(QDir().mkpath(server->directory() + u'/' + folder));
        write(server->directory() + u'/' + folder + QStringLiteral("/a.txt"), "a");
        FtpLocation location(endpointOf(*server, folder));
        Result<fsops::Folder> root = location.openRoot();
        QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
        QVERIFY(root->list()); // a data connection too
        // The control connections the location keeps in its pool.
        const QList<int> sockets = test::socketsTo(server->port());
        QVERIFY(!sockets.isEmpty());
        for (const int fd : sockets) {
            QCOMPARE(test::socketOption(fd, SOL_SOCKET, SO_KEEPALIVE), 1);
            const int idle = test::socketOption(fd, IPPROTO_TCP, TCP_KEEPIDLE);
            const int interval = test::socketOption(fd, IPPROTO_TCP, TCP_KEEPINTVL);
            const int probes = test::socketOption(fd, IPPROTO_TCP, TCP_KEEPCNT);
            QCOMPARE(idle, 30);
            QCOMPARE(interval, 10);
            QCOMPARE(probes, 3);
            QVERIFY(idle + interval * probes <= 60);
        }
    }

    // A look at the certificate of a server that does not answer ends at once when cancelled.
    void aCancelledLookAtTheCertificateEndsAtOnce()
    {
        QTcpServer silent; // takes the connection and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Place place;
        RemoteAccess access = accessOf(place, {});
        access.networkTimeout = std::chrono::minutes(5);
        const std::shared_ptr<const Location> at = locationFor(
                QStringLiteral("ftps://127.0.0.1:%1/t").arg(silent.serverPort()), access);
        QFuture<Result<fsops::PresentedKey>> look
                = QtConcurrent::run([at] { return at->presentedKey(); });
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || look.isFinished(), 30000);
        QVERIFY(!look.isFinished());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        at->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(look.isFinished(), 20000);
        QVERIFY2(sinceCancel.elapsed() < 5000, "the look waited for the server");
        const Result<fsops::PresentedKey> result = look.result();
        QVERIFY(!result);
        QCOMPARE(fsops::kindOf(result.error()), fsops::ErrorKind::Cancelled);
    }

    // A run cancelled while the server does not answer ends at once: cancel() shuts the
    // sockets, no call waits for the network timeout.
    void aCancelledRunEndsAtOnceWhileTheServerIsSilent()
    {
        QTcpServer silent; // takes the connection and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Place place;
        const QString sourceDisk = place.local(QStringLiteral("s"));
        write(sourceDisk + QStringLiteral("/a.txt"), "a");
        RemoteAccess access = accessOf(place, QByteArray("p"));
        access.networkTimeout = std::chrono::minutes(5);
        SyncJob job = jobOf(place, sourceDisk,
                            QStringLiteral("ftp://u@127.0.0.1:%1/t").arg(silent.serverPort()),
                            SyncMode::Mirror, access);
        const CancelToken cancel = job.cancel;
        QFuture<SyncReport> run = QtConcurrent::run(
                [job, cancel] { return runSync(job, [cancel] { return cancel.isCanceled(); }); });
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections() || run.isFinished(), 30000);
        QVERIFY(!run.isFinished());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 20000);
        QVERIFY2(sinceCancel.elapsed() < 5000, "the run waited for the server");
        const SyncReport report = run.result();
        QVERIFY2(report.result == RunResult::Cancelled,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
    }

    // Cancelled in the middle of an upload that the server stopped taking (its process is
    // frozen), the run ends promptly: cancel() shuts the sockets of the calls that wait, and
    // the file is not under its name on the server.
    void aCancelDuringATransferReturnsPromptly()
    {
        if (const QString why = FtpServer::whyNot(FtpServer::Kind::Pyftpdlib); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        FtpServer server(FtpServer::Kind::Pyftpdlib);
        QVERIFY2(server.start(), qPrintable(server.whyNot()));
        Place place;
        const QString source = place.local(QStringLiteral("s"));
        const QString targetDisk = server.directory() + QStringLiteral("/t");
        write(source + QStringLiteral("/big.bin"), bytes(64 * 1024 * 1024, 'b'));
        SyncJob job = jobOf(place, source, location(QStringLiteral("t"), server), SyncMode::Mirror,
                            accessOf(place, server.password()));
        const CancelToken cancel = job.cancel;
        const pid_t pid = pid_t(server.processId());
        std::atomic_bool frozen = false;
        QFuture<SyncReport> run = QtConcurrent::run([job, cancel, targetDisk, pid, &frozen] {
            return runSync(job, [&] {
                if (!frozen && largestTemporary(targetDisk) > 0) {
                    frozen = true;
                    ::kill(pid, SIGSTOP);
                }
                return cancel.isCanceled();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(frozen || run.isFinished(), 30000);
        // (The report is asked for only when the run is over: result() waits for it.)
        QVERIFY2(!run.isFinished(),
                 qPrintable(run.isFinished() ? run.result().message : QString()));
        // The upload is under way and the server takes nothing more: the engine soon waits in
        // a call to the server (the sockets' buffers are full), not in a check of the cancel.
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        cancel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 20000);
        const qint64 took = sinceCancel.elapsed();
        ::kill(pid, SIGCONT);
        QVERIFY2(took < 3000, qPrintable(QStringLiteral("%1 ms after the cancel").arg(took)));
        const SyncReport report = run.result();
        QVERIFY2(report.result == RunResult::Cancelled,
                 qPrintable(runResultName(report.result) + u' ' + report.message));
        QVERIFY(!QFileInfo::exists(targetDisk + QStringLiteral("/big.bin")));
    }
};

LTS_TEST_MAIN(TestFtpDrives)
#include "tst_ftpdrives.moc"
