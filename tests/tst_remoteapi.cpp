// The protocol's requests about remote locations (SetPassword, TrustHost, TestLocation,
// ListFolder), the drives' Trust field and the TrustNeeded event, against a real OpenSSH sshd
// on loopback (support/sshdserver.h) and a real SyncController and engine. HOME is a folder of
// the test's own (no ~/.ssh of the developer's is read), no agent is asked, and no keychain
// answers, so passwords go to the 0600 fallback file.
#include "apihandler.h"
#include "davserver.h"
#include "eventlog.h"
#include "files.h"
#include "ftpserver.h"
#include "nokeychain.h"
#include "sshdserver.h"
#include "synccontroller.h"
#include "testmain.h"
#include "uploadserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

using namespace lts;
using test::NoKeychain;

namespace {

QString text(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact));
}

} // namespace

class TestRemoteApi : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<test::SshdServer> m_server;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<ApiHandler> m_handler;
    ApiSession m_session{ true, false, 0 };
    QByteArray m_home;
    QByteArray m_agent;

    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString configFolder() const { return path(QStringLiteral("config")); }
    QString dataFolder() const { return path(QStringLiteral("data")); }
    QString knownHosts() const { return configFolder() + QStringLiteral("/known_hosts"); }
    QString trustedCertificates() const
    {
        return configFolder() + QStringLiteral("/trusted_certificates");
    }

    // An SFTP location of a folder on the test's server, logging in with the client key.
    QString remote(const QString &folder, quint16 port = 0) const
    {
        return QStringLiteral("sftp://%1@127.0.0.1:%2%3?key=%4")
                .arg(m_server->user())
                .arg(port ? port : m_server->port())
                .arg(folder, m_server->clientKey());
    }
    // A folder on the server (the server's user owns its directory).
    QString serverFolder(const QString &name) const
    {
        const QString folder = m_server->directory() + u'/' + name;
        QDir().mkpath(folder);
        return folder;
    }

    void makeController()
    {
        SyncController::Environment env;
        env.configFolder = configFolder();
        env.dataFolder = dataFolder();
        env.volumeOf = [](const QString &folder) { return folder; };
        env.keychain = [] { return std::make_unique<NoKeychain>(); };
        QDir().mkpath(env.configFolder);
        m_controller = std::make_unique<SyncController>(env);
        QVERIFY(m_controller->load());
        m_events = std::make_unique<EventLog>(*m_controller);
        m_handler = std::make_unique<ApiHandler>(*m_controller, *m_events, QByteArray("token"));
    }

    // One request and its reply, which may come later (within `timeoutMs`).
    QJsonObject send(const QJsonObject &request, int timeoutMs = 20000)
    {
        const auto reply = std::make_shared<std::optional<QJsonObject>>();
        m_handler->handle(QJsonDocument(request).toJson(QJsonDocument::Compact), m_session, this,
                          [reply](const ApiReply &r) { reply->emplace(r.response); });
        static_cast<void>(QTest::qWaitFor([&reply] { return reply->has_value(); }, timeoutMs));
        if (!reply->has_value())
            QTest::qFail("no reply", __FILE__, __LINE__);
        return reply->value_or(QJsonObject());
    }
    QJsonObject send(const QString &name, const QJsonObject &fields, int timeoutMs = 20000)
    {
        QJsonObject request = fields;
        request.insert(QStringLiteral("request"), name);
        return send(request, timeoutMs);
    }

    QList<QJsonObject> events(const QString &name) const
    {
        QList<QJsonObject> list;
        for (const QJsonObject &event : m_events->since(0).events) {
            if (event.value(u"event").toString() == name)
                list.append(event);
        }
        return list;
    }

    // A drive from a folder on the server (with one file) to a local folder.
    QString addRemoteDrive(const QString &name)
    {
        const QString source = serverFolder(name);
        test::writeFile(source + QStringLiteral("/logger.csv"), "1,2,3\n");
        const QJsonObject response = send(
                QStringLiteral("AddDrive"),
                { { QStringLiteral("Drives"),
                    QJsonArray{ QJsonObject{
                            { QStringLiteral("Name"), name },
                            { QStringLiteral("Source"), remote(source) },
                            { QStringLiteral("Target"), path(name + QStringLiteral("-target")) },
                            { QStringLiteral("Mode"), QStringLiteral("Update") },
                            { QStringLiteral("Sleep"), 1 },
                            { QStringLiteral("Units"), QStringLiteral("Days") } } } } });
        [&] {
            QVERIFY2(response[u"Results"][0][u"Result"].toString() == u"Success",
                     qPrintable(text(response)));
        }();
        return remote(source);
    }
    // Runs the drive now and waits for its run to end: its SyncFinished event.
    QJsonObject syncAndWait(const QString &name)
    {
        const qsizetype before = events(QStringLiteral("SyncFinished")).size();
        const QJsonObject started
                = send(QStringLiteral("SyncNow"), { { QStringLiteral("Name"), name } });
        [&] { QCOMPARE(started[u"Result"].toString(), QStringLiteral("Success")); }();
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("SyncFinished")).size(), before + 1,
                                      30000);
        }();
        return events(QStringLiteral("SyncFinished")).value(before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_home = qgetenv("HOME");
        m_agent = qgetenv("SSH_AUTH_SOCK");
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("CREDENTIALS_DIRECTORY");
    }
    void cleanupTestCase()
    {
        qputenv("HOME", m_home);
        if (!m_agent.isEmpty())
            qputenv("SSH_AUTH_SOCK", m_agent);
    }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        // No ~/.ssh of the developer's: its config, known_hosts and keys stay out of the test.
        QDir().mkpath(path(QStringLiteral("home")));
        qputenv("HOME", QFile::encodeName(path(QStringLiteral("home"))));
        if (const QString why = test::SshdServer::whyNoSshd(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        m_server = std::make_unique<test::SshdServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->whyNot()));
        makeController();
    }
    void cleanup()
    {
        m_handler.reset();
        m_events.reset();
        m_controller.reset();
        m_server.reset();
        m_dir.reset();
    }

    void helloSaysProtocol2()
    {
        const QJsonObject hello = send(QStringLiteral("Hello"), {});
        QCOMPARE(hello[u"Protocol"].toInt(), 2);
        const QJsonArray requests = hello[u"Requests"].toArray();
        for (const char *name : { "SetPassword", "TrustHost", "TestLocation", "ListFolder" })
            QVERIFY2(requests.contains(QString::fromLatin1(name)), name);
    }

    void aDriveRefusedForAKeyIsShownAndRunsOnceItIsTrusted()
    {
        const QString location = addRemoteDrive(QStringLiteral("Logger"));
        const QJsonObject refused = syncAndWait(QStringLiteral("Logger"));
        QCOMPARE(refused[u"Result"].toString(), QStringLiteral("Refused"));

        // Told once to a subscriber, with the key.
        const QString fingerprint = m_server->hostFingerprint();
        QCOMPARE(events(QStringLiteral("TrustNeeded")).size(), 1);
        const QJsonObject needed = events(QStringLiteral("TrustNeeded")).constFirst();
        QCOMPARE(needed[u"Drive"].toString(), QStringLiteral("Logger"));
        QCOMPARE(needed[u"Location"].toString(), location);
        QCOMPARE(needed[u"KeyType"].toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(needed[u"Fingerprint"].toString(), fingerprint);
        QVERIFY(!needed.contains(u"Previous"));
        // ListDrives shows what waits.
        const QJsonObject listed
                = send(QStringLiteral("ListDrives"), {})[u"Drives"][u"Logger"].toObject();
        const QJsonObject trust = listed[u"Trust"].toObject();
        QCOMPARE(trust[u"Fingerprint"].toString(), fingerprint);
        QCOMPARE(trust[u"Location"].toString(), location);
        QCOMPARE(trust[u"KeyType"].toString(), QStringLiteral("ssh-ed25519"));
        // A second refused run tells no one again.
        syncAndWait(QStringLiteral("Logger"));
        QCOMPARE(events(QStringLiteral("TrustNeeded")).size(), 1);
        QVERIFY(!QFile::exists(knownHosts()));

        const qsizetype runs = events(QStringLiteral("SyncFinished")).size();
        const QJsonObject trusted = send(QStringLiteral("TrustHost"),
                                         { { QStringLiteral("Location"), location },
                                           { QStringLiteral("Fingerprint"), fingerprint } });
        QCOMPARE(trusted[u"Result"].toString(), QStringLiteral("Success"));
        QCOMPARE(trusted[u"Fingerprint"].toString(), fingerprint);
        QVERIFY(test::readFile(knownHosts())
                        .contains(m_server->hostPublicKey().split(' ').value(1)));
        // The drive that waited runs at once, and succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("SyncFinished")).size(), runs + 1, 30000);
        QCOMPARE(events(QStringLiteral("SyncFinished")).constLast()[u"Result"].toString(),
                 QStringLiteral("Success"));
        QCOMPARE(test::readFile(path(QStringLiteral("Logger-target/logger.csv"))),
                 QByteArray("1,2,3\n"));
        QVERIFY(!send(QStringLiteral("ListDrives"), {})[u"Drives"][u"Logger"].toObject().contains(
                u"Trust"));
    }

    void aWrongFingerprintTrustsNothing()
    {
        const QString location = remote(serverFolder(QStringLiteral("data")));
        const QJsonObject refused = send(
                QStringLiteral("TrustHost"),
                { { QStringLiteral("Location"), location },
                  { QStringLiteral("Fingerprint"),
                    QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") } });
        QCOMPARE(refused[u"Result"].toString(), QStringLiteral("Failure"));
        QCOMPARE(refused[u"Error"].toString(), QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(!refused[u"Message"].toString().isEmpty());
        QVERIFY(!QFile::exists(knownHosts()));

        QCOMPARE(send(QStringLiteral("TrustHost"),
                      { { QStringLiteral("Location"), location } })[u"Error"]
                         .toString(),
                 QStringLiteral("Invalid Fingerprint"));
        QCOMPARE(send(QStringLiteral("TrustHost"),
                      { { QStringLiteral("Location"), 12 },
                        { QStringLiteral("Fingerprint"), m_server->hostFingerprint() } })[u"Error"]
                         .toString(),
                 QStringLiteral("Invalid Location"));
    }

    void testLocationTellsTrustLoginAndRoom()
    {
        const QString folder = serverFolder(QStringLiteral("data"));
        test::writeFile(folder + QStringLiteral("/a.txt"), "a");
        test::writeFile(folder + QStringLiteral("/b.txt"), "bb");
        QDir().mkpath(folder + QStringLiteral("/sub"));
        const QString location = remote(folder);

        const QJsonObject unknown = send(QStringLiteral("TestLocation"),
                                         { { QStringLiteral("Location"), location } });
        QCOMPARE(unknown[u"Result"].toString(), QStringLiteral("Failure"));
        QCOMPARE(unknown[u"Error"].toString(), QStringLiteral("Host Key Unknown"));
        QCOMPARE(unknown[u"Fingerprint"].toString(), m_server->hostFingerprint());
        QCOMPARE(unknown[u"KeyType"].toString(), QStringLiteral("ssh-ed25519"));
        QVERIFY(unknown[u"Message"].toString().contains(m_server->hostFingerprint()));
        QVERIFY(!QFile::exists(knownHosts()));

        QCOMPARE(send(QStringLiteral("TrustHost"),
                      { { QStringLiteral("Location"), location },
                        { QStringLiteral("Fingerprint"), m_server->hostFingerprint() } })[u"Result"]
                         .toString(),
                 QStringLiteral("Success"));
        const QJsonObject tested = send(QStringLiteral("TestLocation"),
                                        { { QStringLiteral("Location"), location } });
        QVERIFY2(tested[u"Result"].toString() == u"Success", qPrintable(text(tested)));
        QCOMPARE(tested[u"Kind"].toString(), QStringLiteral("SFTP"));
        QCOMPARE(tested[u"Entries"].toInteger(), 3);
        QVERIFY(tested[u"Free"].toInteger() > 0);
        QVERIFY(tested[u"Total"].toInteger() >= tested[u"Free"].toInteger());

        // A login the server refuses: a user it does not know.
        const QString stranger = QStringLiteral("sftp://nobody-here@127.0.0.1:%1%2?key=%3")
                                         .arg(m_server->port())
                                         .arg(folder, m_server->clientKey());
        QCOMPARE(send(QStringLiteral("TestLocation"),
                      { { QStringLiteral("Location"), stranger } })[u"Error"]
                         .toString(),
                 QStringLiteral("Authentication Failed"));
    }

    // A davs:// server whose certificate no authority vouches for (a NAS's own) is trusted as
    // a host key is: TestLocation tells Certificate Unknown with its fingerprint, the drive waits
    // with the certificate's facts, TrustHost pins only the certificate the server presents, and
    // the drive that waited runs at once.
    void aCertificateIsTrustedAsAHostKeyIs()
    {
        using test::DavServer;
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        DavServer dav(DavServer::Kind::Rclone);
        dav.useTls();
        QVERIFY2(dav.start(), qPrintable(dav.whyNot()));
        QDir().mkpath(dav.directory() + QStringLiteral("/photos"));
        test::writeFile(dav.directory() + QStringLiteral("/photos/a.jpg"), "jpeg");
        const QString location = dav.origin() + QStringLiteral("/photos");
        const QString fingerprint = dav.certificateFingerprint();
        QVERIFY(fingerprint.startsWith(u"SHA256:"));

        const QJsonObject unknown = send(QStringLiteral("TestLocation"),
                                         { { QStringLiteral("Location"), location } });
        QCOMPARE(unknown[u"Result"].toString(), QStringLiteral("Failure"));
        QCOMPARE(unknown[u"Error"].toString(), QStringLiteral("Certificate Unknown"));
        QCOMPARE(unknown[u"KeyType"].toString(), QStringLiteral("certificate"));
        QCOMPARE(unknown[u"Fingerprint"].toString(), fingerprint);
        QVERIFY(unknown[u"Message"].toString().contains(fingerprint));
        QVERIFY(!unknown.contains(u"Warning")); // encrypted: nothing insecure about it

        const QJsonObject stored = send(QStringLiteral("SetPassword"),
                                        { { QStringLiteral("Location"), location },
                                          { QStringLiteral("Password"), QStringLiteral("p") } });
        QCOMPARE(stored[u"Result"].toString(), QStringLiteral("Success"));
        QVERIFY(!stored[u"Warning"].toString().contains(u"Insecure Connection"));
        const QJsonObject added = send(
                QStringLiteral("AddDrive"),
                { { QStringLiteral("Drives"),
                    QJsonArray{ QJsonObject{
                            { QStringLiteral("Name"), QStringLiteral("Photos") },
                            { QStringLiteral("Source"), location },
                            { QStringLiteral("Target"), path(QStringLiteral("Photos-target")) },
                            { QStringLiteral("Mode"), QStringLiteral("Update") },
                            { QStringLiteral("Sleep"), 1 },
                            { QStringLiteral("Units"), QStringLiteral("Days") } } } } });
        QVERIFY2(added[u"Results"][0][u"Result"].toString() == u"Success", qPrintable(text(added)));
        QVERIFY(!added.contains(u"Warning"));

        const QJsonObject refused = syncAndWait(QStringLiteral("Photos"));
        QCOMPARE(refused[u"Result"].toString(), QStringLiteral("Refused"));
        QCOMPARE(events(QStringLiteral("TrustNeeded")).size(), 1);
        const QJsonObject needed = events(QStringLiteral("TrustNeeded")).constFirst();
        QCOMPARE(needed[u"Drive"].toString(), QStringLiteral("Photos"));
        QCOMPARE(needed[u"Location"].toString(), location);
        QCOMPARE(needed[u"KeyType"].toString(), QStringLiteral("certificate"));
        QCOMPARE(needed[u"Fingerprint"].toString(), fingerprint);
        QVERIFY(!needed.contains(u"Previous"));
        // What the certificate says of itself, for the person who checks it.
        QCOMPARE(needed[u"Subject"].toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(needed[u"Issuer"].toString().contains(u"127.0.0.1"));
        const QDateTime until
                = QDateTime::fromString(needed[u"ValidUntil"].toString(), Qt::ISODate);
        QVERIFY(until > QDateTime::currentDateTimeUtc());
        QVERIFY(until < QDateTime::currentDateTimeUtc().addDays(3));
        const QJsonObject listed
                = send(QStringLiteral("ListDrives"), {})[u"Drives"][u"Photos"].toObject();
        QCOMPARE(listed[u"Trust"][u"Fingerprint"].toString(), fingerprint);
        QCOMPARE(listed[u"Trust"][u"KeyType"].toString(), QStringLiteral("certificate"));
        QVERIFY(!QDir(path(QStringLiteral("Photos-target"))).exists(QStringLiteral("a.jpg")));

        // Only the certificate the server presents is trusted.
        const QJsonObject mismatch = send(
                QStringLiteral("TrustHost"),
                { { QStringLiteral("Location"), location },
                  { QStringLiteral("Fingerprint"),
                    QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") } });
        QCOMPARE(mismatch[u"Error"].toString(), QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(mismatch[u"Message"].toString().contains(fingerprint));
        QVERIFY(!QFile::exists(trustedCertificates()));

        const qsizetype runs = events(QStringLiteral("SyncFinished")).size();
        const QJsonObject trusted = send(QStringLiteral("TrustHost"),
                                         { { QStringLiteral("Location"), location },
                                           { QStringLiteral("Fingerprint"), fingerprint } });
        QVERIFY2(trusted[u"Result"].toString() == u"Success", qPrintable(text(trusted)));
        QCOMPARE(trusted[u"KeyType"].toString(), QStringLiteral("certificate"));
        QCOMPARE(trusted[u"Fingerprint"].toString(), fingerprint);
        QCOMPARE(test::readFile(trustedCertificates()),
                 QStringLiteral("127.0.0.1:%1 %2\n").arg(dav.port()).arg(fingerprint).toUtf8());
        // The drive that waited runs at once, and succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("SyncFinished")).size(), runs + 1, 30000);
        QCOMPARE(events(QStringLiteral("SyncFinished")).constLast()[u"Result"].toString(),
                 QStringLiteral("Success"));
        QCOMPARE(test::readFile(path(QStringLiteral("Photos-target/a.jpg"))), QByteArray("jpeg"));
        QVERIFY(!send(QStringLiteral("ListDrives"), {})[u"Drives"][u"Photos"].toObject().contains(
                u"Trust"));
        const QJsonObject tested = send(QStringLiteral("TestLocation"),
                                        { { QStringLiteral("Location"), location } });
        QVERIFY2(tested[u"Result"].toString() == u"Success", qPrintable(text(tested)));
        QCOMPARE(tested[u"Entries"].toInteger(), 1);
    }

    // An FTPS server's and an upload form's certificate that no authority vouches for are
    // trusted as a davs:// server's is: TestLocation and the drive's run tell Certificate
    // Unknown with its fingerprint and facts, TrustHost pins only the certificate presented,
    // the drive that waited runs at once, and a certificate that changes is refused with the
    // pinned one as Previous.
    void aCertificateOfFtpsOrAFormIsTrustedAsADavsOneIs_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("ftpes") << QStringLiteral("ftpes");
        QTest::newRow("ftps") << QStringLiteral("ftps");
        QTest::newRow("post+https") << QStringLiteral("post+https");
    }
    void aCertificateOfFtpsOrAFormIsTrustedAsADavsOneIs()
    {
        QFETCH(QString, scheme);
        using test::FtpServer;
        using test::UploadServer;
        const bool form = scheme == u"post+https";
        std::unique_ptr<FtpServer> ftp;
        std::unique_ptr<UploadServer> upload;
        QString location;
        QString fingerprint;
        quint16 port = 0;
        if (form) {
            if (const QString why = UploadServer::whyNot(); !why.isEmpty())
                LTS_SKIP_WITHOUT_SERVER(why);
            upload = std::make_unique<UploadServer>();
            upload->useTls();
            QVERIFY2(upload->start(), qPrintable(upload->whyNotStarted()));
            location = upload->location();
            fingerprint = upload->certificateFingerprint();
            port = upload->port();
        } else {
            if (const QString why = FtpServer::whyNot(FtpServer::Kind::Vsftpd); !why.isEmpty())
                LTS_SKIP_WITHOUT_SERVER(why);
            ftp = std::make_unique<FtpServer>(FtpServer::Kind::Vsftpd,
                                              scheme == u"ftpes" ? FtpServer::Tls::Explicit
                                                                 : FtpServer::Tls::Implicit);
            QVERIFY2(ftp->start(), qPrintable(ftp->whyNot()));
            QVERIFY(QDir().mkpath(ftp->directory() + QStringLiteral("/t")));
            location = ftp->origin() + QStringLiteral("/t");
            fingerprint = ftp->certificateFingerprint();
            port = ftp->port();
        }
        QVERIFY(location.startsWith(scheme + QStringLiteral("://")));
        QVERIFY(fingerprint.startsWith(u"SHA256:"));
        const auto received = [&](const QString &name) {
            return form ? upload->stored().contains(name)
                        : QFile::exists(ftp->directory() + QStringLiteral("/t/") + name);
        };

        const QJsonObject unknown = send(QStringLiteral("TestLocation"),
                                         { { QStringLiteral("Location"), location } });
        QCOMPARE(unknown[u"Error"].toString(), QStringLiteral("Certificate Unknown"));
        QCOMPARE(unknown[u"KeyType"].toString(), QStringLiteral("certificate"));
        QCOMPARE(unknown[u"Fingerprint"].toString(), fingerprint);
        QVERIFY(unknown[u"Message"].toString().contains(fingerprint));

        QVERIFY(test::writeFile(path(QStringLiteral("source/a.txt")), "alpha"));
        QJsonObject drive{ { QStringLiteral("Name"), QStringLiteral("Tls") },
                           { QStringLiteral("Source"), path(QStringLiteral("source")) },
                           { QStringLiteral("Target"), location },
                           { QStringLiteral("Mode"), QStringLiteral("Update") },
                           { QStringLiteral("Sleep"), 1 },
                           { QStringLiteral("Units"), QStringLiteral("Days") } };
        if (form)
            drive.insert(QStringLiteral("Upload"),
                         QJsonObject{ { QStringLiteral("FileField"), QStringLiteral("file") },
                                      { QStringLiteral("Fields"), QJsonObject() } });
        const QJsonObject added = send(QStringLiteral("AddDrive"),
                                       { { QStringLiteral("Drives"), QJsonArray{ drive } } });
        QVERIFY2(added[u"Results"][0][u"Result"].toString() == u"Success", qPrintable(text(added)));

        const QJsonObject refused = syncAndWait(QStringLiteral("Tls"));
        QCOMPARE(refused[u"Result"].toString(), QStringLiteral("Refused"));
        QCOMPARE(events(QStringLiteral("TrustNeeded")).size(), 1);
        const QJsonObject needed = events(QStringLiteral("TrustNeeded")).constFirst();
        QCOMPARE(needed[u"Location"].toString(), location);
        QCOMPARE(needed[u"KeyType"].toString(), QStringLiteral("certificate"));
        QCOMPARE(needed[u"Fingerprint"].toString(), fingerprint);
        QVERIFY(!needed.contains(u"Previous"));
        QCOMPARE(needed[u"Subject"].toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(needed[u"Issuer"].toString().contains(u"127.0.0.1"));
        QVERIFY(QDateTime::fromString(needed[u"ValidUntil"].toString(), Qt::ISODate)
                > QDateTime::currentDateTimeUtc());
        QVERIFY(!received(QStringLiteral("a.txt")));

        const QJsonObject mismatch = send(
                QStringLiteral("TrustHost"),
                { { QStringLiteral("Location"), location },
                  { QStringLiteral("Fingerprint"),
                    QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") } });
        QCOMPARE(mismatch[u"Error"].toString(), QStringLiteral("Fingerprint Mismatch"));
        QVERIFY(mismatch[u"Message"].toString().contains(fingerprint));
        QVERIFY(!QFile::exists(trustedCertificates()));

        const qsizetype runs = events(QStringLiteral("SyncFinished")).size();
        const QJsonObject trusted = send(QStringLiteral("TrustHost"),
                                         { { QStringLiteral("Location"), location },
                                           { QStringLiteral("Fingerprint"), fingerprint } });
        QVERIFY2(trusted[u"Result"].toString() == u"Success", qPrintable(text(trusted)));
        QCOMPARE(trusted[u"KeyType"].toString(), QStringLiteral("certificate"));
        QCOMPARE(trusted[u"Fingerprint"].toString(), fingerprint);
        QCOMPARE(test::readFile(trustedCertificates()),
                 QStringLiteral("127.0.0.1:%1 %2\n").arg(port).arg(fingerprint).toUtf8());
        // The drive that waited runs at once, and succeeds.
        QTRY_COMPARE_WITH_TIMEOUT(events(QStringLiteral("SyncFinished")).size(), runs + 1, 30000);
        QCOMPARE(events(QStringLiteral("SyncFinished")).constLast()[u"Result"].toString(),
                 QStringLiteral("Success"));
        QVERIFY(received(QStringLiteral("a.txt")));
        const QJsonObject tested = send(QStringLiteral("TestLocation"),
                                        { { QStringLiteral("Location"), location } });
        QVERIFY2(tested[u"Result"].toString() == u"Success", qPrintable(text(tested)));

        // Another certificate now: refused, with the one trusted before.
        QVERIFY2(form ? upload->replaceCertificate() : ftp->replaceCertificate(),
                 qPrintable(form ? upload->whyNotStarted() : ftp->whyNot()));
        const QString changed
                = form ? upload->certificateFingerprint() : ftp->certificateFingerprint();
        QVERIFY(changed != fingerprint);
        QVERIFY(test::writeFile(path(QStringLiteral("source/b.txt")), "beta"));
        QCOMPARE(syncAndWait(QStringLiteral("Tls"))[u"Result"].toString(),
                 QStringLiteral("Refused"));
        const QJsonObject again = events(QStringLiteral("TrustNeeded")).constLast();
        QCOMPARE(again[u"Fingerprint"].toString(), changed);
        QCOMPARE(again[u"Previous"].toString(), fingerprint);
        QVERIFY(!received(QStringLiteral("b.txt")));
        const QJsonObject retested = send(QStringLiteral("TestLocation"),
                                          { { QStringLiteral("Location"), location } });
        QCOMPARE(retested[u"Error"].toString(), QStringLiteral("Certificate Unknown"));
        QCOMPARE(retested[u"Fingerprint"].toString(), changed);
        QCOMPARE(retested[u"Previous"].toString(), fingerprint);
    }

    // Plain dav:// works, but a location that logs in there sends its password as it is: every
    // answer about it says so (Warning "Insecure Connection").
    void aPlainLocationWithALoginIsInsecure()
    {
        using test::DavServer;
        if (const QString why = DavServer::whyNot(DavServer::Kind::Rclone); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        DavServer dav(DavServer::Kind::Rclone);
        QVERIFY2(dav.start(), qPrintable(dav.whyNot()));
        QDir().mkpath(dav.directory() + QStringLiteral("/data"));
        const QString location = dav.origin() + QStringLiteral("/data");
        QVERIFY(location.startsWith(u"dav://u@"));
        const QString insecure = QStringLiteral("Insecure Connection");

        const QJsonObject stored = send(QStringLiteral("SetPassword"),
                                        { { QStringLiteral("Location"), location },
                                          { QStringLiteral("Password"), QStringLiteral("p") } });
        QCOMPARE(stored[u"Result"].toString(), QStringLiteral("Success"));
        QVERIFY2(stored[u"Warning"].toString().contains(insecure), qPrintable(text(stored)));
        // Forgetting a password sends none.
        QVERIFY(!send(QStringLiteral("SetPassword"),
                      { { QStringLiteral("Location"), location },
                        { QStringLiteral("Password"), QJsonValue::Null } })[u"Warning"]
                         .toString()
                         .contains(insecure));
        QCOMPARE(send(QStringLiteral("SetPassword"),
                      { { QStringLiteral("Location"), location },
                        { QStringLiteral("Password"), QStringLiteral("p") } })[u"Result"]
                         .toString(),
                 QStringLiteral("Success"));

        const QJsonObject tested = send(QStringLiteral("TestLocation"),
                                        { { QStringLiteral("Location"), location } });
        QVERIFY2(tested[u"Result"].toString() == u"Success", qPrintable(text(tested)));
        QCOMPARE(tested[u"Warning"].toString(), insecure);

        QDir().mkpath(path(QStringLiteral("plain-source")));
        const QJsonObject added = send(
                QStringLiteral("AddDrive"),
                { { QStringLiteral("Drives"),
                    QJsonArray{ QJsonObject{
                            { QStringLiteral("Name"), QStringLiteral("Plain") },
                            { QStringLiteral("Source"), path(QStringLiteral("plain-source")) },
                            { QStringLiteral("Target"), location },
                            { QStringLiteral("Mode"), QStringLiteral("Update") } } } } });
        QVERIFY2(added[u"Results"][0][u"Result"].toString() == u"Success", qPrintable(text(added)));
        QCOMPARE(added[u"Results"][0][u"Warning"].toString(), insecure);
        QCOMPARE(added[u"Warning"].toString(), insecure);

        const QJsonObject edited
                = send(QStringLiteral("EditDrive"),
                       { { QStringLiteral("Name"), QStringLiteral("Plain") },
                         { QStringLiteral("Drive"),
                           QJsonObject{ { QStringLiteral("Mode"), QStringLiteral("Mirror") } } } });
        QCOMPARE(edited[u"Result"].toString(), QStringLiteral("Success"));
        QCOMPARE(edited[u"Warning"].toString(), insecure);

        // Nothing to trust without TLS.
        const QJsonObject trusted = send(
                QStringLiteral("TrustHost"),
                { { QStringLiteral("Location"), location },
                  { QStringLiteral("Fingerprint"),
                    QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA") } });
        QCOMPARE(trusted[u"Error"].toString(), QStringLiteral("Not Supported"));
        QVERIFY(trusted[u"Message"].toString().contains(QStringLiteral("not encrypted")));

        // Without a user no password is sent: nothing to warn about.
        const QString anonymous = QStringLiteral("dav://127.0.0.1:%1/data").arg(dav.port());
        QVERIFY(!send(QStringLiteral("TestLocation"), { { QStringLiteral("Location"), anonymous } })
                         .contains(u"Warning"));
    }

    void testLocationOfAClosedPortOrAnUnreachedKind()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QElapsedTimer clock;
        clock.start();
        const QJsonObject unreachable
                = send(QStringLiteral("TestLocation"),
                       { { QStringLiteral("Location"), remote(QStringLiteral("/data"), port) } });
        QCOMPARE(unreachable[u"Error"].toString(), QStringLiteral("Unreachable"));
        QVERIFY(unreachable[u"Message"].toString().contains(u"127.0.0.1"));
        QVERIFY(clock.elapsed() < 30000);

        // An rclone remote that rclone's configuration (an empty one of the test's) does not
        // have, named.
        qputenv("RCLONE_CONFIG", QFile::encodeName(path(QStringLiteral("rclone.conf"))));
        const QJsonObject rclone
                = send(QStringLiteral("TestLocation"),
                       { { QStringLiteral("Location"), QStringLiteral("rclone:dropbox:Lab") } });
        QCOMPARE(rclone[u"Result"].toString(), QStringLiteral("Failure"));
        QVERIFY2(rclone[u"Message"].toString().contains(u"\"dropbox\""),
                 qPrintable(rclone[u"Message"].toString()));
    }

    // An upload form's drive: its Upload object goes in with AddDrive and out with ListDrives
    // (a wrong one is warned about); TestLocation answers whether the form's server answers,
    // and lists nothing.
    void anUploadFormsFieldsAndItsTest()
    {
        if (const QString why = test::UploadServer::whyNot(); !why.isEmpty())
            LTS_SKIP_WITHOUT_SERVER(why);
        test::UploadServer form;
        QVERIFY2(form.start(), qPrintable(form.whyNotStarted()));
        const QJsonObject upload{
            { QStringLiteral("FileField"), QStringLiteral("filearg") },
            { QStringLiteral("Fields"),
              QJsonObject{ { QStringLiteral("email"), QStringLiteral("a@b.org") } } }
        };
        QDir().mkpath(path(QStringLiteral("logs")));
        // Each drive to a form of its own: two drives to one form overlap, as two to one folder.
        auto drive = [&](const QString &name, const QJsonValue &uploadField) {
            return QJsonObject{ { QStringLiteral("Name"), name },
                                { QStringLiteral("Source"), path(QStringLiteral("logs")) },
                                { QStringLiteral("Target"),
                                  QString(form.location() + u'/' + name) },
                                { QStringLiteral("Mode"), QStringLiteral("Move") },
                                { QStringLiteral("Upload"), uploadField } };
        };
        const QJsonObject added = send(
                QStringLiteral("AddDrive"),
                { { QStringLiteral("Drives"),
                    QJsonArray{ drive(QStringLiteral("px4"), upload),
                                drive(QStringLiteral("odd"), QStringLiteral("filearg")) } } });
        QVERIFY2(added[u"Results"][0][u"Result"].toString() == u"Success", qPrintable(text(added)));
        QVERIFY2(!added[u"Results"][0].toObject().contains(u"Warning"), qPrintable(text(added)));
        QVERIFY2(added[u"Results"][1][u"Result"].toString() == u"Success", qPrintable(text(added)));
        QCOMPARE(added[u"Results"][1][u"Warning"].toString(), QStringLiteral("Invalid Upload"));

        const QJsonObject byName = send(QStringLiteral("ListDrives"), {})[u"Drives"].toObject();
        QCOMPARE(byName[u"px4"][u"Upload"].toObject(), upload);
        QCOMPARE(byName[u"odd"][u"Upload"][u"FileField"].toString(), QStringLiteral("file"));
        QCOMPARE(byName[u"odd"][u"Upload"][u"Fields"].toObject(), QJsonObject());

        // An edit of another field keeps the form's fields; an edit of Upload replaces them.
        QCOMPARE(send(QStringLiteral("EditDrive"),
                      { { QStringLiteral("Name"), QStringLiteral("px4") },
                        { QStringLiteral("Drive"),
                          QJsonObject{ { QStringLiteral("Sleep"), 6 } } } })[u"Result"]
                         .toString(),
                 QStringLiteral("Success"));
        QCOMPARE(send(QStringLiteral("ListDrives"), {})[u"Drives"][u"px4"][u"Upload"].toObject(),
                 upload);
        const QJsonObject other{ { QStringLiteral("FileField"), QStringLiteral("log") },
                                 { QStringLiteral("Fields"), QJsonObject() } };
        QCOMPARE(send(QStringLiteral("EditDrive"),
                      { { QStringLiteral("Name"), QStringLiteral("px4") },
                        { QStringLiteral("Drive"),
                          QJsonObject{ { QStringLiteral("Upload"), other } } } })[u"Result"]
                         .toString(),
                 QStringLiteral("Success"));
        QCOMPARE(send(QStringLiteral("ListDrives"), {})[u"Drives"][u"px4"][u"Upload"].toObject(),
                 other);
        // A field that cannot be sent (named as the file's field) is left out, with the
        // warning; the other fields go.
        const QJsonObject clash{ { QStringLiteral("FileField"), QStringLiteral("log") },
                                 { QStringLiteral("Fields"),
                                   QJsonObject{
                                           { QStringLiteral("log"), QStringLiteral("x") },
                                           { QStringLiteral("site"), QStringLiteral("4") } } } };
        const QJsonObject warned = send(QStringLiteral("EditDrive"),
                                        { { QStringLiteral("Name"), QStringLiteral("px4") },
                                          { QStringLiteral("Drive"),
                                            QJsonObject{ { QStringLiteral("Upload"), clash } } } });
        QVERIFY2(warned[u"Result"].toString() == u"Success", qPrintable(text(warned)));
        QCOMPARE(warned[u"Warning"].toString(), QStringLiteral("Invalid Upload"));
        QCOMPARE(send(QStringLiteral("ListDrives"), {})[u"Drives"][u"px4"][u"Upload"].toObject(),
                 QJsonObject(
                         { { QStringLiteral("FileField"), QStringLiteral("log") },
                           { QStringLiteral("Fields"),
                             QJsonObject{ { QStringLiteral("site"), QStringLiteral("4") } } } }));

        // Mirror to a form is refused.
        QJsonObject mirror = drive(QStringLiteral("mirror"), upload);
        mirror.insert(QStringLiteral("Mode"), QStringLiteral("Mirror"));
        const QJsonObject refused = send(QStringLiteral("AddDrive"),
                                         { { QStringLiteral("Drives"), QJsonArray{ mirror } } });
        QCOMPARE(refused[u"Results"][0][u"Error"].toString(),
                 QStringLiteral("Invalid Target Path"));

        const QJsonObject tested = send(QStringLiteral("TestLocation"),
                                        { { QStringLiteral("Location"), form.location() } });
        QVERIFY2(tested[u"Result"].toString() == u"Success", qPrintable(text(tested)));
        QCOMPARE(tested[u"Kind"].toString(), QStringLiteral("Upload"));
        QVERIFY(!tested.contains(u"Entries"));
        QVERIFY(form.requests().isEmpty()); // a look, not a post
        form.stop();
        const QJsonObject gone = send(QStringLiteral("TestLocation"),
                                      { { QStringLiteral("Location"), form.location() } });
        QCOMPARE(gone[u"Error"].toString(), QStringLiteral("Unreachable"));
    }

    void aServerThatNeverAnswersHoldsNoOtherRequest()
    {
        Settings settings = m_controller->settings();
        settings.networkTimeoutSeconds = 2;
        QVERIFY(m_controller->changeSettings(settings));
        // Takes the connection and never says a word (a server that hangs).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held.append(silent.nextPendingConnection()); });

        QList<QString> order;
        QElapsedTimer clock;
        clock.start();
        m_handler->handle(
                QJsonDocument(
                        QJsonObject{ { QStringLiteral("request"), QStringLiteral("TestLocation") },
                                     { QStringLiteral("Location"),
                                       remote(QStringLiteral("/data"), silent.serverPort()) } })
                        .toJson(QJsonDocument::Compact),
                m_session, this, [&](const ApiReply &r) {
                    order.append(r.response[u"response"].toString() + u' '
                                 + r.response[u"Error"].toString());
                });
        m_handler->handle(R"({"request":"Hello"})", m_session, this, [&](const ApiReply &r) {
            order.append(r.response[u"response"].toString());
        });
        QCOMPARE(order, QStringList{ QStringLiteral("Hello") });
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10000);
        QCOMPARE(order.at(1), QStringLiteral("TestLocation Unreachable"));
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void listFolderListsTheServersFolder()
    {
        const QString folder = serverFolder(QStringLiteral("data"));
        test::writeFile(folder + QStringLiteral("/sub/inner.txt"), "12345");
        test::writeFile(folder + QStringLiteral("/top.txt"), "1");
        const QString location = remote(folder);
        QVERIFY(send(QStringLiteral("TrustHost"),
                     { { QStringLiteral("Location"), location },
                       { QStringLiteral("Fingerprint"), m_server->hostFingerprint() } })[u"Result"]
                        .toString()
                == u"Success");

        const QJsonObject root
                = send(QStringLiteral("ListFolder"), { { QStringLiteral("Location"), location } });
        QVERIFY2(root[u"Result"].toString() == u"Success", qPrintable(text(root)));
        const QJsonArray entries = root[u"Entries"].toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)[u"Name"].toString(), QStringLiteral("sub"));
        QCOMPARE(entries.at(0)[u"Type"].toString(), QStringLiteral("Folder"));
        QCOMPARE(entries.at(1)[u"Name"].toString(), QStringLiteral("top.txt"));
        QCOMPARE(entries.at(1)[u"Type"].toString(), QStringLiteral("File"));
        QCOMPARE(entries.at(1)[u"Size"].toInteger(), 1);
        QCOMPARE(entries.at(1)[u"Modified"].toString(),
                 QFileInfo(folder + QStringLiteral("/top.txt"))
                         .lastModified()
                         .toUTC()
                         .toString(Qt::ISODate));

        const QJsonObject sub = send(QStringLiteral("ListFolder"),
                                     { { QStringLiteral("Location"), location },
                                       { QStringLiteral("Path"), QStringLiteral("sub") } });
        QCOMPARE(sub[u"Entries"].toArray().size(), 1);
        QCOMPARE(sub[u"Entries"][0][u"Name"].toString(), QStringLiteral("inner.txt"));
        QCOMPARE(sub[u"Entries"][0][u"Size"].toInteger(), 5);

        for (const char *escape : { "..", "sub/../..", "/etc" }) {
            const QJsonObject refused
                    = send(QStringLiteral("ListFolder"),
                           { { QStringLiteral("Location"), location },
                             { QStringLiteral("Path"), QString::fromLatin1(escape) } });
            QVERIFY2(refused[u"Error"].toString() == u"Invalid Path", escape);
        }
        QCOMPARE(send(QStringLiteral("ListFolder"),
                      { { QStringLiteral("Location"), location },
                        { QStringLiteral("Path"), QStringLiteral("missing") } })[u"Error"]
                         .toString(),
                 QStringLiteral("Invalid Path"));
    }

    void aPasswordIsStoredAndNeverShown()
    {
        const QString secret
                = QStringLiteral("s3cret-Pa55word-%1").arg(QCoreApplication::applicationPid());
        QSignalSpy appended(m_events.get(), &EventLog::appended);
        const QString location = QStringLiteral("sftp://pi@logger.example:2222/data");
        const QJsonObject stored
                = send(QStringLiteral("SetPassword"), { { QStringLiteral("Location"), location },
                                                        { QStringLiteral("Password"), secret } });
        QVERIFY2(stored[u"Result"].toString() == u"Success", qPrintable(text(stored)));
        QCOMPARE(stored[u"Warning"].toString(), QStringLiteral("Password Stored In File"));
        QVERIFY(!text(stored).contains(secret));
        // Said once.
        const QJsonObject again
                = send(QStringLiteral("SetPassword"), { { QStringLiteral("Location"), location },
                                                        { QStringLiteral("Password"), secret } });
        QCOMPARE(again[u"Result"].toString(), QStringLiteral("Success"));
        QVERIFY(!again.contains(u"Warning"));

        // Kept where the store reads it back, and nowhere else.
        const QFuture<CredentialAnswer> read
                = m_controller->credentials().read(QStringLiteral("sftp://pi@logger.example:2222"));
        QTRY_VERIFY(read.isFinished());
        QVERIFY(read.result().secret);
        QCOMPARE(read.result().secret->bytes(), secret.toUtf8());
        const QString credentials = m_controller->credentials().fileFolder();
        for (const QString &folder : { configFolder(), dataFolder() }) {
            QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                if (file.startsWith(credentials + u'/'))
                    continue;
                QVERIFY2(!test::readFile(file).contains(secret.toUtf8()), qPrintable(file));
            }
        }
        for (const QJsonObject &event : m_events->since(0).events)
            QVERIFY(!text(event).contains(secret));

        // Forgotten with null.
        const QJsonObject forgotten = send(QStringLiteral("SetPassword"),
                                           { { QStringLiteral("Location"), location },
                                             { QStringLiteral("Password"), QJsonValue::Null } });
        QCOMPARE(forgotten[u"Result"].toString(), QStringLiteral("Success"));
        const QFuture<CredentialAnswer> gone
                = m_controller->credentials().read(QStringLiteral("sftp://pi@logger.example:2222"));
        QTRY_VERIFY(gone.isFinished());
        QVERIFY(!gone.result().secret);

        // Malformed requests, and a location that holds a password, which is never echoed.
        QCOMPARE(send(QStringLiteral("SetPassword"),
                      { { QStringLiteral("Location"), location },
                        { QStringLiteral("Password"), 12 } })[u"Error"]
                         .toString(),
                 QStringLiteral("Invalid Password"));
        const QJsonObject inline_
                = send(QStringLiteral("SetPassword"),
                       { { QStringLiteral("Location"),
                           QStringLiteral("sftp://pi:%1@logger.example/data").arg(secret) },
                         { QStringLiteral("Password"), secret } });
        QCOMPARE(inline_[u"Error"].toString(), QStringLiteral("Invalid Location"));
        QVERIFY(!text(inline_).contains(secret));
    }
};

LTS_TEST_MAIN(TestRemoteApi)
#include "tst_remoteapi.moc"
