// ServerAddress, the location dialog's fields and the location string they make, for every kind
// of server: the string the fields make parses (RemoteLocation::parse) to what the fields said,
// and fills the same fields again; the usual ports are left out; FTP's folders from the login's
// folder and from the top ("%2F"); WebDAV's and upload forms' web addresses, pasted as a browser
// or Nextcloud shows them, with a password that never reaches the location; an rclone remote and
// the folder in it as rclone writes them ("rclone:dropbox:Lab").
#include "remotelocation.h"
#include "serveraddress.h"
#include "testmain.h"

#include <QTest>

using namespace lts;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFieldsMakeALocationThatReadsBack_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("path"); // RemoteLocation::path()
        QTest::addColumn<int>("effectivePort");
        QTest::addColumn<QString>("readBack"); // the folder field, filled from the location

        QTest::newRow("sftp home") << "sftp"
                                   << "nas"
                                   << ""
                                   << ""
                                   << ""
                                   << "sftp://nas/~"
                                   << "" << 22 << "";
        QTest::newRow("sftp relative") << "sftp"
                                       << "nas"
                                       << "22"
                                       << "pi"
                                       << "data"
                                       << "sftp://pi@nas/~/data"
                                       << "data" << 22 << "~/data";
        QTest::newRow("sftp absolute, port") << "sftp"
                                             << "nas"
                                             << "2222"
                                             << ""
                                             << "/srv/d"
                                             << "sftp://nas:2222/srv/d"
                                             << "/srv/d" << 2222 << "/srv/d";
        QTest::newRow("davs nextcloud")
                << "davs"
                << "cloud.example.org"
                << ""
                << "me"
                << "/remote.php/dav/files/me/Photos"
                << "davs://me@cloud.example.org/remote.php/dav/files/me/Photos"
                << "/remote.php/dav/files/me/Photos" << 443 << "/remote.php/dav/files/me/Photos";
        QTest::newRow("davs top, port 443 left out") << "davs"
                                                     << "nas"
                                                     << "443"
                                                     << ""
                                                     << ""
                                                     << "davs://nas/"
                                                     << "/" << 443 << "/";
        QTest::newRow("davs relative is from the top") << "davs"
                                                       << "nas"
                                                       << ""
                                                       << ""
                                                       << "share/a b"
                                                       << "davs://nas/share/a%20b"
                                                       << "/share/a b" << 443 << "/share/a b";
        QTest::newRow("dav, port 8080") << "dav"
                                        << "192.168.1.5"
                                        << "8080"
                                        << "u"
                                        << "/dav"
                                        << "dav://u@192.168.1.5:8080/dav"
                                        << "/dav" << 8080 << "/dav";
        QTest::newRow("dav, port 80 left out") << "dav"
                                               << "nas"
                                               << "80"
                                               << ""
                                               << "/d"
                                               << "dav://nas/d"
                                               << "/d" << 80 << "/d";
        QTest::newRow("ftpes login folder") << "ftpes"
                                            << "ftp.example.org"
                                            << ""
                                            << "me"
                                            << ""
                                            << "ftpes://me@ftp.example.org/"
                                            << "" << 21 << "";
        QTest::newRow("ftpes relative") << "ftpes"
                                        << "ftp.example.org"
                                        << "21"
                                        << "me"
                                        << "logs/2026"
                                        << "ftpes://me@ftp.example.org/logs/2026"
                                        << "logs/2026" << 21 << "~/logs/2026";
        QTest::newRow("ftpes ~ relative") << "ftpes"
                                          << "h"
                                          << ""
                                          << ""
                                          << "~/logs"
                                          << "ftpes://h/logs"
                                          << "logs" << 21 << "~/logs";
        QTest::newRow("ftpes absolute") << "ftpes"
                                        << "h"
                                        << ""
                                        << ""
                                        << "/srv/data"
                                        << "ftpes://h/%2Fsrv/data"
                                        << "/srv/data" << 21 << "/srv/data";
        QTest::newRow("ftpes top") << "ftpes"
                                   << "h"
                                   << ""
                                   << ""
                                   << "/"
                                   << "ftpes://h/%2F"
                                   << "/" << 21 << "/";
        QTest::newRow("ftps, 990 left out") << "ftps"
                                            << "h"
                                            << "990"
                                            << ""
                                            << "/d"
                                            << "ftps://h/%2Fd"
                                            << "/d" << 990 << "/d";
        QTest::newRow("ftps on 21 is written") << "ftps"
                                               << "h"
                                               << "21"
                                               << ""
                                               << "d"
                                               << "ftps://h:21/d"
                                               << "d" << 21 << "~/d";
        QTest::newRow("ftp, IPv6, user with @") << "ftp"
                                                << "::1"
                                                << "2121"
                                                << "a@b"
                                                << "in"
                                                << "ftp://a%40b@[::1]:2121/in"
                                                << "in" << 2121 << "~/in";
        QTest::newRow("upload") << "post+https"
                                << "logs.px4.io"
                                << ""
                                << ""
                                << "/upload"
                                << "post+https://logs.px4.io/upload"
                                << "/upload" << 443 << "/upload";
        QTest::newRow("upload over http") << "post+http"
                                          << "lab"
                                          << "8000"
                                          << ""
                                          << "/u"
                                          << "post+http://lab:8000/u"
                                          << "/u" << 8000 << "/u";
        QTest::newRow("rclone") << "rclone"
                                << "dropbox"
                                << ""
                                << ""
                                << "Lab/Site4"
                                << "rclone:dropbox:Lab/Site4"
                                << "Lab/Site4" << 0 << "Lab/Site4";
        QTest::newRow("rclone top folder") << "rclone"
                                           << "dropbox"
                                           << ""
                                           << ""
                                           << ""
                                           << "rclone:dropbox:"
                                           << "" << 0 << "";
        QTest::newRow("rclone from the top, a name with a space")
                << "rclone"
                << "my disk"
                << ""
                << ""
                << " /srv//data files/ "
                << "rclone:my disk:/srv/data files"
                << "/srv/data files" << 0 << "/srv/data files";
    }
    void theFieldsMakeALocationThatReadsBack()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, user);
        QFETCH(QString, folder);
        QFETCH(QString, location);
        QFETCH(QString, path);
        QFETCH(int, effectivePort);
        QFETCH(QString, readBack);
        ServerAddress address;
        address.scheme = scheme;
        address.host = host;
        address.port = port;
        address.user = user;
        address.folder = folder;
        QCOMPARE(address.location(), location);
        const Result<RemoteLocation> parsed = RemoteLocation::parse(location, {});
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->scheme(), scheme);
        QCOMPARE(parsed->host(), host);
        QCOMPARE(parsed->user(), user);
        QCOMPARE(parsed->path(), path);
        QCOMPARE(parsed->effectivePort(), effectivePort);
        QCOMPARE(address.kind(), parsed->kind());
        QCOMPARE(address.encrypted(), parsed->encrypted());

        const std::optional<ServerAddress> back = ServerAddress::fromLocation(location);
        QVERIFY(back);
        QCOMPARE(back->scheme, scheme);
        QCOMPARE(back->host, host);
        QCOMPARE(back->user, user);
        QCOMPARE(back->folder, readBack);
        QCOMPARE(back->location(), location);
    }

    void whatAKindDoesNotTakeIsLeftOut()
    {
        ServerAddress address;
        address.scheme = QStringLiteral("davs");
        address.host = QStringLiteral("nas");
        address.keyFile = QStringLiteral("~/.ssh/id_ed25519"); // SFTP's only
        address.connections = 2;
        QCOMPARE(address.location(), QStringLiteral("davs://nas/?connections=2"));
        QVERIFY(RemoteLocation::parse(address.location(), {}));
        // rclone has its own logins: no user, port or key; its connections stay.
        address.scheme = QStringLiteral("rclone");
        address.host = QStringLiteral("dropbox");
        address.user = QStringLiteral("me");
        address.port = QStringLiteral("2222");
        address.folder = QStringLiteral("Lab");
        QCOMPARE(address.location(), QStringLiteral("rclone:dropbox:Lab?connections=2"));
        QVERIFY(RemoteLocation::parse(address.location(), {}));
        QCOMPARE(ServerAddress::fromLocation(address.location())->connections, 2);
        QVERIFY(!ServerAddress::fromLocation(QStringLiteral("/home/me/data")));
        QVERIFY(!ServerAddress::fromLocation(QStringLiteral("davs://me:secret@nas/")));
    }

    void theLocationOfAnotherFolder()
    {
        ServerAddress address;
        address.scheme = QStringLiteral("ftpes");
        address.host = QStringLiteral("h");
        address.folder = QStringLiteral("in");
        QCOMPARE(address.locationOf(QString()), QStringLiteral("ftpes://h/"));
        QCOMPARE(address.locationOf(QStringLiteral("/")), QStringLiteral("ftpes://h/%2F"));
        QVERIFY(address.hasLoginFolder());
        address.scheme = QStringLiteral("davs");
        QCOMPARE(address.locationOf(QStringLiteral("/")), QStringLiteral("davs://h/"));
        QVERIFY(!address.hasLoginFolder());
    }

    void aWebAddressFillsTheFields_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("webAddress");
        QTest::addColumn<QString>("password");
        const int dav = int(RemoteKind::WebDav);
        const int upload = int(RemoteKind::Upload);
        QTest::newRow("Nextcloud")
                << dav << "https://cloud.example.org/remote.php/dav/files/me/Photos"
                << "davs://cloud.example.org/remote.php/dav/files/me/Photos"
                << "https://cloud.example.org/remote.php/dav/files/me/Photos"
                << "";
        QTest::newRow("no scheme is https") << dav << "  nas.local/dav/ "
                                            << "davs://nas.local/dav"
                                            << "https://nas.local/dav"
                                            << "";
        QTest::newRow("http with a port") << dav << "http://192.168.1.5:5005/home"
                                          << "dav://192.168.1.5:5005/home"
                                          << "http://192.168.1.5:5005/home"
                                          << "";
        QTest::newRow("https with port 443") << dav << "HTTPS://nas:443/x"
                                             << "davs://nas/x"
                                             << "https://nas/x"
                                             << "";
        QTest::newRow("a location of the kind") << dav << "webdavs://nas/x"
                                                << "davs://nas/x"
                                                << "https://nas/x"
                                                << "";
        QTest::newRow("user and password")
                << dav << "https://me:s%40cret:x@cloud.example.org/remote.php/webdav"
                << "davs://me@cloud.example.org/remote.php/webdav"
                << "https://cloud.example.org/remote.php/webdav"
                << "s@cret:x";
        QTest::newRow("encoded path") << dav << "https://nas/my%20files/%231"
                                      << "davs://nas/my%20files/%231"
                                      << "https://nas/my%20files/%231"
                                      << "";
        QTest::newRow("upload form") << upload << "https://logs.px4.io/upload"
                                     << "post+https://logs.px4.io/upload"
                                     << "https://logs.px4.io/upload"
                                     << "";
        QTest::newRow("upload form over http") << upload << "http://lab:8000/"
                                               << "post+http://lab:8000/"
                                               << "http://lab:8000/"
                                               << "";
    }
    void aWebAddressFillsTheFields()
    {
        QFETCH(int, kind);
        QFETCH(QString, typed);
        QFETCH(QString, location);
        QFETCH(QString, webAddress);
        QFETCH(QString, password);
        QString said;
        const Result<ServerAddress> address
                = ServerAddress::fromWebAddress(typed, RemoteKind(kind), &said);
        QVERIFY2(address, qPrintable(address ? QString() : address.error().message));
        QCOMPARE(address->location(), location);
        QCOMPARE(address->webAddress(), webAddress);
        QCOMPARE(said, password);
        QVERIFY(!address->location().contains(u"cret"));
    }

    void aWrongWebAddressIsSaid_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("said");
        const int dav = int(RemoteKind::WebDav);
        QTest::newRow("another kind") << dav << "sftp://nas/data"
                                      << "not the web address of a WebDAV folder";
        QTest::newRow("an upload form's") << int(RemoteKind::Upload) << "davs://nas/data"
                                          << "not the web address of an upload form";
        QTest::newRow("no server") << dav << "https:///remote.php"
                                   << "names no server";
        QTest::newRow("bad port") << dav << "https://nas:99999/x"
                                  << "from 1 to 65535";
        QTest::newRow("dots") << dav << "https://nas/a/../b"
                              << "\"..\"";
        QTest::newRow("unknown scheme") << dav << "gopher://nas/x"
                                        << "gopher";
    }
    void aWrongWebAddressIsSaid()
    {
        QFETCH(int, kind);
        QFETCH(QString, typed);
        QFETCH(QString, said);
        QString password;
        const Result<ServerAddress> address
                = ServerAddress::fromWebAddress(typed, RemoteKind(kind), &password);
        QVERIFY(!address);
        QVERIFY2(address.error().message.contains(said), qPrintable(address.error().message));
    }
};

LTS_TEST_MAIN(TestServerAddress)

#include "tst_serveraddress.moc"
