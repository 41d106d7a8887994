// Remote location strings (remote.md, "Locations"): every form and what it means, every
// refusal and its words, the keychain's key, the friendly form people read, and that the
// drive keeps the string exactly as it was written.
#include "driveissues.h"
#include "remotelocation.h"
#include "testmain.h"

#include <QDir>
#include <QTranslator>

using namespace lts;

Q_DECLARE_METATYPE(lts::RemoteKind)

namespace {

// Translates every text of LetThatSyncIn into "<<...>>": shows which words of a location's
// friendly form a translation changes and which stay as they are.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QByteArrayView(context).startsWith("lts::"))
            return QStringLiteral("<<") + QString::fromUtf8(sourceText) + QStringLiteral(">>");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestRemoteLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formsAreUnderstood_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<RemoteKind>("kind");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port"); // 0: none given
        QTest::addColumn<int>("effectivePort");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("encrypted");

        const auto row = [](const char *name, const char *location, RemoteKind kind,
                            const char *scheme, const char *user, const char *host, int port,
                            int effectivePort, const char *path, bool encrypted) {
            QTest::newRow(name) << QString::fromUtf8(location) << kind << QString::fromUtf8(scheme)
                                << QString::fromUtf8(user) << QString::fromUtf8(host) << port
                                << effectivePort << QString::fromUtf8(path) << encrypted;
        };
        using K = RemoteKind;
        row("sftp, absolute", "sftp://pi@logger.local/home/pi/data", K::Sftp, "sftp", "pi",
            "logger.local", 0, 22, "/home/pi/data", true);
        row("sftp, no user", "sftp://nas/backup", K::Sftp, "sftp", "", "nas", 0, 22, "/backup",
            true);
        row("sftp, port", "sftp://pi@nas:2222/srv", K::Sftp, "sftp", "pi", "nas", 2222, 2222,
            "/srv", true);
        row("sftp, home folder", "sftp://nas/~/data/logs", K::Sftp, "sftp", "", "nas", 0, 22,
            "data/logs", true);
        row("sftp, the home folder itself", "sftp://nas/~", K::Sftp, "sftp", "", "nas", 0, 22, "",
            true);
        row("sftp, no path is the root, as in curl", "sftp://nas", K::Sftp, "sftp", "", "nas", 0,
            22, "/", true);
        row("sftp, the root", "sftp://nas/", K::Sftp, "sftp", "", "nas", 0, 22, "/", true);
        row("sftp, cleaned", "sftp://nas//srv///data/", K::Sftp, "sftp", "", "nas", 0, 22,
            "/srv/data", true);
        row("sftp, IPv6", "sftp://pi@[::1]:2200/x", K::Sftp, "sftp", "pi", "::1", 2200, 2200, "/x",
            true);
        row("sftp, IPv6 without port", "sftp://[fe80::1]/x", K::Sftp, "sftp", "", "fe80::1", 0, 22,
            "/x", true);
        row("sftp, IPv4", "sftp://192.168.1.5/x", K::Sftp, "sftp", "", "192.168.1.5", 0, 22, "/x",
            true);
        row("percent-decoded", "sftp://me%40lab@nas/My%20Photos/%C3%89t%C3%A9", K::Sftp, "sftp",
            "me@lab", "nas", 0, 22, "/My Photos/Été", true);
        row("spaces and a lone percent as written", "sftp://nas/My Photos/100%", K::Sftp, "sftp",
            "", "nas", 0, 22, "/My Photos/100%", true);
        row("scheme in capitals, spaces around", "  SFTP://nas/x \t", K::Sftp, "sftp", "", "nas", 0,
            22, "/x", true);
        row("ssh config alias", "sftp://logger/data", K::Sftp, "sftp", "", "logger", 0, 22, "/data",
            true);
        row("davs", "davs://me@cloud.example.org/remote.php/dav/files/me/Photos", K::WebDav, "davs",
            "me", "cloud.example.org", 0, 443, "/remote.php/dav/files/me/Photos", true);
        row("webdavs", "webdavs://cloud.example.org:8443/dav", K::WebDav, "davs", "",
            "cloud.example.org", 8443, 8443, "/dav", true);
        row("dav", "dav://nas/share", K::WebDav, "dav", "", "nas", 0, 80, "/share", false);
        row("webdav", "webdav://nas", K::WebDav, "dav", "", "nas", 0, 80, "/", false);
        row("ftpes, relative to the login", "ftpes://u@ftp.example.org/logs/2024", K::Ftp, "ftpes",
            "u", "ftp.example.org", 0, 21, "logs/2024", true);
        row("ftps", "ftps://ftp.example.org/logs", K::Ftp, "ftps", "", "ftp.example.org", 0, 990,
            "logs", true);
        row("ftp, absolute with %2F", "ftp://u@host/%2Fsrv/ftp/logs", K::Ftp, "ftp", "u", "host", 0,
            21, "/srv/ftp/logs", false);
        row("ftp, the login folder", "ftp://host", K::Ftp, "ftp", "", "host", 0, 21, "", false);
        row("post+https", "post+https://logs.px4.io/upload", K::Upload, "post+https", "",
            "logs.px4.io", 0, 443, "/upload", true);
        row("post+http", "post+http://127.0.0.1:8080/form", K::Upload, "post+http", "", "127.0.0.1",
            8080, 8080, "/form", false);
        row("rclone", "rclone:dropbox:Lab/Site4", K::Rclone, "rclone", "", "dropbox", 0, 0,
            "Lab/Site4", true);
        row("rclone, top folder", "rclone:s3-eu:", K::Rclone, "rclone", "", "s3-eu", 0, 0, "",
            true);
        row("rclone, as rclone writes it", "rclone:my remote:/a%20b/", K::Rclone, "rclone", "",
            "my remote", 0, 0, "/a%20b", true);
        row("rclone in capitals", "RCLONE:gdrive:x", K::Rclone, "rclone", "", "gdrive", 0, 0, "x",
            true);
    }
    void formsAreUnderstood()
    {
        QFETCH(QString, location);
        QFETCH(RemoteKind, kind);
        QFETCH(QString, scheme);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(int, effectivePort);
        QFETCH(QString, path);
        QFETCH(bool, encrypted);

        QVERIFY(RemoteLocation::isRemote(location));
        const Result<RemoteLocation> parsed
                = RemoteLocation::parse(location, issue::InvalidSourcePath);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->kind(), kind);
        QCOMPARE(parsed->scheme(), scheme);
        QCOMPARE(parsed->user(), user);
        QCOMPARE(parsed->host(), host);
        QCOMPARE(parsed->port(), port ? std::optional<int>(port) : std::nullopt);
        QCOMPARE(parsed->effectivePort(), effectivePort);
        QCOMPARE(parsed->path(), path);
        QCOMPARE(parsed->isRelative(), !path.startsWith(u'/'));
        QCOMPARE(parsed->encrypted(), encrypted);
        QCOMPARE(parsed->connections(), RemoteLocation::defaultConnections);
        QCOMPARE(parsed->identityFile(), QString());
    }

    void pathsOfThisComputerAreNotRemote_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << "/data/photos";
        QTest::newRow("a folder named like a location") << "/data/sftp://x";
        QTest::newRow("Windows drive") << "C://Users";
        QTest::newRow("Windows path") << "C:\\Users\\me";
        QTest::newRow("home") << "~/Pictures";
        QTest::newRow("scp's form") << "pi@nas:/data";
    }
    void pathsOfThisComputerAreNotRemote()
    {
        QFETCH(QString, path);
        QVERIFY(!RemoteLocation::isRemote(path));
        QCOMPARE(RemoteLocation::displayName(path), QDir::toNativeSeparators(path));
    }

    void optionsAreRead()
    {
        const Result<RemoteLocation> sftp = RemoteLocation::parse(
                QStringLiteral("sftp://pi@nas/data?key=~/.ssh/id_logger&connections=8"),
                issue::InvalidSourcePath);
        QVERIFY(sftp.ok());
        QCOMPARE(sftp->identityFile(), QDir::homePath() + QStringLiteral("/.ssh/id_logger"));
        QCOMPARE(sftp->connections(), 8);
        QCOMPARE(sftp->path(), QStringLiteral("/data"));

        const Result<RemoteLocation> absoluteKey = RemoteLocation::parse(
                QStringLiteral("sftp://nas/data?Key=/etc/lts/id%20lab&"), issue::InvalidSourcePath);
        QVERIFY(absoluteKey.ok());
        QCOMPARE(absoluteKey->identityFile(), QStringLiteral("/etc/lts/id lab"));

        for (const char *location :
             { "davs://h/x?connections=1", "ftp://h/x?connections=16",
               "rclone:dropbox:Lab?connections=16", "post+https://h/upload?connections=2" }) {
            const Result<RemoteLocation> parsed
                    = RemoteLocation::parse(QString::fromUtf8(location), issue::InvalidSourcePath);
            QVERIFY2(parsed.ok(), location);
            QVERIFY(parsed->connections() >= 1 && parsed->connections() <= 16);
        }
        const Result<RemoteLocation> rclone = RemoteLocation::parse(
                QStringLiteral("rclone:dropbox:Lab?connections=2"), issue::InvalidSourcePath);
        QCOMPARE(rclone->path(), QStringLiteral("Lab"));
    }

    // Each refusal with the caller's code and words that name the problem, and the location
    // (never with its password).
    void malformedLocationsAreRefused_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QStringList>("words");

        const auto row = [](const char *name, const char *location,
                            std::initializer_list<const char *> words) {
            QStringList list;
            for (const char *w : words)
                list.append(QString::fromUtf8(w));
            QTest::newRow(name) << QString::fromUtf8(location) << list;
        };
        row("password", "sftp://pi:raspberry@logger.local/data",
            { "contains a password", "letthatsyncin password sftp://pi@logger.local/data",
              "drive editor" });
        row("password with an @", "davs://me:p@ss@cloud/x",
            { "contains a password", "davs://me@cloud/x" });
        row("empty password", "ftp://u:@host/x", { "contains a password", "ftp://u@host/x" });
        // Found by fuzzing: a location pasted twice repeats its password in the path.
        row("password repeated in the path",
            "sftp://pi:raspberry@logger.local/datasftp://pi:raspberry@logger.local/data",
            { "contains a password", "letthatsyncin password sftp://pi@logger.local\"" });
        row("empty password repeated in the path", "sftp://p:@nas/datasftp://p:@nas/data",
            { "contains a password", "letthatsyncin password sftp://p@nas\"" });
        row("no host", "sftp:///data", { "names no server", "sftp://server/folder" });
        row("only a user", "davs://me@/x", { "names no server", "davs://server/folder" });
        row("no host, only a port", "ftp://:21/x", { "names no server" });
        row("port not a number", "sftp://nas:data/x", { "port", "from 1 to 65535", "\"data\"" });
        row("scp habit: empty port", "sftp://pi@nas:/data", { "port", "from 1 to 65535", "\"\"" });
        row("port zero", "sftp://nas:0/x", { "port", "\"0\"" });
        row("port too large", "davs://nas:65536/x", { "port", "\"65536\"" });
        row("port with a sign", "davs://nas:+22/x", { "port", "\"+22\"" });
        row("unclosed IPv6", "sftp://[::1/x", { "neither a name nor an address", "[::1]" });
        row("IPv6 without brackets", "sftp://fe80::1/x", { "port" });
        row("not an IPv6 address", "sftp://[nas]/x", { "neither a name nor an address" });
        // Found by fuzzing: a zone that decodes to "/" made a credential key that named
        // another location.
        row("a slash in an IPv6 zone", "sftp://[fe80::1%25%2F]/x",
            { "neither a name nor an address" });
        row("an empty IPv6 zone", "sftp://[fe80::1%25]/x", { "neither a name nor an address" });
        row("text after the brackets", "sftp://[::1]x/y", { "neither a name nor an address" });
        row("a space in the host", "sftp://my nas/x", { "\"my nas\"", "neither a name" });
        row("unknown option", "sftp://nas/x?compression=yes",
            { "\"compression\"", "does not know", "key, connections" });
        row("key on WebDAV", "davs://nas/x?key=~/.ssh/id", { "\"key\"", ": connections." });
        row("option twice", "sftp://nas/x?connections=2&connections=3", { "twice", "connections" });
        row("no connections", "sftp://nas/x?connections=0", { "connections", "1 to 16", "\"0\"" });
        row("too many connections", "sftp://nas/x?connections=17", { "1 to 16", "\"17\"" });
        row("connections not a number", "ftp://nas/x?connections=many", { "\"many\"" });
        row("connections, an encoded path in the message", "ftp://nas/%2Fsrv?connections=0",
            { "ftp://nas/%2Fsrv?connections=0", "from 1 to 16", "\"0\"" });
        row("relative key", "sftp://nas/x?key=id_logger", { "key", "\"id_logger\"" });
        row("empty key", "sftp://nas/x?key=", { "key", "\"\"" });
        row("another user's home", "sftp://nas/~bob/data", { "full path", "sftp://server/~/data" });
        row("dot dot", "sftp://nas/data/../etc", { "\"..\"" });
        row("encoded dot dot", "davs://nas/data/%2E%2E/x", { "\"..\"" });
        row("dot", "ftp://nas/./x", { "\".\"" });
        row("control character", "sftp://nas/a%0Ab", { "control character" });
        row("not UTF-8", "sftp://nas/%FF", { "not UTF-8" });
        row("unknown scheme", "smb://server/share",
            { "\"smb\"", "does not know", "sftp://", "rclone:" });
        row("rclone without a remote", "rclone:Lab/Site4", { "rclone:REMOTE:folder" });
        row("rclone without the colon", "rclone:dropbox",
            { "rclone listremotes", "rclone:REMOTE:" });
        row("rclone, a remote made on the fly", "rclone::sftp,host=x,pass=s3cret:data",
            { "names no remote", "rclone::…" });
        row("rclone, dot dot", "rclone:dropbox:a/../b", { "\"..\"" });
        row("rclone, unknown option", "rclone:dropbox:x?key=/k", { "\"key\"" });
    }
    void malformedLocationsAreRefused()
    {
        QFETCH(QString, location);
        QFETCH(QStringList, words);
        for (const QString &code : { issue::InvalidSourcePath, issue::InvalidTargetPath }) {
            QVERIFY(RemoteLocation::isRemote(location));
            const Result<RemoteLocation> parsed = RemoteLocation::parse(location, code);
            QVERIFY2(!parsed.ok(), qPrintable(location));
            QCOMPARE(parsed.error().code, code);
            for (const QString &word : words)
                QVERIFY2(parsed.error().message.contains(word),
                         qPrintable(parsed.error().message + QStringLiteral(" lacks ") + word));
        }
        const QString message = RemoteLocation::parse(location, {}).error().message;
        for (const char *secret : { "raspberry", "p@ss", "s3cret" })
            QVERIFY2(!message.contains(QString::fromUtf8(secret)), qPrintable(message));
        for (const char *secret : { "raspberry", "s3cret" })
            QVERIFY(!RemoteLocation::displayName(location).contains(QString::fromUtf8(secret)));
    }

    void credentialKeyIsNormalised_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("key");
        QTest::newRow("sftp") << "sftp://pi@logger.local/home/pi/data"
                              << "sftp://pi@logger.local:22";
        QTest::newRow("same server, another folder")
                << "sftp://pi@logger.local:22/~/x?connections=2"
                << "sftp://pi@logger.local:22";
        QTest::newRow("no user") << "sftp://Logger.LOCAL:2222/x"
                                 << "sftp://logger.local:2222";
        QTest::newRow("the contract's example") << "sftp://pi@logger.local"
                                                << "sftp://pi@logger.local:22";
        QTest::newRow("webdavs is davs") << "WebDAVs://me@cloud.example.org/remote.php/dav"
                                         << "davs://me@cloud.example.org:443";
        QTest::newRow("webdav is dav") << "webdav://nas/x"
                                       << "dav://nas:80";
        QTest::newRow("ftpes") << "ftpes://u@h/x"
                               << "ftpes://u@h:21";
        QTest::newRow("ftps") << "ftps://u@h/x"
                              << "ftps://u@h:990";
        QTest::newRow("ftp") << "ftp://u@h/x"
                             << "ftp://u@h:21";
        QTest::newRow("upload") << "post+https://logs.px4.io/upload"
                                << "post+https://logs.px4.io:443";
        QTest::newRow("post+http") << "post+http://h/upload"
                                   << "post+http://h:80";
        QTest::newRow("IPv6") << "sftp://pi@[::1]/x"
                              << "sftp://pi@[::1]:22";
        // Found by fuzzing: the zone of a link-local address reads back as itself.
        QTest::newRow("IPv6 with a zone") << "sftp://[fe80::1%25eth0]/x"
                                          << "sftp://[fe80::1%25eth0]:22";
        QTest::newRow("a user with an @") << "davs://me%40example.org@cloud/x"
                                          << "davs://me%40example.org@cloud:443";
        // Found by fuzzing: a "%3" in the user is not taken for a placeholder.
        QTest::newRow("a percent sign in the user") << "dav://%3Dpi%253@nas/x"
                                                    << "dav://%3Dpi%253@nas:80";
        QTest::newRow("rclone keeps its own") << "rclone:dropbox:Lab"
                                              << "";
    }
    void credentialKeyIsNormalised()
    {
        QFETCH(QString, location);
        QFETCH(QString, key);
        const Result<RemoteLocation> parsed
                = RemoteLocation::parse(location, issue::InvalidSourcePath);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->credentialKey(), key);
        if (key.isEmpty())
            return;
        // The key is a location of the same server, whose key it is.
        const Result<RemoteLocation> again = RemoteLocation::parse(key, issue::InvalidSourcePath);
        QVERIFY(again.ok());
        QCOMPARE(again->credentialKey(), key);
        QCOMPARE(again->user(), parsed->user());
    }

    void friendlyFormIsWhatPeopleRead_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("sftp") << "sftp://pi@logger.local/data"
                              << "pi@logger.local:/data (SFTP)";
        QTest::newRow("sftp, no user") << "sftp://nas/srv/backup?key=~/.ssh/k&connections=2"
                                       << "nas:/srv/backup (SFTP)";
        QTest::newRow("sftp, home") << "sftp://pi@nas/~/data"
                                    << "pi@nas:~/data (SFTP)";
        QTest::newRow("sftp, the home folder") << "sftp://pi@nas/~"
                                               << "pi@nas:~ (SFTP)";
        QTest::newRow("sftp, the root") << "sftp://pi@nas"
                                        << "pi@nas:/ (SFTP)";
        QTest::newRow("sftp, another port") << "sftp://pi@nas:2222/data"
                                            << "pi@nas:/data (SFTP, port 2222)";
        QTest::newRow("sftp, the usual port") << "sftp://pi@nas:22/data"
                                              << "pi@nas:/data (SFTP)";
        QTest::newRow("sftp, IPv6") << "sftp://[::1]/data"
                                    << "[::1]:/data (SFTP)";
        QTest::newRow("decoded") << "sftp://nas/My%20Photos"
                                 << "nas:/My Photos (SFTP)";
        QTest::newRow("davs") << "davs://me@cloud.example.org/remote.php/dav/files/me/Photos"
                              << "me@cloud.example.org/remote.php/dav/files/me/Photos (WebDAV)";
        QTest::newRow("davs, no user") << "davs://cloud.example.org/remote.php/dav"
                                       << "cloud.example.org/remote.php/dav (WebDAV)";
        QTest::newRow("davs, another port") << "webdavs://nas:8443/dav"
                                            << "nas:8443/dav (WebDAV)";
        QTest::newRow("dav") << "dav://nas/share"
                             << "nas/share (WebDAV, not encrypted)";
        QTest::newRow("ftpes") << "ftpes://u@ftp.example.org/logs"
                               << "u@ftp.example.org:logs (FTPS)";
        QTest::newRow("ftps, absolute") << "ftps://u@h/%2Fsrv/logs"
                                        << "u@h:/srv/logs (FTPS)";
        QTest::newRow("ftp, login folder") << "ftp://u@h:2121"
                                           << "u@h (FTP, port 2121, not encrypted)";
        QTest::newRow("upload form") << "post+https://logs.px4.io/upload"
                                     << "logs.px4.io/upload (upload form)";
        QTest::newRow("upload form, plain") << "post+http://127.0.0.1:8080/f"
                                            << "127.0.0.1:8080/f (upload form, not encrypted)";
        QTest::newRow("rclone") << "rclone:dropbox:Lab/Site4"
                                << "dropbox:Lab/Site4 (rclone)";
        QTest::newRow("rclone, top folder") << "rclone:dropbox:"
                                            << "dropbox: (rclone)";
        // What does not parse is shown as written, never with a password.
        QTest::newRow("malformed") << " sftp://nas:x/data "
                                   << "sftp://nas:x/data";
        QTest::newRow("malformed with a password") << "sftp://pi:secret@nas:x/data"
                                                   << "sftp://pi@nas:x/data";
    }
    void friendlyFormIsWhatPeopleRead()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        QCOMPARE(RemoteLocation::displayName(location), shown);
    }

    void fileManagersOpenTheServersFolderByItsAddress_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("inside");
        QTest::addColumn<QString>("url"); // empty: no file manager reaches it
        QTest::newRow("sftp") << "sftp://pi@logger.local/data?key=~/.ssh/k&connections=2"
                              << ""
                              << "sftp://pi@logger.local/data";
        QTest::newRow("sftp, a folder inside")
                << "sftp://pi@nas:2222/srv/backup"
                << ".letthatsyncin/versions/2026/album"
                << "sftp://pi@nas:2222/srv/backup/.letthatsyncin/versions/2026/album";
        QTest::newRow("sftp, the folder above") << "sftp://nas/srv/backup"
                                                << "a/b/.."
                                                << "sftp://nas/srv/backup/a";
        QTest::newRow("sftp, IPv6") << "sftp://[::1]/data"
                                    << ""
                                    << "sftp://[::1]/data";
        QTest::newRow("sftp, a space") << "sftp://nas/My%20Photos"
                                       << "x y"
                                       << "sftp://nas/My%20Photos/x%20y";
        QTest::newRow("sftp, the home folder") << "sftp://pi@nas/~/data"
                                               << ""
                                               << "";
        QTest::newRow("davs") << "davs://me@cloud.example.org/remote.php/dav/files/me"
                              << "Photos"
                              << "davs://me@cloud.example.org/remote.php/dav/files/me/Photos";
        QTest::newRow("webdav") << "webdav://nas/share"
                                << ""
                                << "dav://nas/share";
        QTest::newRow("ftp") << "ftp://u@h:2121/%2Fsrv/logs"
                             << ""
                             << "ftp://u@h:2121/srv/logs";
        QTest::newRow("ftpes: never plain") << "ftpes://u@h/%2Fsrv/logs"
                                            << ""
                                            << "";
        QTest::newRow("upload form") << "post+https://logs.px4.io/upload"
                                     << ""
                                     << "";
        QTest::newRow("rclone") << "rclone:dropbox:Lab"
                                << ""
                                << "";
    }
    void fileManagersOpenTheServersFolderByItsAddress()
    {
        QFETCH(QString, location);
        QFETCH(QString, inside);
        QFETCH(QString, url);
        const Result<RemoteLocation> parsed
                = RemoteLocation::parse(location, issue::InvalidTargetPath);
        QVERIFY(parsed.ok());
        const std::optional<QUrl> opened = parsed->fileManagerUrl(inside);
        QCOMPARE(opened ? opened->toString(QUrl::FullyEncoded) : QString(), url);
    }

    // The protocols' names are names, the same in every language; the words around them are
    // the translation's.
    void friendlyFormKeepsProtocolNamesInEveryLanguage()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString sftp = RemoteLocation::displayName(QStringLiteral("sftp://pi@nas/data"));
        const QString rclone = RemoteLocation::displayName(QStringLiteral("rclone:dropbox:Lab"));
        const QString dav = RemoteLocation::displayName(QStringLiteral("webdav://nas/x"));
        const QString upload = RemoteLocation::displayName(QStringLiteral("post+https://h/up"));
        const QString port = RemoteLocation::displayName(QStringLiteral("sftp://nas:2222/x"));
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(sftp, QStringLiteral("pi@nas:/data (SFTP)"));
        QCOMPARE(rclone, QStringLiteral("dropbox:Lab (rclone)"));
        QCOMPARE(dav, QStringLiteral("nas/x (<<WebDAV, not encrypted>>)"));
        QCOMPARE(upload, QStringLiteral("h/up (<<upload form>>)"));
        QCOMPARE(port, QStringLiteral("nas:/x (<<SFTP, port 2222>>)"));
    }

    // The folder each location is, for the rule that no target lies in its source or in
    // another drive's target.
    void comparisonKeyNamesTheFolder_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("key");
        QTest::newRow("sftp") << "sftp://pi@NAS/srv/data/"
                              << "sftp://nas:22/srv/data";
        QTest::newRow("sftp, another user, same folder") << "sftp://bob@nas:22/srv/data"
                                                         << "sftp://nas:22/srv/data";
        QTest::newRow("sftp, root") << "sftp://nas/"
                                    << "sftp://nas:22";
        QTest::newRow("sftp, home") << "sftp://pi@nas/~/data"
                                    << "sftp://pi@nas:22/~/data";
        QTest::newRow("sftp, the home folder") << "sftp://nas/~/"
                                               << "sftp://@nas:22";
        QTest::newRow("davs and webdavs") << "webdavs://nas/dav"
                                          << "dav://nas:443/dav";
        QTest::newRow("ftpes and ftp") << "ftpes://u@h/%2Fsrv"
                                       << "ftp://h:21/srv";
        QTest::newRow("rclone") << "rclone:dropbox:/Lab/"
                                << "rclone://dropbox/Lab";
        QTest::newRow("rclone top") << "rclone:dropbox:"
                                    << "rclone://dropbox";
    }
    void comparisonKeyNamesTheFolder()
    {
        QFETCH(QString, location);
        QFETCH(QString, key);
        const Result<RemoteLocation> parsed
                = RemoteLocation::parse(location, issue::InvalidSourcePath);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->comparisonKey(), key);
    }
};

LTS_TEST_MAIN(TestRemoteLocation)
#include "tst_remotelocation.moc"
